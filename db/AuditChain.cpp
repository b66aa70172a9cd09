#include "db/AuditChain.h"

#include "db/PgParams.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStringList>
#include <botan/hash.h>
#include <cstring>
#include <libpq-fe.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

constexpr char kTag[] = "kohi-audit-v1";
constexpr qint64 kMicrosPerSecond = 1000000;
constexpr int kFields = 12; // chain_seq, at, 8 hashed text fields, prev_hash, hash

// Microseconds since 2000-01-01 UTC, as text the server parses exactly.
const QString kAtText = u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"_s;

QDateTime pgEpoch()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

qint64 readInt64(const char* p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return static_cast<qint64>(v);
}

qint32 readInt32(const char* p)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return static_cast<qint32>(v);
}

void appendInt64(QByteArray& out, qint64 value)
{
    const auto v = static_cast<quint64>(value);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((v >> shift) & 0xff));
}

void appendInt32(QByteArray& out, qint32 value)
{
    const auto v = static_cast<quint32>(value);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((v >> shift) & 0xff));
}

const uint8_t* bytes(const char* p)
{
    return reinterpret_cast<const uint8_t*>(p);
}

struct Start
{
    qint64 seq = 0;          // first event to check
    QByteArray expectPrev;   // the hash it must link to
    qint64 fromAtMicros = 0; // lower bound on at (partition pruning)
    bool hasFromAt = false;
    QString problem; // set: cannot start (the chain is broken before the first event)
    std::optional<qint64> problemAt;
    bool empty = false;
};

QString literalTime(qint64 micros)
{
    // Only digits, '-', ':', 'T', '.', 'Z': safe to embed in the COPY statement.
    return u"'"_s + auditTimeText(micros) + u"'::timestamptz"_s;
}

} // namespace

QString auditTimeText(qint64 micros)
{
    qint64 seconds = micros / kMicrosPerSecond;
    qint64 fraction = micros % kMicrosPerSecond;
    if (fraction < 0) {
        fraction += kMicrosPerSecond;
        --seconds;
    }
    return pgEpoch().addSecs(seconds).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.' +
           u"%1"_s.arg(fraction, 6, 10, QChar(u'0')) + u'Z';
}

std::optional<qint64> parseAuditTime(const QString& text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?Z$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 seconds = pgEpoch().secsTo(QDateTime(date, time, Qt::UTC));
    const qint64 fraction = m.captured(7).leftJustified(6, u'0').toLongLong();
    return seconds * kMicrosPerSecond + fraction;
}

QString AuditChainPoint::toLine() const
{
    return u"kohi-audit-head v1 database=%1 seq=%2 at=%3 hash=%4"_s.arg(
        database.isEmpty() ? u"-"_s : database, QString::number(seq), auditTimeText(atMicros),
        QString::fromLatin1(hash.toHex()));
}

std::optional<AuditChainPoint> AuditChainPoint::fromLine(const QString& text, QString* error)
{
    static const QRegularExpression re(
        u"^kohi-audit-head v1 database=(\\S+) seq=(\\d{1,18}) at=(\\S+) hash=([0-9a-f]{64})$"_s);
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.startsWith(u"kohi-audit-head"_s))
            continue;
        const auto m = re.match(line);
        const auto at = m.hasMatch() ? parseAuditTime(m.captured(3)) : std::nullopt;
        if (!m.hasMatch() || !at) {
            if (error)
                *error = u"先頭の記録の行の形式が正しくありません: %1"_s.arg(line);
            return std::nullopt;
        }
        AuditChainPoint p;
        p.database = m.captured(1);
        p.seq = m.captured(2).toLongLong();
        p.atMicros = *at;
        p.hash = QByteArray::fromHex(m.captured(4).toLatin1());
        if (!p.isValid()) {
            if (error)
                *error = u"先頭の記録の行の連番またはハッシュが正しくありません。"_s;
            return std::nullopt;
        }
        return p;
    }
    if (error)
        *error = u"kohi-audit-head で始まる行がありません。"_s;
    return std::nullopt;
}

