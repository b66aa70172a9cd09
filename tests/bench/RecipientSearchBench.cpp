// recipient_search_bench: search p95 through the API (session check, RLS, durable audit event)
// and through the API as it was before 0019 (a second database migrated up to 0018),
// against the same indexed query run directly by the superuser (no RLS, no audit), measured in
// the same run on the same data; ROUNDS measurements on the same data, each with its ratios, and
// their median; then one round with the audit switched off (where the time goes). Beside wall
// time it reports CPU time per call (the backend's and the sealer's, read from /proc), which a
// loaded machine does not inflate the way it inflates wall time.
// Usage: recipient_search_bench [RECIPIENTS=1000000] [QUERIES=300] [ROUNDS=1]
#include "tests/bench/BenchCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, mean = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    for (double v : ms)
        s.mean += v;
    s.mean /= double(ms.size());
    return s;
}

const QStringList kPrefixes = {u"サトウ"_s,     u"スズキ"_s,      u"タカハシ"_s,   u"タナカ"_s,
                               u"イトウ"_s,     u"ワタナベ"_s,    u"ヤマモト"_s,   u"ナカムラ"_s,
                               u"コバヤシ"_s,   u"カトウ"_s,      u"ヨシダ　ハ"_s, u"ヤマダ　タ"_s,
                               u"ササキ　ユ"_s, u"マツモト　レ"_s};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int recipients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int queries = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 300;
    const int rounds = std::max(1, argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 1);

    kohi::bench::BenchCluster cluster;
    if (!cluster.ok()) {
        out << "cluster setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    // "before": the same cluster, a second database migrated only up to 0018 (reads logged in
    // the reader's transaction under the chain-head lock), with the same recipients.
    QTemporaryDir beforeDir;
    const QDir all(QStringLiteral(KOHI_SOURCE_DIR "/db/migrations"));
    for (const QString& f : all.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (f < u"0019"_s)
            QFile::copy(all.filePath(f), beforeDir.filePath(f));
    auto dba = cluster.admin();
    if (!dba->exec(u"CREATE DATABASE kohi_before"_s).ok ||
        cluster.kohiAdmin({u"migrate"_s, u"--dir"_s, beforeDir.path()}, {}, u"kohi_before"_s) !=
            0 ||
        // (kohi-admin refuses a database older than it supports — the version guard — so the
        // old database is named directly, as kohi-admin env set did at 0018.)
        !cluster.admin(u"kohi_before"_s)
             ->exec(u"UPDATE kohi.environment SET kind = 'development', name = 'ベンチ'"_s)
             .ok) {
        out << "before database: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto dbaBefore = cluster.admin(u"kohi_before"_s);
    dbaBefore->exec(u"SELECT kohi.generate_synthetic_recipients($1::int)"_s,
                    {QByteArray::number(recipients)});
    dbaBefore->exec(u"VACUUM ANALYZE kohi.recipient"_s);
    QElapsedTimer load;
    load.start();
    auto gen = dba->exec(u"SELECT kohi.generate_synthetic_recipients($1::int)"_s,
                         {QByteArray::number(recipients)});
    if (!gen.ok) {
        out << "generate failed: " << gen.errorMessage << Qt::endl;
        return 1;
    }
    dba->exec(u"VACUUM ANALYZE kohi.recipient"_s);
    out << "generated " << recipients << " synthetic recipients in " << load.elapsed() / 1000.0
        << " s" << Qt::endl;

    cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_clerk"_s, u"--name"_s, u"ベンチ 職員"_s,
                       u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                      "Bench-Pass-2026!\n");
    dba->exec(u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"_s);
    kohi::db::Session clerk(cluster.settings());
    if (!clerk.open(u"bench_clerk"_s, u"Bench-Pass-2026!"_s).ok()) {
        out << "clerk login failed" << Qt::endl;
        return 1;
    }
    // (kohi-admin refuses the old database — the version guard — so the clerk is created as
    // kohi-admin did at 0018: the DBA's user_create with a SCRAM secret.)
    dbaBefore->exec(
        u"SELECT kohi_api.user_create($1, 'ベンチ 職員', ARRAY['kohi_clerk_nanbyo'], $2)"_s,
        {QByteArray("bench_clerk_before"),
         dbaBefore->scramSecret(u"bench_clerk_before"_s, u"Bench-Pass-2026!"_s)});
    dbaBefore->exec(
        u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"_s);
    auto beforeSettings = cluster.settings();
    beforeSettings.database = u"kohi_before"_s;
    kohi::db::Session clerkBefore(beforeSettings);
    if (!clerkBefore.open(u"bench_clerk_before"_s, u"Bench-Pass-2026!"_s).ok()) {
        out << "clerk login (before) failed" << Qt::endl;
        return 1;
    }

    // Baseline: the same indexed keyset query, run by the superuser: no RLS, no audit, no checks.
    const QString baseline =
        u"SELECT r.id, r.programme, r.recipient_number, r.family_name || '　' || r.given_name,"
        " r.family_name_kana || '　' || r.given_name_kana AS kana, r.birth_date, r.sex,"
        " r.municipality_code, r.phone, r.status FROM kohi.recipient r"
        " WHERE r.programme = '54' AND r.kana_key LIKE $1 || '%'"
        " ORDER BY r.kana_key, r.id LIMIT 100"_s;
    const QString api =
        u"SELECT * FROM kohi_api.recipient_search($1, NULL, NULL, NULL, NULL, NULL, 100)"_s;

    struct Round
    {
        Stats api, base, page, before;
        double apiCpu = -1, baseCpu = -1; // CPU ms per call, load-independent (see below)
        double sealerCpu = -1;            // the sealer's part of apiCpu
    };
    // The processes whose CPU a call costs: the clerk's backend, the sealer of its database
    // (which links the clerk's events into the chain), and the superuser's backend for the
    // baseline. Wall time on a shared 2-core machine grows with everyone else's load; CPU time
    // per call does not.
    auto pidOf = [&](const QString& sql) {
        const auto r = dba->exec(sql);
        return r.ok && !r.rows.isEmpty() ? r.rows.first().first().toLongLong() : qint64(-1);
    };
    const qint64 clerkPid = pidOf(
        u"SELECT pid FROM pg_stat_activity WHERE usename = 'bench_clerk' AND datname = 'kohi'"_s);
    const qint64 dbaPid = pidOf(u"SELECT pg_backend_pid()"_s);
    auto sealerPid = [&] {
        return pidOf(u"SELECT pid FROM pg_stat_activity WHERE application_name ="
                     " 'kohi audit sealer' AND datname = current_database()"_s);
    };
    // One round: the three first-page queries interleaved (cache state and machine load affect
    // all alike), then the next keyset page through the API. False on a wrong answer.
    auto measure = [&](Round& round, bool withBefore) {
        std::vector<double> apiMs, baseMs, pageMs, beforeMs;
        QRandomGenerator rng(42);
        for (int i = 0; i < 20; ++i) {
            clerk.exec(api, {kPrefixes[i % kPrefixes.size()].toUtf8()});
            clerkBefore.exec(api, {kPrefixes[i % kPrefixes.size()].toUtf8()});
            dba->exec(baseline, {kPrefixes[i % kPrefixes.size()].toUtf8()});
        }
        const qint64 sealer = sealerPid();
        const double cpu0Clerk = kohi::bench::processCpuMs(clerkPid),
                     cpu0Dba = kohi::bench::processCpuMs(dbaPid),
                     cpu0Sealer = kohi::bench::processCpuMs(sealer);
        int apiCalls = 0;
        for (int i = 0; i < queries; ++i) {
            const QByteArray prefix = kPrefixes[rng.bounded(int(kPrefixes.size()))].toUtf8();
            QElapsedTimer t;
            t.start();
            const auto a = clerk.exec(api, {prefix});
            ++apiCalls;
            apiMs.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            const auto b = dba->exec(baseline, {prefix});
            baseMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (withBefore) {
                t.restart();
                const auto c = clerkBefore.exec(api, {prefix});
                beforeMs.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!c.ok || c.rows.size() != b.rows.size()) {
                    out << "mismatch (before): " << c.rows.size() << " rows (" << c.errorMessage
                        << ")" << Qt::endl;
                    return false;
                }
            }
            if (!a.ok || !b.ok || a.rows.size() != b.rows.size()) {
                out << "mismatch: api " << a.rows.size() << " rows (" << a.errorMessage
                    << "), baseline " << b.rows.size() << Qt::endl;
                return false;
            }
            // Next keyset page through the API from the last row of the first page.
            if (!a.rows.isEmpty()) {
                const auto& last = a.rows.last();
                t.restart();
                clerk.exec(
                    u"SELECT * FROM kohi_api.recipient_search($1, NULL, NULL, NULL, $2, $3, 100)"_s,
                    {prefix, last.at(4).toString().toUtf8(), last.at(0).toString().toUtf8()});
                pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
                ++apiCalls;
            }
        }
        // (The sealer's own pid is read again: a different one means it restarted meanwhile.)
        if (sealer > 0 && sealer == sealerPid() && cpu0Clerk >= 0 && cpu0Dba >= 0) {
            round.sealerCpu = (kohi::bench::processCpuMs(sealer) - cpu0Sealer) / apiCalls;
            round.apiCpu =
                (kohi::bench::processCpuMs(clerkPid) - cpu0Clerk) / apiCalls + round.sealerCpu;
            // (The superuser's backend also answered the sealer-pid lookups: two trivial calls.)
            round.baseCpu = (kohi::bench::processCpuMs(dbaPid) - cpu0Dba) / queries;
        }
        round.api = stats(apiMs);
        round.base = stats(baseMs);
        round.page = stats(pageMs);
        if (withBefore)
            round.before = stats(beforeMs);
        return true;
    };

    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "recipients: " << recipients << ", queries: " << queries << ", rounds: " << rounds
        << Qt::endl;
    std::vector<double> ratio95, ratio50, before95, cpuRatio;
    for (int r = 0; r < rounds; ++r) {
        Round round;
        if (!measure(round, true))
            return 1;
        const Stats &sa = round.api, &sb = round.base, &sp = round.page, &sf = round.before;
        out << "round " << r + 1 << Qt::endl;
        out << "  baseline (superuser, indexed, no RLS/audit): p50 " << sb.p50 << " ms, p95 "
            << sb.p95 << " ms" << Qt::endl;
        out << "  API (clerk, RLS + session check + audit):    p50 " << sa.p50 << " ms, p95 "
            << sa.p95 << " ms" << Qt::endl;
        out << "  API before (0018, audit in the reader's tx): p50 " << sf.p50 << " ms, p95 "
            << sf.p95 << " ms" << Qt::endl;
        out << "  API next keyset page:                        p50 " << sp.p50 << " ms, p95 "
            << sp.p95 << " ms" << Qt::endl;
        out << "  ratio API/baseline p95: " << sa.p95 / sb.p95 << "x, p50: " << sa.p50 / sb.p50
            << "x; before/baseline p95: " << sf.p95 / sb.p95 << "x, p50: " << sf.p50 / sb.p50 << "x"
            << Qt::endl;
        if (round.apiCpu > 0 && round.baseCpu > 0) {
            out << "  CPU per call (backend + sealer): API " << round.apiCpu << " ms (sealer "
                << round.sealerCpu << " ms), baseline " << round.baseCpu << " ms, ratio "
                << round.apiCpu / round.baseCpu << "x" << Qt::endl;
            cpuRatio.push_back(round.apiCpu / round.baseCpu);
        }
        ratio95.push_back(sa.p95 / sb.p95);
        ratio50.push_back(sa.p50 / sb.p50);
        before95.push_back(sf.p95 / sb.p95);
    }
    out << "median over " << rounds << " rounds: API/baseline p95 " << stats(ratio95).p50
        << "x, p50 " << stats(ratio50).p50 << "x; before/baseline p95 " << stats(before95).p50
        << "x" << Qt::endl;
    if (!cpuRatio.empty())
        out << "median over " << cpuRatio.size() << " rounds: API/baseline CPU per call "
            << stats(cpuRatio).p50 << "x" << Qt::endl;

    // Where the API's time goes: the same round with kohi.audit() a no-op (last: it changes the
    // database). The difference is the durable event's cost; the rest is the session check, the
    // policy, the function call and its result.
    if (!dba->exec(u"CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text,"
                   " p_outcome text, p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,"
                   " p_login name DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS 'BEGIN END'"_s)
             .ok) {
        out << "could not switch the audit off" << Qt::endl;
        return 1;
    }
    Round quiet;
    if (!measure(quiet, false))
        return 1;
    out << "API with kohi.audit() a no-op: p50 " << quiet.api.p50 << " ms, p95 " << quiet.api.p95
        << " ms vs baseline p50 " << quiet.base.p50 << " ms, p95 " << quiet.base.p95
        << " ms (ratio p95 " << quiet.api.p95 / quiet.base.p95 << "x, p50 "
        << quiet.api.p50 / quiet.base.p50 << "x)" << Qt::endl;
    if (quiet.apiCpu > 0 && quiet.baseCpu > 0)
        out << "  CPU per call with kohi.audit() a no-op: API " << quiet.apiCpu << " ms, baseline "
            << quiet.baseCpu << " ms, ratio " << quiet.apiCpu / quiet.baseCpu << "x" << Qt::endl;
    return 0;
}
