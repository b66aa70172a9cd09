// 住基ネット inquiries and the import of their answers (0027) against a real server: every row's
// outcome, accepted numbers staged through the typed-number registration, one transaction per
// file, re-imports and broken files change nothing, and the API's walls as each role.
#include "core/crypto/Argon2Params.h"
#include "core/import/JukiAnswerFile.h"
#include "db/JukiImportRepository.h"
#include "db/JukiInquiryRepository.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/integration/MyNumberScan.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/JukiFileBuilder.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::ApiError;
using kohi::db::JukiImportRepository;
using kohi::db::JukiInquiryRepository;
using kohi::db::MyNumberRepository;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::juki::ImportReport;
using kohi::juki::parseAnswerFile;
using kohi::test::FreshDatabase;
using kohi::test::JukiFileBuilder;
using kohi::test::syntheticMyNumber;
using kohi::test::TestDatabase;

namespace {

const kohi::crypto::Argon2Params FastArgon2{64, 1, 1};

// A database of its own with a key, a 難病 clerk, a 母子 clerk and recipients to ask about.
struct JukiWorld
{
    FreshDatabase db;
    TestDatabase::Staff clerk;
    TestDatabase::Staff boshi;
    TestDatabase::Staff approver;
    TestDatabase::Staff viewer;
    std::unique_ptr<Session> clerkSession;
    QString fingerprint;

    explicit JukiWorld(const QString& name) : db(name)
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.setting SET value = 1"
                          " WHERE key = 'mynumber_argon2_test_params'"_s)
                    .ok);
        clerk = db.createStaff(u"juki_clerk"_s, {u"kohi_clerk_nanbyo"_s});
        boshi = db.createStaff(u"juki_boshi"_s, {u"kohi_clerk_boshi"_s});
        approver = db.createStaff(u"juki_appr"_s, {u"kohi_approver"_s});
        viewer = db.createStaff(u"juki_viewer"_s, {u"kohi_mynumber_viewer"_s});
        kohi::db::MyNumberKeyCeremony::KeyInfo key;
        QString error;
        REQUIRE(kohi::db::MyNumberKeyCeremony(db.dba(), FastArgon2)
                    .createFirstKey(viewer.login, u"juki test reveal passphrase"_s, &key, &error));
        fingerprint = key.fingerprintHex;
        clerkSession = login(clerk);
    }

    std::unique_ptr<Session> login(const TestDatabase::Staff& s)
    {
        auto session = db.connect(s);
        REQUIRE(session->exec(u"SELECT kohi_api.session_begin('juki-terminal')"_s).ok);
        return session;
    }

    qint64 recipient(const QString& programme, const QString& family, const QString& kana,
                     const QString& birth, int sex)
    {
        static int counter = 0;
        const PgResult r = db.dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ($1, $2, $3, '一郎', $4, 'イチロウ', $5::date, $6::smallint,"
            " '大阪府池田市1-1', '272043', true) RETURNING id"_s,
            {programme.toUtf8(), QByteArray::number(2000000 + ++counter), family.toUtf8(),
             kana.toUtf8(), birth.toUtf8(), QByteArray::number(sex)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"id"_s).toLongLong();
    }

    // An inquiry issued through the API, as the clerk of that programme.
    QString inquire(Session& as, qint64 recipientId)
    {
        QString no;
        ApiError error;
        const bool created = JukiInquiryRepository(as).create(recipientId, u"blank"_s, &no, &error);
        INFO(error.serverText().toStdString());
        REQUIRE(created);
        return no;
    }

    ImportReport import(const QByteArray& bytes, bool dryRun = false,
                        const QString& pin = QString())
    {
        kohi::juki::AnswerFile file = parseAnswerFile(bytes);
        MyNumberRepository numbers(*clerkSession, pin.isEmpty() ? fingerprint : pin);
        return JukiImportRepository(*clerkSession, numbers)
            .importFile(file, u"answer.csv"_s, dryRun);
    }

    // Everything the import may change, as one comparable text.
    QString state()
    {
        const PgResult r = db.dba().exec(u"SELECT (SELECT count(*) FROM kohi.juki_import) || '/' ||"
                                         " (SELECT count(*) FROM kohi.juki_import_row) || '/' ||"
                                         " (SELECT count(*) FROM kohi.mynumber) || '/' ||"
                                         " (SELECT string_agg(inquiry_no || ':' || state, ',' "
                                         "ORDER BY id) FROM kohi.juki_inquiry)"
                                         " AS s"_s);
        REQUIRE(r.ok);
        return r.first(u"s"_s).toString();
    }
};

const kohi::juki::ReportRow* rowAt(const ImportReport& report, int line)
{
    for (const auto& r : report.rows)
        if (r.line == line)
            return &r;
    return nullptr;
}

QString outcomeAt(const ImportReport& report, int line)
{
    const auto* r = rowAt(report, line);
    return r ? r->outcome + u" "_s + r->reason : u"(no line)"_s;
}

} // namespace

