#pragma once

#include "db/AuditLogRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class AuditLogModel;

// Access-log search for auditors and user administrators (kohi_api.audit_search), or a staff
// member's own history (kohi_api.my_audit_history: only the period and the action apply, and
// there is no export). Results load lazily; the detail pane shows the selected event in full;
// CSV export reads every matching row page by page and is recorded on the server.
class AuditLogWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        AllStaff,  // auditors, user administrators
        OwnHistory // any staff member
    };
    enum class CsvEncoding
    {
        Utf8Bom, // Excel recognises UTF-8 only with the BOM
        Cp932    // Windows-31J, what older Excel and many municipal systems expect
    };

    explicit AuditLogWidget(const db::Session& session, Mode mode = Mode::AllStaff,
                            QWidget* parent = nullptr);
    ~AuditLogWidget() override;

    Mode mode() const { return m_mode; }
    AuditLogModel* model() const { return m_model; }
    db::AuditFilter filterFromForm() const;

    // Writes every row matching the current search to `path` (RFC 4180, CRLF) and records the
    // export on the server. False with errorMessage() when reading, encoding, recording or
    // writing failed; then no file is left behind.
    bool exportCsv(const QString& path, CsvEncoding encoding);
    QString errorMessage() const { return m_error; }
    // Rows written by the last successful export.
    int lastExportRows() const { return m_lastExportRows; }

public Q_SLOTS:
    void search();
    // One login's events on one office day (from the monitoring tab's alerts).
    void showEvents(const QString& login, const QDate& day);

private:
    void showDetail();
    void exportWithDialog();
    void updateStatus();

    const db::Session& m_session;
    Mode m_mode;
    AuditLogModel* m_model = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_terminal = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_programme = nullptr;
    QComboBox* m_outcome = nullptr;
    QPushButton* m_searchButton = nullptr;
    QComboBox* m_encoding = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLabel* m_status = nullptr;
    QString m_error;
    int m_lastExportRows = 0;
};

} // namespace kohi::app
