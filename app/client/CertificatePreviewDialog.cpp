#include "app/client/CertificatePreviewDialog.h"

#include "app/client/WindowGeometry.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace kohi::app {

CertificatePreviewDialog::CertificatePreviewDialog(CertificateData certificate,
                                                   QList<PrintDocument> documents,
                                                   QPrinter* printer, QWidget* parent)
    : QPrintPreviewDialog(printer, parent), m_data(std::move(certificate)),
      m_documents(std::move(documents))
{
    setObjectName(u"certificatePreview"_s);
    setWindowTitle(tr("印刷プレビュー — %1")
                       .arg(m_documents.contains(PrintDocument::Certificate)
                                ? m_data.certificateTitle()
                                : tr("差戻し通知書")));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &CertificatePreviewDialog::paint);
    auto* save = new QAction(tr("PDFに保存"), this);
    save->setObjectName(u"savePdfAction"_s);
    save->setToolTip(tr("表示中の書類をPDFファイルに保存します（個人番号は印字されません）。"));
    connect(save, &QAction::triggered, this, &CertificatePreviewDialog::saveAs);
    if (auto* toolBar = findChild<QToolBar*>()) {
        toolBar->addSeparator();
        toolBar->addAction(save);
    }
    addAction(save);
    fitToScreen(this, QSize(900, 1000)); // the preview's own zoom fits the page to what is left
}

void CertificatePreviewDialog::paint(QPrinter* printer)
{
    QString error;
    if (!CertificateRenderer(m_data).print(*printer, m_documents, &error))
        QMessageBox::warning(this, tr("印刷"), error);
}

void CertificatePreviewDialog::saveAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("受給者証_%1.pdf")
                          .arg(m_data.recipientNumber.isEmpty()
                                   ? QString::number(m_data.applicationId)
                                   : m_data.recipientNumber));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("PDFに保存"), suggested, u"PDF (*.pdf)"_s);
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(m_data, m_documents, path, &error))
        QMessageBox::warning(this, tr("PDFに保存"), error);
}

void CertificatePreviewDialog::preview(const CertificateData& certificate, QWidget* parent)
{
    preview(certificate, CertificateRenderer::documentsFor(certificate), parent);
}

void CertificatePreviewDialog::preview(const CertificateData& certificate,
                                       const QList<PrintDocument>& documents, QWidget* parent)
{
    for (const PrintDocument document : documents) {
        const QString why = CertificateRenderer::refusal(certificate, document);
        if (!why.isEmpty()) {
            QMessageBox::information(parent, tr("印刷"), why);
            return;
        }
    }
    if (documents.isEmpty()) {
        QMessageBox::information(parent, tr("印刷"),
                                 tr("この申請の状態では印刷できる書類がありません。"));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(certificate.certificateTitle());
    CertificatePreviewDialog dialog(certificate, documents, &printer, parent);
    dialog.exec();
}

bool CertificatePreviewDialog::savePdf(const CertificateData& certificate, const QString& path,
                                       QString* error)
{
    return savePdf(certificate, CertificateRenderer::documentsFor(certificate), path, error);
}

bool CertificatePreviewDialog::savePdf(const CertificateData& certificate,
                                       const QList<PrintDocument>& documents, const QString& path,
                                       QString* error)
{
    for (const PrintDocument document : documents) {
        const QString why = CertificateRenderer::refusal(certificate, document);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    // QSaveFile: a failed write leaves neither a half-written file nor a damaged older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("PDFファイルを作成できません: %1").arg(file.errorString());
        return false;
    }
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(certificate.certificateTitle());
        writer.setCreator(u"Kohi"_s);
        writer.setResolution(600);
        ok = CertificateRenderer(certificate).print(writer, documents, error);
    }
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("PDFファイルを保存できません: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace kohi::app
