// Every kohi_api function checks the session before it does anything (migration 0020): a census
// over pg_proc calls each function as an account holding every duty, once disabled and once with
// a forced password change pending (and once with an expired password), over raw libpq
// connections as psql would, and requires the session check's own refusal. A function added
// without the check (or with the check after something else) fails it; the census proves that
// about itself on deliberately broken functions first.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QHash>
#include <QStringList>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

const QStringList kAllDuties{u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s,
                             u"kohi_approver"_s,     u"kohi_mynumber_viewer"_s,
                             u"kohi_auditor"_s,      u"kohi_user_admin"_s};

// What an account with a pending (or expired) password change may still call, and why. Each
// of them still refuses a disabled account.
const QHash<QString, QString> kAllowedWhileChangePending{
    {u"kohi_api.session_begin(text)"_s,
     u"the login and the terminal go into the access log before the change screen"_s},
    {u"kohi_api.session_info()"_s,
     u"the client learns from it that, and why, the password must be changed"_s},
    {u"kohi_api.change_password(text,text)"_s, u"the change itself"_s},
};

const QString kDisabledMessage = u"このアカウントは利用できません。"_s;
const QString kChangeRequiredDetail = u"kohi: password change required ("_s;

struct ApiFunction
{
    QString signature; // regprocedure text
    QString call;      // SELECT * FROM kohi_api.f(NULL::t1, ...)
    bool strict = false;
    bool executable = false; // by the probing account (which holds every duty)
};

