#include "db/MonitorRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

// Times travel as epoch milliseconds, so no DateStyle or TimeZone applies.
QDateTime fromEpochMs(const QVariant& v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toString().toLongLong(), Qt::UTC);
}

std::optional<int> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString().toInt();
}

QByteArray timeParam(const QTime& t)
{
    return t.isValid() ? t.toString(u"HH:mm"_s).toUtf8() : QByteArray();
}

QString epochMs(const QString& column)
{
    return u"(extract(epoch FROM %1) * 1000)::bigint AS %1"_s.arg(column);
}

} // namespace

bool MonitorRepository::check(const PgResult& r)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r);
    return r.ok;
}

std::optional<MonitorStatus> MonitorRepository::status()
{
    const PgResult r = m_session.exec(
        u"SELECT evaluated_seq, %1, pending, open_alerts FROM kohi_api.monitor_status()"_s.arg(
            epochMs(u"evaluated_at"_s)));
    if (!check(r))
        return std::nullopt;
    MonitorStatus s;
    s.evaluatedSeq = r.first(u"evaluated_seq"_s).toString().toLongLong();
    s.evaluatedAt = fromEpochMs(r.first(u"evaluated_at"_s));
    s.pending = r.first(u"pending"_s).toString().toLongLong();
    s.openAlerts = r.first(u"open_alerts"_s).toString().toLongLong();
    return s;
}

std::optional<QList<MonitorRule>> MonitorRepository::rules()
{
    const PgResult r =
        m_session.exec(u"SELECT code, label, description, severity, enabled, threshold, parameter,"
                       " parameter_label, to_char(office_start, 'HH24:MI') AS office_start,"
                       " to_char(office_end, 'HH24:MI') AS office_end, %1, updated_by"
                       " FROM kohi_api.monitor_rules()"_s.arg(epochMs(u"updated_at"_s)));
    if (!check(r))
        return std::nullopt;
    QList<MonitorRule> rules;
    for (int i = 0; i < r.rows.size(); ++i) {
        MonitorRule rule;
        rule.code = r.value(i, u"code"_s).toString();
        rule.label = r.value(i, u"label"_s).toString();
        rule.description = r.value(i, u"description"_s).toString();
        rule.severity = r.value(i, u"severity"_s).toString();
        rule.enabled = r.value(i, u"enabled"_s).toString() == u"t"_s;
        rule.threshold = r.value(i, u"threshold"_s).toString().toInt();
        rule.parameter = optionalInt(r.value(i, u"parameter"_s));
        rule.parameterLabel = r.value(i, u"parameter_label"_s).toString();
        rule.officeStart = QTime::fromString(r.value(i, u"office_start"_s).toString(), u"HH:mm"_s);
        rule.officeEnd = QTime::fromString(r.value(i, u"office_end"_s).toString(), u"HH:mm"_s);
        rule.updatedAt = fromEpochMs(r.value(i, u"updated_at"_s));
        rule.updatedBy = r.value(i, u"updated_by"_s).toString();
        rules << rule;
    }
    return rules;
}

bool MonitorRepository::setRule(const MonitorRule& rule)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.monitor_rule_set($1, $2::boolean, $3::int, $4::int, $5::time, $6::time)"_s,
        {rule.code.toUtf8(), rule.enabled ? "true" : "false", QByteArray::number(rule.threshold),
         rule.parameter ? QByteArray::number(*rule.parameter) : QByteArray(),
         timeParam(rule.officeStart), timeParam(rule.officeEnd)});
    return check(r);
}

std::optional<QList<MonitorAlert>> MonitorRepository::alerts(bool includeAcknowledged, int limit)
{
    const PgResult r = m_session.exec(
        u"SELECT id, rule_code, rule_label, severity, subject, subject_name, day::text AS day,"
        " event_count, threshold, summary, first_seq, last_seq, %1, %2, %3, acknowledged_by,"
        " ack_note FROM kohi_api.monitor_alerts($1::boolean, $2::int)"_s.arg(
            epochMs(u"raised_at"_s), epochMs(u"updated_at"_s), epochMs(u"acknowledged_at"_s)),
        {includeAcknowledged ? "true" : "false", QByteArray::number(limit)});
    if (!check(r))
        return std::nullopt;
    QList<MonitorAlert> alerts;
    for (int i = 0; i < r.rows.size(); ++i) {
        MonitorAlert a;
        a.id = r.value(i, u"id"_s).toString().toLongLong();
        a.ruleCode = r.value(i, u"rule_code"_s).toString();
        a.ruleLabel = r.value(i, u"rule_label"_s).toString();
        a.severity = r.value(i, u"severity"_s).toString();
        a.subject = r.value(i, u"subject"_s).toString();
        a.subjectName = r.value(i, u"subject_name"_s).toString();
        a.day = QDate::fromString(r.value(i, u"day"_s).toString(), Qt::ISODate);
        a.eventCount = r.value(i, u"event_count"_s).toString().toInt();
        a.threshold = r.value(i, u"threshold"_s).toString().toInt();
        a.summary = r.value(i, u"summary"_s).toString();
        a.firstSeq = r.value(i, u"first_seq"_s).toString().toLongLong();
        a.lastSeq = r.value(i, u"last_seq"_s).toString().toLongLong();
        a.raisedAt = fromEpochMs(r.value(i, u"raised_at"_s));
        a.updatedAt = fromEpochMs(r.value(i, u"updated_at"_s));
        a.acknowledgedAt = fromEpochMs(r.value(i, u"acknowledged_at"_s));
        a.acknowledgedBy = r.value(i, u"acknowledged_by"_s).toString();
        a.ackNote = r.value(i, u"ack_note"_s).toString();
        alerts << a;
    }
    return alerts;
}

bool MonitorRepository::acknowledge(qint64 alertId, const QString& note)
{
    const PgResult r = m_session.exec(u"SELECT kohi_api.monitor_acknowledge($1::bigint, $2)"_s,
                                      {QByteArray::number(alertId), note.toUtf8()});
    return check(r);
}

std::optional<QList<DailyCount>> MonitorRepository::dailyCounts(const QDate& from, const QDate& to)
{
    const PgResult r = m_session.exec(u"SELECT day::text AS day, category, label, n"
                                      " FROM kohi_api.monitor_daily_counts($1::date, $2::date)"_s,
                                      {json::param(from), json::param(to)});
    if (!check(r))
        return std::nullopt;
    QList<DailyCount> counts;
    counts.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        DailyCount c;
        c.day = QDate::fromString(r.value(i, u"day"_s).toString(), Qt::ISODate);
        c.category = r.value(i, u"category"_s).toString();
        c.label = r.value(i, u"label"_s).toString();
        c.count = r.value(i, u"n"_s).toString().toLongLong();
        counts << c;
    }
    return counts;
}

} // namespace kohi::db
