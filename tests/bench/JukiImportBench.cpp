// juki_import_bench: a 住基ネット answer file (CP932) validated, matched, sealed and staged through
// the whole import path (core parser, kohi_api.juki_import_*, every accepted number registered
// by kohi_api.juki_import_register in one call, one transaction), in rows per second, beside two
// baselines measured in the same run on the same cluster: a plain COPY of the same file into an
// unindexed table by the superuser, and the server's sealing alone (the keyed hash and the
// X25519 + AES-GCM envelope that every stored number needs, one per row, nothing else).
// Usage: juki_import_bench [ROWS=2000]   (the figure: juki_import_bench 54000)
#include "core/import/JukiAnswerFile.h"
#include "db/JukiImportRepository.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/bench/BenchCluster.h"
#include "tests/support/JukiFileBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

// COPY FROM STDIN of the file's bytes as they are (the server decodes SJIS); milliseconds.
double copyMs(kohi::db::Session& dba, const QByteArray& bytes, QString* error)
{
    PGconn* conn = dba.nativeHandle();
    QElapsedTimer t;
    t.start();
    PGresult* r = PQexec(conn, "COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true,"
                               " ENCODING 'SJIS')");
    const bool started = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!started || PQputCopyData(conn, bytes.constData(), int(bytes.size())) != 1 ||
        PQputCopyEnd(conn, nullptr) != 1) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
        return -1;
    }
    bool ok = true;
    while ((r = PQgetResult(conn))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            *error = QString::fromUtf8(PQresultErrorMessage(r));
        }
        PQclear(r);
    }
    return ok ? double(t.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;

    kohi::bench::BenchCluster cluster;
    if (!cluster.ok()) {
        out << "cluster setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    if (cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_viewer"_s, u"--name"_s, u"閲覧"_s,
                           u"--duty"_s, u"kohi_mynumber_viewer"_s, u"--password-stdin"_s},
                          "Bench-Viewer-2026\n") != 0 ||
        cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_clerk"_s, u"--name"_s, u"事務"_s,
                           u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                          "Bench-Clerk-2026!\n") != 0) {
        out << "user setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto dba = cluster.admin();
    dba->exec(u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"_s);
    dba->exec(u"UPDATE kohi.setting SET value = 1 WHERE key = 'mynumber_argon2_test_params'"_s);
    kohi::db::MyNumberKeyCeremony::KeyInfo key;
    QString error;
    if (!kohi::db::MyNumberKeyCeremony(*dba, {64, 1, 1})
             .createFirstKey(u"bench_viewer"_s, u"benchmark passphrase", &key, &error)) {
        out << "key setup failed: " << error << Qt::endl;
        return 1;
    }
    // Recipients 1..N with one open inquiry each (B0000001…), and the answer file for them.
    const auto prepared = dba->exec(
        u"WITH r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
        "   given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
        "   municipality_code, synthetic)"
        " SELECT '54', lpad(i::text, 7, '0'), '髙橋', '一郎', 'タカハシ',"
        "   CASE WHEN i / 30000 = 0 THEN 'イチロウ' ELSE 'ジロウ' END,"
        "   date '1930-01-01' + i % 30000, 1 + i % 2, '大阪府岸和田市', '272027', true"
        " FROM generate_series(1, $1::int) i RETURNING id, recipient_number)"
        " INSERT INTO kohi.juki_inquiry (inquiry_no, recipient_id, programme, reason)"
        " SELECT 'B' || recipient_number, id, '54', 'synthetic' FROM r"_s,
        {QByteArray::number(rows)});
    if (!prepared.ok) {
        out << "recipients failed: " << prepared.errorMessage << Qt::endl;
        return 1;
    }
    dba->exec(u"ANALYZE"_s);
    kohi::test::JukiFileBuilder builder;
    for (int i = 1; i <= rows; ++i) {
        // One person per row: 氏名カナ and 生年月日 together never repeat (rule B of 0033).
        const QDate birth = QDate(1930, 1, 1).addDays(i % 30000);
        builder.row(u"B"_s + QString::number(i).rightJustified(7, u'0'), u"00"_s,
                    kohi::test::syntheticMyNumber(30000000000LL + i), u"髙橋　一郎"_s,
                    i / 30000 == 0 ? u"ﾀｶﾊｼ ｲﾁﾛｳ"_s : u"ﾀｶﾊｼ ｼﾞﾛｳ"_s, birth.toString(u"yyyyMMdd"_s),
                    QString::number(1 + i % 2), u"大阪府岸和田市①丁目 %1番"_s.arg(i),
                    u"9"_s + QString::number(i).rightJustified(10, u'0'));
    }
    const QByteArray bytes = builder.bytes();

    // Baseline: the same bytes into a plain table.
    dba->exec(u"CREATE TABLE bench_copy (inquiry_no text, result text, number text, name text,"
              " kana text, birth text, sex text, address text, resident text)"_s);
    const double copy = copyMs(*dba, bytes, &error);
    if (copy < 0) {
        out << "COPY failed: " << error << Qt::endl;
        return 1;
    }

    // Baseline 2: the seal alone, as the superuser, one per row in one statement.
    QElapsedTimer sealTimer;
    sealTimer.start();
    const auto sealed =
        dba->exec(u"SELECT count(s.dup_hash) AS n FROM generate_series(1, $1::int) i,"
                  " LATERAL kohi.kohi_mynumber_seal(lpad(i::text, 12, '0'),"
                  "   (SELECT public_key FROM kohi.mynumber_key WHERE status = 'active'),"
                  "   kohi.mynumber_associated_data(i, 'patient', gen_random_uuid())) s"_s,
                  {QByteArray::number(rows)});
    const double sealMs = double(sealTimer.nsecsElapsed()) / 1e6;
    if (!sealed.ok || sealed.first(u"n"_s).toInt() != rows) {
        out << "seal baseline failed: " << sealed.errorMessage << Qt::endl;
        return 1;
    }

    kohi::db::Session clerk(cluster.settings());
    if (!clerk.open(u"bench_clerk"_s, u"Bench-Clerk-2026!"_s).ok()) {
        out << "clerk login failed" << Qt::endl;
        return 1;
    }
    clerk.exec(u"SELECT kohi_api.session_begin('bench')"_s);
    kohi::db::MyNumberRepository numbers(clerk, key.fingerprintHex);
    // The set-based part alone: parse, validate, match on the server, roll back (a dry run).
    QElapsedTimer t;
    t.start();
    {
        kohi::juki::AnswerFile dry = kohi::juki::parseAnswerFile(bytes);
        const auto r =
            kohi::db::JukiImportRepository(clerk, numbers).importFile(dry, u"bench.csv"_s, true);
        if (r.status != kohi::juki::ImportReport::Status::DryRun) {
            out << "dry run failed: " << r.message << Qt::endl;
            return 1;
        }
    }
    const double dryMs = double(t.nsecsElapsed()) / 1e6;
    t.start();
    kohi::juki::AnswerFile file = kohi::juki::parseAnswerFile(bytes);
    const double parseMs = double(t.nsecsElapsed()) / 1e6;
    const kohi::juki::ImportReport report =
        kohi::db::JukiImportRepository(clerk, numbers).importFile(file, u"bench.csv"_s, false);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (report.status != kohi::juki::ImportReport::Status::Imported ||
        report.counts().value(u"ACCEPT"_s) != rows) {
        out << "import failed: " << report.message << " (ACCEPT "
            << report.counts().value(u"ACCEPT"_s) << " of " << rows << ")" << Qt::endl;
        return 1;
    }
    const double copyRate = rows / (copy / 1000);
    const double importRate = rows / (importMs / 1000);
    out << "== 住基ネット import, " << rows << " rows, CP932 (" << bytes.size() / 1024 << " KiB)"
        << Qt::endl;
    out << QString::asprintf("plain COPY into an unindexed table : %10.0f rows/s (%.0f ms)",
                             copyRate, copy)
        << Qt::endl;
    out << QString::asprintf("seal alone (hash + envelope, server): %9.0f rows/s (%.0f ms)",
                             rows / (sealMs / 1000), sealMs)
        << Qt::endl;
    out << QString::asprintf("parse + validate (core, client)    : %10.0f rows/s (%.0f ms)",
                             rows / (parseMs / 1000), parseMs)
        << Qt::endl;
    out << QString::asprintf("parse, validate, match (dry run)   : %10.0f rows/s (%.0f ms)",
                             rows / (dryMs / 1000), dryMs)
        << Qt::endl;
    out << QString::asprintf("validate, match, seal, stage (all) : %10.0f rows/s (%.0f ms)",
                             importRate, importMs)
        << Qt::endl;
    out << QString::asprintf("per staged number (registration)   : %10.2f ms",
                             (importMs - dryMs) / rows)
        << Qt::endl;
    out << QString::asprintf("import / COPY                      : %10.3f (goal >= 0.2)",
                             importRate / copyRate)
        << Qt::endl;
    out << QString::asprintf("import / seal alone                : %10.3f",
                             importRate / (rows / (sealMs / 1000)))
        << Qt::endl;
    return 0;
}
