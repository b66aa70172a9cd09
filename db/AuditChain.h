#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
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

// An event as an anchor records it (db/AuditAnchor.h): number, time and hash.
struct AuditCheckpoint
{
    qint64 seq = 0;
    qint64 atMicros = 0;
    QByteArray hash; // 32 bytes
};

// Which database a chain belongs to: PostgreSQL's system identifier (pg_control_system(), fixed
// by initdb, shared by physical standbys) and the database name.
struct AuditDatabaseIdentity
{
    QString systemIdentifier;
    QString database;
    friend bool operator==(const AuditDatabaseIdentity&, const AuditDatabaseIdentity&) = default;
};

// What `kohi-admin audit anchor` records, read in one snapshot by AuditChain::readAnchorState.
struct AuditAnchorState
{
    AuditDatabaseIdentity identity;
    AuditChainPoint head;                // seq 0: the chain is empty
    qint64 firstEventSeq = 0;            // first event still in the log (0: none)
    int interval = 0;                    // checkpoints are the multiples of this
    QList<AuditCheckpoint> checkpoints;  // multiples of interval after the previous anchor, < head
    std::optional<AuditCheckpoint> then; // the event now at the previous anchor's seq, if any
};

// A retention purge recorded in the chain (kohi.audit_retention_purge): events up to anchorSeq
// older than cutoff are legitimately gone. plausible: its cutoff is at least a year before the
// purge (the shortest retention), so a forged record cannot excuse recent deletions.
struct AuditRetentionPurge
{
    qint64 eventSeq = 0;
    qint64 anchorSeq = 0;
    qint64 cutoffMicros = 0;
    bool plausible = false;
};

// What verification compares the anchors with, read in one snapshot by readAnchorEvidence.
struct AuditAnchorEvidence
{
    AuditDatabaseIdentity identity;
    AuditChainPoint head;
    qint64 firstEventSeq = 0; // 0: the log is empty
    qint64 lastEventSeq = 0;
    QHash<qint64, AuditCheckpoint> events; // the asked-for sequence numbers that exist
    QList<AuditRetentionPurge> purges;
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

    // Links pending events into the chain first, where the server has kohi_audit.seal() (events
    // written unchained and sealed afterwards) and this session may call it; otherwise nothing.
    bool sealPending(QString* error = nullptr);

    // For a new anchor (the database administrator): seals, then reads in one snapshot the
    // database identity, the chain head and the checkpoints after the previous anchor `after`
    // (every `interval`-th event, the interval doubled while there would be more than
    // kMaxCheckpoints), and what the log now holds at `after`'s sequence number.
    static constexpr int kMaxCheckpoints = 1024;
    std::optional<AuditAnchorState> readAnchorState(const std::optional<AuditCheckpoint>& after,
                                                    int interval, QString* error = nullptr);
    // For verification against anchors (the database administrator): seals, then reads in one
    // snapshot the identity, the head, the log's first and last sequence numbers, the events at
    // the given points (looked up by number and time, then by number alone) and the purges.
    std::optional<AuditAnchorEvidence> readAnchorEvidence(const QList<AuditCheckpoint>& points,
                                                          QString* error = nullptr);

private:
    Session& m_session;
};

} // namespace kohi::db
