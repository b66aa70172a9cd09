// 一斉更新, statistics and the CSV export with real widgets against a freshly migrated database
// (the 業務 menu entries: RenewalMenuTests.cpp): the batch is created from the form, its notices
// made part by part with the progress bar moving, stopped and continued without a repeat, cancelled
// and resumed by buttons; the statistics show the counts; the CSV has the chosen columns.
#include "app/client/renewal/RenewalBatchDialog.h"
#include "app/client/statistics/RecipientExportDialog.h"
#include "app/client/statistics/RegisterStatisticsDialog.h"
#include "db/SessionInfo.h"
#include "tests/support/FreshDatabase.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;

namespace {

void addRecipients(kohi::db::Session& dba, int n)
{
    const auto r = dba.exec(
        u"WITH r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
        "   given_name, family_name_kana, given_name_kana, birth_date, sex, postal_code, address,"
        "   municipality_code, synthetic)"
        " SELECT '54', lpad(g::text, 7, '0'), '更新', '花子' || g, 'コウシン', 'ハナコ',"
        "        date '1960-01-01' + g, 2, '563-0000', '大阪府池田市城南一丁目' || g || '番',"
        "        (SELECT m.code FROM kohi.municipality m WHERE m.name ="
        "         (ARRAY['池田市', '岸和田市'])[1 + g % 2]), true"
        " FROM generate_series(1, $1::int) g RETURNING id)"
        " INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
        "   disease_code, income_tier, monthly_cap, valid_from, valid_to, decided_by, decided_at)"
        " SELECT '54', r.id, 'new', 'approved', date '2026-01-05', '006', 'general1', 10000,"
        "        date '2026-01-01', date '2026-12-31', 'x', now() FROM r"_s,
        {QByteArray::number(n)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

bool waitFor(const std::function<bool()>& condition, int ms = 60000)
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}

} // namespace

TEST_CASE("一斉更新: create, notices with progress, stop, cancel, resume", "[gui][renewal]")
{
    FreshDatabase db(u"kohi_gui_renewal"_s);
    addRecipients(db.dba(), 30);
    const auto clerk = db.createStaff(u"gr_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = db.connect(clerk);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::RenewalBatchDialog dialog(*session, info.programmes);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QDateEdit*>(u"renewalValidTo"_s)->setDate(QDate(2026, 12, 31));
    dialog.findChild<QDateEdit*>(u"renewalNoticeDate"_s)->setDate(QDate(2026, 10, 1));
    dialog.findChild<QDateEdit*>(u"renewalDeadline"_s)->setDate(QDate(2027, 1, 30));
    // A deadline after the end: the server's specific message, nothing created.
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"renewalCreate"_s), Qt::LeftButton);
    CHECK(dialog.message().contains(u"提出期限"_s));
    CHECK(dialog.selectedBatch() == 0);
    dialog.findChild<QDateEdit*>(u"renewalDeadline"_s)->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"renewalCreate"_s), Qt::LeftButton);
    CHECK(dialog.message().contains(u"対象 30 人"_s));
    const qint64 batch = dialog.selectedBatch();
    REQUIRE(batch > 0);
    auto* progress = dialog.findChild<QProgressBar*>(u"renewalProgress"_s);
    CHECK(progress->maximum() == 30);
    CHECK(progress->value() == 0);

    // Notices, part by part (parts of 200 here: the two 保健所 make two parts); stopped after
    // the first part, then continued: the second run makes only the rest.
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QSignalSpy finished(&dialog, &kohi::app::RenewalBatchDialog::runFinished);
    auto* stop = dialog.findChild<QPushButton*>(u"renewalStop"_s);
    const auto stopAtFirstPart = QObject::connect(
        &dialog, &kohi::app::RenewalBatchDialog::partWritten, stop, [stop] { stop->click(); });
    REQUIRE(dialog.startNotices(out.path()));
    CHECK(stop->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"renewalCancel"_s)->isEnabled());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    QObject::disconnect(stopAtFirstPart);
    const int afterStop = progress->value();
    CHECK(afterStop > 0);
    CHECK(afterStop < 30);
    CHECK(dialog.message().contains(u"中止しました"_s));
    REQUIRE(dialog.startNotices(out.path()));
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK(progress->value() == 30);
    CHECK(dialog.message().contains(u"すべて作成しました"_s));
    CHECK(QDir(out.path()).entryList({u"*.pdf"_s}).size() == 2);
    const auto generated = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.renewal_item WHERE batch_id = $1 AND notices = 1"_s,
        {QByteArray::number(batch)});
    CHECK(generated.first(u"n"_s).toInt() == 30);
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"renewalNotices"_s)->isEnabled());

    // Cancel and resume through the dialog's API (the buttons open input dialogs).
    CHECK_FALSE(dialog.cancelSelected(QString()));
    CHECK(dialog.message().contains(u"理由"_s));
    CHECK(dialog.cancelSelected(u"試験"_s));
    auto* batches = dialog.findChild<QTableView*>(u"renewalBatches"_s)->model();
    CHECK(batches->index(0, 3).data().toString() == u"取消"_s);
    CHECK(dialog.findChild<QPushButton*>(u"renewalResume"_s)->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"renewalResume"_s), Qt::LeftButton);
    CHECK(batches->index(0, 3).data().toString() == u"実行中"_s);
    CHECK(dialog.message().contains(u"未作成の通知 0 件"_s));

    // Intake: nobody has answered yet.
    auto* filter = dialog.findChild<QComboBox*>(u"renewalIntakeFilter"_s);
    filter->setCurrentIndex(filter->findData(u"not_received"_s));
    CHECK(dialog.findChild<QTableView*>(u"renewalIntake"_s)->model()->rowCount() == 30);
    const QImage shot = dialog.grab().toImage();
    CHECK_FALSE(shot.isNull());
    if (const QByteArray dir = qgetenv("KOHI_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(u"renewal-batch.png"_s));
}

TEST_CASE("statistics and the CSV export dialogs show and write what the server counts",
          "[gui][statistics]")
{
    FreshDatabase db(u"kohi_gui_statistics"_s);
    addRecipients(db.dba(), 5);
    const auto clerk = db.createStaff(u"gs_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = db.connect(clerk);

    kohi::app::RegisterStatisticsDialog stats(*session);
    stats.findChild<QDateEdit*>(u"statisticsDate"_s)->setDate(QDate(2026, 6, 1));
    QTest::mouseClick(stats.findChild<QPushButton*>(u"statisticsCount"_s), Qt::LeftButton);
    CHECK(stats.countShown(u"programme"_s, u"特定医療費（指定難病）"_s) == 5);
    CHECK(stats.countShown(u"health_centre"_s, u"池田保健所"_s) == 2);
    CHECK(stats.countShown(u"health_centre"_s, u"岸和田保健所"_s) == 3);
    CHECK(stats.countShown(u"disease"_s, u"パーキンソン病"_s) == 5);
    CHECK(stats.countShown(u"tier"_s, u"一般所得I"_s) == 5);
    stats.findChild<QDateEdit*>(u"statisticsDate"_s)->setDate(QDate(2027, 1, 1));
    QTest::mouseClick(stats.findChild<QPushButton*>(u"statisticsCount"_s), Qt::LeftButton);
    CHECK(stats.countShown(u"programme"_s, u"特定医療費（指定難病）"_s) == -1);

    kohi::app::RecipientExportDialog exportDialog(*session);
    exportDialog.findChild<QLineEdit*>(u"exportKana"_s)->setText(u"コウシン"_s); // as an IME commits it
    auto* fields = exportDialog.findChild<QListWidget*>(u"exportFields"_s);
    for (int i = 0; i < fields->count(); ++i)
        fields->item(i)->setCheckState(Qt::Unchecked);
    for (int i = 0; i < fields->count(); ++i) {
        const QString f = fields->item(i)->data(Qt::UserRole).toString();
        if (f == u"recipient_number"_s || f == u"health_centre"_s || f == u"address"_s)
            fields->item(i)->setCheckState(Qt::Checked);
    }
    auto* encoding = exportDialog.findChild<QComboBox*>(u"exportEncoding"_s);
    QTemporaryDir out;
    const QString path = out.filePath(u"recipients.csv"_s);
    encoding->setCurrentIndex(0); // CP932
    CHECK(exportDialog.exportTo(path) == 5);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QStringDecoder("CP932").decode(f.readAll());
    CHECK(text.startsWith(u"受給者番号,住所,保健所\r\n"_s));
    CHECK(text.contains(u"0000001,大阪府池田市城南一丁目1番,岸和田保健所\r\n"_s));
    CHECK(text.contains(u"0000002,大阪府池田市城南一丁目2番,池田保健所\r\n"_s));
    CHECK(text.count(u"\r\n"_s) == 6);
    // No field to choose holds a My Number.
    for (int i = 0; i < fields->count(); ++i)
        CHECK_FALSE(fields->item(i)->text().contains(u"個人番号"_s));
    // Logged as an export with its row count.
    kohi::test::sealAuditLog(db.dba());
    const auto logged = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'recipient_export'"
        " AND (details->>'rows')::int = 5"_s);
    CHECK(logged.first(u"n"_s).toInt() == 1);
}
