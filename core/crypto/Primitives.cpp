#include "core/crypto/Primitives.h"

#include <QByteArray>
#include <algorithm>
#include <stdexcept>

// Botan headers are third-party code; keep our strict warnings for our own lines only.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#pragma GCC diagnostic ignored "-Wcast-align"
#endif
#include <botan/aead.h>
#include <botan/build.h>
#include <botan/ed25519.h>
#include <botan/exceptn.h>
#include <botan/hash.h>
#include <botan/kdf.h>
#include <botan/pubkey.h>
#include <botan/pwdhash.h>
#include <botan/rng.h>
#include <botan/secmem.h>
#if defined(BOTAN_HAS_SYSTEM_RNG)
#include <botan/system_rng.h>
#else
#include <botan/auto_rng.h>
#endif
// Recent Botan 3 releases ship <botan/x25519.h>; Botan 2 and early 3.x only curve25519.h (with
// X25519_PrivateKey as a typedef of Curve25519_PrivateKey).
#if __has_include(<botan/x25519.h>)
#include <botan/x25519.h>
#else
#include <botan/curve25519.h>
#endif
#if BOTAN_VERSION_MAJOR < 3
#include <botan/argon2.h> // the RFC 9106 secret/AD inputs are only reachable via argon2() in 2.x
#endif
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

static_assert(BOTAN_VERSION_MAJOR == 2 || BOTAN_VERSION_MAJOR == 3,
              "core/crypto is written for Botan 2.19+ and Botan 3");

namespace kohi::crypto::detail {

namespace {

#if BOTAN_VERSION_MAJOR >= 3
constexpr auto Encryption = Botan::Cipher_Dir::Encryption;
constexpr auto Decryption = Botan::Cipher_Dir::Decryption;
#else
constexpr auto Encryption = Botan::ENCRYPTION;
constexpr auto Decryption = Botan::DECRYPTION;
#endif

Botan::RandomNumberGenerator& rng()
{
#if defined(BOTAN_HAS_SYSTEM_RNG)
    return Botan::system_rng(); // the OS CSPRNG, thread-safe
#else
    thread_local Botan::AutoSeeded_RNG autoRng;
    return autoRng;
#endif
}

Botan::secure_vector<std::uint8_t> toSecureVector(const SecureBytes& bytes)
{
    return Botan::secure_vector<std::uint8_t>(bytes.data(), bytes.data() + bytes.size());
}

void requireSize(std::size_t actual, std::size_t expected, const char* what)
{
    if (actual != expected)
        throw std::invalid_argument(what);
}

// Botan 3.7 deprecated the length-dispatching constructor in favour of from_seed(); older
// releases (and Botan 2) have only the constructor. Chosen at compile time, so neither branch
// is compiled against a Botan that lacks (or deprecates) it.
template <typename Key> Key ed25519FromSeed(const Botan::secure_vector<std::uint8_t>& seed)
{
    if constexpr (requires { Key::from_seed(std::span<const std::uint8_t>(seed)); })
        return Key::from_seed(std::span<const std::uint8_t>(seed));
    else
        return Key(seed); // 32 bytes: a seed
}

} // namespace

int botanMajorVersion()
{
    return BOTAN_VERSION_MAJOR;
}

void randomBytes(std::span<std::uint8_t> out)
{
    rng().randomize(out.data(), out.size());
}

Sha256Digest sha256(std::span<const std::uint8_t> data)
{
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(data.data(), data.size());
    const Botan::secure_vector<std::uint8_t> out = hash->final(); // same call in Botan 2 and 3
    Sha256Digest digest{};
    requireSize(out.size(), digest.size(), "SHA-256 output length");
    std::copy(out.begin(), out.end(), digest.begin());
    return digest;
}

X25519PublicBytes x25519PublicKey(const SecureBytes& privateKey)
{
    requireSize(privateKey.size(), X25519KeySize, "X25519 private key length");
    const Botan::X25519_PrivateKey key(toSecureVector(privateKey));
    const std::vector<std::uint8_t> publicValue = key.public_value();
    requireSize(publicValue.size(), X25519KeySize, "X25519 public key length");
    X25519PublicBytes out{};
    std::copy(publicValue.begin(), publicValue.end(), out.begin());
    return out;
}

SecureBytes x25519SharedSecret(const SecureBytes& privateKey,
                               std::span<const std::uint8_t> peerPublicKey)
{
    requireSize(privateKey.size(), X25519KeySize, "X25519 private key length");
    requireSize(peerPublicKey.size(), X25519KeySize, "X25519 public key length");
    const Botan::X25519_PrivateKey key(toSecureVector(privateKey));
    // "Raw": the bare X25519 output; our own HKDF step follows with explicit salt and info.
    const Botan::PK_Key_Agreement agreement(key, rng(), "Raw");
#if BOTAN_VERSION_MAJOR >= 3
    const Botan::secure_vector<std::uint8_t> shared =
        agreement.derive_key(0, peerPublicKey).bits_of();
#else
    const Botan::secure_vector<std::uint8_t> shared =
        agreement.derive_key(0, peerPublicKey.data(), peerPublicKey.size()).bits_of();
#endif
    requireSize(shared.size(), X25519KeySize, "X25519 shared secret length");
    std::uint8_t any = 0;
    for (std::uint8_t b : shared)
        any |= b;
    // RFC 7748 §6.1: an all-zero output means a low-order peer point; reject it.
    if (any == 0)
        throw std::invalid_argument("X25519 low-order point");
    return SecureBytes(std::span<const std::uint8_t>(shared.data(), shared.size()));
}

SecureBytes hkdfSha256(const SecureBytes& ikm, std::span<const std::uint8_t> salt,
                       std::span<const std::uint8_t> info, std::size_t length)
{
    auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
#if BOTAN_VERSION_MAJOR >= 3
    const Botan::secure_vector<std::uint8_t> okm = kdf->derive_key(length, ikm.bytes(), salt, info);
#else
    const Botan::secure_vector<std::uint8_t> okm = kdf->derive_key(
        length, ikm.data(), ikm.size(), salt.data(), salt.size(), info.data(), info.size());
#endif
    requireSize(okm.size(), length, "HKDF output length");
    return SecureBytes(std::span<const std::uint8_t>(okm.data(), okm.size()));
}

QByteArray aes256GcmEncrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                            std::span<const std::uint8_t> associatedData,
                            std::span<const std::uint8_t> plaintext)
{
    requireSize(key.size(), Aes256KeySize, "AES-256 key length");
    requireSize(nonce.size(), GcmNonceSize, "GCM nonce length");
    auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Encryption);
    aead->set_key(key.data(), key.size());
    aead->set_associated_data(associatedData.data(), associatedData.size());
    aead->start(nonce.data(), nonce.size());
    // Encrypt in secure memory: the buffer holds the plaintext until finish() overwrites it.
    Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
    aead->finish(buffer);
    requireSize(buffer.size(), plaintext.size() + GcmTagSize, "GCM output length");
    return QByteArray(reinterpret_cast<const char*>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

bool aes256GcmDecrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                      std::span<const std::uint8_t> associatedData,
                      std::span<const std::uint8_t> ciphertextAndTag, SecureBytes* plaintext)
{
    requireSize(key.size(), Aes256KeySize, "AES-256 key length");
    requireSize(nonce.size(), GcmNonceSize, "GCM nonce length");
    if (ciphertextAndTag.size() < GcmTagSize)
        return false;
    auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Decryption);
    aead->set_key(key.data(), key.size());
    aead->set_associated_data(associatedData.data(), associatedData.size());
    aead->start(nonce.data(), nonce.size());
    Botan::secure_vector<std::uint8_t> buffer(ciphertextAndTag.begin(), ciphertextAndTag.end());
    try {
        aead->finish(buffer); // verifies the tag before anything is returned
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return false;
    }
    *plaintext = SecureBytes(std::span<const std::uint8_t>(buffer.data(), buffer.size()));
    return true;
}

