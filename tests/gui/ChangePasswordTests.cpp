// Forced password change on first login, with the server's policy messages in the dialog.
#include "app/client/ChangePasswordDialog.h"
#include "app/client/LoginDialog.h"
#include "db/SessionInfo.h"
#include "tests/support/TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::ChangePasswordDialog;
using kohi::test::TestDatabase;

namespace {
void fill(ChangePasswordDialog& d, const QString& current, const QString& next,
          const QString& confirm)
{
    QTest::keyClicks(d.findChild<QLineEdit*>(u"currentPassword"_s), current);
    QTest::keyClicks(d.findChild<QLineEdit*>(u"newPassword"_s), next);
    QTest::keyClicks(d.findChild<QLineEdit*>(u"confirmPassword"_s), confirm);
    QTest::mouseClick(d.findChild<QPushButton*>(u"changeButton"_s), Qt::LeftButton);
}
} // namespace

TEST_CASE("first login forces a password change and policy violations are explained in Japanese",
          "[gui][password]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"gui_pw_adm"_s, {u"kohi_user_admin"_s});
    auto adminSession = tdb.connect(admin.login, admin.password);
    REQUIRE(adminSession);
    const QString login = u"gui_pw_new_%1"_s.arg(qHash(admin.login) % 100000);
    // The server generates the initial password (0024).
    const auto created = adminSession->exec(
        u"SELECT initial_password FROM kohi_api.user_create($1, 'GUI 新人', ARRAY['kohi_clerk_nanbyo'])"_s,
        {login.toUtf8()});
    REQUIRE(created.ok);
    const QString initial = created.first(u"initial_password"_s).toString();
    REQUIRE(initial.size() == 16);

    kohi::app::LoginDialog loginDialog(tdb.settings());
    loginDialog.show();
    QTest::keyClicks(loginDialog.findChild<QLineEdit*>(u"userId"_s), login);
    QTest::keyClicks(loginDialog.findChild<QLineEdit*>(u"password"_s), initial);
    QTest::mouseClick(loginDialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    REQUIRE(loginDialog.result() == QDialog::Accepted);
    auto session = loginDialog.takeSession();
    const auto info = kohi::db::SessionInfo::fetch(*session);
    REQUIRE(info.passwordChangeRequired);
    REQUIRE(info.passwordChangeReason == u"initial"_s);

    ChangePasswordDialog dialog(*session,
                                ChangePasswordDialog::reasonFromServer(info.passwordChangeReason));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.findChild<QLabel*>(u"changeReason"_s)->text().contains(u"初期パスワード"_s));

    fill(dialog, initial, u"Short1!"_s, u"Short1!"_s);
    CHECK(dialog.message().contains(u"パスワードは12文字以上にしてください（入力は7文字）。"_s));
    CHECK(dialog.isVisible());

    fill(dialog, initial, u"alllowercase-only"_s, u"alllowercase-only"_s);
    CHECK(dialog.message().contains(u"3種類以上を含めてください（入力は2種類）"_s));

    fill(dialog, initial, u"Mismatch-Pass-1"_s, u"Mismatch-Pass-2"_s);
    CHECK(dialog.message() == u"新しいパスワードと確認用の入力が一致しません。"_s);

    fill(dialog, u"wrong-current"_s, u"Good-New-Pass-2026"_s, u"Good-New-Pass-2026"_s);
    CHECK(dialog.message() == u"現在のパスワードが正しくありません。"_s);

    fill(dialog, initial, u"Good-New-Pass-2026"_s, u"Good-New-Pass-2026"_s);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(kohi::db::SessionInfo::fetch(*session).passwordChangeRequired);
    CHECK(session->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    // Every field was cleared after each attempt: nothing typed is kept.
    CHECK(dialog.findChild<QLineEdit*>(u"newPassword"_s)->text().isEmpty());
}
