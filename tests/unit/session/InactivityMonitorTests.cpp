// The idle-lock state machine, driven by a fake clock: no sleeping, exact thresholds.
#include "core/session/InactivityMonitor.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace std::chrono_literals;
using kohi::InactivityMonitor;
using State = InactivityMonitor::State;

namespace {
// A clock that only moves when the test says so.
struct FakeClock
{
    InactivityMonitor::TimePoint now{std::chrono::hours(1000)};
    InactivityMonitor::Clock function()
    {
        return [this] { return now; };
    }
    void advance(InactivityMonitor::Duration d) { now += d; }
};

struct SignalCounts
{
    int locked = 0;
    int unlocked = 0;
    int expired = 0;
    explicit SignalCounts(InactivityMonitor& m)
    {
        QObject::connect(&m, &InactivityMonitor::locked, [this] { ++locked; });
        QObject::connect(&m, &InactivityMonitor::unlocked, [this] { ++unlocked; });
        QObject::connect(&m, &InactivityMonitor::expired, [this] { ++expired; });
    }
};
} // namespace

TEST_CASE("locks exactly at the threshold, not a moment before", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    SignalCounts counts(monitor);

    clock.advance(5min - 1ms);
    CHECK(monitor.evaluate().isEmpty());
    CHECK(monitor.state() == State::Active);
    clock.advance(1ms);
    CHECK(monitor.evaluate() == QList<State>{State::Locked});
    CHECK(monitor.state() == State::Locked);
    CHECK(counts.locked == 1);
    // Evaluating again changes nothing and signals nothing.
    clock.advance(1s);
    CHECK(monitor.evaluate().isEmpty());
    CHECK(counts.locked == 1);
}

TEST_CASE("activity restarts the idle time", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    clock.advance(4min);
    monitor.recordActivity();
    clock.advance(4min);
    CHECK(monitor.evaluate().isEmpty());
    CHECK(monitor.idleFor() == 4min);
    clock.advance(1min);
    CHECK(monitor.evaluate() == QList<State>{State::Locked});
}

TEST_CASE("the session expires logoutAfter after the last activity", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    SignalCounts counts(monitor);
    clock.advance(5min);
    monitor.evaluate();
    REQUIRE(monitor.state() == State::Locked);
    clock.advance(25min - 1s);
    CHECK(monitor.evaluate().isEmpty());
    clock.advance(1s);
    CHECK(monitor.evaluate() == QList<State>{State::Expired});
    CHECK(monitor.state() == State::Expired);
    CHECK(counts.expired == 1);
    // Expired is final: neither input nor unlock revives it.
    monitor.recordActivity();
    CHECK_FALSE(monitor.unlock());
    CHECK_FALSE(monitor.lockNow());
    clock.advance(1h);
    CHECK(monitor.evaluate().isEmpty());
    CHECK(counts.expired == 1);
}

TEST_CASE("input at the lock screen is not activity", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    clock.advance(5min);
    monitor.evaluate();
    REQUIRE(monitor.state() == State::Locked);
    // Someone keeps typing wrong passwords: the logout time still counts from the last real input.
    for (int i = 0; i < 24; ++i) {
        clock.advance(1min);
        monitor.recordActivity();
        monitor.evaluate();
    }
    CHECK(monitor.state() == State::Locked);
    clock.advance(1min);
    CHECK(monitor.evaluate() == QList<State>{State::Expired});
}

TEST_CASE("unlock returns to Active and restarts both times", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    SignalCounts counts(monitor);
    CHECK_FALSE(monitor.unlock()); // not locked: nothing to do
    CHECK(counts.unlocked == 0);

    clock.advance(29min);
    monitor.evaluate();
    REQUIRE(monitor.state() == State::Locked);
    CHECK(monitor.unlock());
    CHECK(monitor.state() == State::Active);
    CHECK(counts.unlocked == 1);
    CHECK(monitor.idleFor() == 0min);
    // The old last activity is forgotten: no expiry one minute later.
    clock.advance(2min);
    CHECK(monitor.evaluate().isEmpty());
    clock.advance(3min);
    CHECK(monitor.evaluate() == QList<State>{State::Locked});
}

TEST_CASE("a gap longer than both times locks, then expires, in one evaluation",
          "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    QList<State> seen;
    QObject::connect(&monitor, &InactivityMonitor::stateChanged, [&](State s) { seen.append(s); });
    clock.advance(3h); // e.g. a laptop resumed from sleep
    CHECK(monitor.evaluate() == (QList<State>{State::Locked, State::Expired}));
    CHECK(seen == (QList<State>{State::Locked, State::Expired}));
}

TEST_CASE("zero disables a step", "[unit][session][idle]")
{
    FakeClock clock;
    SECTION("no lock: the session still ends at the logout time")
    {
        InactivityMonitor monitor(0min, 30min, clock.function());
        clock.advance(29min);
        CHECK(monitor.evaluate().isEmpty());
        clock.advance(1min);
        CHECK(monitor.evaluate() == QList<State>{State::Expired});
    }
    SECTION("no logout: locked for ever")
    {
        InactivityMonitor monitor(5min, 0min, clock.function());
        clock.advance(5min);
        CHECK(monitor.evaluate() == QList<State>{State::Locked});
        clock.advance(24h * 30);
        CHECK(monitor.evaluate().isEmpty());
        CHECK(monitor.state() == State::Locked);
    }
    SECTION("both zero: nothing ever happens")
    {
        InactivityMonitor monitor(0min, 0min, clock.function());
        clock.advance(24h * 365);
        CHECK(monitor.evaluate().isEmpty());
        CHECK(monitor.state() == State::Active);
    }
}

TEST_CASE("a logout time shorter than the lock time ends the session without locking",
          "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(10min, 5min, clock.function());
    clock.advance(5min);
    CHECK(monitor.evaluate() == QList<State>{State::Expired});
}

TEST_CASE("lockNow locks at once and expiry still counts from the last input",
          "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    clock.advance(10s);
    monitor.recordActivity();
    CHECK(monitor.lockNow());
    CHECK(monitor.state() == State::Locked);
    CHECK_FALSE(monitor.lockNow()); // already locked
    clock.advance(30min - 1s);
    CHECK(monitor.evaluate().isEmpty());
    clock.advance(1s);
    CHECK(monitor.evaluate() == QList<State>{State::Expired});
}

TEST_CASE("changed timeouts apply to the idle period already running", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    clock.advance(3min);
    monitor.setTimeouts(2min, 20min);
    CHECK(monitor.lockAfter() == 2min);
    CHECK(monitor.logoutAfter() == 20min);
    CHECK(monitor.evaluate() == QList<State>{State::Locked});
}

TEST_CASE("a clock that goes backwards never locks early", "[unit][session][idle]")
{
    FakeClock clock;
    InactivityMonitor monitor(5min, 30min, clock.function());
    clock.now -= 1h;
    CHECK(monitor.evaluate().isEmpty());
    CHECK(monitor.state() == State::Active);
}

TEST_CASE("the default clock is monotonic", "[unit][session][idle]")
{
    const auto a = InactivityMonitor::suspendAwareNow();
    const auto b = InactivityMonitor::suspendAwareNow();
    CHECK(b >= a);
    InactivityMonitor monitor(5min, 30min); // default clock
    CHECK(monitor.idleFor() >= 0s);
    CHECK(monitor.idleFor() < 1min);
    CHECK(monitor.evaluate().isEmpty());
}
