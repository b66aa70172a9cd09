// End of eligibility, retention and disposal (issue 12 items 4 and 5, migration 0035): the lapse
// batch ends exactly the lapsed (and no longer served) recipients once, ended recipients leave the
// clerks' search but stay readable by id, an end on death is decided by two persons, disposal is
// refused before the retention runs out and by the proposer, and its approval leaves no envelope
// and no keyed hash of that recipient anywhere in a dump, only a record without a number. Attacks
// are made as the staff role over a raw libpq connection, as an insider with psql would.
#include "core/crypto/Argon2Params.h"
#include "core/crypto/SecureBytes.h"
#include "core/validation/MyNumber.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "db/RetentionRepository.h"
#include "tests/integration/MyNumberScan.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::crypto::SecureBytes;
using kohi::db::MyNumberEntry;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRepository;
using kohi::db::PersonRole;
using kohi::db::RetentionRepository;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;

namespace {

const kohi::crypto::Argon2Params FastArgon2{64, 1, 1};

QString scalar(Session& s, const QString& sql, const QList<QByteArray>& params = {})
{
    const auto r = s.exec(sql, params);
    INFO(sql.toStdString() << ": " << r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.rows.value(0).value(0).toString();
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

// An active recipient written by the administrator (kana decides the search).
qint64 recipient(FreshDatabase& db, const QString& programme, const QString& kana,
                 const QString& municipality = u"272027"_s)
{
    static QAtomicInt counter;
    return scalar(db.dba(),
                  u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                  " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                  " municipality_code, synthetic) VALUES ($1, $2, '試験', '花子', $3, 'ハナコ',"
                  " '2014-05-01', 2, '大阪府岸和田市試験町1-1', $4, true) RETURNING id"_s,
                  {programme.toUtf8(), num(2000000 + counter.fetchAndAddRelaxed(1)), kana.toUtf8(),
                   municipality.toUtf8()})
        .toLongLong();
}

// An application of the recipient in the given state with its certificate period.
void application(FreshDatabase& db, qint64 recipientId, const QString& kind, const QString& state,
                 const QString& from, const QString& to)
{
    scalar(db.dba(),
           u"INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
           " valid_from, valid_to, decided_by, decided_at)"
           " SELECT r.programme, r.id, $2, $3, $4::date, $4::date, $5::date,"
           "        CASE WHEN $3 = 'approved' THEN 'kohi_dba' END,"
           "        CASE WHEN $3 = 'approved' THEN now() END"
           " FROM kohi.recipient r WHERE r.id = $1 RETURNING id"_s,
           {num(recipientId), kind.toUtf8(), state.toUtf8(), from.toUtf8(), to.toUtf8()});
}

QString status(FreshDatabase& db, qint64 recipientId)
{
    return scalar(db.dba(),
                  u"SELECT status || coalesce(':' || end_reason || ':' || ended_on, '')"
                  " FROM kohi.recipient WHERE id = $1"_s,
                  {num(recipientId)});
}

std::unique_ptr<Session> login(FreshDatabase& db, const TestDatabase::Staff& staff)
{
    auto s = db.connect(staff);
    REQUIRE(s->exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
    return s;
}

// Refusal events (durable: they survive the caller's rollback) of an action and reason.
qint64 refusals(FreshDatabase& db, const QString& action, const QString& reason)
{
    kohi::test::sealAuditLog(db.dba());
    return scalar(db.dba(),
                  u"SELECT count(*) FROM kohi.audit_event WHERE action = $1"
                  " AND outcome = 'refused' AND details ->> 'reason' = $2"_s,
                  {action.toUtf8(), reason.toUtf8()})
        .toLongLong();
}

// The ids the clerk's search returns for a kana prefix.
QStringList searchIds(Session& clerk, const QString& kana)
{
    const auto r =
        clerk.exec(u"SELECT id FROM kohi_api.recipient_search($1, NULL, NULL, NULL, NULL, NULL,"
                   " 100)"_s,
                   {kana.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    QStringList ids;
    for (int i = 0; i < r.rows.size(); ++i)
        ids << r.value(i, u"id"_s).toString();
    return ids;
}

QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

} // namespace

TEST_CASE("the lapse batch ends lapsed and no-longer-served recipients once, a dry run changes "
          "nothing, pending renewals wait, and ended recipients leave the search",
          "[retention][lapse]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_retention_lapse"_s);
    const auto clerk = db.createStaff(u"lapse_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = db.createStaff(u"lapse_boshi"_s, {u"kohi_clerk_boshi"_s});

    const qint64 lapsed = recipient(db, u"54"_s, u"マンリョウ"_s);
    application(db, lapsed, u"new"_s, u"approved"_s, u"2025-01-01"_s, u"2025-12-31"_s);
    const qint64 current = recipient(db, u"54"_s, u"マンリョウ"_s);
    application(db, current, u"new"_s, u"approved"_s, u"2025-01-01"_s, u"2025-12-31"_s);
    application(db, current, u"renewal"_s, u"approved"_s, u"2026-01-01"_s, u"2026-12-31"_s);
    const qint64 renewing = recipient(db, u"54"_s, u"マンリョウ"_s);
    application(db, renewing, u"new"_s, u"approved"_s, u"2025-01-01"_s, u"2025-12-31"_s);
    application(db, renewing, u"renewal"_s, u"submitted"_s, u"2026-01-01"_s, u"2026-12-31"_s);
    const qint64 undecided = recipient(db, u"54"_s, u"マンリョウ"_s); // no period at all
    // 岸和田市 becomes a 中核市 on 2026-04-01 for 小児慢性 (a row the administrator adds).
    const qint64 moving = recipient(db, u"52"_s, u"チュウカク"_s);
    application(db, moving, u"new"_s, u"approved"_s, u"2025-10-01"_s, u"2026-09-30"_s);
    scalar(db.dba(), u"INSERT INTO kohi.municipality_not_served (municipality_code, programme,"
                     " valid_from, confirmed, note) VALUES ('272027', '52', '2026-04-01', false,"
                     " '試験: 中核市移行') RETURNING 1"_s);

    auto clerkSession = login(db, clerk);
    REQUIRE(searchIds(*clerkSession, u"マンリョウ"_s).size() == 4);

    // A dry run lists and changes nothing.
    const auto dry =
        runAdmin({u"eligibility"_s, u"end-lapsed"_s, u"--date"_s, u"2026-01-01"_s, u"--dry-run"_s},
                 db.name());
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(u"終了の対象 1 件、審査中の申請で保留 1 件"_s));
    CHECK(dry.out.contains(u"would_end"_s));
    CHECK(status(db, lapsed) == u"active"_s);

    // 1 January: the lapsed one ends on the day after its period; the renewal waits.
    const auto run =
        runAdmin({u"eligibility"_s, u"end-lapsed"_s, u"--date"_s, u"2026-01-01"_s}, db.name());
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"認定を終了しました（2026-01-01）: 1 件、審査中の申請で保留 1 件"_s));
    CHECK(status(db, lapsed) == u"ended:lapsed:2026-01-01"_s);
    CHECK(status(db, current) == u"active"_s);
    CHECK(status(db, renewing) == u"active"_s);
    CHECK(status(db, undecided) == u"active"_s);
    CHECK(status(db, moving) == u"active"_s); // 31 March is still the prefecture's

    // Idempotent: the same run again ends nothing and changes no history.
    const QString historyBefore =
        scalar(db.dba(), u"SELECT count(*) FROM kohi.recipient_history"_s);
    const auto again =
        runAdmin({u"eligibility"_s, u"end-lapsed"_s, u"--date"_s, u"2026-01-01"_s}, db.name());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u": 0 件、"_s));
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.recipient_history"_s) == historyBefore);
    CHECK(historyBefore == u"1"_s);

