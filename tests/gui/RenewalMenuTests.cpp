// The 業務 menu offers 一斉更新, the statistics and the CSV export to clerks, not to approvers.
#include "app/client/MainWindow.h"
#include "db/SessionInfo.h"
#include "tests/support/FreshDatabase.h"

#include <QAction>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;

TEST_CASE("the 業務 menu offers 一斉更新, statistics and the CSV export to clerks only",
          "[gui][renewal]")
{
    FreshDatabase db(u"kohi_gui_renewal_menu"_s);
    const auto clerk = db.createStaff(u"gm_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = db.createStaff(u"gm_appr"_s, {u"kohi_approver"_s});
    {
        auto session = db.connect(approver);
        const auto info = kohi::db::SessionInfo::fetch(*session);
        kohi::app::MainWindow window(std::move(session), info);
        CHECK_FALSE(window.findChild<QAction*>(u"renewalAction"_s));
        CHECK_FALSE(window.findChild<QAction*>(u"recipientExportAction"_s));
    }
    auto session = db.connect(clerk);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::MainWindow window(std::move(session), info);
    CHECK(window.findChild<QAction*>(u"renewalAction"_s));
    CHECK(window.findChild<QAction*>(u"statisticsAction"_s));
    CHECK(window.findChild<QAction*>(u"recipientExportAction"_s));
}
