// Separation of duties for staff administration (migration 0024, issue 11 item 4), attacked the
// way a user administrator with psql would: raw connections, BEGIN … ROLLBACK around refusals,
// own proposals, expired proposals, administrator plus business duty, chosen passwords, and the
// monitoring of a reset or new terminal's first use.

#include "db/Session.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::sealAuditLog;
using kohi::test::TestDatabase;

namespace {

const QString kNeedsApproval = u"別のユーザー管理者の承認が必要です"_s;
const QString kAdminAndBusiness = u"ユーザー管理者は業務の職務"_s;

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QString uniqueLogin(const QString& prefix)
{
    return u"%1_%2"_s.arg(prefix).arg(QRandomGenerator::global()->bounded(100000000));
}

// One statement that must be refused with this SQLSTATE (and, if given, message part).
void refused(RawConnection& c, const QString& sql, const QList<QByteArray>& params,
             const QString& sqlstate, const QString& messagePart = {})
{
    const ExecStatusType st = c.exec(sql, params);
    INFO(sql.toStdString() << " -> " << c.error().toStdString());
    CHECK(st == PGRES_FATAL_ERROR);
    CHECK(c.sqlstate() == sqlstate);
    if (!messagePart.isEmpty())
        CHECK(c.error().contains(messagePart));
}

qint64 scalar(Session& dba, const QString& sql, const QList<QByteArray>& params = {})
{
    const PgResult r = dba.exec(sql, params);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

// Refusal events of this login (all durable: written outside the caller's transaction).
qint64 refusals(FreshDatabase& db, const QString& login, const QString& reason)
{
    sealAuditLog(db.dba());
    return scalar(
        db.dba(),
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1 AND outcome = 'refused'"
        " AND details->>'reason' = $2"_s,
        {utf8(login), utf8(reason)});
}

bool canLogIn(FreshDatabase& db, const QString& login, const QString& password)
{
    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    Session s(settings);
    return s.open(login, password).ok();
}

QStringList dutiesOf(FreshDatabase& db, const QString& login)
{
    const PgResult r = db.dba().exec(
        u"SELECT array_to_string(duties, ',') AS d FROM kohi_api.user_list() WHERE login = $1"_s,
        {utf8(login)});
    REQUIRE(r.ok);
    REQUIRE(r.rows.size() == 1);
    return r.first(u"d"_s).toString().split(u',', Qt::SkipEmptyParts);
}

qint64 openProposalFor(RawConnection& c, const QString& login)
{
    c.ok(u"SELECT proposal_id FROM kohi_api.staff_proposals(false) WHERE login = $1"_s,
         {utf8(login)});
    REQUIRE(c.rows() == 1);
    return c.value().toLongLong();
}

struct Office
{
    explicit Office(const QString& tag)
        : db(u"kohi_sod_%1"_s.arg(tag)),
          admin1(db.createStaff(u"sod_adm1"_s, {u"kohi_user_admin"_s})),
          admin2(db.createStaff(u"sod_adm2"_s, {u"kohi_user_admin"_s})),
          approver(db.createStaff(u"sod_appr"_s, {u"kohi_approver"_s})),
          clerk(db.createStaff(u"sod_clerk"_s, {u"kohi_clerk_nanbyo"_s})),
          plain(db.createStaff(u"sod_plain"_s, {})), a1(db.name(), admin1.login, admin1.password),
          a2(db.name(), admin2.login, admin2.password)
    {
    }
    FreshDatabase db;
    TestDatabase::Staff admin1;
    TestDatabase::Staff admin2;
    TestDatabase::Staff approver;
    TestDatabase::Staff clerk;
    TestDatabase::Staff plain;
    RawConnection a1;
    RawConnection a2;
};

} // namespace

TEST_CASE("staff SoD: a lone administrator can neither grant a privileged duty nor reset a "
          "privileged account and use it",
          "[security][useradmin][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"lone"_s);
    const QByteArray plain = utf8(o.plain.login);

    // Each privileged duty, directly: refused, also inside a transaction rolled back afterwards.
    o.a1.ok(u"BEGIN"_s);
    for (const char* duty :
         {"kohi_approver", "kohi_mynumber_viewer", "kohi_auditor", "kohi_user_admin"}) {
        o.a1.ok(u"SAVEPOINT s"_s);
        refused(o.a1, u"SELECT kohi_api.user_set_duties($1, ARRAY[$2])"_s, {plain, duty},
                u"42501"_s, kNeedsApproval);
        o.a1.ok(u"ROLLBACK TO SAVEPOINT s"_s);
    }
    o.a1.ok(u"ROLLBACK"_s);
    CHECK(dutiesOf(o.db, o.plain.login).isEmpty());
    CHECK(refusals(o.db, o.admin1.login, u"needs_approval"_s) == 4);

    // Created with a privileged duty: only a proposal, and the account has no password at all.
    for (const char* duty : {"kohi_approver", "kohi_user_admin"}) {
        const QString login = uniqueLogin(u"sod_new"_s);
        o.a1.ok(u"SELECT initial_password IS NULL, proposal_id IS NOT NULL"
                " FROM kohi_api.user_create($1, '新規 職員', ARRAY[$2])"_s,
                {utf8(login), duty});
        CHECK(o.a1.value() == u"t"_s);
        CHECK(dutiesOf(o.db, login).isEmpty());
        CHECK(scalar(o.db.dba(),
                     u"SELECT count(*) AS n FROM pg_authid WHERE rolname = $1"
                     " AND rolpassword IS NULL"_s,
                     {utf8(login)}) == 1);
        CHECK_FALSE(canLogIn(o.db, login, u"Any-Guess-2026!"_s));
        // …and its proposer cannot approve it.
        refused(o.a1, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s,
                {QByteArray::number(openProposalFor(o.a1, login))}, u"42501"_s,
                u"自分の提案は承認できません"_s);
        CHECK(dutiesOf(o.db, login).isEmpty());
    }

    // A privileged account's password: no single-administrator reset…
    refused(o.a1, u"SELECT kohi_api.user_reset_password($1)"_s, {utf8(o.approver.login)},
            u"42501"_s, kNeedsApproval);
    // …a proposal the proposer cannot approve, not even in a transaction rolled back after.
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_reset($1, '本人から依頼')"_s,
            {utf8(o.approver.login)});
    const QByteArray id = utf8(o.a1.value());
    o.a1.ok(u"BEGIN"_s);
    refused(o.a1, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {id}, u"42501"_s);
    o.a1.ok(u"ROLLBACK"_s);
    // Nor by rejecting and proposing again (one open proposal per account).
    refused(o.a1, u"SELECT * FROM kohi_api.staff_propose_reset($1, NULL)"_s,
            {utf8(o.approver.login)}, u"55000"_s);
    CHECK(canLogIn(o.db, o.approver.login, o.approver.password)); // still the real one's
    CHECK(refusals(o.db, o.admin1.login, u"own_proposal"_s) == 3);