    // 1 April: the city's residents leave the prefecture's 小児慢性 on that day.
    const auto april =
        runAdmin({u"eligibility"_s, u"end-lapsed"_s, u"--date"_s, u"2026-04-01"_s}, db.name());
    REQUIRE(april.exitCode == 0);
    CHECK(status(db, moving) == u"ended:municipality:2026-04-01"_s);
    CHECK(status(db, current) == u"active"_s);

    // Every run is in the access log (dry runs included), with its counts.
    kohi::test::sealAuditLog(db.dba());
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.audit_event"
                 " WHERE action = 'eligibility_end_lapsed' AND outcome = 'ok'"_s) == u"4"_s);
    CHECK(scalar(db.dba(), u"SELECT details ->> 'ended' FROM kohi.audit_event"
                           " WHERE action = 'eligibility_end_lapsed' AND details ? 'ended'"
                           " ORDER BY at LIMIT 1"_s) == u"1"_s);

    // Ended recipients leave the clerks' search (every path of it) but stay readable by id.
    const QStringList found = searchIds(*clerkSession, u"マンリョウ"_s);
    CHECK(found.size() == 3);
    CHECK_FALSE(found.contains(QString::number(lapsed)));
    const QString number = scalar(db.dba(),
                                  u"SELECT recipient_number FROM kohi.recipient"
                                  " WHERE id = $1"_s,
                                  {num(lapsed)});
    const auto byNumber = clerkSession->exec(
        u"SELECT count(*) AS n FROM kohi_api.recipient_search(NULL, $1, NULL, NULL, NULL, NULL,"
        " 10)"_s,
        {number.toUtf8()});
    INFO(byNumber.errorMessage.toStdString());
    REQUIRE(byNumber.ok);
    CHECK(byNumber.first(u"n"_s).toString() == u"0"_s);
    const auto got = clerkSession->exec(
        u"SELECT kohi_api.recipient_get($1::bigint) ->> 'status' AS s"_s, {num(lapsed)});
    REQUIRE(got.ok);
    CHECK(got.first(u"s"_s).toString() == u"ended"_s);
    auto boshiSession = login(db, boshi);
    CHECK(searchIds(*boshiSession, u"チュウカク"_s).isEmpty());

    // The batch is the administrator's: a clerk with psql cannot run it.
    RawConnection raw(db.name(), clerk.login, clerk.password);
    raw.fails(u"SELECT * FROM kohi.eligibility_end_lapsed('2027-01-01', false)"_s);
    CHECK(status(db, current) == u"active"_s);
}