TEST_CASE("an answer file: every row's outcome, accepted numbers pending like typed ones, "
          "the rest in the review list",
          "[juki][import]")
{
    JukiWorld w(u"kohi_juki_outcomes"_s);
    auto boshiSession = w.login(w.boshi);
    const qint64 r1 = w.recipient(u"54"_s, u"高橋"_s, u"タカハシ"_s, u"1970-05-05"_s, 1);
    const qint64 r2 = w.recipient(u"54"_s, u"山崎"_s, u"ヤマザキ"_s, u"1980-01-01"_s, 2);
    const qint64 r3 = w.recipient(u"54"_s, u"田中"_s, u"タナカ"_s, u"1990-02-02"_s, 1);
    const qint64 r4 = w.recipient(u"54"_s, u"佐藤"_s, u"サトウ"_s, u"1960-03-03"_s, 1);
    const qint64 r5 = w.recipient(u"54"_s, u"鈴木"_s, u"スズキ"_s, u"1961-04-04"_s, 2);
    const qint64 r6 = w.recipient(u"54"_s, u"伊藤"_s, u"イトウ"_s, u"1962-05-05"_s, 1);
    const qint64 r7 = w.recipient(u"54"_s, u"渡辺"_s, u"ワタナベ"_s, u"1963-06-06"_s, 2);
    const qint64 r8 = w.recipient(u"54"_s, u"中村"_s, u"ナカムラ"_s, u"1964-07-07"_s, 1);
    const qint64 b1 = w.recipient(u"52"_s, u"小林"_s, u"コバヤシ"_s, u"2015-08-08"_s, 1);
    const QString q1 = w.inquire(*w.clerkSession, r1);
    const QString q2 = w.inquire(*w.clerkSession, r2);
    const QString q3 = w.inquire(*w.clerkSession, r3);
    const QString q4 = w.inquire(*w.clerkSession, r4);
    const QString q5 = w.inquire(*w.clerkSession, r5);
    const QString q6 = w.inquire(*w.clerkSession, r6);
    const QString q7 = w.inquire(*w.clerkSession, r7);
    const QString q8 = w.inquire(*w.clerkSession, r8);
    const QString qb = w.inquire(*boshiSession, b1);
    CHECK(q1.startsWith(u"JK"_s));
    // A second inquiry for the same person while one is open is refused.
    ApiError error;
    CHECK_FALSE(JukiInquiryRepository(*w.clerkSession).create(r1, u"blank"_s, nullptr, &error));
    CHECK(error.message.contains(u"既に"_s));

    // r8's number is already registered for someone else (typed earlier): a duplicate.
    const QString taken = syntheticMyNumber(55555555555);
    {
        const qint64 other = w.recipient(u"54"_s, u"他人"_s, u"タニン"_s, u"1950-01-01"_s, 1);
        MyNumberRepository typed(*w.clerkSession, w.fingerprint);
        REQUIRE(typed
                    .registerNumber({other, kohi::db::PersonRole::Patient, {}, {}, {}},
                                    kohi::crypto::SecureBytes::fromUtf8(taken))
                    .registered());
    }

    JukiFileBuilder b; // CP932, CRLF
    b.row(q1, u"00"_s, syntheticMyNumber(10000000001), u"髙橋　一郎"_s, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s,
          u"19700505"_s, u"1"_s, u"大阪府池田市①丁目～"_s); // 2: ACCEPT (髙 vs 高, half-width)
    b.row(q2, u"00"_s, syntheticMyNumber(10000000002), u"山﨑　一郎"_s, u"ヤマザキ　イチロウ"_s,
          u"19800102"_s, u"2"_s, u"大阪府"_s); // 3: REVIEW, date of birth differs
    b.row(u"JK00000000-9999999"_s, u"00"_s, syntheticMyNumber(10000000003), u"誰か"_s, u"ダレカ"_s,
          u"19700101"_s, u"1"_s, u"大阪府"_s);  // 4: REVIEW, unknown inquiry
    b.row(q3, u"10"_s, {}, {}, {}, {}, {}, {}); // 5: NOT_FOUND
    b.row(q4, u"20"_s, {}, {}, {}, {}, {}, {}); // 6: MULTIPLE
    b.row(q5, u"00"_s, kohi::test::wrongCheckDigit(syntheticMyNumber(10000000005)), u"鈴木"_s,
          u"スズキ　イチロウ"_s, u"19610404"_s, u"2"_s, u"大阪府"_s); // 7: REJECT check digit
    b.raw({q6, u"00"_s, syntheticMyNumber(10000000006), u"伊藤"_s});  // 8: REJECT columns
    b.row(q7, u"00"_s, syntheticMyNumber(10000000007), u"渡辺　一郎"_s, u"ﾜﾀﾅﾍﾞ ｲﾁﾛｳ"_s,
          u"19630606"_s, u"2"_s, u"大阪府豊中市1-2, 3号室\n別棟"_s); // 9–10: ACCEPT, quoted
    b.row(q8, u"00"_s, taken, u"中村　一郎"_s, u"ナカムラ　イチロウ"_s, u"19640707"_s, u"1"_s,
          u"大阪府"_s); // 11: REVIEW, already registered
    b.row(qb, u"00"_s, syntheticMyNumber(10000000009), u"小林　一郎"_s, u"コバヤシ　イチロウ"_s,
          u"20150808"_s, u"1"_s, u"大阪府"_s);  // 12: REVIEW, another group's inquiry
    b.row(q6, u"30"_s, {}, {}, {}, {}, {}, {}); // 13: REJECT result code

    const ImportReport report = w.import(b.bytes());
    INFO(report.message.toStdString());
    REQUIRE(report.status == ImportReport::Status::Imported);
    CHECK(report.encoding.startsWith(u"CP932"_s));
    REQUIRE(report.rows.size() == 11);
    CHECK(outcomeAt(report, 2) == u"ACCEPT "_s);
    CHECK(outcomeAt(report, 3) == u"REVIEW mismatch"_s);
    CHECK(rowAt(report, 3)->message.contains(u"生年月日"_s));
    CHECK_FALSE(rowAt(report, 3)->message.contains(u"カナ氏名"_s));
    CHECK(outcomeAt(report, 4) == u"REVIEW unknown_inquiry"_s);
    CHECK(outcomeAt(report, 5) == u"NOT_FOUND not_found"_s);
    CHECK(outcomeAt(report, 6) == u"MULTIPLE several_candidates"_s);
    CHECK(outcomeAt(report, 7) == u"REJECT check_digit"_s);
    CHECK(outcomeAt(report, 8) == u"REJECT columns"_s);
    CHECK(outcomeAt(report, 9) == u"ACCEPT "_s);
    CHECK(outcomeAt(report, 11) == u"REVIEW register_duplicate"_s);
    CHECK(outcomeAt(report, 12) == u"REVIEW unknown_inquiry"_s);
    CHECK(outcomeAt(report, 13) == u"REJECT result"_s);
    // Numbers are never in the report.
    const QString tsv = QString::fromUtf8(report.toTsv());
    CHECK(tsv.startsWith(u"line\t照会番号\toutcome\treason\n"_s));
    CHECK(kohi::test::findMyNumbers(tsv).isEmpty());

    // Accepted: pending registrations made by the clerk, exactly as a typed number.
    const PgResult staged = w.db.dba().exec(
        u"SELECT q.inquiry_no, q.state, m.status, m.created_by::text AS by, m.person_role"
        " FROM kohi.juki_inquiry q JOIN kohi.mynumber m ON m.id = q.mynumber_id"
        " ORDER BY q.id"_s);
    REQUIRE(staged.rows.size() == 2);
    CHECK(staged.value(0, u"inquiry_no"_s).toString() == q1);
    CHECK(staged.value(1, u"inquiry_no"_s).toString() == q7);
    for (int i = 0; i < 2; ++i) {
        CHECK(staged.value(i, u"state"_s).toString() == u"staged"_s);
        CHECK(staged.value(i, u"status"_s).toString() == u"pending"_s);
        CHECK(staged.value(i, u"by"_s).toString() == w.clerk.login);
        CHECK(staged.value(i, u"person_role"_s).toString() == u"patient"_s);
    }
    const auto status = MyNumberRepository(*w.clerkSession, w.fingerprint).status(r1);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.first().status == u"pending"_s);

    // The review list: the clerk's rows, with what the file said for a mismatch.
    const auto review = JukiInquiryRepository(*w.clerkSession).reviewList(&error);
    QStringList lines;
    for (const auto& v : review)
        lines << QString::number(v.line) + u':' + v.outcome;
    CHECK(lines == QStringList{u"3:REVIEW"_s, u"4:REVIEW"_s, u"5:NOT_FOUND"_s, u"6:MULTIPLE"_s,
                               u"11:REVIEW"_s, u"12:REVIEW"_s});
    CHECK(review.first().fileBirthDate == QDate(1980, 1, 2));
    CHECK(review.first().birthDate == QDate(1980, 1, 1));
    // The 母子 clerk sees none of them (line 12 was the 難病 clerk's file, an unknown inquiry
    // to them) and still has their inquiry open.
    CHECK(JukiInquiryRepository(*boshiSession).reviewList(&error).isEmpty());
    CHECK(JukiInquiryRepository(*boshiSession).list(u"open"_s, false, &error).size() == 1);

    // A person resolves: a new inquiry for the mismatch, closing the unknown one.
    QString reissued;
    REQUIRE(JukiInquiryRepository(*w.clerkSession)
                .resolve(report.importId, 3, u"reissue"_s, u"生年月日を申請書で確認"_s, &reissued,
                         &error));
    CHECK(reissued.startsWith(u"JK"_s));
    CHECK(
        JukiInquiryRepository(*w.clerkSession)
            .resolve(report.importId, 4, u"close"_s, u"発行していない照会番号"_s, nullptr, &error));
    CHECK_FALSE(JukiInquiryRepository(*w.clerkSession)
                    .resolve(report.importId, 4, u"close"_s, u"二度目"_s, nullptr, &error));
    CHECK(JukiInquiryRepository(*w.clerkSession).reviewList(&error).size() == 4);

    // The export for the terminal operator holds the new inquiry and the one left open.
    const auto open = JukiInquiryRepository(*w.clerkSession).list(u"open"_s, true, &error);
    QStringList openNos;
    for (const auto& q : open)
        openNos << q.inquiryNo;
    CHECK(openNos.contains(reissued));
    CHECK(openNos.contains(q5)); // its row was rejected: still waiting for an answer
    CHECK(openNos.contains(q6));
    const QString csv = QString::fromUtf8(JukiInquiryRepository::exportCsv(open));
    CHECK(csv.contains(reissued));

    // Events: the import is a change in its own transaction, the match a durable read.
    kohi::test::sealAuditLog(w.db.dba());
    const PgResult events = w.db.dba().exec(
        u"SELECT string_agg(DISTINCT action, ',' ORDER BY action) AS a FROM kohi.audit_event"
        " WHERE login = $1 AND action LIKE 'juki%'"_s,
        {w.clerk.login.toUtf8()});
    CHECK(events.first(u"a"_s).toString() ==
          u"juki_import,juki_import_begin,juki_import_match,juki_import_register,"
          "juki_inquiry_create,juki_inquiry_export,juki_review_list,"
          "juki_review_resolve"_s);
}

