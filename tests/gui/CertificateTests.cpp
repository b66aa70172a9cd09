// 受給者証 and decision notices: built from the real API, written as PDF, rendered with poppler.
#include "app/client/CertificateData.h"
#include "app/client/CertificateLoader.h"
#include "app/client/CertificatePreviewDialog.h"
#include "app/client/CertificateRenderer.h"
#include "db/ApplicationRepository.h"
#include "db/SyntheticMasters.h"
#include "tests/support/TestDatabase.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::CertificateData;
using kohi::app::CertificateLoader;
using kohi::app::CertificatePreviewDialog;
using kohi::app::CertificateRenderer;
using kohi::app::PrintDocument;
using kohi::test::TestDatabase;

namespace {

QString runTool(const QString& tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    INFO((tool + u" not found: install poppler-utils (scripts/install-deps.sh)"_s).toStdString());
    REQUIRE_FALSE(exe.isEmpty());
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// NFKC: Qt's PDF writer names some kanji by their look-alike Kangxi radicals in the text layer
// (「⼩」 U+2F29 for 「小」), because it maps a shared glyph back to the lowest code point.
QString nfkc(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

QString pdfText(const QString& pdf)
{
    return nfkc(runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
}

// Renders page 1 at dpi to png; returns the image.
QImage renderPage(const QString& pdf, const QString& png, int dpi)
{
    QString stem = png;
    stem.chop(4);
    runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s,
                            u"1"_s, u"-singlefile"_s, pdf, stem});
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    return image;
}

double inkedFraction(const QImage& image)
{
    qint64 inked = 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            inked += line[x] < 200 ? 1 : 0;
    }
    return double(inked) / double(qint64(gray.width()) * gray.height());
}

bool hasMyNumberLikeRun(const QString& text)
{
    static const QRegularExpression twelve(uR"(\d{12})"_s);
    QString squeezed = text;
    squeezed.remove(QRegularExpression(uR"(\s)"_s));
    return text.contains(twelve) || squeezed.contains(twelve);
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(uR"(\s)"_s));
}

