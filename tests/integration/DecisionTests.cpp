// Every decision (issue 13, deliverable 2): 不認定, 登録者証, 補正依頼, 差戻し and 取下げ, made and
// attacked through raw connections as each role.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate).toUtf8();
}

QDate officeToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

QJsonObject form()
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"決定"_s},
                       {u"given_name"_s, u"試子"_s},
                       {u"family_name_kana"_s, u"ケッテイ"_s},
                       {u"given_name_kana"_s, u"タメコ"_s},
                       {u"birth_date"_s, u"1966-02-03"_s},
                       {u"sex"_s, 2},
                       {u"postal_code"_s, u"596-0001"_s},
                       {u"address"_s, u"大阪府岸和田市合成町3丁目4番"_s},
                       {u"municipality_code"_s, u"272027"_s},
                       {u"phone"_s, u"072-000-0001"_s},
                       {u"insurer_number"_s, u"01270016"_s},
                       {u"received_date"_s, today.toString(Qt::ISODate)},
                       {u"health_centre"_s, u"kishiwada"_s},
                       {u"disease_code"_s, u"006"_s},
                       {u"income_tier"_s, u"general1"_s},
                       {u"special_case"_s, u"standard"_s},
                       {u"valid_from"_s, today.toString(Qt::ISODate)},
                       {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
}

struct People
{
    TestDatabase::Staff clerk;
    TestDatabase::Staff approver;
    TestDatabase::Staff approver2;
    std::unique_ptr<RawConnection> c;  // clerk (難病)
    std::unique_ptr<RawConnection> a;  // approver
    std::unique_ptr<RawConnection> a2; // another approver
};

People people(const QString& prefix)
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    People p;
    p.clerk = tdb.createStaff(prefix + u"_c"_s, {u"kohi_clerk_nanbyo"_s});
    p.approver = tdb.createStaff(prefix + u"_a"_s, {u"kohi_approver"_s});
    p.approver2 = tdb.createStaff(prefix + u"_b"_s, {u"kohi_approver"_s});
    p.c = std::make_unique<RawConnection>(tdb.settings(), p.clerk.login, p.clerk.password);
    p.a = std::make_unique<RawConnection>(tdb.settings(), p.approver.login, p.approver.password);
    p.a2 = std::make_unique<RawConnection>(tdb.settings(), p.approver2.login, p.approver2.password);
    return p;
}

struct App
{
    qint64 id = 0;
    QByteArray version;
};

// Saved and submitted by `clerk`.
App submitted(RawConnection& clerk)
{
    clerk.ok(u"SELECT id || '/' || version"
             " FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
             {QJsonDocument(form()).toJson(QJsonDocument::Compact)});
    const QStringList saved = clerk.value().split(u'/');
    REQUIRE(saved.size() == 2);
    const qint64 id = saved.at(0).toLongLong();
    clerk.ok(u"SELECT kohi_api.application_submit($1, $2)"_s, {num(id), saved.at(1).toUtf8()});
    return {id, clerk.value().toUtf8()};
}

QJsonObject application(RawConnection& who, qint64 id)
{
    who.ok(u"SELECT kohi_api.application_get($1)"_s, {num(id)});
    return QJsonDocument::fromJson(who.value().toUtf8()).object();
}

QString stateOf(qint64 id)
{
    auto dba = TestDatabase::instance().admin();
    const auto r = dba->exec(
        u"SELECT state || '/' || version AS s FROM kohi.application WHERE id = $1"_s, {num(id)});
    REQUIRE(r.ok);
    return r.first(u"s"_s).toString();
}

qint64 refusals(const QString& login, const char* action, const char* reason)
{
    auto dba = TestDatabase::instance().admin();
    kohi::test::sealAuditLog(*dba);
    const auto r =
        dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                  " AND action = $2 AND outcome = 'refused' AND details->>'reason' = $3"_s,
                  {login.toUtf8(), QByteArray(action), QByteArray(reason)});
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

const QString kReject = u"SELECT kohi_api.application_reject($1, $2, $3::date, $4, $5, $6)"_s;
const QString kRegister = u"SELECT kohi_api.application_register($1, $2, $3::date, $4, $5)"_s;
const QString kCorrection = u"SELECT kohi_api.application_request_correction($1, $2, $3, $4)"_s;
const QString kWithdraw = u"SELECT kohi_api.application_withdraw($1, $2, $3::date)"_s;

} // namespace

