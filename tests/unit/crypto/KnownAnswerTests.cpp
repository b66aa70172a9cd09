// Known-answer tests: the start-up self-test and the primitives it relies on.
#include "core/crypto/Primitives.h"
#include "core/crypto/SelfTest.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <botan/build.h>
#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

// The Botan 2/3 differences are guarded by BOTAN_VERSION_MAJOR in Primitives.cpp; any other
// major version must be looked at before it is used.
static_assert(BOTAN_VERSION_MAJOR == 2 || BOTAN_VERSION_MAJOR == 3);

TEST_CASE("crypto self-test passes", "[crypto][kat]")
{
    QString error;
    REQUIRE(selfTest(&error));
    CHECK(error.isEmpty());
}

TEST_CASE("core/crypto was built against the Botan the tests see", "[crypto]")
{
    CHECK(detail::botanMajorVersion() == BOTAN_VERSION_MAJOR);
}

TEST_CASE("SHA-256 of the empty string (FIPS 180-2)", "[crypto][kat]")
{
    const auto digest = detail::sha256({});
    CHECK(QByteArray(reinterpret_cast<const char*>(digest.data()), 32).toHex() ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("X25519 RFC 7748 section 5.2 scalar multiplication vector", "[crypto][kat]")
{
    const SecureBytes scalar =
        secureFromHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
    const QByteArray u =
        QByteArray::fromHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
    const SecureBytes out = detail::x25519SharedSecret(scalar, detail::asBytes(u));
    CHECK(toQByteArray(out).toHex() ==
          "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
}

TEST_CASE("X25519 rejects an all-zero shared secret", "[crypto]")
{
    const SecureBytes scalar = secureFromHex(AlicePrivateHex);
    const QByteArray zeroPoint(32, '\0'); // order 1: every scalar maps it to zero
    CHECK_THROWS(detail::x25519SharedSecret(scalar, detail::asBytes(zeroPoint)));
}

TEST_CASE("AES-256-GCM rejects a changed associated data byte", "[crypto][kat]")
{
    const SecureBytes key(32);
    const QByteArray nonce(12, '\0');
    const QByteArray ad("ad");
    const QByteArray plaintext("plain");
    const QByteArray sealed = detail::aes256GcmEncrypt(
        key, detail::asBytes(nonce), detail::asBytes(ad), detail::asBytes(plaintext));
    SecureBytes opened;
    REQUIRE(detail::aes256GcmDecrypt(key, detail::asBytes(nonce), detail::asBytes(ad),
                                     detail::asBytes(sealed), &opened));
    CHECK(toQByteArray(opened) == plaintext);
    const QByteArray otherAd("ae");
    CHECK_FALSE(detail::aes256GcmDecrypt(key, detail::asBytes(nonce), detail::asBytes(otherAd),
                                         detail::asBytes(sealed), &opened));
}

TEST_CASE("AES-256-GCM McGrew-Viega test case 14 (zero key and 16 zero bytes)", "[crypto][kat]")
{
    const SecureBytes key(32);
    const QByteArray nonce(12, '\0');
    const QByteArray plaintext(16, '\0');
    const QByteArray sealed =
        detail::aes256GcmEncrypt(key, detail::asBytes(nonce), {}, detail::asBytes(plaintext));
    CHECK(sealed.toHex() == "cea7403d4d606b6e074ec5d3baf39d18"
                            "d0d1c8a799996bf0265b98b5d48ab919");
}

TEST_CASE("Argon2id without secret or AD agrees with the reference implementation", "[crypto][kat]")
{
    // Pinned from pyca/cryptography (argon2 reference code): Argon2id("password",
    // "somesalt" x2, m = 64 KiB, t = 1, p = 1, 32 bytes). Exercises the factory path that
    // key wrapping uses (PasswordHashFamily, no secret/AD).
    const QByteArray password("password");
    const QByteArray salt("somesaltsomesalt");
    detail::Argon2Inputs in;
    in.password = detail::asBytes(password);
    in.salt = detail::asBytes(salt);
    in.memoryKiB = 64;
    in.iterations = 1;
    in.parallelism = 1;
    CHECK(toQByteArray(detail::argon2id(in, 32)).toHex() ==
          "e793d64ef75d58f503d4631b2b149f7f80127c5f3993d89b1c9b781e51d0b413");
}
