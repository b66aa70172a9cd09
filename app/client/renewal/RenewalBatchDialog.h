#pragma once

#include "app/client/renewal/RenewalNoticeRun.h"
#include "db/RenewalBatchRepository.h"

#include <QDialog>
#include <QList>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 一斉更新 (業務 menu): create the batch of the certificates ending on a date, generate its
// notices (PDF per 保健所, part by part, with a progress bar and 中止), cancel and resume it
// (the server's per-item state: nothing twice, nothing skipped), see which renewal
// applications came back, and print the new certificates of the approved ones.
class RenewalBatchDialog : public QDialog
{
    Q_OBJECT

public:
    RenewalBatchDialog(db::Session& session, const QStringList& programmes,
                       QWidget* parent = nullptr);
    ~RenewalBatchDialog() override;

    void reload();
    bool createBatch();
    // Starts generating the selected batch's notices into directory (one part per event-loop
    // turn); false with the reason shown when it cannot start.
    bool startNotices(const QString& directory);
    bool cancelSelected(const QString& reason);
    bool resumeSelected();
    // The new certificates of approved renewals not yet printed, one PDF each, into directory.
    int printCertificates(const QString& directory);
    void showIntake(const QString& filter);
    bool running() const { return m_run != nullptr; }
    qint64 selectedBatch() const;
    QString message() const;

Q_SIGNALS:
    void partWritten(int noticesDone);
    void runFinished();

private:
    void nextPart();
    void finishRun(const QString& text);
    void updateButtons();
    void showStatus(const db::RenewalBatchStatus& s);
    void showMessage(const QString& text, bool problem = false);

    db::Session& m_session;
    db::RenewalBatchRepository m_batches;
    QList<db::RenewalBatchStatus> m_list;
    QComboBox* m_programme;
    QDateEdit* m_validTo;
    QDateEdit* m_noticeDate;
    QDateEdit* m_deadline;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_notices;
    QPushButton* m_stop;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QPushButton* m_certificates;
    QComboBox* m_intakeFilter;
    QStandardItemModel* m_intakeModel;
    QTableView* m_intakeView;
    QLabel* m_message;
    std::unique_ptr<RenewalNoticeRun> m_run;
    RenewalNoticeRun::Result m_result;
    qint64 m_runBatch = 0;
    int m_runTotal = 0;
    int m_runDoneBefore = 0;
};

} // namespace kohi::app
