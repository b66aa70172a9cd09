// The idle lock with real windows, a real session and real re-authentication against the test
// cluster. Time comes from a fake clock: the tests advance it and call evaluate(), no sleeping.
#include "app/client/DraftSource.h"
#include "app/client/DraftStore.h"
#include "app/client/IdleLockController.h"
#include "app/client/LockCurtain.h"
#include "app/client/LockScreen.h"
#include "app/client/MainWindow.h"
#include "db/LoginFailure.h"
#include "db/SessionInfo.h"
#include "tests/support/TestDatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using kohi::InactivityMonitor;
using kohi::app::IdleLockController;
using kohi::test::TestDatabase;

namespace {

struct FakeClock
{
    InactivityMonitor::TimePoint now{std::chrono::hours(1000)};
    InactivityMonitor::Clock function()
    {
        return [this] { return now; };
    }
};

// A form holding recipient data in a second top-level window, and a draft to keep.
class RecipientForm : public QWidget, public kohi::app::DraftSource
{
public:
    RecipientForm()
    {
        setWindowTitle(u"受給者 山田 太郎"_s);
        name = new QLineEdit(u"山田 太郎"_s, this);
        name->setObjectName(u"recipientName"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(name);
        resize(400, 300);
    }
    QString draftKey() const override { return u"recipient/new"_s; }
    QVariantMap saveDraft() const override { return {{u"name"_s, name->text()}}; }
    QLineEdit* name = nullptr;
};

// A logged-in clerk: real session, SessionInfo from the server, the real MainWindow.
struct LoggedIn
{
    TestDatabase::Staff staff;
    kohi::db::SessionInfo info;
    std::unique_ptr<kohi::app::MainWindow> window;

    explicit LoggedIn(const QString& prefix)
    {
        auto& tdb = TestDatabase::instance();
        REQUIRE(tdb.available());
        staff = tdb.createStaff(prefix, {u"kohi_clerk_nanbyo"_s});
        kohi::db::Session::LoginResult result;
        auto session = tdb.connect(staff.login, staff.password, &result);
        INFO(result.serverText.toStdString());
        REQUIRE(session);
        info = kohi::db::SessionInfo::fetch(*session);
        INFO(info.error.toStdString());
        REQUIRE(info.isValid());
        window = std::make_unique<kohi::app::MainWindow>(std::move(session), info);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

kohi::app::LockCurtain* curtainOf(QWidget* window)
{
    return window->findChild<kohi::app::LockCurtain*>(u"lockCurtain"_s, Qt::FindDirectChildrenOnly);
}

// The child widget painted last, i.e. on top of all its siblings (child windows do not count).
QWidget* topmostChild(QWidget* window)
{
    QWidget* top = nullptr;
    for (QWidget* w : window->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!w->isWindow())
            top = w;
    }
    return top;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void typePasswordAndUnlock(kohi::app::LockScreen* lock, const QString& password)
{
    QTest::keyClicks(child<QLineEdit>(lock, "lockPassword"), password);
    QTest::mouseClick(child<QPushButton>(lock, "unlockButton"), Qt::LeftButton);
}

void lockByIdleTime(IdleLockController& controller, FakeClock& clock, const LoggedIn& user)
{
    clock.now += std::chrono::minutes(user.info.idleLockMinutes);
    controller.evaluate();
    REQUIRE(controller.isLocked());
    REQUIRE(controller.lockScreen());
    REQUIRE(QTest::qWaitForWindowActive(controller.lockScreen()));
}

} // namespace

TEST_CASE("after the server's idle time every window is covered and the lock screen has the focus",
          "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_cover"_s);
    kohi::app::MainWindow& window = *user.window;
    RecipientForm form;
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));

    FakeClock clock;
    IdleLockController controller(window.session(), user.info, clock.function());
    controller.setSessionWindow(&window);
    controller.start();
    QSignalSpy lockedSpy(&controller, &IdleLockController::locked);

    // The server's setting, not a client default (the policy migration's default is 5 minutes).
    REQUIRE(user.info.idleLockMinutes > 0);
    clock.now += std::chrono::minutes(user.info.idleLockMinutes) - 1s;
    controller.evaluate();
    CHECK_FALSE(controller.isLocked());
    CHECK(curtainOf(&window) == nullptr);

