// The demo gives the approver a queue and the clerk a returned application (issue 16, item 7):
// typed by the demo clerk through the API and returned by the demo approver, never written
// into the tables directly; a second run adds nothing.
#include "tests/support/PrivateCluster.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::PrivateCluster;

TEST_CASE("demo applications: three wait for the approver, one is returned to the clerk with a "
          "reason, all made through the API by the demo users, and a second run adds nothing",
          "[demo]")
{
    PrivateCluster cluster(u"デモ申請"_s);
    cluster.admin({u"demo"_s, u"seed"_s, u"--recipients"_s, u"50"_s});
    const QString out = cluster.admin({u"demo"_s, u"applications"_s});
    INFO(out.toStdString());
    CHECK(out.contains(u"承認待ち"_s));

    auto dba = cluster.dba();
    const auto states =
        dba->exec(u"SELECT count(*) FILTER (WHERE state = 'submitted') AS submitted,"
                  " count(*) FILTER (WHERE state = 'returned') AS returned,"
                  " count(*) FILTER (WHERE entered_by <> 'nanbyo_clerk') AS others,"
                  " max(return_reason) FILTER (WHERE state = 'returned') AS reason"
                  " FROM kohi.application"_s);
    INFO(states.errorMessage.toStdString());
    REQUIRE(states.ok);
    CHECK(states.first(u"submitted"_s).toInt() == 3);
    CHECK(states.first(u"returned"_s).toInt() == 1);
    CHECK(states.first(u"others"_s).toInt() == 0);
    CHECK(states.first(u"reason"_s).toString().contains(u"診断年月日"_s));
    // Made through the API: the access log holds the clerk's submissions and the return.
    const auto events = dba->exec(
        u"SELECT count(*) FILTER (WHERE action = 'application_submit' AND login = 'nanbyo_clerk')"
        " AS submits, count(*) FILTER (WHERE action = 'application_return' AND login = 'approver')"
        " AS returns FROM kohi.audit_event"_s);
    REQUIRE(events.ok);
    CHECK(events.first(u"submits"_s).toInt() == 4);
    CHECK(events.first(u"returns"_s).toInt() == 1);

    const QString again = cluster.admin({u"demo"_s, u"applications"_s});
    CHECK(again.contains(u"追加なし"_s));
    const auto count = dba->exec(u"SELECT count(*) AS n FROM kohi.application"_s);
    REQUIRE(count.ok);
    CHECK(count.first(u"n"_s).toInt() == 4);
}