QList<ApiFunction> apiFunctions(kohi::db::Session& dba, const QString& login)
{
    const auto r = dba.exec(
        u"SELECT p.oid::regprocedure::text AS sig, p.proisstrict AS strict,"
        "       'SELECT * FROM kohi_api.' || quote_ident(p.proname) || '(' ||"
        "       coalesce((SELECT string_agg('NULL::' || format_type(t, NULL), ', ' ORDER BY i)"
        "                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, i)), '')"
        "       || ')' AS call,"
        "       has_function_privilege($1, p.oid, 'EXECUTE') AS executable"
        " FROM pg_proc p WHERE p.pronamespace = 'kohi_api'::regnamespace ORDER BY 1"_s,
        {login.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    QList<ApiFunction> out;
    for (int i = 0; i < r.rows.size(); ++i)
        out << ApiFunction{r.value(i, u"sig"_s).toString(), r.value(i, u"call"_s).toString(),
                           r.value(i, u"strict"_s).toString() == u"t"_s,
                           r.value(i, u"executable"_s).toString() == u"t"_s};
    return out;
}

struct CensusResult
{
    int functions = 0;
    int calls = 0;
    QStringList problems;    // "signature: what went wrong"
    QStringList unreachable; // not executable even with every duty (no staff member can call it)

    bool flagged(const QString& signature) const
    {
        for (const QString& p : problems)
            if (p.startsWith(signature + u':'))
                return true;
        return false;
    }
};

struct Accounts
{
    TestDatabase::Staff disabled;
    TestDatabase::Staff pending;
    TestDatabase::Staff expired;
    std::unique_ptr<RawConnection> disabledConn;
    std::unique_ptr<RawConnection> pendingConn;
    std::unique_ptr<RawConnection> expiredConn;
};

// Three accounts with every duty, connected while still in good standing, then put into the
// state under test by the administrator (as user_disable, a reset or the calendar would).
Accounts prepareAccounts(FreshDatabase& db)
{
    Accounts a;
    a.disabled = db.createStaff(u"scc_dis"_s, kAllDuties);
    a.pending = db.createStaff(u"scc_pend"_s, kAllDuties);
    a.expired = db.createStaff(u"scc_exp"_s, kAllDuties);
    a.disabledConn =
        std::make_unique<RawConnection>(db.name(), a.disabled.login, a.disabled.password);
    a.pendingConn = std::make_unique<RawConnection>(db.name(), a.pending.login, a.pending.password);
    a.expiredConn = std::make_unique<RawConnection>(db.name(), a.expired.login, a.expired.password);
    auto& dba = db.dba();
    REQUIRE(dba.exec(u"UPDATE kohi.staff SET status = 'disabled' WHERE login = $1"_s,
                     {a.disabled.login.toUtf8()})
                .ok);
    REQUIRE(dba.exec(u"UPDATE kohi.staff SET must_change_password = true,"
                     " password_changed_at = NULL WHERE login = $1"_s,
                     {a.pending.login.toUtf8()})
                .ok);
    REQUIRE(dba.exec(u"UPDATE kohi.staff SET password_changed_at = now() - interval '400 days'"
                     " WHERE login = $1"_s,
                     {a.expired.login.toUtf8()})
                .ok);
    return a;
}

// Calls every kohi_api function with NULL for every argument (in a transaction rolled back
// afterwards) as each account. The first thing a function does must be the session check, so
// the session check's refusal is the only acceptable answer, whatever the arguments: a function
// that reads, validates or locks first answers differently and is reported.
CensusResult runCensus(FreshDatabase& db, Accounts& a)
{
    CensusResult result;
    const QList<ApiFunction> functions = apiFunctions(db.dba(), a.disabled.login);
    result.functions = int(functions.size());

    auto call = [&](RawConnection& conn, const ApiFunction& f) {
        REQUIRE(conn.exec(u"BEGIN"_s) == PGRES_COMMAND_OK);
        const ExecStatusType st = conn.exec(f.call);
        const bool succeeded = st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK;
        const QString error = conn.error().trimmed();
        const QString state = conn.sqlstate();
        conn.exec(u"ROLLBACK"_s);
        ++result.calls;
        return std::tuple<bool, QString, QString>{succeeded, state, error};
    };
    auto firstLine = [](const QString& e) { return e.section(u'\n', 0, 0); };

    for (const ApiFunction& f : functions) {
        if (f.strict) {
            // NULL arguments would skip the body (and the check) entirely: the census could not
            // tell. Kohi's API functions are not STRICT.
            result.problems << f.signature + u": is STRICT (a NULL argument skips the session "
                                             "check); make it non-strict"_s;
            continue;
        }
        if (!f.executable) {
            result.unreachable << f.signature;
            continue;
        }
        {
            const auto [ok, state, error] = call(*a.disabledConn, f);
            if (ok || state != u"42501"_s || !error.contains(kDisabledMessage))
                result.problems << f.signature + u": a disabled account got "_s +
                                       (ok ? u"an answer"_s : state + u' ' + firstLine(error));
        }
        const bool allowed = kAllowedWhileChangePending.contains(f.signature);
        for (auto* conn : {a.pendingConn.get(), a.expiredConn.get()}) {
            const QString who = conn == a.pendingConn.get() ? u"a pending password change"_s
                                                            : u"an expired password"_s;
            const auto [ok, state, error] = call(*conn, f);
            const bool refusedForChange =
                !ok && state == u"28P01"_s && error.contains(kChangeRequiredDetail);
            if (allowed && refusedForChange)
                result.problems << f.signature + u": allowed with "_s + who +
                                       u" (the change screen needs it) but refused"_s;
            if (!allowed && !refusedForChange)
                result.problems << f.signature + u": an account with "_s + who + u" got "_s +
                                       (ok ? u"an answer"_s : state + u' ' + firstLine(error));
        }
    }
    for (auto it = kAllowedWhileChangePending.cbegin(); it != kAllowedWhileChangePending.cend();
         ++it) {
        bool exists = false;
        for (const ApiFunction& f : functions)
            exists = exists || f.signature == it.key();
        if (!exists)
            result.problems << it.key() + u": on the allow-list but no longer exists"_s;
    }
    return result;
}

// A function in kohi_api as a migration would create it (owner kohi_owner, granted to staff).
void createProbe(kohi::db::Session& dba, const QString& signature, const QString& body)
{
    const auto r = dba.exec(u"CREATE FUNCTION kohi_api."_s + signature +
                            u" RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER"
                            " SET search_path = pg_catalog, kohi, pg_temp AS $body$ "_s +
                            body + u" $body$"_s);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    REQUIRE(dba.exec(u"ALTER FUNCTION kohi_api."_s + signature + u" OWNER TO kohi_owner"_s).ok);
    REQUIRE(
        dba.exec(u"GRANT EXECUTE ON FUNCTION kohi_api."_s + signature + u" TO kohi_staff"_s).ok);
}

} // namespace

TEST_CASE("every kohi_api function refuses a disabled account and one whose password must be "
          "changed, before anything else (census over pg_proc)",
          "[security][session]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_session_census"_s);
    Accounts accounts = prepareAccounts(db);
    auto& dba = db.dba();

    // The census fails on what it is there to find: a function without the check, one that
    // validates its arguments first, one that lets a pending change through, one that is STRICT.
    createProbe(dba, u"census_probe_forgot(p text)"_s,
                u"BEGIN RETURN (SELECT count(*)::text FROM kohi.recipient); END"_s);
    createProbe(dba, u"census_probe_late(p text)"_s,
                u"BEGIN IF p IS NULL THEN RAISE EXCEPTION 'p is required' USING ERRCODE = '22023';"
                " END IF; PERFORM kohi.assert_session_ok(); RETURN p; END"_s);
    createProbe(dba, u"census_probe_active_only(p text)"_s,
                u"BEGIN PERFORM kohi.assert_account_active(); RETURN 'data'; END"_s);
    createProbe(dba, u"census_probe_strict(p text)"_s,
                u"BEGIN PERFORM kohi.assert_session_ok(); RETURN p; END"_s);
    REQUIRE(dba.exec(u"ALTER FUNCTION kohi_api.census_probe_strict(text) STRICT"_s).ok);
    {
        const CensusResult broken = runCensus(db, accounts);
        INFO("census with deliberately broken functions:\n  "
             << broken.problems.join(u"\n  "_s).toStdString());
        CHECK(broken.flagged(u"kohi_api.census_probe_forgot(text)"_s));
        CHECK(broken.flagged(u"kohi_api.census_probe_late(text)"_s));
        CHECK(broken.flagged(u"kohi_api.census_probe_active_only(text)"_s));
        CHECK(broken.flagged(u"kohi_api.census_probe_strict(text)"_s));
        for (const QString& p : broken.problems)
            CHECK(p.startsWith(u"kohi_api.census_probe_"_s));
    }
    for (const char* probe : {"census_probe_forgot(text)", "census_probe_late(text)",
                              "census_probe_active_only(text)", "census_probe_strict(text)"})
        REQUIRE(dba.exec(u"DROP FUNCTION kohi_api."_s + QString::fromLatin1(probe)).ok);

    // The real API.
    const CensusResult census = runCensus(db, accounts);
    {
        INFO("kohi_api functions that do not refuse a disabled account / a pending or expired "
             "password change with the session check first (add PERFORM "
             "kohi.assert_session_ok() as the first statement; the allow-list for the change "
             "screen is in this file):\n  "
             << census.problems.join(u"\n  "_s).toStdString());
        CHECK(census.problems.isEmpty());
    }
    {
        INFO("kohi_api functions no staff role can execute (not probed): "
             << census.unreachable.join(u", "_s).toStdString());
        CHECK(census.unreachable.isEmpty());
    }
    CHECK(census.functions >= 50);
    WARN("session census: " << census.functions << " kohi_api functions, " << census.calls
                            << " calls as a disabled account, a pending and an expired password"
                               " change; allowed while a change is pending: "
                            << kAllowedWhileChangePending.size());
}

