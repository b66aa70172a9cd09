// audit_bench: the access log (migration 0008) at scale, against plain baselines in the same run.
//
//   audit_bench [--events N] [--dir DIR] [--keep]      (default 10,000,000 events; or
//                                                        KOHI_BENCH_EVENTS)
//
// Creates a throwaway cluster (scripts/localdb.sh), migrates it with kohi-admin, writes N
// synthetic, correctly chained events over the last five years set-based (one INSERT ... SELECT
// per chunk, hashes by the chain aggregate as a window), and measures:
//   * filtered searches through kohi_api.audit_search as an auditor (permission checks, dynamic
//     query, the search's own audit event) vs the same query run plainly by the superuser;
//   * the newest page and keyset paging, API vs plain;
//   * chain verification (client-side recomputation and the server's SQL function) in events/s
//     vs plain sequential reads of the same table;
//   * monitoring (0017): the first evaluation of the whole log and increments of 1,000 events
//     vs reading the same rows, the 30-day dashboard vs grouping the log directly;
//   * appending through kohi.audit() vs a plain INSERT.
// Not a test: not registered with CTest.
#include "db/AuditChain.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString& why)
{
    out << "audit_bench: " << why << Qt::endl;
    std::exit(1);
}

QString run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die(program + u' ' + args.join(u' ') + u": "_s +
            QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

PgResult must(Session& s, const QString& sql, const QList<QByteArray>& params = {})
{
    const PgResult r = s.exec(sql, params);
    if (!r.ok)
        die(sql.left(200) + u" -> "_s + r.errorMessage);
    return r;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double mean = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) {
        return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
    };
    s.p50 = at(0.5);
    s.p95 = at(0.95);
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

void row(const QString& what, double api, double plain, const QString& unit = u"ms"_s)
{
    out << "  " << what.leftJustified(46) << QString::number(api, 'f', 2).rightJustified(10) << ' '
        << unit << "  plain " << QString::number(plain, 'f', 2).rightJustified(9) << ' ' << unit
        << "  ratio " << QString::number(plain > 0 ? api / plain : 0, 'f', 2) << Qt::endl;
}

// The synthetic history: logins, terminals and actions with skew like a real office.
const QString kGenerate = uR"SQL(
INSERT INTO kohi.audit_event (chain_seq, at, login, client_addr, terminal_id, action, target,
                              programme, outcome, details, prev_hash, hash)
SELECT seq, at, login, client_addr, terminal_id, action, target, programme, outcome, details,
       coalesce(lag(hash) OVER (ORDER BY seq), seed), hash
FROM (SELECT g.*, kohi_audit.chain_agg(kohi_audit.event_body(seq, at, login, client_addr,
                      terminal_id, action, target, programme, outcome, details), seed)
                  OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hash
      FROM (SELECT h.seq + i AS seq, h.hash AS seed,
                   $2::timestamptz + ($3::timestamptz - $2::timestamptz) * ((i - 1)::float8 / $1::int) AS at,
                   ('st' || lpad((floor(300 * r1 * r1))::int::text, 3, '0'))::name AS login,
                   ('10.1.' || (t / 250) || '.' || (t % 250 + 1))::inet AS client_addr,
                   'T' || lpad(t::text, 3, '0') AS terminal_id,
                   a.action,
                   CASE WHEN a.kind = 'r' THEN 'recipient:' || (1 + floor(54000 * r3))::int
                        WHEN a.kind = 'a' THEN 'application:' || (1 + floor(200000 * r3))::int
                        WHEN a.kind = 's' THEN 'st' || lpad((floor(300 * r1 * r1))::int::text, 3, '0') END AS target,
                   CASE WHEN a.kind IN ('r', 'a') THEN (ARRAY['54','54','54','54','52','17'])[1 + floor(6 * r4)::int] END AS programme,
                   CASE WHEN r4 < 0.97 THEN 'ok' WHEN r4 < 0.995 THEN 'refused' ELSE 'failed' END AS outcome,
                   CASE WHEN a.action = 'recipient_search'
                        THEN jsonb_build_object('kana', 'ヤマダ', 'rows', floor(30 * r3)::int)
                        ELSE '{}'::jsonb END AS details
            FROM kohi_audit.chain_head h,
                 (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4
                  FROM generate_series(1, $1::int) i) r,
                 LATERAL (SELECT floor(200 * r2)::int AS t) tt,
                 LATERAL (SELECT (ARRAY['recipient_view','recipient_view','recipient_view','recipient_view',
                                        'recipient_search','recipient_search','application_view','application_save',
                                        'application_submit','application_approve','session_begin','session_info',
                                        'session_event','recipient_history','application_list','settings_list',
                                        'user_list','masters_read','login_ok','idle_lock'])[1 + (floor(20 * r3 * r2 + 20 * (1 - r2) * r4))::int % 20] AS action) a0,
                 LATERAL (SELECT a0.action, CASE WHEN a0.action LIKE 'recipient%' THEN 'r'
                                                 WHEN a0.action LIKE 'application%' THEN 'a'
                                                 WHEN a0.action LIKE 'session%' OR a0.action IN ('login_ok','idle_lock') THEN 's' END AS kind) a
           ) g) c
)SQL"_s;

