#pragma once

// Internal to core/crypto: the only place that talks to Botan's algorithm APIs, so the
// Botan 2/3 differences live in one file (Primitives.cpp). Functions throw std::exception
// subclasses on failure; the public classes catch everything and return bool + message.

#include "core/crypto/SecureBytes.h"

#include <QByteArrayView>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace kohi::crypto::detail {

inline constexpr std::size_t X25519KeySize = 32;
inline constexpr std::size_t Sha256Size = 32;
inline constexpr std::size_t Aes256KeySize = 32;
inline constexpr std::size_t GcmNonceSize = 12;
inline constexpr std::size_t GcmTagSize = 16;
inline constexpr std::size_t Ed25519SeedSize = 32;
inline constexpr std::size_t Ed25519PublicKeySize = 32;
inline constexpr std::size_t Ed25519SignatureSize = 64;

using Sha256Digest = std::array<std::uint8_t, Sha256Size>;
using X25519PublicBytes = std::array<std::uint8_t, X25519KeySize>;
using Ed25519PublicBytes = std::array<std::uint8_t, Ed25519PublicKeySize>;

inline std::span<const std::uint8_t> asBytes(QByteArrayView view)
{
    return {reinterpret_cast<const std::uint8_t*>(view.data()),
            static_cast<std::size_t>(view.size())};
}

// Botan's major version (2 or 3) this library was compiled against.
int botanMajorVersion();

void randomBytes(std::span<std::uint8_t> out);

Sha256Digest sha256(std::span<const std::uint8_t> data);

X25519PublicBytes x25519PublicKey(const SecureBytes& privateKey);

// Throws if the result is all zero (peer sent a low-order point): such a "shared" secret is
// known to everyone.
SecureBytes x25519SharedSecret(const SecureBytes& privateKey,
                               std::span<const std::uint8_t> peerPublicKey);

SecureBytes hkdfSha256(const SecureBytes& ikm, std::span<const std::uint8_t> salt,
                       std::span<const std::uint8_t> info, std::size_t length);

// Returns ciphertext || 16-byte tag.
QByteArray aes256GcmEncrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                            std::span<const std::uint8_t> associatedData,
                            std::span<const std::uint8_t> plaintext);

// False if the tag does not verify (wrong key, tampered input); throws on other errors.
bool aes256GcmDecrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                      std::span<const std::uint8_t> associatedData,
                      std::span<const std::uint8_t> ciphertextAndTag, SecureBytes* plaintext);

struct Argon2Inputs
{
    std::span<const std::uint8_t> password;
    std::span<const std::uint8_t> salt;
    std::span<const std::uint8_t> secret;         // RFC 9106 "K"; empty in production
    std::span<const std::uint8_t> associatedData; // RFC 9106 "X"; empty in production
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;
};

SecureBytes argon2id(const Argon2Inputs& inputs, std::size_t length);

// Ed25519 (RFC 8032, pure): the private key is the 32-byte seed.
Ed25519PublicBytes ed25519PublicKey(const SecureBytes& seed);
// Returns the 64-byte signature.
QByteArray ed25519Sign(const SecureBytes& seed, std::span<const std::uint8_t> message);
// False for a wrong signature or key; throws only on internal errors.
bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                   std::span<const std::uint8_t> signature);

// Data-independent time for equal lengths.
bool constantTimeEquals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b);

} // namespace kohi::crypto::detail
