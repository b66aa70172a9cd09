#pragma once

#include "db/MyNumberRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kohi::app {

// A recipient's My Numbers as a clerk may see them: the fixed mask, role, name, relationship,
// confirmation status and when it was registered. The model never holds a number (the
// repository's status() returns none), so no role of any index can yield digits of one.
class MyNumberStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        RoleColumn,
        NameColumn,
        RelationshipColumn,
        StatusColumn,
        RegisteredAtColumn,
        ColumnCount
    };
    // Qt::UserRole on any column: the My Number row id (0 when not registered).
    static constexpr int IdRole = Qt::UserRole;

    explicit MyNumberStatusModel(QObject* parent = nullptr);

    void setStatuses(const QList<db::MyNumberStatus>& statuses);
    const QList<db::MyNumberStatus>& statuses() const { return m_rows; }
    const db::MyNumberStatus& statusAt(int row) const { return m_rows.at(row); }

    static QString statusLabel(const QString& status); // pending → 照合待ち, approved → 照合済み

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<db::MyNumberStatus> m_rows;
};

} // namespace kohi::app