    // The helpers behind the API are not reachable.
    for (const char* sql :
         {"SELECT kohi.issue_password('x', true)", "SELECT kohi.generate_password('x')",
          "SELECT kohi.apply_duties('x', '{}')",
          "UPDATE kohi.staff_proposal SET status = 'approved'"}) {
        refused(o.a1, QString::fromUtf8(sql), {}, u"42501"_s);
    }
}

TEST_CASE("staff SoD: another administrator approves and a generated password goes to the "
          "approver once and to no log",
          "[security][useradmin][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"approve"_s);

    // A duty grant: proposed by one, approved by the other.
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1,"
            " ARRAY['kohi_auditor'], '監査担当に任命')"_s,
            {utf8(o.plain.login)});
    const QByteArray grant = utf8(o.a1.value());
    o.a2.ok(u"SELECT may_approve FROM kohi_api.staff_proposals(false) WHERE proposal_id = $1"_s,
            {grant});
    CHECK(o.a2.value() == u"t"_s);
    o.a2.ok(
        u"SELECT array_to_string(duties, ',') FROM kohi_api.staff_approve($1, '任命書を確認')"_s,
        {grant});
    CHECK(o.a2.value() == u"kohi_auditor"_s);
    CHECK(dutiesOf(o.db, o.plain.login) == QStringList{u"kohi_auditor"_s});
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {grant}, u"55000"_s,
            u"既に"_s);

    // An account created with a privileged duty: its first password goes to the approver.
    const QString viewer = uniqueLogin(u"sod_viewer"_s);
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.user_create($1, '閲覧 新人',"
            " ARRAY['kohi_mynumber_viewer'])"_s,
            {utf8(viewer)});
    const QByteArray created = utf8(o.a1.value());
    o.a2.ok(u"SELECT initial_password FROM kohi_api.staff_approve($1, NULL)"_s, {created});
    const QString first = o.a2.value();
    CHECK(first.size() == 16);
    {
        auto settings = TestDatabase::instance().settings();
        settings.database = o.db.name();
        Session s(settings);
        REQUIRE(s.open(viewer, first).ok());
        CHECK(s.exec(u"SELECT password_change_reason FROM kohi_api.session_info()"_s)
                  .first(u"password_change_reason"_s)
                  .toString() == u"initial"_s);
    }

    // A privileged account's reset: the new password goes to the approver; the old one is dead.
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_reset($1, NULL)"_s,
            {utf8(o.approver.login)});
    const QByteArray reset = utf8(o.a1.value());
    o.a2.ok(u"SELECT initial_password FROM kohi_api.staff_approve($1, '本人確認済み')"_s, {reset});
    const QString fresh = o.a2.value();
    CHECK(fresh.size() == 16);
    CHECK_FALSE(canLogIn(o.db, o.approver.login, o.approver.password));
    CHECK(canLogIn(o.db, o.approver.login, fresh));

    // Both people are on record; no password is in any event.
    sealAuditLog(o.db.dba());
    CHECK(scalar(o.db.dba(),
                 u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'staff_propose'"
                 " AND login = $1 AND outcome = 'ok'"_s,
                 {utf8(o.admin1.login)}) == 3);
    CHECK(scalar(o.db.dba(),
                 u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'staff_approve'"
                 " AND login = $1 AND outcome = 'ok' AND details->>'proposed_by' = $2"_s,
                 {utf8(o.admin2.login), utf8(o.admin1.login)}) == 3);
    CHECK(scalar(o.db.dba(),
                 u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'user_reset_password'"
                 " AND target = $1 AND login = $2 AND details->>'proposal_id' = $3"_s,
                 {utf8(o.approver.login), utf8(o.admin2.login), reset}) == 1);
    CHECK(scalar(o.db.dba(),
                 u"SELECT count(*) AS n FROM kohi.audit_event WHERE strpos(details::text, $1) > 0"
                 " OR strpos(details::text, $2) > 0"_s,
                 {utf8(first), utf8(fresh)}) == 0);

    // Rejected by the other, withdrawn by the proposer; neither can be approved afterwards.
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_approver'],"
            " NULL)"_s,
            {utf8(o.plain.login)});
    const QByteArray rejected = utf8(o.a1.value());
    o.a2.ok(u"SELECT kohi_api.staff_reject($1, '必要性が確認できない')"_s, {rejected});
    CHECK(o.a2.value() == u"rejected"_s);
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {rejected}, u"55000"_s);
    CHECK(dutiesOf(o.db, o.plain.login) == QStringList{u"kohi_auditor"_s});
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1,"
            " ARRAY['kohi_auditor','kohi_approver'], NULL)"_s,
            {utf8(o.plain.login)});
    const QByteArray withdrawn = utf8(o.a1.value());
    o.a1.ok(u"SELECT kohi_api.staff_reject($1, NULL)"_s, {withdrawn});
    CHECK(o.a1.value() == u"withdrawn"_s);
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {withdrawn}, u"55000"_s);

    // The account a proposal is about cannot decide it, even as an administrator.
    const auto admin3 = o.db.createStaff(u"sod_adm3"_s, {u"kohi_user_admin"_s});
    RawConnection a3(o.db.name(), admin3.login, admin3.password);
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_reset($1, NULL)"_s,
            {utf8(o.admin2.login)});
    const QByteArray aboutA2 = utf8(o.a1.value());
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {aboutA2}, u"42501"_s,
            u"自分が対象の提案"_s);
    refused(o.a2, u"SELECT kohi_api.staff_reject($1, NULL)"_s, {aboutA2}, u"42501"_s);
    o.a2.ok(u"SELECT may_approve FROM kohi_api.staff_proposals(false) WHERE proposal_id = $1"_s,
            {aboutA2});
    CHECK(o.a2.value() == u"f"_s);
    a3.ok(u"SELECT kohi_api.staff_reject($1, NULL)"_s, {aboutA2});

    // Hostile arguments change nothing and say what is wrong.
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve(NULL, NULL)"_s, {}, u"22023"_s);
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve(-1, NULL)"_s, {}, u"22023"_s);
    refused(o.a1, u"SELECT * FROM kohi_api.staff_propose_reset($1, $2)"_s,
            {utf8(o.approver.login), QByteArray(201, 'x')}, u"22023"_s);
    refused(o.a1, u"SELECT * FROM kohi_api.staff_propose_reset($1, '番号 123456789012')"_s,
            {utf8(o.approver.login)}, u"22023"_s);
    refused(o.a1,
            u"SELECT * FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_clerk_boshi'], NULL)"_s,
            {utf8(o.clerk.login)}, u"22023"_s, u"承認が必要なのは"_s);
    // The database administrator does not take part in proposals (it changes roles directly).
    CHECK_FALSE(o.db.dba()
                    .exec(u"SELECT * FROM kohi_api.staff_propose_reset($1, NULL)"_s,
                          {utf8(o.approver.login)})
                    .ok);
}

