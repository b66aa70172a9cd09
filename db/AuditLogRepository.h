#pragma once

#include "db/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// One access-log event as kohi_api.audit_search() / my_audit_history() return it.
struct AuditEvent
{
    qint64 seq = 0; // chain_seq: the keyset for paging (newest first)
    QDateTime at;   // server time, UTC
    QString login;
    QString clientAddr;
    QString terminalId;
    QString action;
    QString target;
    QString programme;
    QString outcome; // ok | refused | failed
    QJsonObject details;
};

// Search conditions. Empty members do not restrict; the period is [from, to). Exact matches.
struct AuditFilter
{
    QDateTime from;
    QDateTime to;
    QString login;
    QString terminal;
    QString action;
    QString target;
    QString programme;
    QString outcome;

    bool operator==(const AuditFilter&) const = default;
    // The conditions as the server writes them into its own audit details (for the export event).
    QJsonObject toJson() const;
};

// kohi_api's access-log reads as typed calls. Who may read what is decided by the server:
// audit_search for auditors and user administrators, my_audit_history (the caller's own events,
// only the period and action apply) for any staff member.
class AuditLogRepository
{
public:
    enum class Scope
    {
        AllStaff,  // kohi_api.audit_search
        OwnHistory // kohi_api.my_audit_history
    };

    explicit AuditLogRepository(const Session& session, Scope scope = Scope::AllStaff)
        : m_session(session), m_scope(scope)
    {
    }

    Scope scope() const { return m_scope; }

    // One page, newest first; afterSeq continues behind the last event of the previous page.
    std::optional<QList<AuditEvent>> page(const AuditFilter& filter, std::optional<qint64> afterSeq,
                                          int pageSize);
    // Records a finished CSV export on the server (kohi_api.audit_export_record).
    bool recordExport(const QJsonObject& conditions, int rows);

    const ApiError& lastError() const { return m_error; }

private:
    const Session& m_session;
    Scope m_scope;
    ApiError m_error;
};

} // namespace kohi::db
