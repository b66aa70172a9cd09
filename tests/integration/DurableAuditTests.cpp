// Access events no staff member can undo (issue 10): every attack is made as the staff role over
// a raw libpq connection, as an insider with psql would.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <chrono>
#include <libpq-fe.h>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

// Each test case has a database of its own: ctest runs the cases in parallel processes.
struct World
{
    explicit World(const QString& database) : db(database) { seed(); }
    FreshDatabase db;
    TestDatabase::Staff clerk = db.createStaff(u"dur_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    TestDatabase::Staff other = db.createStaff(u"dur_other"_s, {u"kohi_clerk_nanbyo"_s});
    TestDatabase::Staff auditor = db.createStaff(u"dur_aud"_s, {u"kohi_auditor"_s});
    TestDatabase::Staff admin = db.createStaff(u"dur_adm"_s, {u"kohi_user_admin"_s});

    void seed()
    {
        // Three 難病 recipients whose kana starts with ジュ, one other.
        REQUIRE(
            db.dba()
                .exec(u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                      " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                      " municipality_code, synthetic)"
                      " SELECT '54', (2000000 + i)::text, '耐久', '太郎',"
                      " CASE WHEN i < 4 THEN 'ジュウ' ELSE 'ベツ' END, 'タロウ',"
                      " date '1960-01-01' + i, 1, '大阪府', '272027', true"
                      " FROM generate_series(1, 4) i"_s)
                .ok);
    }

