#include "app/client/NoticeRenderer.h"

#include "app/client/PrintCanvas.h"
#include "core/validation/JapaneseEra.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr double kWidth = 180;
constexpr double kLabel = 44;

QString receivedText(const CertificateData& d)
{
    return d.receivedDate.isValid() ? formatJapaneseDate(d.receivedDate) + u"付けで"_s : QString();
}

} // namespace

double NoticeRenderer::paintHeading(PrintCanvas& canvas, const QString& title,
                                    const QString& subject) const
{
    canvas.text(QRectF(90, 0, 90, 7), formatJapaneseDate(m_data.issueDate), 10.5,
                Qt::AlignRight | Qt::AlignVCenter, false, 0);
    QString address = m_data.address;
    if (!m_data.postalCode.isEmpty())
        address = u"〒"_s + m_data.postalCode + u"\n"_s + address;
    canvas.text(QRectF(0, 10, 100, 14), address, 10.5, Qt::AlignLeft | Qt::AlignTop, false, 0);
    canvas.text(QRectF(0, 26, 100, 10), m_data.addresseeName() + u"　様"_s, 14,
                Qt::AlignLeft | Qt::AlignVCenter, false, 0);
    canvas.line(0, 36, 90, 36, 0.2);
    canvas.text(QRectF(80, 42, 100, 10), m_data.issuer, 13, Qt::AlignRight | Qt::AlignVCenter,
                false, 0);
    canvas.text(QRectF(0, 60, kWidth, 12), title, 18, Qt::AlignCenter, true);
    canvas.text(QRectF(0, 72, kWidth, 8),
                subject.isEmpty() ? m_data.programmeName + u"支給認定"_s : subject, 11,
                Qt::AlignCenter);
    return 86;
}

double NoticeRenderer::paintTable(PrintCanvas& canvas, double y, const QList<Row>& rows) const
{
    const double top = y;
    for (const Row& row : rows) {
        const double h =
            std::max(row.minHeightMm, canvas.textHeight(kWidth - kLabel - 5, row.value, 11.5) + 4);
        canvas.labelCell(QRectF(0, y, kLabel, h), row.label, 10.5);
        canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h), row.value, 11.5, false,
                         Qt::AlignLeft | (h > 12 ? Qt::AlignTop : Qt::AlignVCenter));
        y += h;
    }
    canvas.box(QRectF(0, top, kWidth, y - top), 0.5);
    return y;
}

void NoticeRenderer::paintContact(PrintCanvas& canvas, double y) const
{
    if (m_data.healthCentreName.isEmpty())
        return;
    canvas.text(QRectF(90, y, 90, 8), u"（お問い合わせ先）　"_s + m_data.healthCentreName, 10.5,
                Qt::AlignRight | Qt::AlignVCenter, false, 0);
}

