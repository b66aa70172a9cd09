#pragma once

#include "core/crypto/Argon2Params.h"
#include "core/crypto/KeyPair.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <cstdint>

namespace kohi::crypto {

// Wraps the My Number private key under a viewer's personal reveal passphrase (format v1):
//
//   blob = 0x01 || memoryKiB(4, BE) || iterations(4, BE) || parallelism(4, BE)
//          || salt(16) || keyId(16) || nonce(12) || AES-256-GCM(privateKey(32)) || tag(16)
//   kek  = Argon2id(UTF-8(NFC(passphrase)), salt, params, 32 bytes)
//   AD   = every byte before the nonce (version, parameters, salt, key id)
//
// The database stores only blobs; the passphrase never leaves the viewer's terminal.
class KeyWrapper
{
public:
    static constexpr std::uint8_t Version1 = 0x01;
    static constexpr qsizetype SaltSize = 16;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype HeaderSize = 1 + 3 * 4 + SaltSize + PublicKey::KeyIdSize;
    static constexpr qsizetype BlobSize = HeaderSize + NonceSize + 32 + 16;

    // The caller should wipe() the QString the passphrase came from.
    static bool wrapKey(const KeyPair& keyPair, QStringView passphrase, const Argon2Params& params,
                        QByteArray* blob, QString* error);

    // A wrong passphrase (or a blob altered after wrapping) gives
    // "復号用パスフレーズが正しくありません。"; a malformed blob gives a format error.
    static bool unwrapKey(QByteArrayView blob, QStringView passphrase, KeyPair* keyPair,
                          QString* error);

    // Reads the (unauthenticated) header without the passphrase, e.g. to show which key a
    // viewer holds. unwrapKey() authenticates all of it.
    static bool inspect(QByteArrayView blob, QByteArray* keyId, Argon2Params* params,
                        QString* error);
};

} // namespace kohi::crypto
