// Wrapping the private key under a viewer's reveal passphrase (Argon2id + AES-256-GCM).
#include "core/crypto/KeyWrapper.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <QtEndian>
#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

namespace {

// Tiny cost so the suite stays fast; production uses Argon2Params{} (64 MiB, t = 3).
constexpr Argon2Params FastParams{64, 1, 1};
const QString Passphrase = QStringLiteral("秘密の合言葉 correct horse");
const QString WrongPassphrase = QStringLiteral("秘密の合言葉 correct hörse");

QByteArray wrapSample(const KeyPair& key)
{
    QByteArray blob;
    QString error;
    REQUIRE(KeyWrapper::wrapKey(key, Passphrase, FastParams, &blob, &error));
    REQUIRE(blob.size() == KeyWrapper::BlobSize);
    return blob;
}

QByteArray withUint32(QByteArray blob, qsizetype offset, quint32 value)
{
    qToBigEndian(value, blob.data() + offset);
    return blob;
}

} // namespace

TEST_CASE("wrap/unwrap round trip restores the key pair", "[crypto][keywrap]")
{
    KeyPair original;
    REQUIRE(KeyPair::generate(&original, nullptr));
    const QByteArray blob = wrapSample(original);
    CHECK_FALSE(blob.contains(toQByteArray(original.privateKey())));

    KeyPair unwrapped;
    QString error;
    REQUIRE(KeyWrapper::unwrapKey(blob, Passphrase, &unwrapped, &error));
    CHECK(unwrapped.privateKey().constantTimeEquals(original.privateKey()));
    CHECK(unwrapped.publicKey() == original.publicKey());
}

TEST_CASE("a wrong passphrase is rejected with the documented message", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray blob = wrapSample(key);
    KeyPair unwrapped;
    QString error;
    CHECK_FALSE(KeyWrapper::unwrapKey(blob, WrongPassphrase, &unwrapped, &error));
    CHECK(error == QStringLiteral("復号用パスフレーズが正しくありません。"));
    CHECK(unwrapped.isNull());
    CHECK_FALSE(KeyWrapper::unwrapKey(blob, Passphrase + QLatin1Char(' '), &unwrapped, nullptr));
}

TEST_CASE("the passphrase is NFC-normalised before hashing", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    QByteArray blob;
    const QString precomposed = QStringLiteral("がぎぐげご");                        // U+304C …
    const QString decomposed = precomposed.normalized(QString::NormalizationForm_D); // か + ゛
    REQUIRE(precomposed != decomposed);
    REQUIRE(KeyWrapper::wrapKey(key, precomposed, FastParams, &blob, nullptr));
    KeyPair unwrapped;
    CHECK(KeyWrapper::unwrapKey(blob, decomposed, &unwrapped, nullptr));
}

TEST_CASE("unwraps the independently computed v1 vector", "[crypto][keywrap][kat]")
{
    // tests/unit/crypto/vectors/make_vectors.py (pyca/cryptography): Bob's RFC 7748 key.
    const QByteArray blob =
        QByteArray::fromHex("01000000400000000100000001101112131415161718191a1b1c1d1e1ff35e56"
                            "16160a30bf3c6e79fa73c576d4202122232425262728292a2ba3628373af3259"
                            "d29d1b4e86cc9d9249768d3e953ebfc837416f91e94244945c039d86ddd1edd7"
                            "6aa73cbd7991b92eb6");
    QByteArray keyId;
    Argon2Params params;
    REQUIRE(KeyWrapper::inspect(blob, &keyId, &params, nullptr));
    CHECK(keyId.toHex() == "f35e5616160a30bf3c6e79fa73c576d4");
    CHECK(params == Argon2Params{64, 1, 1});
    KeyPair unwrapped;
    REQUIRE(KeyWrapper::unwrapKey(blob, QStringLiteral("鍵の合言葉テスト"), &unwrapped, nullptr));
    CHECK(unwrapped.privateKey().constantTimeEquals(secureFromHex(BobPrivateHex)));
}