    clock.now += 1s;
    controller.evaluate();
    REQUIRE(controller.isLocked());
    CHECK(lockedSpy.count() == 1);

    // Every top-level window is covered, edge to edge, by an opaque curtain on top.
    for (QWidget* w : {static_cast<QWidget*>(&window), static_cast<QWidget*>(&form)}) {
        auto* curtain = curtainOf(w);
        REQUIRE(curtain);
        CHECK(curtain->isVisible());
        CHECK(curtain->geometry() == w->rect());
        CHECK(topmostChild(w) == curtain);
        CHECK(w->windowTitle() == kohi::app::LockCurtain::lockedTitle());
        // What a screenshot of the window shows is the curtain and nothing else.
        CHECK(w->grab().toImage() == curtain->grab().toImage());
    }
    // The personal labels are fully obscured.
    for (const char* name : {"infoName", "infoLogin", "statusUser"})
        CHECK(child<QLabel>(&window, name)->visibleRegion().isEmpty());
    CHECK(form.name->visibleRegion().isEmpty());

    // The lock screen is its own window, active, with the keyboard focus in the password field.
    kohi::app::LockScreen* lock = controller.lockScreen();
    REQUIRE(lock);
    REQUIRE(QTest::qWaitForWindowActive(lock));
    CHECK(lock->isVisible());
    CHECK(lock->windowModality() == Qt::ApplicationModal);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(lock, "lockPassword"));
    CHECK(child<QLabel>(lock, "lockTitle")->text() == u"画面をロックしました"_s);
    CHECK(child<QLabel>(lock, "lockUser")->text().contains(user.staff.login));
    CHECK(child<QPushButton>(lock, "unlockButton")->text() == u"ロック解除"_s);
    CHECK(child<QPushButton>(lock, "lockLogoutButton")->text() == u"ログアウト"_s);
    CHECK(child<QLabel>(lock, "lockMessage")->text().isEmpty());

    // Input aimed straight at a covered widget is dropped, even when delivered past modality.
    QTest::keyClicks(form.name, u"XYZ"_s);
    CHECK(form.name->text() == u"山田 太郎"_s);
    // A window opened by code while locked is covered as it appears.
    QWidget late;
    late.setWindowTitle(u"通知"_s);
    late.resize(200, 100);
    late.show();
    CHECK(curtainOf(&late) != nullptr);
}

TEST_CASE("a wrong password keeps the lock with the Japanese message, the right one unlocks",
          "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_unlock"_s);
    kohi::app::MainWindow& window = *user.window;
    FakeClock clock;
    IdleLockController controller(window.session(), user.info, clock.function());
    controller.setSessionWindow(&window);
    controller.start();
    QSignalSpy unlockedSpy(&controller, &IdleLockController::unlocked);
    lockByIdleTime(controller, clock, user);
    QPointer<kohi::app::LockScreen> lock = controller.lockScreen();
    const QString originalTitle = u"Kohi 公費負担医療システム"_s;

    SECTION("wrong, then right")
    {
        typePasswordAndUnlock(lock, u"definitely-wrong"_s);
        // The server's count, asked over the locked session (kohi_auth.max_failures = 5).
        CHECK(child<QLabel>(lock, "lockMessage")->text() ==
              kohi::db::loginFailureMessage(kohi::db::LoginFailure::WrongCredentials) +
                  u"\nあと 4 回失敗するとアカウントがロックされます。"_s);
        typePasswordAndUnlock(lock, u"wrong-again"_s);
        CHECK(lock->message().endsWith(u"あと 3 回失敗するとアカウントがロックされます。"_s));
        CHECK(lock->message().startsWith(u"ユーザーIDまたはパスワードが正しくありません。"_s));
        CHECK(child<QLineEdit>(lock, "lockPassword")->text().isEmpty());
        CHECK(controller.isLocked());
        CHECK(lock->isVisible());
        CHECK(curtainOf(&window));
        CHECK(unlockedSpy.isEmpty());

        typePasswordAndUnlock(lock, user.staff.password);
        CHECK_FALSE(controller.isLocked());
        CHECK(controller.monitor().state() == InactivityMonitor::State::Active);
        CHECK(unlockedSpy.count() == 1);
        CHECK(controller.lockScreen() == nullptr);
        CHECK((lock.isNull() || !lock->isVisible()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(curtainOf(&window) == nullptr);
        CHECK(window.windowTitle().startsWith(originalTitle));
        CHECK(child<QLabel>(&window, "infoLogin")->isVisible());
        CHECK_FALSE(child<QLabel>(&window, "infoLogin")->visibleRegion().isEmpty());
        // The idle time starts again from the unlock.
        CHECK(controller.monitor().idleFor() == 0s);
    }
    SECTION("an empty password is caught before connecting")
    {
        QTest::mouseClick(child<QPushButton>(lock, "unlockButton"), Qt::LeftButton);
        CHECK(lock->message() == u"パスワードを入力してください。"_s);
        CHECK(controller.isLocked());
    }
}

TEST_CASE("the lock screen names an unreachable server", "[gui][idlelock]")
{
    kohi::db::ConnectionSettings settings = TestDatabase::instance().settings();
    settings.port = 1; // nothing listens there
    kohi::app::LockScreen lock(settings, u"someone"_s, u"テスト 太郎"_s);
    lock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&lock));
    typePasswordAndUnlock(&lock, u"whatever-password"_s);
    CHECK(lock.message() ==
          kohi::db::loginFailureMessage(kohi::db::LoginFailure::ServerUnreachable));
    CHECK(lock.passwordField()->text().isEmpty());
    // The close button does not get rid of it.
    CHECK_FALSE(lock.close());
    CHECK(lock.isVisible());
}

