// An insider's review of migrations 0023-0030: a staff member with their own password, their
// terminal certificate and psql (raw libpq connections, no Kohi client code) tries to act alone
// where the README says nobody can.

#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::sealAuditLog;
using kohi::test::TestDatabase;

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

} // namespace

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