    // Events of one login and action, after linking everything waiting into the chain.
    QList<QJsonObject> events(const TestDatabase::Staff& who, const QString& action,
                              const QString& outcome = u"ok"_s)
    {
        kohi::test::sealAuditLog(db.dba());
        const auto r = db.dba().exec(u"SELECT details::text AS d FROM kohi.audit_event"
                                     " WHERE login = $1 AND action = $2 AND outcome = $3"
                                     " ORDER BY chain_seq"_s,
                                     {who.login.toUtf8(), action.toUtf8(), outcome.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        QList<QJsonObject> out;
        for (const auto& row : r.rows)
            out << QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
        return out;
    }
};

const QString kSearch =
    u"SELECT * FROM kohi_api.recipient_search('ジュ', NULL, NULL, NULL, NULL, NULL, 100)"_s;

} // namespace

TEST_CASE("a read leaves exactly one access event with what it returned, whatever the caller "
          "does with the transaction",
          "[audit][security]")
{
    World w(u"kohi_dur_read"_s);
    RawConnection clerk(w.db.name(), w.clerk.login, w.clerk.password);
    clerk.ok(u"SELECT kohi_api.session_begin('raw-psql')"_s);

    struct Scenario
    {
        const char* name;
        QStringList before;
        QStringList after;
    };
    const QList<Scenario> scenarios{
        {"BEGIN ... ROLLBACK", {u"BEGIN"_s}, {u"ROLLBACK"_s}},
        {"ROLLBACK TO SAVEPOINT",
         {u"BEGIN"_s, u"SAVEPOINT s"_s},
         {u"ROLLBACK TO SAVEPOINT s"_s, u"COMMIT"_s}},
        {"an error after the read", {u"BEGIN"_s}, {u"SELECT 1/0"_s, u"ROLLBACK"_s}},
    };
    for (const Scenario& s : scenarios) {
        SECTION(s.name)
        {
            for (const QString& sql : s.before)
                clerk.ok(sql);
            clerk.ok(kSearch);
            CHECK(clerk.rows() == 3);
            for (const QString& sql : s.after)
                (void)clerk.exec(sql);
            const auto found = w.events(w.clerk, u"recipient_search"_s);
            REQUIRE(found.size() == 1);
            CHECK(found[0].value(u"rows"_s).toInt() == 3);
            CHECK(found[0].value(u"recipient_ids"_s).toArray().size() == 3);
        }
    }

    SECTION("libpq pipeline mode, connection closed before Sync")
    {
        PGconn* c = clerk.conn();
        REQUIRE(PQenterPipelineMode(c) == 1);
        REQUIRE(PQsendQueryParams(c, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1);
        REQUIRE(PQsendQueryParams(c, kSearch.toUtf8().constData(), 0, nullptr, nullptr, nullptr,
                                  nullptr, 0) == 1);
        REQUIRE(PQsendFlushRequest(c) == 1);
        REQUIRE(PQflush(c) == 0);
        // The rows arrive without a Sync: the implicit transaction is never committed.
        int dataRows = 0;
        for (int results = 0; results < 2;) {
            PGresult* r = PQgetResult(c);
            if (r == nullptr) {
                ++results;
                continue;
            }
            if (PQresultStatus(r) == PGRES_TUPLES_OK)
                dataRows = PQntuples(r);
            PQclear(r);
        }
        CHECK(dataRows == 3);
        clerk.drop(); // the server rolls the open transaction back
        const auto found = w.events(w.clerk, u"recipient_search"_s);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value(u"rows"_s).toInt() == 3);
    }
}

TEST_CASE("reads of staff records and of the access log survive a rollback too",
          "[audit][security]")
{
    World w(u"kohi_dur_staff"_s);
    RawConnection admin(w.db.name(), w.admin.login, w.admin.password);
    admin.ok(u"BEGIN"_s);
    admin.ok(u"SELECT * FROM kohi_api.user_list()"_s);
    const int staffRows = admin.rows();
    admin.ok(u"ROLLBACK"_s);
    auto found = w.events(w.admin, u"user_list"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value(u"rows"_s).toInt() == staffRows);

    RawConnection auditor(w.db.name(), w.auditor.login, w.auditor.password);
    auditor.ok(u"BEGIN"_s);
    auditor.ok(u"SELECT * FROM kohi_api.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
               " NULL, NULL, 50)"_s);
    const int logRows = auditor.rows();
    CHECK(logRows > 0);
    auditor.fails(u"SELECT 1/0"_s);
    auditor.ok(u"ROLLBACK"_s);
    found = w.events(w.auditor, u"audit_search"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value(u"result_count"_s).toInt() == logRows);
}

TEST_CASE("a refused call leaves a refusal event after ROLLBACK, PostgreSQL's own permission "
          "refusal included, and the monitoring counts it",
          "[audit][security][monitoring]")
{
    World w(u"kohi_dur_refusal"_s);
    RawConnection clerk(w.db.name(), w.clerk.login, w.clerk.password);
    clerk.ok(u"BEGIN"_s);
    // Not granted to clerks: refused by PostgreSQL before any Kohi code runs.
    clerk.fails(u"SELECT * FROM kohi_api.user_list()"_s);
    CHECK(clerk.sqlstate() == u"42501"_s);
    clerk.ok(u"ROLLBACK"_s);
    // Refused by the API (a raised error), inside a savepoint that is rolled back.
    clerk.ok(u"BEGIN"_s);
    clerk.ok(u"SAVEPOINT s"_s);
    clerk.fails(u"SELECT kohi_api.session_event('not-an-event')"_s);
    clerk.ok(u"ROLLBACK TO SAVEPOINT s"_s);
    clerk.ok(u"ROLLBACK"_s);

    const auto denied = w.events(w.clerk, u"user_list"_s, u"refused"_s);
    REQUIRE(denied.size() == 1);
    CHECK(denied[0].value(u"sqlstate"_s).toString() == u"42501"_s);
    const auto refused = w.events(w.clerk, u"session_event"_s, u"refused"_s);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].value(u"sqlstate"_s).toString() == u"22023"_s);

    // The dashboard's "refused" count and the refusal rule see both.
    auto& dba = w.db.dba();
    REQUIRE(dba.exec(u"UPDATE kohi.monitor_rule SET threshold = 2 WHERE code = 'refusals'"_s).ok);
    REQUIRE(dba.exec(u"SELECT * FROM kohi.monitor_evaluate()"_s).ok);
    const auto alert = dba.exec(u"SELECT event_count FROM kohi.monitor_alert"
                                " WHERE rule_code = 'refusals' AND subject = $1"_s,
                                {w.clerk.login.toUtf8()});
    REQUIRE(alert.ok);
    REQUIRE(alert.rows.size() == 1);
    CHECK(alert.rows[0].value(0).toInt() == 2);
    const auto counted =
        dba.exec(u"SELECT coalesce(sum(n), 0) AS n FROM kohi.monitor_daily_count"
                 " WHERE category = 'refused' AND day = (now() AT TIME ZONE 'Asia/Tokyo')::date"_s);
    REQUIRE(counted.ok);
    CHECK(counted.first(u"n"_s).toInt() >= 2);
}

