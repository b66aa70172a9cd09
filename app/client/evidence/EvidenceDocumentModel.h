#pragma once

#include "db/EvidenceRepository.h"

#include <QAbstractTableModel>

namespace kohi::app {

// Evidence documents as a table: what, whose, where, and whether it is out (overdue in red).
class EvidenceDocumentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RecipientColumn,
        KindColumn,
        DescriptionColumn,
        ReceivedColumn,
        CabinetColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDocuments(const QList<db::EvidenceDocument>& documents);
    const db::EvidenceDocument* documentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString& kind);
    static QString stateText(const db::EvidenceDocument& document);

private:
    QList<db::EvidenceDocument> m_documents;
};

} // namespace kohi::app