QByteArray auditEventHash(const QByteArray& prevHash, qint64 seq, qint64 atMicros,
                          const QList<std::optional<QByteArray>>& textFields)
{
    QByteArray body(kTag, sizeof(kTag) - 1);
    appendInt64(body, seq);
    appendInt64(body, atMicros);
    for (const auto& f : textFields) {
        if (!f) {
            appendInt32(body, -1);
            continue;
        }
        appendInt32(body, static_cast<qint32>(f->size()));
        body.append(*f);
    }
    const auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    sha->update(bytes(prevHash.constData()), size_t(prevHash.size()));
    sha->update(bytes(body.constData()), size_t(body.size()));
    const auto digest = sha->final();
    return QByteArray(reinterpret_cast<const char*>(digest.data()), int(digest.size()));
}

std::optional<AuditChainPoint> AuditChain::exportHead(QString* error)
{
    const PgResult r =
        m_session.exec(u"SELECT seq, hash, %1 AS at, database FROM kohi_api.audit_head()"_s.arg(
            kAtText.arg(u"at"_s)));
    if (!r.ok || r.rows.isEmpty()) {
        if (error)
            *error = r.errorMessage.isEmpty() ? u"先頭の記録がありません。"_s : r.errorMessage;
        return std::nullopt;
    }
    AuditChainPoint p;
    p.seq = r.first(u"seq"_s).toLongLong();
    p.hash = QByteArray::fromHex(r.first(u"hash"_s).toString().toLatin1());
    p.atMicros = parseAuditTime(r.first(u"at"_s).toString()).value_or(0);
    p.database = r.first(u"database"_s).toString();
    return p;
}

bool AuditChain::canReadDirectly()
{
    const PgResult r =
        m_session.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s);
    return r.ok && r.first(u"rolsuper"_s).toString() == u"t"_s;
}

AuditVerifyResult AuditChain::verify(const std::optional<AuditChainPoint>& anchor)
{
    return canReadDirectly() ? verifyOnClient(anchor) : verifyOnServer(anchor);
}

AuditVerifyResult AuditChain::verifyOnServer(const std::optional<AuditChainPoint>& anchor)
{
    AuditVerifyResult result;
    result.method = AuditVerifyResult::Method::Server;
    if (QString why; !sealPending(&why)) {
        result.message = why;
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> params =
        anchor ? QList<QByteArray>{QByteArray::number(anchor->seq), anchor->hash.toHex(),
                                   auditTimeText(anchor->atMicros).toLatin1()}
               : QList<QByteArray>{QByteArray(), QByteArray(), QByteArray()};
    const PgResult r = m_session.exec(
        u"SELECT verified, first_seq, last_seq, last_hash, %1 AS last_at, broken_seq,"
        " %2 AS broken_at, problem FROM kohi_api.audit_verify($1::bigint, $2, $3::timestamptz)"_s
            .arg(kAtText.arg(u"last_at"_s), kAtText.arg(u"broken_at"_s)),
        params);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r.ok || r.rows.isEmpty()) {
        result.message = r.errorMessage;
        return result;
    }
    result.completed = true;
    result.verified = r.first(u"verified"_s).toLongLong();
    result.firstSeq = r.first(u"first_seq"_s).toLongLong();
    result.lastSeq = r.first(u"last_seq"_s).toLongLong();
    result.lastHash = QByteArray::fromHex(r.first(u"last_hash"_s).toString().toLatin1());
    result.lastAtMicros = parseAuditTime(r.first(u"last_at"_s).toString()).value_or(0);
    result.brokenSeq = r.first(u"broken_seq"_s).toLongLong();
    if (!r.first(u"broken_at"_s).isNull())
        result.brokenAtMicros = parseAuditTime(r.first(u"broken_at"_s).toString());
    result.problem = r.first(u"problem"_s).toString();
    result.intact = r.first(u"broken_seq"_s).isNull();
    return result;
}

