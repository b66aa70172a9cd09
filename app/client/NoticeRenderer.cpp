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

double NoticeRenderer::paintHeading(PrintCanvas& canvas, const QString& title) const
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
    canvas.text(QRectF(0, 72, kWidth, 8), m_data.programmeName + u"支給認定"_s, 11,
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

void NoticeRenderer::paintReturn(PrintCanvas& canvas) const
{
    double y = paintHeading(canvas, u"差戻し通知書"_s);
    const QString body =
        u"%1受け付けた%2の支給認定の申請（%3）について、次の理由により差し戻します。"
        "内容を確認のうえ、訂正または必要な書類を添えて、あらためて提出してください。"_s.arg(
            receivedText(m_data), m_data.programmeName, m_data.kindLabel());
    canvas.text(QRectF(0, y, kWidth, 22), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    y = paintTable(canvas, y + 24,
                   {{u"受付年月日"_s, formatJapaneseDate(m_data.receivedDate)},
                    {u"申請区分"_s, m_data.kindLabel()},
                    {u"受診者氏名"_s, m_data.fullName()},
                    {u"生年月日"_s, formatJapaneseDate(m_data.birthDate)},
                    {u"疾病名"_s, m_data.diseaseName},
                    {u"差戻しの理由"_s, m_data.returnReason, 40}});
    paintContact(canvas, y + 8);
}

} // namespace kohi::app
