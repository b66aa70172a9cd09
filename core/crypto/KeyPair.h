#pragma once

#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBytes.h"

#include <QString>

namespace kohi::crypto {

// The My Number X25519 key pair. The private half exists only in secure memory on a viewer's
// terminal after unwrapping (KeyWrapper); it is never written anywhere unwrapped.
class KeyPair
{
public:
    static constexpr std::size_t PrivateKeySize = 32;

    KeyPair() = default; // null

    static bool generate(KeyPair* keyPair, QString* error);
    // Raw 32-byte X25519 scalar (as exported by privateKey()); the public half is derived.
    static bool fromPrivateKey(const SecureBytes& privateKey, KeyPair* keyPair, QString* error);

    bool isNull() const { return m_public.isNull(); }
    const PublicKey& publicKey() const { return m_public; }
    const SecureBytes& privateKey() const { return m_private; }

    // Zeroes the private key; call as soon as the reveal is over.
    void clear();

private:
    PublicKey m_public;
    SecureBytes m_private;
};

} // namespace kohi::crypto
