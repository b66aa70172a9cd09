#pragma once

#include "app/client/CertificateData.h"

#include <QList>
#include <QString>

namespace kohi::app {

class PrintCanvas;

// The decision notices sent with or instead of a 受給者証: 承認通知書 for an approved application
// and 差戻し通知書 (with the approver's reason) for a returned one. A4, in the layout of a
// Japanese official letter: date and addressee, issuer, title, body, a table of particulars.
class NoticeRenderer
{
public:
    explicit NoticeRenderer(const CertificateData& data) : m_data(data) {}

    void paintApproval(PrintCanvas& canvas) const;
    void paintReturn(PrintCanvas& canvas) const;

private:
    struct Row
    {
        QString label;
        QString value;
        double minHeightMm = 11;
    };
    // Date, addressee, issuer and the title; returns where the body starts (mm).
    double paintHeading(PrintCanvas& canvas, const QString& title) const;
    // A two-column table of particulars; returns its bottom (mm).
    double paintTable(PrintCanvas& canvas, double y, const QList<Row>& rows) const;
    void paintContact(PrintCanvas& canvas, double y) const;

    const CertificateData& m_data;
};

} // namespace kohi::app