TEST_CASE("staff SoD: an expired proposal cannot be approved", "[security][useradmin][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"expired"_s);
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_auditor'],"
            " NULL)"_s,
            {utf8(o.plain.login)});
    const QByteArray id = utf8(o.a1.value());
    // A day and a minute later (the clock moved by the database administrator).
    REQUIRE(o.db.dba()
                .exec(u"UPDATE kohi.staff_proposal SET proposed_at = proposed_at - interval '1 day "
                      u"1 minute',"
                      " expires_at = expires_at - interval '1 day 1 minute' WHERE id = $1"_s,
                      {id})
                .ok);
    o.a2.ok(u"BEGIN"_s);
    refused(o.a2, u"SELECT * FROM kohi_api.staff_approve($1, NULL)"_s, {id}, u"55000"_s,
            u"期限切れ"_s);
    o.a2.ok(u"ROLLBACK"_s);
    CHECK(dutiesOf(o.db, o.plain.login).isEmpty());
    CHECK(refusals(o.db, o.admin2.login, u"expired"_s) == 1);
    o.a2.ok(u"SELECT state FROM kohi_api.staff_proposals(true) WHERE proposal_id = $1"_s, {id});
    CHECK(o.a2.value() == u"expired"_s);
    // An expired proposal no longer blocks a new one; the default lifetime is the setting's.
    o.a1.ok(u"SELECT round(extract(epoch FROM expires_at - now()) / 3600)"
            " FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_auditor'], NULL)"_s,
            {utf8(o.plain.login)});
    CHECK(o.a1.value() == u"24"_s);
    refused(o.a1, u"SELECT kohi_api.setting_set('account_proposal_hours', 0)"_s, {}, u"22023"_s);
}

