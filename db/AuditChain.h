#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// The access log's hash chain (db/migrations/0008_audit_chain.sql): exporting its head for an
// auditor to keep outside the database, and verifying it.
//
// Canonical encoding (the migration's kohi_audit.event_body() is the definition):
//   hash = SHA-256(prev_hash || body)
//   body = "kohi-audit-v1" || int8 chain_seq || int8 at (microseconds since 2000-01-01 UTC)
//          || F(login) || F(client_addr) || F(terminal_id) || F(action) || F(target)
//          || F(programme) || F(outcome) || F(details as jsonb text)
//   F(NULL) = int4 -1, F(x) = int4 byte length || UTF-8 bytes; integers big-endian.
// F(x) is byte for byte a field of PostgreSQL's binary COPY format, which is how the client-side
// verifier reads the log.

// A point of the chain: an event's sequence number, hash and time. Exported heads and anchors
// are kept as one line of text:
//   kohi-audit-head v1 database=kohi seq=123 at=2026-04-01T09:15:02.123456Z hash=<64 hex>
struct AuditChainPoint
{
    qint64 seq = 0;
    QByteArray hash;     // 32 bytes
    qint64 atMicros = 0; // microseconds since 2000-01-01 00:00:00 UTC (PostgreSQL's epoch)
    QString database;

    bool isValid() const { return seq > 0 && hash.size() == 32; }
    QString toLine() const;
    // Parses the first line that starts with "kohi-audit-head"; nullopt (and why) otherwise.
    static std::optional<AuditChainPoint> fromLine(const QString& text, QString* error = nullptr);
};

// Microseconds since 2000-01-01 UTC <-> "2026-04-01T09:15:02.123456Z".
QString auditTimeText(qint64 micros);
std::optional<qint64> parseAuditTime(const QString& text);

// SHA-256 of prev_hash || body, where body is built from already-encoded fields (see above).
QByteArray auditEventHash(const QByteArray& prevHash, qint64 seq, qint64 atMicros,
                          const QList<std::optional<QByteArray>>& textFields);

struct AuditVerifyResult
{
    enum class Method
    {
        Client,
        Server
    };
    bool completed = false; // false: could not verify at all (see message)
    bool intact = false;    // completed and nothing broken
    QString message;        // why it could not be completed
    Method method = Method::Server;
    qint64 verified = 0; // events checked and found intact (before the break, if any)
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    qint64 lastAtMicros = 0;
    qint64 brokenSeq = 0; // first broken link
    std::optional<qint64> brokenAtMicros;
    QString problem; // Japanese, for the auditor
    double seconds = 0;
    qint64 bytes = 0; // client method: bytes streamed
};

// Whether the chain still holds an exported head unchanged.
struct AuditHeadCheck
{
    bool completed = false;
    bool present = false; // the event is still in the log (not purged)
    bool matches = false; // same hash and time
    QString message;
};

class AuditChain
{
public:
    explicit AuditChain(Session& session) : m_session(session) {}

    // kohi_api.audit_head(): the export is itself recorded; the returned head is that event.
    std::optional<AuditChainPoint> exportHead(QString* error = nullptr);

    // Recomputes the chain in this process from a binary COPY stream (one pass, ordered by
    // (at, chain_seq)). Needs direct read access to the log: the database administrator.
    // With an anchor, starts after it (trusting it); otherwise from the genesis or the last
    // retention purge's anchor.
    AuditVerifyResult verifyOnClient(const std::optional<AuditChainPoint>& anchor = {});
    // kohi_api.audit_verify(): the server recomputes (auditors).
    AuditVerifyResult verifyOnServer(const std::optional<AuditChainPoint>& anchor = {});
    // The faster method this session may use: client if it can read the log directly.
    AuditVerifyResult verify(const std::optional<AuditChainPoint>& anchor = {});
    bool canReadDirectly();

    AuditHeadCheck checkHead(const AuditChainPoint& head);

private:
    Session& m_session;
};

} // namespace kohi::db