TEST_CASE("a re-import, a dry run, a broken file and a failure half-way change nothing",
          "[juki][import]")
{
    JukiWorld w(u"kohi_juki_idempotent"_s);
    const qint64 r1 = w.recipient(u"54"_s, u"高橋"_s, u"タカハシ"_s, u"1970-05-05"_s, 1);
    const qint64 r2 = w.recipient(u"54"_s, u"山崎"_s, u"ヤマザキ"_s, u"1980-01-01"_s, 2);
    const QString q1 = w.inquire(*w.clerkSession, r1);
    const QString q2 = w.inquire(*w.clerkSession, r2);
    JukiFileBuilder b;
    b.row(q1, u"00"_s, syntheticMyNumber(20000000001), u"髙橋　一郎"_s, u"タカハシ　イチロウ"_s,
          u"19700505"_s, u"1"_s, u"大阪府"_s);
    b.row(q2, u"00"_s, syntheticMyNumber(20000000002), u"山崎　一郎"_s, u"ヤマザキ　イチロウ"_s,
          u"19800101"_s, u"2"_s, u"大阪府"_s);
    const QByteArray bytes = b.bytes();
    const QString before = w.state();

    SECTION("dry run")
    {
        const ImportReport dry = w.import(bytes, true);
        CHECK(dry.status == ImportReport::Status::DryRun);
        CHECK(outcomeAt(dry, 2) == u"ACCEPT "_s);
        CHECK(w.state() == before);
    }
    SECTION("a broken file: invalid bytes")
    {
        QByteArray broken = bytes;
        broken.append("JKX,10,,\x81\x20,,,,,\r\n");
        const ImportReport refused = w.import(broken);
        CHECK(refused.status == ImportReport::Status::Refused);
        REQUIRE(refused.rows.size() == 1);
        CHECK(refused.rows.first().outcome == u"FILE_REFUSED"_s);
        CHECK(refused.rows.first().line == 4);
        CHECK(w.state() == before);
    }
    SECTION("a failure half-way (the terminal's pinned key does not match) rolls everything back")
    {
        const ImportReport failed = w.import(bytes, false, QString(64, u'0'));
        CHECK(failed.status == ImportReport::Status::Refused);
        for (const auto& r : failed.rows)
            CHECK(r.outcome == u"FILE_REFUSED"_s);
        CHECK(w.state() == before);
    }
    SECTION("the same file twice, and the same answers in another encoding")
    {
        const ImportReport first = w.import(bytes);
        REQUIRE(first.status == ImportReport::Status::Imported);
        const QString after = w.state();
        CHECK(after != before);
        const ImportReport again = w.import(bytes);
        CHECK(again.status == ImportReport::Status::Refused);
        CHECK(again.message.contains(u"取り込み済み"_s));
        CHECK(w.state() == after);

        b.encoding = JukiFileBuilder::Encoding::Utf8Bom;
        const ImportReport utf8 = w.import(b.bytes());
        REQUIRE(utf8.status == ImportReport::Status::Imported);
        CHECK(outcomeAt(utf8, 2) == u"REJECT inquiry_staged"_s);
        CHECK(outcomeAt(utf8, 3) == u"REJECT inquiry_staged"_s);
        // A new import row set, but no number and no inquiry changed.
        const PgResult numbers = w.db.dba().exec(u"SELECT count(*) AS n FROM kohi.mynumber"_s);
        CHECK(numbers.first(u"n"_s).toInt() == 2);
    }
}

