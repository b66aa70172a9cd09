#include "db/AuditMaintenance.h"

#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

bool AuditMaintenance::check(const PgResult& r, const QString& operation)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r, operation);
    return r.ok;
}

std::optional<int> AuditMaintenance::ensurePartitions(int monthsAhead)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_audit.ensure_partitions(clock_timestamp(), $1::int) AS n"_s,
                       {QByteArray::number(monthsAhead)});
    if (!check(r, u"kohi_audit.ensure_partitions"_s))
        return std::nullopt;
    return r.first(u"n"_s).toInt();
}

std::optional<AuditPurge> AuditMaintenance::purgeExpired()
{
    const PgResult r = m_session.exec(
        u"SELECT array_to_string(partitions, ', ') AS parts, events_purged, anchor_seq,"
        " anchor_hash, event_seq FROM kohi.audit_retention_purge()"_s);
    if (!check(r, u"kohi.audit_retention_purge"_s))
        return std::nullopt;
    AuditPurge p;
    p.partitions = r.first(u"parts"_s).toString();
    p.eventsPurged = r.first(u"events_purged"_s).toLongLong();
    p.anchorSeq = r.first(u"anchor_seq"_s).toString();
    p.anchorHash = r.first(u"anchor_hash"_s).toString();
    p.eventSeq = r.first(u"event_seq"_s).toString();
    return p;
}

std::optional<MonitorRun> AuditMaintenance::evaluateMonitoring()
{
    const PgResult r = m_session.exec(
        u"SELECT m.events, m.alerts_changed,"
        " (SELECT count(*) FROM kohi.monitor_alert WHERE acknowledged_at IS NULL) AS open_alerts"
        " FROM kohi.monitor_evaluate(NULL) m"_s);
    if (!check(r, u"kohi.monitor_evaluate"_s))
        return std::nullopt;
    MonitorRun m;
    m.events = r.first(u"events"_s).toLongLong();
    m.alertsChanged = r.first(u"alerts_changed"_s).toString();
    m.openAlerts = r.first(u"open_alerts"_s).toString();
    return m;
}

} // namespace kohi::db
