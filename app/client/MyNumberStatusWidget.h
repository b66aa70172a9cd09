#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace kohi::db {
class MyNumberRepository;
}

namespace kohi::app {

class MyNumberStatusModel;

// A recipient's registered My Numbers, masked: 「●●●● ●●●● ●●●●」, role, name, relationship,
// 照合待ち/照合済み and when registered. Copy (Ctrl+C) copies what is shown — the mask, never
// digits. Refresh after registering or confirming.
class MyNumberStatusWidget : public QWidget
{
    Q_OBJECT
public:
    MyNumberStatusWidget(const db::MyNumberRepository& repository, qint64 recipientId,
                         QWidget* parent = nullptr);

    qint64 recipientId() const { return m_recipientId; }
    void setRecipientId(qint64 recipientId); // and refresh
    MyNumberStatusModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The selected row's My Number id (0 when none or not registered): for the reveal dialog.
    qint64 selectedMyNumberId() const;
    // False when the last refresh was refused or failed: the table then claims nothing.
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void selectionChanged(qint64 myNumberId);

private:
    void copySelection() const;

    const db::MyNumberRepository& m_repository;
    qint64 m_recipientId = 0;
    MyNumberStatusModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    bool m_loaded = false;
};

} // namespace kohi::app
