// A read's access event is committed before its rows leave the server: a server crash after the
// rows were sent, while the reader's transaction is still open, keeps the event. Runs on a
// private cluster because it crashes the server.
#include "tests/support/PrivateCluster.h"
#include "tests/support/RawConnection.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using kohi::test::PrivateCluster;
using kohi::test::RawConnection;

TEST_CASE("a server crash after the rows were sent keeps the read's access event",
          "[audit][security][reliability]")
{
    PrivateCluster cluster(u"クラッシュ試験"_s);
    cluster.admin({u"user"_s, u"create"_s, u"crash_clerk"_s, u"--name"_s, u"試験 職員"_s,
                   u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                  "Crash-Pass-2026!\n");
    {
        auto dba = cluster.dba();
        REQUIRE(dba->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                          " password_changed_at = now()"_s)
                    .ok);
        REQUIRE(dba->exec(u"SELECT kohi.generate_synthetic_recipients(50)"_s).ok);
    }
    const auto s = cluster.settings();
    RawConnection clerk(s, u"crash_clerk"_s, u"Crash-Pass-2026!"_s);
    clerk.ok(u"BEGIN"_s);
    clerk.ok(u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 7)"_s);
    REQUIRE(clerk.rows() == 7);
    clerk.ok(u"SELECT pg_backend_pid()"_s);
    const pid_t backend = pid_t(clerk.value().toInt());
    REQUIRE(backend > 0);

    // The transaction is still open. Crash: SIGKILL of a backend makes the postmaster end every
    // process and start again from the WAL (shared memory, the event ring with it, is lost).
    REQUIRE(::kill(backend, SIGKILL) == 0);
    clerk.drop();
    cluster.waitUntilReady();

    auto dba = cluster.dba();
    REQUIRE(dba->exec(u"SELECT kohi_audit.seal()"_s).ok);
    const auto r = dba->exec(u"SELECT count(*) AS n, max((details->>'rows')::int) AS rows"
                             " FROM kohi.audit_event"
                             " WHERE login = 'crash_clerk' AND action = 'recipient_search'"_s);
    REQUIRE(r.ok);
    CHECK(r.first(u"n"_s).toInt() == 1);
    CHECK(r.first(u"rows"_s).toInt() == 7);
    // The chain is whole after the crash, and logging works again.
    CHECK(cluster.admin({u"audit"_s, u"verify"_s}).contains(u"完全"_s));
    RawConnection again(s, u"crash_clerk"_s, u"Crash-Pass-2026!"_s);
    again.ok(u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 3)"_s);
    CHECK(again.rows() == 3);
}
