#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kohi::crypto {

// Ed25519 public key that checks signatures, e.g. of the access-log anchors (the public half is
// given to whoever verifies; the private half stays on the machine that signs).
//   key id = first 16 bytes of SHA-256(raw public key), written into every signed document so a
//            verifier can tell "signed with another key" from "changed after signing".
class VerifyKey
{
public:
    static constexpr qsizetype Size = 32;
    static constexpr qsizetype SignatureSize = 64;
    static constexpr qsizetype KeyIdSize = 16;

    VerifyKey() = default; // null

    static bool fromRaw(QByteArrayView raw, VerifyKey* key, QString* error);
    // The public key file: one line "kohi-anchor-public-key v1 ed25519 <base64>" (comment lines
    // starting with '#' and a trailing "key-id=…" are allowed).
    static bool fromText(QByteArrayView text, VerifyKey* key, QString* error);
    QByteArray toText() const;

    bool isNull() const { return m_raw.isEmpty(); }
    QByteArray toRaw() const { return m_raw; }
    QByteArray keyId() const { return m_keyId; }
    QString keyIdHex() const;

    // False for a signature that is not exactly this key's signature over exactly `message`
    // (any changed byte, another key, a malformed signature); never throws.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const VerifyKey& a, const VerifyKey& b) { return a.m_raw == b.m_raw; }

private:
    QByteArray m_raw;
    QByteArray m_keyId;
};

// Ed25519 private key (the 32-byte RFC 8032 seed) in secure memory. Its file is plaintext by
// design (see README "Access-log anchors"): it lives on a machine the database administrator
// cannot reach, readable only by the account that signs.
class SigningKey
{
public:
    static constexpr std::size_t SeedSize = 32;

    SigningKey() = default; // null

    static bool generate(SigningKey* key, QString* error);
    static bool fromSeed(const SecureBytes& seed, SigningKey* key, QString* error);
    // The private key file: "kohi-anchor-private-key v1 ed25519 <base64 seed>" ('#' comments).
    static bool fromText(QByteArrayView text, SigningKey* key, QString* error);
    // The caller wipe()s the result once it is written.
    [[nodiscard]] QByteArray toText() const;

    bool isNull() const { return m_public.isNull(); }
    const VerifyKey& verifyKey() const { return m_public; }

    bool sign(QByteArrayView message, QByteArray* signature, QString* error) const;

    void clear();

private:
    VerifyKey m_public;
    SecureBytes m_seed;
};

} // namespace kohi::crypto