TEST_CASE("an end on death is proposed by a clerk and approved by another person, with the "
          "proposer refused and hostile input refused durably",
          "[retention][end][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_retention_end"_s);
    const auto maker = db.createStaff(u"end_maker"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    const auto boshi = db.createStaff(u"end_boshi"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = db.createStaff(u"end_approver"_s, {u"kohi_approver"_s});
    const qint64 id = recipient(db, u"54"_s, u"シボウ"_s);

    RawConnection m(db.name(), maker.login, maker.password);
    m.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    const QByteArray rid = num(id);
    const QByteArray tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate).toUtf8();
    // Hostile or wrong input: each refused with its own message, nothing proposed.
    m.fails(u"SELECT kohi_api.recipient_end_propose($1, 'lapsed', '2026-01-01', '満了')"_s, {rid});
    CHECK(m.error().contains(u"一括処理"_s));
    m.fails(u"SELECT kohi_api.recipient_end_propose($1, 'death', $2::date, '死亡届')"_s,
            {rid, tomorrow});
    CHECK(m.error().contains(u"今日以前"_s));
    m.fails(u"SELECT kohi_api.recipient_end_propose($1, 'death', '2026-01-05',"
            " '番号 1234 5678 9018')"_s,
            {rid});
    CHECK(m.error().contains(u"12桁"_s));
    m.fails(u"SELECT kohi_api.recipient_end_propose($1, 'death', '1900-01-01', '死亡届')"_s, {rid});
    CHECK(m.error().contains(u"生年月日"_s));
    RawConnection other(db.name(), boshi.login, boshi.password);
    other.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    other.fails(u"SELECT kohi_api.recipient_end_propose($1, 'death', '2026-01-05', '死亡届')"_s,
                {rid});
    CHECK(other.sqlstate() == u"42501"_s);
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.retention_proposal"_s) == u"0"_s);

    m.ok(
        u"SELECT kohi_api.recipient_end_propose($1, 'death', '2026-01-05', '死亡届の写しを受理')"_s,
        {rid});
    const QByteArray pid = m.value().toUtf8();
    // The proposer cannot approve, even holding the approver duty, and even inside a
    // transaction it rolls back: the refusal is on record.
    m.ok(u"BEGIN"_s);
    m.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {pid});
    CHECK(m.error().contains(u"自分の提案は承認できません"_s));
    m.ok(u"ROLLBACK"_s);
    CHECK(refusals(db, u"retention_proposal_approve"_s, u"own_proposal"_s) == 1);
    CHECK(status(db, id) == u"active"_s);
    // Nor can a clerk without the approver duty.
    other.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {pid});

    RawConnection a(db.name(), approver.login, approver.password);
    a.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    a.ok(u"SELECT kind FROM kohi_api.retention_proposal_approve($1, '確認済み')"_s, {pid});
    CHECK(a.value() == u"end"_s);
    CHECK(status(db, id) == u"ended:death:2026-01-05"_s);
    CHECK(scalar(db.dba(),
                 u"SELECT ended_by || '/' || end_approved_by FROM kohi.recipient"
                 " WHERE id = $1"_s,
                 {rid}) == maker.login + u'/' + approver.login);
    CHECK(scalar(db.dba(),
                 u"SELECT after ->> 'end_reason' FROM kohi.recipient_history"
                 " WHERE recipient_id = $1"_s,
                 {rid}) == u"death"_s);
    a.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {pid});
    CHECK(a.error().contains(u"既に決定"_s));
    // No second end of an ended recipient.
    m.fails(u"SELECT kohi_api.recipient_end_propose($1, 'moved_out', '2026-01-06', '転出')"_s,
            {rid});
    CHECK(m.error().contains(u"既に終了"_s));
}