TEST_CASE("input restarts the idle time but input at the lock screen does not", "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_input"_s);
    kohi::app::MainWindow& window = *user.window;
    RecipientForm form;
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    FakeClock clock;
    IdleLockController controller({window.session().settings(), user.staff.login, {}, {}}, 5min,
                                  30min, clock.function());
    controller.setSessionWindow(&window);
    controller.start();

    clock.now += 4min;
    QTest::keyClick(form.name, Qt::Key_End); // a real (spontaneous) key press
    clock.now += 4min;
    controller.evaluate();
    CHECK_FALSE(controller.isLocked());
    clock.now += 1min;
    controller.evaluate();
    REQUIRE(controller.isLocked());

    // Typing at the lock screen does not postpone the logout: 30 minutes after the last real
    // input (at 4 minutes), not after the typing.
    QSignalSpy logoutSpy(&controller, &IdleLockController::logoutRequired);
    clock.now += 20min;
    QTest::keyClicks(controller.lockScreen()->passwordField(), u"abc"_s);
    clock.now += 5min - 1s;
    controller.evaluate();
    CHECK(logoutSpy.isEmpty());
    clock.now += 1s;
    controller.evaluate();
    CHECK(logoutSpy.count() == 1);
}

TEST_CASE("past the logout time the session ends: drafts kept, dialogs closed, logout signalled",
          "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_expire"_s);
    kohi::app::MainWindow& window = *user.window;
    RecipientForm form;
    form.name->setText(u"入力途中の氏名"_s);
    form.show();
    kohi::app::DraftStore drafts;
    drafts.beginSession(user.staff.login);

    FakeClock clock;
    IdleLockController controller(window.session(), user.info, clock.function());
    controller.setSessionWindow(&window);
    controller.setDraftStore(&drafts);
    controller.start();
    QSignalSpy logoutSpy(&controller, &IdleLockController::logoutRequired);

    // A modal dialog is open when the lock comes: it stays open, covered, and is closed at logout.
    QDialog dialog(&window);
    dialog.setWindowTitle(u"受給者の削除"_s);
    dialog.resize(300, 120);
    bool coveredWhileLocked = false;
    bool stillOpenWhileLocked = false;
    QTimer::singleShot(0, &dialog, [&] {
        clock.now += std::chrono::minutes(user.info.idleLockMinutes);
        controller.evaluate();
        coveredWhileLocked = curtainOf(&dialog) && curtainOf(&dialog)->isVisible();
        stillOpenWhileLocked = dialog.isVisible();
        clock.now += std::chrono::minutes(user.info.idleLogoutMinutes);
        controller.evaluate();
    });
    QTimer::singleShot(10s, &dialog, &QDialog::accept); // safety net: never hang the test
    const int result = dialog.exec();

    CHECK(coveredWhileLocked);
    CHECK(stillOpenWhileLocked);
    CHECK(result == QDialog::Rejected);
    REQUIRE(logoutSpy.count() == 1);
    CHECK(logoutSpy.first().first().value<IdleLockController::LogoutReason>() ==
          IdleLockController::LogoutReason::IdleTimeout);
    CHECK(controller.lockScreen() == nullptr);
    // Everything stays covered until the caller closes the windows.
    CHECK(curtainOf(&window));
    CHECK(curtainOf(&form));
    // The typed work is kept in memory for the same user.
    REQUIRE(drafts.contains(u"recipient/new"_s));
    CHECK(drafts.take(u"recipient/new"_s).value(u"name"_s).toString() == u"入力途中の氏名"_s);
    // Nothing after the end: the timer is stopped and evaluating again signals nothing more.
    clock.now += 1h;
    controller.evaluate();
    CHECK(logoutSpy.count() == 1);
}

