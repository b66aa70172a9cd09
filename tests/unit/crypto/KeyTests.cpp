// Key pairs, public key import/export, key ids and fingerprints.
#include "core/crypto/HexFingerprint.h"
#include "core/crypto/KeyPair.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

namespace {
// SHA-256 of Bob's RFC 7748 public key, also produced by make_vectors.py.
constexpr char BobFingerprint[] =
    "f35e5616160a30bf3c6e79fa73c576d40205e8fc3ba4e1c6dcf93e6b98e857b4";
} // namespace

TEST_CASE("generated key pairs are distinct and self-consistent", "[crypto][keys]")
{
    KeyPair a;
    KeyPair b;
    QString error;
    REQUIRE(KeyPair::generate(&a, &error));
    REQUIRE(KeyPair::generate(&b, &error));
    CHECK(a.privateKey().size() == 32);
    CHECK(a.publicKey().toRaw().size() == 32);
    CHECK_FALSE(a.privateKey().constantTimeEquals(b.privateKey()));
    CHECK_FALSE(a.publicKey() == b.publicKey());

    KeyPair reimported;
    REQUIRE(KeyPair::fromPrivateKey(a.privateKey(), &reimported, &error));
    CHECK(reimported.publicKey() == a.publicKey());
}

TEST_CASE("private key import derives the RFC 7748 public key", "[crypto][keys][kat]")
{
    const KeyPair bob = keyPairFromHex(BobPrivateHex);
    CHECK(bob.publicKey().toRaw().toHex() ==
          "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
}

TEST_CASE("fingerprint and key id are stable", "[crypto][keys]")
{
    const KeyPair bob = keyPairFromHex(BobPrivateHex);
    const PublicKey& key = bob.publicKey();
    CHECK(key.fingerprintHex() == QLatin1String(BobFingerprint));
    CHECK(key.keyIdHex() == QLatin1String("f35e5616160a30bf3c6e79fa73c576d4"));
    CHECK(key.keyId() == key.fingerprint().left(16));
    CHECK(key.fingerprintForDisplay() == QLatin1String("F35E 5616 160A 30BF 3C6E 79FA 73C5 76D4 "
                                                       "0205 E8FC 3BA4 E1C6 DCF9 3E6B 98E8 57B4"));
}

TEST_CASE("pinned fingerprints match in any common notation", "[crypto][keys]")
{
    const PublicKey key = keyPairFromHex(BobPrivateHex).publicKey();
    CHECK(key.matchesFingerprint(QString::fromLatin1(BobFingerprint)));
    CHECK(key.matchesFingerprint(key.fingerprintForDisplay()));
    CHECK(key.matchesFingerprint(QString::fromLatin1(BobFingerprint).toUpper()));
    CHECK(
        key.matchesFingerprint(QStringLiteral("f3:5e:56:16:16:0a:30:bf:3c:6e:79:fa:73:c5:76:d4:"
                                              "02:05:e8:fc:3b:a4:e1:c6:dc:f9:3e:6b:98:e8:57:b4")));

    CHECK_FALSE(key.matchesFingerprint(key.keyIdHex())); // a prefix is not a pin
    CHECK_FALSE(key.matchesFingerprint(QString()));
    QString oneOff = QString::fromLatin1(BobFingerprint);
    oneOff[63] = QLatin1Char('5');
    CHECK_FALSE(key.matchesFingerprint(oneOff));
    CHECK_FALSE(key.matchesFingerprint(QString::fromLatin1(BobFingerprint) + QLatin1Char('g')));
    CHECK_FALSE(PublicKey().matchesFingerprint(QString()));
}

TEST_CASE("HexFingerprint formatting and normalisation", "[crypto][keys]")
{
    CHECK(HexFingerprint::toHex(QByteArray::fromHex("00ff10")) == QLatin1String("00ff10"));
    CHECK(HexFingerprint::formatForDisplay(QByteArray::fromHex("0123456789")) ==
          QLatin1String("0123 4567 89"));
    CHECK(HexFingerprint::formatForDisplay(QByteArray::fromHex("abcd"), 2) ==
          QLatin1String("AB CD"));
    CHECK(HexFingerprint::normalize(u"AB:cd -01") == QLatin1String("abcd01"));
    CHECK(HexFingerprint::normalize(u"abcx").isEmpty());
    CHECK(HexFingerprint::normalize(u"ａｂ").isEmpty()); // full-width letters are not hex
}

TEST_CASE("public key base64 round trip for configuration files", "[crypto][keys]")
{
    const PublicKey key = keyPairFromHex(BobPrivateHex).publicKey();
    const QString text = key.toBase64();
    CHECK(text == QLatin1String("3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08="));
    PublicKey parsed;
    QString error;
    REQUIRE(
        PublicKey::fromBase64(QLatin1String("  ") + text + QLatin1String("\n"), &parsed, &error));
    CHECK(parsed == key);
    CHECK(parsed.fingerprint() == key.fingerprint());
}

TEST_CASE("malformed public keys are rejected", "[crypto][keys]")
{
    PublicKey key;
    QString error;
    CHECK_FALSE(PublicKey::fromBase64(u"not base64!", &key, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(PublicKey::fromBase64(u"AAAA", &key, &error)); // 3 bytes
    CHECK_FALSE(PublicKey::fromRaw(QByteArray(31, 'a'), &key, &error));
    CHECK_FALSE(PublicKey::fromRaw(QByteArray(33, 'a'), &key, &error));
    CHECK(key.isNull());
}

TEST_CASE("low-order X25519 points are refused as public keys", "[crypto][keys]")
{
    // Points of order 1, 2, 4 and 8 (libsodium's blocklist): sealing to them would give a
    // shared secret known to everyone.
    const char* lowOrder[] = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // p, i.e. 0
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // p + 1, i.e. 1
    };
    for (const char* hex : lowOrder) {
        INFO(hex);
        PublicKey key;
        QString error;
        CHECK_FALSE(PublicKey::fromRaw(QByteArray::fromHex(hex), &key, &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("private keys of the wrong length are rejected", "[crypto][keys]")
{
    KeyPair pair;
    QString error;
    CHECK_FALSE(KeyPair::fromPrivateKey(SecureBytes(31), &pair, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(pair.isNull());
}

TEST_CASE("KeyPair::clear forgets both halves", "[crypto][keys]")
{
    KeyPair pair = keyPairFromHex(AlicePrivateHex);
    REQUIRE_FALSE(pair.isNull());
    pair.clear();
    CHECK(pair.isNull());
    CHECK(pair.privateKey().isEmpty());
}