AuditVerifyResult AuditChain::verifyOnClient(const std::optional<AuditChainPoint>& anchor)
{
    AuditVerifyResult result;
    result.method = AuditVerifyResult::Method::Client;
    pg_conn* conn = m_session.nativeHandle();
    if (!conn) {
        result.message = u"データベースに接続していません。"_s;
        return result;
    }
    if (QString why; !sealPending(&why)) {
        result.message = why;
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    auto fail = [&](const QString& why) {
        execScript(conn, "ROLLBACK");
        result.message = why;
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        return result;
    };
    // One snapshot for the start, the events and the head.
    const PgResult begin = execScript(
        conn,
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL client_encoding = 'UTF8'");
    if (!begin.ok)
        return fail(begin.errorMessage);

    Start start;
    if (anchor) {
        start.seq = anchor->seq + 1;
        start.expectPrev = anchor->hash;
        start.fromAtMicros = anchor->atMicros;
        start.hasFromAt = true;
        // The anchor event itself, if it is still there, must be unchanged.
        const PgResult a =
            m_session.exec(u"SELECT encode(hash, 'hex') AS hash, %1 AS at FROM kohi.audit_event"
                           " WHERE chain_seq = $1 LIMIT 1"_s.arg(kAtText.arg(u"at"_s)),
                           {QByteArray::number(anchor->seq)});
        if (!a.ok)
            return fail(a.errorMessage);
        if (!a.rows.isEmpty() &&
            (QByteArray::fromHex(a.first(u"hash"_s).toString().toLatin1()) != anchor->hash ||
             parseAuditTime(a.first(u"at"_s).toString()) != anchor->atMicros)) {
            start.problem = u"アンカーの記録が変更されています（ハッシュまたは時刻の不一致）"_s;
            start.seq = anchor->seq;
            start.problemAt = parseAuditTime(a.first(u"at"_s).toString());
        }
    } else {
        const PgResult first = m_session.exec(
            u"SELECT chain_seq, %1 AS at FROM kohi.audit_event ORDER BY at, chain_seq LIMIT 1"_s
                .arg(kAtText.arg(u"at"_s)));
        if (!first.ok)
            return fail(first.errorMessage);
        if (first.rows.isEmpty()) {
            start.empty = true;
        } else {
            start.seq = first.first(u"chain_seq"_s).toLongLong();
            start.fromAtMicros = parseAuditTime(first.first(u"at"_s).toString()).value_or(0);
            start.hasFromAt = true;
            if (start.seq == 1) {
                start.expectPrev = QByteArray(32, '\0');
            } else {
                const PgResult purge = m_session.exec(
                    u"SELECT details ->> 'anchor_hash' AS h FROM kohi.audit_event"
                    " WHERE action = 'audit_retention_purge' AND outcome = 'ok'"
                    " AND (details ->> 'anchor_seq')::bigint = $1 ORDER BY at DESC LIMIT 1"_s,
                    {QByteArray::number(start.seq - 1)});
                if (!purge.ok)
                    return fail(purge.errorMessage);
                if (purge.rows.isEmpty()) {
                    start.problem =
                        u"最初の記録より前の記録が、保存期間による削除の記録なしに失われています"_s;
                    start.problemAt = start.fromAtMicros;
                } else {
                    start.expectPrev =
                        QByteArray::fromHex(purge.first(u"h"_s).toString().toLatin1());
                }
            }
        }
    }
    result.firstSeq = start.seq;
    if (!start.problem.isEmpty()) {
        execScript(conn, "ROLLBACK");
        result.completed = true;
        result.brokenSeq = start.seq;
        result.brokenAtMicros = start.problemAt;
        result.problem = start.problem;
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        return result;
    }

    // The chain head, from the same snapshot: the last event must be it.
    const PgResult head = m_session.exec(
        u"SELECT seq, encode(hash, 'hex') AS hash, %1 AS at FROM kohi_audit.chain_head"_s.arg(
            kAtText.arg(u"at"_s)));
    if (!head.ok || head.rows.isEmpty())
        return fail(head.ok ? u"アクセスログの先頭の行がありません。"_s : head.errorMessage);
    const qint64 headSeq = head.first(u"seq"_s).toLongLong();
    const QByteArray headHash = QByteArray::fromHex(head.first(u"hash"_s).toString().toLatin1());

    if (start.empty) {
        execScript(conn, "COMMIT");
        result.completed = true;
        result.intact = headSeq == 0;
        if (!result.intact) {
            result.brokenSeq = 1;
            result.problem =
                u"記録が一件もありませんが、先頭の記録は連番 %1 です（全件の削除）"_s.arg(headSeq);
        }
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        return result;
    }

    const QString copy =
        u"COPY (SELECT e.chain_seq, e.at, e.login, e.client_addr::text, e.terminal_id, e.action,"
        " e.target, e.programme, e.outcome, e.details::text, e.prev_hash, e.hash"
        " FROM kohi.audit_event e WHERE e.chain_seq >= %1%2 ORDER BY e.at, e.chain_seq)"
        " TO STDOUT (FORMAT binary)"_s.arg(start.seq)
            .arg(start.hasFromAt ? u" AND e.at >= "_s + literalTime(start.fromAtMicros)
                                 : QString());
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn, copy.toUtf8().constData()),
                                                          &PQclear);
        if (PQresultStatus(res.get()) != PGRES_COPY_OUT)
            return fail(QString::fromUtf8(PQresultErrorMessage(res.get())).trimmed());
    }

    const auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    uint8_t digest[32];
    QByteArray buffer;
    qsizetype offset = 0;
    bool headerDone = false;
    bool trailer = false;
    qint64 expectSeq = start.seq;
    QByteArray prev = start.expectPrev;
    bool broken = false;
    QString streamError;
    for (;;) {
        char* chunk = nullptr;
        const int n = PQgetCopyData(conn, &chunk, 0);
        if (n == -1)
            break; // end of COPY
        if (n < 0) {
            streamError = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
            break;
        }
        result.bytes += n;
        if (offset > 0 && offset == buffer.size()) {
            buffer.clear();
            offset = 0;
        } else if (offset > (1 << 20)) {
            buffer.remove(0, offset);
            offset = 0;
        }
        buffer.append(chunk, n);
        PQfreemem(chunk);
        if (trailer)
            continue;
        const char* data = buffer.constData();
        const qsizetype size = buffer.size();
        if (!headerDone) {
            // "PGCOPY\n\377\r\n\0", flags, header extension length (+ extension)
            if (size - offset < 19)
                continue;
            const qint32 ext = readInt32(data + offset + 15);
            if (size - offset < 19 + ext)
                continue;
            if (std::memcmp(data + offset, "PGCOPY\n\377\r\n\0", 11) != 0) {
                streamError = u"COPY の形式が想定と異なります。"_s;
                break;
            }
            offset += 19 + ext;
            headerDone = true;
        }
        while (size - offset >= 2) {
            const qint16 count =
                static_cast<qint16>((static_cast<unsigned char>(data[offset]) << 8) |
                                    static_cast<unsigned char>(data[offset + 1]));
            if (count == -1) {
                trailer = true;
                offset += 2;
                break;
            }
            if (count != kFields) {
                streamError = u"COPY の列数が想定と異なります。"_s;
                break;
            }
            // Locate the fields; wait for more data if the tuple is incomplete.
            const char* field[kFields];
            qint32 length[kFields];
            qsizetype p = offset + 2;
            bool complete = true;
            for (int f = 0; f < kFields; ++f) {
                if (size - p < 4) {
                    complete = false;
                    break;
                }
                length[f] = readInt32(data + p);
                field[f] = data + p + 4;
                p += 4 + qMax(length[f], 0);
                if (p > size) {
                    complete = false;
                    break;
                }
            }
            if (!complete)
                break;
            offset = p;
            if (broken)
                continue; // drain the stream
            if (length[0] != 8 || length[1] != 8 || length[10] != 32 || length[11] != 32) {
                streamError = u"COPY の値の長さが想定と異なります。"_s;
                break;
            }
            const qint64 seq = readInt64(field[0]);
            const qint64 at = readInt64(field[1]);
            // Fields 2..9 are hashed exactly as they arrive (int4 length, bytes; -1 for NULL).
            const char* textStart = field[2] - 4;
            const char* textEnd = field[10] - 4;
            sha->update(bytes(field[10]), 32);
            sha->update(bytes(kTag), sizeof(kTag) - 1);
            sha->update(bytes(field[0]), 8);
            sha->update(bytes(field[1]), 8);
            sha->update(bytes(textStart), size_t(textEnd - textStart));
            sha->final(digest);
            QString why;
            if (std::memcmp(digest, field[11], 32) != 0)
                why = u"記録の内容がハッシュと一致しません（改ざん）"_s;
            else if (seq != expectSeq)
                why =
                    u"連番の欠落・重複、または並べ替え（連番 %1 のはずが %2）"_s.arg(expectSeq).arg(
                        seq);
            else if (std::memcmp(prev.constData(), field[10], 32) != 0)
                why = seq == start.seq
                          ? u"直前の記録（アンカー）のハッシュと連結していません"_s
                          : u"直前の記録のハッシュと連結していません（削除・挿入・並べ替え）"_s;
            if (!why.isEmpty()) {
                broken = true;
                result.brokenSeq = seq;
                result.brokenAtMicros = at;
                result.problem = why;
                continue;
            }
            ++result.verified;
            ++expectSeq;
            prev = QByteArray(field[11], 32);
            result.lastSeq = seq;
            result.lastAtMicros = at;
        }
        if (!streamError.isEmpty())
            break;
    }
    {
        // Collect the COPY's final status.
        std::unique_ptr<PGresult, decltype(&PQclear)> end(PQgetResult(conn), &PQclear);
        if (streamError.isEmpty() && PQresultStatus(end.get()) != PGRES_COMMAND_OK)
            streamError = QString::fromUtf8(PQresultErrorMessage(end.get())).trimmed();
        while (PGresult* more = PQgetResult(conn))
            PQclear(more);
    }
    if (!streamError.isEmpty())
        return fail(streamError);
    execScript(conn, "COMMIT");
    result.completed = true;
    result.lastHash = prev;
    if (!broken && (result.lastSeq != headSeq || prev != headHash) &&
        !(result.verified == 0 && anchor && headSeq == anchor->seq && headHash == anchor->hash)) {
        broken = true;
        result.brokenSeq = result.verified > 0 ? result.lastSeq + 1 : start.seq;
        result.brokenAtMicros = parseAuditTime(head.first(u"at"_s).toString());
        result.problem =
            u"最新の記録（連番 %1）が先頭の記録（連番 %2）と一致しません（末尾の削除）"_s
                .arg(result.verified > 0 ? result.lastSeq : start.seq - 1)
                .arg(headSeq);
    }
    if (result.verified == 0 && anchor && !broken) {
        result.lastSeq = anchor->seq;
        result.lastHash = anchor->hash;
        result.lastAtMicros = anchor->atMicros;
    }
    result.intact = !broken;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    // The check is an event too (the administrator read the whole log).
    m_session.exec(u"SELECT kohi.audit('audit_verify', NULL, $1, jsonb_build_object('method',"
                   " 'client', 'verified', $2::bigint, 'broken_seq', $3::bigint))"_s,
                   {result.intact ? "ok" : "failed", QByteArray::number(result.verified),
                    broken ? QByteArray::number(result.brokenSeq) : QByteArray()});
    return result;
}