TEST_CASE("the import API as a psql user: only clerks of the programme, only their own import, "
          "nothing staged that was not registered, hostile arguments refused",
          "[juki][import][security]")
{
    JukiWorld w(u"kohi_juki_walls"_s);
    auto boshi = w.login(w.boshi);
    auto approver = w.login(w.approver);
    auto viewer = w.login(w.viewer);
    const qint64 r1 = w.recipient(u"54"_s, u"高橋"_s, u"タカハシ"_s, u"1970-05-05"_s, 1);
    const QString q1 = w.inquire(*w.clerkSession, r1);
    Session& clerk = *w.clerkSession;

    // Other duties: no EXECUTE at all; no table is reachable.
    for (Session* s : {approver.get(), viewer.get()}) {
        const PgResult r = s->exec(u"SELECT * FROM kohi_api.juki_inquiries('open', false)"_s);
        CHECK_FALSE(r.ok);
        CHECK(r.sqlState == u"42501"_s);
    }
    CHECK_FALSE(clerk.exec(u"SELECT * FROM kohi.juki_inquiry"_s).ok);
    CHECK_FALSE(clerk.exec(u"SELECT * FROM kohi.juki_import_file"_s).ok);
    // Another group's recipient cannot be asked about; its inquiries are not listed.
    CHECK_FALSE(boshi
                    ->exec(u"SELECT * FROM kohi_api.juki_inquiry_create($1, 'blank')"_s,
                           {QByteArray::number(r1)})
                    .ok);
    CHECK(boshi->exec(u"SELECT * FROM kohi_api.juki_inquiries('open', true)"_s).rows.isEmpty());

    auto begin = [&](Session& s, const QByteArray& hashHex) {
        return s.exec(u"SELECT import_id, outcome FROM kohi_api.juki_import_begin($1::bytea,"
                      " 'x.csv', 'UTF-8')"_s,
                      {"\\x" + hashHex});
    };
    const QByteArray hash1 = QByteArray(64, 'a');
    const QByteArray matchRow =
        u"[{\"line\": 2, \"inquiry_no\": \"%1\", \"result\": \"00\","
        " \"kana_key\": \"タカハシイチロウ\", \"birth_date\": \"1970-05-05\","
        " \"sex\": 1}]"_s.arg(q1)
            .toUtf8();

    SECTION("an ACCEPT row that was never registered cannot be finished, nor staged with another "
            "number")
    {
        REQUIRE(clerk.exec(u"BEGIN"_s).ok);
        const PgResult b = begin(clerk, hash1);
        REQUIRE(b.ok);
        const QByteArray id = b.first(u"import_id"_s).toByteArray();
        const PgResult m =
            clerk.exec(u"SELECT outcome FROM kohi_api.juki_import_match($1::bigint, $2::jsonb)"_s,
                       {id, matchRow});
        REQUIRE(m.ok);
        CHECK(m.first(u"outcome"_s).toString() == u"ACCEPT"_s);
        REQUIRE(clerk.exec(u"SAVEPOINT s"_s).ok);
        const PgResult f =
            clerk.exec(u"SELECT * FROM kohi_api.juki_import_finish($1::bigint)"_s, {id});
        CHECK_FALSE(f.ok);
        CHECK(f.errorMessage.contains(u"登録されていない"_s));
        REQUIRE(clerk.exec(u"ROLLBACK TO SAVEPOINT s"_s).ok);
        // Someone else's pending number (or one that does not exist) is not this row's.
        const PgResult s = clerk.exec(u"SELECT kohi_api.juki_import_staged($1::bigint,"
                                      " '[{\"line\": 2, \"mynumber_id\": 999999}]'::jsonb)"_s,
                                      {id});
        CHECK_FALSE(s.ok);
        REQUIRE(clerk.exec(u"ROLLBACK"_s).ok);
    }
    SECTION("someone else's import is not yours to match, stage or finish")
    {
        auto clerk2 = w.login(w.db.createStaff(u"juki_clerk2"_s, {u"kohi_clerk_nanbyo"_s}));
        REQUIRE(clerk.exec(u"BEGIN"_s).ok);
        const PgResult b = begin(clerk, hash1);
        REQUIRE(b.ok);
        const QByteArray id = b.first(u"import_id"_s).toByteArray();
        REQUIRE(clerk.exec(u"COMMIT"_s).ok); // an unfinished import, committed on purpose
        const PgResult m = clerk2->exec(
            u"SELECT * FROM kohi_api.juki_import_match($1::bigint, $2::jsonb)"_s, {id, matchRow});
        CHECK_FALSE(m.ok);
        CHECK(m.sqlState == u"42501"_s);
        CHECK_FALSE(
            clerk2->exec(u"SELECT * FROM kohi_api.juki_import_finish($1::bigint)"_s, {id}).ok);
        // The same bytes again, by anyone, are recognised (no second import of them).
        const PgResult again = begin(*clerk2, hash1);
        REQUIRE(again.ok);
        CHECK(again.first(u"outcome"_s).toString() == u"already_imported"_s);
    }
    SECTION("the bulk registration (0043): only ACCEPT lines of the caller's open import, once, "
            "with the active key, and every refusal outlives the rollback")
    {
        const QByteArray keyId = clerk.exec(u"SELECT key_id FROM kohi_api.mynumber_public_key()"_s)
                                     .first(u"key_id"_s)
                                     .toByteArray();
        REQUIRE(keyId.size() == 32);
        const QByteArray number = syntheticMyNumber(40000000001).toLatin1();
        REQUIRE(clerk.exec(u"BEGIN"_s).ok);
        const PgResult b = begin(clerk, QByteArray(64, 'c'));
        REQUIRE(b.ok);
        const QByteArray id = b.first(u"import_id"_s).toByteArray();
        REQUIRE(
            clerk
                .exec(u"SELECT outcome FROM kohi_api.juki_import_match($1::bigint, $2::jsonb)"_s,
                      {id, matchRow})
                .ok);
        const QString call =
            u"SELECT * FROM kohi_api.juki_import_register($1::bigint, $2, $3::int[], $4::text[])"_s;
        const QList<QList<QByteArray>> hostile{
            {id, keyId, "{2}", "{}"},                                // lengths differ
            {id, keyId, "{}", "{}"},                                 // nothing
            {id, keyId, QByteArray(), QByteArray()},                 // NULL
            {id, keyId, "{2,2}", "{" + number + "," + number + "}"}, // more lines than the file
            {id, keyId, "{3}", "{" + number + "}"},                  // not a line of the import
            {id, keyId, "{NULL}", "{" + number + "}"},               // a NULL line
            {id, QByteArray(32, '0'), "{2}", "{" + number + "}"},    // not the active key
            {"999999", keyId, "{2}", "{" + number + "}"},            // no such import
        };
        for (const QList<QByteArray>& args : hostile) {
            INFO(args.value(0).toStdString() << " " << args.value(2).toStdString());
            REQUIRE(clerk.exec(u"SAVEPOINT s"_s).ok);
            CHECK_FALSE(clerk.exec(call, args).ok);
            REQUIRE(clerk.exec(u"ROLLBACK TO SAVEPOINT s"_s).ok);
        }
        const PgResult ok = clerk.exec(call, {id, keyId, "{2}", "{" + number + "}"});
        REQUIRE(ok.ok);
        CHECK(ok.first(u"outcome"_s).toString() == u"ACCEPT"_s);
        CHECK(ok.first(u"line"_s).toInt() == 2);
        // The same line a second time: it is registered already.
        REQUIRE(clerk.exec(u"SAVEPOINT s"_s).ok);
        CHECK_FALSE(clerk.exec(call, {id, keyId, "{2}", "{" + number + "}"}).ok);
        REQUIRE(clerk.exec(u"ROLLBACK"_s).ok);
        // Nothing of it stayed, but the refusals did (they are not in the caller's transaction).
        CHECK(w.db.dba()
                  .exec(u"SELECT count(*) AS n FROM kohi.juki_import_row WHERE import_id = $1"_s,
                        {id})
                  .first(u"n"_s)
                  .toInt() == 0);
        kohi::test::sealAuditLog(w.db.dba());
        CHECK(w.db.dba()
                  .exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                        " AND action = 'juki_import_register' AND outcome = 'refused'"_s,
                        {w.clerk.login.toUtf8()})
                  .first(u"n"_s)
                  .toInt() >= 8);
    }
    SECTION("hostile arguments")
    {
        CHECK_FALSE(clerk.exec(u"SELECT * FROM kohi_api.juki_import_begin(NULL, NULL, NULL)"_s).ok);
        CHECK_FALSE(
            clerk.exec(u"SELECT * FROM kohi_api.juki_import_begin('\\x00'::bytea, 'x', 'y')"_s).ok);
        REQUIRE(clerk.exec(u"BEGIN"_s).ok);
        const PgResult b = begin(clerk, QByteArray(64, 'b'));
        REQUIRE(b.ok);
        const QByteArray id = b.first(u"import_id"_s).toByteArray();
        for (const char* rows :
             {"null", "{}", "[{\"line\": -1}]", "[{\"line\": 2}, {\"line\": 2}]",
              "[{\"line\": 2, \"birth_date\": \"x\"}]", "[{\"line\": 2, \"sex\": 99999999}]"}) {
            REQUIRE(clerk.exec(u"SAVEPOINT s"_s).ok);
            const PgResult m =
                clerk.exec(u"SELECT * FROM kohi_api.juki_import_match($1::bigint, $2::jsonb)"_s,
                           {id, QByteArray(rows)});
            INFO(rows);
            CHECK_FALSE(m.ok);
            REQUIRE(clerk.exec(u"ROLLBACK TO SAVEPOINT s"_s).ok);
        }
        CHECK_FALSE(clerk.exec(u"SELECT * FROM kohi_api.juki_inquiries('nonsense', false)"_s).ok);
        REQUIRE(clerk.exec(u"ROLLBACK"_s).ok);
        CHECK_FALSE(
            clerk.exec(u"SELECT * FROM kohi_api.juki_review_resolve(NULL, NULL, NULL, NULL)"_s).ok);
        CHECK_FALSE(clerk
                        .exec(u"SELECT * FROM kohi_api.juki_inquiry_create($1, 'whatever')"_s,
                              {QByteArray::number(r1)})
                        .ok);
    }
    SECTION("the database administrator does not import in a clerk's place")
    {
        CHECK_FALSE(begin(w.db.dba(), QByteArray(64, 'c')).ok);
    }
    SECTION("REPEATABLE READ is refused (the registration's guess count needs fresh snapshots)")
    {
        REQUIRE(clerk.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s).ok);
        CHECK_FALSE(begin(clerk, QByteArray(64, 'd')).ok);
        REQUIRE(clerk.exec(u"ROLLBACK"_s).ok);
    }
    // Every refusal above was recorded durably, whatever the transactions did.
    kohi::test::sealAuditLog(w.db.dba());
    const PgResult refusals =
        w.db.dba().exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE action LIKE 'juki%'"
                        " AND outcome = 'refused'"_s);
    CHECK(refusals.first(u"n"_s).toInt() >= 1);
}

