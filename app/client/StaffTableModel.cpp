#include "app/client/StaffTableModel.h"

#include "db/SessionInfo.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kohi::app {

StaffTableModel::StaffTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffTableModel::setAccounts(QList<db::StaffAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const db::StaffAccount* StaffTableModel::account(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return nullptr;
    return &m_accounts.at(row);
}

int StaffTableModel::rowOf(const QString& login) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).login == login)
            return i;
    }
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::statusText(const db::StaffAccount& a)
{
    if (!a.isActive())
        return tr("無効");
    if (a.locked)
        return tr("ロック中");
    return tr("有効");
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    const db::StaffAccount* a = index.isValid() ? account(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == LoginRole)
        return a->login;
    if (role == Qt::TextAlignmentRole && index.column() == Failures)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && (a->locked || !a->isActive()))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return a->login;
    case DisplayName:
        return a->displayName;
    case Duties: {
        QStringList labels;
        for (const QString& d : a->duties)
            labels << db::dutyLabel(d);
        return labels.isEmpty() ? tr("（なし）") : labels.join(u"、"_s);
    }
    case Status:
        return statusText(*a);
    case Failures:
        return a->failures;
    case MustChange:
        return a->mustChangePassword ? tr("要") : QString();
    case LastLogin:
        return a->lastLoginAt.isValid()
                   ? a->lastLoginAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                   : tr("未ログイン");
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("ユーザーID");
    case DisplayName:
        return tr("氏名");
    case Duties:
        return tr("職務");
    case Status:
        return tr("状態");
    case Failures:
        return tr("失敗回数");
    case MustChange:
        return tr("要パスワード変更");
    case LastLogin:
        return tr("最終ログイン");
    default:
        return {};
    }
}

} // namespace kohi::app
