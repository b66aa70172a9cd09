#include "core/session/InactivityMonitor.h"

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <time.h>
#endif

namespace kohi {

namespace {
bool enabled(InactivityMonitor::Duration d)
{
    return d > InactivityMonitor::Duration::zero();
}
} // namespace

InactivityMonitor::InactivityMonitor(Duration lockAfter, Duration logoutAfter, Clock clock,
                                     QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock(&suspendAwareNow)),
      m_lockAfter(lockAfter), m_logoutAfter(logoutAfter), m_lastActivity(m_clock())
{
}

void InactivityMonitor::setTimeouts(Duration lockAfter, Duration logoutAfter)
{
    m_lockAfter = lockAfter;
    m_logoutAfter = logoutAfter;
}

InactivityMonitor::Duration InactivityMonitor::idleFor() const
{
    return m_clock() - m_lastActivity;
}

void InactivityMonitor::recordActivity()
{
    // Typing at the lock screen must not keep the session alive: only a real unlock does.
    if (m_state == State::Active)
        m_lastActivity = m_clock();
}

QList<InactivityMonitor::State> InactivityMonitor::evaluate()
{
    QList<State> entered;
    const Duration idle = idleFor();
    if (m_state == State::Active && enabled(m_lockAfter) && idle >= m_lockAfter)
        enter(State::Locked, &entered);
    // Checked again after the lock: a gap longer than both gives Locked, then Expired.
    if (m_state != State::Expired && enabled(m_logoutAfter) && idle >= m_logoutAfter)
        enter(State::Expired, &entered);
    return entered;
}

bool InactivityMonitor::lockNow()
{
    if (m_state != State::Active)
        return false;
    enter(State::Locked, nullptr);
    return true;
}

bool InactivityMonitor::unlock()
{
    // An expired session is over: the user logs in again instead.
    if (m_state != State::Locked)
        return false;
    m_lastActivity = m_clock();
    enter(State::Active, nullptr);
    return true;
}

void InactivityMonitor::enter(State state, QList<State>* entered)
{
    m_state = state;
    if (entered)
        entered->append(state);
    Q_EMIT stateChanged(state);
    switch (state) {
    case State::Active:
        Q_EMIT unlocked();
        break;
    case State::Locked:
        Q_EMIT locked();
        break;
    case State::Expired:
        Q_EMIT expired();
        break;
    }
}

InactivityMonitor::TimePoint InactivityMonitor::suspendAwareNow()
{
    using std::chrono::duration_cast;
#if defined(Q_OS_WIN)
    // Milliseconds since boot, including sleep and hibernation (documented for GetTickCount64).
    return TimePoint(duration_cast<Duration>(std::chrono::milliseconds(GetTickCount64())));
#elif defined(Q_OS_LINUX)
    // Decided once, so that one process never mixes two clocks' epochs.
    static const bool haveBootTime = [] {
        timespec probe{};
        return clock_gettime(CLOCK_BOOTTIME, &probe) == 0;
    }();
    if (!haveBootTime)
        return std::chrono::steady_clock::now();
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return TimePoint(duration_cast<Duration>(std::chrono::seconds(ts.tv_sec) +
                                             std::chrono::nanoseconds(ts.tv_nsec)));
#else
    return std::chrono::steady_clock::now();
#endif
}

} // namespace kohi