TEST_CASE("disposal is refused before the retention runs out and to the proposer, and its "
          "approval leaves no envelope or keyed hash of that recipient in a dump, only a record",
          "[retention][disposal][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_retention_disposal"_s);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    const auto viewer = db.createStaff(u"disp_viewer"_s, {u"kohi_mynumber_viewer"_s});
    const auto maker = db.createStaff(u"disp_maker"_s, {u"kohi_clerk_boshi"_s, u"kohi_approver"_s});
    const auto approver = db.createStaff(u"disp_approver"_s, {u"kohi_approver"_s});
    MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(MyNumberKeyCeremony(db.dba(), FastArgon2)
                .createFirstKey(viewer.login, u"retention test passphrase 2026"_s, &key, &error));

    // Two recipients of 小児慢性, each with the patient's and the guardian's number.
    const qint64 old = recipient(db, u"52"_s, u"ハイキ"_s);
    const qint64 recent = recipient(db, u"52"_s, u"ホゾン"_s);
    auto makerSession = login(db, maker);
    MyNumberRepository numbers(*makerSession, key.fingerprintHex);
    QStringList registered;
    for (const qint64 id : {old, recent}) {
        for (const PersonRole role : {PersonRole::Patient, PersonRole::Guardian}) {
            const QString number = syntheticNumber();
            const bool guardian = role == PersonRole::Guardian;
            const auto r =
                numbers.registerNumber(MyNumberEntry{id,
                                                     role,
                                                     guardian ? u"試験 保護者"_s : QString(),
                                                     guardian ? u"母"_s : QString(),
                                                     {}},
                                       SecureBytes::fromUtf8(number));
            INFO((r.reason + u": "_s + r.message).toStdString());
            REQUIRE(r.registered());
            if (id == old)
                registered << number;
        }
    }
    // What the dump would show of the old recipient's numbers: envelopes and keyed hashes.
    const auto sealed = db.dba().exec(u"SELECT encode(envelope, 'hex') AS e,"
                                      " encode(dup_hash, 'hex') AS h FROM kohi.mynumber"
                                      " WHERE recipient_id = $1"_s,
                                      {num(old)});
    REQUIRE(sealed.ok);
    REQUIRE(sealed.rows.size() == 2);
    QStringList secrets;
    for (int i = 0; i < 2; ++i)
        secrets << sealed.value(i, u"e"_s).toString() << sealed.value(i, u"h"_s).toString();

    // The old one ended ten years ago (death), the recent one today (moved out).
    RetentionRepository makerRepo(*makerSession);
    const auto endOld = makerRepo.proposeEnd(old, u"death"_s, QDate(2016, 3, 1), u"死亡届"_s);
    INFO(makerRepo.lastError().message.toStdString());
    REQUIRE(endOld);
    const auto endRecent =
        makerRepo.proposeEnd(recent, u"moved_out"_s, QDate::currentDate(), u"府外へ転出"_s);
    REQUIRE(endRecent);
    auto approverSession = login(db, approver);
    RetentionRepository approverRepo(*approverSession);
    REQUIRE(approverRepo.approve(*endOld, {}));
    REQUIRE(approverRepo.approve(*endRecent, {}));

    // The due list (clerk, and kohi-admin as the administrator) holds the old one only.
    const auto due = makerRepo.due({});
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().recipientId == old);
    CHECK(due->first().numbersHeld == 2);
    CHECK(due->first().retentionUntil == QDate(2021, 3, 1));
    const auto listed = runAdmin({u"retention"_s, u"due"_s}, db.name());
    INFO(listed.out.toStdString() << listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(u"保存期間を過ぎたもの: 1 件"_s));
    CHECK(listed.out.contains(u"2021-03-01"_s));

    // Retention not run out: refused, durably, nothing proposed.
    RawConnection m(db.name(), maker.login, maker.password);
    m.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    m.fails(u"SELECT kohi_api.disposal_propose($1, 0, NULL, '保存期間満了')"_s, {num(recent)});
    CHECK(m.error().contains(u"保存期間が過ぎていません"_s));
    CHECK(refusals(db, u"disposal_propose"_s, u"retention"_s) == 1);
    // Papers counted need a description.
    m.fails(u"SELECT kohi_api.disposal_propose($1, 3, NULL, '保存期間満了')"_s, {num(old)});
    CHECK(m.error().contains(u"書類の内容"_s));

    m.ok(u"SELECT kohi_api.disposal_propose($1, 3, '申請書・個人番号カードの写し・住民票',"
         " '保存期間満了のため')"_s,
         {num(old)});
    const QByteArray pid = m.value().toUtf8();
    // The proposer (who holds the approver duty too) cannot approve, nor delete by hand.
    m.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {pid});
    CHECK(m.error().contains(u"自分の提案は承認できません"_s));
    m.fails(u"DELETE FROM kohi.mynumber WHERE recipient_id = $1"_s, {num(old)});
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.mynumber WHERE recipient_id = $1"_s,
                 {num(old)}) == u"2"_s);
    // A retention shortened meanwhile does not matter; lengthened, the approval is refused.
    REQUIRE(
        db.dba().exec(u"UPDATE kohi.setting SET value = 30 WHERE key = 'retention_years_52'"_s).ok);
    RawConnection a(db.name(), approver.login, approver.password);
    a.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    a.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {pid});
    CHECK(a.error().contains(u"保存期間が過ぎていない"_s));
    REQUIRE(
        db.dba().exec(u"UPDATE kohi.setting SET value = 5 WHERE key = 'retention_years_52'"_s).ok);

    a.ok(
        u"SELECT numbers_erased FROM kohi_api.retention_proposal_approve($1, '立会いの上で廃棄')"_s,
        {pid});
    CHECK(a.value() == u"2"_s);
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.mynumber WHERE recipient_id = $1"_s,
                 {num(old)}) == u"0"_s);
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.mynumber WHERE recipient_id = $1"_s,
                 {num(recent)}) == u"2"_s);
    // The record: who, when, why, what - and no number.
    RetentionRepository makerReader(*makerSession);
    const auto records = makerReader.disposalsOf(old);
    INFO(makerReader.lastError().message.toStdString());
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    const auto& rec = records->first();
    CHECK(rec.numbersErased == 2);
    CHECK(rec.erasedRoles == QStringList{u"保護者"_s, u"本人（受診者）"_s});
    CHECK(rec.papersDestroyed == 3);
    CHECK(rec.proposedBy == maker.login);
    CHECK(rec.approvedBy == approver.login);
    CHECK(rec.reason == u"保存期間満了のため"_s);
    CHECK(rec.erasedAt.isValid());
    CHECK(scalar(db.dba(), u"SELECT to_jsonb(d)::text FROM kohi.disposal_record d"_s)
              .contains(u"\"numbers_erased\": 2"_s));
    // Done once: not again, and not listed as due any more.
    m.fails(u"SELECT kohi_api.disposal_propose($1, 0, NULL, 'もう一度')"_s, {num(old)});
    CHECK(m.error().contains(u"既に廃棄"_s));
    const auto dueAfter = makerRepo.due({});
    REQUIRE(dueAfter);
    CHECK(dueAfter->isEmpty());

    // The dump: no plaintext number, and none of the old recipient's envelopes or hashes.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"after-disposal.dump"_s);
    const auto backup = runAdmin({u"backup"_s, file}, db.name());
    INFO(backup.out.toStdString() << backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    QProcess text;
    text.start(u"/usr/lib/postgresql/15/bin/pg_restore"_s, {u"--file=-"_s, file});
    REQUIRE(text.waitForFinished(120000));
    REQUIRE(text.exitCode() == 0);
    const QString sql = QString::fromUtf8(text.readAllStandardOutput());
    REQUIRE(sql.contains(u"COPY kohi.mynumber "_s));
    REQUIRE(sql.contains(u"COPY kohi.disposal_record "_s));
    CHECK(kohi::test::findMyNumbers(sql).isEmpty());
    for (const QString& secret : secrets)
        CHECK_FALSE(sql.contains(secret));
    for (const QString& number : registered)
        CHECK_FALSE(sql.contains(number));
    // The recent recipient's rows are still there (the scan looks at real rows).
    CHECK(sql.contains(scalar(db.dba(),
                              u"SELECT encode(dup_hash, 'hex') FROM kohi.mynumber"
                              " WHERE recipient_id = $1 LIMIT 1"_s,
                              {num(recent)})));
}

