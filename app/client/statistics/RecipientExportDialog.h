#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 受給者一覧のCSV出力 (業務 menu): the rows of a search (カナの前方一致, 受給者番号, 生年月日,
// 電話番号) with the fields chosen, in CP932 or UTF-8 with BOM. The server logs the export with
// its row count; no field holds a My Number.
class RecipientExportDialog : public QDialog
{
    Q_OBJECT

public:
    RecipientExportDialog(db::Session& session, QWidget* parent = nullptr);

    // Writes the CSV; the number of data rows, or -1 with the reason shown.
    int exportTo(const QString& path);
    QString message() const;

private:
    db::Session& m_session;
    QLineEdit* m_kana;
    QLineEdit* m_number;
    QLineEdit* m_birth;
    QLineEdit* m_phone;
    QListWidget* m_fields;
    QComboBox* m_encoding;
    QLabel* m_message;
};

} // namespace kohi::app
