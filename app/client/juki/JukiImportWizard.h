#pragma once

#include "core/import/ImportReport.h"

#include <QByteArray>
#include <QString>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 住基ネット回答の取り込み: choose the answer file, see its encoding and a preview (numbers
// masked), its validation, the server's matching (a dry run: nothing changes), confirm, then the
// report of every record on screen and as CSV. The import itself is db::JukiImportRepository: one
// transaction, accepted numbers registered as pending exactly as typed ones.
class JukiImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        MatchPage,
        ConfirmPage,
        ReportPage
    };

    JukiImportWizard(db::Session& session, QString pinnedFingerprint, QWidget* parent = nullptr);

    // For tests and the screenshot tour: the file to import, as if chosen in the dialog.
    void setFilePath(const QString& path);
    const juki::ImportReport& report() const { return m_report; }
    // Writes the on-screen report as CSV (UTF-8 with BOM); false with a message on failure.
    bool saveReport(const QString& path, QString* error) const;

private:
    friend class JukiFilePage;
    friend class JukiPreviewPage;
    friend class JukiMatchPage;
    friend class JukiConfirmPage;
    friend class JukiReportPage;

    db::Session& m_session;
    QString m_pinnedFingerprint;
    QString m_path;
    QByteArray m_sha256; // of the previewed bytes: the import refuses a file changed since
    juki::ImportReport m_dryRun;
    juki::ImportReport m_report;
};

} // namespace kohi::app
