// The 住基ネット import wizard with real widgets against a freshly migrated database: a CP932 file
// chosen, its encoding shown, the preview masked, the dry-run match, the commit, the report on
// screen and saved as CSV; the clerk's menu offers it; nothing the client wrote holds a number
// or a 住民票コード.
#include "app/client/MainWindow.h"
#include "app/client/juki/JukiImportWizard.h"
#include "app/client/juki/JukiReviewDialog.h"
#include "core/crypto/Argon2Params.h"
#include "core/validation/MyNumberMask.h"
#include "db/JukiInquiryRepository.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/SessionInfo.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/JukiFileBuilder.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::JukiImportWizard;
using kohi::test::FreshDatabase;
using kohi::test::JukiFileBuilder;
using kohi::test::syntheticMyNumber;

namespace {

QString column(QAbstractItemModel* model, int col)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, col).data().toString();
    return values.join(u'|');
}

QAbstractItemModel* tableModel(QWidget& w, const QString& name)
{
    auto* view = w.findChild<QTableView*>(name);
    REQUIRE(view);
    return view->model();
}

// Every file under dir whose bytes contain any of the needles (UTF-8 or CP932 text).
QStringList filesContaining(const QString& dir, const QStringList& needles)
{
    QStringList hits;
    if (dir.isEmpty() || !QFileInfo::exists(dir))
        return hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& n : needles)
            if (bytes.contains(n.toUtf8()))
                hits << f.fileName();
    }
    return hits;
}

} // namespace

