#pragma once

#include "db/MonitorRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kohi::app {

// The monitoring rules as the server holds them. Auditors change whether a rule is on, its
// threshold (per login per day), its parameter and office hours; each changed rule is saved as
// its own call (and logged). Others see the rules read-only. A refusal names the rule and keeps
// every edit on screen.
class MonitorRulesDialog : public QDialog
{
    Q_OBJECT
public:
    MonitorRulesDialog(db::MonitorRepository& repository, bool canEdit, QWidget* parent = nullptr);

    bool load();
    // Saves every rule whose values differ from the loaded ones; false at the first refusal.
    bool save();
    QString message() const;
    QTableWidget* table() const { return m_table; }

    enum Column
    {
        RuleColumn,
        EnabledColumn,
        ThresholdColumn,
        ParameterColumn,
        OfficeStartColumn,
        OfficeEndColumn,
        UpdatedColumn,
        ColumnCount
    };

private:
    db::MonitorRule ruleFromRow(int row) const;
    void setMessage(const QString& text, bool error);

    db::MonitorRepository& m_repository;
    bool m_canEdit = false;
    QList<db::MonitorRule> m_loaded;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace kohi::app
