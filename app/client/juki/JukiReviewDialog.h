#pragma once

#include "db/JukiInquiryRepository.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 住基ネット確認リスト: the imported records a person must decide (mismatch, unknown inquiry, not
// found, several candidates, a number the register refused), with what the register and the
// file say; 再照会 issues a new inquiry for the recipient, 対応済み closes the row; a note is
// required for both.
class JukiReviewDialog : public QDialog
{
    Q_OBJECT

public:
    JukiReviewDialog(db::Session& session, QWidget* parent = nullptr);

    void reload();
    // Resolves the selected row; false with the reason shown when the server refuses.
    bool resolveSelected(const QString& action);

private:
    db::Session& m_session;
    QList<db::JukiReviewItem> m_items;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLineEdit* m_note;
    QLabel* m_message;
};

} // namespace kohi::app
