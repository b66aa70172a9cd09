#include "core/crypto/KeyPair.h"

#include "core/crypto/Primitives.h"

#include <QCoreApplication>
#include <exception>

namespace kohi::crypto {

namespace {

void setError(QString* error, const char* message)
{
    if (error)
        *error = QCoreApplication::translate("kohi::crypto::KeyPair", message);
}

} // namespace

bool KeyPair::generate(KeyPair* keyPair, QString* error)
{
    try {
        // An X25519 private key is 32 uniformly random bytes (clamped when used).
        SecureBytes secret(PrivateKeySize);
        detail::randomBytes(secret.bytes());
        return fromPrivateKey(secret, keyPair, error);
    } catch (const std::exception&) {
        setError(error, QT_TRANSLATE_NOOP("kohi::crypto::KeyPair",
                                          "鍵ペアを生成できませんでした（乱数生成器のエラー）。"));
        return false;
    }
}

bool KeyPair::fromPrivateKey(const SecureBytes& privateKey, KeyPair* keyPair, QString* error)
{
    if (privateKey.size() != PrivateKeySize) {
        setError(error, QT_TRANSLATE_NOOP(
                            "kohi::crypto::KeyPair",
                            "秘密鍵の長さが正しくありません（X25519 秘密鍵は 32 バイトです）。"));
        return false;
    }
    try {
        const detail::X25519PublicBytes pub = detail::x25519PublicKey(privateKey);
        PublicKey publicKey;
        const QByteArrayView raw(reinterpret_cast<const char*>(pub.data()),
                                 static_cast<qsizetype>(pub.size()));
        if (!PublicKey::fromRaw(raw, &publicKey, error))
            return false;
        keyPair->m_public = publicKey;
        keyPair->m_private = privateKey;
        return true;
    } catch (const std::exception&) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::KeyPair",
                                   "秘密鍵を読み込めませんでした（暗号ライブラリの内部エラー）。"));
        return false;
    }
}

void KeyPair::clear()
{
    m_private.clear();
    m_public = PublicKey();
}

} // namespace kohi::crypto
