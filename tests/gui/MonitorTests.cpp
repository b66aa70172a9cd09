// The monitoring tab with real widgets against a database of its own in the test cluster: the
// per-day chart, the alert list, acknowledgement with a note (refused for one's own alert), the
// rules dialog (auditors edit, user administrators read) and the link to the access log.
#include "app/client/AcknowledgeAlertDialog.h"
#include "app/client/DailyCountChart.h"
#include "app/client/MonitorAlertModel.h"
#include "app/client/MonitorRulesDialog.h"
#include "app/client/MonitorWidget.h"
#include "db/MonitorRepository.h"
#include "tests/support/FreshDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::AcknowledgeAlertDialog;
using kohi::app::MonitorRulesDialog;
using kohi::app::MonitorWidget;
using kohi::db::MonitorRepository;
using kohi::test::FreshDatabase;
using kohi::test::TestDatabase;

namespace {

int pixelsOf(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour;
    return n;
}

// A database of its own with an auditor and a user administrator, each with a repository.
struct MonitorWorld
{
    explicit MonitorWorld(const QString& name)
        : db(name), auditor(db.createStaff(u"gui_aud"_s, {u"kohi_auditor"_s})),
          admin(db.createStaff(u"gui_adm"_s, {u"kohi_user_admin"_s})),
          auditSession(db.connect(auditor)), adminSession(db.connect(admin)),
          auditRepo(*auditSession), adminRepo(*adminSession)
    {
    }
    FreshDatabase db;
    TestDatabase::Staff auditor;
    TestDatabase::Staff admin;
    std::unique_ptr<kohi::db::Session> auditSession;
    std::unique_ptr<kohi::db::Session> adminSession;
    MonitorRepository auditRepo;
    MonitorRepository adminRepo;
};

int ruleRow(const QTableWidget* table, const QString& label)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, MonitorRulesDialog::RuleColumn)->text() == label)
            return row;
    return -1;
}

} // namespace