struct Shape
{
    QString name;
    // Fills the ten audit_search arguments (NULL = empty QByteArray) for one random instance.
    std::function<QList<QByteArray>()> args;
};

QByteArray isoAgo(qint64 days, qint64 plusDays = 0)
{
    return QDateTime::currentDateTimeUtc()
        .addDays(-days + plusDays)
        .toString(Qt::ISODateWithMs)
        .toUtf8();
}

int rnd(int n)
{
    return int(QRandomGenerator::global()->bounded(n));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qint64 events = qEnvironmentVariableIsSet("KOHI_BENCH_EVENTS")
                        ? qEnvironmentVariable("KOHI_BENCH_EVENTS").toLongLong()
                        : 10000000;
    QString dir;
    bool keep = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--events"_s && i + 1 < args.size())
            events = args[++i].toLongLong();
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--keep"_s)
            keep = true;
        else
            die(u"usage: audit_bench [--events N] [--dir DIR] [--keep]"_s);
    }
    if (events < 1000)
        die(u"--events: at least 1000"_s);
    const QString source = QStringLiteral(KOHI_SOURCE_DIR);
    const QString localdb = source + u"/scripts/localdb.sh"_s;
    const QString admin = QStringLiteral(KOHI_ADMIN_BIN);
    const QString extension = QStringLiteral(KOHI_AUTH_SO);
    QTemporaryDir tmp(QDir::tempPath() + u"/kohi-audit-bench-XXXXXX"_s);
    if (dir.isEmpty())
        dir = tmp.path() + u"/cluster"_s;
    tmp.setAutoRemove(!keep);

    // ------------------------------------------------------------------ cluster and schema
    out << "audit_bench: " << events << " events, cluster " << dir << Qt::endl;
    QStringList create{u"create"_s, u"--dir"_s, dir};
    if (!extension.isEmpty())
        create << u"--extension"_s << extension;
    run(localdb, create);
    struct Cleanup
    {
        QString localdb, dir;
        bool keep;
        ~Cleanup()
        {
            if (!keep)
                QProcess::execute(localdb, {u"destroy"_s, u"--dir"_s, dir});
        }
    } cleanup{localdb, dir, keep};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& line :
         run(localdb, {u"env"_s, u"--dir"_s, dir, u"--admin"_s}).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0) {
            env.insert(line.left(eq), line.mid(eq + 1));
            qputenv(line.left(eq).toUtf8().constData(), line.mid(eq + 1).toUtf8());
        }
    }
    run(admin, {u"migrate"_s}, env);
    run(admin, {u"env"_s, u"set"_s, u"development"_s, u"監査ログ性能測定"_s}, env);
    // Staff connect with a password and this cluster's terminal certificate (0023).
    run(admin,
        {u"terminal"_s, u"issue"_s, u"bench"_s, u"--cert"_s, dir + u"/terminal.crt"_s, u"--key"_s,
         dir + u"/terminal.key"_s},
        env);
    env.insert(u"PGSSLCERT"_s, dir + u"/terminal.crt"_s);
    env.insert(u"PGSSLKEY"_s, dir + u"/terminal.key"_s);
    qputenv("PGSSLCERT", (dir + u"/terminal.crt"_s).toUtf8());
    qputenv("PGSSLKEY", (dir + u"/terminal.key"_s).toUtf8());

    kohi::db::ConnectionSettings settings;
    settings.host = env.value(u"PGHOST"_s);
    settings.port = env.value(u"PGPORT"_s).toInt();
    settings.database = env.value(u"PGDATABASE"_s);
    settings.sslRootCert = env.value(u"PGSSLROOTCERT"_s);
    settings.terminalId = u"bench"_s;
    settings.applicationName = u"audit_bench"_s;
    Session dba(settings);
    if (!dba.open({}, {}).ok())
        die(u"cannot connect as the administrator"_s);
    // Memory for a 10-million-row table on a developer machine; the same for API and baseline.
    must(dba, u"ALTER SYSTEM SET shared_buffers = '2GB'"_s);
    must(dba, u"ALTER SYSTEM SET maintenance_work_mem = '1GB'"_s);
    must(dba, u"ALTER SYSTEM SET max_wal_size = '8GB'"_s);
    dba.close();
    run(localdb, {u"stop"_s, u"--dir"_s, dir});
    run(localdb, {u"start"_s, u"--dir"_s, dir});
    if (!dba.open({}, {}).ok())
        die(u"cannot reconnect as the administrator"_s);

    // ------------------------------------------------------------------ synthetic history
    // Secondary indexes are dropped for the load and rebuilt from their own definitions.
    const PgResult defs =
        must(dba, u"SELECT indexrelid::regclass::text AS name,"
                  " pg_get_indexdef(indexrelid) AS def FROM pg_index"
                  " WHERE indrelid = 'kohi.audit_event'::regclass AND NOT indisprimary"_s);
    for (int i = 0; i < defs.rows.size(); ++i)
        must(dba, u"DROP INDEX "_s + defs.value(i, u"name"_s).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = now.addYears(-5);
    const QDateTime to = now.addSecs(-3600);
    must(dba,
         u"SELECT sum(kohi_audit.ensure_partitions(m AT TIME ZONE 'Asia/Tokyo', 0))"
         " FROM generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'Asia/Tokyo'),"
         " $2::timestamptz AT TIME ZONE 'Asia/Tokyo', interval '1 month') m"_s,
         {from.toString(Qt::ISODateWithMs).toUtf8(), now.toString(Qt::ISODateWithMs).toUtf8()});
    must(dba, u"SELECT setseed(0.42)"_s);
    const qint64 chunk = 1000000;
    QElapsedTimer load;
    load.start();
    for (qint64 done = 0; done < events; done += chunk) {
        const qint64 n = std::min(chunk, events - done);
        const qint64 span = from.msecsTo(to);
        const QDateTime a = from.addMSecs(qint64(double(span) * double(done) / double(events)));
        const QDateTime b = from.addMSecs(qint64(double(span) * double(done + n) / double(events)));
        QElapsedTimer t;
        t.start();
        must(dba, kGenerate,
             {QByteArray::number(n), a.toString(Qt::ISODateWithMs).toUtf8(),
              b.toString(Qt::ISODateWithMs).toUtf8()});
        must(dba, u"UPDATE kohi_audit.chain_head h SET seq = e.chain_seq, hash = e.hash, at = e.at"
                  " FROM (SELECT chain_seq, hash, at FROM kohi.audit_event"
                  "       ORDER BY at DESC, chain_seq DESC LIMIT 1) e"_s);
        out << "  generated " << done + n << " events (" << QString::number(ms(t) / 1000, 'f', 1)
            << " s for this chunk)" << Qt::endl;
    }
    QElapsedTimer build;
    build.start();
    for (int i = 0; i < defs.rows.size(); ++i) // "ON ONLY": the parent's definition
        must(dba, defs.value(i, u"def"_s).toString().replace(u" ON ONLY "_s, u" ON "_s));
    must(dba, u"VACUUM (ANALYZE) kohi.audit_event"_s);
    out << "  load " << QString::number(ms(load) / 1000 - ms(build) / 1000, 'f', 0)
        << " s, index build + vacuum " << QString::number(ms(build) / 1000, 'f', 0) << " s"
        << Qt::endl;
    const PgResult sizes = must(dba, uR"SQL(
        SELECT pg_size_pretty(sum(pg_table_size(p.relid))) AS heap,
               pg_size_pretty(sum(pg_indexes_size(p.relid))) AS indexes,
               (SELECT string_agg(x.idx || ' ' || pg_size_pretty(x.sz), ', ' ORDER BY x.idx)
                FROM (SELECT i.relname AS idx0, regexp_replace(i.relname, '^audit_event_[0-9_]+_?', '') AS idx,
                             sum(pg_relation_size(i.oid)) AS sz
                      FROM pg_partition_tree('kohi.audit_event') t
                      JOIN pg_index x ON x.indrelid = t.relid
                      JOIN pg_class i ON i.oid = x.indexrelid
                      WHERE t.isleaf GROUP BY 1, 2) x) AS per_index,
               count(*) FILTER (WHERE p.isleaf) AS partitions
        FROM pg_partition_tree('kohi.audit_event') p)SQL"_s);
    out << "  table " << sizes.first(u"heap"_s).toString() << ", indexes "
        << sizes.first(u"indexes"_s).toString() << " (" << sizes.first(u"partitions"_s).toString()
        << " monthly partitions)" << Qt::endl;

    // ------------------------------------------------------------------ the auditor
    const QString auditorLogin = u"bench_auditor"_s;
    const QString auditorPassword = u"Bench-Auditor-2026!"_s;
    must(dba, u"SELECT kohi_api.user_create($1, '性能測定 監査', ARRAY['kohi_auditor'], $2)"_s,
         {auditorLogin.toUtf8(), dba.scramSecret(auditorLogin, auditorPassword)});
    must(dba,
         u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"
         " WHERE login = $1"_s,
         {auditorLogin.toUtf8()});
    Session auditor(settings);
    if (!auditor.open(auditorLogin, auditorPassword).ok())
        die(u"cannot connect as the auditor"_s);
    must(auditor, u"SELECT kohi_api.session_begin('bench')"_s);

    // ------------------------------------------------------------------ searches
    const QString apiSql =
        u"SELECT * FROM kohi_api.audit_search($1::timestamptz, $2::timestamptz, $3, $4, $5, $6, $7,"
        " $8, $9::bigint, $10::int)"_s;
    // The same search, plainly: static SQL with NULL-tolerant conditions would be unfair to the
    // baseline, so it gets the same condition list the API builds (no session checks, no audit).
    auto plainSql = [](const QList<QByteArray>& a) {
        QString q = u"SELECT e.chain_seq, e.at, e.login::text, host(e.client_addr), e.terminal_id,"
                    " e.action, e.target, e.programme, e.outcome, e.details FROM kohi.audit_event e"
                    " WHERE true"_s;
        const char* cond[] = {" AND e.at >= $1",         " AND e.at < $2",     " AND e.login = $3",
                              " AND e.terminal_id = $4", " AND e.action = $5", " AND e.target = $6",
                              " AND e.programme = $7",   " AND e.outcome = $8"};
        QList<QByteArray> params;
        int n = 0;
        for (int i = 0; i < 8; ++i) {
            if (a[i].isNull())
                continue;
            QString c = QString::fromLatin1(cond[i]);
            c.replace(u"$%1"_s.arg(i + 1), u"$%1"_s.arg(++n));
            q += c;
            params << a[i];
        }
        if (!a[8].isNull()) {
            q += u" AND e.at <= $%1 AND (e.at, e.chain_seq) < ($%1, $%2)"_s.arg(n + 1).arg(n + 2);
            params << a[10] << a[8];
            n += 2;
        }
        q += u" ORDER BY e.at DESC, e.chain_seq DESC LIMIT $%1"_s.arg(++n);
        params << a[9];
        return std::pair{q, params};
    };
    auto login = [] {
        return u"st%1"_s
            .arg(int(300 * std::pow(QRandomGenerator::global()->generateDouble(), 2)), 3, 10,
                 QChar(u'0'))
            .toUtf8();
    };
    auto terminal = [] { return u"T%1"_s.arg(rnd(200), 3, 10, QChar(u'0')).toUtf8(); };
    const std::vector<Shape> shapes{
        {u"login + one month"_s,
         [&] {
             const int d = 30 + rnd(1700);
             return QList<QByteArray>{isoAgo(d), isoAgo(d, 30), login(), {}, {}, {}, {}, {},
                                      {},        "100"};
         }},
        {u"recipient (target), all time"_s,
         [&] {
             return QList<QByteArray>{
                 {}, {}, {}, {},   {}, u"recipient:%1"_s.arg(1 + rnd(54000)).toUtf8(),
                 {}, {}, {}, "100"};
         }},
        {u"terminal + one day"_s,
         [&] {
             const int d = 1 + rnd(1800);
             return QList<QByteArray>{isoAgo(d), isoAgo(d, 1), {}, terminal(), {},
                                      {},        {},           {}, {},         "100"};
         }},
        {u"login + action + one week"_s,
         [&] {
             const int d = 7 + rnd(1700);
             return QList<QByteArray>{isoAgo(d), isoAgo(d, 7), login(), {}, "recipient_view",
                                      {},        {},           {},      {}, "100"};
         }},
        {u"outcome failed + one month"_s,
         [&] {
             const int d = 30 + rnd(1700);
             return QList<QByteArray>{isoAgo(d), isoAgo(d, 30), {}, {},   {}, {},
                                      {},        "failed",      {}, "100"};
         }},
        {u"action + programme + one year"_s,
         [&] {
             const int d = 365 + rnd(1400);
             return QList<QByteArray>{isoAgo(d), isoAgo(d, 365), {}, {}, "application_approve",
                                      {},        "52",           {}, {}, "100"};
         }},
    };
    const int repeats = 40;
    out << Qt::endl
        << "Filtered search, " << repeats << " random instances each (p95; plain = same"
        << " query by the superuser without API, checks or audit event):" << Qt::endl;
    std::vector<double> allApi, allPlain;
    for (const Shape& shape : shapes) {
        std::vector<double> api, plain;
        qint64 rows = 0;
        for (int i = 0; i < repeats; ++i) {
            QList<QByteArray> a = shape.args();
            a << QByteArray(); // after_at placeholder for the baseline
            QElapsedTimer t;
            t.start();
            const PgResult r = must(auditor, apiSql, a.mid(0, 10));
            api.push_back(ms(t));
            rows += r.rows.size();
            const auto [q, p] = plainSql(a);
            t.restart();
            must(dba, q, p);
            plain.push_back(ms(t));
        }
        const Stats sa = stats(api), sp = stats(plain);
        allApi.insert(allApi.end(), api.begin(), api.end());
        allPlain.insert(allPlain.end(), plain.begin(), plain.end());
        row(shape.name + u" (%1 rows avg)"_s.arg(rows / repeats), sa.p95, sp.p95);
    }
    row(u"all filtered searches, p95"_s, stats(allApi).p95, stats(allPlain).p95);
    row(u"all filtered searches, p50"_s, stats(allApi).p50, stats(allPlain).p50);

    // ------------------------------------------------------------------ newest page and paging
    out << Qt::endl << "Newest first, pages of 100:" << Qt::endl;
    {
        std::vector<double> api, plain;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            must(auditor, apiSql, {{}, {}, {}, {}, {}, {}, {}, {}, {}, "100"});
            api.push_back(ms(t));
            t.restart();
            must(dba,
                 u"SELECT e.chain_seq, e.at, e.login::text, host(e.client_addr), e.terminal_id,"
                 " e.action, e.target, e.programme, e.outcome, e.details FROM kohi.audit_event e"
                 " ORDER BY e.at DESC, e.chain_seq DESC LIMIT 100"_s);
            plain.push_back(ms(t));
        }
        row(u"first page (no filter), p95"_s, stats(api).p95, stats(plain).p95);
    }
    auto paging = [&](const QString& label, const QByteArray& who) {
        std::vector<double> api, plain;
        QByteArray afterApi, afterPlain, afterAt;
        for (int page = 0; page < 50; ++page) {
            QElapsedTimer t;
            t.start();
            const PgResult r =
                must(auditor, apiSql, {{}, {}, who, {}, {}, {}, {}, {}, afterApi, "100"});
            api.push_back(ms(t));
            if (r.rows.isEmpty())
                break;
            afterApi = r.value(int(r.rows.size()) - 1, u"chain_seq"_s).toByteArray();
            QList<QByteArray> a{{}, {}, who, {}, {}, {}, {}, {}, afterPlain, "100", afterAt};
            const auto [q, p] = plainSql(a);
            t.restart();
            const PgResult b = must(dba, q, p);
            plain.push_back(ms(t));
            afterPlain = b.value(int(b.rows.size()) - 1, u"chain_seq"_s).toByteArray();
            afterAt = b.value(int(b.rows.size()) - 1, u"at"_s).toByteArray();
        }
        row(label, stats(api).p95, stats(plain).p95);
    };
    paging(u"keyset pages 1..50 (no filter), p95"_s, {});
    paging(u"keyset pages 1..50 (one busy login), p95"_s, "st000");

    // ------------------------------------------------------------------ verification
    out << Qt::endl << "Chain verification vs plain reads of the same table:" << Qt::endl;
    const qint64 total =
        must(dba, u"SELECT seq FROM kohi_audit.chain_head"_s).first(u"seq"_s).toLongLong();
    double scanRate = 0;
    {
        QElapsedTimer t;
        t.start();
        must(dba, u"SELECT count(*) FROM kohi.audit_event"_s);
        scanRate = double(total) / (ms(t) / 1000);
    }
    double streamRate = 0;
    {
        // The client method's own data path without any hashing: COPY of the same columns.
        QElapsedTimer t;
        t.start();
        const QString copy = u"\\copy (SELECT e.chain_seq, e.at, e.login, e.client_addr::text,"
                             " e.terminal_id, e.action, e.target, e.programme, e.outcome,"
                             " e.details::text, e.prev_hash, e.hash FROM kohi.audit_event e"
                             " ORDER BY e.at, e.chain_seq) TO '/dev/null' (FORMAT binary)"_s;
        run(u"psql"_s, {u"-X"_s, u"-q"_s, u"-c"_s, copy}, env);
        streamRate = double(total) / (ms(t) / 1000);
    }
    kohi::db::AuditChain chain(dba);
    const auto client = chain.verifyOnClient();
    if (!client.intact)
        die(u"client verification failed: "_s + client.problem + client.message);
    const double clientRate = double(client.verified) / client.seconds;
    QElapsedTimer serverTimer;
    serverTimer.start();
    const PgResult server =
        must(dba, u"SELECT verified, broken_seq FROM kohi_audit.verify_chain()"_s);
    if (!server.first(u"broken_seq"_s).isNull())
        die(u"server verification failed"_s);
    const double serverRate = server.first(u"verified"_s).toDouble() / (ms(serverTimer) / 1000);
    row(u"client recomputation (kohi-admin), events/s"_s, clientRate, streamRate, u"/s"_s);
    row(u"  (plain = COPY of the same columns to psql)"_s, clientRate, streamRate, u"/s"_s);
    row(u"client recomputation vs count(*) seq scan"_s, clientRate, scanRate, u"/s"_s);
    row(u"server SQL (kohi_audit.verify_chain), events/s"_s, serverRate, scanRate, u"/s"_s);
    out << "  client " << QString::number(client.seconds, 'f', 1) << " s, "
        << client.bytes / (1024 * 1024) << " MiB streamed; server "
        << QString::number(ms(serverTimer) / 1000, 'f', 1) << " s" << Qt::endl;

    // ------------------------------------------------------------------ monitoring (0017)
    out << Qt::endl << "Monitoring (rules, per-day counts):" << Qt::endl;
    {
        // First evaluation reads the whole history once (as after the upgrade to 0017).
        QElapsedTimer t;
        t.start();
        const PgResult first = must(dba, u"SELECT events FROM kohi.monitor_evaluate()"_s);
        const double firstRate = first.first(u"events"_s).toDouble() / (ms(t) / 1000);
        row(u"first evaluation of the whole log, events/s"_s, firstRate, scanRate, u"/s"_s);
        out << "  (plain = count(*) seq scan of the same table; "
            << QString::number(ms(t) / 1000, 'f', 1) << " s for "
            << first.first(u"events"_s).toString() << " events)" << Qt::endl;

        // Then increments: 1,000 new events at a time, against reading the same new rows.
        std::vector<double> api, plain;
        for (int round = 0; round < 5; ++round) {
            const qint64 before = must(dba, u"SELECT last_seq FROM kohi.monitor_state"_s)
                                      .first(u"last_seq"_s)
                                      .toLongLong();
            for (int i = 0; i < 1000; ++i)
                must(auditor, u"SELECT kohi_api.session_event('idle_lock')"_s);
            t.restart();
            must(dba, u"SELECT count(*) FROM kohi.audit_event WHERE chain_seq > $1"_s,
                 {QByteArray::number(before)});
            plain.push_back(ms(t));
            t.restart();
            must(dba, u"SELECT * FROM kohi.monitor_evaluate()"_s);
            api.push_back(ms(t));
        }
        row(u"incremental evaluation of 1,000 new events, p50"_s, stats(api).p50, stats(plain).p50);

        // The dashboard: 30 days from the kept counts (API: evaluation, checks, audit event) vs
        // counting the log itself per day, as a dashboard without the count table would.
        std::vector<double> dash, direct;
        for (int i = 0; i < 20; ++i) {
            t.restart();
            must(auditor, u"SELECT count(*) FROM kohi_api.monitor_daily_counts(current_date - 29,"
                          " current_date)"_s);
            dash.push_back(ms(t));
            t.restart();
            must(dba, u"SELECT (at AT TIME ZONE 'Asia/Tokyo')::date AS day, count(*),"
                      " count(*) FILTER (WHERE action = 'mynumber_reveal'),"
                      " count(*) FILTER (WHERE outcome <> 'ok') FROM kohi.audit_event"
                      " WHERE at >= current_date - 29 GROUP BY 1"_s);
            direct.push_back(ms(t));
        }
        row(u"dashboard, 30 days, p50"_s, stats(dash).p50, stats(direct).p50);
        out << "  (plain = grouping the last 30 days of the log directly)" << Qt::endl;
    }

    // ------------------------------------------------------------------ appending
    out << Qt::endl << "Appending (one session, autocommit):" << Qt::endl;
    {
        must(dba, u"CREATE TEMP TABLE plain_event (LIKE kohi.audit_event INCLUDING INDEXES)"_s);
        const int n = 2000;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            must(auditor, u"SELECT kohi_api.session_event('idle_lock')"_s);
        const double api = double(n) / (ms(t) / 1000);
        t.restart();
        for (int i = 0; i < n; ++i)
            must(dba,
                 u"INSERT INTO plain_event (chain_seq, at, login, action, outcome, details,"
                 " prev_hash, hash) VALUES ($1, clock_timestamp(), session_user, 'idle_lock', 'ok',"
                 " '{}', '\\x00', '\\x00')"_s,
                 {QByteArray::number(i)});
        const double plain = double(n) / (ms(t) / 1000);
        row(u"kohi_api.session_event (chained), events/s"_s, api, plain, u"/s"_s);
    }
    out << Qt::endl << "audit_bench: done (" << events << " events)." << Qt::endl;
    return 0;
}
