#pragma once

#include <QList>
#include <QObject>
#include <chrono>
#include <functional>

namespace kohi {

// When an unattended session locks and when it ends (audit finding: nothing locked an unattended
// terminal). A pure state machine: time comes only from the injected clock and the state changes
// only in the calls below, so tests drive it with a fake clock and never sleep.
//
//   Active --lockAfter without input--> Locked --logoutAfter since the last input--> Expired
//     ^                                   |
//     +------------ unlock() -------------+
//
// Units stay in std::chrono types throughout (KeePassXC once mixed seconds and milliseconds).
// A zero duration disables that step. Input while Locked or Expired is not activity: only
// unlock(), called after the password was proved again, returns to Active.
class InactivityMonitor : public QObject
{
    Q_OBJECT
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Duration = std::chrono::steady_clock::duration;
    using Clock = std::function<TimePoint()>;

    enum class State
    {
        Active,
        Locked,
        Expired
    };
    Q_ENUM(State)

    // An empty clock means suspendAwareNow().
    InactivityMonitor(Duration lockAfter, Duration logoutAfter, Clock clock = {},
                      QObject* parent = nullptr);

    // Applies to the idle period already running (the last activity is kept).
    void setTimeouts(Duration lockAfter, Duration logoutAfter);
    Duration lockAfter() const { return m_lockAfter; }
    Duration logoutAfter() const { return m_logoutAfter; }
    State state() const { return m_state; }
    Duration idleFor() const;

    // User input: restarts the idle time, but only while Active.
    void recordActivity();
    // Applies the timeouts at the clock's current time. Returns the states entered, in order
    // (a long gap, e.g. a suspended laptop, can give Locked then Expired in one call).
    QList<State> evaluate();
    // Locks at once (e.g. the user leaves the desk). Expiry still counts from the last input.
    bool lockNow();
    // Back to Active after re-authentication; restarts the idle time. Only from Locked.
    bool unlock();

    // Monotonic time that keeps running while the machine sleeps (CLOCK_BOOTTIME on Linux,
    // GetTickCount64 on Windows), so a laptop resumed after an hour locks at once instead of
    // carrying on where it stopped. Elsewhere steady_clock.
    static TimePoint suspendAwareNow();

Q_SIGNALS:
    void stateChanged(kohi::InactivityMonitor::State state);
    void locked();
    void unlocked();
    void expired();

private:
    void enter(State state, QList<State>* entered);

    Clock m_clock;
    Duration m_lockAfter;
    Duration m_logoutAfter;
    TimePoint m_lastActivity;
    State m_state = State::Active;
};

} // namespace kohi
