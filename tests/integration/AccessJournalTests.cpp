// Reads are durable without waiting for the sealer (0026): the reading backend writes its event to
// its own journal on disk before the rows leave, and the sealer links it later. These tests hold
// the sealer back (the chain-head row locked) so that the event is provably NOT in the chain when
// the rows arrive, then crash or restart the server: the event must come back from the journal,
// exactly once. Runs on private clusters because it crashes the server.
#include "tests/support/FreshDatabase.h"
#include "tests/support/PrivateCluster.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::PrivateCluster;
using kohi::test::RawConnection;

namespace {

struct CrashWorld
{
    PrivateCluster cluster{u"ジャーナル試験"_s};

    CrashWorld()
    {
        cluster.admin({u"user"_s, u"create"_s, u"jrn_clerk"_s, u"--name"_s, u"試験 職員"_s,
                       u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                      "Journal-Pass-2026!\n");
        auto dba = cluster.dba();
        REQUIRE(dba->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                          " password_changed_at = now()"_s)
                    .ok);
        REQUIRE(dba->exec(u"SELECT kohi.generate_synthetic_recipients(50)"_s).ok);
    }

    std::unique_ptr<RawConnection> connect(const QString& login, const QString& password)
    {
        return std::make_unique<RawConnection>(cluster.settings(), login, password);
    }
    std::unique_ptr<RawConnection> clerk()
    {
        return connect(u"jrn_clerk"_s, u"Journal-Pass-2026!"_s);
    }
    // The superuser holds the chain-head row: no sealing pass can link anything meanwhile.
    std::unique_ptr<RawConnection> holdSealer()
    {
        auto dba = connect(u"kohi_dba"_s, cluster.dbaPassword());
        dba->ok(u"BEGIN"_s);
        dba->ok(u"SELECT seq FROM kohi_audit.chain_head FOR UPDATE"_s);
        return dba;
    }
    // Events of the clerk's searches: count and the largest row count.
    std::pair<int, int> searches()
    {
        auto dba = cluster.dba();
        REQUIRE(dba->exec(u"SELECT kohi_audit.seal()"_s).ok);
        const auto r = dba->exec(u"SELECT count(*) AS n, max((details->>'rows')::int) AS rows"
                                 " FROM kohi.audit_event"
                                 " WHERE login = 'jrn_clerk' AND action = 'recipient_search'"_s);
        REQUIRE(r.ok);
        return {r.first(u"n"_s).toInt(), r.first(u"rows"_s).toInt()};
    }
    int unsealedSearches(RawConnection& holder)
    {
        holder.ok(u"SELECT count(*) FROM kohi.audit_event"
                  " WHERE login = 'jrn_clerk' AND action = 'recipient_search'"_s);
        return holder.value().toInt();
    }
    int oldJournals()
    {
        auto dba = cluster.dba();
        const auto r = dba->exec(
            u"SELECT count(*) AS n FROM kohi_audit.journal_files() WHERE NOT current_epoch"_s);
        REQUIRE(r.ok);
        return r.first(u"n"_s).toInt();
    }
};

const QString kSearch7 =
    u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 7)"_s;

} // namespace

TEST_CASE("a crash after the rows were sent, before the sealer linked the event, keeps it "
          "(from the reader's journal), exactly once",
          "[audit][security][reliability]")
{
    CrashWorld w;
    auto holder = w.holdSealer();
    auto clerk = w.clerk();
    clerk->ok(u"BEGIN"_s);
    clerk->ok(kSearch7);
    REQUIRE(clerk->rows() == 7);
    // The rows are here and the event is not in the chain: the sealer is held back.
    CHECK(w.unsealedSearches(*holder) == 0);
    clerk->ok(u"SELECT pg_backend_pid()"_s);
    const pid_t backend = pid_t(clerk->value().toInt());
    REQUIRE(backend > 0);

    // Crash: the postmaster ends every process and starts again; the ring is lost.
    REQUIRE(::kill(backend, SIGKILL) == 0);
    clerk->drop();
    holder->drop();
    w.cluster.waitUntilReady();

    const auto [n, rows] = w.searches();
    CHECK(n == 1);
    CHECK(rows == 7);
    // Sealing again (and another crash) adds nothing: the journal was recovered once.
    CHECK(w.searches().first == 1);
    CHECK(w.oldJournals() == 0);
    CHECK(w.cluster.admin({u"audit"_s, u"verify"_s}).contains(u"完全"_s));
}