void NoticeRenderer::paintApproval(PrintCanvas& canvas) const
{
    double y = paintHeading(canvas, u"承認通知書"_s);
    const QString body =
        u"%1申請のあった%2の支給認定（%3）について、次のとおり認定したので通知します。"_s.arg(
            receivedText(m_data), m_data.programmeName, m_data.kindLabel());
    canvas.text(QRectF(0, y, kWidth, 16), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    const bool standard = m_data.specialCase.isEmpty() || m_data.specialCase == u"standard"_s;
    y = paintTable(canvas, y + 18,
                   {{u"受給者番号"_s, m_data.recipientNumber},
                    {u"公費負担者番号"_s, m_data.publicPayerNumber},
                    {u"受診者氏名"_s, m_data.fullName()},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                    {u"疾病名"_s, m_data.diseaseName},
                    {u"階層区分"_s, m_data.incomeTierLabel}, // Osaka's term
                    {u"特例"_s, standard ? u"―"_s : m_data.specialCaseLabel},
                    {u"自己負担上限月額"_s, m_data.monthlyCapText()},
                    {u"有効期間"_s, m_data.validityText()}});
    canvas.text(QRectF(0, y + 6, kWidth, 16),
                u"受給者証を同封します。医療機関・薬局等で受診するときは、被保険者証等と一緒に"
                "必ず窓口に提示してください。"_s,
                10.5, Qt::AlignLeft | Qt::AlignTop, false, 2);
    paintContact(canvas, y + 26);
}

double NoticeRenderer::paintTextBox(PrintCanvas& canvas, double y, const QString& title,
                                    const QString& text, double pointSize) const
{
    const double h = canvas.textHeight(kWidth - 8, text, pointSize) + 12;
    canvas.box(QRectF(0, y, kWidth, h), 0.25);
    canvas.text(QRectF(0, y + 1, kWidth, 7), title, 10, Qt::AlignLeft, true, 4);
    canvas.text(QRectF(0, y + 8, kWidth, h - 8), text, pointSize, Qt::AlignLeft | Qt::AlignTop,
                false, 4);
    return y + h;
}

void NoticeRenderer::paintRejection(PrintCanvas& canvas) const
{
    double y = paintHeading(canvas, u"不認定通知書"_s);
    const QString council =
        m_data.programme == u"54"_s ? u"指定難病審査会"_s : u"小児慢性特定疾病審査会"_s;
    const QString body =
        u"%1申請のあった%2の支給認定（%3）について、%4の意見を聴いて審査した結果、次の理由により"
        "認定しないことと決定したので通知します。"_s.arg(receivedText(m_data), m_data.programmeName,
                                                         m_data.kindLabel(), council);
    canvas.text(QRectF(0, y, kWidth, 16), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    y = paintTable(canvas, y + 18,
                   {{u"受付年月日"_s, formatJapaneseDate(m_data.receivedDate), 9},
                    {u"受診者氏名"_s, m_data.fullName(), 9},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate), 9},
                    {u"申請疾病名"_s, m_data.diseaseName, 9},
                    {council + u"開催日"_s, formatJapaneseDate(m_data.councilDate), 9},
                    {u"審査の結果"_s, m_data.councilResultLabel(), 9},
                    {u"不認定の理由"_s, m_data.decisionReasons, 20}});
    if (m_data.applicationState == u"registered"_s) {
        canvas.text(QRectF(0, y + 3, kWidth, 12),
                    u"なお、指定難病等にかかっていることが確認されたため、登録者証を交付します"
                    "（同封）。登録者証では医療費の助成は受けられません。"_s,
                    10.5, Qt::AlignLeft | Qt::AlignTop, false, 2);
        y += 12;
    }
    // The 教示 in full, smaller: the whole notice stays on one A4 page.
    y = paintTextBox(canvas, y + 5, u"（教示）"_s, m_data.appealInstruction, 8.5);
    paintContact(canvas, y + 4);
}

