#pragma once

#include "db/AuditLogRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kohi::db {
class Session;
}

namespace kohi::app {

// Access-log search results, loaded lazily page by page (DB Browser's pattern, keyset instead of
// OFFSET): canFetchMore()/fetchMore() read the next page after the last row's chain sequence,
// newest first. Each search bumps a generation counter, so a page queued for an older search is
// dropped instead of being appended to the new results.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AtColumn,
        LoginColumn,
        TerminalColumn,
        ActionColumn,
        TargetColumn,
        ProgrammeColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1,
        ActionCodeRole, // the raw action code (the display shows the Japanese label)
    };

    explicit AuditLogModel(
        const db::Session& session,
        db::AuditLogRepository::Scope scope = db::AuditLogRepository::Scope::AllStaff,
        QObject* parent = nullptr);

    // Starts a new search: clears the rows and queues the first page.
    void search(const db::AuditFilter& filter);
    void clear();

    db::AuditFilter filter() const { return m_filter; }
    int pageSize() const { return m_pageSize; }
    // The server returns at most 1000 rows a call; a short page is how the end is recognised.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    QString errorMessage() const { return m_error; }
    const db::AuditEvent& event(int row) const { return m_rows.at(row); }

    // Japanese label for an action code; unknown codes come back unchanged.
    static QString actionLabel(const QString& action);
    static QString outcomeLabel(const QString& outcome);
    static QString timeLabel(const QDateTime& at);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void pageLoaded(int rows, bool complete);
    void loadFailed(const QString& message);

private:
    void requestPage();
    void loadPage(quint64 generation);

    db::AuditLogRepository m_repository;
    db::AuditFilter m_filter;
    QList<db::AuditEvent> m_rows;
    quint64 m_generation = 0;
    int m_pageSize = 200;
    bool m_active = false;
    bool m_loading = false;
    bool m_complete = false;
    QString m_error;
};

} // namespace kohi::app
