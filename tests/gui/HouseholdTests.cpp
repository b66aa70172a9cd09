// The household screen (支給認定基準世帯) through the real widgets against the real test cluster:
// the clerk enters members, the server computes the 階層区分 and the screen shows how; bad input
// keeps what was typed; from the application entry the household is opened, changed, and the
// application's tier and cap follow.
#include "app/client/ApplicationEntryWidget.h"
#include "app/client/HouseholdDialog.h"
#include "app/client/MonthlyCostDialog.h"
#include "db/ApplicationRepository.h"
#include "tests/support/TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using kohi::app::ApplicationEntryWidget;
using kohi::app::HouseholdDialog;
using kohi::test::TestDatabase;

namespace {

std::unique_ptr<kohi::db::Session> login(const TestDatabase::Staff& staff)
{
    auto session = TestDatabase::instance().connect(staff.login, staff.password);
    REQUIRE(session);
    return session;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

// Types into a member table cell as a clerk would: F2 opens the cell's editor, Enter commits.
void typeCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    CHECK(QTest::qWaitFor([&] { return table->item(row, column)->text() == text; }, 2000));
}

} // namespace

TEST_CASE("the household screen shows the server's computation and keeps bad input",
          "[gui][household]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"hg_c"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = login(clerk);

    HouseholdDialog dialog(*session, u"54"_s, std::nullopt);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "householdName"), u"GUI household"_s);
    auto* table = child<QTableWidget>(dialog, "memberTable");
    REQUIRE(table->rowCount() == 1); // the patient, prefilled
    typeCell(table, 0, 0, u"Osaka Taro"_s);
    typeCell(table, 0, 6, u"70,999"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "addMemberButton"), Qt::LeftButton);
    REQUIRE(table->rowCount() == 2);
    typeCell(table, 1, 0, u"Osaka Hanako"_s);
    typeCell(table, 1, 6, u"abc"_s);

    QTest::mouseClick(child<QPushButton>(dialog, "saveHouseholdButton"), Qt::LeftButton);
    CHECK(dialog.householdId() == 0);
    CHECK(dialog.message() == u"2人目の所得割額は数字（円）で入力してください。"_s);
    CHECK(table->item(1, 6)->text() == u"abc"_s); // kept

    typeCell(table, 1, 6, u"1"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "saveHouseholdButton"), Qt::LeftButton);
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.householdId() > 0);
    // 70,999 + 1 = 71,000: 一般所得II, with the members, the sum and the row shown.
    const QString shown = dialog.computationText();
    INFO(shown.toStdString());
    CHECK(shown.contains(u"階層区分（所得区分）: 一般所得II"_s));
    CHECK(shown.contains(u"所得割の合計 71,000円 は 71,000円以上251,000円未満 → 一般所得II"_s));
    CHECK(shown.contains(u"71,000円以上251,000円未満"_s));
    CHECK(shown.contains(u"Osaka Hanako（支給認定基準世帯員: 所得割 1円）"_s));

    // A refusal from the server (a patient is required) keeps the typing and says why.
    auto* role = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
    REQUIRE(role);
    role->setCurrentIndex(role->findData(u"other"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "saveHouseholdButton"), Qt::LeftButton);
    CHECK(dialog.message() == u"患者（受給者となる人）を世帯員に含めてください。"_s);
    CHECK(table->item(0, 0)->text() == u"Osaka Taro"_s);
}

