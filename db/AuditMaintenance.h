#pragma once

#include "db/ApiError.h"

#include <QString>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// What kohi.audit_retention_purge() removed: whole monthly partitions past the retention period,
// with the anchor that verification starts from afterwards.
struct AuditPurge
{
    QString partitions; // comma-separated; empty: nothing was due
    qint64 eventsPurged = 0;
    QString anchorSeq;
    QString anchorHash;
    QString eventSeq; // the purge's own event
};

// One evaluation of the monitoring rules (kohi.monitor_evaluate).
struct MonitorRun
{
    qint64 events = 0;
    QString alertsChanged;
    QString openAlerts;
};

// The access log's upkeep, run by the database administrator (kohi-admin audit): monthly
// partitions, the retention purge and the scheduled evaluation of the monitoring rules.
class AuditMaintenance
{
public:
    explicit AuditMaintenance(const Session& admin) : m_session(admin) {}

    // Creates this month's and `monthsAhead` further partitions; how many were created.
    std::optional<int> ensurePartitions(int monthsAhead);
    std::optional<AuditPurge> purgeExpired();
    std::optional<MonitorRun> evaluateMonitoring();

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r, const QString& operation);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