TEST_CASE("every tampered blob region is rejected", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray blob = wrapSample(key);
    struct Region
    {
        const char* name;
        qsizetype index;
    };
    // Parameter bytes are covered by the next test (changing them must stay in bounds).
    const Region regions[] = {
        {"salt", 13},  {"salt (last)", 28},  {"key id", 29},     {"key id (last)", 44},
        {"nonce", 45}, {"nonce (last)", 56}, {"ciphertext", 57}, {"ciphertext (last)", 88},
        {"tag", 89},   {"tag (last)", 104},
    };
    for (const Region& region : regions) {
        INFO(region.name);
        QByteArray tampered = blob;
        tampered[region.index] = static_cast<char>(tampered[region.index] ^ 0x01);
        KeyPair unwrapped;
        QString error;
        CHECK_FALSE(KeyWrapper::unwrapKey(tampered, Passphrase, &unwrapped, &error));
        CHECK(error == QStringLiteral("復号用パスフレーズが正しくありません。"));
    }
}

TEST_CASE("changed Argon2 parameters are rejected", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray blob = wrapSample(key);
    KeyPair unwrapped;
    // Still in bounds, so the KDF runs: the authenticated header makes the tag fail.
    CHECK_FALSE(KeyWrapper::unwrapKey(withUint32(blob, 1, 72), Passphrase, &unwrapped, nullptr));
    CHECK_FALSE(KeyWrapper::unwrapKey(withUint32(blob, 5, 2), Passphrase, &unwrapped, nullptr));
    CHECK_FALSE(KeyWrapper::unwrapKey(withUint32(blob, 9, 2), Passphrase, &unwrapped, nullptr));
}

TEST_CASE("out-of-bounds parameters are refused before any work", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray blob = wrapSample(key);
    const QByteArray doctored[] = {
        withUint32(blob, 1, 0xFFFFFFFFu), // 4 TiB of memory: would exhaust the client
        withUint32(blob, 1, 4),           // below RFC 9106's 8 KiB per lane
        withUint32(blob, 5, 0),           withUint32(blob, 5, 1000000),
        withUint32(blob, 9, 0),           withUint32(blob, 9, 255),
    };
    for (const QByteArray& bad : doctored) {
        KeyPair unwrapped;
        QString error;
        CHECK_FALSE(KeyWrapper::unwrapKey(bad, Passphrase, &unwrapped, &error));
        CHECK(error.contains(QStringLiteral("形式")));
        CHECK_FALSE(KeyWrapper::inspect(bad, nullptr, nullptr, nullptr));
    }
}

TEST_CASE("malformed blobs give a format error", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray blob = wrapSample(key);
    QByteArray wrongVersion = blob;
    wrongVersion[0] = 0x02;
    for (const QByteArray& bad : {QByteArray(), blob.chopped(1), blob + 'x', wrongVersion}) {
        KeyPair unwrapped;
        QString error;
        CHECK_FALSE(KeyWrapper::unwrapKey(bad, Passphrase, &unwrapped, &error));
        CHECK(error.contains(QStringLiteral("形式")));
    }
}

TEST_CASE("wrapKey validates its inputs", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    QByteArray blob;
    QString error;
    CHECK_FALSE(KeyWrapper::wrapKey(KeyPair(), Passphrase, FastParams, &blob, &error));
    CHECK_FALSE(KeyWrapper::wrapKey(key, QString(), FastParams, &blob, &error));
    CHECK_FALSE(KeyWrapper::wrapKey(key, Passphrase, Argon2Params{64, 0, 1}, &blob, &error));
    CHECK(blob.isEmpty());
    KeyPair unwrapped;
    CHECK_FALSE(KeyWrapper::unwrapKey(wrapSample(key), QString(), &unwrapped, &error));
}

TEST_CASE("default Argon2 parameters are the documented ones and valid", "[crypto][keywrap]")
{
    constexpr Argon2Params defaults;
    STATIC_REQUIRE(defaults.isValid());
    CHECK(defaults.memoryKiB == 65536);
    CHECK(defaults.iterations == 3);
    CHECK(defaults.parallelism == 1);
}

TEST_CASE("two wraps of the same key differ (fresh salt and nonce)", "[crypto][keywrap]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    const QByteArray a = wrapSample(key);
    const QByteArray b = wrapSample(key);
    CHECK(a.mid(13, 16) != b.mid(13, 16));
    CHECK(a != b);
}
