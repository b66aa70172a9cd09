#include "app/client/IdleLockController.h"

#include "app/client/CaptureProtection.h"
#include "app/client/DraftSource.h"
#include "app/client/DraftStore.h"
#include "app/client/LockCurtain.h"
#include "app/client/LockScreen.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QScreen>
#include <QToolTip>

using namespace std::chrono_literals;

namespace kohi::app {

namespace {
// Everything by which a user reaches a widget. Shortcut events go to the QAction or QShortcut,
// not to a widget, and are dropped while locked as well.
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::InputMethod: // Japanese input arrives as IME composition, not key presses
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::NativeGesture:
    case QEvent::Gesture:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        return true;
    default:
        return false;
    }
}

// The server enforces 1–60 and 2–40 minutes; a missing value (0) must not disable the lock.
std::chrono::minutes serverMinutes(int value, int fallback)
{
    return std::chrono::minutes(value > 0 ? value : fallback);
}

void closePopups()
{
    for (int i = 0; i < 16; ++i) { // bounded: a popup that refuses to close must not hang us
        QWidget* popup = QApplication::activePopupWidget();
        if (!popup)
            break;
        if (!popup->close())
            popup->hide();
    }
    QToolTip::hideText();
}

void closeModalDialogs()
{
    for (int i = 0; i < 16; ++i) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject(); // the caller's exec() returns Rejected: the usual cancel path
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            modal->hide();
    }
}

void clearOwnClipboard()
{
    // Only what this application put there (e.g. a copied recipient number); another program's
    // clipboard content is not ours to wipe.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard())
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}
} // namespace

IdleLockController::IdleLockController(Identity identity, InactivityMonitor::Duration lockAfter,
                                       InactivityMonitor::Duration logoutAfter,
                                       InactivityMonitor::Clock clock, QObject* parent)
    : QObject(parent), m_identity(std::move(identity)),
      m_monitor(lockAfter, logoutAfter, std::move(clock))
{
    m_timer.setInterval(1s);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockController::evaluate);
    connect(&m_monitor, &InactivityMonitor::locked, this, &IdleLockController::onLocked);
    connect(&m_monitor, &InactivityMonitor::unlocked, this, &IdleLockController::onUnlocked);
    connect(&m_monitor, &InactivityMonitor::expired, this,
            [this] { endSession(LogoutReason::IdleTimeout); });
}

IdleLockController::IdleLockController(const db::Session& session, const db::SessionInfo& info,
                                       InactivityMonitor::Clock clock, QObject* parent)
    : IdleLockController(Identity{session.settings(), session.userId(), info.displayName,
                                  [&session] { return db::unlockAttemptsLeft(session); }},
                         serverMinutes(info.idleLockMinutes, db::SessionInfo{}.idleLockMinutes),
                         serverMinutes(info.idleLogoutMinutes, db::SessionInfo{}.idleLogoutMinutes),
                         std::move(clock), parent)
{
}

IdleLockController::~IdleLockController()
{
    if (m_started)
        qApp->removeEventFilter(this);
    discardLockScreen();
    liftCurtains();
}

void IdleLockController::setSessionWindow(QWidget* window)
{
    m_sessionWindow = window;
}

void IdleLockController::setDraftStore(DraftStore* drafts)
{
    m_drafts = drafts;
}

void IdleLockController::setTickInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds IdleLockController::tickInterval() const
{
    return m_timer.intervalAsDuration();
}

void IdleLockController::start()
{
    if (!m_started) {
        qApp->installEventFilter(this);
        m_started = true;
    }
    m_monitor.recordActivity();
    m_timer.start();
}

bool IdleLockController::isLocked() const
{
    return m_monitor.state() != InactivityMonitor::State::Active;
}

LockScreen* IdleLockController::lockScreen() const
{
    return m_lockScreen;
}

void IdleLockController::lockNow()
{
    if (!m_ended)
        m_monitor.lockNow();
}

void IdleLockController::evaluate()
{
    if (m_ended)
        return;
    m_monitor.evaluate(); // its signals lock or end the session
    // While locked: cover windows opened since, and put curtains back on top of new children.
    if (!m_ended && m_monitor.state() == InactivityMonitor::State::Locked)
        coverWindows();
}

bool IdleLockController::blocksInput() const
{
    return m_ended || m_monitor.state() != InactivityMonitor::State::Active;
}

bool IdleLockController::belongsToLockScreen(const QObject* object) const
{
    if (!m_lockScreen)
        return false;
    for (const QObject* o = object; o; o = o->parent()) {
        if (o == m_lockScreen)
            return true;
    }
    return false;
}

