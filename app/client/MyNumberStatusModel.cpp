#include "app/client/MyNumberStatusModel.h"

#include "core/validation/MyNumberMask.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

MyNumberStatusModel::MyNumberStatusModel(QObject* parent) : QAbstractTableModel(parent) {}

void MyNumberStatusModel::setStatuses(const QList<db::MyNumberStatus>& statuses)
{
    beginResetModel();
    m_rows = statuses;
    endResetModel();
}

QString MyNumberStatusModel::statusLabel(const QString& status)
{
    if (status == u"pending"_s)
        return tr("照合待ち");
    if (status == u"approved"_s)
        return tr("照合済み");
    if (status.isEmpty())
        return tr("未登録");
    return status;
}

int MyNumberStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyNumberStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyNumberStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::MyNumberStatus& s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        // The mask only, whatever the number: it shows neither digits nor length.
        return s.registered ? maskMyNumber() : tr("未登録");
    case RoleColumn:
        return s.roleLabel;
    case NameColumn:
        return s.personName;
    case RelationshipColumn:
        return s.relationship;
    case StatusColumn:
        return s.registered ? statusLabel(s.status) : tr("未登録");
    case RegisteredAtColumn:
        return s.registeredAt.isValid()
                   ? s.registeredAt.toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s)
                   : QString();
    default:
        return {};
    }
}

QVariant MyNumberStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("個人番号");
    case RoleColumn:
        return tr("区分");
    case NameColumn:
        return tr("氏名");
    case RelationshipColumn:
        return tr("続柄");
    case StatusColumn:
        return tr("状態");
    case RegisteredAtColumn:
        return tr("登録日時");
    default:
        return {};
    }
}

Qt::ItemFlags MyNumberStatusModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags;
}

} // namespace kohi::app
