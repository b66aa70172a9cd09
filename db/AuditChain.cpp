#include "db/AuditChain.h"

#include "db/PgParams.h"
#include "db/Session.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
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

} // namespace kohi::db