TEST_CASE(
    "不認定: the approver records the 審査会 and the reasons, the standard 教示 is fixed with "
    "it, and the internal note is kept apart",
    "[decision]")
{
    People p = people(u"dec_rj"_s);
    const App app = submitted(*p.c);
    const QByteArray today = isoDate(officeToday());

    p.a->ok(kReject, {num(app.id), app.version, today, "diagnosis_not_met",
                      u"診断基準を満たしていません。"_s.toUtf8(), u"内部: 委員の疑義"_s.toUtf8()});
    const QJsonObject o = application(*p.c, app.id);
    CHECK(o.value(u"state"_s).toString() == u"rejected"_s);
    CHECK(o.value(u"council_date"_s).toString() == QString::fromUtf8(today));
    CHECK(o.value(u"council_result"_s).toString() == u"diagnosis_not_met"_s);
    CHECK(o.value(u"decision_reasons"_s).toString() == u"診断基準を満たしていません。"_s);
    CHECK(o.value(u"internal_note"_s).toString() == u"内部: 委員の疑義"_s);
    CHECK(o.value(u"decided_by"_s).toString() == p.approver.login);
    const QString instruction = o.value(u"appeal_instruction"_s).toString();
    CHECK(instruction.contains(u"３か月以内に、大阪府知事に対して審査請求をすることができます"_s));
    CHECK(instruction.contains(u"６か月以内に、大阪府を被告として"_s));
    CHECK_FALSE(instruction.contains(u"内部"_s));

    // Decided once: a second approver is told who decided.
    p.a2->fails(
        kReject,
        {num(app.id), QByteArray::number(app.version.toInt() + 1), today, "other", "x", {}});
    CHECK(p.a2->error().contains(u"既に処理されています"_s));
    // The new recipient stays pending: no number, no certificate.
    auto dba = TestDatabase::instance().admin();
    const auto r =
        dba->exec(u"SELECT r.status, r.recipient_number IS NULL AS none FROM kohi.recipient r"
                  " JOIN kohi.application a ON a.recipient_id = r.id WHERE a.id = $1"_s,
                  {num(app.id)});
    CHECK(r.first(u"status"_s).toString() == u"pending"_s);
    CHECK(r.first(u"none"_s).toString() == u"t"_s);
}

TEST_CASE(
    "不認定 refuses a missing or impossible 審査会, a missing result or reason, each with its "
    "own message, durably logged, and changes nothing",
    "[decision]")
{
    People p = people(u"dec_rf"_s);
    const App app = submitted(*p.c);
    const QByteArray today = isoDate(officeToday());
    const QByteArray reasons = u"理由"_s.toUtf8();
    const QString before = stateOf(app.id);

    struct Case
    {
        QList<QByteArray> params;
        QString message;
        const char* reason;
    };
    const QList<Case> cases{
        {{num(app.id), app.version, {}, "other", reasons, {}},
         u"審査会の開催日を入力してください"_s,
         "council_date"},
        {{num(app.id), app.version, isoDate(officeToday().addDays(1)), "other", reasons, {}},
         u"未来の日付です"_s,
         "council_date_future"},
        {{num(app.id), app.version, isoDate(officeToday().addYears(-1)), "other", reasons, {}},
         u"申請の受付日"_s,
         "council_before_receipt"},
        {{num(app.id), app.version, today, "approved_anyway", reasons, {}},
         u"審査会の結果を選んでください"_s,
         "council_result"},
        {{num(app.id), app.version, today, "other", "   ", {}},
         u"不認定の理由を入力してください"_s,
         "reasons"},
        {{num(app.id), app.version, today, "other", QByteArray(2001, 'x'), {}},
         u"2000文字以内"_s,
         "too_long"},
    };
    for (const Case& c : cases) {
        // Inside a transaction rolled back afterwards: the refusal stays on record anyway.
        p.a->ok(u"BEGIN"_s);
        p.a->fails(kReject, c.params);
        INFO(p.a->error().toStdString());
        CHECK(p.a->error().contains(c.message));
        CHECK(p.a->sqlstate() == u"22023"_s);
        p.a->ok(u"ROLLBACK"_s);
        CHECK(refusals(p.approver.login, "application_reject", c.reason) == 1);
    }
    CHECK(stateOf(app.id) == before);
}

