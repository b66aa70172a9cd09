#include "db/JsonFields.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kohi::db::json {

QString text(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QDate date(const QJsonObject& o, QLatin1StringView key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

std::optional<int> integer(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

qint64 id(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toInteger();
}

QJsonObject object(const QVariant& column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QByteArray param(const QString& text)
{
    return text.isEmpty() ? QByteArray() : text.toUtf8();
}

QByteArray param(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray();
}

QByteArray param(std::optional<qint64> value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

} // namespace kohi::db::json
