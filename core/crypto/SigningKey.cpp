#include "core/crypto/SigningKey.h"

#include "core/crypto/HexFingerprint.h"
#include "core/crypto/Primitives.h"
#include "core/crypto/Wipe.h"

#include <QList>
#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace kohi::crypto {

namespace {

constexpr char PublicTag[] = "kohi-anchor-public-key v1 ed25519 ";
constexpr char PrivateTag[] = "kohi-anchor-private-key v1 ed25519 ";

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The base64 word after `tag` on the one line that starts with it (comments and blank lines
// skipped, anything else refused). nullopt: no such line, or more than one.
std::optional<QByteArray> taggedValue(QByteArrayView text, const char* tag)
{
    std::optional<QByteArray> found;
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == '\n') {
                out.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        return out;
    }();
    for (QByteArrayView line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!line.startsWith(tag) || found)
            return std::nullopt;
        QByteArrayView rest = line.sliced(qstrlen(tag)).trimmed();
        const qsizetype space = rest.indexOf(' ');
        if (space >= 0)
            rest = rest.first(space);
        found = rest.toByteArray();
    }
    return found;
}

} // namespace

bool VerifyKey::fromRaw(QByteArrayView raw, VerifyKey* key, QString* error)
{
    if (raw.size() != Size) {
        setError(
            error,
            u"署名検証用の公開鍵の長さが正しくありません（Ed25519 公開鍵は 32 バイトです）。"_s);
        return false;
    }
    try {
        const detail::Sha256Digest digest = detail::sha256(detail::asBytes(raw));
        VerifyKey result;
        result.m_raw = raw.toByteArray();
        result.m_keyId = QByteArray(reinterpret_cast<const char*>(digest.data()), KeyIdSize);
        *key = result;
        return true;
    } catch (const std::exception&) {
        setError(error, u"公開鍵を読み込めませんでした（暗号ライブラリの内部エラー）。"_s);
        return false;
    }
}

bool VerifyKey::fromText(QByteArrayView text, VerifyKey* key, QString* error)
{
    const std::optional<QByteArray> value = taggedValue(text, PublicTag);
    const auto raw =
        value ? QByteArray::fromBase64Encoding(*value, QByteArray::AbortOnBase64DecodingErrors)
              : QByteArray::FromBase64Result{};
    if (!value || !raw) {
        setError(error,
                 u"アンカーの公開鍵ファイルの形式が正しくありません（kohi-anchor-public-key v1 "
                 "ed25519 で始まる行が 1 行だけ必要です）。"_s);
        return false;
    }
    return fromRaw(*raw, key, error);
}

QByteArray VerifyKey::toText() const
{
    return "# kohi-admin audit anchor-key: Ed25519 public key for checking access-log anchors\n" +
           QByteArray(PublicTag) + m_raw.toBase64() + " key-id=" + m_keyId.toHex() + '\n';
}

QString VerifyKey::keyIdHex() const
{
    return HexFingerprint::toHex(m_keyId);
}

bool VerifyKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (isNull() || signature.size() != SignatureSize)
        return false;
    try {
        return detail::ed25519Verify(detail::asBytes(m_raw), detail::asBytes(message),
                                     detail::asBytes(signature));
    } catch (const std::exception&) {
        return false;
    }
}

bool SigningKey::generate(SigningKey* key, QString* error)
{
    try {
        SecureBytes seed(SeedSize);
        detail::randomBytes(seed.bytes());
        return fromSeed(seed, key, error);
    } catch (const std::exception&) {
        setError(error, u"署名鍵を生成できませんでした（乱数生成器のエラー）。"_s);
        return false;
    }
}

bool SigningKey::fromSeed(const SecureBytes& seed, SigningKey* key, QString* error)
{
    if (seed.size() != SeedSize) {
        setError(error, u"署名鍵の長さが正しくありません（Ed25519 秘密鍵は 32 バイトです）。"_s);
        return false;
    }
    try {
        const detail::Ed25519PublicBytes pub = detail::ed25519PublicKey(seed);
        VerifyKey verifyKey;
        if (!VerifyKey::fromRaw(QByteArrayView(reinterpret_cast<const char*>(pub.data()),
                                               static_cast<qsizetype>(pub.size())),
                                &verifyKey, error))
            return false;
        key->m_public = verifyKey;
        key->m_seed = seed;
        return true;
    } catch (const std::exception&) {
        setError(error, u"署名鍵を読み込めませんでした（暗号ライブラリの内部エラー）。"_s);
        return false;
    }
}

bool SigningKey::fromText(QByteArrayView text, SigningKey* key, QString* error)
{
    std::optional<QByteArray> value = taggedValue(text, PrivateTag);
    auto raw = value
                   ? QByteArray::fromBase64Encoding(*value, QByteArray::AbortOnBase64DecodingErrors)
                   : QByteArray::FromBase64Result{};
    if (value)
        wipe(*value);
    if (!value || !raw || raw.decoded.size() != qsizetype(SeedSize)) {
        if (raw)
            wipe(*raw);
        setError(error,
                 u"アンカーの署名鍵ファイルの形式が正しくありません（kohi-anchor-private-key "
                 "v1 ed25519 で始まる行が 1 行だけ必要です）。"_s);
        return false;
    }
    const SecureBytes seed(detail::asBytes(*raw));
    wipe(*raw);
    return fromSeed(seed, key, error);
}

QByteArray SigningKey::toText() const
{
    QByteArray text =
        "# kohi-admin audit anchor-key: Ed25519 PRIVATE key that signs access-log anchors.\n"
        "# Plaintext by design: keep it only on the anchor machine, readable only by the account\n"
        "# that runs `kohi-admin audit anchor`, never on the database server.\n";
    text += PrivateTag;
    QByteArray raw(reinterpret_cast<const char*>(m_seed.data()),
                   static_cast<qsizetype>(m_seed.size()));
    QByteArray encoded = raw.toBase64();
    wipe(raw);
    text += encoded;
    wipe(encoded);
    text += "\n# public key id: " + m_public.keyId().toHex() + '\n';
    return text;
}

bool SigningKey::sign(QByteArrayView message, QByteArray* signature, QString* error) const
{
    if (isNull()) {
        setError(error, u"署名鍵がありません。"_s);
        return false;
    }
    try {
        *signature = detail::ed25519Sign(m_seed, detail::asBytes(message));
        return true;
    } catch (const std::exception&) {
        setError(error, u"署名できませんでした（暗号ライブラリの内部エラー）。"_s);
        return false;
    }
}

void SigningKey::clear()
{
    m_seed.clear();
    m_public = VerifyKey();
}

} // namespace kohi::crypto
