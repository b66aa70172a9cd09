// Ed25519 signing wrapper (access-log anchors): RFC 8032 vectors, round trips, and every way a
// signature must fail: changed message, changed signature, another key, malformed input.
#include "core/crypto/SigningKey.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <QList>
#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

namespace {

// RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte 0x72).
constexpr char Test1Secret[] = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
constexpr char Test1Public[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
constexpr char Test1Signature[] =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
    "6bd25bf5f0595bbe24655141438e7a100b";
constexpr char Test2Secret[] = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
constexpr char Test2Public[] = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
constexpr char Test2Signature[] =
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d"
    "8c387b2eaeb4302aeeb00d291612bb0c00";

SigningKey keyFromHex(const char* hex)
{
    SigningKey key;
    QString error;
    REQUIRE(SigningKey::fromSeed(secureFromHex(hex), &key, &error));
    return key;
}

QByteArray signOrFail(const SigningKey& key, const QByteArray& message)
{
    QByteArray signature;
    QString error;
    REQUIRE(key.sign(message, &signature, &error));
    return signature;
}

} // namespace

TEST_CASE("Ed25519 reproduces the RFC 8032 test vectors", "[crypto][signing][kat]")
{
    const SigningKey one = keyFromHex(Test1Secret);
    CHECK(one.verifyKey().toRaw().toHex() == QByteArray(Test1Public));
    CHECK(signOrFail(one, QByteArray()).toHex() == QByteArray(Test1Signature));
    CHECK(one.verifyKey().verify(QByteArray(), QByteArray::fromHex(Test1Signature)));

    const SigningKey two = keyFromHex(Test2Secret);
    const QByteArray message = QByteArray::fromHex("72");
    CHECK(two.verifyKey().toRaw().toHex() == QByteArray(Test2Public));
    CHECK(signOrFail(two, message).toHex() == QByteArray(Test2Signature));
    CHECK(two.verifyKey().verify(message, QByteArray::fromHex(Test2Signature)));
    // Each vector's signature belongs to its own key and message only.
    CHECK_FALSE(one.verifyKey().verify(message, QByteArray::fromHex(Test2Signature)));
    CHECK_FALSE(two.verifyKey().verify(QByteArray(), QByteArray::fromHex(Test1Signature)));
}

TEST_CASE("a signature verifies only for the same message and key", "[crypto][signing]")
{
    SigningKey key;
    SigningKey other;
    QString error;
    REQUIRE(SigningKey::generate(&key, &error));
    REQUIRE(SigningKey::generate(&other, &error));
    CHECK_FALSE(key.verifyKey() == other.verifyKey());
    CHECK(key.verifyKey().keyId().size() == VerifyKey::KeyIdSize);
    CHECK(key.verifyKey().keyIdHex().size() == 32);

    const QByteArray message = "kohi-audit-anchor v1\nseq=1234\nhash=00ff\n";
    const QByteArray signature = signOrFail(key, message);
    REQUIRE(signature.size() == VerifyKey::SignatureSize);
    CHECK(key.verifyKey().verify(message, signature));

    SECTION("tampered message: any single changed byte, an added or a removed byte")
    {
        for (qsizetype i = 0; i < message.size(); ++i) {
            QByteArray changed = message;
            changed[i] = char(changed[i] ^ 0x01);
            INFO("byte " << i);
            CHECK_FALSE(key.verifyKey().verify(changed, signature));
        }
        CHECK_FALSE(key.verifyKey().verify(message + '\n', signature));
        CHECK_FALSE(key.verifyKey().verify(message.chopped(1), signature));
    }
    SECTION("tampered signature")
    {
        for (qsizetype i = 0; i < signature.size(); i += 7) {
            QByteArray changed = signature;
            changed[i] = char(changed[i] ^ 0x80);
            INFO("byte " << i);
            CHECK_FALSE(key.verifyKey().verify(message, changed));
        }
        CHECK_FALSE(key.verifyKey().verify(message, signature.chopped(1)));
        CHECK_FALSE(key.verifyKey().verify(message, QByteArray(64, '\0')));
        CHECK_FALSE(key.verifyKey().verify(message, QByteArray()));
    }
    SECTION("wrong key")
    {
        CHECK_FALSE(other.verifyKey().verify(message, signature));
        CHECK_FALSE(VerifyKey().verify(message, signature));
        // A signature made by the other key does not pass for this one either.
        CHECK_FALSE(key.verifyKey().verify(message, signOrFail(other, message)));
    }
}

TEST_CASE("signing and public key files round-trip and refuse malformed text", "[crypto][signing]")
{
    SigningKey key;
    QString error;
    REQUIRE(SigningKey::generate(&key, &error));

    const QByteArray privateText = key.toText();
    CHECK(privateText.contains("kohi-anchor-private-key v1 ed25519 "));
    SigningKey reread;
    REQUIRE(SigningKey::fromText(privateText, &reread, &error));
    CHECK(reread.verifyKey() == key.verifyKey());
    const QByteArray message = "anchor";
    CHECK(key.verifyKey().verify(message, signOrFail(reread, message)));

    const QByteArray publicText = key.verifyKey().toText();
    CHECK(publicText.contains("kohi-anchor-public-key v1 ed25519 "));
    CHECK(publicText.contains("key-id=" + key.verifyKey().keyId().toHex()));
    CHECK_FALSE(publicText.contains(privateText.split('\n').at(3).split(' ').last()));
    VerifyKey publicKey;
    REQUIRE(VerifyKey::fromText(publicText, &publicKey, &error));
    CHECK(publicKey == key.verifyKey());

    // A public key file is not a private key file and vice versa.
    SigningKey wrongKind;
    CHECK_FALSE(SigningKey::fromText(publicText, &wrongKind, &error));
    CHECK_FALSE(error.isEmpty());
    VerifyKey wrongPublic;
    CHECK_FALSE(VerifyKey::fromText(privateText, &wrongPublic, &error));
    // Two keys in one file, bad base64, wrong length, empty file.
    CHECK_FALSE(VerifyKey::fromText(publicText + publicText, &wrongPublic, &error));
    CHECK_FALSE(
        VerifyKey::fromText("kohi-anchor-public-key v1 ed25519 !!!!\n", &wrongPublic, &error));
    CHECK_FALSE(
        VerifyKey::fromText("kohi-anchor-public-key v1 ed25519 AAAA\n", &wrongPublic, &error));
    CHECK_FALSE(VerifyKey::fromText("", &wrongPublic, &error));
    CHECK_FALSE(
        SigningKey::fromText("kohi-anchor-private-key v1 ed25519 AAAA\n", &wrongKind, &error));
    CHECK(wrongPublic.isNull());
    CHECK(wrongKind.isNull());
}
