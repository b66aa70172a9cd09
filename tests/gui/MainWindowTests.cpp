// The main window offers each staff member the screens of their duties, and no others.
#include "app/client/MainWindow.h"
#include "tests/support/TestDatabase.h"

#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {
QStringList tabsFor(const QStringList& duties)
{
    auto& tdb = TestDatabase::instance();
    const auto staff = tdb.createStaff(u"mw"_s, duties);
    auto session = tdb.connect(staff.login, staff.password);
    REQUIRE(session);
    auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::MainWindow window(std::move(session), info);
    QStringList titles;
    // A count in the title (監視（未確認 3）) depends on the shared log: the screen is what counts.
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i).section(u'（', 0, 0);
    return titles;
}
} // namespace

TEST_CASE("each duty gets its own screens and nothing more", "[gui][main]")
{
    const QString own = u"自分の操作履歴"_s;
    const QString retention = u"保存期間・廃棄"_s;
    CHECK(tabsFor({u"kohi_clerk_nanbyo"_s}) ==
          QStringList{u"ホーム"_s, u"受給者検索"_s, u"申請入力"_s, retention, own});
    CHECK(tabsFor({u"kohi_approver"_s}) == QStringList{u"ホーム"_s, u"承認待ち"_s, retention, own});
    CHECK(tabsFor({u"kohi_user_admin"_s}) == QStringList{u"ホーム"_s, u"ユーザー管理"_s,
                                                         u"鍵の操作の承認"_s, u"アクセスログ"_s,
                                                         u"監視"_s, own});
    CHECK(tabsFor({u"kohi_auditor"_s}) ==
          QStringList{u"ホーム"_s, u"アクセスログ"_s, u"監視"_s, own});
    CHECK(tabsFor({u"kohi_mynumber_viewer"_s}) ==
          QStringList{u"ホーム"_s, u"個人番号の表示"_s, u"鍵の操作の承認"_s, own});
    CHECK(tabsFor({u"kohi_clerk_boshi"_s, u"kohi_approver"_s}) ==
          QStringList{u"ホーム"_s, u"受給者検索"_s, u"申請入力"_s, u"承認待ち"_s, retention, own});
}

TEST_CASE("the main window fits the screen with 保存 and 提出 in view, and each staff member "
          "gets back the size they left",
          "[gui][main][layout]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"mwfit"_s, {u"kohi_clerk_nanbyo"_s});
    const auto other = tdb.createStaff(u"mwfit2"_s, {u"kohi_clerk_nanbyo"_s});
    auto open = [&](const TestDatabase::Staff& staff) {
        auto session = tdb.connect(staff.login, staff.password);
        REQUIRE(session);
        auto info = kohi::db::SessionInfo::fetch(*session);
        return std::make_unique<kohi::app::MainWindow>(std::move(session), info);
    };
    {
        auto window = open(clerk);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        // The offscreen screen (800×600) is smaller than the 1024×768 terminals: all the better.
        const QRect area = window->screen()->availableGeometry();
        INFO("screen " << area.width() << "x" << area.height() << ", window "
                       << window->frameGeometry().width() << "x"
                       << window->frameGeometry().height());
        CHECK(area.contains(window->frameGeometry()));
        for (int i = 0; i < window->tabs()->count(); ++i)
            if (window->tabs()->tabText(i) == u"申請入力"_s)
                window->tabs()->setCurrentIndex(i);
        for (const char* name : {"saveButton", "submitButton", "newButton"}) {
            auto* button = window->findChild<QPushButton*>(QString::fromLatin1(name));
            REQUIRE(button);
            CHECK(button->isVisible());
            const QRect inWindow(button->mapTo(window.get(), QPoint(0, 0)), button->size());
            CHECK(window->rect().contains(inWindow));
        }
        window->resize(700, 500);
    }
    {
        auto window = open(clerk);
        INFO("size " << window->size().width() << "x" << window->size().height() << ", minimum "
                     << window->minimumSizeHint().width() << "x"
                     << window->minimumSizeHint().height());
        CHECK(window->size() == QSize(700, 500)); // as this person left it
    }
    {
        auto window = open(other);
        CHECK(window->size() != QSize(700, 500)); // another person's own default
    }
}