AuditHeadCheck AuditChain::checkHead(const AuditChainPoint& headPoint)
{
    AuditHeadCheck check;
    const PgResult r = m_session.exec(
        u"SELECT present, matches FROM kohi_api.audit_check_head($1::bigint, $2, $3::timestamptz)"_s,
        {QByteArray::number(headPoint.seq), headPoint.hash.toHex(),
         auditTimeText(headPoint.atMicros).toLatin1()});
    if (!r.ok || r.rows.isEmpty()) {
        check.message = r.errorMessage;
        return check;
    }
    check.completed = true;
    check.present = r.first(u"present"_s).toString() == u"t"_s;
    check.matches = r.first(u"matches"_s).toString() == u"t"_s;
    return check;
}

bool AuditChain::sealPending(QString* error)
{
    // Only where the function exists (before the sealer's migration it does not) and this
    // session may run it (the administrator; auditors verify on the server, which seals itself).
    const PgResult can = m_session.exec(
        u"SELECT CASE WHEN to_regnamespace('kohi_audit') IS NULL"
        " OR NOT has_schema_privilege('kohi_audit', 'USAGE') THEN false"
        " WHEN to_regprocedure('kohi_audit.seal()') IS NULL THEN false"
        " ELSE has_function_privilege(to_regprocedure('kohi_audit.seal()'), 'EXECUTE') END AS can"_s);
    if (!can.ok) {
        if (error)
            *error = can.errorMessage;
        return false;
    }
    if (can.first(u"can"_s).toString() != u"t"_s)
        return true;
    const PgResult sealed = m_session.exec(u"SELECT kohi_audit.seal()"_s);
    if (!sealed.ok && error)
        *error = u"未連結の記録を連結できません: "_s + sealed.errorMessage;
    return sealed.ok;
}

