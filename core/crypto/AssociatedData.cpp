#include "core/crypto/AssociatedData.h"

#include <QString>
#include <QtEndian>
#include <initializer_list>

namespace kohi::crypto {

namespace {

void appendLengthPrefixed(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const quint32 length = qToBigEndian(static_cast<quint32>(utf8.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out.append(utf8);
}

} // namespace

QByteArray AssociatedData::forField(QStringView recordKind, QStringView recordId,
                                    QStringView fieldName)
{
    QByteArray out;
    for (QStringView part : {QStringView(u"kohi-ad-v1"), recordKind, recordId, fieldName})
        appendLengthPrefixed(out, part);
    return out;
}

QByteArray AssociatedData::forField(QStringView recordKind, qint64 recordId, QStringView fieldName)
{
    return forField(recordKind, QString::number(recordId), fieldName);
}

} // namespace kohi::crypto
