// Production-scale synthetic data (issue 14, item 2): kohi-admin demo seed --production-scale
// refuses production; the generator makes 難病 and 小慢 recipients with households and
// applications in every state, only in municipalities the prefecture serves, and tops up (a
// second run adds nothing). Checked here at a small scale; the full scale is timed by hand
// (README).
#include "tests/support/FreshDatabase.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::runAdmin;

TEST_CASE("demo seed --production-scale refuses a production database and creates nothing",
          "[demo]")
{
    FreshDatabase db(u"kohi_seed_production"_s);
    REQUIRE(db.dba().exec(u"UPDATE kohi.environment SET kind = 'production', name = '本番'"_s).ok);
    const auto run = runAdmin({u"demo"_s, u"seed"_s, u"--production-scale"_s}, db.name());
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(u"本番環境には合成データを投入できません"_s));
    CHECK(db.dba().exec(u"SELECT count(*) AS n FROM kohi.recipient"_s).first(u"n"_s).toInt() == 0);
    CHECK(db.dba()
              .exec(u"SELECT count(*) AS n FROM kohi.staff WHERE login = 'nanbyo_clerk'"_s)
              .first(u"n"_s)
              .toInt() == 0);
    // The server refuses too, whoever calls the generator.
    const auto direct =
        db.dba().exec(u"SELECT * FROM kohi.generate_production_scale(10, 10, 'a', 'b', 'c')"_s);
    CHECK_FALSE(direct.ok);
    CHECK(direct.sqlState == u"42501"_s);
}

TEST_CASE("the production-scale generator: households, every state, served municipalities only",
          "[demo]")
{
    FreshDatabase db(u"kohi_seed_scale"_s);
    auto& dba = db.dba();
    const auto first = dba.exec(u"SELECT programme, recipients, households, applications FROM"
                                " kohi.generate_production_scale(1500, 300, 'seed_nanbyo',"
                                " 'seed_boshi', 'seed_approver')"_s);
    INFO(first.errorMessage.toStdString());
    REQUIRE(first.ok);
    REQUIRE(first.rows.size() == 2);
    CHECK(first.value(0, u"recipients"_s).toInt() == 1500);
    CHECK(first.value(0, u"households"_s).toInt() == 1500);
    CHECK(first.value(1, u"recipients"_s).toInt() == 300);

    const auto counts = dba.exec(
        u"SELECT count(*) FILTER (WHERE programme = '54') AS nanbyo,"
        " count(*) FILTER (WHERE programme = '52') AS shoman,"
        " count(*) FILTER (WHERE NOT synthetic) AS real,"
        " count(*) FILTER (WHERE status = 'active' AND recipient_number IS NULL) AS unnumbered,"
        " count(*) FILTER (WHERE municipality_code IN ('271004', '271403')) AS not_served,"
        " count(*) FILTER (WHERE programme = '52' AND municipality_code IN ('272078', '272272',"
        "  '272035', '272108', '272124', '272159', '272051')) AS core_city_children,"
        " count(*) FILTER (WHERE programme = '52' AND guardian_name IS NULL) AS no_guardian,"
        " count(DISTINCT municipality_code) AS municipalities,"
        " count(DISTINCT family_name || given_name) AS names"
        " FROM kohi.recipient"_s);
    REQUIRE(counts.ok);
    CHECK(counts.first(u"nanbyo"_s).toInt() == 1500);
    CHECK(counts.first(u"shoman"_s).toInt() == 300);
    CHECK(counts.first(u"real"_s).toInt() == 0);
    CHECK(counts.first(u"unnumbered"_s).toInt() == 0);
    CHECK(counts.first(u"not_served"_s).toInt() == 0);
    CHECK(counts.first(u"core_city_children"_s).toInt() == 0);
    CHECK(counts.first(u"no_guardian"_s).toInt() == 0);
    CHECK(counts.first(u"municipalities"_s).toInt() >= 25);
    CHECK(counts.first(u"names"_s).toInt() >= 300);

    // Every recipient is the patient of exactly one household; 小慢 households have a guardian.
    const auto households = dba.exec(
        u"SELECT (SELECT count(*) FROM kohi.recipient r WHERE (SELECT count(*) FROM"
        "  kohi.household_member m WHERE m.recipient_id = r.id AND m.role = 'patient') <> 1)"
        "  AS not_one,"
        " (SELECT count(*) FROM kohi.household h WHERE h.programme = '52' AND NOT EXISTS"
        "  (SELECT FROM kohi.household_member m WHERE m.household_id = h.id"
        "   AND m.role = 'guardian')) AS no_guardian"_s);
    REQUIRE(households.ok);
    CHECK(households.first(u"not_one"_s).toInt() == 0);
    CHECK(households.first(u"no_guardian"_s).toInt() == 0);

    // Applications in every state in both programmes; every active recipient has an approved
    // one decided by someone other than its clerk; the server assessed each (a cap).
    const auto states = dba.exec(
        u"SELECT a.programme, count(DISTINCT a.state) AS states,"
        " count(*) FILTER (WHERE a.state = 'approved' AND a.decided_by = a.entered_by) AS self,"
        " count(*) FILTER (WHERE a.monthly_cap IS NULL) AS unassessed"
        " FROM kohi.application a GROUP BY a.programme ORDER BY a.programme"_s);
    REQUIRE(states.ok);
    REQUIRE(states.rows.size() == 2);
    for (int i = 0; i < 2; ++i) {
        INFO(states.value(i, u"programme"_s).toString().toStdString());
        CHECK(states.value(i, u"states"_s).toInt() == 4);
        CHECK(states.value(i, u"self"_s).toInt() == 0);
        CHECK(states.value(i, u"unassessed"_s).toInt() == 0);
    }
    const auto approved = dba.exec(
        u"SELECT count(*) AS n FROM kohi.recipient r WHERE r.status = 'active' AND NOT EXISTS"
        " (SELECT FROM kohi.application a WHERE a.recipient_id = r.id AND a.state = 'approved')"_s);
    REQUIRE(approved.ok);
    CHECK(approved.first(u"n"_s).toInt() == 0);

    // A second run tops up to the same numbers: nothing added.
    const auto again = dba.exec(u"SELECT sum(recipients) AS n FROM kohi.generate_production_scale("
                                "1500, 300, 'seed_nanbyo', 'seed_boshi', 'seed_approver')"_s);
    REQUIRE(again.ok);
    CHECK(again.first(u"n"_s).toInt() == 0);
}
