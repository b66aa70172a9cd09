// kohi-admin schema-diff (issue 14): two databases migrated alike are equal whatever their staff
// and environment; a changed grant, a changed function body, a dropped policy and a changed
// setting are each named, and nothing else is.
#include "tests/support/FreshDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;

namespace {
kohi::test::AdminRun diff(const QString& a, const QString& b)
{
    return runAdmin({u"schema-diff"_s, u"dbname="_s + a, u"dbname="_s + b}, {});
}
} // namespace

TEST_CASE("schema-diff: two fresh databases are equal, whatever their staff and environment",
          "[schema-diff]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase a(u"kohi_diff_equal_a"_s);
    FreshDatabase b(u"kohi_diff_equal_b"_s);
    // Staff accounts (who, which duties) and the environment's identity legitimately differ
    // between environments.
    a.createStaff(u"diff_only_a"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_user_admin"_s});
    a.createStaff(u"diff_only_a2"_s, {u"kohi_auditor"_s});
    b.createStaff(u"diff_only_b"_s, {u"kohi_mynumber_viewer"_s});
    REQUIRE(b.dba().exec(u"UPDATE kohi.environment SET kind = 'acceptance', name = '受入'"_s).ok);

    const auto run = diff(a.name(), b.name());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"差分はありません。"_s));
    CHECK(run.out.contains(u"acceptance: 受入"_s));

    // A staff login of a kind the other environment lacks is a difference (here: one that can
    // create roles).
    const auto odd = b.createStaff(u"diff_odd_b"_s, {u"kohi_clerk_boshi"_s});
    auto admin = TestDatabase::instance().admin();
    REQUIRE(admin->exec(u"ALTER ROLE "_s + odd.login + u" CREATEROLE"_s).ok);
    const auto odder = diff(a.name(), b.name());
    REQUIRE(admin->exec(u"ALTER ROLE "_s + odd.login + u" NOCREATEROLE"_s).ok);
    INFO(odder.out.toStdString() << odder.err.toStdString());
    CHECK(odder.exitCode == 1);
    CHECK(odder.out.contains(
        u"[職員ログインの属性の種類]\n  INHERIT CREATEROLE CONNECTION LIMIT 5: B "
        "にだけあります"_s));
}

TEST_CASE("schema-diff names a changed grant, a changed function body, a dropped policy and a "
          "changed setting, one line each, and exits 1",
          "[schema-diff]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase a(u"kohi_diff_changed_a"_s);
    FreshDatabase b(u"kohi_diff_changed_b"_s);
    auto& dba = b.dba();
    REQUIRE(dba.exec(u"GRANT EXECUTE ON FUNCTION kohi_api.audit_head() TO kohi_staff"_s).ok);
    // The same signature, owner and settings; only the body differs.
    REQUIRE(dba.exec(u"CREATE OR REPLACE FUNCTION kohi_meta.schema_version() RETURNS text"
                     " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog"
                     " AS $$ SELECT max(version) FROM kohi_meta.schema_migration"
                     " WHERE version <> '' $$"_s)
                .ok);
    const auto policy = dba.exec(u"SELECT polname, polrelid::regclass::text AS rel,"
                                 " format('DROP POLICY %I ON %s', polname, polrelid::regclass)"
                                 " AS drop FROM pg_policy ORDER BY 2, 1 LIMIT 1"_s);
    REQUIRE(policy.ok);
    REQUIRE(policy.rows.size() == 1);
    REQUIRE(dba.exec(policy.first(u"drop"_s).toString()).ok);
    REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = CASE WHEN value < max_value THEN value + 1"
                     " ELSE value - 1 END WHERE key = 'password_history'"_s)
                .ok);

    const auto run = diff(a.name(), b.name());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(
        u"[権限]\n  function kohi_api.audit_head() → kohi_staff: B にだけあります"_s));
    CHECK(run.out.contains(u"kohi_meta.schema_version(): body_sha256 が異なります"_s));
    CHECK(run.out.contains(u"  "_s + policy.first(u"rel"_s).toString() + u'.' +
                           policy.first(u"polname"_s).toString() + u": A にだけあります"_s));
    CHECK(run.out.contains(u"password_history: value が異なります"_s));
    // Exactly these four: nothing else is reported as different.
    CHECK(run.out.contains(u"差分 4 件。"_s));
}

TEST_CASE("schema-diff exits 2 when a side cannot be read", "[schema-diff]")
{
    REQUIRE(TestDatabase::instance().available());
    const auto missing = diff(u"kohi"_s, u"kohi_no_such_database"_s);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith(u"B: "_s));
    const auto usage = runAdmin({u"schema-diff"_s, u"dbname=kohi"_s}, {});
    CHECK(usage.exitCode == 2);
}
