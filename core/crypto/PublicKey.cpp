#include "core/crypto/PublicKey.h"

#include "core/crypto/HexFingerprint.h"
#include "core/crypto/Primitives.h"

#include <QCoreApplication>
#include <exception>

namespace kohi::crypto {

namespace {

void setError(QString* error, const char* message)
{
    if (error)
        *error = QCoreApplication::translate("kohi::crypto::PublicKey", message);
}

// True if X25519 with this point yields zero for any scalar, i.e. it lies in the small
// subgroup: sealing to it would produce a "shared" secret everybody knows.
bool isLowOrderPoint(QByteArrayView raw)
{
    SecureBytes probe(detail::X25519KeySize);
    probe.data()[0] = 0x09; // any scalar works: clamping makes it a multiple of the cofactor 8
    try {
        detail::x25519SharedSecret(probe, detail::asBytes(raw));
        return false;
    } catch (const std::exception&) {
        return true;
    }
}

} // namespace

bool PublicKey::fromRaw(QByteArrayView raw, PublicKey* key, QString* error)
{
    if (raw.size() != Size) {
        setError(error, QT_TRANSLATE_NOOP(
                            "kohi::crypto::PublicKey",
                            "公開鍵の長さが正しくありません（X25519 公開鍵は 32 バイトです）。"));
        return false;
    }
    if (isLowOrderPoint(raw)) {
        setError(error, QT_TRANSLATE_NOOP("kohi::crypto::PublicKey",
                                          "公開鍵が不正です（使用できない X25519 の点です）。"));
        return false;
    }
    try {
        const detail::Sha256Digest digest = detail::sha256(detail::asBytes(raw));
        PublicKey result;
        result.m_raw = raw.toByteArray();
        result.m_fingerprint = QByteArray(reinterpret_cast<const char*>(digest.data()),
                                          static_cast<qsizetype>(digest.size()));
        *key = result;
        return true;
    } catch (const std::exception&) {
        setError(error,
                 QT_TRANSLATE_NOOP("kohi::crypto::PublicKey",
                                   "公開鍵を読み込めませんでした（暗号ライブラリの内部エラー）。"));
        return false;
    }
}

bool PublicKey::fromBase64(QStringView text, PublicKey* key, QString* error)
{
    const QByteArray latin1 = text.trimmed().toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        setError(error,
                 QT_TRANSLATE_NOOP(
                     "kohi::crypto::PublicKey",
                     "公開鍵の Base64 表記が正しくありません。設定ファイルを確認してください。"));
        return false;
    }
    return fromRaw(*decoded, key, error);
}

QString PublicKey::toBase64() const
{
    return QString::fromLatin1(m_raw.toBase64());
}

QString PublicKey::keyIdHex() const
{
    return HexFingerprint::toHex(keyId());
}

QString PublicKey::fingerprintHex() const
{
    return HexFingerprint::toHex(m_fingerprint);
}

QString PublicKey::fingerprintForDisplay() const
{
    return HexFingerprint::formatForDisplay(m_fingerprint);
}

bool PublicKey::matchesFingerprint(QStringView pinned) const
{
    return !isNull() && HexFingerprint::matches(m_fingerprint, pinned);
}

} // namespace kohi::crypto
