#pragma once

#include "db/RetentionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace kohi::app {

class PrintCanvas;

// 個人番号等廃棄証明書: what a disposal erased and destroyed (whose numbers, how many, which
// papers), when, by whom (proposer and approver) and why, painted on A4 through QPainter as
// CertificateRenderer does, so the same code previews, prints and writes PDF. It never shows a My
// Number: db::DisposalRecord has none to show.
class DisposalCertificateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DisposalCertificateRenderer)

public:
    DisposalCertificateRenderer(QList<db::DisposalRecord> records, QDate issuedOn,
                                QString issuedBy);
    // A4 portrait, as many pages as the records need. False with a Japanese reason when there is
    // nothing to certify or the device cannot be painted on.
    bool print(QPagedPaintDevice& device, QString* error = nullptr) const;
    // The same as a PDF file.
    bool savePdf(const QString& path, QString* error = nullptr) const;

private:
    double paintHeader(PrintCanvas& canvas, int page, int pages) const;
    double paintRecord(PrintCanvas& canvas, const db::DisposalRecord& record, double y) const;
    void paintFooter(PrintCanvas& canvas) const;
    // The count the proposal gave, and the register's papers destroyed with it (0047).
    static QString papersText(const db::DisposalRecord& record);

    QList<db::DisposalRecord> m_records;
    QDate m_issuedOn;
    QString m_issuedBy;
};

} // namespace kohi::app
