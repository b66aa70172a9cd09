#pragma once

#include "db/ApplicationRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kohi::app {

// Applications from kohi_api.application_list(), newest first, paged by keyset on id (the next
// page starts below the last id shown). Used for the approvers' queue of submitted applications.
class ApplicationQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        ProgrammeColumn,
        KindColumn,
        NameColumn,
        KanaColumn,
        ReceivedColumn,
        SubmittedColumn,
        EnteredByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
    };

    explicit ApplicationQueueModel(const db::Session& session, QObject* parent = nullptr);

    // Takes effect at the next refresh().
    void setFilter(const db::ApplicationFilter& filter);
    db::ApplicationFilter filter() const { return m_filter; }
    // Reads the first page again (after a decision, or on request). False on refusal.
    bool refresh();
    QString errorMessage() const { return m_error; }
    const db::ApplicationListItem& item(int row) const { return m_items.at(row); }
    int rowOf(qint64 applicationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    bool loadPage();

    db::ApplicationRepository m_repository;
    db::ApplicationFilter m_filter;
    QList<db::ApplicationListItem> m_items;
    int m_pageSize = 100;
    bool m_complete = true;
    QString m_error;
};

} // namespace kohi::app
