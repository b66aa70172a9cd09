// An insider's review of migrations 0023-0030: a staff member with their own password, their
// terminal certificate and psql (raw libpq connections, no Kohi client code) tries to act alone
// where the README says nobody can.

#include "db/Session.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::sealAuditLog;
using kohi::test::TestDatabase;

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

bool canLogIn(FreshDatabase& db, const QString& login, const QString& password)
{
    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    Session s(settings);
    return s.open(login, password).ok();
}

bool holdsDuty(FreshDatabase& db, const QString& login, const QString& duty)
{
    const PgResult r =
        db.dba().exec(u"SELECT pg_has_role($1, $2, 'MEMBER') AS held"_s, {utf8(login), utf8(duty)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"held"_s).toBool();
}

} // namespace

// README (Staff administration): "the proposer never knows a privileged account's password".
// The single-administrator path to a password (creating a clerk, or resetting one) followed by a
// password change made by the administrator themselves leaves must_change_password false, so an
// approved privileged grant issues no fresh password and the proposer keeps the one they chose.
TEST_CASE("insider: an administrator who issued a clerk's password, changed it and then had the "
          "clerk promoted does not hold the privileged account",
          "[security][useradmin][sod][insider]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_insider_promote"_s);
    const auto admin1 = db.createStaff(u"ir_adm1"_s, {u"kohi_user_admin"_s});
    const auto admin2 = db.createStaff(u"ir_adm2"_s, {u"kohi_user_admin"_s});
    RawConnection a1(db.name(), admin1.login, admin1.password);
    RawConnection a2(db.name(), admin2.login, admin2.password);

    // 1. Alone: a clerk account (clerk duties need no second administrator); its initial
    //    password is shown to the administrator.
    const QString mole = u"ir_mole_%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    a1.ok(u"SELECT initial_password FROM kohi_api.user_create($1, '工作 員',"
          " ARRAY['kohi_clerk_nanbyo'])"_s,
          {utf8(mole)});
    const QString initial = a1.value();
    REQUIRE(initial.size() == 16);

    // 2. The administrator logs in as the clerk and replaces the password with one of their own
    //    choosing (allowed before the forced change; bind parameters, as the client sends them).
    const QString chosen = u"Chosen-By-Admin-2026!q"_s;
    {
        RawConnection asMole(db.name(), mole, initial);
        asMole.ok(u"SELECT kohi_api.session_begin('x')"_s);
        asMole.ok(u"SELECT kohi_api.change_password($1, $2)"_s, {utf8(initial), utf8(chosen)});
    }
    REQUIRE(canLogIn(db, mole, chosen));

    // 3. The same administrator proposes the approver duty; the proposal says no password will
    //    be issued, and a second administrator approves what looks like an ordinary promotion.
    a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_approver'],"
          " '承認者に任命')"_s,
          {utf8(mole)});
    const QByteArray proposal = utf8(a1.value());
    const ExecStatusType st = a2.exec(
        u"SELECT initial_password FROM kohi_api.staff_approve($1, '任命書を確認')"_s, {proposal});
    INFO("approve: " << a2.error().toStdString());

    // The wall: after the grant (if it is carried out at all), the password the proposer chose
    // does not open an account holding the approver duty.
    const bool promoted = st == PGRES_TUPLES_OK && holdsDuty(db, mole, u"kohi_approver"_s);
    CHECK_FALSE((promoted && canLogIn(db, mole, chosen)));
}

// The same, with the order reversed: the privileged proposal is open first, and the proposer
// then resets the (still unprivileged) account alone and changes its password before approval.
TEST_CASE("insider: a single-administrator reset while a privileged proposal for the account is "
          "open does not hand the proposer the promoted account",
          "[security][useradmin][sod][insider]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_insider_reset"_s);
    const auto admin1 = db.createStaff(u"ir_adm1"_s, {u"kohi_user_admin"_s});
    const auto admin2 = db.createStaff(u"ir_adm2"_s, {u"kohi_user_admin"_s});
    const auto clerk = db.createStaff(u"ir_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection a1(db.name(), admin1.login, admin1.password);
    RawConnection a2(db.name(), admin2.login, admin2.password);

    a1.ok(u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_approver'],"
          " '承認者に任命')"_s,
          {utf8(clerk.login)});
    const QByteArray proposal = utf8(a1.value());
    const QString chosen = u"Chosen-By-Admin-2026!r"_s;
    if (a1.exec(u"SELECT kohi_api.user_reset_password($1)"_s, {utf8(clerk.login)}) ==
        PGRES_TUPLES_OK) {
        const QString reset = a1.value();
        RawConnection asClerk(db.name(), clerk.login, reset);
        asClerk.ok(u"SELECT kohi_api.session_begin('x')"_s);
        asClerk.ok(u"SELECT kohi_api.change_password($1, $2)"_s, {utf8(reset), utf8(chosen)});
    }
    const ExecStatusType st =
        a2.exec(u"SELECT initial_password FROM kohi_api.staff_approve($1, '確認')"_s, {proposal});
    INFO("approve: " << a2.error().toStdString());
    const bool promoted = st == PGRES_TUPLES_OK && holdsDuty(db, clerk.login, u"kohi_approver"_s);
    CHECK_FALSE((promoted && canLogIn(db, clerk.login, chosen)));
}