bool IdleLockController::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::Show) {
        if (blocksInput() && watched->isWidgetType())
            onWindowShownWhileLocked(static_cast<QWidget*>(watched));
        return false;
    }
    if (!isUserInput(type))
        return false;
    if (!blocksInput()) {
        // Synthesised events (sent by code, not the user) keep nobody's session alive.
        if (event->spontaneous())
            m_monitor.recordActivity();
        return false;
    }
    // Locked. A QWindow only hands the event on to one of its widgets, which comes through here
    // again; a widget (or action) outside the lock screen gets nothing, whatever modality says.
    if (watched->isWindowType())
        return false;
    return !belongsToLockScreen(watched);
}

void IdleLockController::onLocked()
{
    m_activeBeforeLock = QApplication::activeWindow();
    closePopups();
    coverWindows();
    clearOwnClipboard();
    showLockScreen();
    Q_EMIT locked();
}

void IdleLockController::onUnlocked()
{
    liftCurtains();
    discardLockScreen();
    if (QWidget* window = m_activeBeforeLock ? m_activeBeforeLock.data() : m_sessionWindow.data())
        window->activateWindow();
    Q_EMIT unlocked();
}

void IdleLockController::endSession(LogoutReason reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_timer.stop();
    coverWindows(); // nothing of the session is readable while its windows close
    saveDrafts();
    closePopups();
    discardLockScreen();
    closeModalDialogs();
    clearOwnClipboard();
    Q_EMIT logoutRequired(reason);
}

void IdleLockController::coverWindows()
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible() && window->windowType() != Qt::Desktop &&
            !belongsToLockScreen(window))
            cover(window);
    }
}

void IdleLockController::cover(QWidget* window)
{
    m_curtains.removeAll(nullptr);
    for (const QPointer<LockCurtain>& curtain : std::as_const(m_curtains)) {
        if (curtain->parentWidget() == window) {
            curtain->raise();
            return;
        }
    }
    m_curtains.append(new LockCurtain(window));
}

void IdleLockController::onWindowShownWhileLocked(QWidget* window)
{
    if (!window->isWindow() || belongsToLockScreen(window))
        return;
    // Covered before its native window even appears (Show is sent before it is mapped).
    cover(window);
    const Qt::WindowType kind = window->windowType();
    if (kind == Qt::Popup || kind == Qt::ToolTip) {
        QTimer::singleShot(0, window, [window] { window->close(); });
        return;
    }
    // A window opened by code while locked (a message box from a timer) goes on top and, if
    // modal, would take the input: put the lock screen back above it once it is shown.
    if (m_lockScreen) {
        QTimer::singleShot(0, this, [this, modal = window->isModal()] {
            if (!m_lockScreen || m_ended)
                return;
            if (modal) {
                m_lockScreen->hide(); // shown again: the newest modal window gets the input
                m_lockScreen->show();
            }
            m_lockScreen->raise();
            m_lockScreen->activateWindow();
            m_lockScreen->passwordField()->setFocus();
        });
    }
}

void IdleLockController::showLockScreen()
{
    if (!m_lockScreen) {
        m_lockScreen = new LockScreen(m_identity.settings, m_identity.userId,
                                      m_identity.displayName, m_sessionWindow);
        m_lockScreen->setAttemptsLeftSource(m_identity.attemptsLeft);
        excludeFromCapture(m_lockScreen);
        connect(m_lockScreen, &LockScreen::unlockSucceeded, this, [this] { m_monitor.unlock(); });
        connect(m_lockScreen, &LockScreen::logoutRequested, this,
                [this] { endSession(LogoutReason::UserChoice); });
    }
    m_lockScreen->adjustSize();
    const QRect area = m_sessionWindow ? m_sessionWindow->frameGeometry()
                                       : m_lockScreen->screen()->availableGeometry();
    m_lockScreen->move(area.center() - m_lockScreen->rect().center());
    m_lockScreen->show();
    m_lockScreen->raise();
    m_lockScreen->activateWindow();
    m_lockScreen->passwordField()->setFocus();
}

void IdleLockController::discardLockScreen()
{
    if (m_lockScreen) {
        m_lockScreen->hide();
        m_lockScreen->deleteLater(); // may be inside one of its own slots right now
        m_lockScreen = nullptr;
    }
}

void IdleLockController::liftCurtains()
{
    for (const QPointer<LockCurtain>& curtain : std::as_const(m_curtains)) {
        if (curtain)
            curtain->lift();
    }
    m_curtains.clear();
}

void IdleLockController::saveDrafts()
{
    if (!m_drafts)
        return;
    m_drafts->beginSession(m_identity.userId); // holds this user's drafts only
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window);
        for (QWidget* w : std::as_const(widgets)) {
            if (const auto* source = dynamic_cast<const DraftSource*>(w))
                m_drafts->put(source->draftKey(), source->saveDraft());
        }
    }
}

} // namespace kohi::app
