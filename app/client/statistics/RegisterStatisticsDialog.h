#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QTabWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 統計 (業務 menu): recipients with a certificate valid on a date, by programme, disease, tier
// and 保健所 (kohi_api.register_statistics: the caller's programmes only).
class RegisterStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterStatisticsDialog(db::Session& session, QWidget* parent = nullptr);

    bool refresh();
    // The count shown for a dimension's label (-1: not shown).
    qint64 countShown(const QString& dimension, const QString& label) const;

private:
    db::Session& m_session;
    QDateEdit* m_date;
    QTabWidget* m_tabs;
    QLabel* m_message;
};

} // namespace kohi::app
