#pragma once

#include "app/client/CertificateData.h"

#include <QList>
#include <QString>

namespace kohi::app {

class PrintCanvas;

// The decision notices sent to the applicant: 承認通知書 (with the 受給者証), 不認定通知書 (審査会,
// reasons, 教示), 登録者証, 取下げ受理通知書 and 補正依頼書. A4, in the layout of a Japanese
// official letter: date and addressee, issuer, title, body, a table of particulars. They print
// only what CertificateData holds for the applicant: never an internal note.
class NoticeRenderer
{
public:
    explicit NoticeRenderer(const CertificateData& data) : m_data(data) {}

    void paintApproval(PrintCanvas& canvas) const;
    void paintRejection(PrintCanvas& canvas) const;
    void paintRegistration(PrintCanvas& canvas) const;
    // 登録者証交付通知書: the decision on a 登録者証-only application (no 審査会, no 不認定).
    void paintRegistrationIssued(PrintCanvas& canvas) const;
    void paintWithdrawal(PrintCanvas& canvas) const;
    void paintCorrection(PrintCanvas& canvas) const;

private:
    struct Row
    {
        QString label;
        QString value;
        double minHeightMm = 11;
    };
    // Date, addressee, issuer and the title; returns where the body starts (mm).
    // `subject` under the title: empty for 「<programme>支給認定」.
    double paintHeading(PrintCanvas& canvas, const QString& title,
                        const QString& subject = {}) const;
    // A two-column table of particulars; returns its bottom (mm).
    double paintTable(PrintCanvas& canvas, double y, const QList<Row>& rows) const;
    void paintContact(PrintCanvas& canvas, double y) const;
    // A titled, ruled box of running text (the 教示); returns its bottom (mm).
    double paintTextBox(PrintCanvas& canvas, double y, const QString& title, const QString& text,
                        double pointSize) const;

    const CertificateData& m_data;
};

} // namespace kohi::app