TEST_CASE("from the application entry the household is opened and the tier and cap follow it",
          "[gui][household]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"hg_e"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = login(clerk);

    // A household and an application linked to it (through the same API the screens use).
    HouseholdDialog first(*session, u"54"_s, std::nullopt);
    QTest::keyClicks(child<QLineEdit>(first, "householdName"), u"Entry household"_s);
    auto* firstTable = child<QTableWidget>(first, "memberTable");
    firstTable->item(0, 0)->setText(u"Patient"_s);
    firstTable->item(0, 6)->setText(u"100000"_s);
    REQUIRE(first.saveAndCompute());
    kohi::db::ApplicationForm form;
    form.familyName = u"世帯"_s;
    form.givenName = u"画面"_s;
    form.familyNameKana = u"セタイ"_s;
    form.givenNameKana = u"ガメン"_s;
    form.birthDate = QDate(1970, 5, 5);
    form.sex = 1;
    form.municipalityCode = u"272027"_s;
    form.receivedDate = QDate::currentDate();
    form.diseaseCode = u"006"_s;
    form.specialCase = u"standard"_s;
    form.validFrom = QDate::currentDate();
    form.validTo = QDate::currentDate().addYears(1).addDays(-1);
    form.householdId = first.householdId();
    kohi::db::ApplicationRepository repository(*session);
    const auto saved = repository.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form);
    INFO(repository.lastError().message.toStdString());
    REQUIRE(saved);

    ApplicationEntryWidget entry(*session);
    entry.show();
    REQUIRE(QTest::qWaitForWindowExposed(&entry));
    REQUIRE(entry.openApplication(saved->id));
    auto* summary = child<QLabel>(entry, "householdSummary");
    CHECK(summary->text().contains(u"算定 一般所得II"_s));
    CHECK(child<QLabel>(entry, "monthlyCap")->text().startsWith(u"20,000 円"_s));
    CHECK(child<QComboBox>(entry, "incomeTier")->currentData().toString() == u"general2"_s);

    // 世帯… opens the household; the clerk raises the 所得割 and saves; the entry follows.
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HouseholdDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* table = dialog->findChild<QTableWidget*>(u"memberTable"_s);
        table->item(0, 6)->setText(u"300000"_s);
        driven = dialog->saveAndCompute() && dialog->computationText().contains(u"上位所得"_s);
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(entry, "householdButton"), Qt::LeftButton);
    CHECK(driven);
    CHECK(summary->text().contains(u"算定 上位所得"_s));
    CHECK(child<QLabel>(entry, "monthlyCap")->text().startsWith(u"30,000 円"_s));
    // The entry holds the moved-on version: saving again works.
    QTest::mouseClick(child<QPushButton>(entry, "saveButton"), Qt::LeftButton);
    INFO(entry.message().toStdString());
    CHECK(entry.message().contains(u"下書きを保存しました"_s));
}

TEST_CASE("monthly 医療費総額 are entered from the entry and the 軽症高額 month count follows",
          "[gui][household]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"hg_m"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = login(clerk);
    kohi::db::ApplicationForm form;
    form.familyName = u"管理"_s;
    form.givenName = u"票子"_s;
    form.familyNameKana = u"カンリ"_s;
    form.givenNameKana = u"ヒョウコ"_s;
    form.birthDate = QDate(1980, 1, 2);
    form.sex = 2;
    form.municipalityCode = u"272027"_s;
    form.receivedDate = QDate::currentDate();
    form.diseaseCode = u"006"_s;
    form.incomeTier = u"general1"_s;
    form.specialCase = u"mild_high"_s;
    form.validFrom = QDate::currentDate();
    form.validTo = QDate::currentDate().addYears(1).addDays(-1);
    kohi::db::ApplicationRepository repository(*session);
    const auto saved = repository.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form);
    REQUIRE(saved);
    CHECK(saved->problems.join(u'\n').contains(u"（現在 0か月）"_s));

    ApplicationEntryWidget entry(*session);
    entry.show();
    REQUIRE(QTest::qWaitForWindowExposed(&entry));
    REQUIRE(entry.openApplication(saved->id));
    CHECK(child<QLabel>(entry, "costSummary")->text().contains(u"33330円超 0か月（必要 3か月）"_s));

    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QStringList refusals;
    int rows = 0;
    QTimer::singleShot(0, [&] {
        auto* dialog =
            qobject_cast<kohi::app::MonthlyCostDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* month = dialog->findChild<QLineEdit*>(u"costMonth"_s);
        auto* total = dialog->findChild<QLineEdit*>(u"costTotal"_s);
        auto* save = dialog->findChild<QPushButton*>(u"saveCostButton"_s);
        // A future month is refused by the server, and the typing stays.
        month->setText(thisMonth.addMonths(1).toString(u"yyyy-MM"_s));
        total->setText(u"40,000"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        refusals << dialog->message() << total->text();
        for (int back = 1; back <= 3; ++back) {
            month->setText(thisMonth.addMonths(-back).toString(u"yyyy-MM"_s));
            total->setText(u"４０，０００"_s); // full-width, as typed with the IME on
            QTest::mouseClick(save, Qt::LeftButton);
        }
        rows = dialog->rowCount();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(entry, "monthlyCostButton"), Qt::LeftButton);
    REQUIRE(refusals.size() == 2);
    CHECK(refusals.at(0) == u"医療費の年月に未来の月は入力できません。"_s);
    CHECK(refusals.at(1) == u"40,000"_s);
    CHECK(rows == 3);
    CHECK(child<QLabel>(entry, "costSummary")->text().contains(u"33330円超 3か月（必要 3か月）"_s));
    QTest::mouseClick(child<QPushButton>(entry, "submitButton"), Qt::LeftButton);
    INFO(entry.message().toStdString());
    CHECK(entry.state() == u"submitted"_s);
}
