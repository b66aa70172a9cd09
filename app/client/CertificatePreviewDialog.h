#pragma once

#include "app/client/CertificateData.h"
#include "app/client/CertificateRenderer.h"

#include <QList>
#include <QPrintPreviewDialog>
#include <QString>

class QPrinter;

namespace kohi::app {

// Print preview of a 受給者証 and its notice, with 「PDFに保存」 beside the printer buttons.
// What is shown depends on the application's state (CertificateRenderer::documentsFor).
class CertificatePreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    // printer must outlive the dialog.
    CertificatePreviewDialog(CertificateData certificate, QList<PrintDocument> documents,
                             QPrinter* printer, QWidget* parent = nullptr);

    // Shows the preview modally; tells the user (message box) when nothing can be printed.
    static void preview(const CertificateData& certificate, QWidget* parent);
    static void preview(const CertificateData& certificate, const QList<PrintDocument>& documents,
                        QWidget* parent);
    // Writes the documents the data allows (or those given) to path as PDF.
    static bool savePdf(const CertificateData& certificate, const QString& path, QString* error);
    static bool savePdf(const CertificateData& certificate, const QList<PrintDocument>& documents,
                        const QString& path, QString* error);

private:
    void paint(QPrinter* printer);
    void saveAs();

    CertificateData m_data;
    QList<PrintDocument> m_documents;
};

} // namespace kohi::app