TEST_CASE("ログアウト on the lock screen ends the session at once", "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_logout"_s);
    FakeClock clock;
    IdleLockController controller(user.window->session(), user.info, clock.function());
    controller.setSessionWindow(user.window.get());
    controller.start();
    QSignalSpy logoutSpy(&controller, &IdleLockController::logoutRequired);
    controller.lockNow();
    REQUIRE(controller.lockScreen());
    REQUIRE(QTest::qWaitForWindowExposed(controller.lockScreen()));
    QTest::mouseClick(child<QPushButton>(controller.lockScreen(), "lockLogoutButton"),
                      Qt::LeftButton);
    REQUIRE(logoutSpy.count() == 1);
    CHECK(logoutSpy.first().first().value<IdleLockController::LogoutReason>() ==
          IdleLockController::LogoutReason::UserChoice);
}

TEST_CASE("the timer evaluates by itself at the injected interval", "[gui][idlelock]")
{
    QWidget window;
    window.resize(300, 200);
    window.show();
    FakeClock clock;
    IdleLockController controller({TestDatabase::instance().settings(), u"nobody"_s, {}, {}}, 5min,
                                  30min, clock.function());
    controller.setSessionWindow(&window);
    controller.setTickInterval(10ms);
    CHECK(controller.tickInterval() == 10ms);
    controller.start();
    clock.now += 5min;
    for (int i = 0; i < 100 && !controller.isLocked(); ++i)
        QTest::qWait(10);
    CHECK(controller.isLocked());
    CHECK(curtainOf(&window));
}

TEST_CASE("the clipboard is cleared at lock only when this application owns it", "[gui][idlelock]")
{
    QWidget window;
    window.show();
    FakeClock clock;
    IdleLockController controller({TestDatabase::instance().settings(), u"nobody"_s, {}, {}}, 5min,
                                  30min, clock.function());
    controller.start();
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"54-1234567"_s);
    const bool owned = clipboard->ownsClipboard(); // false on the offscreen platform
    controller.lockNow();
    if (owned)
        CHECK(clipboard->text().isEmpty());
    else
        CHECK(clipboard->text() == u"54-1234567"_s); // not ours to wipe (as far as we can tell)
}

TEST_CASE("the server's idle times reach the controller and missing values do not disable it",
          "[gui][idlelock]")
{
    LoggedIn user(u"gui_idle_times"_s);
    IdleLockController controller(user.window->session(), user.info);
    CHECK(controller.monitor().lockAfter() == std::chrono::minutes(user.info.idleLockMinutes));
    CHECK(controller.monitor().logoutAfter() == std::chrono::minutes(user.info.idleLogoutMinutes));

    kohi::db::SessionInfo missing = user.info;
    missing.idleLockMinutes = 0;
    missing.idleLogoutMinutes = 0;
    IdleLockController fallback(user.window->session(), missing);
    CHECK(fallback.monitor().lockAfter() == 5min);
    CHECK(fallback.monitor().logoutAfter() == 30min);
}
