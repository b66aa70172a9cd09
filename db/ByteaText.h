#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVariant>
#include <libpq-fe.h>
#include <memory>

// bytea in libpq's text format (PgParams sends and receives text). Sent as "\x" + hex; received
// in whatever bytea_output the connection uses (QPSQL sets "escape" on its connections).
namespace kohi::db::bytea {

inline QByteArray toParam(QByteArrayView bytes)
{
    return QByteArrayLiteral("\\x") + bytes.toByteArray().toHex();
}

// Empty for NULL or malformed text.
inline QByteArray fromValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QByteArray text = value.toString().toLatin1();
    std::size_t length = 0;
    std::unique_ptr<unsigned char, decltype(&PQfreemem)> bytes(
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(text.constData()), &length),
        &PQfreemem);
    if (!bytes)
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes.get()), qsizetype(length));
}

// A bytea[] parameter: {"\\x…","\\x…"} (backslashes escaped once more inside array elements).
inline QByteArray toArrayParam(const QList<QByteArray>& items)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "\"\\\\x" + items.at(i).toHex() + '"';
    }
    return out + '}';
}

} // namespace kohi::db::bytea
