#include "core/crypto/Sealer.h"

#include "core/crypto/Primitives.h"

#include <QCoreApplication>
#include <exception>

namespace kohi::crypto {

namespace {

constexpr char SealInfo[] = "kohi-mynumber-seal-v1";

void setError(QString* error, const char* message)
{
    if (error)
        *error = QCoreApplication::translate("kohi::crypto::Sealer", message);
}

void setOpenFailed(QString* error)
{
    setError(error, QT_TRANSLATE_NOOP(
                        "kohi::crypto::Sealer",
                        "マイナンバーを復号できませんでした。データが破損・改ざんされているか、"
                        "この鍵では復号できない暗号文です。"));
}

std::span<const std::uint8_t> sealInfo()
{
    return {reinterpret_cast<const std::uint8_t*>(SealInfo), sizeof SealInfo - 1};
}

SecureBytes deriveKey(const SecureBytes& shared, QByteArrayView ephemeralPublic,
                      const PublicKey& recipient)
{
    // Salt binds the key to both public keys (the "transcript"), as in HPKE's KEM context.
    const QByteArray salt = ephemeralPublic.toByteArray() + recipient.toRaw();
    return detail::hkdfSha256(shared, detail::asBytes(salt), sealInfo(), detail::Aes256KeySize);
}

QByteArray gcmAssociatedData(QByteArrayView keyId, QByteArrayView callerData)
{
    // Version and key id are authenticated too, so neither can be swapped undetected.
    QByteArray ad;
    ad.reserve(1 + keyId.size() + callerData.size());
    ad.append(static_cast<char>(Sealer::Version1));
    ad.append(keyId);
    ad.append(callerData);
    return ad;
}

// Throws on any failure.
QByteArray sealCore(const SecureBytes& plaintext, const PublicKey& recipient,
                    QByteArrayView associatedData, const SecureBytes& ephemeralPrivate,
                    QByteArrayView nonce)
{
    const detail::X25519PublicBytes ephPub = detail::x25519PublicKey(ephemeralPrivate);
    const QByteArrayView ephPublic(reinterpret_cast<const char*>(ephPub.data()),
                                   static_cast<qsizetype>(ephPub.size()));
    const SecureBytes shared =
        detail::x25519SharedSecret(ephemeralPrivate, detail::asBytes(recipient.toRaw()));
    const SecureBytes key = deriveKey(shared, ephPublic, recipient);
    const QByteArray keyId = recipient.keyId();
    const QByteArray sealed = detail::aes256GcmEncrypt(
        key, detail::asBytes(nonce), detail::asBytes(gcmAssociatedData(keyId, associatedData)),
        plaintext.bytes());
    QByteArray envelope;
    envelope.reserve(Sealer::HeaderSize + sealed.size());
    envelope.append(static_cast<char>(Sealer::Version1));
    envelope.append(keyId);
    envelope.append(ephPublic);
    envelope.append(nonce);
    envelope.append(sealed);
    return envelope;
}

} // namespace

bool Sealer::seal(const SecureBytes& plaintext, const PublicKey& recipient,
                  QByteArrayView associatedData, QByteArray* envelope, QString* error)
{
    if (recipient.isNull()) {
        setError(error,
                 QT_TRANSLATE_NOOP(
                     "kohi::crypto::Sealer",
                     "暗号化用の公開鍵が設定されていません。システム管理者に連絡してください。"));
        return false;
    }
    try {
        // A fresh ephemeral key per envelope: the AES key is single-use, so the random
        // nonce is belt and braces rather than a uniqueness requirement.
        SecureBytes ephemeral(detail::X25519KeySize);
        detail::randomBytes(ephemeral.bytes());
        QByteArray nonce(NonceSize, Qt::Uninitialized);
        detail::randomBytes({reinterpret_cast<std::uint8_t*>(nonce.data()),
                             static_cast<std::size_t>(nonce.size())});
        *envelope = sealCore(plaintext, recipient, associatedData, ephemeral, nonce);
        return true;
    } catch (const std::exception&) {
        setError(error, QT_TRANSLATE_NOOP(
                            "kohi::crypto::Sealer",
                            "マイナンバーを暗号化できませんでした（暗号ライブラリのエラー）。"));
        return false;
    }
}

bool Sealer::open(QByteArrayView envelope, const KeyPair& recipient, QByteArrayView associatedData,
                  SecureBytes* plaintext, QString* error)
{
    if (recipient.isNull()) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::Sealer", "復号用の鍵が読み込まれていません。"));
        return false;
    }
    if (envelope.size() < Overhead || static_cast<std::uint8_t>(envelope[0]) != Version1) {
        setOpenFailed(error);
        return false;
    }
    const QByteArrayView keyId = envelope.sliced(1, KeyIdSize);
    const QByteArrayView ephPublic = envelope.sliced(1 + KeyIdSize, EphemeralKeySize);
    const QByteArrayView nonce = envelope.sliced(1 + KeyIdSize + EphemeralKeySize, NonceSize);
    const QByteArrayView sealed = envelope.sliced(HeaderSize);
    if (keyId != recipient.publicKey().keyId()) { // key ids are public: no timing concern
        setOpenFailed(error);
        return false;
    }
    try {
        const SecureBytes shared =
            detail::x25519SharedSecret(recipient.privateKey(), detail::asBytes(ephPublic));
        const SecureBytes key = deriveKey(shared, ephPublic, recipient.publicKey());
        SecureBytes opened;
        if (!detail::aes256GcmDecrypt(key, detail::asBytes(nonce),
                                      detail::asBytes(gcmAssociatedData(keyId, associatedData)),
                                      detail::asBytes(sealed), &opened)) {
            setOpenFailed(error);
            return false;
        }
        *plaintext = std::move(opened);
        return true;
    } catch (const std::exception&) {
        setOpenFailed(error); // e.g. a low-order ephemeral point: same answer as a bad tag
        return false;
    }
}

QByteArray Sealer::keyIdOf(QByteArrayView envelope)
{
    if (envelope.size() < Overhead || static_cast<std::uint8_t>(envelope[0]) != Version1)
        return {};
    return envelope.sliced(1, KeyIdSize).toByteArray();
}

namespace detail {

bool sealWithEphemeralKey(const SecureBytes& plaintext, const PublicKey& recipient,
                          QByteArrayView associatedData, const SecureBytes& ephemeralPrivateKey,
                          QByteArrayView nonce, QByteArray* envelope, QString* error)
{
    if (recipient.isNull() || nonce.size() != Sealer::NonceSize) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::Sealer",
                                   "マイナンバーを暗号化できませんでした（引数が不正です）。"));
        return false;
    }
    try {
        *envelope = sealCore(plaintext, recipient, associatedData, ephemeralPrivateKey, nonce);
        return true;
    } catch (const std::exception&) {
        setError(error, QT_TRANSLATE_NOOP(
                            "kohi::crypto::Sealer",
                            "マイナンバーを暗号化できませんでした（暗号ライブラリのエラー）。"));
        return false;
    }
}

} // namespace detail

} // namespace kohi::crypto
