#pragma once

#include "core/crypto/KeyPair.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>

namespace kohi::crypto {

// Seals My Numbers to the My Number public key (scheme v1, see core/crypto/README.md):
//
//   envelope = 0x01 || keyId(16) || ephemeralPublic(32) || nonce(12) || ciphertext || tag(16)
//   shared   = X25519(ephemeralPrivate, recipientPublic)
//   key      = HKDF-SHA-256(ikm = shared, salt = ephemeralPublic || recipientPublic,
//                           info = "kohi-mynumber-seal-v1", L = 32)
//   AES-256-GCM(key, nonce, AD = 0x01 || keyId || associatedData)
//
// Clerks' clients can seal but never open. associatedData must come from AssociatedData so a
// ciphertext cannot be moved to another record or field.
class Sealer
{
public:
    static constexpr std::uint8_t Version1 = 0x01;
    static constexpr qsizetype KeyIdSize = PublicKey::KeyIdSize;
    static constexpr qsizetype EphemeralKeySize = PublicKey::Size;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype HeaderSize = 1 + KeyIdSize + EphemeralKeySize + NonceSize;
    static constexpr qsizetype Overhead = HeaderSize + TagSize;

    static bool seal(const SecureBytes& plaintext, const PublicKey& recipient,
                     QByteArrayView associatedData, QByteArray* envelope, QString* error);

    // Every failure (wrong key, any changed byte of envelope or associated data, unknown
    // version) gives the same message: the caller learns nothing about which check failed.
    static bool open(QByteArrayView envelope, const KeyPair& recipient,
                     QByteArrayView associatedData, SecureBytes* plaintext, QString* error);

    // The key id an envelope claims, to pick the key during rotation; empty if the envelope
    // is not v1. Not authenticated by itself: open() verifies it.
    static QByteArray keyIdOf(QByteArrayView envelope);
};

namespace detail {
// Seal with a caller-chosen ephemeral key and nonce, for the known-answer self-test only.
// Reusing an ephemeral key breaks the scheme; production code must call Sealer::seal().
bool sealWithEphemeralKey(const SecureBytes& plaintext, const PublicKey& recipient,
                          QByteArrayView associatedData, const SecureBytes& ephemeralPrivateKey,
                          QByteArrayView nonce, QByteArray* envelope, QString* error);
} // namespace detail

} // namespace kohi::crypto
