#pragma once

#include "db/HouseholdRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 医療費総額 per month of one recipient, entered from the 自己負担上限額管理票. The server keeps
// them (kohi_api.monthly_cost_save) and decides 高額かつ長期 and 軽症高額 from them; this dialog
// lists the months with whether each is over the thresholds and how many are.
class MonthlyCostDialog : public QDialog
{
    Q_OBJECT
public:
    MonthlyCostDialog(db::Session& session, qint64 recipientId, QWidget* parent = nullptr);

    QString message() const;
    int rowCount() const;

public Q_SLOTS:
    // Saves the typed month and total; false (and message()) when refused.
    bool saveMonth();

private:
    void reload();

    db::HouseholdRepository m_repository;
    qint64 m_recipientId = 0;
    QLineEdit* m_month = nullptr;
    QLineEdit* m_total = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace kohi::app
