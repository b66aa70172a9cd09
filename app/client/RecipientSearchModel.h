#pragma once

#include "db/RecipientRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kohi::db {
class Session;
}

namespace kohi::app {

// Search results of the recipient register, loaded lazily page by page (DB Browser's pattern):
// the view asks canFetchMore()/fetchMore() when it scrolls near the end, and the next page is
// read by keyset from the last row's (kana, id) — never OFFSET, never the whole register, so a
// million recipients cost what one page costs. Each search bumps a generation counter; a page
// requested for an older generation is dropped instead of being appended to the new results.
//
// Pages are read on the GUI thread's connection (the session is one libpq connection shared by
// the window, and a second one would need the password again); the read is queued behind the
// request, so several fetchMore() calls from one scroll collapse into one page.
class RecipientSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        KanaColumn,
        BirthDateColumn,
        SexColumn,
        MunicipalityColumn,
        PhoneColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        RecipientIdRole = Qt::UserRole + 1,
    };

    explicit RecipientSearchModel(const db::Session& session, QObject* parent = nullptr);

    // Starts a new search: clears the rows and queues the first page.
    void search(const db::RecipientSearchCriteria& criteria);
    void clear();

    db::RecipientSearchCriteria criteria() const { return m_criteria; }
    int pageSize() const { return m_pageSize; }
    // The server returns at most 500 rows a call; a short page is how the end is recognised.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 500); }
    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_loading; }
    // All matching rows are loaded (the last page came back short).
    bool isComplete() const { return m_complete; }
    QString errorMessage() const { return m_error; }
    const db::RecipientSummary& recipient(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page arrived for the current search (`rows` may be 0 for an empty result).
    void pageLoaded(int rows, bool complete);
    void loadFailed(const QString& message);

private:
    void requestPage();
    void loadPage(quint64 generation);

    // 市町村コード → name (kohi_api.masters('municipality')), read with the first search.
    QString municipalityName(const QString& code) const;

    db::RecipientRepository m_repository;
    const db::Session& m_session;
    QHash<QString, QString> m_municipalities;
    bool m_municipalitiesRead = false;
    db::RecipientSearchCriteria m_criteria;
    QList<db::RecipientSummary> m_rows;
    quint64 m_generation = 0;
    int m_pageSize = 100;
    bool m_active = false;
    bool m_loading = false;
    bool m_complete = false;
    QString m_error;
};

} // namespace kohi::app