TEST_CASE("staff SoD: a user administrator holds no business duty", "[security][useradmin][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"business"_s);
    const QByteArray clerk = utf8(o.clerk.login);
    o.a1.ok(u"BEGIN"_s);
    // Administrator duty to a business-duty holder, directly or as a proposal.
    refused(o.a1,
            u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_clerk_nanbyo','kohi_user_admin'])"_s,
            {clerk}, u"42501"_s, kAdminAndBusiness);
    o.a1.ok(u"ROLLBACK"_s);
    refused(
        o.a1,
        u"SELECT * FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_clerk_nanbyo','kohi_user_admin'], NULL)"_s,
        {clerk}, u"42501"_s, kAdminAndBusiness);
    // A business duty to an administrator (the other one: nobody administers themselves).
    for (const char* duty :
         {"kohi_clerk_boshi", "kohi_approver", "kohi_mynumber_viewer", "kohi_auditor"}) {
        refused(o.a2, u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_user_admin', $2])"_s,
                {utf8(o.admin1.login), duty}, u"42501"_s, kAdminAndBusiness);
        refused(
            o.a2,
            u"SELECT * FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_user_admin', $2], NULL)"_s,
            {utf8(o.admin1.login), duty}, u"42501"_s, kAdminAndBusiness);
    }
    // At creation.
    refused(
        o.a1,
        u"SELECT * FROM kohi_api.user_create($1, '兼務', ARRAY['kohi_user_admin','kohi_clerk_boshi'])"_s,
        {utf8(uniqueLogin(u"sod_both"_s))}, u"42501"_s, kAdminAndBusiness);
    CHECK(dutiesOf(o.db, o.clerk.login) == QStringList{u"kohi_clerk_nanbyo"_s});
    CHECK(dutiesOf(o.db, o.admin1.login) == QStringList{u"kohi_user_admin"_s});
    CHECK(refusals(o.db, o.admin1.login, u"admin_and_business"_s) == 3);
    CHECK(refusals(o.db, o.admin2.login, u"admin_and_business"_s) == 8);
}