namespace {

// A private cluster with every statement logged (scripts/localdb.sh --log-all), so that its whole
// log and a pg_dump can be held to "no 住民票コード, no My Number".
struct JukiScanCluster
{
    QTemporaryDir parent{u"/tmp/kohi-jukiscan-XXXXXX"_s};
    QString dir;
    QString script = TestDatabase::instance().value(u"KOHI_LOCALDB_SCRIPT"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    JukiScanCluster()
    {
        dir = parent.path() + u"/db"_s;
        REQUIRE(QProcess::execute(u"bash"_s, {script, u"create"_s, u"--dir"_s, dir, u"--log-all"_s,
                                              u"--extension"_s,
                                              TestDatabase::instance().value(u"KOHI_AUTH_SO"_s)}) ==
                0);
        QProcess p;
        p.start(u"bash"_s, {script, u"env"_s, u"--dir"_s, dir, u"--admin"_s});
        REQUIRE(p.waitForFinished(60000));
        for (const QString& line :
             QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                env.insert(line.left(eq), line.mid(eq + 1));
        }
        REQUIRE(admin({u"migrate"_s}).exitCode == 0);
        REQUIRE(admin({u"env"_s, u"set"_s, u"development"_s, u"照会試験"_s}).exitCode == 0);
        // Staff connect with a password and this cluster's terminal certificate (0023).
        const QString cert = parent.path() + u"/terminal.crt"_s;
        const QString key = parent.path() + u"/terminal.key"_s;
        REQUIRE(admin({u"terminal"_s, u"issue"_s, u"test-terminal"_s, u"--cert"_s, cert, u"--key"_s,
                       key})
                    .exitCode == 0);
        env.insert(u"PGSSLCERT"_s, cert);
        env.insert(u"PGSSLKEY"_s, key);
    }
    ~JukiScanCluster() { QProcess::execute(u"bash"_s, {script, u"destroy"_s, u"--dir"_s, dir}); }

    kohi::test::AdminRun admin(const QStringList& args, const QByteArray& input = {},
                               const QProcessEnvironment& as = {})
    {
        QProcess p;
        p.setProcessEnvironment(as.isEmpty() ? env : as);
        p.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), args);
        REQUIRE(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(300000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // The database administrator's own connection (password from the cluster's PGPASSFILE).
    void dbaExec(const QString& sql)
    {
        kohi::db::ConnectionSettings settings;
        settings.host = env.value(u"PGHOST"_s);
        settings.port = env.value(u"PGPORT"_s).toInt();
        settings.database = env.value(u"PGDATABASE"_s);
        settings.sslRootCert = env.value(u"PGSSLROOTCERT"_s);
        QFile pgpass(env.value(u"PGPASSFILE"_s));
        REQUIRE(pgpass.open(QIODevice::ReadOnly));
        Session dba(settings);
        REQUIRE(dba.open(env.value(u"PGUSER"_s),
                         QString::fromUtf8(pgpass.readLine().trimmed().split(':').value(4)))
                    .ok());
        const PgResult r = dba.exec(sql);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }
    QString log()
    {
        QThread::msleep(500); // the logging collector is asynchronous
        QFile f(dir + u"/data/log/postgresql.log"_s);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    }
    QString dump()
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(u"/usr/lib/postgresql/15/bin/pg_dump"_s,
                {u"--no-owner"_s, env.value(u"PGDATABASE"_s)});
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("kohi-admin juki import as the clerk: exit status, TSV report, and no 住民票コード or "
          "My Number in the server log (every statement), a pg_dump or the report",
          "[juki][import][scan]")
{
    JukiScanCluster cluster;
    const QByteArray clerkPass = "juki clerk login Pw-2026";
    REQUIRE(cluster
                .admin({u"user"_s, u"create"_s, u"juki_clerk"_s, u"--name"_s, u"試験 事務"_s,
                        u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                       clerkPass + '\n')
                .exitCode == 0);
    REQUIRE(cluster
                .admin({u"user"_s, u"create"_s, u"juki_viewer"_s, u"--name"_s, u"試験 閲覧"_s,
                        u"--duty"_s, u"kohi_mynumber_viewer"_s, u"--password-stdin"_s},
                       "juki viewer login Pw-2026\n")
                .exitCode == 0);
    REQUIRE(cluster
                .admin({u"keys"_s, u"create"_s, u"--viewer"_s, u"juki_viewer"_s,
                        u"--passphrase-stdin"_s},
                       "juki scan reveal passphrase\n")
                .exitCode == 0);
    cluster.dbaExec(u"UPDATE kohi.staff SET must_change_password = false,"
                    " password_changed_at = now()"_s);
    const kohi::test::AdminRun fp = cluster.admin({u"keys"_s, u"fingerprint"_s});
    REQUIRE(fp.exitCode == 0);
    QString fingerprint;
    for (const QString& line : fp.out.split(u'\n'))
        if (line.startsWith(u"public_key_fingerprint="_s))
            fingerprint = line.mid(23).trimmed();
    REQUIRE_FALSE(fingerprint.isEmpty());

    QTemporaryDir work;
    // Synthetic recipients with inquiries, through `demo inquiries` (the database administrator).
    writeFile(
        work.filePath(u"inquiries.csv"_s),
        u"照会番号,file,法別番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード\n"
        "SCAN-0001,a,54,高橋　一郎,タカハシ　イチロウ,19700505,1,\"大阪府池田市1-1, 2階\",272043\n"
        "SCAN-0002,a,54,山崎　花子,ヤマザキ　ハナコ,19800101,2,大阪府池田市2-2,272043\n"
        "SCAN-0003,a,54,田中　次郎,タナカ　ジロウ,19900202,1,大阪府池田市3-3,272043\n"_s.toUtf8());
    const auto demo = cluster.admin({u"demo"_s, u"inquiries"_s, work.filePath(u"inquiries.csv"_s)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(u"3 件"_s));

    // The 住民票コード of each row is distinctive, to be looked for afterwards.
    const QStringList residentCodes{u"73019283746"_s, u"73019283747"_s, u"73019283748"_s};
    const QString n1 = syntheticMyNumber(61803398874);
    const QString n2 = syntheticMyNumber(16180339887);
    JukiFileBuilder b;
    b.row(u"SCAN-0001"_s, u"00"_s, n1, u"髙橋　一郎"_s, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s, u"19700505"_s, u"1"_s,
          u"大阪府池田市1-1, 2階"_s, residentCodes[0]);
    b.row(u"SCAN-0002"_s, u"00"_s, n2, u"山﨑　花子"_s, u"ヤマザキ　ハナコ"_s, u"19800101"_s,
          u"2"_s, u"大阪府池田市2-2"_s, residentCodes[1]);
    b.row(u"SCAN-0003"_s, u"20"_s, {}, {}, {}, {}, {}, {}, residentCodes[2]);
    const QString answer = work.filePath(u"answer.csv"_s);
    writeFile(answer, b.bytes());
    QFile::remove(work.filePath(u"inquiries.csv"_s));

    QProcessEnvironment asClerk = cluster.env;
    asClerk.insert(u"PGUSER"_s, u"juki_clerk"_s);
    asClerk.insert(u"PGPASSWORD"_s, QString::fromUtf8(clerkPass));
    asClerk.remove(u"PGPASSFILE"_s);
    asClerk.insert(u"KOHI_PUBLIC_KEY_FINGERPRINT"_s, fingerprint);

    // The open inquiries for the terminal operator.
    const auto exported = cluster.admin(
        {u"juki"_s, u"export"_s, work.filePath(u"open-inquiries.csv"_s)}, {}, asClerk);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile openCsv(work.filePath(u"open-inquiries.csv"_s));
    REQUIRE(openCsv.open(QIODevice::ReadOnly));
    const QString openText = QString::fromUtf8(openCsv.readAll());
    CHECK(openText.contains(
        u"SCAN-0001,高橋　一郎,タカハシ　イチロウ,19700505,1,\"大阪府池田市1-1, 2階\",272043"_s));
    CHECK(openText.count(u"SCAN-000"_s) == 3);

    // A dry run changes nothing and exits 0; the database administrator is refused.
    const auto dry = cluster.admin({u"juki"_s, u"import"_s, answer, u"--dry-run"_s}, {}, asClerk);
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"ACCEPT: 2"_s));
    const auto asDba = cluster.admin({u"juki"_s, u"import"_s, answer});
    CHECK(asDba.exitCode == 1);

    const QString tsvPath = work.filePath(u"report.tsv"_s);
    const auto imported =
        cluster.admin({u"juki"_s, u"import"_s, answer, u"--report"_s, tsvPath}, {}, asClerk);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    QFile tsvFile(tsvPath);
    REQUIRE(tsvFile.open(QIODevice::ReadOnly));
    const QString tsv = QString::fromUtf8(tsvFile.readAll());
    tsvFile.close();
    const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == u"line\t照会番号\toutcome\treason"_s);
    CHECK(lines[1].startsWith(u"2\tSCAN-0001\tACCEPT\t"_s));
    CHECK(lines[2].startsWith(u"3\tSCAN-0002\tACCEPT\t"_s));
    CHECK(lines[3].startsWith(u"4\tSCAN-0003\tMULTIPLE\t"_s));

    // The review list and its resolution, and inquiries, from the command line.
    const qsizetype at = imported.out.indexOf(u"取り込み番号 "_s);
    REQUIRE(at >= 0);
    const QString importId = imported.out.mid(at + 7).section(u'）', 0, 0);
    const auto review = cluster.admin({u"juki"_s, u"review"_s}, {}, asClerk);
    REQUIRE(review.exitCode == 0);
    CHECK(review.out.contains(importId + u"\t4\tSCAN-0003\tMULTIPLE"_s));
    const auto resolved = cluster.admin({u"juki"_s, u"resolve"_s, importId, u"4"_s, u"reissue"_s,
                                         u"--note"_s, u"申請書の住所で再照会"_s},
                                        {}, asClerk);
    INFO(resolved.err.toStdString());
    CHECK(resolved.exitCode == 0);
    CHECK(resolved.out.contains(u"新しい照会番号: JK"_s));
    CHECK(cluster.admin({u"juki"_s, u"review"_s}, {}, asClerk).out.count(u'\n') == 1);
    CHECK(cluster.admin({u"juki"_s, u"inquire"_s, u"999999"_s, u"blank"_s}, {}, asClerk).exitCode ==
          1);

    // Again: refused, exit 1, every record FILE_REFUSED, nothing changed.
    const auto again =
        cluster.admin({u"juki"_s, u"import"_s, answer, u"--report"_s, tsvPath}, {}, asClerk);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"取り込み済み"_s));
    REQUIRE(tsvFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(tsvFile.readAll()).count(u"\tFILE_REFUSED\t"_s) == 3);
    tsvFile.close();
    // A malformed file: refused with its line.
    writeFile(work.filePath(u"broken.csv"_s), b.bytes() + "SCAN-0004,00,\xFF\xFF\r\n");
    const auto broken = cluster.admin({u"juki"_s, u"import"_s, work.filePath(u"broken.csv"_s),
                                       u"--report"_s, work.filePath(u"broken.tsv"_s)},
                                      {}, asClerk);
    CHECK(broken.exitCode == 1);
    QFile brokenTsv(work.filePath(u"broken.tsv"_s));
    REQUIRE(brokenTsv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(brokenTsv.readAll()).contains(u"5\t\tFILE_REFUSED\t"_s));

