// 保存期間・廃棄 (issue 12 items 4 and 5): a clerk proposes the disposal of a recipient whose
// retention has run out from the due list, the proposer (holding the approver duty too) cannot
// approve it on the screen, another approver approves, and the disposal certificate is previewed
// and written as PDF, rendered with poppler: it names what was destroyed and never a number.
#include "app/client/retention/RetentionWidget.h"
#include "core/crypto/Argon2Params.h"
#include "core/crypto/SecureBytes.h"
#include "core/validation/MyNumber.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "db/RetentionRepository.h"
#include "tests/integration/MyNumberScan.h"
#include "tests/support/FreshDatabase.h"

#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::RetentionWidget;
using kohi::db::MyNumberEntry;
using kohi::db::PersonRole;
using kohi::test::FreshDatabase;

namespace {

// Japanese text arrives in a field as an input-method commit (a person types kana and converts),
// not as key presses (QTest has no keys for it).
void typeJapanese(QLineEdit* field, const QString& text)
{
    field->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(field, &commit);
}

template <typename T> T* child(QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(c);
    return c;
}

QString runTool(const QString& tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    INFO((tool + u" not found: install poppler-utils"_s).toStdString());
    REQUIRE_FALSE(exe.isEmpty());
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

QString shotDir()
{
    return qEnvironmentVariable("KOHI_SCREENSHOT_DIR");
}

} // namespace

TEST_CASE("the disposal screen: proposed from the due list, not approvable by the proposer, "
          "approved by another, and its certificate lists what was destroyed without a number",
          "[gui][retention]")
{
    REQUIRE(kohi::test::TestDatabase::instance().available());
    FreshDatabase db(u"kohi_retention_gui"_s);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    const auto viewer = db.createStaff(u"rgui_viewer"_s, {u"kohi_mynumber_viewer"_s});
    const auto clerk = db.createStaff(u"rgui_clerk"_s, {u"kohi_clerk_boshi"_s, u"kohi_approver"_s});
    const auto approver = db.createStaff(u"rgui_approver"_s, {u"kohi_approver"_s});
    kohi::db::MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(kohi::db::MyNumberKeyCeremony(db.dba(), kohi::crypto::Argon2Params{64, 1, 1})
                .createFirstKey(viewer.login, u"retention gui passphrase 2026"_s, &key, &error));

    const auto r = db.dba().exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
        " synthetic) VALUES ('52', '3000017', '廃棄', '陽菜', 'ハイキ', 'ヒナ', '2014-06-01', 2,"
        " '大阪府岸和田市試験町1-1', '272027', true) RETURNING id"_s);
    REQUIRE(r.ok);
    const qint64 recipientId = r.first(u"id"_s).toLongLong();
    auto clerkSession = db.connect(clerk);
    REQUIRE(clerkSession->exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
    auto approverSession = db.connect(approver);
    REQUIRE(approverSession->exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
    QStringList numbers;
    kohi::db::MyNumberRepository repo(*clerkSession, key.fingerprintHex);
    for (const PersonRole role : {PersonRole::Patient, PersonRole::Guardian}) {
        numbers << syntheticNumber();
        const bool guardian = role == PersonRole::Guardian;
        const auto registered =
            repo.registerNumber(MyNumberEntry{recipientId,
                                              role,
                                              guardian ? u"廃棄 花子"_s : QString(),
                                              guardian ? u"母"_s : QString(),
                                              {}},
                                kohi::crypto::SecureBytes::fromUtf8(numbers.last()));
        INFO(registered.message.toStdString());
        REQUIRE(registered.registered());
    }
    // One paper in the evidence register (a late copy, received last year): destroyed with the
    // numbers and named on the certificate (0047).
    const auto cabinet = approverSession->exec(
        u"SELECT kohi_api.evidence_cabinet_register('書庫C', '本庁3階 書庫', 'staff_only') AS id"_s);
    REQUIRE(cabinet.ok);
    REQUIRE(clerkSession
                ->exec(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber',"
                       " '個人番号カードの写し', current_date - 365, $2)"_s,
                       {QByteArray::number(recipientId), cabinet.first(u"id"_s).toByteArray()})
                .ok);
    // Ended (moved out) in 2015, by two persons.
    kohi::db::RetentionRepository clerkRepo(*clerkSession);
    const auto end =
        clerkRepo.proposeEnd(recipientId, u"moved_out"_s, QDate(2015, 3, 31), u"府外へ転出"_s);
    INFO(clerkRepo.lastError().message.toStdString());
    REQUIRE(end);
    REQUIRE(kohi::db::RetentionRepository(*approverSession).approve(*end, {}));

    // The clerk (who also holds the approver duty) proposes from the due list.
    RetentionWidget clerkScreen(*clerkSession, true, true);
    clerkScreen.resize(1100, 820);
    clerkScreen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&clerkScreen));
    INFO(clerkScreen.message().toStdString());
    REQUIRE(clerkScreen.due().size() == 1);
    auto* dueTable = child<QTableWidget>(clerkScreen, "retentionDueTable");
    CHECK(dueTable->item(0, 0)->text() == u"3000017"_s);
    CHECK(dueTable->item(0, 6)->text() == u"2 件"_s);
    auto* propose = child<QPushButton>(clerkScreen, "retentionPropose");
    CHECK_FALSE(propose->isEnabled());
    REQUIRE(clerkScreen.selectDue(recipientId));
    CHECK(propose->isEnabled());
    child<QSpinBox>(clerkScreen, "retentionPapers")->setValue(2);
    typeJapanese(child<QLineEdit>(clerkScreen, "retentionPapersNote"),
                 u"申請書、個人番号カードの写し"_s);
    typeJapanese(child<QLineEdit>(clerkScreen, "retentionReason"), u"保存期間満了のため"_s);
    QTest::mouseClick(propose, Qt::LeftButton);
    CHECK(clerkScreen.message().contains(u"廃棄を提案しました"_s));
    REQUIRE(clerkScreen.proposals().size() == 1);
    const qint64 proposalId = clerkScreen.proposals().first().id;
    REQUIRE(clerkScreen.selectProposal(proposalId));
    auto* approveMine = child<QPushButton>(clerkScreen, "retentionProposalApprove");
    CHECK_FALSE(approveMine->isEnabled());
    CHECK(child<QLabel>(clerkScreen, "retentionProposalDetail")
              ->text()
              .contains(u"自分の提案は承認できません"_s));
    CHECK(child<QPushButton>(clerkScreen, "retentionProposalReject")->text() == u"取り下げ"_s);
    // The server refuses it too (the button is only a convenience).
    CHECK_FALSE(clerkScreen.approveSelected());
    CHECK(clerkScreen.message().contains(u"自分の提案は承認できません"_s));
    if (!shotDir().isEmpty()) {
        REQUIRE(QDir().mkpath(shotDir()));
        clerkScreen.grab().save(QDir(shotDir()).filePath(u"retention-clerk.png"_s));
    }

