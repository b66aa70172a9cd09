// The server's sealing code (db/extension/kohi_seal.c, OpenSSL) against published vectors
// (RFC 7748, RFC 5869, GCM), the envelope pinned by pyca/cryptography
// (tests/unit/crypto/vectors/make_vectors.py), and core/crypto's Sealer (Botan), which is what a
// viewer's client opens envelopes with.
#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/Sealer.h"
#include "kohi_seal.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <QByteArray>
#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

namespace {

const unsigned char* u8(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

unsigned char* u8(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

QByteArray x25519(const QByteArray& scalar, const QByteArray& point)
{
    QByteArray out(32, '\0');
    REQUIRE(kohi_x25519_shared(u8(out), u8(scalar), u8(point)) == KOHI_SEAL_OK);
    return out;
}

QByteArray sealWithOpenSsl(const QByteArray& plaintext, const QByteArray& recipientPublic,
                           const QByteArray& ad)
{
    QByteArray envelope(plaintext.size() + KOHI_SEAL_OVERHEAD, '\0');
    REQUIRE(kohi_seal_v1(u8(plaintext), static_cast<size_t>(plaintext.size()), u8(recipientPublic),
                         u8(ad), static_cast<size_t>(ad.size()), u8(envelope)) == KOHI_SEAL_OK);
    return envelope;
}

QString openWithBotan(const QByteArray& envelope, const KeyPair& key, const QByteArray& ad)
{
    SecureBytes plaintext;
    if (!Sealer::open(envelope, key, ad, &plaintext, nullptr))
        return {};
    return plaintext.toDisplayString();
}

} // namespace

TEST_CASE("server X25519 matches RFC 7748 (5.2 vectors, iterations, 6.1 key exchange)",
          "[crypto][extension]")
{
    CHECK(x25519(hex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
                 hex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")) ==
          hex("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"));
    CHECK(x25519(hex("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d"),
                 hex("e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")) ==
          hex("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957"));

    // §5.2 iterated: k = u = 9; k, u := X25519(k, u), k.
    QByteArray k(32, '\0');
    k[0] = 9;
    QByteArray u = k;
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray next = x25519(k, u);
        u = k;
        k = next;
        if (i == 1)
            CHECK(k == hex("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079"));
    }
    CHECK(k == hex("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51"));

    // §6.1: both public keys and the shared secret both ways.
    const QByteArray alice = hex(AlicePrivateHex);
    const QByteArray bob = hex(BobPrivateHex);
    QByteArray alicePublic(32, '\0');
    QByteArray bobPublic(32, '\0');
    REQUIRE(kohi_x25519_public(u8(alicePublic), u8(alice)) == KOHI_SEAL_OK);
    REQUIRE(kohi_x25519_public(u8(bobPublic), u8(bob)) == KOHI_SEAL_OK);
    CHECK(alicePublic == hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
    CHECK(bobPublic == hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"));
    const QByteArray shared =
        hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    CHECK(x25519(alice, bobPublic) == shared);
    CHECK(x25519(bob, alicePublic) == shared);
}

TEST_CASE("server X25519 refuses low-order points (all-zero shared secret)", "[crypto][extension]")
{
    const QByteArray scalar = hex(AlicePrivateHex);
    // u = 0 and u = 1 are of small order: every scalar gives the all-zero result.
    for (const QByteArray& point :
         {QByteArray(32, '\0'),
          hex("0100000000000000000000000000000000000000000000000000000000000000")}) {
        QByteArray out(32, '\x55');
        CHECK(kohi_x25519_shared(u8(out), u8(scalar), u8(point)) == KOHI_SEAL_LOW_ORDER);
        CHECK(out == QByteArray(32, '\0')); // nothing of a partial result is left
        QByteArray envelope(12 + KOHI_SEAL_OVERHEAD, '\x55');
        const QByteArray plaintext("123456789018");
        CHECK(kohi_seal_v1(u8(plaintext), 12, u8(point), nullptr, 0, u8(envelope)) ==
              KOHI_SEAL_LOW_ORDER);
        CHECK(envelope == QByteArray(envelope.size(), '\0')); // no half-written envelope
    }
}

TEST_CASE("server HKDF-SHA-256 matches RFC 5869 test cases 1 and 2", "[crypto][extension]")
{
    const QByteArray ikm1 = hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    const QByteArray salt1 = hex("000102030405060708090a0b0c");
    const QByteArray info1 = hex("f0f1f2f3f4f5f6f7f8f9");
    QByteArray okm1(42, '\0');
    REQUIRE(kohi_hkdf_sha256(u8(okm1), 42, u8(ikm1), 22, u8(salt1), 13, u8(info1), 10) ==
            KOHI_SEAL_OK);
    CHECK(okm1 == hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                      "34007208d5b887185865"));

    QByteArray ikm2, salt2, info2;
    for (int i = 0; i < 80; ++i) {
        ikm2.append(static_cast<char>(i));
        salt2.append(static_cast<char>(0x60 + i));
        info2.append(static_cast<char>(0xb0 + i));
    }
    QByteArray okm2(82, '\0');
    REQUIRE(kohi_hkdf_sha256(u8(okm2), 82, u8(ikm2), 80, u8(salt2), 80, u8(info2), 80) ==
            KOHI_SEAL_OK);
    CHECK(okm2 == hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                      "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                      "cc30c58179ec3e87c14c01d5c1f3434f1d87"));
}

TEST_CASE("server AES-256-GCM matches McGrew-Viega test case 16", "[crypto][extension]")
{
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray ad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray plaintext =
        hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    QByteArray out(plaintext.size() + 16, '\0');
    REQUIRE(kohi_aes256gcm_encrypt(u8(out), u8(key), u8(nonce), u8(ad), 20, u8(plaintext),
                                   static_cast<size_t>(plaintext.size())) == KOHI_SEAL_OK);
    CHECK(out == hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                     "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                     "76fc6ece0f4e1768cddf8853bb2d551b"));
}

TEST_CASE("the server's envelope is byte for byte the pyca/cryptography vector and what Botan "
          "seals",
          "[crypto][extension]")
{
    // make_vectors.py: Bob is the recipient, Alice's scalar the ephemeral key, nonce 00..0b.
    const QByteArray expected =
        hex("01f35e5616160a30bf3c6e79fa73c576d48520f0098930a754748b7ddcb43ef7"
            "5a0dbf3a0d26381af4eba4a98eaa9b4e6a000102030405060708090a0ba2f6c8"
            "c97acfaf167f7e8b7c73d953e2634d0b34112cb388c404babe");
    const QByteArray plaintext("123456789018");
    const QByteArray ad = AssociatedData::forField(u"recipient", 42, u"my_number");
    const KeyPair bob = keyPairFromHex(BobPrivateHex);
    const QByteArray bobPublic = bob.publicKey().toRaw();
    const QByteArray ephemeral = hex(AlicePrivateHex);
    const QByteArray nonce = hex("000102030405060708090a0b");

    QByteArray envelope(plaintext.size() + KOHI_SEAL_OVERHEAD, '\0');
    REQUIRE(kohi_seal_v1_with(u8(plaintext), 12, u8(bobPublic), u8(ad),
                              static_cast<size_t>(ad.size()), u8(ephemeral), u8(nonce),
                              u8(envelope)) == KOHI_SEAL_OK);
    CHECK(envelope == expected);

    // Botan, given the same ephemeral key and nonce, makes the same bytes.
    QByteArray botan;
    REQUIRE(detail::sealWithEphemeralKey(SecureBytes::fromUtf8(QString::fromLatin1(plaintext)),
                                         bob.publicKey(), ad, secureFromHex(AlicePrivateHex), nonce,
                                         &botan, nullptr));
    CHECK(botan == envelope);
    CHECK(Sealer::keyIdOf(envelope) == bob.publicKey().keyId());
}

TEST_CASE("random server envelopes open with Botan only under their key and associated data",
          "[crypto][extension]")
{
    KeyPair recipient;
    REQUIRE(KeyPair::generate(&recipient, nullptr));
    KeyPair stranger;
    REQUIRE(KeyPair::generate(&stranger, nullptr));
    const QByteArray pub = recipient.publicKey().toRaw();
    const QByteArray ad = AssociatedData::forField(
        u"recipient", 7, u"mynumber:patient:3f1c0a52-9d2b-4c47-8a3e-0a6f2e5b9c11");
    const QByteArray number("271828182840");

    const QByteArray a = sealWithOpenSsl(number, pub, ad);
    const QByteArray b = sealWithOpenSsl(number, pub, ad);
    CHECK(a.size() == 89);
    CHECK(a != b); // fresh ephemeral key and nonce each time
    CHECK(a.mid(17, 32) != b.mid(17, 32));
    CHECK(openWithBotan(a, recipient, ad) == QString::fromLatin1(number));
    CHECK(openWithBotan(b, recipient, ad) == QString::fromLatin1(number));
    CHECK(openWithBotan(a, stranger, ad).isEmpty());
    CHECK(openWithBotan(a, recipient, AssociatedData::forField(u"recipient", 8, u"x")).isEmpty());
    for (int i = 0; i < a.size(); ++i) {
        QByteArray changed = a;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        INFO("byte " << i);
        CHECK(openWithBotan(changed, recipient, ad).isEmpty());
    }
}

TEST_CASE("server sealing refuses empty and oversized input", "[crypto][extension]")
{
    KeyPair recipient;
    REQUIRE(KeyPair::generate(&recipient, nullptr));
    const QByteArray pub = recipient.publicKey().toRaw();
    QByteArray envelope(KOHI_SEAL_MAX_PLAINTEXT + 1 + KOHI_SEAL_OVERHEAD, '\0');
    const QByteArray big(KOHI_SEAL_MAX_PLAINTEXT + 1, '1');
    CHECK(kohi_seal_v1(u8(big), 0, u8(pub), nullptr, 0, u8(envelope)) == KOHI_SEAL_BAD_INPUT);
    CHECK(kohi_seal_v1(u8(big), static_cast<size_t>(big.size()), u8(pub), nullptr, 0,
                       u8(envelope)) == KOHI_SEAL_BAD_INPUT);
    CHECK(kohi_seal_v1(nullptr, 12, u8(pub), nullptr, 0, u8(envelope)) == KOHI_SEAL_BAD_INPUT);
}
