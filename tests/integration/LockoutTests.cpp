// Failed-login lockout by the kohi_auth server extension: for any client, across a restart.
// Runs on its own throwaway cluster because it restarts the server.
#include "tests/support/PrivateCluster.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::LoginFailure;
using kohi::test::PrivateCluster;
using kohi::test::TestDatabase;

TEST_CASE("five wrong passwords lock the account for every client, across a restart, until "
          "an administrator unlocks it",
          "[lockout]")
{
    PrivateCluster cluster(u"ロックアウト試験"_s);
    cluster.admin({u"user"_s, u"create"_s, u"lock_target"_s, u"--name"_s, u"対象 職員"_s,
                   u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                  "Target-Pass-2026\n");
    cluster.admin({u"user"_s, u"create"_s, u"lock_admin"_s, u"--name"_s, u"管理 職員"_s,
                   u"--duty"_s, u"kohi_user_admin"_s, u"--password-stdin"_s},
                  "Admin-Pass-2026!\n");
    REQUIRE(cluster.login(u"lock_target"_s, u"Target-Pass-2026"_s).ok());

    for (int i = 1; i <= 5; ++i) {
        const auto r = cluster.login(u"lock_target"_s, u"wrong-%1"_s.arg(i));
        INFO("attempt " << i << ": " << r.serverText.toStdString());
        CHECK(r.failure == LoginFailure::WrongCredentials);
    }
    auto locked = cluster.login(u"lock_target"_s, u"Target-Pass-2026"_s);
    CHECK(locked.failure == LoginFailure::AccountLocked);
    CHECK(locked.message.contains(u"ロックされています"_s));

    cluster.restart();
    locked = cluster.login(u"lock_target"_s, u"Target-Pass-2026"_s);
    CHECK(locked.failure == LoginFailure::AccountLocked);

    // The administrator must change the initial password before administering anything.
    kohi::db::Session admin(cluster.settings());
    REQUIRE(admin.open(u"lock_admin"_s, u"Admin-Pass-2026!"_s).ok());
    CHECK_FALSE(admin.exec(u"SELECT kohi_api.user_unlock('lock_target')"_s).ok);
    REQUIRE(admin
                .exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                      {"Admin-Pass-2026!", "Admin-Changed-2026!"})
                .ok);
    const auto unlocked = admin.exec(u"SELECT kohi_api.user_unlock('lock_target') AS was"_s);
    REQUIRE(unlocked.ok);
    CHECK(unlocked.first(u"was"_s).toString() == u"t"_s);
    CHECK(cluster.login(u"lock_target"_s, u"Target-Pass-2026"_s).ok());

    // Every attempt is in the access log, moved there from the extension's event buffer.
    QFile pgpass(cluster.environment().value(u"PGPASSFILE"_s));
    REQUIRE(pgpass.open(QIODevice::ReadOnly));
    const QString dbaPassword = QString::fromUtf8(pgpass.readLine().trimmed().split(':').value(4));
    kohi::db::Session dba(cluster.settings());
    REQUIRE(dba.open(u"kohi_dba"_s, dbaPassword).ok());
    REQUIRE(dba.exec(u"SELECT kohi.drain_auth_events()"_s).ok);
    const auto events =
        dba.exec(u"SELECT count(*) FILTER (WHERE action = 'login_failed') AS failed,"
                 " count(*) FILTER (WHERE action = 'account_locked') AS locked,"
                 " count(*) FILTER (WHERE action = 'login_locked') AS refused,"
                 " count(*) FILTER (WHERE action = 'user_unlock' AND outcome = 'ok') AS unlocked,"
                 // The unlock refused before the password change is logged too (0019).
                 " count(*) FILTER (WHERE action = 'user_unlock' AND outcome = 'refused'"
                 "                    AND login = 'lock_admin') AS unlock_refused"
                 " FROM kohi.audit_event"
                 " WHERE login IN ('lock_target', 'lock_admin') OR target = 'lock_target'"_s);
    REQUIRE(events.ok);
    CHECK(events.first(u"failed"_s).toInt() == 5);
    CHECK(events.first(u"locked"_s).toInt() == 1);
    CHECK(events.first(u"refused"_s).toInt() == 2);
    CHECK(events.first(u"unlocked"_s).toInt() == 1);
    CHECK(events.first(u"unlock_refused"_s).toInt() == 1);

    // Monitoring sees the same attempts: one alert for the day (5 failures, 2 refused while
    // locked).
    REQUIRE(dba.exec(u"SELECT * FROM kohi.monitor_evaluate()"_s).ok);
    const auto alert = dba.exec(u"SELECT event_count FROM kohi.monitor_alert"
                                " WHERE rule_code = 'failed_logins' AND subject = 'lock_target'"_s);
    REQUIRE(alert.ok);
    REQUIRE(alert.rows.size() == 1);
    CHECK(alert.first(u"event_count"_s).toInt() == 7);
}
