// audit_throughput_bench: audited API calls per second with N concurrent clerks, before (0018:
// every event appended under the chain-head lock in the caller's transaction) and after (0019:
// durable events committed by the sealer worker, changes linked after commit), beside the same
// query unaudited (superuser, plain indexed lookup), all in one run on one cluster.
// Also: the same workload while one clerk holds a transaction open after an audited call.
// Usage: audit_throughput_bench [CLERKS=20] [SECONDS=5] [RECIPIENTS=20000]
#include "tests/bench/BenchCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <libpq-fe.h>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString conninfo(const kohi::db::ConnectionSettings& s, const QString& database,
                 const QString& user)
{
    return u"host=%1 port=%2 dbname=%3 user=%4 sslmode=verify-full sslrootcert=%5"_s.arg(s.host)
        .arg(s.port)
        .arg(database, user, s.sslRootCert);
}

// Calls per second of `sql` (one parameter: a recipient number) from `clerks` connections.
double throughput(const kohi::db::ConnectionSettings& settings, const QString& database,
                  const QStringList& users, const QString& password, const QString& sql,
                  int recipients, int seconds, int* errors)
{
    std::atomic<long> calls{0};
    std::atomic<int> failed{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < users.size(); ++i) {
        threads.emplace_back([&, i] {
            const QByteArray info = conninfo(settings, database, users[i]).toUtf8();
            const QByteArray pw = password.toUtf8();
            const char* keys[] = {"dbname", "password", nullptr};
            const char* values[] = {info.constData(), pw.constData(), nullptr};
            PGconn* c = PQconnectdbParams(keys, values, 1);
            if (PQstatus(c) != CONNECTION_OK) {
                failed++;
                PQfinish(c);
                return;
            }
            std::mt19937 rng{unsigned(i)};
            const QByteArray q = sql.toUtf8();
            while (!stop) {
                const QByteArray number = QByteArray::number(1000001 + int(rng() % recipients));
                const char* params[] = {number.constData()};
                PGresult* r =
                    PQexecParams(c, q.constData(), 1, nullptr, params, nullptr, nullptr, 0);
                if (PQresultStatus(r) == PGRES_TUPLES_OK)
                    calls++;
                else
                    failed++;
                PQclear(r);
            }
            PQfinish(c);
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    *errors = failed;
    return double(calls) / seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int clerks = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const int seconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    const int recipients = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 20000;

    kohi::bench::BenchCluster cluster;
    if (!cluster.ok()) {
        out << "cluster setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    // "before": the same cluster, a database migrated only up to 0018.
    QTemporaryDir before;
    const QDir all(QStringLiteral(KOHI_SOURCE_DIR "/db/migrations"));
    for (const QString& f : all.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (f < u"0019"_s)
            QFile::copy(all.filePath(f), before.filePath(f));
    auto dba = cluster.admin();
    if (!dba || !dba->exec(u"CREATE DATABASE kohi_before"_s).ok ||
        cluster.kohiAdmin({u"migrate"_s, u"--dir"_s, before.path()}, {}, u"kohi_before"_s) != 0 ||
        // (kohi-admin refuses a database older than it supports — the version guard — so the
        // old database is named directly, as kohi-admin env set did at 0018.)
        !cluster.admin(u"kohi_before"_s)
             ->exec(u"UPDATE kohi.environment SET kind = 'development', name = 'ベンチ'"_s)
             .ok) {
        out << "before database: " << cluster.error() << Qt::endl;
        return 1;
    }

    const QString password = u"Bench-Pass-2026!"_s;
    // Roles are per cluster: each database has its own clerks.
    auto clerkName = [](const QString& database, int i) {
        return (database == u"kohi"_s ? u"bench_after_%1"_s : u"bench_before_%1"_s).arg(i);
    };
    QStringList users;
    QStringList usersBefore;
    for (const QString& database : {u"kohi"_s, u"kohi_before"_s}) {
        auto db = cluster.admin(database);
        if (!db->exec(u"SELECT kohi.generate_synthetic_recipients($1::int)"_s,
                      {QByteArray::number(recipients)})
                 .ok)
            return 1;
        db->exec(u"VACUUM ANALYZE kohi.recipient"_s);
        for (int i = 0; i <= clerks; ++i) { // one more: the holder
            const QString login = clerkName(database, i);
            // (kohi-admin refuses the old database — the version guard — so its clerks are
            // created as kohi-admin did at 0018: the DBA's user_create with a SCRAM secret.)
            const bool created =
                database == u"kohi_before"_s
                    ? db->exec(u"SELECT kohi_api.user_create($1, 'ベンチ 職員',"
                               " ARRAY['kohi_clerk_nanbyo'], $2)"_s,
                               {login.toUtf8(), db->scramSecret(login, password)})
                          .ok
                    : cluster.kohiAdmin({u"user"_s, u"create"_s, login, u"--name"_s,
                                         u"ベンチ 職員"_s, u"--duty"_s, u"kohi_clerk_nanbyo"_s,
                                         u"--password-stdin"_s},
                                        (password + u"\n"_s).toUtf8(), database) == 0;
            if (!created) {
                out << "user create: " << cluster.error() << Qt::endl;
                return 1;
            }
            if (i < clerks)
                (database == u"kohi"_s ? users : usersBefore) << login;
        }
        db->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                 " password_changed_at = now()"_s);
        // The "before" design stalls behind a held transaction: bound each call there.
        if (database == u"kohi_before"_s)
            for (int i = 0; i <= clerks; ++i)
                db->exec(
                    u"ALTER ROLE %1 IN DATABASE kohi_before SET statement_timeout = '2s'"_s.arg(
                        clerkName(database, i)));
    }
    // Numbers are 1000001.. in generation order (kohi.generate_synthetic_recipients).
    const QString audited =
        u"SELECT * FROM kohi_api.recipient_search(NULL, $1, NULL, NULL, NULL, NULL, 100)"_s;
    const QString plain = u"SELECT r.id, r.programme, r.recipient_number FROM kohi.recipient r"
                          " WHERE r.programme = '54' AND r.recipient_number = $1"_s;
    QStringList admins;
    for (int i = 0; i < clerks; ++i)
        admins << u"kohi_dba"_s;
    const auto settings = cluster.settings();
    int e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0;
    const double base = throughput(settings, u"kohi"_s, admins, cluster.adminPassword(), plain,
                                   recipients, seconds, &e1);
    const double after =
        throughput(settings, u"kohi"_s, users, password, audited, recipients, seconds, &e2);
    const double beforeRate = throughput(settings, u"kohi_before"_s, usersBefore, password, audited,
                                         recipients, seconds, &e3);

    // One clerk holds a transaction open after an audited call, in each design.
    auto holdOpen = [&](const QString& database) {
        const QByteArray info = conninfo(settings, database, clerkName(database, clerks)).toUtf8();
        const QByteArray pw = password.toUtf8();
        const char* keys[] = {"dbname", "password", nullptr};
        const char* values[] = {info.constData(), pw.constData(), nullptr};
        PGconn* c = PQconnectdbParams(keys, values, 1);
        PQclear(PQexec(c, "BEGIN"));
        PQclear(PQexec(c, "SELECT kohi_api.session_event('idle_lock')"));
        return c;
    };
    PGconn* holder = holdOpen(u"kohi"_s);
    const double afterHeld =
        throughput(settings, u"kohi"_s, users, password, audited, recipients, seconds, &e4);
    PQfinish(holder);
    holder = holdOpen(u"kohi_before"_s);
    const double beforeHeld = throughput(settings, u"kohi_before"_s, usersBefore, password, audited,
                                         recipients, seconds, &e5);
    PQfinish(holder);

    // The same API calls with the audit switched off (kohi.audit() a no-op): the audit's own
    // cost. Last, since it changes the database.
    int e6 = 0;
    dba->exec(u"CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text,"
              " p_outcome text, p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,"
              " p_login name DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS 'BEGIN END'"_s);
    const double unaudited =
        throughput(settings, u"kohi"_s, users, password, audited, recipients, seconds, &e6);

    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << clerks << " concurrent connections, " << seconds << " s each, " << recipients
        << " recipients" << Qt::endl;
    out << "plain indexed lookup (superuser, no API):       " << base << " calls/s" << Qt::endl;
    out << "API with the audit switched off:                " << unaudited << " calls/s"
        << Qt::endl;
    out << "audited, before (0018, chain-head lock):        " << beforeRate << " calls/s ("
        << beforeRate / base << "x of plain), errors " << e3 << Qt::endl;
    out << "audited, after (0019, sealer worker):           " << after << " calls/s ("
        << after / base << "x of plain), errors " << e2 << Qt::endl;
    out << "with one transaction held open, before:         " << beforeHeld
        << " calls/s, errors (timeouts) " << e5 << Qt::endl;
    out << "with one transaction held open, after:          " << afterHeld << " calls/s, errors "
        << e4 << Qt::endl;
    out << "after/before: " << after / beforeRate << "x; after/unaudited API: " << after / unaudited
        << "x; before/unaudited API: " << beforeRate / unaudited << "x" << Qt::endl;
    return e2 == 0 && e4 == 0 ? 0 : 1;
}