namespace {

// A point's event as the query returns it (seq, hash hex, at text).
AuditCheckpoint checkpointAt(const PgResult& r, int row)
{
    AuditCheckpoint c;
    c.seq = r.value(row, u"seq"_s).toLongLong();
    c.hash = QByteArray::fromHex(r.value(row, u"hash"_s).toString().toLatin1());
    c.atMicros = parseAuditTime(r.value(row, u"at"_s).toString()).value_or(0);
    return c;
}

std::optional<AuditDatabaseIdentity> readIdentity(Session& session, QString* why)
{
    const PgResult r =
        session.exec(u"SELECT system_identifier::text AS id, current_database() AS db"
                     " FROM pg_control_system()"_s);
    if (!r.ok || r.rows.isEmpty()) {
        *why = r.errorMessage;
        return std::nullopt;
    }
    return AuditDatabaseIdentity{r.first(u"id"_s).toString(), r.first(u"db"_s).toString()};
}

std::optional<AuditChainPoint> readHead(Session& session, const QString& database, QString* why)
{
    const PgResult r = session.exec(
        u"SELECT seq, encode(hash, 'hex') AS hash, %1 AS at FROM kohi_audit.chain_head"_s.arg(
            kAtText.arg(u"at"_s)));
    if (!r.ok || r.rows.isEmpty()) {
        *why = r.ok ? u"アクセスログの先頭の行がありません。"_s : r.errorMessage;
        return std::nullopt;
    }
    AuditChainPoint head;
    head.seq = r.first(u"seq"_s).toLongLong();
    head.hash = QByteArray::fromHex(r.first(u"hash"_s).toString().toLatin1());
    head.atMicros = parseAuditTime(r.first(u"at"_s).toString()).value_or(0);
    head.database = database;
    return head;
}

} // namespace

