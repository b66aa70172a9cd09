#include "app/client/CostLimitSheetRenderer.h"

#include "app/client/PrintCanvas.h"
#include "core/validation/JapaneseEra.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr double kWidth = 180;

// 「令和7年4月」: the 和暦 month of a date.
QString japaneseMonth(QDate date)
{
    QString text = formatJapaneseDate(QDate(date.year(), date.month(), 1));
    if (text.endsWith(u"1日"_s))
        text.chop(2);
    return text;
}

} // namespace

QString CostLimitSheetRenderer::title() const
{
    return m_data.programme == u"54"_s ? u"特定医療費（指定難病）自己負担上限額管理票"_s
                                       : u"小児慢性特定疾病医療費 自己負担上限額管理票"_s;
}

double CostLimitSheetRenderer::paintHead(PrintCanvas& canvas, double y) const
{
    // 受診者名 / 受給者番号 / 月額自己負担上限額, as the institutions read them at the window.
    canvas.labelCell(QRectF(0, y, 28, 12), u"受診者名"_s);
    canvas.valueCell(QRectF(28, y, 62, 12), m_data.fullName(), 13, true);
    canvas.labelCell(QRectF(90, y, 28, 12), u"受給者番号"_s);
    canvas.digitCells(QRectF(118, y, 62, 12), m_data.recipientNumber, 12);
    y += 12;
    canvas.labelCell(QRectF(0, y, 28, 12), u"公費負担者番号"_s, 8.5);
    canvas.digitCells(QRectF(28, y, 62, 12), m_data.publicPayerNumber, 12);
    canvas.labelCell(QRectF(90, y, 28, 12), u"月額自己負担\n上限額"_s, 8.5);
    canvas.valueCell(QRectF(118, y, 62, 12), m_data.monthlyCapText(), 15, true,
                     Qt::AlignRight | Qt::AlignVCenter);
    y += 12;
    canvas.labelCell(QRectF(0, y, 28, 9), u"有効期間"_s, 9);
    canvas.valueCell(QRectF(28, y, 152, 9), m_data.validityText(), 10);
    y += 9;
    canvas.box(QRectF(0, y - 33, kWidth, 33), 0.5);
    return y;
}

void CostLimitSheetRenderer::paintMonthSheet(PrintCanvas& canvas) const
{
    canvas.text(QRectF(0, 0, kWidth, 10), title(), 15, Qt::AlignCenter, true);
    canvas.text(QRectF(0, 10, kWidth, 8), u"令和　　年　　月分"_s, 12, Qt::AlignCenter);
    double y = paintHead(canvas, 21);

    // The box the institution fills in when the month's payments reach the cap.
    y += 5;
    canvas.text(QRectF(0, y, kWidth, 7), u"下記のとおり月額自己負担上限額に達しました。"_s, 10,
                Qt::AlignLeft | Qt::AlignVCenter, false, 0);
    y += 7;
    canvas.labelCell(QRectF(0, y, 30, 8), u"日付"_s, 9);
    canvas.labelCell(QRectF(30, y, 115, 8), u"指定医療機関名"_s, 9);
    canvas.labelCell(QRectF(145, y, 35, 8), u"確認印"_s, 9);
    y += 8;
    for (int i = 0; i < 2; ++i, y += 11) {
        canvas.box(QRectF(0, y, 30, 11));
        canvas.text(QRectF(0, y, 30, 11), u"月　　日"_s, 9, Qt::AlignRight | Qt::AlignVCenter);
        canvas.box(QRectF(30, y, 115, 11));
        canvas.box(QRectF(145, y, 35, 11));
    }

    // One line per visit or dispensing: what was charged and the month's running total.
    y += 5;
    const double cols[] = {0, 22, 74, 104, 130, 160, kWidth};
    const QString heads[] = {u"日付"_s,
                             u"指定医療機関名"_s,
                             u"医療費総額\n（10割分）"_s,
                             u"自己負担額"_s,
                             u"自己負担の累積額\n（月額）"_s,
                             u"徴収印"_s};
    for (int c = 0; c < 6; ++c)
        canvas.labelCell(QRectF(cols[c], y, cols[c + 1] - cols[c], 12), heads[c], 8.5);
    y += 12;
    const double rowHeight = 9.8;
    const int rows = int((canvas.height() - 14 - y) / rowHeight);
    for (int r = 0; r < rows; ++r, y += rowHeight) {
        for (int c = 0; c < 6; ++c)
            canvas.box(QRectF(cols[c], y, cols[c + 1] - cols[c], rowHeight));
        canvas.text(QRectF(cols[0], y, cols[1] - cols[0], rowHeight), u"月　日"_s, 8,
                    Qt::AlignRight | Qt::AlignVCenter, false, 1);
        for (int c = 2; c < 5; ++c)
            canvas.text(QRectF(cols[c], y, cols[c + 1] - cols[c], rowHeight), u"円"_s, 8,
                        Qt::AlignRight | Qt::AlignVCenter, false, 1);
    }
    canvas.text(
        QRectF(0, y + 2, kWidth, 12),
        u"※ 指定医療機関は、受診の都度、自己負担額と累積額を記入し、上限額に達したときは上の欄に"
        "確認印を押してください。この票は受給者証と一緒に提示してください。"_s,
        8, Qt::AlignLeft | Qt::AlignTop, false, 0);
}

