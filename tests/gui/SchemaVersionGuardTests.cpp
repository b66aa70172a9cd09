// The version guard in the login dialog (issue 14): against a database with a migration this
// client does not know, the right password still does not log in; the dialog says why, in
// Japanese, and nothing is recorded as a session start.
#include "app/client/LoginDialog.h"
#include "tests/support/FreshDatabase.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::TestDatabase;

TEST_CASE("the login dialog refuses a newer database schema with the Japanese message",
          "[gui][login][version-guard]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_gui_guard_future"_s);
    const auto clerk = db.createStaff(u"gui_guard"_s, {u"kohi_clerk_nanbyo"_s});
    REQUIRE(db.dba()
                .exec(u"INSERT INTO kohi_meta.schema_migration (version, name, checksum)"
                      " VALUES ('9991', 'from_the_future', 'x')"_s)
                .ok);
    kohi::test::sealAuditLog(db.dba());
    const auto before = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'session_begin'"_s);
    REQUIRE(before.ok);

    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    kohi::app::LoginDialog dialog(settings);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userId"_s), clerk.login);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"password"_s), clerk.password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);

    INFO(dialog.message().toStdString());
    CHECK(dialog.message().startsWith(
        u"データベースの版（9991）が新しいため接続できません（対応する版は "_s));
    CHECK(dialog.message().contains(u"新しい版のプログラムを導入してください。"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.takeSession());
    kohi::test::sealAuditLog(db.dba());
    CHECK(db.dba()
              .exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'session_begin'"_s)
              .first(u"n"_s) == before.first(u"n"_s));
}
