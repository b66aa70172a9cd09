#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kohi::app {

class MasterCatalog;

// The approver's side-by-side view: each field of the register and of the certification, as it
// is now and as it will be after approval, with the fields that change marked (bold on a tinted
// background, and 「変更」/「新規」 in its own column so the mark does not depend on colour).
class ApplicationComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        CurrentColumn,
        AfterColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1, // bool
        KeyRole,                        // the jsonb key of the row
    };

    explicit ApplicationComparisonModel(QObject* parent = nullptr);

    // `currentRecipient`/`currentCertification` are empty for a new recipient; `after*` hold what
    // approval makes of them. `masters` (may be null) turns codes into labels; it must outlive
    // the model's rows.
    void setComparison(const QJsonObject& currentRecipient, const QJsonObject& afterRecipient,
                       const QJsonObject& currentCertification,
                       const QJsonObject& afterCertification, const MasterCatalog* masters);
    void clear();
    // Keys of the rows that change, in display order.
    QStringList changedKeys() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        QString current;
        QString after;
        bool changed = false;
    };
    QList<Row> m_rows;
};

} // namespace kohi::app
