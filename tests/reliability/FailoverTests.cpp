// Failover without loss (issue 14, item 4): a primary and a synchronous streaming standby on
// loopback, a clerk's workload through the client's db layer, the primary killed in the middle
// of it and the standby promoted. The clerk's session reconnects by itself (several hosts,
// target_session_attrs=read-write) and every submission is present exactly once on the promoted
// server, whose audit chain verifies.
#include "db/ApplicationForm.h"
#include "db/ApplicationRepository.h"
#include "db/Session.h"
#include "tests/reliability/FailoverPair.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FailoverPair;

namespace {

kohi::db::ApplicationForm formOf(int n)
{
    kohi::db::ApplicationForm f;
    f.familyName = u"切替"_s;
    f.givenName = u"申請%1"_s.arg(n, 3, 10, QChar(u'0'));
    f.familyNameKana = u"キリカエ"_s;
    f.givenNameKana = u"シンセイ"_s;
    f.birthDate = QDate(1970, 5, 5);
    f.sex = 1;
    f.postalCode = u"596-0001"_s;
    f.address = u"大阪府岸和田市合成町1丁目2番"_s;
    f.municipalityCode = u"272027"_s;
    f.receivedDate = QDate::currentDate();
    f.diseaseCode = u"006"_s;
    return f;
}

} // namespace

TEST_CASE("failover: the clerk's session follows the promoted standby and loses or doubles nothing",
          "[reliability]")
{
    FailoverPair pair;
    const kohi::db::ConnectionSettings both = pair.bothServers();
    REQUIRE(both.problem().isEmpty());
    kohi::db::Session clerk(both);
    const auto login = clerk.open(FailoverPair::clerkLogin, FailoverPair::clerkPassword);
    INFO(login.serverText.toStdString());
    REQUIRE(login.ok());
    int reconnectHandlerRuns = 0;
    clerk.setReconnectHandler([&] {
        ++reconnectHandlerRuns;
        CHECK(clerk.exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
    });
    REQUIRE(clerk.exec(u"SELECT inet_server_port() AS p"_s).first(u"p"_s).toInt() ==
            pair.primaryPort());
    kohi::db::ApplicationRepository applications(clerk);

    // 1. A submission that committed on the primary whose reply the client never saw: it keeps
    //    its key and sends it again after the failover.
    const QUuid lostReplyKey = QUuid::createUuid();
    const auto lostReply = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                             formOf(0), lostReplyKey);
    INFO(applications.lastError().message.toStdString());
    REQUIRE(lostReply);

    // 2. The workload; the primary is killed (immediate shutdown, as a crash) and the standby
    //    promoted while it runs, by another process, without telling the client.
    constexpr int submissions = 40;
    constexpr int killAt = 10;
    QList<qint64> ids;
    QElapsedTimer clock;
    clock.start();
    for (int n = 1; n <= submissions; ++n) {
        if (n == killAt)
            pair.startFailover();
        const auto saved = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                             formOf(n), QUuid::createUuid());
        INFO("submission " << n << ": " << applications.lastError().message.toStdString() << " ["
                           << applications.lastError().sqlState.toStdString() << "] "
                           << applications.lastError().serverMessage.toStdString()
                           << " reconnects: " << clerk.reconnectCount());
        REQUIRE(saved); // the client's own retry after the reconnect made every one succeed
        ids << saved->id;
    }
    pair.waitForFailover();
    CHECK(clock.elapsed() < 120000);

    // The session is on the promoted standby now, by itself. (The kill may land after the last
    // submission: then this read is the statement that finds the connection lost, and a read
    // is safe to send again.)
    CHECK(clerk.execRetrying(u"SELECT inet_server_port() AS p"_s).first(u"p"_s).toInt() ==
          pair.standbyPort());
    CHECK(clerk.reconnectCount() >= 1);
    CHECK(reconnectHandlerRuns == clerk.reconnectCount());
    CHECK(clerk.exec(u"SELECT pg_is_in_recovery() AS r"_s).first(u"r"_s).toString() == u"f"_s);

    // The lost reply's submission sent again with its key: the first result, not a second one.
    const auto replay = applications.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt,
                                          formOf(0), lostReplyKey);
    REQUIRE(replay);
    CHECK(replay->id == lostReply->id);

    // On the promoted server: every submission exactly once (0 lost, 0 duplicated).
    auto dba = pair.promotedDba();
    const auto counts =
        dba->exec(u"SELECT r.given_name AS name, count(*) AS n FROM kohi.application a"
                  " JOIN kohi.recipient r ON r.id = a.recipient_id WHERE r.family_name = '切替'"
                  " GROUP BY r.given_name"_s);
    REQUIRE(counts.ok);
    QHash<QString, int> present;
    for (int row = 0; row < counts.rows.size(); ++row)
        present.insert(counts.value(row, u"name"_s).toString(), counts.value(row, u"n"_s).toInt());
    int lost = 0;
    int duplicated = 0;
    for (int n = 0; n <= submissions; ++n) {
        const int c = present.value(formOf(n).givenName);
        lost += c == 0 ? 1 : 0;
        duplicated += c > 1 ? c - 1 : 0;
    }
    CHECK(present.size() == submissions + 1);
    CHECK(lost == 0);
    CHECK(duplicated == 0);
    for (qint64 id : ids)
        CHECK(dba->exec(u"SELECT count(*) AS n FROM kohi.application WHERE id = $1"_s,
                        {QByteArray::number(id)})
                  .first(u"n"_s)
                  .toInt() == 1);

    // The audit chain verifies on the promoted server (kohi-admin, as IT would run it).
    REQUIRE(dba->exec(u"SELECT kohi_audit.seal()"_s).ok);
    QString out;
    const int verified = pair.verifyAuditOnPromoted(&out);
    INFO(out.toStdString());
    CHECK(verified == 0);
    CHECK(out.contains(u"完全です"_s));
}
