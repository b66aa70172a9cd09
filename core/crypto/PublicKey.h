#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace kohi::crypto {

// An X25519 public key (raw 32 bytes) with its identifiers:
//   key id      = first 16 bytes of SHA-256(raw), stored in every envelope to pick the key;
//   fingerprint = full SHA-256(raw), pinned in the clerk client's configuration.
class PublicKey
{
public:
    static constexpr qsizetype Size = 32;
    static constexpr qsizetype KeyIdSize = 16;
    static constexpr qsizetype FingerprintSize = 32;

    PublicKey() = default; // null

    static bool fromRaw(QByteArrayView raw, PublicKey* key, QString* error);
    // Strict standard base64 (config files); surrounding whitespace is ignored.
    static bool fromBase64(QStringView text, PublicKey* key, QString* error);

    bool isNull() const { return m_raw.isEmpty(); }
    QByteArray toRaw() const { return m_raw; }
    QString toBase64() const;

    QByteArray keyId() const { return m_fingerprint.left(KeyIdSize); }
    QString keyIdHex() const;
    QByteArray fingerprint() const { return m_fingerprint; }
    QString fingerprintHex() const;
    QString fingerprintForDisplay() const; // "F35E 5616 …"
    // Compare with the fingerprint pinned in configuration (spaces/colons/case ignored).
    bool matchesFingerprint(QStringView pinned) const;

    friend bool operator==(const PublicKey& a, const PublicKey& b) { return a.m_raw == b.m_raw; }

private:
    QByteArray m_raw;
    QByteArray m_fingerprint;
};

} // namespace kohi::crypto