// README (Access events): "the journal is plain text on disk and a My Number must never be";
// an event holding a 12-digit run is redacted in the log. A clerk who pastes a My Number into
// the kana search as a Japanese IME writes it (full-width digits, full-width hyphen U+FF0D) or
// with dots slips past both kohi_audit.redact_text and kohi_journal_safe: the number lands in
// the access log unredacted (and in the reader's journal file on disk before that).
TEST_CASE("insider: a My Number typed into a search with full-width hyphens or dots is redacted "
          "in the access log",
          "[security][audit][journal][insider]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_insider_redact"_s);
    const auto clerk = db.createStaff(u"ir_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(db.name(), clerk.login, clerk.password);

    const QStringList typed = {u"１２３４－５６７８－９０１８"_s, u"1234.5678.9018"_s,
                               u"1234−5678−9018"_s /* U+2212 */};
    for (const QString& kana : typed)
        c.ok(
            u"SELECT count(*) FROM kohi_api.recipient_search($1, NULL, NULL, NULL, NULL, NULL, 10)"_s,
            {utf8(kana)});
    sealAuditLog(db.dba());
    // Every digit form folded to ASCII and every separator dropped: no 12-digit run remains.
    const PgResult r = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
        " AND regexp_replace(normalize(details::text, NFKC), '[^0-9]', '', 'g') ~ '123456789018'"_s,
        {utf8(clerk.login)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    CHECK(r.first(u"n"_s).toLongLong() == 0);
}

// Wall that holds (0028): an approver reads a household only through an application in their
// decision scope (0021), not every household that has some application. A household linked only
// to a draft is invisible to them, and the attempt is logged.
TEST_CASE("insider: an approver cannot read the household of an application that is not theirs "
          "to decide",
          "[security][household][insider]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_insider_household"_s);
    const auto clerk = db.createStaff(u"ir_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = db.createStaff(u"ir_appr"_s, {u"kohi_approver"_s});
    REQUIRE(db.dba().exec(u"SELECT kohi.generate_synthetic_recipients(5)"_s).ok);
    const PgResult rid = db.dba().exec(
        u"SELECT min(id) AS id FROM kohi.recipient WHERE programme = '54' AND status = 'active'"_s);
    REQUIRE(rid.ok);
    const QByteArray recipient = utf8(rid.first(u"id"_s).toString());
    REQUIRE_FALSE(recipient.isEmpty());

    RawConnection c(db.name(), clerk.login, clerk.password);
    c.ok(u"SELECT id FROM kohi_api.household_save(NULL, NULL, '54',"
         " '{\"name\": \"内部 世帯\", \"insurance_kind\": \"nhi\", \"members\": ["
         "{\"name\": \"患者 一\", \"role\": \"patient\", \"income_levy\": 50000},"
         "{\"name\": \"家族 二\", \"role\": \"other\", \"income_levy\": 123456}]}')"_s);
    const QByteArray household = utf8(c.value());
    c.ok(u"SELECT id FROM kohi_api.application_save(NULL, NULL, '54', 'renewal', $1,"
         " jsonb_build_object('received_date', current_date, 'disease_code', '001',"
         " 'household_id', $2::bigint, 'valid_from', current_date,"
         " 'valid_to', current_date + 300))"_s,
         {recipient, household});
    c.ok(u"SELECT kohi_api.household_get($1) IS NOT NULL"_s, {household});
    REQUIRE(c.value() == u"t"_s); // the clerk sees it: the approver's NULL below is the scope

    RawConnection a(db.name(), approver.login, approver.password);
    a.ok(u"SELECT kohi_api.household_get($1) IS NULL"_s, {household});
    CHECK(a.value() == u"t"_s);
    for (const char* sql : {"SELECT * FROM kohi.household", "SELECT * FROM kohi.household_member",
                            "SELECT * FROM kohi.household_editor"}) {
        CHECK(a.exec(QString::fromUtf8(sql)) == PGRES_FATAL_ERROR);
        CHECK(a.sqlstate() == u"42501"_s);
    }
    sealAuditLog(db.dba());
    const PgResult refused =
        db.dba().exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                      " AND action = 'household_view' AND outcome = 'refused'"_s,
                      {utf8(approver.login)});
    REQUIRE(refused.ok);
    CHECK(refused.first(u"n"_s).toLongLong() == 1);
}
