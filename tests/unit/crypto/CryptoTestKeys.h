#pragma once

// Fixed keys for the crypto unit tests: RFC 7748 §6.1 (public test vectors, not secrets).

#include "core/crypto/KeyPair.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>

namespace kohi::crypto::testing {

inline SecureBytes secureFromHex(const char* hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return SecureBytes(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                      static_cast<std::size_t>(bytes.size())));
}

inline QByteArray toQByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

inline constexpr char AlicePrivateHex[] =
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
inline constexpr char BobPrivateHex[] =
    "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";

inline KeyPair keyPairFromHex(const char* hex)
{
    KeyPair pair;
    KeyPair::fromPrivateKey(secureFromHex(hex), &pair, nullptr);
    return pair;
}

} // namespace kohi::crypto::testing
