// The login dialog with real widgets against the real test cluster.
#include "app/client/LoginDialog.h"
#include "app/client/MainWindow.h"
#include "tests/support/TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {
void typeCredentials(kohi::app::LoginDialog& dialog, const QString& user, const QString& password)
{
    auto* userEdit = dialog.findChild<QLineEdit*>(u"userId"_s);
    auto* passwordEdit = dialog.findChild<QLineEdit*>(u"password"_s);
    REQUIRE(userEdit);
    REQUIRE(passwordEdit);
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, password);
}
} // namespace

TEST_CASE("a wrong password shows the Japanese message and keeps the dialog open", "[gui][login]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"gui_wrong"_s, {u"kohi_clerk_nanbyo"_s});

    kohi::app::LoginDialog dialog(tdb.settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeCredentials(dialog, clerk.login, u"definitely-wrong"_s);
    QTest::keyClick(dialog.findChild<QLineEdit*>(u"password"_s), Qt::Key_Return);

    auto* message = dialog.findChild<QLabel*>(u"loginMessage"_s);
    REQUIRE(message);
    CHECK(message->text() == u"ユーザーIDまたはパスワードが正しくありません。入力し直してください。"
                             "続けて間違えるとアカウントがロックされます。"_s);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    // The typed password is gone; the user id is kept for the retry.
    CHECK(dialog.findChild<QLineEdit*>(u"password"_s)->text().isEmpty());
    CHECK(dialog.findChild<QLineEdit*>(u"userId"_s)->text() == clerk.login);
    CHECK_FALSE(dialog.takeSession());
}

TEST_CASE("empty fields are caught before connecting", "[gui][login]")
{
    kohi::app::LoginDialog dialog(TestDatabase::instance().settings());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    CHECK(dialog.message() == u"ユーザーIDを入力してください。"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userId"_s), u"someone"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    CHECK(dialog.message() == u"パスワードを入力してください。"_s);
}

TEST_CASE("a clerk logs in for real and the main window shows who, duties and environment",
          "[gui][login]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"gui_login"_s, {u"kohi_clerk_boshi"_s, u"kohi_approver"_s});

    kohi::app::LoginDialog dialog(tdb.settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeCredentials(dialog, clerk.login, clerk.password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);

    std::unique_ptr<kohi::db::Session> session = dialog.takeSession();
    REQUIRE(session);
    auto info = kohi::db::SessionInfo::fetch(*session);
    REQUIRE(info.isValid());
    kohi::app::MainWindow window(std::move(session), info);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto text = [&](const char* name) {
        auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    };
    CHECK(text("environmentBanner").contains(u"開発環境"_s));
    CHECK(text("environmentBanner").contains(u"自動テスト用クラスタ"_s));
    CHECK(text("infoLogin") == clerk.login);
    CHECK(text("infoDuties") == u"母子G 担当、承認者"_s);
    CHECK(text("infoProgrammes") == u"17、52"_s);
    CHECK(window.windowTitle().contains(u"開発環境"_s));
}