TEST_CASE("staff SoD: no API accepts a password chosen by an administrator",
          "[security][useradmin][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"chosen"_s);
    // The census: API functions that take a password or secret at all (input arguments).
    const PgResult r = o.db.dba().exec(
        u"SELECT string_agg(p.oid::regprocedure::text, ' ' ORDER BY 1) AS f FROM pg_proc p"
        " WHERE p.pronamespace = 'kohi_api'::regnamespace"
        "   AND EXISTS (SELECT FROM unnest(p.proargnames[1:p.pronargs]) a"
        "               WHERE a ~* '(password|secret|scram)' AND a NOT IN ('p_current', 'p_new'))"_s);
    REQUIRE(r.ok);
    // Only the database administrator's create (refused to staff, below) remains.
    CHECK(r.first(u"f"_s).toString() == u"kohi_api.user_create(text,text,text[],text)"_s);
    const QString login = uniqueLogin(u"sod_chosen"_s);
    o.a1.ok(u"BEGIN"_s);
    refused(o.a1, u"SELECT kohi_api.user_create($1, '職員', ARRAY['kohi_clerk_boshi'], $2)"_s,
            {utf8(login), "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"}, u"42501"_s,
            u"パスワードはサーバーが生成します"_s);
    o.a1.ok(u"ROLLBACK"_s);
    CHECK(refusals(o.db, o.admin1.login, u"chosen_password"_s) == 1);
    refused(o.a1, u"SELECT kohi_api.user_reset_password($1, $2)"_s,
            {utf8(o.clerk.login), "Chosen-Pass-2026!"}, u"42883"_s);
    CHECK(scalar(o.db.dba(), u"SELECT count(*) AS n FROM pg_roles WHERE rolname = $1"_s,
                 {utf8(login)}) == 0);
    // What the server generates meets the policy, is different every time and never names
    // the account.
    o.a1.ok(u"SELECT kohi_api.user_reset_password($1)"_s, {utf8(o.clerk.login)});
    const QString a = o.a1.value();
    o.a1.ok(u"SELECT kohi_api.user_reset_password($1)"_s, {utf8(o.clerk.login)});
    const QString b = o.a1.value();
    CHECK(a != b);
    for (const QString& pw : {a, b}) {
        CHECK(pw.size() == 16);
        CHECK(pw.contains(QRegularExpression(u"[A-Z]"_s)));
        CHECK(pw.contains(QRegularExpression(u"[a-z]"_s)));
        CHECK(pw.contains(QRegularExpression(u"[0-9]"_s)));
        CHECK(pw.contains(QRegularExpression(u"[^A-Za-z0-9]"_s)));
    }
    CHECK_FALSE(canLogIn(o.db, o.clerk.login, a));
    CHECK(canLogIn(o.db, o.clerk.login, b));
}

