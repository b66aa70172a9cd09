#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

// Reading kohi_api's jsonb answers and writing bind parameters; shared by the repositories.
namespace kohi::db::json {

// The member as text: strings as they are, numbers without a decimal point, null/absent empty.
QString text(const QJsonObject& o, QLatin1StringView key);
// ISO yyyy-MM-dd (how to_jsonb writes a date); invalid when absent or null.
QDate date(const QJsonObject& o, QLatin1StringView key);
std::optional<int> integer(const QJsonObject& o, QLatin1StringView key);
qint64 id(const QJsonObject& o, QLatin1StringView key);

// A parsed jsonb column value (PgResult holds it as text); empty object when not an object.
QJsonObject object(const QVariant& column);

// Bind parameters: a null QByteArray is SQL NULL.
QByteArray param(const QString& text); // NULL when empty
QByteArray param(const QDate& date);   // NULL when invalid, else ISO
QByteArray param(std::optional<qint64> value);

} // namespace kohi::db::json