void NoticeRenderer::paintRegistration(PrintCanvas& canvas) const
{
    // No disease name, no cap, no end date: the 登録者証 proves the disease, it pays nothing.
    const QString kind = m_data.programme == u"52"_s ? u"小児慢性特定疾病"_s : u"指定難病"_s;
    canvas.text(QRectF(0, 2, kWidth, 14), u"登録者証（%1）"_s.arg(kind), 19, Qt::AlignCenter, true);
    double y = paintTable(canvas, 24,
                          {{u"フリガナ"_s, m_data.fullKana(), 9},
                           {u"氏名"_s, m_data.fullName(), 12},
                           {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                           {u"住所"_s, m_data.address, 14},
                           {u"有効期間"_s, u"%1から（期限の定めはありません）"_s.arg(
                                               formatJapaneseDate(m_data.registeredFrom))}});
    y += 6;
    canvas.text(QRectF(0, y, kWidth, 8),
                u"上記の者は、%1にかかっていることを証明します。"_s.arg(kind), 11, Qt::AlignLeft,
                false, 4);
    canvas.text(QRectF(0, y + 10, kWidth, 8),
                u"交付年月日　"_s + formatJapaneseDate(m_data.issueDate), 11, Qt::AlignLeft, false,
                4);
    canvas.text(QRectF(70, y + 18, 86, 12), m_data.issuer, 15, Qt::AlignRight | Qt::AlignVCenter);
    canvas.box(QRectF(160, y + 17, 14, 14), 0.25);
    canvas.text(QRectF(160, y + 17, 14, 14), u"印"_s, 10, Qt::AlignCenter, false, 0);
    paintTextBox(canvas, y + 38, u"注意事項"_s,
                 u"１　この証は、福祉サービスや就労支援などを利用するときに、%1の患者であることの"
                 "証明として使うことができます。\n"
                 "２　この証で医療費の助成を受けることはできません。医療費の助成には別に支給認定の"
                 "申請が必要です。\n"
                 "３　住所・氏名に変更があったときは、速やかに届け出てください。\n"
                 "４　この証を他人に譲り渡したり、貸したりしてはいけません。"_s.arg(kind),
                 9.5);
}

void NoticeRenderer::paintRegistrationIssued(PrintCanvas& canvas) const
{
    const QString kind = m_data.programme == u"52"_s ? u"小児慢性特定疾病"_s : u"指定難病"_s;
    double y = paintHeading(canvas, u"登録者証交付通知書"_s, kind + u"登録者証"_s);
    const QString body =
        u"%1申請のあった%2の登録者証の交付について、%2にかかっていることが確認されたため、"
        "次のとおり登録者証を交付することと決定したので通知します。"_s.arg(receivedText(m_data),
                                                                           kind);
    canvas.text(QRectF(0, y, kWidth, 16), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    y = paintTable(canvas, y + 18,
                   {{u"受付年月日"_s, formatJapaneseDate(m_data.receivedDate)},
                    {u"氏名"_s, m_data.fullName()},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                    {u"疾病名"_s, m_data.diseaseName},
                    {u"登録者証の有効期間"_s, u"%1から（期限の定めはありません）"_s.arg(
                                                  formatJapaneseDate(m_data.registeredFrom))}});
    canvas.text(QRectF(0, y + 6, kWidth, 16),
                u"登録者証を同封します。登録者証では医療費の助成は受けられません。医療費の助成を"
                "希望する場合は、別に支給認定の申請をしてください。"_s,
                10.5, Qt::AlignLeft | Qt::AlignTop, false, 2);
    paintContact(canvas, y + 26);
}

void NoticeRenderer::paintWithdrawal(PrintCanvas& canvas) const
{
    double y = paintHeading(canvas, u"申請取下げ受理通知書"_s);
    const QString body =
        u"%1申請のあった%2の支給認定（%3）について、%4付けで取下げ書を受理したので通知します。"
        "この申請は、取下げにより終了しました。"_s.arg(receivedText(m_data), m_data.programmeName,
                                                       m_data.kindLabel(),
                                                       formatJapaneseDate(m_data.withdrawnOn));
    canvas.text(QRectF(0, y, kWidth, 16), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    y = paintTable(canvas, y + 18,
                   {{u"受付年月日"_s, formatJapaneseDate(m_data.receivedDate)},
                    {u"申請区分"_s, m_data.kindLabel()},
                    {u"受診者氏名"_s, m_data.fullName()},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                    {u"取下げ書受付日"_s, formatJapaneseDate(m_data.withdrawnOn)}});
    paintContact(canvas, y + 8);
}

void NoticeRenderer::paintCorrection(PrintCanvas& canvas) const
{
    double y = paintHeading(canvas, u"補正依頼書"_s);
    const QString body =
        u"%1受け付けた%2の支給認定の申請（%3）について、審査のため次の事項の補正をお願いします。"
        "補正した書類または不足する書類を、保健所に提出してください。"_s.arg(
            receivedText(m_data), m_data.programmeName, m_data.kindLabel());
    canvas.text(QRectF(0, y, kWidth, 22), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    y = paintTable(canvas, y + 24,
                   {{u"受付年月日"_s, formatJapaneseDate(m_data.receivedDate)},
                    {u"申請区分"_s, m_data.kindLabel()},
                    {u"受診者氏名"_s, m_data.fullName()},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                    {u"補正を求める事項"_s, m_data.correctionRequest, 40}});
    paintContact(canvas, y + 8);
}

} // namespace kohi::app
