// renewal_notice_bench: the yearly mass renewal (一斉更新) of N recipients to PDF notices — the
// batch created on the server, then `kohi-admin renewal notices --workers W` as the clerk
// (W processes sharing the batch part by part) — in notices per second, beside rendering one
// notice in a loop into a PDF in this process (one core, no database), measured in the same run.
// Usage: renewal_notice_bench [N=2000] [WORKERS=2]   (the figure: renewal_notice_bench
// 50000) The goal: ≥ 100 notices/s on 2 cores. (Resume after a kill without duplicates or gaps is a
// test: tests/integration/RenewalBatchTests.cpp.)
#include "app/client/renewal/RenewalNoticePdf.h"
#include "db/RenewalBatchRepository.h"
#include "tests/bench/BenchCluster.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

kohi::db::RenewalNotice sampleNotice()
{
    kohi::db::RenewalNotice n;
    n.seq = 1;
    n.part = 1;
    n.healthCentre = u"ikeda"_s;
    n.healthCentreName = u"池田保健所"_s;
    n.recipientNumber = u"0001073"_s;
    n.publicPayerNumber = u"54270013"_s;
    n.programmeName = u"特定医療費（指定難病）"_s;
    n.familyName = u"更新"_s;
    n.givenName = u"花子"_s;
    n.familyNameKana = u"コウシン"_s;
    n.givenNameKana = u"ハナコ"_s;
    n.birthDate = QDate(1960, 4, 1);
    n.sex = 2;
    n.postalCode = u"563-0000"_s;
    n.address = u"大阪府池田市城南一丁目1番1号"_s;
    n.municipalityName = u"池田市"_s;
    n.diseaseName = u"パーキンソン病"_s;
    n.incomeTierLabel = u"一般所得I"_s;
    n.monthlyCap = 10000;
    n.validFrom = QDate(2026, 1, 1);
    n.validTo = QDate(2026, 12, 31);
    n.noticeDate = QDate(2026, 10, 1);
    n.deadline = QDate(2026, 11, 30);
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int workers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2;
    if (n < 1 || workers < 1) {
        out << "usage: renewal_notice_bench [N=2000] [WORKERS=2]" << Qt::endl;
        return 2;
    }

    kohi::bench::BenchCluster cluster;
    if (!cluster.ok()) {
        out << "cluster setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    if (cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_clerk"_s, u"--name"_s, u"事務"_s,
                           u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                          "Bench-Clerk-2026!\n") != 0) {
        out << "user setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto dba = cluster.admin();
    dba->exec(u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"_s);
    // N recipients of 難病 over the prefecture's 保健所 areas, each with a certificate that ends
    // on 31 December.
    const auto setup = dba->exec(
        u"WITH m AS (SELECT array_agg(x.municipality_code ORDER BY x.municipality_code) AS codes"
        "            FROM kohi.municipality_health_centre x),"
        " r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        "        family_name_kana, given_name_kana, birth_date, sex, postal_code, address,"
        "        municipality_code, synthetic)"
        "      SELECT '54', lpad(g::text, 7, '0'), '更新', '花子' || g, 'コウシン', 'ハナコ',"
        "             date '1950-01-01' + g % 20000, 1 + g % 2, '563-0000',"
        "             '大阪府テスト市一丁目' || g || '番', m.codes[1 + g % cardinality(m.codes)], "
        "true"
        "      FROM generate_series(1, $1::int) g, m RETURNING id)"
        " INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
        "        disease_code, income_tier, monthly_cap, valid_from, valid_to, decided_by,"
        "        decided_at)"
        " SELECT '54', r.id, 'new', 'approved', date '2026-01-05', '006', 'general1', 10000,"
        "        date '2026-01-01', date '2026-12-31', 'bench', now() FROM r"_s,
        {QByteArray::number(n)});
    if (!setup.ok) {
        out << "data setup failed: " << setup.errorMessage << Qt::endl;
        return 1;
    }
    dba->exec(u"ANALYZE"_s);

    // Baseline: one notice rendered in a loop into one PDF in memory (one core, no database).
    const int loops = std::min(n, 500);
    const QList<kohi::db::RenewalNotice> same(loops, sampleNotice());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QElapsedTimer t;
    t.start();
    const QString problem = kohi::app::RenewalNoticePdf::write(same, buffer);
    const double loopSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!problem.isEmpty()) {
        out << "render failed: " << problem << Qt::endl;
        return 1;
    }
    const double loopRate = loops / loopSeconds;

    // The batch as the clerk, as a scheduled run would do it.
    kohi::db::Session clerk(cluster.settings());
    if (!clerk.open(u"bench_clerk"_s, u"Bench-Clerk-2026!"_s).ok()) {
        out << "clerk login failed" << Qt::endl;
        return 1;
    }
    kohi::db::RenewalBatchRepository batches(clerk);
    t.restart();
    const auto created =
        batches.create(u"54"_s, QDate(2026, 12, 31), QDate(2026, 10, 1), QDate(2026, 11, 30));
    const double createSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!created || created->recipients != n) {
        out << "batch create failed: " << batches.lastError().message << Qt::endl;
        return 1;
    }
    QTemporaryDir outDir(u"/tmp/kohi-renewal-bench-XXXXXX"_s);
    QProcessEnvironment env = cluster.environment();
    env.insert(u"PGUSER"_s, u"bench_clerk"_s);
    env.insert(u"PGPASSWORD"_s, u"Bench-Clerk-2026!"_s);
    env.insert(u"PGPASSFILE"_s, u"/nonexistent"_s);
    QProcess run;
    run.setProcessEnvironment(env);
    run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    t.restart();
    run.start(kohi::bench::BenchCluster::kohiAdminBinary(),
              {u"renewal"_s, u"notices"_s, QString::number(created->id), u"--out"_s, outDir.path(),
               u"--workers"_s, QString::number(workers)});
    run.waitForFinished(-1);
    const double batchSeconds = double(t.nsecsElapsed()) / 1e9;
    const auto status = batches.status(created->id);
    if (run.exitCode() != 0 || !status || status->isEmpty() ||
        status->first().noticesGenerated != n) {
        out << "batch run failed (exit " << run.exitCode() << ")" << Qt::endl;
        return 1;
    }
    qint64 bytes = 0;
    const auto files = QDir(outDir.path()).entryInfoList({u"*.pdf"_s}, QDir::Files);
    for (const QFileInfo& f : files)
        bytes += f.size();
    const double batchRate = n / batchSeconds;

    out << "renewal notices: " << n << " recipients, " << workers << " worker processes, "
        << files.size() << " PDF files (" << bytes / (1024 * 1024) << " MiB)" << Qt::endl;
    out << "  batch create (selection, parts): " << QString::number(createSeconds, 'f', 2) << " s"
        << Qt::endl;
    out << "  batch to PDF notices:  " << QString::number(batchRate, 'f', 1) << " notices/s ("
        << QString::number(batchSeconds, 'f', 1) << " s)" << Qt::endl;
    out << "  one notice in a loop:  " << QString::number(loopRate, 'f', 1) << " notices/s ("
        << loops << " in " << QString::number(loopSeconds, 'f', 2) << " s, one core, no database)"
        << Qt::endl;
    out << "  ratio batch / loop:    " << QString::number(batchRate / loopRate, 'f', 2)
        << "x   goal >= 100 notices/s: " << (batchRate >= 100 ? "met" : "NOT met") << Qt::endl;
    return 0;
}
