#include "app/client/CertificateRenderer.h"

#include "app/client/CostLimitSheetRenderer.h"
#include "app/client/NoticeRenderer.h"
#include "app/client/PrintCanvas.h"
#include "core/validation/JapaneseEra.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

// Columns of the certificate table (mm): section label, field label, value.
constexpr double kWidth = 180;
constexpr double kSection = 22;
constexpr double kLabel = 30;
constexpr double kValue = kSection + kLabel;

QString orDash(const QString& s)
{
    return s.isEmpty() ? u"―"_s : s;
}

} // namespace

CertificateRenderer::CertificateRenderer(CertificateData data) : m_data(std::move(data)) {}

QList<PrintDocument> CertificateRenderer::documentsFor(const CertificateData& data)
{
    if (refusal(data, PrintDocument::Certificate).isEmpty())
        return {PrintDocument::Certificate, PrintDocument::CostLimitSheet,
                PrintDocument::ApprovalNotice};
    if (refusal(data, PrintDocument::RegistrationNotice).isEmpty())
        return {PrintDocument::RegistrationNotice, PrintDocument::RegistrationCertificate};
    if (refusal(data, PrintDocument::RegistrationCertificate).isEmpty() &&
        refusal(data, PrintDocument::RejectionNotice).isEmpty())
        return {PrintDocument::RejectionNotice, PrintDocument::RegistrationCertificate};
    for (const PrintDocument letter :
         {PrintDocument::RejectionNotice, PrintDocument::WithdrawalNotice,
          PrintDocument::CorrectionNotice}) {
        if (refusal(data, letter).isEmpty())
            return {letter};
    }
    return {};
}

QString CertificateRenderer::refusal(const CertificateData& data, PrintDocument document)
{
    switch (document) {
    case PrintDocument::Certificate:
    case PrintDocument::CostLimitSheet:
        return data.certificateRefusal();
    case PrintDocument::ApprovalNotice:
        return data.approvalNoticeRefusal();
    case PrintDocument::RejectionNotice:
        return data.rejectionNoticeRefusal();
    case PrintDocument::RegistrationCertificate:
        return data.registrationRefusal();
    case PrintDocument::RegistrationNotice:
        return data.registrationNoticeRefusal();
    case PrintDocument::WithdrawalNotice:
        return data.withdrawalNoticeRefusal();
    case PrintDocument::CorrectionNotice:
        return data.correctionNoticeRefusal();
    }
    return u"不明な書類です。"_s;
}

bool CertificateRenderer::print(QPagedPaintDevice& device, const QList<PrintDocument>& documents,
                                QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (documents.isEmpty())
        return fail(u"この申請の状態では印刷できる書類がありません。"_s);
    for (const PrintDocument document : documents) {
        const QString why = refusal(m_data, document);
        if (!why.isEmpty())
            return fail(why);
    }
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(u"印刷先を開けませんでした（書き込み先やプリンターを確認してください）。"_s);
    const QRectF area = device.pageLayout().paintRect(QPageLayout::Millimeter);
    PrintCanvas canvas(painter, double(device.width()) / area.width(), area.width(), area.height());
    const NoticeRenderer notices(m_data);
    const CostLimitSheetRenderer sheet(m_data);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            device.newPage();
        switch (documents.at(i)) {
        case PrintDocument::Certificate:
            paintCertificate(canvas);
            break;
        case PrintDocument::CostLimitSheet:
            sheet.paintMonthSheet(canvas);
            device.newPage();
            sheet.paintMonthlyTotals(canvas);
            break;
        case PrintDocument::ApprovalNotice:
            notices.paintApproval(canvas);
            break;
        case PrintDocument::RejectionNotice:
            notices.paintRejection(canvas);
            break;
        case PrintDocument::RegistrationCertificate:
            notices.paintRegistration(canvas);
            break;
        case PrintDocument::RegistrationNotice:
            notices.paintRegistrationIssued(canvas);
            break;
        case PrintDocument::WithdrawalNotice:
            notices.paintWithdrawal(canvas);
            break;
        case PrintDocument::CorrectionNotice:
            notices.paintCorrection(canvas);
            break;
        }
    }
    return painter.end() || fail(u"印刷を完了できませんでした。"_s);
}

