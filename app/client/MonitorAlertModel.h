#pragma once

#include "db/MonitorRepository.h"

#include <QAbstractTableModel>

namespace kohi::app {

// The alert list as a table: open alerts first (the server's order), the severity as colour.
class MonitorAlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StateColumn,
        DayColumn,
        RuleColumn,
        SubjectColumn,
        CountColumn,
        SummaryColumn,
        AcknowledgedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAlerts(const QList<db::MonitorAlert>& alerts);
    const db::MonitorAlert* alertAt(int row) const;
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString subjectText(const db::MonitorAlert& alert);

private:
    QList<db::MonitorAlert> m_alerts;
};

} // namespace kohi::app
