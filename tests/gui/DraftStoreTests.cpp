// Unsaved work kept in memory across an idle logout, for the same user only.
#include "app/client/DraftStore.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::DraftStore;

TEST_CASE("a draft comes back once, to the same user", "[gui][drafts]")
{
    DraftStore store;
    store.beginSession(u"clerk_a"_s);
    store.put(u"registration/new"_s, {{u"name"_s, u"山田 太郎"_s}});
    CHECK(store.size() == 1);

    store.beginSession(u"clerk_a"_s); // the same user logs in again
    REQUIRE(store.contains(u"registration/new"_s));
    CHECK(store.take(u"registration/new"_s).value(u"name"_s).toString() == u"山田 太郎"_s);
    CHECK_FALSE(store.contains(u"registration/new"_s));
    CHECK(store.take(u"registration/new"_s).isEmpty());
}

TEST_CASE("another user's login discards the drafts", "[gui][drafts]")
{
    DraftStore store;
    store.beginSession(u"clerk_a"_s);
    store.put(u"registration/new"_s, {{u"name"_s, u"山田 太郎"_s}});
    store.beginSession(u"clerk_b"_s);
    CHECK(store.owner() == u"clerk_b"_s);
    CHECK(store.size() == 0);
    store.beginSession(u"clerk_a"_s);
    CHECK(store.size() == 0); // gone for good, not just hidden
}

TEST_CASE("drafts need an owner and an empty draft removes the key", "[gui][drafts]")
{
    DraftStore store;
    store.put(u"x"_s, {{u"a"_s, 1}});
    CHECK(store.size() == 0);
    store.beginSession(u"clerk_a"_s);
    store.put(u"x"_s, {{u"a"_s, 1}});
    store.put(u"x"_s, {});
    CHECK_FALSE(store.contains(u"x"_s));
    store.put(u"y"_s, {{u"a"_s, 1}});
    store.clear();
    CHECK(store.size() == 0);
}