TEST_CASE("an auditor sees the day's counts as a chart and acknowledges an alert with a note, "
          "which its subject cannot",
          "[gui][monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    MonitorWorld world(u"kohi_monitor_gui"_s);
    FreshDatabase& db = world.db;
    const auto& auditor = world.auditor;
    const auto& admin = world.admin;
    MonitorRepository& auditRepo = world.auditRepo;
    MonitorRepository& adminRepo = world.adminRepo;
    kohi::db::Session* auditSession = world.auditSession.get();
    // Only the rules under test fire, whatever the hour.
    auto rules = auditRepo.rules();
    REQUIRE(rules);
    for (auto rule : *rules) {
        // (new_terminal, 0024: the synthetic events carry a terminal the admin never used.)
        if (rule.code == u"off_hours"_s || rule.code == u"new_terminal"_s) {
            rule.enabled = false;
            REQUIRE(auditRepo.setRule(rule));
        }
    }
    for (int i = 0; i < 3; ++i)
        kohi::test::appendAuditEvent(db.dba(), admin.login, u"login_failed"_s, u"refused"_s);
    for (int i = 0; i < 2; ++i)
        kohi::test::appendAuditEvent(db.dba(), u"gui_viewer"_s, u"mynumber_reveal"_s, u"ok"_s);

    MonitorWidget widget(*auditSession, true);
    QSignalSpy openAlerts(&widget, &MonitorWidget::openAlertsChanged);
    widget.resize(1100, 760);
    widget.show(); // showing refreshes
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    INFO(widget.statusText().toStdString());
    REQUIRE(widget.alertModel()->rowCount() == 1);
    REQUIRE(openAlerts.size() >= 1);
    CHECK(openAlerts.last().at(0).toInt() == 1);

    // The chart: one row per category (not "all", which is the caption's total), today last.
    auto* chart = widget.chart();
    CHECK_FALSE(chart->categories().contains(u"all"_s));
    CHECK(chart->categories().contains(u"login_failed"_s));
    CHECK(chart->series(u"login_failed"_s).size() == 30);
    CHECK(chart->series(u"login_failed"_s).last() == 3);
    CHECK(chart->series(u"mynumber_reveal"_s).last() == 2);
    CHECK(chart->series(u"alerts"_s).last() == 1);
    CHECK(chart->categoryLabel(u"mynumber_reveal"_s) == u"個人番号の表示"_s);
    CHECK(chart->lastDay() ==
          QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date());
    CHECK(chart->total() >= 5);
    const QImage drawn = chart->grab().toImage();
    CHECK(pixelsOf(drawn, QColor(0xe6, 0x7e, 0x22)) > 20); // failures' bars
    CHECK(pixelsOf(drawn, QColor(0xc6, 0x28, 0x28)) > 20); // the alert's bar

    const auto* alert = widget.alertModel()->alertAt(0);
    REQUIRE(alert);
    CHECK(alert->subject == admin.login);
    CHECK(alert->ruleLabel == u"ログインの失敗が続く"_s);

    // The user administrator cannot close an alert about their own failed logins.
    {
        AcknowledgeAlertDialog own(adminRepo, *alert);
        own.findChild<QPlainTextEdit*>(u"noteEdit"_s)->setPlainText(u"自分の入力誤りです"_s);
        own.accept();
        CHECK(own.result() != QDialog::Accepted);
        CHECK(own.message().startsWith(u"自分の操作についての警告は確認済みにできません。"_s));
        CHECK(own.findChild<QPlainTextEdit*>(u"noteEdit"_s)->toPlainText() ==
              u"自分の入力誤りです"_s);
    }

    // The auditor: a note with a 12-digit number is refused and kept; a proper note closes it.
    QSignalSpy events(&widget, &MonitorWidget::showEventsRequested);
    widget.alertView()->selectRow(0);
    QTest::mouseClick(widget.findChild<QPushButton*>(u"eventsButton"_s), Qt::LeftButton);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).at(0).toString() == admin.login);

    QString firstMessage;
    bool buttonDisabledWhenEmpty = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<AcknowledgeAlertDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* note = dialog->findChild<QPlainTextEdit*>(u"noteEdit"_s);
        auto* ok = dialog->findChild<QPushButton*>(u"acknowledgeButton"_s);
        buttonDisabledWhenEmpty = !ok->isEnabled();
        note->setPlainText(u"本人の個人番号 1234 5678 9012 を確認"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        firstMessage = dialog->message();
        note->setPlainText(u"本人に確認。パスワードの入力誤り。"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTimer::singleShot(10000, [] { // never hang the test
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            d->reject();
    });
    CHECK(widget.acknowledgeSelected() == QDialog::Accepted);
    CHECK(buttonDisabledWhenEmpty);
    CHECK(firstMessage == u"確認した内容に12桁の数字（個人番号など）は書かないでください。"_s);
    CHECK(widget.alertModel()->rowCount() == 0);
    CHECK(widget.statusText().contains(u"未確認の警告 0 件"_s));
    CHECK(openAlerts.last().at(0).toInt() == 0);

    // Shown with the acknowledged ones: who closed it, and why.
    widget.findChild<QCheckBox*>(u"showAcknowledged"_s)->setChecked(true);
    REQUIRE(widget.alertModel()->rowCount() == 1);
    const QString ack = widget.alertModel()
                            ->index(0, kohi::app::MonitorAlertModel::AcknowledgedColumn)
                            .data()
                            .toString();
    CHECK(ack.contains(auditor.login));
    CHECK(ack.contains(u"本人に確認。パスワードの入力誤り。"_s));
    CHECK(widget.alertModel()->index(0, 0).data().toString() == u"確認済み"_s);
}

TEST_CASE("auditors change monitoring rules in the dialog, refusals keep the edits, user "
          "administrators only read them",
          "[gui][monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    MonitorWorld world(u"kohi_monitor_gui_rules"_s);
    const auto& auditor = world.auditor;
    MonitorRepository& auditRepo = world.auditRepo;
    MonitorRepository& adminRepo = world.adminRepo;

    MonitorRulesDialog dialog(auditRepo, true);
    REQUIRE(dialog.load());
    QTableWidget* table = dialog.table();
    // The six rules of 0017, refusals (0019), mynumber_duplicate and mynumber_guess_limit (0021),
    // first_use_after_reset and new_terminal (0024), evidence papers not returned (0034).
    REQUIRE(table->rowCount() == 12);
    const int reveals = ruleRow(table, u"個人番号の表示が多い"_s);
    const int offHours = ruleRow(table, u"時間外の操作"_s);
    const int refusals = ruleRow(table, u"拒否された操作が多い"_s);
    REQUIRE(reveals >= 0);
    REQUIRE(offHours >= 0);
    REQUIRE(refusals >= 0);
    {
        auto* refusalThreshold = qobject_cast<QSpinBox*>(
            table->cellWidget(refusals, MonitorRulesDialog::ThresholdColumn));
        REQUIRE(refusalThreshold);
        CHECK(refusalThreshold->value() == 10);
        CHECK_FALSE(
            table->cellWidget(refusals, MonitorRulesDialog::OfficeStartColumn)->isEnabled());
    }
    auto* threshold =
        qobject_cast<QSpinBox*>(table->cellWidget(reveals, MonitorRulesDialog::ThresholdColumn));
    REQUIRE(threshold);
    CHECK(threshold->value() == 10);
    CHECK(threshold->isEnabled());
    // A rule without office hours has them disabled.
    CHECK_FALSE(table->cellWidget(reveals, MonitorRulesDialog::OfficeStartColumn)->isEnabled());

    threshold->setValue(2);
    auto* start = qobject_cast<QTimeEdit*>(
        table->cellWidget(offHours, MonitorRulesDialog::OfficeStartColumn));
    auto* end =
        qobject_cast<QTimeEdit*>(table->cellWidget(offHours, MonitorRulesDialog::OfficeEndColumn));
    start->setTime(QTime(18, 0));
    end->setTime(QTime(8, 0));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.message().contains(u"「時間外の操作」を保存できません"_s));
    CHECK(dialog.message().contains(u"勤務時間は開始を終了より前にして指定してください。"_s));
    CHECK(dialog.message().contains(u"保存済み: 個人番号の表示が多い"_s));
    CHECK(start->time() == QTime(18, 0)); // the edit stays for correction

    start->setTime(QTime(8, 0));
    end->setTime(QTime(18, 30));
    REQUIRE(dialog.save());
    CHECK(dialog.message() == u"保存しました: 時間外の操作"_s);
    const auto saved = adminRepo.rules();
    REQUIRE(saved);
    for (const auto& rule : *saved) {
        if (rule.code == u"mynumber_reveals"_s)
            CHECK(rule.threshold == 2);
        if (rule.code == u"off_hours"_s) {
            CHECK(rule.officeEnd == QTime(18, 30));
            CHECK(rule.updatedBy == auditor.login);
        }
    }

    // The user administrator's dialog: read-only, no save button.
    MonitorRulesDialog readOnly(adminRepo, false);
    REQUIRE(readOnly.load());
    CHECK_FALSE(readOnly.findChild<QPushButton*>(u"saveButton"_s)->isVisibleTo(&readOnly));
    CHECK_FALSE(
        readOnly.table()->cellWidget(reveals, MonitorRulesDialog::ThresholdColumn)->isEnabled());
    CHECK(qobject_cast<QSpinBox*>(
              readOnly.table()->cellWidget(reveals, MonitorRulesDialog::ThresholdColumn))
              ->value() == 2);
}
