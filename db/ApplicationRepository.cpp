#include "db/ApplicationRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::ApplicationRepository", text);
}

QStringList textList(const QJsonValue& array)
{
    QStringList items;
    for (const QJsonValue& v : array.toArray())
        items << v.toString();
    return items;
}

QString masterKindName(MasterKind kind)
{
    switch (kind) {
    case MasterKind::Disease:
        return u"disease"_s;
    case MasterKind::IncomeTier:
        return u"income_tier"_s;
    case MasterKind::SpecialCase:
        return u"special_case"_s;
    case MasterKind::HealthCentre:
        return u"health_centre"_s;
    case MasterKind::Municipality:
        return u"municipality"_s;
    case MasterKind::Insurer:
        return u"insurer"_s;
    }
    return {};
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray keyParam(const QUuid& key)
{
    return (key.isNull() ? QUuid::createUuid() : key).toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace

bool ApplicationRepository::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<ApplicationSaveResult>
ApplicationRepository::save(std::optional<qint64> id, int version, const QString& programme,
                            const QString& kind, std::optional<qint64> recipientId,
                            const ApplicationForm& form, QUuid key)
{
    // The form travels as one jsonb bind parameter, built by QJsonDocument (never SQL text).
    const PgResult r = m_session.execRetrying(
        u"SELECT id, version, recipient_id, monthly_cap, to_jsonb(problems)::text AS problems"
        " FROM kohi_api.application_save_once($7::uuid, $1::bigint, $2::int, $3, $4, $5::bigint,"
        " $6::jsonb)"_s,
        {json::param(id), id ? QByteArray::number(version) : QByteArray(), programme.toUtf8(),
         kind.toUtf8(), json::param(recipientId),
         QJsonDocument(form.toJson()).toJson(QJsonDocument::Compact), keyParam(key)});
    if (failed(r))
        return std::nullopt;
    if (r.rows.isEmpty()) {
        m_error = ApiError::clientSide(tr("保存の結果が返されませんでした。"));
        return std::nullopt;
    }
    ApplicationSaveResult s;
    s.id = r.first(u"id"_s).toLongLong();
    s.version = r.first(u"version"_s).toInt();
    s.recipientId = r.first(u"recipient_id"_s).toLongLong();
    if (!r.first(u"monthly_cap"_s).isNull())
        s.monthlyCap = r.first(u"monthly_cap"_s).toInt();
    s.problems = textList(QJsonDocument::fromJson(r.first(u"problems"_s).toByteArray()).array());
    return s;
}

std::optional<int> ApplicationRepository::submit(qint64 id, int version, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_submit_once($3::uuid, $1::bigint, $2::int) AS v"_s,
        {number(id), number(version), keyParam(key)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"v"_s).toInt();
}

bool ApplicationRepository::returnToClerk(qint64 id, int version, const QString& reason, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_return_once($4::uuid, $1::bigint, $2::int, $3)"_s,
        {number(id), number(version), reason.toUtf8(), keyParam(key)});
    return !failed(r);
}

std::optional<QString> ApplicationRepository::approve(qint64 id, int version, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_approve_once($3::uuid, $1::bigint, $2::int) AS n"_s,
        {number(id), number(version), keyParam(key)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toString();
}

bool ApplicationRepository::reject(qint64 id, int version, const QDate& councilDate,
                                   const QString& councilResult, const QString& reasons,
                                   const QString& internalNote, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_reject_once($7::uuid, $1::bigint, $2::int, $3::date, $4, $5,"
        " $6)"_s,
        {number(id), number(version), json::param(councilDate), json::param(councilResult),
         reasons.toUtf8(), json::param(internalNote), keyParam(key)});
    return !failed(r);
}

std::optional<QDate> ApplicationRepository::registerPatient(qint64 id, int version,
                                                            const QDate& councilDate,
                                                            const QString& reasons,
                                                            const QString& internalNote, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT to_char(kohi_api.application_register_once($6::uuid, $1::bigint, $2::int,"
        " $3::date, $4, $5), 'YYYY-MM-DD') AS d"_s,
        {number(id), number(version), json::param(councilDate), reasons.toUtf8(),
         json::param(internalNote), keyParam(key)});
    if (failed(r))
        return std::nullopt;
    return QDate::fromString(r.first(u"d"_s).toString(), Qt::ISODate);
}

std::optional<QDate> ApplicationRepository::issueRegistration(qint64 id, int version,
                                                              const QString& internalNote,
                                                              QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT to_char(kohi_api.application_issue_registration_once($4::uuid, $1::bigint,"
        " $2::int, $3), 'YYYY-MM-DD') AS d"_s,
        {number(id), number(version), json::param(internalNote), keyParam(key)});
    if (failed(r))
        return std::nullopt;
    return QDate::fromString(r.first(u"d"_s).toString(), Qt::ISODate);
}

bool ApplicationRepository::requestCorrection(qint64 id, int version, const QString& applicantText,
                                              const QString& internalNote, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_request_correction_once($5::uuid, $1::bigint, $2::int, $3,"
        " $4)"_s,
        {number(id), number(version), applicantText.toUtf8(), json::param(internalNote),
         keyParam(key)});
    return !failed(r);
}

bool ApplicationRepository::withdraw(qint64 id, int version, const QDate& withdrawnOn, QUuid key)
{
    const PgResult r = m_session.execRetrying(
        u"SELECT kohi_api.application_withdraw_once($4::uuid, $1::bigint, $2::int, $3::date)"_s,
        {number(id), number(version), json::param(withdrawnOn), keyParam(key)});
    return !failed(r);
}

std::optional<ApplicationView> ApplicationRepository::get(qint64 id)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.application_get($1::bigint) AS j"_s, {number(id)});
    if (failed(r))
        return std::nullopt;
    if (r.rows.isEmpty() || r.first(u"j"_s).isNull()) {
        m_error =
            ApiError::clientSide(tr("申請が見つかりません。担当外の制度の申請は表示できません。"));
        return std::nullopt;
    }
    const QJsonObject o = json::object(r.first(u"j"_s));
    ApplicationView v;
    v.id = json::id(o, "id"_L1);
    v.programme = json::text(o, "programme"_L1);
    v.kind = json::text(o, "kind"_L1);
    v.state = json::text(o, "state"_L1);
    v.recipientId = json::id(o, "recipient_id"_L1);
    v.version = json::integer(o, "version"_L1).value_or(0);
    v.monthlyCap = json::integer(o, "monthly_cap"_L1);
    v.enteredBy = json::text(o, "entered_by"_L1);
    v.lastChangedBy = json::text(o, "last_changed_by"_L1);
    v.decidedBy = json::text(o, "decided_by"_L1);
    v.returnReason = json::text(o, "return_reason"_L1);
    v.correctionRequest = json::text(o, "correction_request"_L1);
    v.councilDate = QDate::fromString(json::text(o, "council_date"_L1), Qt::ISODate);
    v.councilResult = json::text(o, "council_result"_L1);
    v.decisionReasons = json::text(o, "decision_reasons"_L1);
    v.internalNote = json::text(o, "internal_note"_L1);
    v.registeredFrom = QDate::fromString(json::text(o, "registered_from"_L1), Qt::ISODate);
    v.withdrawnOn = QDate::fromString(json::text(o, "withdrawn_on"_L1), Qt::ISODate);
    v.mine = o.value("mine"_L1).toBool();
    v.problems = textList(o.value("problems"_L1));
    v.current = o.value("current"_L1).toObject();
    v.after = o.value("after"_L1).toObject();
    v.application = o;
    v.application.remove("current"_L1);
    v.application.remove("after"_L1);
    v.application.remove("problems"_L1);
    v.form = ApplicationForm::fromJson(v.application, v.after);
    return v;
}

std::optional<QList<ApplicationListItem>>
ApplicationRepository::list(const ApplicationFilter& filter, std::optional<qint64> afterId,
                            int limit)
{
    const PgResult r =
        m_session.exec(u"SELECT id, programme, kind, state, recipient_id, name, kana,"
                       " to_char(received_date, 'YYYY-MM-DD') AS received_date,"
                       " (extract(epoch FROM submitted_at) * 1000)::bigint AS submitted_ms,"
                       " entered_by, last_changed_by, mine, version"
                       " FROM kohi_api.application_list($1, $2, $3, $4::bigint, $5::int)"_s,
                       {json::param(filter.state), json::param(filter.programme),
                        json::param(filter.kind), json::param(afterId), QByteArray::number(limit)});
    if (failed(r))
        return std::nullopt;
    QList<ApplicationListItem> items;
    items.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        ApplicationListItem a;
        a.id = r.value(i, u"id"_s).toLongLong();
        a.programme = r.value(i, u"programme"_s).toString();
        a.kind = r.value(i, u"kind"_s).toString();
        a.state = r.value(i, u"state"_s).toString();
        a.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        a.name = r.value(i, u"name"_s).toString();
        a.kana = r.value(i, u"kana"_s).toString();
        a.receivedDate = QDate::fromString(r.value(i, u"received_date"_s).toString(), Qt::ISODate);
        const QVariant submitted = r.value(i, u"submitted_ms"_s);
        if (!submitted.isNull())
            a.submittedAt = QDateTime::fromMSecsSinceEpoch(submitted.toString().toLongLong());
        a.enteredBy = r.value(i, u"entered_by"_s).toString();
        a.lastChangedBy = r.value(i, u"last_changed_by"_s).toString();
        a.mine = r.value(i, u"mine"_s).toString() == u"t"_s;
        a.version = r.value(i, u"version"_s).toInt();
        items << a;
    }
    return items;
}

std::optional<int> ApplicationRepository::designate(qint64 id, int version,
                                                    const QString& institutionCode,
                                                    const QString& doctorCode)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.application_designate($1::bigint, $2::int, $3, $4) AS v"_s,
                       {number(id), QByteArray::number(version), json::param(institutionCode),
                        json::param(doctorCode)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"v"_s).toInt();
}

std::optional<QList<MasterItem>> ApplicationRepository::masters(MasterKind kind)
{
    const PgResult r =
        m_session.exec(u"SELECT programme, code, label, group_name FROM kohi_api.masters($1)"_s,
                       {masterKindName(kind).toUtf8()});
    if (failed(r))
        return std::nullopt;
    QList<MasterItem> items;
    for (int i = 0; i < r.rows.size(); ++i)
        items << MasterItem{r.value(i, u"programme"_s).toString(), r.value(i, u"code"_s).toString(),
                            r.value(i, u"label"_s).toString(),
                            r.value(i, u"group_name"_s).toString()};
    return items;
}

std::optional<int> ApplicationRepository::monthlyCap(const QString& programme,
                                                     const QString& incomeTier,
                                                     const QString& specialCase, const QDate& on)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.monthly_cap($1, $2, $3, $4::date) AS cap"_s,
                       {programme.toUtf8(), incomeTier.toUtf8(),
                        (specialCase.isEmpty() ? u"standard"_s : specialCase).toUtf8(),
                        json::param(on.isValid() ? on : QDate::currentDate())});
    if (failed(r))
        return std::nullopt;
    return r.first(u"cap"_s).toInt();
}

} // namespace kohi::db
