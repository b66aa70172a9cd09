// The kohi_api catalogue behind docs/api/kohi_api.md (db/ApiCatalog): what it reads from a body
// and a migration, and what it finds in the migrated test database.
#include "db/ApiCatalog.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::ApiCatalog;
using kohi::db::ApiFunctionEntry;
using kohi::test::TestDatabase;

TEST_CASE("the API catalogue reads logged actions from a body and the duty above a definition",
          "[api-reference]")
{
    const QString body = uR"(
        PERFORM kohi.assert_session_ok();
        PERFORM kohi.key_refuse('keys.approve', 'proposal:' || p_id, 'self', '自分の提案');
        PERFORM kohi.audit('keys.approve', 'proposal:' || p_id, 'ok');
        PERFORM kohi.audit(v_action, p_target, 'ok');
        PERFORM kohi.evidence_assert_clerk('evidence.move');
        -- kohi.audit('commented.out', ...) is still text of the body: listed as well
    )"_s;
    CHECK(ApiCatalog::auditActionsIn(body) ==
          QStringList{u"commented.out"_s, u"evidence.move"_s, u"keys.approve"_s});

    const QString migration = uR"(-- kohi:run-as superuser
-- An older duty.
CREATE FUNCTION kohi_api.thing(p int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;

-- The thing, as it is now:
-- counted twice.
CREATE OR REPLACE FUNCTION kohi_api.thing(p int) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
CREATE FUNCTION kohi_api.thing_other() RETURNS int LANGUAGE sql AS $$ SELECT 3 $$;
)"_s;
    CHECK(ApiCatalog::apiCallsIn(u"PERFORM kohi_api.thing(1); SELECT kohi_api.other (2), "
                                 "kohi_api.thing(3), kohi_api.self(4)"_s,
                                 u"self"_s) == QStringList{u"other"_s, u"thing"_s});

    bool found = false;
    CHECK(ApiCatalog::commentAbove(migration, u"thing"_s, &found) ==
          u"The thing, as it is now: counted twice."_s);
    CHECK(found);
    CHECK(ApiCatalog::commentAbove(migration, u"thing_other"_s, &found).isEmpty());
    CHECK(found);
    ApiCatalog::commentAbove(migration, u"missing"_s, &found);
    CHECK_FALSE(found);
}

TEST_CASE("every kohi_api function is found in a migration, runs as its owner and is granted "
          "to named roles, never to PUBLIC",
          "[api-reference]")
{
    REQUIRE(TestDatabase::instance().available());
    const auto dba = TestDatabase::instance().admin();
    REQUIRE(dba);
    ApiCatalog catalog(*dba);
    const auto functions = catalog.functions();
    INFO(catalog.lastError().serverText().toStdString());
    REQUIRE(functions);
    CHECK(functions->size() >= 100);
    QStringList unplaced;
    QStringList invoker;
    QStringList publicGrants;
    QStringList ungranted;
    int logging = 0;
    for (const ApiFunctionEntry& f : *functions) {
        if (f.definedIn.isEmpty())
            unplaced << f.name;
        if (!f.securityDefiner)
            invoker << f.name;
        if (f.grantees.contains(u"PUBLIC"_s))
            publicGrants << f.name;
        if (f.grantees.isEmpty())
            ungranted << f.name;
        if (!f.auditActions.isEmpty())
            ++logging;
    }
    INFO("not found in any migration: " << unplaced.join(u", "_s).toStdString());
    CHECK(unplaced.isEmpty());
    INFO("SECURITY INVOKER: " << invoker.join(u", "_s).toStdString());
    CHECK(invoker.isEmpty());
    INFO("granted to PUBLIC: " << publicGrants.join(u", "_s).toStdString());
    CHECK(publicGrants.isEmpty());
    INFO("granted to nobody: " << ungranted.join(u", "_s).toStdString());
    CHECK(ungranted.isEmpty());
    // Most functions name their actions literally (the rest log through helpers or variables).
    CHECK(logging * 2 > functions->size());
}