void CertificateRenderer::paintCertificate(PrintCanvas& canvas) const
{
    canvas.text(QRectF(0, 2, kWidth, 14), m_data.certificateTitle(), 19, Qt::AlignCenter, true);
    double y = 22;
    const double top = y;
    // 公費負担者番号 and 受給者番号 side by side, one digit per box.
    canvas.labelCell(QRectF(0, y, kLabel, 12), u"公費負担者番号"_s);
    canvas.digitCells(QRectF(kLabel, y, 60, 12), m_data.publicPayerNumber);
    canvas.labelCell(QRectF(90, y, kLabel, 12), u"受給者番号"_s);
    canvas.digitCells(QRectF(90 + kLabel, y, 60, 12), m_data.recipientNumber);
    y = paintIdentity(canvas, y + 12);
    y = paintGuardianAndInsurance(canvas, y);
    y = paintBenefit(canvas, y);
    y = paintInstitution(canvas, y);
    canvas.box(QRectF(0, top, kWidth, y - top), 0.6);
    paintFooter(canvas, y);
}

double CertificateRenderer::paintIdentity(PrintCanvas& canvas, double y) const
{
    const double sexX = kWidth - 28;
    canvas.labelCell(QRectF(0, y, kSection, 48), u"受診者"_s, 11);
    canvas.labelCell(QRectF(kSection, y, kLabel, 8), u"フリガナ"_s, 8.5);
    canvas.valueCell(QRectF(kValue, y, sexX - kValue, 8), m_data.fullKana(), 9.5);
    canvas.labelCell(QRectF(kSection, y + 8, kLabel, 14), u"氏名"_s);
    canvas.valueCell(QRectF(kValue, y + 8, sexX - kValue, 14), m_data.fullName(), 16, true);
    canvas.labelCell(QRectF(sexX, y, 14, 22), u"性別"_s);
    canvas.valueCell(QRectF(sexX + 14, y, 14, 22), m_data.sexLabel(), 12, false, Qt::AlignCenter);
    canvas.labelCell(QRectF(kSection, y + 22, kLabel, 10), u"生年月日"_s);
    canvas.valueCell(QRectF(kValue, y + 22, kWidth - kValue, 10),
                     formatJapaneseDate(m_data.birthDate));
    canvas.labelCell(QRectF(kSection, y + 32, kLabel, 16), u"住所"_s);
    const QString postal = m_data.postalCode.isEmpty() ? QString() : u"〒"_s + m_data.postalCode;
    canvas.valueCell(QRectF(kValue, y + 32, kWidth - kValue, 16),
                     postal.isEmpty() ? m_data.address : postal + u"\n"_s + m_data.address, 10.5);
    return y + 48;
}

double CertificateRenderer::paintGuardianAndInsurance(PrintCanvas& canvas, double y) const
{
    const double relX = kWidth - 36;
    canvas.labelCell(QRectF(0, y, kSection, 19), u"保護者\n（18歳未満\nの場合）"_s, 9);
    canvas.labelCell(QRectF(kSection, y, kLabel, 8), u"フリガナ"_s, 8.5);
    canvas.valueCell(QRectF(kValue, y, relX - kValue, 8), m_data.guardianKana, 9.5);
    canvas.labelCell(QRectF(kSection, y + 8, kLabel, 11), u"氏名"_s);
    canvas.valueCell(QRectF(kValue, y + 8, relX - kValue, 11), m_data.guardianName, 12);
    canvas.labelCell(QRectF(relX, y, 14, 19), u"続柄"_s);
    canvas.valueCell(QRectF(relX + 14, y, 22, 19), m_data.guardianRelationship, 10.5, false,
                     Qt::AlignCenter);
    y += 19;
    canvas.labelCell(QRectF(0, y, kSection, 20), u"医療保険"_s, 10);
    canvas.labelCell(QRectF(kSection, y, kLabel, 10), u"保険者番号"_s);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 10), m_data.insurerNumber, 12);
    canvas.labelCell(QRectF(kSection, y + 10, kLabel, 10), u"被保険者証の\n記号・番号"_s, 8);
    QString symbolNumber;
    if (!m_data.insuranceSymbol.isEmpty() || !m_data.insuranceNumber.isEmpty())
        symbolNumber = u"記号　%1　　番号　%2"_s.arg(orDash(m_data.insuranceSymbol),
                                                     orDash(m_data.insuranceNumber));
    canvas.valueCell(QRectF(kValue, y + 10, kWidth - kValue, 10), symbolNumber, 11);
    return y + 20;
}