void CostLimitSheetRenderer::paintMonthlyTotals(PrintCanvas& canvas) const
{
    canvas.text(QRectF(0, 0, kWidth, 10), u"医療費総額の記録（月ごと）"_s, 15, Qt::AlignCenter,
                true);
    canvas.text(QRectF(0, 10, kWidth, 8), title(), 10, Qt::AlignCenter);
    double y = paintHead(canvas, 21);
    y += 5;
    canvas.text(QRectF(0, y, kWidth, 12),
                u"高額かつ長期（医療費総額が5万円を超える月が12か月以内に6回以上）・軽症高額（33,"
                u"330円を超え"
                "る月が3回以上）の申請に使います。月の終わりに、その月の医療費総額（10割分）を記入"
                "してくださ"
                "い。"_s,
                9, Qt::AlignLeft | Qt::AlignTop, false, 0);
    y += 14;
    const double cols[] = {0, 34, 84, 124, 154, kWidth};
    const QString heads[] = {u"年月"_s, u"医療費総額（10割分）"_s, u"自己負担額（月額）"_s,
                             u"上限額到達"_s, u"確認印"_s};
    for (int c = 0; c < 5; ++c)
        canvas.labelCell(QRectF(cols[c], y, cols[c + 1] - cols[c], 10), heads[c], 8.5);
    y += 10;
    // The months of the validity period (12 when it is not known).
    QDate month = m_data.validFrom.isValid() ? m_data.validFrom : m_data.issueDate;
    month = QDate(month.year(), month.month(), 1);
    int months = 12;
    if (m_data.validFrom.isValid() && m_data.validTo.isValid())
        months = qBound(1,
                        (m_data.validTo.year() - month.year()) * 12 + m_data.validTo.month() -
                            month.month() + 1,
                        15);
    const double rowHeight = 11;
    for (int r = 0; r < months; ++r, y += rowHeight, month = month.addMonths(1)) {
        for (int c = 0; c < 5; ++c)
            canvas.box(QRectF(cols[c], y, cols[c + 1] - cols[c], rowHeight));
        canvas.text(QRectF(cols[0], y, cols[1] - cols[0], rowHeight), japaneseMonth(month), 9.5,
                    Qt::AlignCenter);
        for (int c = 1; c < 3; ++c)
            canvas.text(QRectF(cols[c], y, cols[c + 1] - cols[c], rowHeight), u"円"_s, 8.5,
                        Qt::AlignRight | Qt::AlignVCenter, false, 1.5);
        canvas.text(QRectF(cols[3], y, cols[4] - cols[3], rowHeight), u"済 ・ 未"_s, 8.5,
                    Qt::AlignCenter);
    }
    canvas.text(QRectF(0, y + 4, kWidth, 8),
                u"交付　"_s + formatJapaneseDate(m_data.issueDate) + u"　　"_s + m_data.issuer, 10,
                Qt::AlignRight | Qt::AlignVCenter, false, 0);
}

} // namespace kohi::app