TEST_CASE(
    "登録者証: only for 指定難病 and 小児慢性, fixed to 重症度分類等を満たさない, valid from the "
    "decision day without end",
    "[decision]")
{
    People p = people(u"dec_rg"_s);
    const App app = submitted(*p.c);
    p.a->ok(kRegister, {num(app.id),
                        app.version,
                        isoDate(officeToday()),
                        u"重症度分類が基準に達しません。"_s.toUtf8(),
                        {}});
    CHECK(p.a->value() == officeToday().toString(Qt::ISODate));
    const QJsonObject o = application(*p.c, app.id);
    CHECK(o.value(u"state"_s).toString() == u"registered"_s);
    CHECK(o.value(u"council_result"_s).toString() == u"severity_not_met"_s);
    CHECK(o.value(u"registered_from"_s).toString() == officeToday().toString(Qt::ISODate));
    CHECK(o.value(u"appeal_instruction"_s).toString().contains(u"審査請求"_s));
    CHECK(o.value(u"internal_note"_s).isNull());

    // The table refuses a registration without its severity result, whatever path writes it.
    auto dba = TestDatabase::instance().admin();
    const auto forged = dba->exec(
        u"UPDATE kohi.application SET council_result = 'other' WHERE id = $1"_s, {num(app.id)});
    CHECK_FALSE(forged.ok);
    CHECK(forged.errorMessage.contains(u"application_registration_severity"_s));

    // 療育医療 (17) has no 登録者証: its application is refused with a message that says so.
    // Since 0044 no new 17 application can be written (ProgrammeClosedTests); this one stands for
    // an application already in the register, written with triggers off by the superuser.
    const auto boshi = TestDatabase::instance().createStaff(u"dec_rg_m"_s, {u"kohi_clerk_boshi"_s});
    REQUIRE(dba->exec(u"SET session_replication_role = replica"_s).ok);
    const auto forged17 = dba->exec(
        u"INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
        " entered_by, last_changed_by, submitted_at)"
        " SELECT '17', recipient_id, 'new', 'submitted', received_date, $2, $2, now()"
        " FROM kohi.application WHERE id = $1 RETURNING id, version"_s,
        {num(app.id), boshi.login.toUtf8()});
    REQUIRE(dba->exec(u"RESET session_replication_role"_s).ok);
    INFO(forged17.errorMessage.toStdString());
    REQUIRE(forged17.ok);
    const qint64 id17 = forged17.first(u"id"_s).toLongLong();
    p.a->fails(
        kRegister,
        {num(id17), forged17.first(u"version"_s).toByteArray(), isoDate(officeToday()), "x", {}});
    CHECK(p.a->error().contains(u"登録者証は指定難病と小児慢性特定疾病の制度のものです"_s));
    CHECK(stateOf(id17).startsWith(u"submitted/"_s));
}

TEST_CASE("補正依頼 goes back to the clerk with the applicant's text apart from the internal note, "
          "an internal return clears it",
          "[decision]")
{
    People p = people(u"dec_kr"_s);
    const App app = submitted(*p.c);
    p.a->fails(kCorrection, {num(app.id), app.version, " ", {}});
    CHECK(p.a->error().contains(u"申請者に補正を求める内容を入力してください"_s));
    p.a->ok(kCorrection, {num(app.id), app.version, u"保険証の写しを添付してください。"_s.toUtf8(),
                          u"前回も不足（内部）"_s.toUtf8()});
    QJsonObject o = application(*p.c, app.id);
    CHECK(o.value(u"state"_s).toString() == u"returned"_s);
    CHECK(o.value(u"correction_request"_s).toString() == u"保険証の写しを添付してください。"_s);
    CHECK(o.value(u"return_reason"_s).toString() == u"前回も不足（内部）"_s);

    // The clerk resubmits as after any return; an internal return then ends the old request.
    p.c->ok(u"SELECT kohi_api.application_submit($1, $2)"_s,
            {num(app.id), o.value(u"version"_s).toVariant().toString().toUtf8()});
    const QByteArray v = p.c->value().toUtf8();
    p.a->ok(u"SELECT kohi_api.application_return($1, $2, '所得の確認（内部）')"_s,
            {num(app.id), v});
    o = application(*p.c, app.id);
    CHECK(o.value(u"state"_s).toString() == u"returned"_s);
    CHECK(o.value(u"correction_request"_s).isNull());
    CHECK(o.value(u"return_reason"_s).toString() == u"所得の確認（内部）"_s);
}

