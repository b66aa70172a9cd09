#pragma once

#include "app/client/CertificateData.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace kohi::app {

class PrintCanvas;

enum class PrintDocument
{
    Certificate,     // 受給者証
    CostLimitSheet,  // 自己負担上限額管理票 (two pages), printed with the certificate
    ApprovalNotice,  // 承認通知書
    RejectionNotice, // 不認定通知書 (審査会, reasons, 教示)
    RegistrationCertificate, // 登録者証
    RegistrationNotice,      // 登録者証交付通知書 (a 登録者証-only application, 0046)
    WithdrawalNotice,        // 申請取下げ受理通知書
    CorrectionNotice,        // 補正依頼書
};

// Paints the 受給者証 and the decision notices on A4 through QPainter, so the same code prints
// (QPrinter), previews (QPrintPreviewDialog) and writes PDF (QPdfWriter). Never a My Number:
// CertificateData has none.
class CertificateRenderer
{
public:
    explicit CertificateRenderer(CertificateData data);

    // What the application's state allows, in print order: the certificate, its 管理票 and the
    // approval notice for an approved application; the 不認定通知書 for a rejected one, with the
    // 登録者証 when one is issued; the 取下げ受理通知書 for a withdrawn one; the 補正依頼書 for a
    // correction request; nothing for an internal return (差戻し) or an open application.
    static QList<PrintDocument> documentsFor(const CertificateData& data);
    // Why this document cannot be printed from data (empty: it can).
    static QString refusal(const CertificateData& data, PrintDocument document);

    // Sets A4 portrait and paints each document on its own page. False with a Japanese reason
    // when a document is refused (nothing is painted then) or the device cannot be painted on.
    bool print(QPagedPaintDevice& device, const QList<PrintDocument>& documents,
               QString* error = nullptr) const;

private:
    void paintCertificate(PrintCanvas& canvas) const;
    double paintIdentity(PrintCanvas& canvas, double y) const;
    double paintGuardianAndInsurance(PrintCanvas& canvas, double y) const;
    double paintBenefit(PrintCanvas& canvas, double y) const;
    double paintInstitution(PrintCanvas& canvas, double y) const;
    void paintFooter(PrintCanvas& canvas, double y) const;

    CertificateData m_data;
};

} // namespace kohi::app
