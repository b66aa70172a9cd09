#include "db/RecipientExport.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QByteArray textParam(const QString& s)
{
    return s.trimmed().isEmpty() ? QByteArray() : s.trimmed().toUtf8();
}

// A text[] literal: every element quoted, backslashes and quotes escaped.
QByteArray arrayParam(const QStringList& values)
{
    QStringList quoted;
    for (QString v : values) {
        v.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        quoted << u'"' + v + u'"';
    }
    return (u'{' + quoted.join(u',') + u'}').toUtf8();
}

} // namespace

QStringList RecipientExport::fields()
{
    return {
        u"programme"_s,  u"recipient_number"_s, u"name"_s,    u"kana"_s,         u"birth_date"_s,
        u"sex"_s,        u"postal_code"_s,      u"address"_s, u"municipality"_s, u"health_centre"_s,
        u"phone"_s,      u"status"_s,           u"disease"_s, u"income_tier"_s,  u"monthly_cap"_s,
        u"valid_from"_s, u"valid_to"_s};
}

QString RecipientExport::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {u"programme"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "法別番号")},
        {u"recipient_number"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "受給者番号")},
        {u"name"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "氏名")},
        {u"kana"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "カナ氏名")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "生年月日")},
        {u"sex"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "性別")},
        {u"postal_code"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "郵便番号")},
        {u"address"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "住所")},
        {u"municipality"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "市町村")},
        {u"health_centre"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "保健所")},
        {u"phone"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "電話番号")},
        {u"status"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "状態")},
        {u"disease"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "疾病名")},
        {u"income_tier"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "階層区分")},
        {u"monthly_cap"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "自己負担上限月額")},
        {u"valid_from"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "有効期間（開始）")},
        {u"valid_to"_s, QT_TRANSLATE_NOOP("kohi::db::RecipientExport", "有効期間（終了）")}};
    const char* label = labels.value(field);
    return label ? QCoreApplication::translate("kohi::db::RecipientExport", label) : field;
}

std::optional<QList<QStringList>> RecipientExport::rows(const Search& search,
                                                        const QStringList& fields)
{
    const PgResult r =
        m_session.exec(u"SELECT row_no, to_jsonb(fields)::text AS fields FROM "
                       u"kohi_api.recipient_export($1, $2, $3::date, $4, $5::text[])"
                       " ORDER BY row_no"_s,
                       {textParam(search.kanaPrefix), textParam(search.recipientNumber),
                        search.birthDate.isValid() ? search.birthDate.toString(Qt::ISODate).toUtf8()
                                                   : QByteArray(),
                        textParam(search.phone), arrayParam(fields)});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    m_error = {};
    QList<QStringList> rows;
    rows.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        QStringList row;
        const QJsonArray cells =
            QJsonDocument::fromJson(r.value(i, u"fields"_s).toString().toUtf8()).array();
        for (const QJsonValue& cell : cells)
            row << cell.toString(); // JSON null (a field left empty): an empty cell
        rows << row;
    }
    return rows;
}

} // namespace kohi::db