std::optional<AuditAnchorState>
AuditChain::readAnchorState(const std::optional<AuditCheckpoint>& after, int interval,
                            QString* error)
{
    QString why;
    auto fail = [&](const QString& message) -> std::optional<AuditAnchorState> {
        if (pg_conn* conn = m_session.nativeHandle())
            execScript(conn, "ROLLBACK");
        if (error)
            *error = message;
        return std::nullopt;
    };
    pg_conn* conn = m_session.nativeHandle();
    if (!conn)
        return fail(u"データベースに接続していません。"_s);
    if (interval < 1)
        return fail(u"チェックポイントの間隔は 1 以上で指定してください。"_s);
    if (!sealPending(&why))
        return fail(why);
    // One snapshot for the head, the checkpoints and the previous anchor's event.
    const PgResult begin = execScript(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok)
        return fail(begin.errorMessage);

    AuditAnchorState state;
    const auto identity = readIdentity(m_session, &why);
    if (!identity)
        return fail(why);
    state.identity = *identity;
    const auto head = readHead(m_session, identity->database, &why);
    if (!head)
        return fail(why);
    state.head = *head;
    const PgResult first =
        m_session.exec(u"SELECT min(chain_seq) AS first FROM kohi.audit_event"_s);
    if (!first.ok)
        return fail(first.errorMessage);
    state.firstEventSeq = first.first(u"first"_s).toLongLong();

    // Checkpoints: multiples of the interval in (after, head); few enough to keep files small.
    const qint64 from = after ? after->seq : 0;
    state.interval = interval;
    while (state.head.seq > from && (state.head.seq - from) / state.interval > kMaxCheckpoints)
        state.interval *= 2;
    if (state.head.seq > from + 1) {
        const PgResult points = m_session.exec(
            u"SELECT chain_seq AS seq, encode(hash, 'hex') AS hash, %1 AS at"
            " FROM kohi.audit_event WHERE chain_seq > $1 AND chain_seq < $2"
            " AND mod(chain_seq, $3::bigint) = 0 AND at >= $4::timestamptz ORDER BY chain_seq"_s
                .arg(kAtText.arg(u"at"_s)),
            {QByteArray::number(from), QByteArray::number(state.head.seq),
             QByteArray::number(state.interval),
             after ? auditTimeText(after->atMicros).toLatin1() : QByteArray("-infinity")});
        if (!points.ok)
            return fail(points.errorMessage);
        for (int i = 0; i < points.rows.size(); ++i)
            state.checkpoints.append(checkpointAt(points, i));
    }
    if (after) {
        const PgResult then = m_session.exec(
            u"SELECT chain_seq AS seq, encode(hash, 'hex') AS hash, %1 AS at"
            " FROM kohi.audit_event WHERE chain_seq = $1 ORDER BY at = $2::timestamptz DESC"
            " LIMIT 1"_s.arg(kAtText.arg(u"at"_s)),
            {QByteArray::number(after->seq), auditTimeText(after->atMicros).toLatin1()});
        if (!then.ok)
            return fail(then.errorMessage);
        if (!then.rows.isEmpty())
            state.then = checkpointAt(then, 0);
    }
    execScript(conn, "COMMIT");
    return state;
}