TEST_CASE("with a pending password change only the change screen's functions work, and a "
          "disabled account gets not even those",
          "[security][session]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_session_allowed"_s);
    Accounts a = prepareAccounts(db);
    RawConnection& pending = *a.pendingConn;

    pending.ok(u"SELECT kohi_api.session_begin('scc-terminal')"_s);
    pending.ok(u"SELECT password_change_required, password_change_reason"
               " FROM kohi_api.session_info()"_s);
    CHECK(pending.value() == u"t"_s);
    // The idle lock and logout events belong to the main window, after the change.
    CHECK(pending.exec(u"SELECT kohi_api.session_event('idle_lock')"_s) == PGRES_FATAL_ERROR);
    CHECK(pending.sqlstate() == u"28P01"_s);
    const QString newPassword = u"Changed-At-Last-2026!"_s;
    pending.ok(u"SELECT kohi_api.change_password($1, $2)"_s,
               {a.pending.password.toUtf8(), newPassword.toUtf8()});
    pending.ok(u"SELECT kohi_api.session_event('idle_lock')"_s);
    pending.ok(u"SELECT count(*) FROM kohi_api.recipient_counts()"_s);

    RawConnection& disabled = *a.disabledConn;
    for (const QString& sql :
         {u"SELECT kohi_api.session_begin('scc-terminal')"_s,
          u"SELECT * FROM kohi_api.session_info()"_s, u"SELECT kohi_api.session_event('logout')"_s,
          u"SELECT kohi_api.change_password($1, 'Another-Password-2026!')"_s}) {
        const QList<QByteArray> params = sql.contains(u"$1"_s)
                                             ? QList<QByteArray>{a.disabled.password.toUtf8()}
                                             : QList<QByteArray>{};
        const ExecStatusType st = disabled.exec(sql, params);
        INFO(sql.toStdString() << " -> " << disabled.error().toStdString());
        CHECK(st == PGRES_FATAL_ERROR);
        CHECK(disabled.sqlstate() == u"42501"_s);
        CHECK(disabled.error().contains(kDisabledMessage));
    }
    // The disabled account's password did not change.
    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    kohi::db::Session check(settings);
    CHECK(check.open(a.disabled.login, a.disabled.password).ok());
}

