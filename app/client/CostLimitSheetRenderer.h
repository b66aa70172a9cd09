#pragma once

#include "app/client/CertificateData.h"

namespace kohi::app {

class PrintCanvas;

// The 自己負担上限額管理票 handed out with the certificate (the national form the 指定医療機関
// fill in as they collect the co-payment): page 1 is one month's sheet — 受診者名, 受給者番号 and
// 月額自己負担上限額 at the head, the box where the institution confirms that the cap was
// reached, and the table of dates, 指定医療機関名, 医療費総額（10割分）, 自己負担額, the
// month's running total and 徴収印; page 2 is the record of each month's 医療費総額 over the
// validity period, from which 高額かつ長期 and 軽症高額 are decided later.
class CostLimitSheetRenderer
{
public:
    explicit CostLimitSheetRenderer(const CertificateData& data) : m_data(data) {}

    static constexpr int kPages = 2;
    void paintMonthSheet(PrintCanvas& canvas) const;
    void paintMonthlyTotals(PrintCanvas& canvas) const;

    QString title() const;

private:
    double paintHead(PrintCanvas& canvas, double y) const;

    const CertificateData& m_data;
};

} // namespace kohi::app
