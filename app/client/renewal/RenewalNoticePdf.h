#pragma once

#include "db/RenewalBatchRepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace kohi::app {

// Writes renewal notices (two A4 pages each) into one PDF. To a file, the write is atomic
// (QSaveFile): a run killed mid-part leaves no half-written file, and the rerun of that part
// replaces nothing but its own name.
class RenewalNoticePdf
{
    Q_DECLARE_TR_FUNCTIONS(kohi::app::RenewalNoticePdf)

public:
    // Each returns why it failed, or an empty string.
    static QString write(const QList<db::RenewalNotice>& notices, const QString& path);
    static QString write(const QList<db::RenewalNotice>& notices, QIODevice& device);

    // The file name of a batch's part: the same part always gets the same name.
    static QString partFileName(qint64 batchId, int part, const QString& healthCentre);
};

} // namespace kohi::app