TEST_CASE("a clerk cannot decide, and an approver cannot decide an application they entered",
          "[decision][security]")
{
    auto& tdb = TestDatabase::instance();
    People p = people(u"dec_mc"_s);
    const App app = submitted(*p.c);
    const QByteArray today = isoDate(officeToday());
    const QString before = stateOf(app.id);

    // The clerk holds no EXECUTE on any decision.
    p.c->fails(kReject, {num(app.id), app.version, today, "other", "x", {}});
    CHECK(p.c->sqlstate() == u"42501"_s);
    p.c->fails(kRegister, {num(app.id), app.version, today, "x", {}});
    CHECK(p.c->sqlstate() == u"42501"_s);
    p.c->fails(kCorrection, {num(app.id), app.version, "x", {}});
    CHECK(p.c->sqlstate() == u"42501"_s);
    // Nor can the clerk write the table around the API.
    p.c->fails(u"UPDATE kohi.application SET state = 'rejected' WHERE id = $1"_s, {num(app.id)});
    CHECK(stateOf(app.id) == before);

    // One person holding both duties enters and submits, then tries every decision: refused as
    // the maker, each refusal on record.
    const auto dual = tdb.createStaff(u"dec_mc_d"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    RawConnection d(tdb.settings(), dual.login, dual.password);
    const App own = submitted(d);
    const QString ownBefore = stateOf(own.id);
    d.fails(kReject, {num(own.id), own.version, today, "other", "x", {}});
    CHECK(d.error().contains(u"自分が入力または変更した申請は"_s));
    d.fails(kRegister, {num(own.id), own.version, today, "x", {}});
    CHECK(d.error().contains(u"自分が入力または変更した申請は"_s));
    d.fails(kCorrection, {num(own.id), own.version, "x", {}});
    CHECK(d.error().contains(u"自分が入力または変更した申請は"_s));
    CHECK(stateOf(own.id) == ownBefore);
    CHECK(refusals(dual.login, "application_reject", "own_entry") == 1);
    CHECK(refusals(dual.login, "application_register", "own_entry") == 1);
    CHECK(refusals(dual.login, "application_request_correction", "own_entry") == 1);
    // Another approver may.
    p.a->ok(kReject, {num(own.id), own.version, today, "other", "x", {}});
    CHECK(stateOf(own.id).startsWith(u"rejected/"_s));
}

TEST_CASE("取下げ is recorded by a clerk of the programme with the 取下げ書's date and ends the "
          "application",
          "[decision]")
{
    auto& tdb = TestDatabase::instance();
    People p = people(u"dec_wd"_s);
    const App app = submitted(*p.c);

    // Not the approver (no duty), not a clerk of another programme (not found).
    p.a->fails(kWithdraw, {num(app.id), app.version, isoDate(officeToday())});
    CHECK(p.a->sqlstate() == u"42501"_s);
    const auto boshi = tdb.createStaff(u"dec_wd_m"_s, {u"kohi_clerk_boshi"_s});
    RawConnection m(tdb.settings(), boshi.login, boshi.password);
    m.fails(kWithdraw, {num(app.id), app.version, isoDate(officeToday())});
    CHECK(m.error().contains(u"申請が見つかりません"_s));

    p.c->fails(kWithdraw, {num(app.id), app.version, {}});
    CHECK(p.c->error().contains(u"取下げ書を受け付けた日を入力してください"_s));
    p.c->fails(kWithdraw, {num(app.id), app.version, isoDate(officeToday().addDays(1))});
    CHECK(p.c->error().contains(u"未来の日付です"_s));
    p.c->fails(kWithdraw, {num(app.id), app.version, isoDate(officeToday().addDays(-40))});
    CHECK(p.c->error().contains(u"申請の受付日"_s));
    p.c->fails(kWithdraw, {num(app.id), "1", isoDate(officeToday())});
    CHECK(p.c->sqlstate() == u"40001"_s);
    CHECK(refusals(p.clerk.login, "application_withdraw", "date_future") == 1);

    p.c->ok(kWithdraw, {num(app.id), app.version, isoDate(officeToday())});
    const QJsonObject o = application(*p.c, app.id);
    CHECK(o.value(u"state"_s).toString() == u"withdrawn"_s);
    CHECK(o.value(u"withdrawn_on"_s).toString() == officeToday().toString(Qt::ISODate));

    // Withdrawn is final: no decision, no second withdrawal, no edit.
    p.a->fails(u"SELECT kohi_api.application_approve($1, $2)"_s,
               {num(app.id), QByteArray::number(app.version.toInt() + 1)});
    p.c->fails(kWithdraw,
               {num(app.id), QByteArray::number(app.version.toInt() + 1), isoDate(officeToday())});
    CHECK(p.c->error().contains(u"既に処理されている"_s));
}

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

// Events of `action` with `outcome` for this application, after sealing.
qint64 events(const char* action, const char* outcome, qint64 id)
{
    auto dba = TestDatabase::instance().admin();
    kohi::test::sealAuditLog(*dba);
    const auto r = dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = $1"
                             " AND outcome = $2 AND target = 'application:' || $3"_s,
                             {QByteArray(action), QByteArray(outcome), num(id)});
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

qint64 replays(const QString& login)
{
    auto dba = TestDatabase::instance().admin();
    kohi::test::sealAuditLog(*dba);
    const auto r = dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                             " AND action = 'submission_replayed'"_s,
                             {login.toUtf8()});
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

const QString kRejectOnce =
    u"SELECT kohi_api.application_reject_once($1::uuid, $2, $3, $4::date, $5, $6, $7)"_s;
const QString kRegisterOnce =
    u"SELECT kohi_api.application_register_once($1::uuid, $2, $3, $4::date, $5, $6)"_s;
const QString kCorrectionOnce =
    u"SELECT kohi_api.application_request_correction_once($1::uuid, $2, $3, $4, $5)"_s;
const QString kWithdrawOnce =
    u"SELECT kohi_api.application_withdraw_once($1::uuid, $2, $3, $4::date)"_s;

} // namespace

