#include "db/AuditLogRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

// ISO 8601 with offset and milliseconds: independent of the session's DateStyle and TimeZone.
QByteArray timeParam(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

// Microseconds since the epoch travel as an integer, so no time zone or DateStyle applies.
const auto kColumns =
    u"SELECT chain_seq, (extract(epoch FROM at) * 1000000)::bigint AS at_us, login, client_addr,"
    " terminal_id, action, target, programme, outcome, details FROM "_s;

} // namespace

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    auto put = [&o](const QString& key, const QString& value) {
        if (!value.trimmed().isEmpty())
            o.insert(key, value.trimmed());
    };
    if (from.isValid())
        o.insert(u"from"_s, from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        o.insert(u"to"_s, to.toUTC().toString(Qt::ISODate));
    put(u"login"_s, login);
    put(u"terminal"_s, terminal);
    put(u"action"_s, action);
    put(u"target"_s, target);
    put(u"programme"_s, programme);
    put(u"outcome"_s, outcome);
    return o;
}

std::optional<QList<AuditEvent>>
AuditLogRepository::page(const AuditFilter& filter, std::optional<qint64> afterSeq, int pageSize)
{
    PgResult r;
    if (m_scope == Scope::AllStaff) {
        r = m_session.exec(
            kColumns +
                u"kohi_api.audit_search($1::timestamptz, $2::timestamptz, $3, $4, $5, $6, $7, $8,"
                " $9::bigint, $10::int)"_s,
            {timeParam(filter.from), timeParam(filter.to), json::param(filter.login.trimmed()),
             json::param(filter.terminal.trimmed()), json::param(filter.action.trimmed()),
             json::param(filter.target.trimmed()), json::param(filter.programme.trimmed()),
             json::param(filter.outcome.trimmed()), json::param(afterSeq),
             QByteArray::number(pageSize)});
    } else {
        // The server restricts this to the caller's own login; other conditions do not apply.
        r = m_session.exec(kColumns + u"kohi_api.my_audit_history($1::timestamptz, $2::timestamptz,"
                                      " $3, $4::bigint, $5::int)"_s,
                           {timeParam(filter.from), timeParam(filter.to),
                            json::param(filter.action.trimmed()), json::param(afterSeq),
                            QByteArray::number(pageSize)});
    }
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    m_error = {};
    QList<AuditEvent> events;
    events.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        AuditEvent e;
        e.seq = r.value(i, u"chain_seq"_s).toString().toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(r.value(i, u"at_us"_s).toString().toLongLong() / 1000,
                                              Qt::UTC);
        e.login = r.value(i, u"login"_s).toString();
        e.clientAddr = r.value(i, u"client_addr"_s).toString();
        e.terminalId = r.value(i, u"terminal_id"_s).toString();
        e.action = r.value(i, u"action"_s).toString();
        e.target = r.value(i, u"target"_s).toString();
        e.programme = r.value(i, u"programme"_s).toString();
        e.outcome = r.value(i, u"outcome"_s).toString();
        e.details = json::object(r.value(i, u"details"_s));
        events << e;
    }
    return events;
}

bool AuditLogRepository::recordExport(const QJsonObject& conditions, int rows)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.audit_export_record($1::jsonb, $2::int)"_s,
        {QJsonDocument(conditions).toJson(QJsonDocument::Compact), QByteArray::number(rows)});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return false;
    }
    m_error = {};
    return true;
}

} // namespace kohi::db
