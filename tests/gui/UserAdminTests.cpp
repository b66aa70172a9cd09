// The user administration screen with real widgets, as a real administrator, against the real
// test cluster: every rule is the server's, the screen shows its answers.
#include "app/client/CreateUserDialog.h"
#include "app/client/DutiesDialog.h"
#include "app/client/InitialPasswordDialog.h"
#include "app/client/StaffProposalWidget.h"
#include "app/client/StaffTableModel.h"
#include "app/client/UserAdminWidget.h"
#include "db/StaffRepository.h"
#include "tests/support/TestDatabase.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::StaffTableModel;
using kohi::app::UserAdminWidget;
using kohi::test::TestDatabase;

namespace {

// The visible child of that type and name (closed ones may linger until deferred deletion).
template <typename T> T* visibleChild(QWidget& parent, const QString& name)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (T* child : parent.findChildren<T*>(name)) {
            if (child->isVisible())
                return child;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

void clickButton(QWidget& w, const char* name)
{
    auto* button = w.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void answerConfirmation(QWidget& w, QMessageBox::StandardButton answer)
{
    auto* box = visibleChild<QMessageBox>(w, u"confirmDialog"_s);
    REQUIRE(box);
    QTest::mouseClick(box->button(answer), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString cell(const UserAdminWidget& w, const QString& login, int column)
{
    const int row = w.model()->rowOf(login);
    REQUIRE(row >= 0);
    return w.model()->index(row, column).data().toString();
}

// Reads the one-time password from its dialog and closes it; the dialog forgets it.
QString takeInitialPassword(UserAdminWidget& w)
{
    auto* dialog = visibleChild<kohi::app::InitialPasswordDialog>(w, u"initialPasswordDialog"_s);
    REQUIRE(dialog);
    auto* label = dialog->findChild<QLabel*>(u"initialPassword"_s);
    REQUIRE(label);
    const QString password = label->text();
    CHECK(password.size() == 16);
    // Read by the administrator, never selectable or copied (like a revealed My Number).
    CHECK(label->textInteractionFlags() == Qt::NoTextInteraction);
    CHECK(QGuiApplication::clipboard()->text() != password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"initialPasswordClose"_s), Qt::LeftButton);
    CHECK(label->text().isEmpty()); // gone with the dialog: shown once
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(visibleChild<kohi::app::InitialPasswordDialog>(w, u"initialPasswordDialog"_s));
    return password;
}

} // namespace

TEST_CASE("user admin screen: create a user through the dialog, the initial password is shown "
          "once and the new row appears",
          "[gui][useradmin]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto admin = tdb.createStaff(u"gui_ua"_s, {u"kohi_user_admin"_s});
    auto session = tdb.connect(admin.login, admin.password);
    REQUIRE(session);

    UserAdminWidget w(*session);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* table = w.findChild<QTableView*>(u"staffTable"_s);
    REQUIRE(table);
    QStringList headers;
    for (int c = 0; c < w.model()->columnCount(); ++c)
        headers << w.model()->headerData(c, Qt::Horizontal).toString();
    CHECK(headers == QStringList{u"ユーザーID"_s, u"氏名"_s, u"職務"_s, u"状態"_s, u"失敗回数"_s,
                                 u"要パスワード変更"_s, u"最終ログイン"_s});
    CHECK(cell(w, admin.login, StaffTableModel::Duties) == u"ユーザー管理者"_s);

    clickButton(w, "createButton");
    auto* dialog = visibleChild<kohi::app::CreateUserDialog>(w, u"createUserDialog"_s);
    REQUIRE(dialog);
    const QString login = u"gui_new_%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"newLogin"_s), login);
    // Japanese arrives committed from the input method; QTest can only type ASCII keys.
    dialog->findChild<QLineEdit*>(u"newName"_s)->setText(u"画面 花子"_s);
    auto* duty = dialog->findChild<QCheckBox*>(u"duty_kohi_clerk_nanbyo"_s);
    REQUIRE(duty);
    QTest::mouseClick(duty, Qt::LeftButton, {}, QPoint(5, duty->height() / 2));
    CHECK(duty->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"createUserOk"_s), Qt::LeftButton);
    answerConfirmation(w, QMessageBox::Yes);

    const QString password = takeInitialPassword(w);
    CHECK(w.message() == u"ユーザー「%1」を作成しました。"_s.arg(login));
    CHECK(cell(w, login, StaffTableModel::DisplayName) == u"画面 花子"_s);
    CHECK(cell(w, login, StaffTableModel::Duties) == u"難病認定G 担当"_s);
    CHECK(cell(w, login, StaffTableModel::Status) == u"有効"_s);
    CHECK(cell(w, login, StaffTableModel::MustChange) == u"要"_s);
    CHECK(cell(w, login, StaffTableModel::LastLogin) == u"未ログイン"_s);

    // The password shown is the account's, and the server forces its change.
    auto newcomer = tdb.connect(login, password);
    REQUIRE(newcomer);
    CHECK(newcomer->exec(u"SELECT password_change_reason FROM kohi_api.session_info()"_s)
              .first(u"password_change_reason"_s)
              .toString() == u"initial"_s);
}

TEST_CASE("user admin screen: the server's refusal is shown in Japanese and actions need "
          "confirmation",
          "[gui][useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"gui_ua_ref"_s, {u"kohi_user_admin"_s});
    const auto clerk = tdb.createStaff(u"gui_ua_clerk"_s, {u"kohi_clerk_boshi"_s});
    auto session = tdb.connect(admin.login, admin.password);
    REQUIRE(session);
    UserAdminWidget w(*session);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // Disable yourself: the button is there, the server says no.
    REQUIRE(w.selectLogin(admin.login));
    clickButton(w, "disableButton");
    answerConfirmation(w, QMessageBox::Yes);
    auto* message = w.findChild<QLabel*>(u"adminMessage"_s);
    REQUIRE(message);
    CHECK(message->text() ==
          u"自分自身のアカウントは操作できません。別のユーザー管理者に依頼してください。"_s);
    CHECK(cell(w, admin.login, StaffTableModel::Status) == u"有効"_s);

    // Answering No changes nothing.
    REQUIRE(w.selectLogin(clerk.login));
    clickButton(w, "disableButton");
    answerConfirmation(w, QMessageBox::No);
    CHECK(tdb.connect(clerk.login, clerk.password));

    clickButton(w, "disableButton");
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(cell(w, clerk.login, StaffTableModel::Status) == u"無効"_s);
    CHECK_FALSE(tdb.connect(clerk.login, clerk.password));
    clickButton(w, "enableButton");
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(cell(w, clerk.login, StaffTableModel::Status) == u"有効"_s);

    // Duties through their dialog. A clerk duty with the approver duty: the server says no
    // (0021), in Japanese, and nothing changes.
    clickButton(w, "dutiesButton");
    auto* duties = visibleChild<kohi::app::DutiesDialog>(w, u"dutiesDialog"_s);
    REQUIRE(duties);
    auto* approver = duties->findChild<QCheckBox*>(u"duty_kohi_approver"_s);
    REQUIRE(approver);
    CHECK(duties->findChild<QCheckBox*>(u"duty_kohi_clerk_boshi"_s)->isChecked());
    approver->setChecked(true);
    QTest::mouseClick(duties->findChild<QPushButton*>(u"dutiesOk"_s), Qt::LeftButton);
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(message->text().contains(u"と承認者の職務を同じ職員に付与することはできません"_s));
    CHECK(cell(w, clerk.login, StaffTableModel::Duties) == u"母子G 担当"_s);
    clickButton(w, "dutiesButton");
    duties = visibleChild<kohi::app::DutiesDialog>(w, u"dutiesDialog"_s);
    REQUIRE(duties);
    CHECK_FALSE(duties->findChild<QCheckBox*>(u"duty_kohi_approver"_s)->isChecked());
    duties->findChild<QCheckBox*>(u"duty_kohi_clerk_nanbyo"_s)->setChecked(true);
    QTest::mouseClick(duties->findChild<QPushButton*>(u"dutiesOk"_s), Qt::LeftButton);
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(cell(w, clerk.login, StaffTableModel::Duties) == u"難病認定G 担当、母子G 担当"_s);

    // A failed login shows in the table; unlocking clears it.
    CHECK_FALSE(tdb.connect(clerk.login, u"wrong-password"_s));
    clickButton(w, "refreshButton");
    CHECK(cell(w, clerk.login, StaffTableModel::Failures) == u"1"_s);
    clickButton(w, "unlockButton");
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(cell(w, clerk.login, StaffTableModel::Failures) == u"0"_s);

    // Password reset: a new one-time password; the old one no longer works.
    clickButton(w, "resetPasswordButton");
    answerConfirmation(w, QMessageBox::Yes);
    const QString fresh = takeInitialPassword(w);
    CHECK(cell(w, clerk.login, StaffTableModel::MustChange) == u"要"_s);
    CHECK_FALSE(tdb.connect(clerk.login, clerk.password));
    CHECK(tdb.connect(clerk.login, fresh));
}

TEST_CASE("user admin screen: policy settings use the server's ranges and a refused "
          "combination changes nothing",
          "[gui][useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"gui_ua_pol"_s, {u"kohi_user_admin"_s});
    auto session = tdb.connect(admin.login, admin.password);
    REQUIRE(session);
    UserAdminWidget w(*session);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    auto* minLength = w.findChild<QSpinBox*>(u"setting_password_min_length"_s);
    auto* lock = w.findChild<QSpinBox*>(u"setting_idle_lock_minutes"_s);
    auto* logout = w.findChild<QSpinBox*>(u"setting_idle_logout_minutes"_s);
    REQUIRE(minLength);
    REQUIRE(lock);
    REQUIRE(logout);
    CHECK(minLength->minimum() == 8);
    CHECK(minLength->maximum() == 64);
    CHECK(logout->maximum() == 40);

    clickButton(w, "saveSettings");
    CHECK(w.message() == u"変更された設定はありません。"_s);

    // This cluster is shared with other tests: only a change the server refuses is tried here
    // (accepted changes are tested in a database of their own, tests/integration/UserAdminTests).
    const int lockBefore = lock->value();
    lock->setValue(logout->value());
    clickButton(w, "saveSettings");
    answerConfirmation(w, QMessageBox::Yes);
    CHECK(
        w.message() ==
        u"画面をロックするまでの時間（%1分）は、ログアウトするまでの時間（%1分）より短くしてください。"_s
            .arg(logout->value()));
    kohi::db::StaffRepository repo(*session);
    const auto settings = repo.settings();
    REQUIRE(settings);
    for (const auto& s : *settings) {
        if (s.key == u"idle_lock_minutes"_s)
            CHECK(s.value == lockBefore);
    }
}

TEST_CASE("user admin screen: a staff member without the duty sees the refusal, not the list",
          "[gui][useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"gui_ua_no"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = tdb.connect(clerk.login, clerk.password);
    REQUIRE(session);
    UserAdminWidget w(*session);
    CHECK(w.model()->rowCount() == 0);
    CHECK(w.message() == u"この操作を行う権限がありません。ユーザー管理者の職務が必要です。"_s);
}

TEST_CASE("user admin screen: a privileged duty is proposed by one administrator and approved by "
          "another in 職員の提案の承認, who receives the password once",
          "[gui][useradmin][sod]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto admin1 = tdb.createStaff(u"gui_sod_a"_s, {u"kohi_user_admin"_s});
    const auto admin2 = tdb.createStaff(u"gui_sod_b"_s, {u"kohi_user_admin"_s});
    auto s1 = tdb.connect(admin1.login, admin1.password);
    auto s2 = tdb.connect(admin2.login, admin2.password);
    REQUIRE(s1);
    REQUIRE(s2);

    // The first administrator creates an auditor: the duty becomes a proposal, no password.
    UserAdminWidget w1(*s1);
    w1.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w1));
    clickButton(w1, "createButton");
    auto* dialog = visibleChild<kohi::app::CreateUserDialog>(w1, u"createUserDialog"_s);
    REQUIRE(dialog);
    const QString login = u"gui_sod_%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"newLogin"_s), login);
    dialog->findChild<QLineEdit*>(u"newName"_s)->setText(u"監査 新任"_s);
    dialog->findChild<QCheckBox*>(u"duty_kohi_auditor"_s)->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"createUserOk"_s), Qt::LeftButton);
    answerConfirmation(w1, QMessageBox::Yes);
    INFO(w1.message().toStdString());
    CHECK(w1.message().contains(u"承認が必要な職務を提案しました"_s));
    CHECK_FALSE(visibleChild<kohi::app::InitialPasswordDialog>(w1, u"initialPasswordDialog"_s));
    CHECK_FALSE(cell(w1, login, StaffTableModel::Duties).contains(u"監査担当"_s));

    // The proposer sees it but cannot approve it (the server would refuse too).
    auto* own = w1.findChild<kohi::app::StaffProposalWidget*>();
    REQUIRE(own);
    REQUIRE(own->refresh());
    qint64 id = 0;
    for (const auto& p : own->proposals())
        if (p.login == login)
            id = p.id;
    REQUIRE(id > 0);
    REQUIRE(own->selectProposal(id));
    CHECK_FALSE(own->findChild<QPushButton*>(u"staffProposalApprove"_s)->isEnabled());
    CHECK(own->findChild<QPushButton*>(u"staffProposalReject"_s)->text() == u"取り下げ"_s);
    CHECK(own->findChild<QLabel*>(u"staffProposalDetail"_s)
              ->text()
              .contains(u"自分の提案は承認できません"_s));
    CHECK_FALSE(own->approveSelected()); // forced past the disabled button: the server says no
    CHECK(own->message().contains(u"自分の提案は承認できません"_s));

    // The second administrator approves it on their screen's 職員の提案の承認 tab.
    UserAdminWidget w2(*s2);
    w2.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w2));
    auto* tabs = w2.findChild<QTabWidget*>(u"userAdminTabs"_s);
    auto* other = w2.findChild<kohi::app::StaffProposalWidget*>();
    REQUIRE(tabs);
    REQUIRE(other);
    tabs->setCurrentWidget(other);
    QTest::qWait(100);
    REQUIRE(other->selectProposal(id));
    auto* table = other->findChild<QTableWidget*>(u"staffProposalTable"_s);
    const int row = table->currentRow();
    CHECK(table->item(row, 3)->text().contains(u"監査担当"_s));
    CHECK(table->item(row, 4)->text() == admin1.login);
    auto* approve = other->findChild<QPushButton*>(u"staffProposalApprove"_s);
    REQUIRE(approve->isEnabled());
    other->findChild<QLineEdit*>(u"staffProposalNote"_s)->setText(u"任命書を確認"_s);
    QTest::mouseClick(approve, Qt::LeftButton);
    INFO(other->message().toStdString());
    CHECK(other->message().contains(u"承認し"_s));
    const QString password = takeInitialPassword(w2);
    CHECK(cell(w2, login, StaffTableModel::Duties) == u"監査担当"_s);
    auto fresh = tdb.connect(login, password);
    REQUIRE(fresh);
    CHECK(fresh->exec(u"SELECT password_change_reason FROM kohi_api.session_info()"_s)
              .first(u"password_change_reason"_s)
              .toString() == u"initial"_s);
    // Decided: no longer among the open proposals; with the closed ones, not approvable.
    CHECK_FALSE(other->selectProposal(id));
    other->findChild<QCheckBox*>(u"staffProposalShowClosed"_s)->setChecked(true);
    REQUIRE(other->selectProposal(id));
    CHECK_FALSE(approve->isEnabled());
    other->findChild<QCheckBox*>(u"staffProposalShowClosed"_s)->setChecked(false);

    // The auditor's password reset from the first screen is a proposal too: no password there;
    // the second administrator's approval issues it.
    REQUIRE(w1.refresh());
    REQUIRE(w1.selectLogin(login));
    clickButton(w1, "resetPasswordButton");
    answerConfirmation(w1, QMessageBox::Yes);
    CHECK(w1.message().contains(u"パスワードの再発行を提案しました"_s));
    CHECK_FALSE(visibleChild<kohi::app::InitialPasswordDialog>(w1, u"initialPasswordDialog"_s));
    auto sameStill = tdb.connect(login, password);
    CHECK(sameStill); // nothing changed yet
    sameStill.reset();
    REQUIRE(other->refresh());
    qint64 resetId = 0;
    for (const auto& p : other->proposals())
        if (p.login == login && p.kind == u"reset"_s)
            resetId = p.id;
    REQUIRE(other->selectProposal(resetId));
    REQUIRE(other->approveSelected());
    const QString reissued = takeInitialPassword(w2);
    CHECK(reissued != password);
    CHECK_FALSE(tdb.connect(login, password));
    CHECK(tdb.connect(login, reissued));
}
