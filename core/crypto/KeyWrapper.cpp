#include "core/crypto/KeyWrapper.h"

#include "core/crypto/Primitives.h"
#include "core/crypto/Wipe.h"

#include <QCoreApplication>
#include <QtEndian>
#include <exception>

namespace kohi::crypto {

namespace {

constexpr qsizetype ParamsOffset = 1;
constexpr qsizetype SaltOffset = ParamsOffset + 3 * 4;
constexpr qsizetype KeyIdOffset = SaltOffset + KeyWrapper::SaltSize;
constexpr qsizetype NonceOffset = KeyWrapper::HeaderSize;
constexpr qsizetype SealedOffset = NonceOffset + KeyWrapper::NonceSize;
static_assert(KeyIdOffset + PublicKey::KeyIdSize == KeyWrapper::HeaderSize);

void setError(QString* error, const char* message)
{
    if (error)
        *error = QCoreApplication::translate("kohi::crypto::KeyWrapper", message);
}

void setMalformed(QString* error)
{
    setError(error, QT_TRANSLATE_NOOP(
                        "kohi::crypto::KeyWrapper",
                        "鍵データの形式が正しくありません（対応していない版か、破損しています）。"
                        "鍵の登録をやり直してください。"));
}

void setWrongPassphrase(QString* error)
{
    setError(error, QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                      "復号用パスフレーズが正しくありません。"));
}

void appendUint32(QByteArray& out, std::uint32_t value)
{
    const std::uint32_t be = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&be), sizeof be);
}

std::uint32_t readUint32(QByteArrayView in, qsizetype offset)
{
    return qFromBigEndian<std::uint32_t>(in.data() + offset);
}

// NFC so that the same passphrase typed through different IMEs/platforms (precomposed vs
// combining kana/accents) derives the same key (RFC 8265 OpaqueString does the same).
SecureBytes passphraseBytes(QStringView passphrase)
{
    QString copy = passphrase.toString();
    QString normalized = copy.normalized(QString::NormalizationForm_C);
    SecureBytes bytes = SecureBytes::fromUtf8(normalized);
    wipe(normalized);
    wipe(copy);
    return bytes;
}

SecureBytes deriveKek(QStringView passphrase, QByteArrayView salt, const Argon2Params& params)
{
    const SecureBytes password = passphraseBytes(passphrase);
    detail::Argon2Inputs inputs;
    inputs.password = password.bytes();
    inputs.salt = detail::asBytes(salt);
    inputs.memoryKiB = params.memoryKiB;
    inputs.iterations = params.iterations;
    inputs.parallelism = params.parallelism;
    return detail::argon2id(inputs, detail::Aes256KeySize);
}

bool parseHeader(QByteArrayView blob, QByteArray* keyId, Argon2Params* params)
{
    if (blob.size() != KeyWrapper::BlobSize ||
        static_cast<std::uint8_t>(blob[0]) != KeyWrapper::Version1)
        return false;
    Argon2Params parsed;
    parsed.memoryKiB = readUint32(blob, ParamsOffset);
    parsed.iterations = readUint32(blob, ParamsOffset + 4);
    parsed.parallelism = readUint32(blob, ParamsOffset + 8);
    if (!parsed.isValid()) // checked before any work: the blob is untrusted input
        return false;
    if (params)
        *params = parsed;
    if (keyId)
        *keyId = blob.sliced(KeyIdOffset, PublicKey::KeyIdSize).toByteArray();
    return true;
}

} // namespace

bool KeyWrapper::wrapKey(const KeyPair& keyPair, QStringView passphrase, const Argon2Params& params,
                         QByteArray* blob, QString* error)
{
    if (keyPair.isNull()) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper", "保護する秘密鍵がありません。"));
        return false;
    }
    if (passphrase.isEmpty()) {
        setError(error, QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                          "復号用パスフレーズを入力してください。"));
        return false;
    }
    if (!params.isValid()) {
        setError(error, QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                          "Argon2id のパラメータが範囲外です。"));
        return false;
    }
    try {
        QByteArray header;
        header.reserve(BlobSize);
        header.append(static_cast<char>(Version1));
        appendUint32(header, params.memoryKiB);
        appendUint32(header, params.iterations);
        appendUint32(header, params.parallelism);
        QByteArray salt(SaltSize, Qt::Uninitialized);
        detail::randomBytes(
            {reinterpret_cast<std::uint8_t*>(salt.data()), static_cast<std::size_t>(salt.size())});
        header.append(salt);
        header.append(keyPair.publicKey().keyId());

        QByteArray nonce(NonceSize, Qt::Uninitialized);
        detail::randomBytes({reinterpret_cast<std::uint8_t*>(nonce.data()),
                             static_cast<std::size_t>(nonce.size())});
        const SecureBytes kek = deriveKek(passphrase, salt, params);
        // AD = header: parameters, salt and key id cannot be changed without detection.
        const QByteArray sealed = detail::aes256GcmEncrypt(
            kek, detail::asBytes(nonce), detail::asBytes(header), keyPair.privateKey().bytes());
        *blob = header + nonce + sealed;
        return true;
    } catch (const std::exception&) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                   "秘密鍵を保護できませんでした（暗号ライブラリのエラー）。"));
        return false;
    }
}

bool KeyWrapper::unwrapKey(QByteArrayView blob, QStringView passphrase, KeyPair* keyPair,
                           QString* error)
{
    QByteArray keyId;
    Argon2Params params;
    if (!parseHeader(blob, &keyId, &params)) {
        setMalformed(error);
        return false;
    }
    if (passphrase.isEmpty()) {
        setError(error, QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                          "復号用パスフレーズを入力してください。"));
        return false;
    }
    try {
        const SecureBytes kek = deriveKek(passphrase, blob.sliced(SaltOffset, SaltSize), params);
        SecureBytes privateKey;
        if (!detail::aes256GcmDecrypt(kek, detail::asBytes(blob.sliced(NonceOffset, NonceSize)),
                                      detail::asBytes(blob.first(HeaderSize)),
                                      detail::asBytes(blob.sliced(SealedOffset)), &privateKey)) {
            setWrongPassphrase(error); // GCM cannot tell a wrong passphrase from tampering
            return false;
        }
        KeyPair unwrapped;
        if (!KeyPair::fromPrivateKey(privateKey, &unwrapped, error))
            return false;
        if (unwrapped.publicKey().keyId() != keyId) { // only a faulty wrapper could cause this
            setMalformed(error);
            return false;
        }
        *keyPair = std::move(unwrapped);
        return true;
    } catch (const std::exception&) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::KeyWrapper",
                                   "秘密鍵を復元できませんでした（暗号ライブラリのエラー）。"));
        return false;
    }
}

bool KeyWrapper::inspect(QByteArrayView blob, QByteArray* keyId, Argon2Params* params,
                         QString* error)
{
    if (!parseHeader(blob, keyId, params)) {
        setMalformed(error);
        return false;
    }
    return true;
}

} // namespace kohi::crypto