TEST_CASE("a staff transaction held open stalls nobody and is ended by the server at the limit",
          "[audit][security][reliability]")
{
    World w(u"kohi_dur_held"_s);
    auto& dba = w.db.dba();
    REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = 5"
                     " WHERE key = 'staff_idle_in_transaction_seconds'"_s)
                .ok);
    REQUIRE(dba.exec(u"SELECT kohi_audit.enforce_session_limits()"_s).ok);

    // The attack of the audit: an audited call inside an open transaction, then nothing.
    RawConnection holder(w.db.name(), w.clerk.login, w.clerk.password);
    holder.ok(u"SHOW idle_in_transaction_session_timeout"_s);
    holder.ok(u"BEGIN"_s);
    holder.ok(u"SELECT kohi_api.session_begin('holder')"_s);
    holder.ok(u"SELECT kohi_api.session_event('idle_lock')"_s);
    holder.ok(kSearch);

    // Another clerk logs in, starts a session and searches while that transaction is open.
    QElapsedTimer timer;
    timer.start();
    RawConnection other(w.db.name(), w.other.login, w.other.password);
    other.ok(u"SELECT kohi_api.session_begin('other')"_s);
    other.ok(kSearch);
    CHECK(other.rows() == 3);
    CHECK(timer.elapsed() < 1000);

    // Past the limit the server ends the holder's session.
    std::this_thread::sleep_for(std::chrono::milliseconds(6500));
    CHECK(holder.exec(u"SELECT 1"_s) == PGRES_FATAL_ERROR);
    CHECK(PQstatus(holder.conn()) == CONNECTION_BAD);
    // Its reads are still in the log.
    CHECK(w.events(w.clerk, u"recipient_search"_s).size() == 1);
    CHECK(w.events(w.clerk, u"idle_lock"_s).size() == 1);
}

TEST_CASE("staff session limits come from the settings and are set for every staff role",
          "[audit][security]")
{
    World w(u"kohi_dur_limits"_s);
    auto& dba = w.db.dba();
    REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = CASE key"
                     " WHEN 'staff_statement_timeout_seconds' THEN 30"
                     " WHEN 'staff_lock_timeout_seconds' THEN 3"
                     " WHEN 'staff_idle_in_transaction_seconds' THEN 20"
                     " WHEN 'staff_idle_session_minutes' THEN 50 END"
                     " WHERE key LIKE 'staff_%'"_s)
                .ok);
    REQUIRE(dba.exec(u"SELECT kohi_audit.enforce_session_limits()"_s).ok);
    RawConnection clerk(w.db.name(), w.clerk.login, w.clerk.password);
    const QList<std::pair<QString, QString>> expected{
        {u"statement_timeout"_s, u"30s"_s},
        {u"lock_timeout"_s, u"3s"_s},
        {u"idle_in_transaction_session_timeout"_s, u"20s"_s},
        {u"idle_session_timeout"_s, u"50min"_s}};
    for (const auto& [name, value] : expected) {
        PGresult* r = PQexec(clerk.conn(), ("SHOW " + name.toStdString()).c_str());
        REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
        CHECK(QString::fromUtf8(PQgetvalue(r, 0, 0)) == value);
        PQclear(r);
    }
    // The database administrator is not limited.
    const auto mine = dba.exec(u"SHOW statement_timeout"_s);
    REQUIRE(mine.ok);
    CHECK(mine.rows.value(0).value(0).toString() == u"0"_s);
}

