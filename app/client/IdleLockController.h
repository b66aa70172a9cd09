#pragma once

#include "core/session/InactivityMonitor.h"
#include "db/ConnectionSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace kohi::db {
class Session;
struct SessionInfo;
} // namespace kohi::db

namespace kohi::app {

class DraftStore;
class LockCurtain;
class LockScreen;

// Locks an unattended session and ends it later (audit finding: nothing locked an unattended
// terminal). One application-wide event filter feeds user input to an InactivityMonitor; a timer
// asks the monitor every tick whether a threshold has passed.
//
// Locked: every visible top-level window of the application gets an opaque LockCurtain child
// (popups and tooltips are closed, modal dialogs stay open under their curtain so no typed work
// is lost), the clipboard is cleared if this application owns it, and one application-modal
// LockScreen window takes the keyboard focus. Qt's modality then blocks every other window, and
// the event filter drops any input that would still reach a widget outside the lock screen.
//
// Expired, or ログアウト on the lock screen: drafts are collected from DraftSource widgets, modal
// dialogs are rejected (their exec() loops unwind), and logoutRequired() asks the caller to close
// the session and return to the login screen.
class IdleLockController : public QObject
{
    Q_OBJECT
public:
    enum class LogoutReason
    {
        IdleTimeout,
        UserChoice
    };
    Q_ENUM(LogoutReason)

    // Who must prove their password again to unlock, and where.
    struct Identity
    {
        db::ConnectionSettings settings;
        QString userId;
        QString displayName;
        // Failed unlock attempts left before the server locks the account (empty: not shown).
        std::function<std::optional<int>()> attemptsLeft;
    };

    IdleLockController(Identity identity, InactivityMonitor::Duration lockAfter,
                       InactivityMonitor::Duration logoutAfter, InactivityMonitor::Clock clock = {},
                       QObject* parent = nullptr);
    // For a logged-in session, with the server's idle times from SessionInfo.
    IdleLockController(const db::Session& session, const db::SessionInfo& info,
                       InactivityMonitor::Clock clock = {}, QObject* parent = nullptr);
    ~IdleLockController() override;

    // The window the lock screen is centred on and belongs to (the MainWindow).
    void setSessionWindow(QWidget* window);
    void setDraftStore(DraftStore* drafts);
    void setTickInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds tickInterval() const;
    // Installs the event filter on the application and starts the timer.
    void start();

    InactivityMonitor& monitor() { return m_monitor; }
    bool isLocked() const;
    LockScreen* lockScreen() const;

public Q_SLOTS:
    // Locks at once (a menu command, or the screenshot tour).
    void lockNow();
    // One tick: applies the timeouts now. The timer calls it; tests call it directly.
    void evaluate();

Q_SIGNALS:
    void locked();
    void unlocked();
    void logoutRequired(kohi::app::IdleLockController::LogoutReason reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onLocked();
    void onUnlocked();
    void endSession(LogoutReason reason);
    void coverWindows();
    void cover(QWidget* window);
    void onWindowShownWhileLocked(QWidget* window);
    void showLockScreen();
    void discardLockScreen();
    void liftCurtains();
    void saveDrafts();
    bool blocksInput() const;
    bool belongsToLockScreen(const QObject* object) const;

    Identity m_identity;
    InactivityMonitor m_monitor;
    QTimer m_timer;
    QPointer<QWidget> m_sessionWindow;
    QPointer<QWidget> m_activeBeforeLock;
    QPointer<LockScreen> m_lockScreen;
    QList<QPointer<LockCurtain>> m_curtains;
    DraftStore* m_drafts = nullptr;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace kohi::app
