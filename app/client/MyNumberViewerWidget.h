#pragma once

#include "app/client/MyNumberRevealDialog.h"

#include <QPointer>
#include <QWidget>
#include <chrono>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kohi::db {
class MyNumberRepository;
struct MyNumberHolderCriteria;
} // namespace kohi::db

namespace kohi::app {

class MyNumberHolderModel;

// 個人番号の表示: the My Number viewer's way in. Viewers hold no programme group and so have no
// recipient search; here they look up one known person precisely (受給者番号, or カナ氏名 with
// 生年月日 — the server refuses anything vaguer and logs every search), see that person's
// registered numbers as the fixed mask, and open MyNumberRevealDialog for one of them
// (［表示…］, double-click or Enter), which asks for a reason and the reveal passphrase.
class MyNumberViewerWidget : public QWidget
{
    Q_OBJECT
public:
    // The repository is asked for when first needed (the host creates it lazily, once the
    // terminal's pinned fingerprint is known).
    using RepositoryProvider = std::function<const db::MyNumberRepository&()>;

    explicit MyNumberViewerWidget(RepositoryProvider repository, QWidget* parent = nullptr);
    ~MyNumberViewerWidget() override;

    MyNumberHolderModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString message() const;
    // The reveal dialog currently open (null when none).
    MyNumberRevealDialog* revealDialog() const { return m_dialog; }
    // For tests: how long a number stays, and the ticker each new dialog counts down with.
    void setRevealTiming(std::chrono::seconds showFor, std::function<RevealTicker*()> makeTicker);

public Q_SLOTS:
    // Reads the conditions, shows what is wrong with them, or searches.
    bool search();
    void clearConditions();
    // Opens the reveal dialog for the selected row (window-modal; deletes itself when closed).
    void revealSelected();

private:
    bool readCriteria(db::MyNumberHolderCriteria* criteria);
    void showMessage(const QString& text, bool error);
    void updateRevealButton();

    RepositoryProvider m_repository;
    MyNumberHolderModel* m_model = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_kana = nullptr;
    QLineEdit* m_birth = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_revealButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QPointer<MyNumberRevealDialog> m_dialog;
    std::chrono::seconds m_showFor{30};
    std::function<RevealTicker*()> m_makeTicker;
};

} // namespace kohi::app
