#include "core/crypto/HexFingerprint.h"

#include "core/crypto/Primitives.h"

#include <QByteArray>

namespace kohi::crypto {

QString HexFingerprint::toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QString HexFingerprint::formatForDisplay(QByteArrayView bytes, int groupSize)
{
    const QString hex = toHex(bytes).toUpper();
    if (groupSize <= 0)
        return hex;
    QString out;
    out.reserve(hex.size() + hex.size() / groupSize);
    for (qsizetype i = 0; i < hex.size(); i += groupSize) {
        if (i > 0)
            out.append(QLatin1Char(' '));
        out.append(QStringView(hex).mid(i, groupSize));
    }
    return out;
}

QString HexFingerprint::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const char16_t u = c.toLower().unicode();
        const bool isHex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
        if (!isHex)
            return {};
        out.append(QChar(u));
    }
    return out;
}

bool HexFingerprint::matches(QByteArrayView bytes, QStringView pinned)
{
    if (bytes.isEmpty())
        return false;
    const QByteArray expected = toHex(bytes).toLatin1();
    const QByteArray given = normalize(pinned).toLatin1();
    return detail::constantTimeEquals(detail::asBytes(expected), detail::asBytes(given));
}

} // namespace kohi::crypto