TEST_CASE("a decision sent again with its key after a lost connection returns the first result "
          "and is not decided twice",
          "[decision][submission-key]")
{
    auto& tdb = TestDatabase::instance();
    People p = people(u"dec_once"_s);
    const QByteArray today = isoDate(officeToday());

    // Each decision: sent, the connection dropped (the reply "lost"), sent again with the same
    // key on a new connection, as the client's execRetrying does after a failover.
    struct Decision
    {
        const char* action;
        const char* state;
        bool byClerk;
        QString sql;
        std::function<QList<QByteArray>(const QByteArray&, const App&)> params;
    };
    const QList<Decision> decisions{
        {"application_reject", "rejected", false, kRejectOnce,
         [&](const QByteArray& key, const App& a) {
             return QList<QByteArray>{key,     num(a.id),          a.version, today,
                                      "other", u"理由"_s.toUtf8(), {}};
         }},
        {"application_register", "registered", false, kRegisterOnce,
         [&](const QByteArray& key, const App& a) {
             return QList<QByteArray>{
                 key, num(a.id), a.version, today, u"重症度分類等を満たさない"_s.toUtf8(), {}};
         }},
        {"application_request_correction", "returned", false, kCorrectionOnce,
         [&](const QByteArray& key, const App& a) {
             return QList<QByteArray>{key, num(a.id), a.version, u"写しを添付"_s.toUtf8(), {}};
         }},
        {"application_withdraw", "withdrawn", true, kWithdrawOnce,
         [&](const QByteArray& key, const App& a) {
             return QList<QByteArray>{key, num(a.id), a.version, today};
         }},
    };
    for (const Decision& d : decisions) {
        INFO(d.action);
        const App app = submitted(*p.c);
        const TestDatabase::Staff& who = d.byClerk ? p.clerk : p.approver;
        const QByteArray key = newKey();
        const qint64 replaysBefore = replays(who.login);
        QString first;
        {
            RawConnection once(tdb.settings(), who.login, who.password);
            once.ok(d.sql, d.params(key, app));
            first = once.value();
            once.drop();
        }
        RawConnection again(tdb.settings(), who.login, who.password);
        again.ok(d.sql, d.params(key, app));
        INFO(again.error().toStdString());
        CHECK(again.value() == first); // the 登録者証's day; empty for the others
        if (QByteArray(d.action) == "application_register")
            CHECK(first == QString::fromLatin1(today));
        // One decision: the version moved once, one 'ok' event of the decision.
        CHECK(stateOf(app.id) ==
              u"%1/%2"_s.arg(QString::fromLatin1(d.state)).arg(app.version.toInt() + 1));
        CHECK(events(d.action, "ok", app.id) == 1);
        CHECK(replays(who.login) == replaysBefore + 1); // the replay is in the access log

        // Without the key (another press of the button): the decided application refuses it.
        again.fails(d.sql, d.params(newKey(), app));
        CHECK((again.error().contains(u"既に処理されて"_s) ||
               again.error().contains(u"更新されました"_s) || again.sqlstate() == u"40001"_s ||
               again.sqlstate() == u"55000"_s));
        CHECK(stateOf(app.id) ==
              u"%1/%2"_s.arg(QString::fromLatin1(d.state)).arg(app.version.toInt() + 1));

        // The same key for other arguments is refused: it would return another request's result.
        again.fails(d.sql, d.params(key, App{app.id, QByteArray::number(app.version.toInt() + 7)}));
        CHECK(again.error().contains(u"別の内容の送信に使われています"_s));
    }
}
