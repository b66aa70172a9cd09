// The yearly mass renewal (一斉更新, 0038) through raw connections: the batch's selection and
// parts, claims that never hand one part to two sessions, a killed session's part taken again,
// cancel and resume, intake, the walls between programme groups, durable refusals; and
// kohi-admin renewal killed mid-run and resumed: every notice exactly once.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// n recipients of a programme over four 保健所 areas (池田, 岸和田, 茨木, 大東), each with an
// approved certificate ending on validTo; numbers from first.
void addRecipients(kohi::db::Session& dba, const QString& programme, int first, int n,
                   const QString& validTo, const QString& status = u"active"_s)
{
    const PgResult r = dba.exec(
        u"WITH r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
        "   given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
        "   municipality_code, status, ended_on, end_reason, synthetic)"
        " SELECT $1, lpad(g::text, 7, '0'), '更新', '太郎' || g, 'コウシン', 'タロウ' || g,"
        "        date '1960-01-01' + g, 1 + g % 2, '大阪府テスト町' || g,"
        "        (SELECT m.code FROM kohi.municipality m WHERE m.name ="
        "         (ARRAY['池田市', '岸和田市', '茨木市', '大東市'])[1 + g % 4]), $4,"
        "        CASE WHEN $4 = 'ended' THEN $5::date + 1 END,"
        "        CASE WHEN $4 = 'ended' THEN 'lapsed' END, true"
        " FROM generate_series($2::int, $2::int + $3::int - 1) g RETURNING id, programme)"
        " INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
        "   disease_code, income_tier, monthly_cap, valid_from, valid_to, decided_by, decided_at)"
        " SELECT r.programme, r.id, 'new', 'approved', date '2026-01-05',"
        "        CASE r.programme WHEN '54' THEN '006' ELSE '01-001' END, 'general1', 10000,"
        "        date '2026-01-01', $5::date, 'test_approver', now() FROM r"_s,
        {programme.toUtf8(), num(first), num(n), status.toUtf8(), validTo.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

int count(kohi::db::Session& dba, const QString& sql, const QList<QByteArray>& params = {})
{
    const PgResult r = dba.exec(sql, params);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.rows.value(0).value(0).toInt();
}

struct Batch
{
    qint64 id = 0;
    int recipients = 0;
};

Batch createBatch(RawConnection& c, int partSize, const QString& programme = u"54"_s)
{
    c.ok(u"SELECT batch_id FROM kohi_api.renewal_batch_create($1, '2026-12-31', '2026-10-01',"
         " '2026-11-30', $2::int)"_s,
         {programme.toUtf8(), num(partSize)});
    return {c.value().toLongLong(), 0};
}

// The refused events of an action since the start of the test (durable: they survive the
// caller's rollback).
int refusals(FreshDatabase& db, const QString& action)
{
    kohi::test::sealAuditLog(db.dba());
    return count(
        db.dba(),
        u"SELECT count(*) FROM kohi.audit_event WHERE action = $1 AND outcome = 'refused'"_s,
        {action.toUtf8()});
}

} // namespace

TEST_CASE("a renewal batch takes each active recipient whose certificate ends that day, once, "
          "in parts of one 保健所",
          "[renewal]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_renewal_select"_s);
    auto& dba = db.dba();
    addRecipients(dba, u"54"_s, 1, 40, u"2026-12-31"_s);
    addRecipients(dba, u"54"_s, 101, 5, u"2026-12-31"_s, u"ended"_s); // ended: no notice
    addRecipients(dba, u"54"_s, 201, 5, u"2026-06-30"_s);             // ends another day
    addRecipients(dba, u"52"_s, 301, 7, u"2026-12-31"_s);             // another programme
    // Already renewed: a later approved certificate; its old one ending 12-31 is not the latest.
    REQUIRE(dba.exec(u"INSERT INTO kohi.application (programme, recipient_id, kind, state,"
                     " received_date, disease_code, income_tier, monthly_cap, valid_from, valid_to,"
                     " decided_by, decided_at)"
                     " SELECT programme, id, 'renewal', 'approved', date '2026-10-10', '006',"
                     " 'general1', 10000, date '2027-01-01', date '2027-12-31', 'x', now()"
                     " FROM kohi.recipient WHERE recipient_number IN ('0000001', '0000002')"_s)
                .ok);

    const auto clerk = db.createStaff(u"rn_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(db.name(), clerk.login, clerk.password);
    c.ok(u"SELECT batch_id, recipients FROM kohi_api.renewal_batch_create('54', '2026-12-31',"
         " '2026-10-01', '2026-11-30', 4)"_s);
    const qint64 batch = c.value().toLongLong();
    CHECK(count(dba, u"SELECT count(*) FROM kohi.renewal_item WHERE batch_id = $1"_s,
                {num(batch)}) == 38);
    CHECK(count(dba,
                u"SELECT count(DISTINCT recipient_id) FROM kohi.renewal_item"
                " WHERE batch_id = $1"_s,
                {num(batch)}) == 38);
    // Every part is one 保健所 and at most 4 notices; the 保健所 follows the municipality.
    CHECK(count(dba,
                u"SELECT count(*) FROM (SELECT part FROM kohi.renewal_item WHERE batch_id = $1"
                " GROUP BY part HAVING count(DISTINCT health_centre) > 1 OR count(*) > 4) x"_s,
                {num(batch)}) == 0);
    CHECK(
        count(dba,
              u"SELECT count(*) FROM kohi.renewal_item i JOIN kohi.recipient r"
              " ON r.id = i.recipient_id JOIN kohi.municipality m ON m.code = r.municipality_code"
              " WHERE i.batch_id = $1 AND m.name = '岸和田市' AND i.health_centre <> 'kishiwada'"_s,
              {num(batch)}) == 0);
    CHECK(count(dba,
                u"SELECT count(*) FROM kohi.renewal_item WHERE batch_id = $1"
                " AND health_centre IS NULL"_s,
                {num(batch)}) == 0);
    // Parts are numbered without gaps, in seq order.
    CHECK(count(dba,
                u"SELECT count(*) FROM (SELECT part, min(seq) s, max(seq) e,"
                " lag(max(seq)) OVER (ORDER BY part) prev FROM kohi.renewal_item"
                " WHERE batch_id = $1 GROUP BY part) x WHERE s <> coalesce(prev, 0) + 1"_s,
                {num(batch)}) == 0);

    // The same programme and day again: refused (resume the old one instead), and the refusal
    // stays in the log though the caller rolls back.
    c.ok(u"BEGIN"_s);
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_create('54', '2026-12-31', '2026-10-01',"
            " '2026-11-30', 4)"_s);
    CHECK(c.sqlstate() == u"23505"_s);
    c.ok(u"ROLLBACK"_s);
    CHECK(refusals(db, u"renewal_batch_create"_s) == 1);
    // Hostile arguments get a specific refusal.
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_create('54', '2027-12-31', '2027-10-01',"
            " '2028-01-30', 4)"_s); // deadline after the end
    CHECK(c.sqlstate() == u"22023"_s);
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_create('54', '2027-12-31', '2027-10-01',"
            " '2027-11-30', 0)"_s);
    CHECK(c.sqlstate() == u"22023"_s);
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_create('52', '2027-12-31', '2027-10-01',"
            " '2027-11-30', 10)"_s); // not this clerk's programme
    CHECK(c.sqlstate() == u"42501"_s);
    // The creation is in the log with its count.
    kohi::test::sealAuditLog(dba);
    CHECK(count(dba, u"SELECT count(*) FROM kohi.audit_event WHERE action = 'renewal_batch_create'"
                     " AND outcome = 'ok' AND (details->>'recipients')::int = 38"_s) == 1);
}

TEST_CASE("renewal claims: one part to one session, a killed session's part taken again, each "
          "notice generated once, cancel and resume",
          "[renewal]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_renewal_claims"_s);
    auto& dba = db.dba();
    addRecipients(dba, u"54"_s, 1, 30, u"2026-12-31"_s);
    const auto clerk = db.createStaff(u"rn_claim"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection a(db.name(), clerk.login, clerk.password);
    const qint64 batch = createBatch(a, 5).id;
    const int parts = count(dba,
                            u"SELECT count(DISTINCT part) FROM kohi.renewal_item"
                            " WHERE batch_id = $1"_s,
                            {num(batch)});
    REQUIRE(parts >= 6);

    auto claim = [&](RawConnection& c) {
        c.ok(u"SELECT min(part) FROM kohi_api.renewal_notice_claim($1::bigint)"_s, {num(batch)});
        return c.value().isEmpty() ? 0 : c.value().toInt();
    };
    auto done = [&](RawConnection& c, int part) {
        c.ok(u"SELECT kohi_api.renewal_notice_done($1::bigint, $2::int, 'f.pdf')"_s,
             {num(batch), num(part)});
    };
    RawConnection b(db.name(), clerk.login, clerk.password);
    const int pa = claim(a);
    const int pb = claim(b);
    CHECK(pa == 1);
    CHECK(pb == 2); // never the part another live session holds
    // b cannot finish a's part.
    b.fails(u"SELECT kohi_api.renewal_notice_done($1::bigint, $2::int, 'x.pdf')"_s,
            {num(batch), num(pa)});
    CHECK(b.sqlstate() == u"55000"_s);
    done(a, pa);
    // b dies with its part claimed: the next claim takes that part again.
    b.drop();
    QThread::msleep(200);
    RawConnection c(db.name(), clerk.login, clerk.password);
    CHECK(claim(c) == pb);
    done(c, pb);

    // Cancelled: no more claims, a reason is required; resumed: claims continue.
    c.fails(u"SELECT kohi_api.renewal_batch_cancel($1::bigint, '  ')"_s, {num(batch)});
    CHECK(c.sqlstate() == u"22023"_s);
    c.ok(u"SELECT kohi_api.renewal_batch_cancel($1::bigint, '差し込み印刷の設定を直す')"_s,
         {num(batch)});
    c.fails(u"SELECT * FROM kohi_api.renewal_notice_claim($1::bigint)"_s, {num(batch)});
    CHECK(c.sqlstate() == u"55000"_s);
    CHECK(refusals(db, u"renewal_notice_claim"_s) == 1);
    c.ok(u"SELECT kohi_api.renewal_batch_resume($1::bigint)"_s, {num(batch)});
    // Left: everything but the two parts done (b's released claim came back as pending).
    const int twoParts = count(dba,
                               u"SELECT count(*) FROM kohi.renewal_item WHERE batch_id = $1"
                               " AND part IN ($2, $3)"_s,
                               {num(batch), num(pa), num(pb)});
    CHECK(c.value().toInt() == 30 - twoParts);
    for (int part = claim(c); part != 0; part = claim(c))
        done(c, part);
    CHECK(count(dba,
                u"SELECT count(*) FROM kohi.renewal_item WHERE batch_id = $1"
                " AND notice_state = 'generated' AND notices = 1"_s,
                {num(batch)}) == 30);
    c.ok(u"SELECT notices_generated, parts_done FROM kohi_api.renewal_batch_status($1::bigint)"_s,
         {num(batch)});
    CHECK(c.value().toInt() == 30);
}

TEST_CASE("renewal intake: which applications came back, and certificates printed only for the "
          "approved",
          "[renewal]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_renewal_intake"_s);
    auto& dba = db.dba();
    addRecipients(dba, u"54"_s, 1, 6, u"2026-12-31"_s);
    const auto clerk = db.createStaff(u"rn_intake"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(db.name(), clerk.login, clerk.password);
    const qint64 batch = createBatch(c, 10).id;
    // Two renewal applications came back: one submitted, one approved.
    REQUIRE(
        dba.exec(u"INSERT INTO kohi.application (programme, recipient_id, kind, state,"
                 " received_date, disease_code, income_tier, monthly_cap, valid_from, valid_to,"
                 " decided_by, decided_at)"
                 " SELECT programme, id, 'renewal', s.state, date '2026-10-20', '006', 'general1',"
                 " 10000, date '2027-01-01', date '2027-12-31', 'x', now()"
                 " FROM kohi.recipient r JOIN (VALUES ('0000001', 'submitted'),"
                 " ('0000002', 'approved')) s(n, state) ON s.n = r.recipient_number"_s)
            .ok);
    c.ok(u"SELECT received FROM kohi_api.renewal_batch_status($1::bigint)"_s, {num(batch)});
    CHECK(c.value().toInt() == 2);
    c.ok(u"SELECT approved FROM kohi_api.renewal_batch_status($1::bigint)"_s, {num(batch)});
    CHECK(c.value().toInt() == 1);
    c.ok(u"SELECT count(*) FROM kohi_api.renewal_batch_items($1::bigint, 'not_received', 0, 100)"_s,
         {num(batch)});
    CHECK(c.value().toInt() == 4);
    c.ok(u"SELECT string_agg(recipient_number, ',') FROM"
         " kohi_api.renewal_batch_items($1::bigint, 'approved_unprinted', 0, 100)"_s,
         {num(batch)});
    CHECK(c.value() == u"0000002"_s);
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_items($1::bigint, 'everything', 0, 100)"_s,
            {num(batch)});
    CHECK(c.sqlstate() == u"22023"_s);
    // Printing the submitted one's certificate is refused; the approved one's is recorded.
    c.ok(u"SELECT seq FROM kohi_api.renewal_batch_items($1::bigint, 'received', 0, 100)"
         " WHERE renewal_state = 'submitted'"_s,
         {num(batch)});
    const QByteArray submittedSeq = c.value().toUtf8();
    c.fails(u"SELECT kohi_api.renewal_certificates_printed($1::bigint, ARRAY[$2::int])"_s,
            {num(batch), submittedSeq});
    CHECK(c.sqlstate() == u"55000"_s);
    c.ok(u"SELECT seq FROM kohi_api.renewal_batch_items($1::bigint, 'approved_unprinted', 0, 1)"_s,
         {num(batch)});
    c.ok(u"SELECT kohi_api.renewal_certificates_printed($1::bigint, ARRAY[$2::int])"_s,
         {num(batch), c.value().toUtf8()});
    CHECK(c.value().toInt() == 1);
    c.ok(u"SELECT count(*) FROM kohi_api.renewal_batch_items($1::bigint, 'approved_unprinted', 0,"
         " 100)"_s,
         {num(batch)});
    CHECK(c.value().toInt() == 0);
}

TEST_CASE("another group's clerk cannot see or touch a renewal batch, and no one reads its "
          "tables directly",
          "[renewal][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_renewal_walls"_s);
    auto& dba = db.dba();
    addRecipients(dba, u"54"_s, 1, 5, u"2026-12-31"_s);
    const auto nanbyo = db.createStaff(u"rn_nan"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = db.createStaff(u"rn_bos"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = db.createStaff(u"rn_app"_s, {u"kohi_approver"_s});
    RawConnection n(db.name(), nanbyo.login, nanbyo.password);
    const qint64 batch = createBatch(n, 10).id;
    RawConnection b(db.name(), boshi.login, boshi.password);
    b.ok(u"SELECT count(*) FROM kohi_api.renewal_batch_status(NULL)"_s);
    CHECK(b.value().toInt() == 0);
    for (const QString& sql :
         {u"SELECT * FROM kohi_api.renewal_notice_claim($1::bigint)"_s,
          u"SELECT kohi_api.renewal_batch_cancel($1::bigint, 'いたずら')"_s,
          u"SELECT kohi_api.renewal_batch_resume($1::bigint)"_s,
          u"SELECT * FROM kohi_api.renewal_batch_items($1::bigint, 'all', 0, 10)"_s}) {
        INFO(sql.toStdString());
        b.fails(sql, {num(batch)});
        CHECK(b.sqlstate() == u"22023"_s);
    }
    CHECK(refusals(db, u"renewal_notice_claim"_s) == 1);
    for (const QString& table :
         {u"kohi.renewal_batch"_s, u"kohi.renewal_item"_s, u"kohi.municipality_health_centre"_s}) {
        n.fails(u"SELECT count(*) FROM "_s + table);
        CHECK(n.sqlstate() == u"42501"_s);
    }
    RawConnection a(db.name(), approver.login, approver.password);
    a.fails(u"SELECT * FROM kohi_api.renewal_batch_status(NULL)"_s);
    CHECK(a.sqlstate() == u"42501"_s);
    a.fails(u"SELECT * FROM kohi_api.recipient_export(NULL, NULL, NULL, NULL, ARRAY['name'])"_s);
    CHECK(a.sqlstate() == u"42501"_s);
}

TEST_CASE("kohi-admin renewal killed mid-run and resumed: every notice exactly once, no gap",
          "[renewal][admin]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_renewal_kill"_s);
    auto& dba = db.dba();
    const int n = 240;
    addRecipients(dba, u"54"_s, 1, n, u"2026-12-31"_s);
    // A My Number typed into the address by mistake is never printed.
    REQUIRE(dba.exec(u"UPDATE kohi.recipient SET address = '大阪府池田市 1234 5678 9018'"
                     " WHERE recipient_number = '0000003'"_s)
                .ok);
    const auto clerk = db.createStaff(u"rn_admin"_s, {u"kohi_clerk_nanbyo"_s});
    const QList<std::pair<QString, QString>> asClerk{{u"PGUSER"_s, clerk.login},
                                                     {u"PGPASSWORD"_s, clerk.password},
                                                     {u"PGPASSFILE"_s, u"/nonexistent"_s}};
    const auto created =
        kohi::test::runAdmin({u"renewal"_s, u"create"_s, u"--programme"_s, u"54"_s, u"--valid-to"_s,
                              u"2026-12-31"_s, u"--notice-date"_s, u"2026-10-01"_s, u"--deadline"_s,
                              u"2026-11-30"_s, u"--part-size"_s, u"6"_s},
                             db.name(), asClerk);
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const qint64 batch = count(dba, u"SELECT max(id) FROM kohi.renewal_batch"_s);
    const int parts = count(dba, u"SELECT count(DISTINCT part) FROM kohi.renewal_item"_s);
    QTemporaryDir out;
    REQUIRE(out.isValid());

    // Started, then killed (SIGKILL) once some parts are done and before all are.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QFile envFile(TestDatabase::instance().envFile());
    REQUIRE(envFile.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!envFile.atEnd()) {
        const QString line = QString::fromUtf8(envFile.readLine()).trimmed();
        if (const qsizetype eq = line.indexOf(u'='); eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    env.insert(u"PGDATABASE"_s, db.name());
    for (const auto& [k, v] : asClerk)
        env.insert(k, v);
    p.setProcessEnvironment(env);
    p.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s),
            {u"renewal"_s, u"notices"_s, QString::number(batch), u"--out"_s, out.path()});
    REQUIRE(p.waitForStarted());
    const QString generated =
        u"SELECT count(*) FROM kohi.renewal_item WHERE notice_state = 'generated'"_s;
    for (int i = 0; i < 600 && count(dba, generated) < 12; ++i)
        QThread::msleep(20);
    p.kill();
    REQUIRE(p.waitForFinished(10000));
    const int before = count(dba, generated);
    INFO("generated before the kill: " << before);
    REQUIRE(before >= 12);
    REQUIRE(before < n); // killed mid-run

    const auto resumed = kohi::test::runAdmin(
        {u"renewal"_s, u"resume"_s, QString::number(batch), u"--out"_s, out.path()}, db.name(),
        asClerk);
    INFO(resumed.out.toStdString() << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(count(dba, u"SELECT count(*) FROM kohi.renewal_item WHERE notice_state = 'generated'"
                     " AND notices = 1"_s) == n);

    // On paper: one file per part, two pages per notice, each 整理番号 exactly once.
    const auto files = QDir(out.path()).entryInfoList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    CHECK(files.size() == parts);
    QList<int> seqs;
    QString all;
    for (const QFileInfo& f : files) {
        QProcess text;
        text.start(u"pdftotext"_s, {f.filePath(), u"-"_s});
        REQUIRE(text.waitForFinished(60000));
        // NFKC: a PDF's ToUnicode map may name a CJK glyph by its Kangxi-radical twin (⽥ for 田).
        const QString t = QString::fromUtf8(text.readAllStandardOutput())
                              .normalized(QString::NormalizationForm_KC);
        all += t;
        const QRegularExpression seqRe(u"整理番号\\s*(\\d+)"_s);
        for (auto m = seqRe.globalMatch(t); m.hasNext();)
            seqs << m.next().captured(1).toInt();
    }
    std::sort(seqs.begin(), seqs.end());
    QList<int> expected;
    for (int i = 1; i <= n; ++i)
        expected << i;
    CHECK(seqs == expected); // no duplicate, no gap
    CHECK(all.contains(u"更新申請のお知らせ"_s));
    CHECK(all.contains(u"池田保健所"_s));
    CHECK_FALSE(all.contains(u"5678"_s)); // the number in the address was masked
    // The run is in the access log: claims and completions by the clerk.
    kohi::test::sealAuditLog(dba);
    CHECK(count(dba,
                u"SELECT count(*) FROM kohi.audit_event WHERE action = 'renewal_notice_done'"
                " AND login = $1"_s,
                {clerk.login.toUtf8()}) == parts);
}