TEST_CASE("change_password needs the current password: NULLs change nothing", "[security][session]")
{
    // Before 0020, change_password(NULL, <new>) skipped the current-password proof
    // (kohi_auth_reauthenticate is STRICT, and IF NOT NULL is not taken): anyone at an open
    // session changed the account's password without knowing it, and a pending change was
    // cleared the same way.
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_session_pwnull"_s);
    Accounts a = prepareAccounts(db);
    RawConnection& pending = *a.pendingConn;
    const QByteArray chosen = "Chosen-Without-Proof-2026!";
    for (const auto& [current, next] :
         QList<std::pair<QByteArray, QByteArray>>{{QByteArray(), chosen},
                                                  {a.pending.password.toUtf8(), QByteArray()},
                                                  {QByteArray(), QByteArray()}}) {
        const ExecStatusType st =
            pending.exec(u"SELECT kohi_api.change_password($1, $2)"_s, {current, next});
        INFO(pending.error().toStdString());
        CHECK(st == PGRES_FATAL_ERROR);
        CHECK(pending.sqlstate() == u"22023"_s);
    }
    const auto state = db.dba().exec(
        u"SELECT s.must_change_password AS m, a.rolpassword IS NOT NULL AS has_password"
        " FROM kohi.staff s JOIN pg_authid a ON a.rolname = s.login WHERE s.login = $1"_s,
        {a.pending.login.toUtf8()});
    REQUIRE(state.ok);
    CHECK(state.first(u"m"_s).toString() == u"t"_s);
    CHECK(state.first(u"has_password"_s).toString() == u"t"_s);
    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    kohi::db::Session old(settings);
    CHECK(old.open(a.pending.login, a.pending.password).ok());
    kohi::db::Session chosenLogin(settings);
    CHECK_FALSE(chosenLogin.open(a.pending.login, QString::fromUtf8(chosen)).ok());
    // The data stays closed.
    CHECK(pending.exec(u"SELECT * FROM kohi_api.recipient_counts()"_s) == PGRES_FATAL_ERROR);
    CHECK(pending.sqlstate() == u"28P01"_s);
}
