#pragma once

#include "db/RenewalBatchRepository.h"

namespace kohi::app {

class PrintCanvas;

// The renewal notice of the yearly mass renewal (一斉更新): page 1 is the letter
// (更新申請のお知らせ: the certificate's end, the deadline, the 保健所 to apply at, what to
// bring), page 2 the application form prefilled from the register for the applicant to check
// and sign. The My Number box on the form is left blank for the applicant: no notice ever
// carries a My Number (the data has none).
class RenewalNoticeRenderer
{
public:
    explicit RenewalNoticeRenderer(const db::RenewalNotice& notice) : m_notice(notice) {}

    static constexpr int kPages = 2;
    void paintLetter(PrintCanvas& canvas) const;
    void paintForm(PrintCanvas& canvas) const;

    QString addresseeName() const; // the guardian of a minor, else the recipient
    QString fullName() const;
    QString fullKana() const;

private:
    const db::RenewalNotice& m_notice;
};

} // namespace kohi::app