TEST_CASE("a malformed event can neither be emitted nor stop the sealer", "[audit][security]")
{
    World w(u"kohi_dur_malformed"_s);
    auto& dba = w.db.dba();
    // Refused at the door: no outcome the log accepts.
    CHECK_FALSE(dba.exec(u"SELECT kohi_audit.emit_raw('x', NULL, NULL, 'a', NULL, NULL,"
                         " 'maybe', '{}')"_s)
                    .ok);
    CHECK_FALSE(dba.exec(u"SELECT kohi_audit.emit_raw('x', NULL, NULL, NULL, NULL, NULL, 'ok',"
                         " '{}')"_s)
                    .ok);
    // Values the log cannot take as they are are stored in a safe form, and logging goes on.
    const auto odd = dba.exec(u"SELECT kohi_audit.emit_raw('x', 'cafe.beef', NULL, 'odd_event',"
                              " NULL, NULL, 'ok', 'not json')"_s);
    INFO(odd.errorMessage.toStdString());
    REQUIRE(odd.ok);
    kohi::test::sealAuditLog(dba);
    const auto stored = dba.exec(u"SELECT client_addr IS NULL AS no_addr, details::text AS d"
                                 " FROM kohi.audit_event WHERE action = 'odd_event'"_s);
    REQUIRE(stored.ok);
    REQUIRE(stored.rows.size() == 1);
    CHECK(stored.first(u"no_addr"_s).toString() == u"t"_s);
    CHECK(stored.first(u"d"_s).toString().contains(u"unparseable_details"_s));
    RawConnection clerk(w.db.name(), w.clerk.login, w.clerk.password);
    clerk.ok(kSearch);
    CHECK(w.events(w.clerk, u"recipient_search"_s).size() == 1);
}

TEST_CASE("one clerk can neither poison the sealer with an over-long value nor flood others' "
          "refusals out of the log, nor name the action of an error",
          "[audit][security]")
{
    World w(u"kohi_dur_hostile"_s);
    RawConnection attacker(w.db.name(), w.clerk.login, w.clerk.password);
    attacker.ok(u"SELECT kohi_api.session_begin('atk')"_s);
    // 3.5 kB of text as a master kind: logged as the event's target, over the index size.
    attacker.fails(u"SELECT count(*) FROM kohi_api.masters(repeat('x', 3520))"_s);
    // Logging goes on for everyone.
    RawConnection other(w.db.name(), w.other.login, w.other.password);
    other.ok(kSearch);
    CHECK(other.rows() == 3);
    CHECK(kohi::test::sealAuditLog(w.db.dba()) >= 0);
    CHECK(w.events(w.other, u"recipient_search"_s).size() == 1);

    // A flood of errors from one session is capped; another person's refusals are all kept.
    for (int i = 0; i < 200; ++i)
        (void)attacker.exec(u"SELECT 1/0"_s);
    for (int i = 0; i < 5; ++i)
        other.fails(u"SELECT * FROM kohi_api.user_list()"_s);
    CHECK(w.events(w.other, u"user_list"_s, u"refused"_s).size() == 5);
    CHECK(w.events(w.clerk, u"statement_error"_s, u"failed"_s).size() <= 30);

    // Text the user chose never names the action.
    (void)attacker.exec(u"SELECT 'kohi_api.user_reset_password'::int"_s);
    CHECK(w.events(w.clerk, u"user_reset_password"_s, u"refused"_s).isEmpty());
    CHECK(w.events(w.clerk, u"user_reset_password"_s, u"failed"_s).isEmpty());
}
