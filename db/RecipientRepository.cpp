#include "db/RecipientRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::RecipientRepository", text);
}

RecipientApplication applicationFromJson(const QJsonObject& o)
{
    RecipientApplication a;
    a.id = json::id(o, "id"_L1);
    a.kind = json::text(o, "kind"_L1);
    a.state = json::text(o, "state"_L1);
    a.receivedDate = json::date(o, "received_date"_L1);
    a.validFrom = json::date(o, "valid_from"_L1);
    a.validTo = json::date(o, "valid_to"_L1);
    a.monthlyCap = json::integer(o, "monthly_cap"_L1);
    a.incomeTier = json::text(o, "income_tier"_L1);
    a.specialCase = json::text(o, "special_case"_L1);
    a.diseaseCode = json::text(o, "disease_code"_L1);
    a.version = json::integer(o, "version"_L1).value_or(0);
    a.returnReason = json::text(o, "return_reason"_L1);
    return a;
}

} // namespace

RecipientDetail RecipientDetail::fromJson(const QJsonObject& o)
{
    RecipientDetail r;
    r.id = json::id(o, "id"_L1);
    r.programme = json::text(o, "programme"_L1);
    r.recipientNumber = json::text(o, "recipient_number"_L1);
    r.status = json::text(o, "status"_L1);
    r.publicPayerNumber = json::text(o, "public_payer_number"_L1);
    r.familyName = json::text(o, "family_name"_L1);
    r.givenName = json::text(o, "given_name"_L1);
    r.familyNameKana = json::text(o, "family_name_kana"_L1);
    r.givenNameKana = json::text(o, "given_name_kana"_L1);
    r.birthDate = json::date(o, "birth_date"_L1);
    r.sex = json::integer(o, "sex"_L1).value_or(0);
    r.postalCode = json::text(o, "postal_code"_L1);
    r.address = json::text(o, "address"_L1);
    r.municipalityCode = json::text(o, "municipality_code"_L1);
    r.phone = json::text(o, "phone"_L1);
    r.guardianName = json::text(o, "guardian_name"_L1);
    r.guardianKana = json::text(o, "guardian_kana"_L1);
    r.guardianRelationship = json::text(o, "guardian_relationship"_L1);
    r.insurerNumber = json::text(o, "insurer_number"_L1);
    r.insuranceSymbol = json::text(o, "insurance_symbol"_L1);
    r.insuranceNumber = json::text(o, "insurance_number"_L1);
    for (const QJsonValue& v : o.value("applications"_L1).toArray())
        r.applications << applicationFromJson(v.toObject());
    r.registerJson = o;
    r.registerJson.remove("applications"_L1);
    return r;
}

std::optional<QList<RecipientSummary>>
RecipientRepository::search(const RecipientSearchCriteria& criteria,
                            const std::optional<RecipientSearchCursor>& after, int limit)
{
    // to_char: the client never depends on the session's DateStyle.
    const PgResult r = m_session.exec(
        u"SELECT id, programme, recipient_number, name, kana,"
        " to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex, municipality_code, phone, status"
        " FROM kohi_api.recipient_search($1, $2, $3::date, $4, $5, $6::bigint, $7::int)"_s,
        {json::param(criteria.kanaPrefix), json::param(criteria.recipientNumber),
         json::param(criteria.birthDate), json::param(criteria.phone),
         after ? after->kana.toUtf8() : QByteArray(),
         json::param(after ? std::optional<qint64>(after->id) : std::nullopt),
         QByteArray::number(limit)});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    m_error = {};
    QList<RecipientSummary> rows;
    rows.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        RecipientSummary s;
        s.id = r.value(i, u"id"_s).toLongLong();
        s.programme = r.value(i, u"programme"_s).toString();
        s.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        s.name = r.value(i, u"name"_s).toString();
        s.kana = r.value(i, u"kana"_s).toString();
        s.birthDate = QDate::fromString(r.value(i, u"birth_date"_s).toString(), Qt::ISODate);
        s.sex = r.value(i, u"sex"_s).toInt();
        s.municipalityCode = r.value(i, u"municipality_code"_s).toString();
        s.phone = r.value(i, u"phone"_s).toString();
        s.status = r.value(i, u"status"_s).toString();
        rows << s;
    }
    return rows;
}

std::optional<RecipientDetail> RecipientRepository::get(qint64 id)
{
    const PgResult r = m_session.exec(u"SELECT kohi_api.recipient_get($1::bigint) AS j"_s,
                                      {QByteArray::number(id)});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    if (r.rows.isEmpty() || r.first(u"j"_s).isNull()) {
        // RLS makes another group's recipient look exactly like a missing one.
        m_error = ApiError::clientSide(
            tr("受給者が見つかりません。担当外の制度の受給者は表示できません。"));
        return std::nullopt;
    }
    m_error = {};
    return RecipientDetail::fromJson(json::object(r.first(u"j"_s)));
}

std::optional<QList<RecipientChange>> RecipientRepository::history(qint64 id)
{
    const PgResult r = m_session.exec(
        u"SELECT (extract(epoch FROM changed_at) * 1000)::bigint AS changed_ms, changed_by,"
        " approved_by, application_id, before, after FROM kohi_api.recipient_history($1::bigint)"_s,
        {QByteArray::number(id)});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    m_error = {};
    QList<RecipientChange> changes;
    for (int i = 0; i < r.rows.size(); ++i) {
        RecipientChange c;
        c.changedAt =
            QDateTime::fromMSecsSinceEpoch(r.value(i, u"changed_ms"_s).toString().toLongLong());
        c.changedBy = r.value(i, u"changed_by"_s).toString();
        c.approvedBy = r.value(i, u"approved_by"_s).toString();
        c.applicationId = r.value(i, u"application_id"_s).toLongLong();
        c.before = json::object(r.value(i, u"before"_s));
        c.after = json::object(r.value(i, u"after"_s));
        changes << c;
    }
    return changes;
}

} // namespace kohi::db