    // Another approver approves: the numbers are erased and the record is kept.
    RetentionWidget approverScreen(*approverSession, false, true);
    approverScreen.resize(1100, 820);
    approverScreen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&approverScreen));
    CHECK(approverScreen.findChild<QPushButton*>(u"retentionPropose"_s) == nullptr);
    REQUIRE(approverScreen.selectProposal(proposalId));
    auto* approve = child<QPushButton>(approverScreen, "retentionProposalApprove");
    REQUIRE(approve->isEnabled());
    auto* certificate = child<QPushButton>(approverScreen, "retentionCertificate");
    CHECK_FALSE(certificate->isEnabled());
    typeJapanese(child<QLineEdit>(approverScreen, "retentionProposalNote"), u"立会いで確認"_s);
    QTest::mouseClick(approve, Qt::LeftButton);
    INFO(approverScreen.message().toStdString());
    CHECK(approverScreen.message().contains(u"個人番号 2 件を消去"_s));
    CHECK(approverScreen.due().isEmpty());
    CHECK(db.dba()
              .exec(u"SELECT 1 FROM kohi.mynumber WHERE recipient_id = $1"_s,
                    {QByteArray::number(recipientId)})
              .rows.isEmpty());
    REQUIRE(approverScreen.selectProposal(proposalId));
    CHECK(certificate->isEnabled());

    // The certificate: previewed, and as PDF rendered and read back.
    QTest::mouseClick(certificate, Qt::LeftButton);
    QPrintPreviewDialog* preview = approverScreen.certificatePreview();
    REQUIRE(preview);
    REQUIRE(QTest::qWaitForWindowExposed(preview));
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages);
    CHECK(pages->pageCount() == 1);
    if (!shotDir().isEmpty())
        preview->grab().save(QDir(shotDir()).filePath(u"disposal-certificate-preview.png"_s));
    preview->close();

    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"disposal.pdf"_s);
    REQUIRE(approverScreen.saveCertificatePdf(pdf, &error));
    const QString text = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-layout"_s, pdf, u"-"_s})
                             .normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(u"個人番号等廃棄証明書"_s));
    CHECK(text.contains(u"3000017"_s));
    CHECK(text.contains(u"2 件"_s));
    CHECK(text.contains(u"保護者"_s));
    CHECK(text.contains(u"2 枚"_s));
    CHECK(text.contains(u"登録簿から 1 件"_s));
    CHECK(text.contains(u"個人番号カードの写し"_s));
    CHECK(text.contains(u"書庫C"_s));
    // The logins' prefixes (poppler drops some digits that follow Latin letters in the text
    // layer; the rendered page shows them).
    CHECK(text.contains(u"rgui_clerk"_s));
    CHECK(text.contains(u"rgui_approver"_s));
    CHECK(kohi::test::findMyNumbers(text).isEmpty());
    for (const QString& n : numbers)
        CHECK_FALSE(text.contains(n));
    const QString png = tmp.filePath(u"disposal.png"_s);
    runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-singlefile"_s, pdf, png.chopped(4)});
    QImage page(png);
    REQUIRE_FALSE(page.isNull());
    CHECK(page.height() > page.width()); // A4 portrait
    if (!shotDir().isEmpty()) {
        page.save(QDir(shotDir()).filePath(u"disposal-certificate.png"_s));
        approverScreen.grab().save(QDir(shotDir()).filePath(u"retention-approver.png"_s));
    }
}
