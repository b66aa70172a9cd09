#pragma once

#include "db/MyNumberRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kohi::app {

// A viewer's search results: one row per registered number, with the recipient and the person
// it belongs to. The number column shows the fixed mask: the rows come from
// MyNumberRepository::searchHolders(), which carries no number, so no role of any index can
// yield digits of one. The number is seen only in MyNumberRevealDialog, for a stated reason.
class MyNumberHolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RecipientNumberColumn,
        NameColumn,
        KanaColumn,
        BirthDateColumn,
        ProgrammeColumn,
        MunicipalityColumn,
        RoleColumn,
        PersonNameColumn,
        RelationshipColumn,
        NumberColumn,
        StatusColumn,
        RegisteredAtColumn,
        ColumnCount
    };
    // Qt::UserRole on any column: the My Number row id.
    static constexpr int IdRole = Qt::UserRole;

    explicit MyNumberHolderModel(QObject* parent = nullptr);

    void setHolders(const QList<db::MyNumberHolder>& holders);
    void clear() { setHolders({}); }
    const db::MyNumberHolder& holderAt(int row) const { return m_rows.at(row); }

    // Whose number is about to be revealed, for the reveal dialog:
    // 「山田　太郎（受給者番号 1234567）の本人（受診者）」, 「…の保護者 山田 一郎（父）」.
    static QString personDescription(const db::MyNumberHolder& holder);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<db::MyNumberHolder> m_rows;
};

} // namespace kohi::app