TEST_CASE("a disposal destroys the papers the evidence register holds: the count must cover them, "
          "one checked out stops the approval, and the certificate's record lists them",
          "[retention][disposal][evidence]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_retention_papers"_s);
    const auto clerk = db.createStaff(u"papers_clerk"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = db.createStaff(u"papers_approver"_s, {u"kohi_approver"_s});
    const qint64 old = recipient(db, u"52"_s, u"ショルイ"_s);
    auto clerkSession = login(db, clerk);
    auto approverSession = login(db, approver);
    RetentionRepository clerkRepo(*clerkSession);
    RetentionRepository approverRepo(*approverSession);
    const auto end = clerkRepo.proposeEnd(old, u"death"_s, QDate(2019, 3, 1), u"死亡届"_s);
    REQUIRE(end);
    REQUIRE(approverRepo.approve(*end, {}));

    // Two papers in the register, in a staff-only cabinet.
    RawConnection a(db.name(), approver.login, approver.password);
    a.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    a.ok(u"SELECT kohi_api.evidence_cabinet_register('書庫B', '本庁3階 母子G 書庫',"
         " 'staff_only')"_s);
    const QByteArray cabinet = a.value().toUtf8();
    RawConnection c(db.name(), clerk.login, clerk.password);
    c.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    c.ok(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '個人番号カードの写し',"
         " date '2018-04-01', $2)"_s,
         {num(old), cabinet});
    const QByteArray card = c.value().toUtf8();
    c.ok(u"SELECT kohi_api.evidence_register($1, NULL, 'other', '診断書', date '2018-04-01', $2)"_s,
         {num(old), cabinet});

    // Fewer papers than the register holds: refused, durably, with the number to give.
    c.fails(u"SELECT kohi_api.disposal_propose($1, 1, '申請書', '保存期間満了')"_s, {num(old)});
    CHECK(c.error().contains(u"2 件あります"_s));
    CHECK(refusals(db, u"disposal_propose"_s, u"papers_register"_s) == 1);
    c.ok(u"SELECT kohi_api.disposal_propose($1, 3, '申請書・個人番号カードの写し・診断書',"
         " '保存期間満了')"_s,
         {num(old)});
    const QByteArray proposal = c.value().toUtf8();

    // One paper is out: the approval waits for it, and nothing is erased meanwhile.
    c.ok(u"SELECT kohi_api.evidence_check_out($1, '審査会資料の確認')"_s, {card});
    a.fails(u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s, {proposal});
    CHECK(a.error().contains(u"持ち出し中"_s));
    CHECK(refusals(db, u"evidence_dispose"_s, u"state"_s) == 1);
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM kohi.disposal_record"_s) == u"0"_s);
    CHECK(scalar(db.dba(), u"SELECT state FROM kohi.evidence_document WHERE id = $1"_s, {card}) ==
          u"checked_out"_s);
    c.ok(u"SELECT kohi_api.evidence_return($1, $2, '確認終了')"_s, {card, cabinet});

    // Approved: both papers disposed (with their movements), listed in the record.
    a.ok(u"SELECT disposal_id FROM kohi_api.retention_proposal_approve($1, '立会いの上で廃棄')"_s,
         {proposal});
    CHECK(scalar(db.dba(),
                 u"SELECT string_agg(state || ':' || coalesce(disposed_by, ''), ',' ORDER BY id)"
                 " FROM kohi.evidence_document WHERE recipient_id = $1"_s,
                 {num(old)}) == u"disposed:%1,disposed:%1"_s.arg(approver.login));
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.evidence_movement m JOIN kohi.evidence_document e"
                 " ON e.id = m.document_id WHERE e.recipient_id = $1 AND m.kind = 'dispose'"_s,
                 {num(old)}) == u"2"_s);
    const auto records = clerkRepo.disposalsOf(old);
    INFO(clerkRepo.lastError().message.toStdString());
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    const auto& docs = records->first().documents;
    REQUIRE(docs.size() == 2);
    CHECK(docs.at(0).kindLabel == u"個人番号の確認書類"_s);
    CHECK(docs.at(0).description == u"個人番号カードの写し"_s);
    CHECK(docs.at(0).cabinetLabel == u"書庫B"_s);
    CHECK(docs.at(1).description == u"診断書"_s);
    // The approver's reach to the register ends with that recipient: another group's paper of
    // another recipient stays out of reach of the approver's update path.
    c.fails(u"SELECT * FROM kohi_api.disposal_record_documents(999999)"_s);
    CHECK(c.error().contains(u"見つからない"_s));
}
