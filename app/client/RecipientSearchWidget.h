#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kohi::db {
class Session;
struct RecipientSearchCriteria;
} // namespace kohi::db

namespace kohi::app {

class RecipientSearchModel;

// 受給者検索: conditions (カナ prefix, 受給者番号, 生年月日 in 和暦 or 西暦, 電話), results paged
// lazily by RecipientSearchModel. Double-click or Enter on a row opens the recipient.
class RecipientSearchWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientSearchWidget(db::Session& session, QWidget* parent = nullptr);
    ~RecipientSearchWidget() override;

    RecipientSearchModel* model() const { return m_model; }
    // By default an activated row opens a RecipientDetailWidget window; a host that shows
    // details itself (e.g. in a tab) turns that off and handles recipientActivated().
    void setOpensDetailWindow(bool opens) { m_opensDetail = opens; }

public Q_SLOTS:
    // Reads the conditions, shows what is wrong with them, or starts the search.
    bool search();
    void clearConditions();

Q_SIGNALS:
    void recipientActivated(qint64 recipientId);

private:
    bool readCriteria(db::RecipientSearchCriteria* criteria);
    void showMessage(const QString& text, bool error);
    void updateCount();
    void openRecipient(const QModelIndex& index);

    db::Session& m_session;
    RecipientSearchModel* m_model = nullptr;
    QLineEdit* m_kana = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_birth = nullptr;
    QLineEdit* m_phone = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    bool m_opensDetail = true;
};

} // namespace kohi::app