double CertificateRenderer::paintBenefit(PrintCanvas& canvas, double y) const
{
    const QString disease = m_data.programme == u"54"_s ? u"指定難病名"_s : u"疾病名"_s;
    canvas.labelCell(QRectF(0, y, kValue, 14), disease, 10.5);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 14), m_data.diseaseName, 13);
    y += 14;
    // Osaka's certificates print 階層区分 (the national term is 所得区分).
    canvas.labelCell(QRectF(0, y, kValue, 10), u"階層区分"_s, 10.5);
    canvas.valueCell(QRectF(kValue, y, 50, 10), m_data.incomeTierLabel, 11.5);
    canvas.labelCell(QRectF(kValue + 50, y, 24, 10), u"特例"_s, 10.5);
    const bool standard = m_data.specialCase.isEmpty() || m_data.specialCase == u"standard"_s;
    canvas.valueCell(QRectF(kValue + 74, y, kWidth - kValue - 74, 10),
                     standard ? u"―"_s : m_data.specialCaseLabel, 11.5);
    y += 10;
    canvas.labelCell(QRectF(0, y, kValue, 14), u"自己負担上限月額"_s, 10.5);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 14), m_data.monthlyCapText(), 16, true);
    y += 14;
    canvas.labelCell(QRectF(0, y, kValue, 12), u"有効期間"_s, 10.5);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 12), m_data.validityText(), 12);
    return y + 12;
}

double CertificateRenderer::paintInstitution(PrintCanvas& canvas, double y) const
{
    // 指定医療機関 (the one named on the application) and the 指定医 who wrote the 臨床調査個人票
    // (医療意見書); a dash when none was named.
    canvas.labelCell(QRectF(0, y, kValue, 13), u"指定医療機関"_s, 10.5);
    const QString institution =
        m_data.institutionName.isEmpty()
            ? u"―"_s
            : m_data.institutionName + (m_data.institutionDetail.isEmpty()
                                            ? QString()
                                            : u"\n"_s + m_data.institutionDetail);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 13), institution, 11);
    y += 13;
    canvas.labelCell(QRectF(0, y, kValue, 8), u"指定医"_s, 9.5);
    canvas.valueCell(QRectF(kValue, y, kWidth - kValue, 8), orDash(m_data.doctorName), 10);
    return y + 8;
}

void CertificateRenderer::paintFooter(PrintCanvas& canvas, double y) const
{
    y += 6;
    canvas.text(QRectF(0, y, kWidth, 8), u"上記のとおり認定します。"_s, 11, Qt::AlignLeft, false,
                4);
    canvas.text(QRectF(0, y + 10, kWidth, 8),
                u"交付年月日　"_s + formatJapaneseDate(m_data.issueDate), 11, Qt::AlignLeft, false,
                4);
    canvas.text(QRectF(70, y + 18, 86, 12), m_data.issuer, 15, Qt::AlignRight | Qt::AlignVCenter);
    canvas.box(QRectF(160, y + 17, 14, 14), 0.25);
    canvas.text(QRectF(160, y + 17, 14, 14), u"印"_s, 10, Qt::AlignCenter, false, 0);

    const double notesTop = y + 38;
    const QString notes =
        u"１　医療機関・薬局等で受診するときは、必ずこの証を被保険者証等と一緒に窓口に提示して"
        "ください。\n"
        "２　指定医療機関で受けた医療に限り、自己負担上限月額までの負担となります。\n"
        "３　住所・氏名・加入している医療保険などに変更があったときは、速やかに届け出てください。\n"
        "４　有効期間が過ぎたとき、または受給資格がなくなったときは、この証を返還してください。\n"
        "５　この証を他人に譲り渡したり、貸したりしてはいけません。"_s;
    const double h = canvas.textHeight(kWidth - 8, notes, 9) + 12;
    canvas.box(QRectF(0, notesTop, kWidth, h), 0.25);
    canvas.text(QRectF(0, notesTop + 1, kWidth, 7), u"注意事項"_s, 10, Qt::AlignLeft, true, 4);
    canvas.text(QRectF(0, notesTop + 8, kWidth, h - 8), notes, 9, Qt::AlignLeft | Qt::AlignTop,
                false, 4);
}

} // namespace kohi::app