// Also writes the page as a PNG for review when KOHI_SCREENSHOT_DIR is set.
void screenshot(const CertificateData& data, PrintDocument document, const QString& name)
{
    const QString dir = qEnvironmentVariable("KOHI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"shot.pdf"_s);
    QString error;
    REQUIRE(CertificatePreviewDialog::savePdf(data, {document}, pdf, &error));
    REQUIRE(QDir().mkpath(dir));
    renderPage(pdf, QDir(dir).filePath(name + u".png"_s), 110);
}

QJsonObject nanbyoForm()
{
    const QDate today = QDate::currentDate();
    return QJsonObject{
        {u"family_name"_s, u"難波"_s},
        {u"given_name"_s, u"証子"_s},
        {u"family_name_kana"_s, u"ナンバ"_s},
        {u"given_name_kana"_s, u"ショウコ"_s},
        {u"birth_date"_s, u"1968-11-03"_s},
        {u"sex"_s, 2},
        {u"postal_code"_s, u"596-0045"_s},
        {u"address"_s, u"大阪府岸和田市別所町三丁目１３番２６号　岸和田ハイツ４０５号室"_s},
        {u"municipality_code"_s, u"272027"_s},
        {u"phone"_s, u"072-000-0000"_s},
        {u"insurer_number"_s, u"01270016"_s},
        {u"insurance_symbol"_s, u"大阪１２"_s},
        {u"insurance_number"_s, u"345"_s},
        {u"received_date"_s, today.toString(Qt::ISODate)},
        {u"health_centre"_s, u"kishiwada"_s},
        {u"disease_code"_s, u"006"_s},
        {u"income_tier"_s, u"general2"_s},
        // Since 0028 高額かつ長期 cannot be certified on a new application (only months after
        // certification count): the special case printed here is 人工呼吸器等装着者.
        {u"special_case"_s, u"ventilator"_s},
        {u"valid_from"_s, today.toString(Qt::ISODate)},
        {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
}

struct Submitted
{
    qint64 applicationId = 0;
    qint64 recipientId = 0;
    QByteArray version;
};

Submitted saveAndSubmit(kohi::db::Session& clerk, const QJsonObject& form)
{
    const auto saved =
        clerk.exec(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                   {QJsonDocument(form).toJson(QJsonDocument::Compact)});
    INFO(saved.errorMessage.toStdString());
    REQUIRE(saved.ok);
    REQUIRE(saved.first(u"problems"_s).toString() == u"{}"_s);
    Submitted s{saved.first(u"id"_s).toLongLong(), saved.first(u"recipient_id"_s).toLongLong(), {}};
    const auto submitted =
        clerk.exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                   {QByteArray::number(s.applicationId), saved.first(u"version"_s).toByteArray()});
    INFO(submitted.errorMessage.toStdString());
    REQUIRE(submitted.ok);
    s.version = submitted.first(u"v"_s).toByteArray();
    return s;
}

bool startsWithPdfMagic(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

QJsonObject handWrittenRecipient()
{
    const QJsonObject approved{{u"id"_s, 41},
                               {u"kind"_s, u"new"_s},
                               {u"state"_s, u"approved"_s},
                               {u"received_date"_s, u"2024-04-10"_s},
                               {u"valid_from"_s, u"2024-04-01"_s},
                               {u"valid_to"_s, u"2025-03-31"_s},
                               {u"monthly_cap"_s, 2500},
                               {u"income_tier"_s, u"low2"_s},
                               {u"special_case"_s, u"severe"_s},
                               {u"disease_code"_s, u"05-002"_s},
                               {u"version"_s, 4},
                               {u"return_reason"_s, QJsonValue()}};
    const QJsonObject laterDraft{{u"id"_s, 57},
                                 {u"kind"_s, u"renewal"_s},
                                 {u"state"_s, u"draft"_s},
                                 {u"monthly_cap"_s, 5000},
                                 {u"income_tier"_s, u"general1"_s}};
    return QJsonObject{
        {u"id"_s, 7},
        {u"programme"_s, u"52"_s},
        {u"status"_s, u"active"_s},
        {u"recipient_number"_s, u"1000012"_s},
        {u"public_payer_number"_s, u"52270013"_s},
        {u"family_name"_s, u"試験"_s},
        {u"given_name"_s, u"陽菜"_s},
        {u"family_name_kana"_s, u"シケン"_s},
        {u"given_name_kana"_s, u"ヒナ"_s},
        {u"birth_date"_s, u"2016-02-29"_s},
        {u"sex"_s, 2},
        {u"postal_code"_s, u"563-0000"_s},
        // A My Number typed into a free-text field by mistake must not reach the paper.
        {u"address"_s, u"大阪府池田市合成町1-2 備考1234 5678 9018"_s},
        {u"municipality_code"_s, u"272043"_s},
        {u"guardian_name"_s, u"試験　太郎"_s},
        {u"guardian_kana"_s, u"シケン　タロウ"_s},
        {u"guardian_relationship"_s, u"父"_s},
        {u"insurer_number"_s, u"138271"_s},
        {u"insurance_symbol"_s, u"池田"_s},
        {u"insurance_number"_s, u"12"_s},
        {u"applications"_s, QJsonArray{laterDraft, approved}}};
}

} // namespace

TEST_CASE("CertificateData::fromJson takes the latest approved application and labels its codes",
          "[gui][certificate]")
{
    CertificateData::Labels labels;
    labels.programmes.insert(u"52"_s, u"小児慢性特定疾病医療費"_s);
    labels.diseases.insert(u"05-002"_s, u"1型糖尿病"_s);
    labels.incomeTiers.insert(u"low2"_s, u"低所得II"_s);
    labels.specialCases.insert(u"severe"_s, u"重症"_s);
    const CertificateData d = CertificateData::fromJson(handWrittenRecipient(), 0, labels);

    CHECK(d.applicationId == 41);
    CHECK(d.applicationState == u"approved"_s);
    CHECK(d.recipientNumber == u"1000012"_s);
    CHECK(d.publicPayerNumber == u"52270013"_s);
    CHECK(d.fullName() == u"試験　陽菜"_s);
    CHECK(d.fullKana() == u"シケン　ヒナ"_s);
    CHECK(d.sexLabel() == u"女"_s);
    CHECK(d.certificateTitle() == u"小児慢性特定疾病医療受給者証"_s);
    CHECK(d.diseaseName == u"1型糖尿病"_s);
    CHECK(d.incomeTierLabel == u"低所得II"_s);
    CHECK(d.specialCaseLabel == u"重症"_s);
    CHECK(d.monthlyCapText() == u"2,500円"_s);
    CHECK(d.validityText() == u"令和6年4月1日から令和7年3月31日まで"_s);
    CHECK(d.issuer == u"大阪府知事"_s);
    CHECK(d.isMinorOn(QDate(2024, 4, 1)));
    CHECK(d.addresseeName() == u"試験　太郎"_s);
    CHECK(d.address == u"大阪府池田市合成町1-2 備考●●●● ●●●● ●●●●"_s);
    CHECK(d.certificateRefusal().isEmpty());
    CHECK(CertificateRenderer::documentsFor(d) ==
          QList<PrintDocument>{PrintDocument::Certificate, PrintDocument::CostLimitSheet,
                               PrintDocument::ApprovalNotice});

    // Asked for by id: the draft, which prints nothing.
    const CertificateData draft = CertificateData::fromJson(handWrittenRecipient(), 57, labels);
    CHECK(draft.applicationKind == u"renewal"_s);
    CHECK(draft.incomeTierLabel == u"一般所得I"_s); // not in labels: the shipped master's
    CHECK_FALSE(draft.certificateRefusal().isEmpty());
    CHECK(CertificateRenderer::documentsFor(draft).isEmpty());

    CHECK(CertificateData::formatYen(0) == u"0"_s);
    CHECK(CertificateData::formatYen(1000) == u"1,000"_s);
    CHECK(CertificateData::formatYen(1234567) == u"1,234,567"_s);
    CHECK(CertificateData::withoutLongDigitRuns(u"072-000-0000"_s) == u"072-000-0000"_s);
    CHECK(CertificateData::withoutLongDigitRuns(u"１２３４５６７８９０１８"_s) ==
          u"●●●● ●●●● ●●●●"_s);
}

TEST_CASE("the hand-written certificate of a minor prints without a 12-digit run",
          "[gui][certificate]")
{
    const CertificateData d = CertificateData::fromJson(handWrittenRecipient());
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"minor.pdf"_s);
    QString error;
    REQUIRE(CertificatePreviewDialog::savePdf(d, pdf, &error));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(squeezed(text).contains(nfkc(u"試験太郎"_s))); // the guardian
    CHECK(text.contains(nfkc(u"小児慢性特定疾病医療受給者証"_s)));
    CHECK_FALSE(text.contains(nfkc(u"1型糖尿病"_s))); // no disease label given: the code
    CHECK(text.contains(u"05-002"_s));
    CHECK(text.contains(nfkc(u"重症"_s)));
    CHECK(text.contains(nfkc(u"承認通知書"_s)));
    CHECK_FALSE(hasMyNumberLikeRun(text));
    screenshot(d, PrintDocument::Certificate, u"certificate-minor"_s);
}

TEST_CASE(
    "the print preview shows the certificate, its 管理票 and the notice and offers 「PDFに保存」",
    "[gui][certificate]")
{
    const CertificateData d = CertificateData::fromJson(handWrittenRecipient());
    QPrinter printer(QPrinter::HighResolution);
    CertificatePreviewDialog dialog(d, CertificateRenderer::documentsFor(d), &printer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* preview = dialog.findChild<QPrintPreviewWidget*>();
    REQUIRE(preview);
    CHECK(preview->pageCount() == 4); // 受給者証, 管理票 (2 pages), 承認通知書
    auto* save = dialog.findChild<QAction*>(u"savePdfAction"_s);
    REQUIRE(save);
    CHECK(save->text() == u"PDFに保存"_s);
    auto* toolBar = dialog.findChild<QToolBar*>();
    REQUIRE(toolBar);
    CHECK(toolBar->actions().contains(save));
    if (const QString dir = qEnvironmentVariable("KOHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        REQUIRE(QDir().mkpath(dir));
        dialog.grab().save(QDir(dir).filePath(u"certificate-preview.png"_s));
    }
    dialog.close();
}

TEST_CASE("an approved 難病 application prints its 受給者証 and approval notice as PDF",
          "[gui][certificate]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_c"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_a"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const auto approved = a->exec(u"SELECT kohi_api.application_approve($1, $2) AS n"_s,
                                  {QByteArray::number(s.applicationId), s.version});
    INFO(approved.errorMessage.toStdString());
    REQUIRE(approved.ok);
    const QString number = approved.first(u"n"_s).toString();

    // As the clerk, straight from recipient_get.
    const auto detail =
        c->exec(u"SELECT kohi_api.recipient_get($1) AS j"_s, {QByteArray::number(s.recipientId)});
    REQUIRE(detail.ok);
    const QJsonObject json = QJsonDocument::fromJson(detail.first(u"j"_s).toByteArray()).object();
    const CertificateData direct = CertificateData::fromJson(json);
    CHECK(direct.recipientNumber == number);
    CHECK(direct.monthlyCap == 1000); // 一般所得II 人工呼吸器等装着者

    QString error;
    const auto loaded = CertificateLoader::load(*c, s.recipientId, 0, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    const CertificateData& d = *loaded;
    CHECK(d.applicationId == s.applicationId);
    CHECK(d.programmeName == u"特定医療費（指定難病）"_s);
    CHECK(d.diseaseName == u"パーキンソン病"_s);
    CHECK(d.incomeTierLabel == u"一般所得II"_s);
    CHECK(d.specialCaseLabel == u"人工呼吸器等装着者"_s);
    CHECK(d.healthCentreName == u"岸和田保健所"_s);
    CHECK(d.decidedDate == QDate::currentDate());
    CHECK(d.issueDate == d.decidedDate);
    CHECK(d.publicPayerNumber.startsWith(u"54"_s));

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString pdf = tmp.filePath(u"certificate.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(d, pdf, &error));
    REQUIRE(QFile::exists(pdf));
    CHECK(startsWithPdfMagic(pdf));

    const QImage page = renderPage(pdf, tmp.filePath(u"page.png"_s), 80);
    CHECK(page.width() > 600); // A4 at 80 dpi: 661 × 935
    CHECK(page.height() > 900);
    const double ink = inkedFraction(page);
    CHECK(ink > 0.02);
    CHECK(ink < 0.5);

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const QString flat = squeezed(text);
    CHECK(text.contains(nfkc(u"特定医療費（指定難病）受給者証"_s)));
    CHECK(flat.contains(number));
    CHECK(flat.contains(d.publicPayerNumber));
    CHECK(flat.contains(nfkc(u"難波証子"_s)));
    CHECK(flat.contains(nfkc(u"1,000円"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"10,000円"_s)));
    CHECK(flat.contains(nfkc(u"パーキンソン病"_s)));
    CHECK(flat.contains(nfkc(u"承認通知書"_s)));
    CHECK(flat.contains(nfkc(u"大阪府知事"_s)));
    CHECK_FALSE(hasMyNumberLikeRun(text));

    screenshot(d, PrintDocument::Certificate, u"certificate"_s);
    screenshot(d, PrintDocument::ApprovalNotice, u"approval-notice"_s);
}

namespace {

const QList<PrintDocument>& everyDocument()
{
    static const QList<PrintDocument> all{
        PrintDocument::Certificate,      PrintDocument::ApprovalNotice,
        PrintDocument::RejectionNotice,  PrintDocument::RegistrationCertificate,
        PrintDocument::WithdrawalNotice, PrintDocument::CorrectionNotice};
    return all;
}

// Renders every document the data allows (each alone) and returns their text; documents the data
// does not allow must be refused and write nothing.
QString everyPrintableText(const CertificateData& d, QTemporaryDir& tmp)
{
    QString all;
    for (const PrintDocument document : everyDocument()) {
        QString error;
        const QString pdf = tmp.filePath(u"doc%1.pdf"_s.arg(int(document)));
        const bool printed = CertificatePreviewDialog::savePdf(d, {document}, pdf, &error);
        CHECK(printed == CertificateRenderer::refusal(d, document).isEmpty());
        CHECK(printed == QFile::exists(pdf));
        if (printed)
            all += pdfText(pdf);
    }
    return all;
}

QJsonObject applicationJson(kohi::db::Session& s, qint64 applicationId)
{
    const auto r =
        s.exec(u"SELECT kohi_api.application_get($1) AS j"_s, {QByteArray::number(applicationId)});
    REQUIRE(r.ok);
    return QJsonDocument::fromJson(r.first(u"j"_s).toByteArray()).object();
}

} // namespace

TEST_CASE("an internal return (差戻し) prints no letter and no document ever shows its reason",
          "[gui][certificate][decision]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_rc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_ra"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const QString reason = u"内部：係長確認待ち。所得割の計算を再確認のこと"_s;
    const auto returned =
        a->exec(u"SELECT kohi_api.application_return($1, $2, $3)"_s,
                {QByteArray::number(s.applicationId), s.version, reason.toUtf8()});
    INFO(returned.errorMessage.toStdString());
    REQUIRE(returned.ok);
    // The staff see it (the clerk must know why) ...
    CHECK(applicationJson(*c, s.applicationId).value(u"return_reason"_s).toString() == reason);

    QString error;
    const auto loaded = CertificateLoader::load(*c, s.recipientId, s.applicationId, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->applicationState == u"returned"_s);
    // ... but nothing goes to the applicant for an internal return.
    CHECK(CertificateRenderer::documentsFor(*loaded).isEmpty());
    QTemporaryDir tmp;
    const QString refused = tmp.filePath(u"refused.pdf"_s);
    CHECK_FALSE(CertificatePreviewDialog::savePdf(*loaded, {PrintDocument::CorrectionNotice},
                                                  refused, &error));
    CHECK(error == u"この申請には申請者への補正依頼がないため、補正依頼書は印刷できません。"_s);
    CHECK_FALSE(
        CertificatePreviewDialog::savePdf(*loaded, {PrintDocument::Certificate}, refused, &error));
    CHECK(error == u"承認された申請がないため、受給者証は印刷できません。"_s);
    CHECK_FALSE(QFile::exists(refused));
    CHECK_FALSE(squeezed(everyPrintableText(*loaded, tmp)).contains(nfkc(u"係長確認待ち"_s)));
}

TEST_CASE("a 補正依頼 prints the text for the applicant and never the internal note",
          "[gui][certificate][decision]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_kc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_ka"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const QString applicantText =
        u"臨床調査個人票の重症度分類欄が未記入です。主治医に記入を依頼し、"
        "提出してください。"_s;
    const QString note = u"申請者は以前にも同じ不備あり（内部）"_s;
    const auto asked = a->exec(
        u"SELECT kohi_api.application_request_correction($1, $2, $3, $4)"_s,
        {QByteArray::number(s.applicationId), s.version, applicantText.toUtf8(), note.toUtf8()});
    INFO(asked.errorMessage.toStdString());
    REQUIRE(asked.ok);

    QString error;
    const auto loaded = CertificateLoader::load(*c, s.recipientId, s.applicationId, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->correctionRequest == applicantText);
    CHECK(CertificateRenderer::documentsFor(*loaded) ==
          QList<PrintDocument>{PrintDocument::CorrectionNotice});

    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"correction.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, pdf, &error));
    CHECK(startsWithPdfMagic(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const QString flat = squeezed(text);
    CHECK(flat.contains(nfkc(u"補正依頼書"_s)));
    CHECK(flat.contains(nfkc(u"重症度分類欄が未記入です。"_s)));
    CHECK(flat.contains(nfkc(u"難波証子"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"以前にも同じ不備"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"上記のとおり認定します。"_s))); // no certificate page
    CHECK_FALSE(hasMyNumberLikeRun(text));
    CHECK(inkedFraction(renderPage(pdf, tmp.filePath(u"correction.png"_s), 80)) > 0.01);
    CHECK_FALSE(squeezed(everyPrintableText(*loaded, tmp)).contains(nfkc(u"以前にも同じ不備"_s)));

    screenshot(*loaded, PrintDocument::CorrectionNotice, u"correction-notice"_s);
}

TEST_CASE("a 不認定 prints the 不認定通知書 with the 審査会, the reasons and the 教示, and no "
          "internal note",
          "[gui][certificate][decision]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_nc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_na"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const QString reasons = u"提出された臨床調査個人票の内容では、パーキンソン病の診断基準を"
                            "満たしていることが確認できませんでした。"_s;
    const QString note = u"審査会で委員Ａが疑義（内部メモ）"_s;
    const auto rejected = a->exec(
        u"SELECT kohi_api.application_reject($1, $2, $3::date, 'diagnosis_not_met', $4, $5)"_s,
        {QByteArray::number(s.applicationId), s.version,
         QDate::currentDate().toString(Qt::ISODate).toUtf8(), reasons.toUtf8(), note.toUtf8()});
    INFO(rejected.errorMessage.toStdString());
    REQUIRE(rejected.ok);

    QString error;
    // The default choice for a recipient without an approved application is its latest one.
    const auto loaded = CertificateLoader::load(*c, s.recipientId, 0, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->applicationState == u"rejected"_s);
    CHECK(CertificateRenderer::documentsFor(*loaded) ==
          QList<PrintDocument>{PrintDocument::RejectionNotice});

    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"rejection.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, pdf, &error));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const QString flat = squeezed(text);
    CHECK(flat.contains(nfkc(u"不認定通知書"_s)));
    CHECK(flat.contains(nfkc(u"指定難病審査会"_s)));
    CHECK(flat.contains(nfkc(u"診断基準を満たさない"_s)));
    CHECK(flat.contains(nfkc(u"診断基準を満たしていることが確認できませんでした。"_s)));
    CHECK(flat.contains(nfkc(u"難波証子"_s)));
    // The 教示: 審査請求 to the 知事 within 3 months, 取消訴訟 within 6 months.
    CHECK(flat.contains(nfkc(u"（教示）"_s)));
    CHECK(flat.contains(nfkc(u"３か月以内に、大阪府知事に対して審査請求"_s)));
    CHECK(flat.contains(nfkc(u"取消しを求める訴え"_s)));
    CHECK(flat.contains(nfkc(u"６か月以内に、大阪府を被告として"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"委員Ａが疑義"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"受給者証"_s))); // no certificate
    CHECK_FALSE(hasMyNumberLikeRun(text));
    const double ink = inkedFraction(renderPage(pdf, tmp.filePath(u"rejection.png"_s), 80));
    CHECK(ink > 0.02);
    CHECK(ink < 0.5);
    CHECK_FALSE(squeezed(everyPrintableText(*loaded, tmp)).contains(nfkc(u"委員Ａが疑義"_s)));

    screenshot(*loaded, PrintDocument::RejectionNotice, u"rejection-notice"_s);
}

TEST_CASE("a 登録者証 decision prints the 不認定通知書 and a 登録者証 without cap, disease or end",
          "[gui][certificate][decision]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_gc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_ga"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const auto registered = a->exec(
        u"SELECT kohi_api.application_register($1, $2, $3::date, $4, $5) AS d"_s,
        {QByteArray::number(s.applicationId), s.version,
         QDate::currentDate().toString(Qt::ISODate).toUtf8(),
         u"診断基準は満たしますが、重症度分類（Hoehn-Yahr 重症度分類）が２度であり、医療費助成の"
         "基準（３度以上）を満たしていません。"_s.toUtf8(),
         u"軽症高額の該当なし（内部）"_s.toUtf8()});
    INFO(registered.errorMessage.toStdString());
    REQUIRE(registered.ok);

    QString error;
    const auto loaded = CertificateLoader::load(*c, s.recipientId, s.applicationId, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->registeredFrom.isValid());
    CHECK(CertificateRenderer::documentsFor(*loaded) ==
          QList<PrintDocument>{PrintDocument::RejectionNotice,
                               PrintDocument::RegistrationCertificate});

    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"registration.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, {PrintDocument::RegistrationCertificate},
                                              pdf, &error));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const QString flat = squeezed(text);
    CHECK(flat.contains(nfkc(u"登録者証（指定難病）"_s)));
    CHECK(flat.contains(nfkc(u"難波証子"_s)));
    CHECK(flat.contains(nfkc(u"期限の定めはありません"_s)));
    CHECK(flat.contains(nfkc(u"大阪府知事"_s)));
    CHECK_FALSE(flat.contains(nfkc(u"上限"_s)));           // no cap
    CHECK_FALSE(flat.contains(nfkc(u"パーキンソン病"_s))); // no disease name
    CHECK_FALSE(flat.contains(nfkc(u"受給者番号"_s)));
    CHECK_FALSE(hasMyNumberLikeRun(text));
    CHECK(inkedFraction(renderPage(pdf, tmp.filePath(u"registration.png"_s), 80)) > 0.01);

    const QString both = tmp.filePath(u"both.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, both, &error));
    const QString all = squeezed(pdfText(both));
    CHECK(all.contains(nfkc(u"不認定通知書"_s)));
    CHECK(all.contains(nfkc(u"重症度分類等を満たさない"_s)));
    CHECK(all.contains(nfkc(u"登録者証を交付します"_s)));
    CHECK(all.contains(nfkc(u"審査請求"_s)));
    CHECK_FALSE(all.contains(nfkc(u"軽症高額の該当なし"_s)));

    screenshot(*loaded, PrintDocument::RegistrationCertificate, u"registration-certificate"_s);
}

TEST_CASE("a 登録者証-only application prints the 登録者証交付通知書 and the 登録者証, with no "
          "不認定, 教示 or internal note",
          "[gui][certificate][decision][registration-only]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_roc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_roa"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    QJsonObject form = nanbyoForm();
    form.insert(u"diagnosis_date"_s, QDate::currentDate().addDays(-20).toString(Qt::ISODate));
    const auto saved = c->exec(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54',"
                               " 'registration', NULL, $1)"_s,
                               {QJsonDocument(form).toJson(QJsonDocument::Compact)});
    INFO(saved.errorMessage.toStdString());
    REQUIRE(saved.ok);
    REQUIRE(saved.first(u"problems"_s).toString() == u"{}"_s);
    const qint64 applicationId = saved.first(u"id"_s).toLongLong();
    const qint64 recipientId = saved.first(u"recipient_id"_s).toLongLong();
    kohi::db::ApplicationRepository clerkRepository(*c);
    const auto version = clerkRepository.submit(applicationId, saved.first(u"version"_s).toInt());
    REQUIRE(version);
    kohi::db::ApplicationRepository approverRepository(*a);
    const auto from =
        approverRepository.issueRegistration(applicationId, *version, u"本人確認済み（内部）"_s);
    INFO(approverRepository.lastError().message.toStdString());
    REQUIRE(from);

    QString error;
    const auto loaded = CertificateLoader::load(*c, recipientId, applicationId, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->registeredFrom == *from);
    CHECK(CertificateRenderer::documentsFor(*loaded) ==
          QList<PrintDocument>{PrintDocument::RegistrationNotice,
                               PrintDocument::RegistrationCertificate});
    CHECK_FALSE(CertificateRenderer::refusal(*loaded, PrintDocument::RejectionNotice).isEmpty());
    CHECK_FALSE(CertificateRenderer::refusal(*loaded, PrintDocument::Certificate).isEmpty());

    QTemporaryDir tmp;
    const QString both = tmp.filePath(u"registration-only.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, both, &error));
    const QString text = pdfText(both);
    INFO(text.toStdString());
    const QString all = squeezed(text);
    CHECK(all.contains(nfkc(u"登録者証交付通知書"_s)));
    CHECK(all.contains(nfkc(u"指定難病登録者証"_s)));
    CHECK(all.contains(nfkc(u"登録者証を交付することと決定した"_s)));
    CHECK(all.contains(nfkc(u"パーキンソン病"_s))); // the disease on the notice, not on the card
    CHECK(all.contains(nfkc(u"登録者証（指定難病）"_s)));
    CHECK(all.contains(nfkc(u"期限の定めはありません"_s)));
    CHECK_FALSE(all.contains(nfkc(u"不認定"_s)));
    CHECK_FALSE(all.contains(nfkc(u"審査請求"_s)));
    CHECK_FALSE(all.contains(nfkc(u"上限月額"_s)));
    CHECK_FALSE(all.contains(nfkc(u"本人確認済み"_s)));
    CHECK_FALSE(hasMyNumberLikeRun(text));
    CHECK(inkedFraction(renderPage(both, tmp.filePath(u"registration-only.png"_s), 80)) > 0.01);

    screenshot(*loaded, PrintDocument::RegistrationNotice, u"registration-only-notice"_s);
}

TEST_CASE("a withdrawal recorded by the clerk prints the 取下げ受理通知書",
          "[gui][certificate][decision]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"cert_wc"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    REQUIRE(c);

    const Submitted s = saveAndSubmit(*c, nanbyoForm());
    const auto withdrawn = c->exec(u"SELECT kohi_api.application_withdraw($1, $2, $3::date)"_s,
                                   {QByteArray::number(s.applicationId), s.version,
                                    QDate::currentDate().toString(Qt::ISODate).toUtf8()});
    INFO(withdrawn.errorMessage.toStdString());
    REQUIRE(withdrawn.ok);

    QString error;
    const auto loaded = CertificateLoader::load(*c, s.recipientId, s.applicationId, {}, &error);
    REQUIRE(loaded);
    CHECK(CertificateRenderer::documentsFor(*loaded) ==
          QList<PrintDocument>{PrintDocument::WithdrawalNotice});
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"withdrawal.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, pdf, &error));
    const QString flat = squeezed(pdfText(pdf));
    INFO(flat.toStdString());
    CHECK(flat.contains(nfkc(u"申請取下げ受理通知書"_s)));
    CHECK(flat.contains(nfkc(u"取下げ書を受理した"_s)));
    CHECK(flat.contains(nfkc(u"難波証子"_s)));
    CHECK(inkedFraction(renderPage(pdf, tmp.filePath(u"withdrawal.png"_s), 80)) > 0.01);

    screenshot(*loaded, PrintDocument::WithdrawalNotice, u"withdrawal-notice"_s);
}

TEST_CASE("the certificate names its 指定医療機関 and 指定医, and the 自己負担上限額管理票 prints "
          "with it",
          "[gui][certificate][masters]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    QString error;
    REQUIRE(kohi::db::SyntheticMasters::seed(*tdb.admin(), &error));
    const auto clerk = tdb.createStaff(u"cert_dc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"cert_da"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE((c && a));
    QJsonObject form = nanbyoForm();
    form[u"family_name_kana"_s] = u"シテイイリョウ"_s;
    const auto saved =
        c->exec(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                {QJsonDocument(form).toJson(QJsonDocument::Compact)});
    REQUIRE(saved.ok);
    const auto named =
        c->exec(u"SELECT kohi_api.application_designate($1, $2, '2710100011', 'D27-0001') AS v"_s,
                {saved.first(u"id"_s).toByteArray(), saved.first(u"version"_s).toByteArray()});
    INFO(named.errorMessage.toStdString());
    REQUIRE(named.ok);
    const auto submitted =
        c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                {saved.first(u"id"_s).toByteArray(), named.first(u"v"_s).toByteArray()});
    REQUIRE(submitted.ok);
    const auto approved =
        a->exec(u"SELECT kohi_api.application_approve($1, $2) AS n"_s,
                {saved.first(u"id"_s).toByteArray(), submitted.first(u"v"_s).toByteArray()});
    INFO(approved.errorMessage.toStdString());
    REQUIRE(approved.ok);
    const QString number = approved.first(u"n"_s).toString();

    const auto loaded =
        CertificateLoader::load(*c, saved.first(u"recipient_id"_s).toLongLong(), 0, {}, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->institutionCode == u"2710100011"_s);
    CHECK(loaded->institutionName == u"合成府立岸和田総合病院"_s);
    CHECK(loaded->institutionDetail.contains(u"大阪府岸和田市"_s));
    CHECK(loaded->doctorName == u"合成 一郎"_s);
    const QList<PrintDocument> documents = CertificateRenderer::documentsFor(*loaded);
    REQUIRE(documents.contains(PrintDocument::CostLimitSheet));

    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(u"with-sheet.pdf"_s);
    REQUIRE(CertificatePreviewDialog::savePdf(*loaded, pdf, &error));
    const QString info = runTool(u"pdfinfo"_s, {pdf});
    CHECK(info.contains(QRegularExpression(u"Pages:\\s+4"_s)));
    const QString flat = squeezed(pdfText(pdf));
    INFO(flat.toStdString());
    CHECK(flat.contains(nfkc(u"合成府立岸和田総合病院"_s)));
    CHECK(flat.contains(nfkc(u"合成一郎"_s)));
    CHECK(flat.contains(nfkc(u"自己負担上限額管理票"_s)));
    CHECK(flat.contains(nfkc(u"月額自己負担上限額に達しました"_s)));
    CHECK(flat.contains(nfkc(u"医療費総額の記録"_s)));
    // The recipient number on the certificate and on both 管理票 pages (read in layout order:
    // the 管理票 draws each digit in its own cell, which plain extraction may reorder).
    const QString laidOut =
        squeezed(runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
    CHECK(laidOut.count(number) >= 3);
    CHECK_FALSE(hasMyNumberLikeRun(pdfText(pdf)));
    // Each page is painted and fits A4 (nothing runs off the bottom).
    for (int pageNo = 1; pageNo <= 3; ++pageNo) {
        const QString stem = tmp.filePath(u"p%1"_s.arg(pageNo));
        runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, QString::number(pageNo),
                                u"-l"_s, QString::number(pageNo), u"-singlefile"_s, pdf, stem});
        const QImage image(stem + u".png"_s);
        REQUIRE_FALSE(image.isNull());
        CHECK(inkedFraction(image) > 0.02);
    }
    screenshot(*loaded, PrintDocument::Certificate, u"certificate-institution"_s);
    screenshot(*loaded, PrintDocument::CostLimitSheet, u"cost-limit-sheet"_s);
}