TEST_CASE("the import wizard: file, encoding, masked preview, match, confirm, report and CSV",
          "[gui][juki]")
{
    FreshDatabase db(u"kohi_gui_juki"_s);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    const auto clerk = db.createStaff(u"gjuki_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = db.createStaff(u"gjuki_appr"_s, {u"kohi_approver"_s});
    const auto viewer = db.createStaff(u"gjuki_viewer"_s, {u"kohi_mynumber_viewer"_s});
    kohi::db::MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(kohi::db::MyNumberKeyCeremony(db.dba(), kohi::crypto::Argon2Params{64, 1, 1})
                .createFirstKey(viewer.login, u"gui juki reveal passphrase"_s, &key, &error));
    // Two synthetic recipients with inquiries, as `kohi-admin demo inquiries` makes them.
    int created = 0;
    kohi::db::ApiError demoError;
    REQUIRE(kohi::db::JukiInquiryRepository::createDemo(
        db.dba(),
        {{u"DEMO-0001"_s, u"54"_s, u"高橋　一郎"_s, u"タカハシ　イチロウ"_s, QDate(1970, 5, 5), 1,
          u"大阪府池田市1-1"_s, u"272043"_s},
         {u"DEMO-0002"_s, u"54"_s, u"山崎　花子"_s, u"ヤマザキ　ハナコ"_s, QDate(1980, 1, 1), 2,
          u"大阪府池田市2-2"_s, u"272043"_s}},
        &created, &demoError));
    REQUIRE(created == 2);

    const QString residentCode = u"31415926535"_s; // the 住民票コード column (synthetic)
    const QString number = syntheticMyNumber(27182818284);
    JukiFileBuilder b; // CP932, CRLF
    b.row(u"DEMO-0001"_s, u"00"_s, number, u"髙橋　一郎"_s, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s, u"19700505"_s, u"1"_s,
          u"大阪府池田市①丁目"_s, residentCode);
    b.row(u"DEMO-0002"_s, u"00"_s, syntheticMyNumber(14142135623), u"山﨑　花子"_s,
          u"ヤマザキ　ハナコ"_s, u"19800102"_s, u"2"_s, u"大阪府, 池田市"_s, residentCode);
    b.row(u"DEMO-0003"_s, u"10"_s, {}, {}, {}, {}, {}, {}, {});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString answer = dir.filePath(u"answer.csv"_s);
    {
        QFile f(answer);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(b.bytes());
    }

    // The clerk's menu offers the wizard; the approver's does not.
    {
        auto session = db.connect(approver);
        const auto info = kohi::db::SessionInfo::fetch(*session);
        kohi::app::MainWindow window(std::move(session), info);
        CHECK_FALSE(window.findChild<QAction*>(u"jukiImportAction"_s));
    }
    auto session = db.connect(clerk);
    REQUIRE(session->exec(u"SELECT kohi_api.session_begin('gui-juki')"_s).ok);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    kohi::app::MainWindow window(std::move(session), info);
    window.setPinnedFingerprint(key.fingerprintHex);
    CHECK(window.findChild<QAction*>(u"jukiImportAction"_s));

    // From a recipient's detail the clerk issues an inquiry (the number is missing).
    const auto other = db.dba().exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
        " synthetic) VALUES ('54', '8888888', '照会', '三郎', 'ショウカイ', 'サブロウ',"
        " '1975-03-03', 1, '大阪府池田市3-3', '272043', true) RETURNING id"_s);
    REQUIRE(other.ok);
    window.openRecipient(other.first(u"id"_s).toLongLong());
    auto* inquire = window.findChild<QAction*>(u"jukiInquire_blank"_s);
    REQUIRE(inquire);
    inquire->trigger();
    CHECK(window.statusBar()->currentMessage().contains(u"照会番号 JK"_s));
    inquire->trigger(); // a second open inquiry for the same person is refused, with the reason
    CHECK(window.statusBar()->currentMessage().contains(u"既に"_s));

    JukiImportWizard wizard(window.session(), key.fingerprintHex);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    // A file that is not an answer file stays on the first page with the reason.
    const QString bogus = dir.filePath(u"bogus.csv"_s);
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a,b,c\r\n1,2,3\r\n");
    }
    wizard.setFilePath(bogus);
    wizard.next();
    CHECK(wizard.currentId() == JukiImportWizard::FilePage);
    CHECK(wizard.findChild<QLabel*>(u"jukiFileError"_s)->text().contains(u"見出し行"_s));

    wizard.setFilePath(answer);
    wizard.next();
    REQUIRE(wizard.currentId() == JukiImportWizard::PreviewPage);
    CHECK(wizard.findChild<QLabel*>(u"jukiEncoding"_s)->text().contains(u"CP932"_s));
    auto* preview = tableModel(wizard, u"jukiPreview"_s);
    REQUIRE(preview->rowCount() == 3);
    CHECK(column(preview, 0) == u"2|3|4"_s);
    CHECK(column(preview, 3).startsWith(u"髙橋　一郎"_s));
    CHECK(column(preview, 7).startsWith(kohi::maskMyNumber())); // masked in the model
    CHECK_FALSE(column(preview, 7).contains(number.left(4)));

    wizard.next();
    REQUIRE(wizard.currentId() == JukiImportWizard::MatchPage);
    auto* match = tableModel(wizard, u"jukiMatch"_s);
    CHECK(column(match, 2) == u"ACCEPT|REVIEW|REVIEW"_s); // DOB differs; unknown inquiry
    CHECK(wizard.findChild<QLabel*>(u"jukiMatchSummary"_s)->text().contains(u"ACCEPT 1件"_s));
    // The dry run changed nothing.
    CHECK(db.dba().exec(u"SELECT count(*) AS n FROM kohi.juki_import"_s).first(u"n"_s).toInt() ==
          0);

    wizard.next();
    REQUIRE(wizard.currentId() == JukiImportWizard::ConfirmPage);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()); // not without the tick
    wizard.findChild<QCheckBox*>(u"jukiConfirm"_s)->setChecked(true);
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == JukiImportWizard::ReportPage);
    CHECK(wizard.report().status == kohi::juki::ImportReport::Status::Imported);
    CHECK(wizard.findChild<QLabel*>(u"jukiReportSummary"_s)->text().contains(u"取り込みました"_s));
    CHECK(column(tableModel(wizard, u"jukiReport"_s), 2) == u"ACCEPT|REVIEW|REVIEW"_s);
    const auto pending = db.dba().exec(
        u"SELECT m.status, m.created_by::text AS by FROM kohi.mynumber m"
        " JOIN kohi.juki_inquiry q ON q.mynumber_id = m.id WHERE q.inquiry_no = 'DEMO-0001'"_s);
    REQUIRE(pending.rows.size() == 1);
    CHECK(pending.first(u"status"_s).toString() == u"pending"_s);
    CHECK(pending.first(u"by"_s).toString() == clerk.login);

    // The review list: both REVIEW rows; a row resolved needs a note, then leaves the list.
    {
        kohi::app::JukiReviewDialog review(window.session());
        review.show();
        auto* table = review.findChild<QTableView*>(u"jukiReviewTable"_s);
        REQUIRE(table->model()->rowCount() == 2);
        CHECK(column(table->model(), 2) == u"DEMO-0002|DEMO-0003"_s);
        CHECK(column(table->model(), 5).contains(u"1980-01-01"_s)); // the register
        CHECK(column(table->model(), 6).contains(u"1980-01-02"_s)); // the file
        table->selectRow(0);
        CHECK_FALSE(review.resolveSelected(u"reissue"_s)); // no note
        CHECK_FALSE(review.findChild<QLabel*>(u"jukiReviewMessage"_s)->text().isEmpty());
        review.findChild<QLineEdit*>(u"jukiReviewNote"_s)->setText(u"申請書で生年月日を確認"_s);
        table->selectRow(0);
        REQUIRE(review.resolveSelected(u"reissue"_s));
        CHECK(review.findChild<QLabel*>(u"jukiReviewMessage"_s)->text().contains(u"JK"_s));
        CHECK(table->model()->rowCount() == 1);
    }

    const QString saved = dir.filePath(u"report.csv"_s);
    REQUIRE(wizard.saveReport(saved, &error));
    QFile csv(saved);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // BOM: Excel opens it as UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(u"line,照会番号,outcome,reason\r\n"_s));
    CHECK(text.contains(u"DEMO-0002"_s));

    // Nothing the client wrote holds the number or the 住民票コード: the saved report, and the
    // client's own folders (drafts, configuration, cache).
    QFile::remove(answer); // the input itself holds both, by definition
    QFile::remove(bogus);
    const QStringList needles{residentCode, number};
    CHECK(filesContaining(dir.path(), needles).isEmpty());
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::AppLocalDataLocation}) {
        const QStringList hits =
            filesContaining(QStandardPaths::writableLocation(location), needles);
        INFO(hits.join(u", "_s).toStdString());
        CHECK(hits.isEmpty());
    }
}
