#pragma once

#include "db/AuditChain.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::crypto {
class SigningKey;
class VerifyKey;
} // namespace kohi::crypto

namespace kohi::db {

// Access-log anchors: signed statements, kept outside the database, of what the hash chain held
// at a moment (its head and checkpoints). A database superuser can rewrite the chain so that it
// is self-consistent again (truncate the newest events and rewind the head, or recompute every
// hash); they cannot make it agree with an anchor signed by a key they do not have.
//
// One UTF-8 text file per anchor, LF line ends, named anchor-<seq, 12 digits>-<written_at>.txt:
//   kohi-audit-anchor v1
//   kohi-audit-head v1 database=kohi seq=1234 at=2026-04-01T09:15:02.123456Z hash=<64 hex>
//   system-identifier=7356312345678901234
//   key-id=<32 hex: first 16 bytes of SHA-256 of the public key>
//   written-at=2026-04-01T09:15:03.000000Z
//   previous-seq=1000                      (the anchor this one continues from, at most seq;
//                                           0: none, or it was ahead of this head)
//   checkpoint-interval=256
//   checkpoint=1024 2026-04-01T09:10:00.000000Z <64 hex>   (multiples of the interval in
//   checkpoint=1280 …                                        (previous-seq, seq), ascending)
//   signature=<base64 Ed25519 signature of every byte above this line>
// The second line is an ordinary exported head, so an anchor file also works with
// `audit verify --head FILE` and `--from-anchor FILE`.
struct AuditAnchor
{
    static constexpr int kDefaultInterval = 256;

    AuditDatabaseIdentity identity;
    AuditChainPoint head;
    QByteArray keyId; // 16 bytes
    qint64 writtenAtMicros = 0;
    qint64 previousSeq = 0;
    int interval = kDefaultInterval;
    QList<AuditCheckpoint> checkpoints;

    QString fileName() const;
    // Every byte the signature covers.
    QByteArray body() const;
    // body() + the signature line.
    bool toSignedText(const crypto::SigningKey& key, QByteArray* text, QString* error) const;
};

// One file of an anchor folder, read and checked against the verifier's public key.
struct AuditAnchorFile
{
    enum class Status
    {
        Valid,        // well-formed, signed by this key
        Malformed,    // not an anchor of a known format
        WrongKey,     // names another key (another installation's, or a replaced key)
        BadSignature, // this key's id, but the signature does not cover these bytes (edited)
    };
    QString fileName;
    Status status = Status::Malformed;
    QString problem; // Japanese, when not Valid
    AuditAnchor anchor;
};

AuditAnchorFile parseAuditAnchor(const QString& fileName, const QByteArray& text,
                                 const crypto::VerifyKey& key);
// Every anchor-*.txt in dir, oldest first (by sequence number, then written_at). False (and
// why) only if the folder cannot be read.
bool loadAuditAnchors(const QString& dir, const crypto::VerifyKey& key,
                      QList<AuditAnchorFile>* files, QString* error);
// For a new anchor: the newest valid anchor in dir (by sequence number), reading from the newest
// file down; the newer files that were not valid are returned in skipped.
bool loadNewestAuditAnchor(const QString& dir, const crypto::VerifyKey& key,
                           std::optional<AuditAnchorFile>* newest, QList<AuditAnchorFile>* skipped,
                           QString* error);
// Writes text to a temporary file in dir, flushed to disk, then renames it to fileName (or
// fileName with -2, -3, … before .txt if that exists: an anchor is never overwritten).
bool writeAuditAnchor(const QString& dir, const QString& fileName, const QByteArray& text,
                      QString* path, QString* error);

// The points of the valid anchors (heads and checkpoints), for AuditChain::readAnchorEvidence.
QList<AuditCheckpoint> auditAnchorPoints(const QList<AuditAnchorFile>& files);

// One contradiction between the anchors and the database.
struct AuditAnchorFinding
{
    enum class Kind
    {
        NoAnchors,       // nothing valid to compare with
        BadFile,         // malformed, another key, or a broken signature
        ForeignDatabase, // signed for another database (system identifier or name)
        Truncated,       // the newest events are gone (possibly with the head rewound)
        Rewound,         // the chain head is behind an anchor
        Changed,         // an anchored event is different now (or missing in the middle)
    };
    Kind kind = Kind::BadFile;
    qint64 seq = 0; // first event concerned; 0: not about an event
    QString file;   // the anchor file it contradicts
    QString text;   // Japanese, one line, names the event(s) and the file
};

struct AuditAnchorCheck
{
    int files = 0;                      // anchor files in the folder
    int valid = 0;                      // signed by the key, for this database
    int points = 0;                     // heads and checkpoints compared
    int matched = 0;                    // found unchanged
    int purged = 0;                     // gone through a recorded retention purge
    qint64 newestSeq = 0;               // highest anchored sequence number
    QList<AuditAnchorFinding> findings; // the first concerning an event first

    bool intact() const { return findings.isEmpty() && valid > 0; }
};

AuditAnchorCheck checkAuditAnchors(const QList<AuditAnchorFile>& files,
                                   const AuditAnchorEvidence& evidence);

} // namespace kohi::db
