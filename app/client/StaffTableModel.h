#pragma once

#include "db/StaffRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kohi::app {

// Staff accounts for the user administration table. Read-only: every change goes through the
// server's API and the model is reloaded from kohi_api.user_list() afterwards.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Login,
        DisplayName,
        Duties,
        Status,
        Failures,
        MustChange,
        LastLogin,
        ColumnCount
    };
    static constexpr int LoginRole = Qt::UserRole + 1;

    explicit StaffTableModel(QObject* parent = nullptr);

    void setAccounts(QList<db::StaffAccount> accounts);
    const db::StaffAccount* account(int row) const;
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // 有効 / 無効 / ロック中, as the 状態 column shows it.
    static QString statusText(const db::StaffAccount& account);

private:
    QList<db::StaffAccount> m_accounts;
};

} // namespace kohi::app