std::optional<AuditAnchorEvidence>
AuditChain::readAnchorEvidence(const QList<AuditCheckpoint>& points, QString* error)
{
    QString why;
    auto fail = [&](const QString& message) -> std::optional<AuditAnchorEvidence> {
        if (pg_conn* conn = m_session.nativeHandle())
            execScript(conn, "ROLLBACK");
        if (error)
            *error = message;
        return std::nullopt;
    };
    pg_conn* conn = m_session.nativeHandle();
    if (!conn)
        return fail(u"データベースに接続していません。"_s);
    if (!canReadDirectly())
        return fail(u"アンカーとの照合には、アクセスログを直接読めるデータベース管理者の接続が"
                    "必要です。"_s);
    if (!sealPending(&why))
        return fail(why);
    const PgResult begin = execScript(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok)
        return fail(begin.errorMessage);

    AuditAnchorEvidence evidence;
    const auto identity = readIdentity(m_session, &why);
    if (!identity)
        return fail(why);
    evidence.identity = *identity;
    const auto head = readHead(m_session, identity->database, &why);
    if (!head)
        return fail(why);
    evidence.head = *head;
    const PgResult range = m_session.exec(
        u"SELECT min(chain_seq) AS first, max(chain_seq) AS last FROM kohi.audit_event"_s);
    if (!range.ok)
        return fail(range.errorMessage);
    evidence.firstEventSeq = range.first(u"first"_s).toLongLong();
    evidence.lastEventSeq = range.first(u"last"_s).toLongLong();

    // By number and time first: one partition each. What is not found that way (a changed time,
    // a missing event) is looked up by number alone.
    QHash<qint64, qint64> wanted; // seq -> at (the first anchor's, if anchors disagree)
    for (const AuditCheckpoint& p : points)
        wanted.insert(p.seq, p.atMicros);
    if (!wanted.isEmpty()) {
        QStringList seqs;
        QStringList ats;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            seqs << QString::number(it.key());
            ats << u'"' + auditTimeText(it.value()) + u'"';
        }
        const PgResult exact = m_session.exec(
            u"SELECT p.seq, encode(e.hash, 'hex') AS hash, %1 AS at"
            " FROM unnest($1::bigint[], $2::timestamptz[]) AS p(seq, at)"
            " CROSS JOIN LATERAL (SELECT x.hash, x.at FROM kohi.audit_event x"
            "   WHERE x.chain_seq = p.seq AND x.at = p.at LIMIT 1) e"_s.arg(kAtText.arg(u"e.at"_s)),
            {(u'{' + seqs.join(u',') + u'}').toLatin1(),
             (u'{' + ats.join(u',') + u'}').toLatin1()});
        if (!exact.ok)
            return fail(exact.errorMessage);
        for (int i = 0; i < exact.rows.size(); ++i) {
            const AuditCheckpoint c = checkpointAt(exact, i);
            evidence.events.insert(c.seq, c);
        }
        QStringList rest;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            if (!evidence.events.contains(it.key()))
                rest << QString::number(it.key());
        if (!rest.isEmpty()) {
            const PgResult bySeq =
                m_session.exec(u"SELECT p.seq, encode(e.hash, 'hex') AS hash, %1 AS at"
                               " FROM unnest($1::bigint[]) AS p(seq)"
                               " CROSS JOIN LATERAL (SELECT x.hash, x.at FROM kohi.audit_event x"
                               "   WHERE x.chain_seq = p.seq ORDER BY x.at LIMIT 1) e"_s.arg(
                                   kAtText.arg(u"e.at"_s)),
                               {(u'{' + rest.join(u',') + u'}').toLatin1()});
            if (!bySeq.ok)
                return fail(bySeq.errorMessage);
            for (int i = 0; i < bySeq.rows.size(); ++i) {
                const AuditCheckpoint c = checkpointAt(bySeq, i);
                evidence.events.insert(c.seq, c);
            }
        }
    }

    // Retention purges, read defensively: a forged record must not break the reading.
    const PgResult purges = m_session.exec(
        u"SELECT chain_seq, anchor_seq, %1 AS cutoff, cutoff <= at - interval '1 year' AS plausible"
        " FROM (SELECT chain_seq, at,"
        "   CASE WHEN details ->> 'anchor_seq' ~ '^[0-9]{1,18}$'"
        "        THEN (details ->> 'anchor_seq')::bigint END AS anchor_seq,"
        "   CASE WHEN details ->> 'cutoff' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$'"
        "        THEN (details ->> 'cutoff')::timestamptz END AS cutoff"
        "   FROM kohi.audit_event WHERE action = 'audit_retention_purge' AND outcome = 'ok') p"
        " WHERE anchor_seq IS NOT NULL AND cutoff IS NOT NULL ORDER BY chain_seq"_s.arg(
            kAtText.arg(u"cutoff"_s)));
    if (!purges.ok)
        return fail(purges.errorMessage);
    for (int i = 0; i < purges.rows.size(); ++i) {
        AuditRetentionPurge p;
        p.eventSeq = purges.value(i, u"chain_seq"_s).toLongLong();
        p.anchorSeq = purges.value(i, u"anchor_seq"_s).toLongLong();
        p.cutoffMicros = parseAuditTime(purges.value(i, u"cutoff"_s).toString()).value_or(0);
        p.plausible = purges.value(i, u"plausible"_s).toString() == u"t"_s;
        evidence.purges.append(p);
    }
    execScript(conn, "COMMIT");
    return evidence;
}

} // namespace kohi::db