TEST_CASE("staff SoD: first use after a reset and first use from a new terminal raise alerts",
          "[security][monitor][sod]")
{
    REQUIRE(TestDatabase::instance().available());
    Office o(u"firstuse"_s);
    Session& dba = o.db.dba();
    auto evaluate = [&] {
        sealAuditLog(dba);
        REQUIRE(dba.exec(u"SELECT * FROM kohi.monitor_evaluate(NULL)"_s).ok);
    };
    auto alertCount = [&](const QString& rule, const QString& login) {
        return scalar(dba,
                      u"SELECT coalesce(sum(event_count), 0) AS n FROM kohi.monitor_alert"
                      " WHERE rule_code = $1 AND subject = $2"_s,
                      {utf8(rule), utf8(login)});
    };
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.clerk.login) == 0);

    // A reset; nothing yet; the account's first use raises the alert, the second does not add.
    o.a1.ok(u"SELECT kohi_api.user_reset_password($1)"_s, {utf8(o.clerk.login)});
    const QString pw = o.a1.value();
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.clerk.login) == 0);
    {
        RawConnection c(o.db.name(), o.clerk.login, pw);
        c.ok(u"BEGIN"_s);
        c.ok(u"SELECT * FROM kohi_api.session_info()"_s);
        c.ok(u"ROLLBACK"_s); // the login itself is the use
    }
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.clerk.login) == 1);
    {
        RawConnection c(o.db.name(), o.clerk.login, pw);
        c.ok(u"SELECT * FROM kohi_api.session_info()"_s);
    }
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.clerk.login) == 1);
    // An approved reset of a privileged account counts the same way.
    o.a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_reset($1, NULL)"_s,
            {utf8(o.approver.login)});
    const QByteArray id = utf8(o.a1.value());
    o.a2.ok(u"SELECT initial_password FROM kohi_api.staff_approve($1, NULL)"_s, {id});
    const QString approverPw = o.a2.value();
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.approver.login) == 0);
    {
        // (Logins are drained into the office database's log; in this database of its own the
        // first use the log shows is the first call.)
        RawConnection c(o.db.name(), o.approver.login, approverPw);
        c.ok(u"SELECT * FROM kohi_api.session_info()"_s);
    }
    evaluate();
    CHECK(alertCount(u"first_use_after_reset"_s, o.approver.login) == 1);

    // Terminals, as the server records them in each event (kohi.current_terminal()): the first
    // event from a terminal an account never used raises new_terminal; repeats do not.
    auto eventFrom = [&](const QString& login, const QString& terminal) {
        REQUIRE(dba.exec(u"SELECT kohi_audit.append($1, NULL, $2, 'recipient_search', NULL,"
                         " NULL, 'ok', '{}')"_s,
                         {utf8(login), utf8(terminal)})
                    .ok);
    };
    const QString t1 = uniqueLogin(u"term"_s);
    const QString t2 = uniqueLogin(u"term"_s);
    // The clerk's and the approver's calls above came from the run's certificate terminal
    // (0023): each already has that first use counted.
    const int clerkBase = alertCount(u"new_terminal"_s, o.clerk.login);
    const int approverBase = alertCount(u"new_terminal"_s, o.approver.login);
    CHECK(clerkBase == 1);
    eventFrom(o.clerk.login, t1);
    evaluate();
    CHECK(alertCount(u"new_terminal"_s, o.clerk.login) == clerkBase + 1);
    eventFrom(o.clerk.login, t1);
    eventFrom(o.clerk.login, t1);
    evaluate();
    CHECK(alertCount(u"new_terminal"_s, o.clerk.login) == clerkBase + 1);
    eventFrom(o.clerk.login, t2);
    evaluate();
    CHECK(alertCount(u"new_terminal"_s, o.clerk.login) == clerkBase + 2);
    // Another account on a terminal the clerk uses: new for that account.
    eventFrom(o.approver.login, t1);
    evaluate();
    CHECK(alertCount(u"new_terminal"_s, o.approver.login) == approverBase + 1);
    // The real path: the session's terminal is its certificate's, whatever the client declares
    // (0023): one alert for the first use from it, none for the declared id.
    {
        RawConnection c(o.db.name(), o.plain.login, o.plain.password);
        c.ok(u"SELECT kohi_api.session_begin($1)"_s, {utf8(t2)});
    }
    evaluate();
    CHECK(alertCount(u"new_terminal"_s, o.plain.login) == 1);
    // Auditors see the alerts through the API.
    const auto auditor = o.db.createStaff(u"sod_aud"_s, {u"kohi_auditor"_s});
    RawConnection au(o.db.name(), auditor.login, auditor.password);
    au.ok(u"SELECT count(*) AS n FROM kohi_api.monitor_alerts(true, 1000)"
          " WHERE rule_code IN ('first_use_after_reset', 'new_terminal')"_s);
    CHECK(au.value().toInt() >= 4);
}