SecureBytes argon2id(const Argon2Inputs& in, std::size_t length)
{
    SecureBytes out(length);
    const auto* password = reinterpret_cast<const char*>(in.password.data());
    if (in.secret.empty() && in.associatedData.empty()) {
        // The path production uses: the factory API, identical in Botan 2 and 3.
        auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
        auto hash = family->from_params(in.memoryKiB, in.iterations, in.parallelism);
        hash->derive_key(out.data(), out.size(), password, in.password.size(), in.salt.data(),
                         in.salt.size());
        return out;
    }
#if BOTAN_VERSION_MAJOR >= 3
    auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    auto hash = family->from_params(in.memoryKiB, in.iterations, in.parallelism);
    hash->derive_key(out.data(), out.size(), password, in.password.size(), in.salt.data(),
                     in.salt.size(), in.associatedData.data(), in.associatedData.size(),
                     in.secret.data(), in.secret.size());
#else
    constexpr std::uint8_t Argon2idVariant = 2;
    Botan::argon2(out.data(), out.size(), password, in.password.size(), in.salt.data(),
                  in.salt.size(), in.secret.data(), in.secret.size(), in.associatedData.data(),
                  in.associatedData.size(), Argon2idVariant, in.parallelism, in.memoryKiB,
                  in.iterations);
#endif
    return out;
}

Ed25519PublicBytes ed25519PublicKey(const SecureBytes& seed)
{
    requireSize(seed.size(), Ed25519SeedSize, "Ed25519 seed length");
    const auto key = ed25519FromSeed<Botan::Ed25519_PrivateKey>(toSecureVector(seed));
    // Raw 32-byte encoding of the point in both Botan 2 and 3 (not the X.509 structure).
    const std::vector<std::uint8_t> bits = key.public_key_bits();
    requireSize(bits.size(), Ed25519PublicKeySize, "Ed25519 public key length");
    Ed25519PublicBytes out{};
    std::copy(bits.begin(), bits.end(), out.begin());
    return out;
}

QByteArray ed25519Sign(const SecureBytes& seed, std::span<const std::uint8_t> message)
{
    requireSize(seed.size(), Ed25519SeedSize, "Ed25519 seed length");
    const auto key = ed25519FromSeed<Botan::Ed25519_PrivateKey>(toSecureVector(seed));
    // "Pure": RFC 8032 Ed25519 over the message itself (not Ed25519ph).
    Botan::PK_Signer signer(key, rng(), "Pure");
    const std::vector<std::uint8_t> signature =
        signer.sign_message(message.data(), message.size(), rng());
    requireSize(signature.size(), Ed25519SignatureSize, "Ed25519 signature length");
    return QByteArray(reinterpret_cast<const char*>(signature.data()),
                      static_cast<qsizetype>(signature.size()));
}

bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                   std::span<const std::uint8_t> signature)
{
    if (publicKey.size() != Ed25519PublicKeySize || signature.size() != Ed25519SignatureSize)
        return false;
    const Botan::Ed25519_PublicKey key(publicKey.data(), publicKey.size());
    Botan::PK_Verifier verifier(key, "Pure");
    return verifier.verify_message(message.data(), message.size(), signature.data(),
                                   signature.size());
}

bool constantTimeEquals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b)
{
    if (a.size() != b.size())
        return false;
    std::uint8_t diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<std::uint8_t>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace kohi::crypto::detail
