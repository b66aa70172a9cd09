#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// One monitoring rule (kohi.monitor_rule): matching events are counted per staff login and day;
// an alert is raised when the count reaches the threshold.
struct MonitorRule
{
    QString code;
    QString label;       // Japanese
    QString description; // Japanese: what is counted
    QString severity;    // high | medium | low
    bool enabled = true;
    int threshold = 1;
    std::optional<int> parameter; // rule-specific (e.g. rows of one search); see parameterLabel
    QString parameterLabel;       // empty: the rule has no parameter
    QTime officeStart;            // valid only for the office-hours rule
    QTime officeEnd;
    QDateTime updatedAt;
    QString updatedBy;

    bool hasOfficeHours() const { return officeStart.isValid(); }
};

struct MonitorAlert
{
    qint64 id = 0;
    QString ruleCode;
    QString ruleLabel;
    QString severity;
    QString subject;     // the login whose events raised it
    QString subjectName; // display name (empty for a login that is not a staff account)
    QDate day;           // Asia/Tokyo
    int eventCount = 0;
    int threshold = 0;
    QString summary; // Japanese sentence from the server
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QDateTime raisedAt;
    QDateTime updatedAt;
    QDateTime acknowledgedAt; // invalid: open
    QString acknowledgedBy;
    QString ackNote;

    bool isOpen() const { return !acknowledgedAt.isValid(); }
};

// Events of one category on one day (the dashboard's series).
struct DailyCount
{
    QDate day;
    QString category; // all | recipient_access | mynumber_reveal | login_failed | refused | alerts
    QString label;    // Japanese
    qint64 count = 0;
};

// How far the server's evaluation of the access log has come.
struct MonitorStatus
{
    qint64 evaluatedSeq = 0;
    QDateTime evaluatedAt; // invalid: never evaluated
    qint64 pending = 0;    // events recorded but not yet evaluated
    qint64 openAlerts = 0;
};

// kohi_api.monitor_*: the rules, the alert list an auditor or user administrator acknowledges,
// and the per-day counts. The server evaluates the access log before answering, decides who may
// do what (only auditors change rules; nobody acknowledges an alert about themselves) and logs
// every call.
class MonitorRepository
{
public:
    explicit MonitorRepository(const Session& session) : m_session(session) {}

    std::optional<MonitorStatus> status();
    std::optional<QList<MonitorRule>> rules();
    bool setRule(const MonitorRule& rule);

    std::optional<QList<MonitorAlert>> alerts(bool includeAcknowledged, int limit = 200);
    bool acknowledge(qint64 alertId, const QString& note);

    // Every day in [from, to] and every category, zero days included.
    std::optional<QList<DailyCount>> dailyCounts(const QDate& from, const QDate& to);

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