    const QString log = cluster.log();
    CHECK(log.contains(u"kohi_api.juki_import_match("_s)); // log_statement=all is on
    CHECK(log.contains(u"kohi_api.mynumber_register("_s));
    const QString dump = cluster.dump();
    CHECK(dump.contains(u"COPY kohi.juki_import_row "_s));
    CHECK(dump.contains(u"SCAN-0001"_s));
    {
        // The needles are real: the input holds both (so the checks below can fail).
        QFile input(answer);
        REQUIRE(input.open(QIODevice::ReadOnly));
        const QByteArray inputBytes = input.readAll();
        for (const QString& needle : residentCodes + QStringList{n1, n2})
            REQUIRE(inputBytes.contains(needle.toLatin1()));
    }
    QFile::remove(answer);
    QFile::remove(work.filePath(u"broken.csv"_s));
    QStringList reports;
    for (const QString& f : QDir(work.path()).entryList(QDir::Files)) {
        QFile r(work.filePath(f));
        REQUIRE(r.open(QIODevice::ReadOnly));
        reports << QString::fromUtf8(r.readAll());
    }
    const QString clientFiles = reports.join(u'\n');
    for (const QString& code : residentCodes) {
        CHECK_FALSE(log.contains(code));
        CHECK_FALSE(dump.contains(code));
        CHECK_FALSE(clientFiles.contains(code));
        CHECK_FALSE(imported.out.contains(code));
    }
    for (const QString& n : {n1, n2}) {
        CHECK_FALSE(log.contains(n));
        CHECK_FALSE(dump.contains(n));
        CHECK_FALSE(clientFiles.contains(n));
    }
    CHECK(kohi::test::findMyNumbers(log).isEmpty());
    CHECK(kohi::test::findMyNumbers(dump).isEmpty());
}