TEST_CASE("a server restart before the sealer linked a read's event keeps it",
          "[audit][security][reliability]")
{
    CrashWorld w;
    {
        auto holder = w.holdSealer();
        auto clerk = w.clerk();
        clerk->ok(kSearch7);
        REQUIRE(clerk->rows() == 7);
        CHECK(w.unsealedSearches(*holder) == 0);
        clerk->drop();
        holder->drop();
    }
    w.cluster.restart();
    w.cluster.waitUntilReady();
    const auto [n, rows] = w.searches();
    CHECK(n == 1);
    CHECK(rows == 7);
    CHECK(w.cluster.admin({u"audit"_s, u"verify"_s}).contains(u"完全"_s));
}

TEST_CASE("events already in the chain are not linked again from the journal after a crash",
          "[audit][security][reliability]")
{
    CrashWorld w;
    auto clerk = w.clerk();
    for (int i = 0; i < 3; ++i)
        clerk->ok(kSearch7);
    REQUIRE(w.searches().first == 3);
    clerk->ok(u"SELECT pg_backend_pid()"_s);
    const pid_t backend = pid_t(clerk->value().toInt());
    REQUIRE(::kill(backend, SIGKILL) == 0);
    clerk->drop();
    w.cluster.waitUntilReady();
    CHECK(w.searches().first == 3);
    CHECK(w.oldJournals() == 0);
    // Logging goes on after the recovery.
    auto again = w.clerk();
    again->ok(kSearch7);
    CHECK(w.searches().first == 4);
    CHECK(w.cluster.admin({u"audit"_s, u"verify"_s}).contains(u"完全"_s));
}

TEST_CASE("a read whose criteria look like a My Number never reaches the journal on disk",
          "[audit][security]")
{
    FreshDatabase db(u"kohi_journal_redact"_s);
    const auto clerk = db.createStaff(u"jrn_red"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(db.name(), clerk.login, clerk.password);
    // As a phone number: the event's details carry the digits until the sealer redacts them.
    c.ok(u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, '8642-9753-1086',"
         " NULL, NULL, 5)"_s);
    c.ok(u"SELECT * FROM kohi_api.recipient_search('ジュ', NULL, NULL, NULL, NULL, NULL, 5)"_s);
    auto& dba = db.dba();
    kohi::test::sealAuditLog(dba);
    // Both events are in the chain, the digits redacted.
    const auto logged = dba.exec(u"SELECT count(*) AS n, bool_or(details::text LIKE '%9753%')"
                                 " AS digits FROM kohi.audit_event"
                                 " WHERE login = $1 AND action = 'recipient_search'"_s,
                                 {clerk.login.toUtf8()});
    REQUIRE(logged.ok);
    CHECK(logged.first(u"n"_s).toInt() == 2);
    CHECK(logged.first(u"digits"_s).toString() == u"f"_s);
    // The journal holds the ordinary search, never the digits.
    const auto files = dba.exec(
        u"SELECT count(*) FILTER (WHERE position(convert_to('ジュ', 'UTF8') IN b) > 0) AS kana,"
        " count(*) FILTER (WHERE position(convert_to('86429753', 'UTF8') IN b) > 0) AS digits"
        " FROM (SELECT pg_read_binary_file('kohi_journal/' || f, 0, 100000000, true) AS b"
        "       FROM pg_ls_dir('kohi_journal', true, false) f) j WHERE b IS NOT NULL"_s);
    INFO(files.errorMessage.toStdString());
    REQUIRE(files.ok);
    CHECK(files.first(u"kana"_s).toInt() >= 1);
    CHECK(files.first(u"digits"_s).toInt() == 0);
}
