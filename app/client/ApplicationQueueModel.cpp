#include "app/client/ApplicationQueueModel.h"

#include "app/client/BenefitLabels.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kohi::app {

ApplicationQueueModel::ApplicationQueueModel(const db::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_repository(session)
{
}

void ApplicationQueueModel::setFilter(const db::ApplicationFilter& filter)
{
    m_filter = filter;
}

bool ApplicationQueueModel::refresh()
{
    beginResetModel();
    m_items.clear();
    m_complete = false;
    m_error.clear();
    endResetModel();
    return loadPage();
}

bool ApplicationQueueModel::loadPage()
{
    const std::optional<qint64> after =
        m_items.isEmpty() ? std::nullopt : std::optional<qint64>(m_items.constLast().id);
    const auto page = m_repository.list(m_filter, after, m_pageSize);
    if (!page) {
        m_error = m_repository.lastError().message;
        m_complete = true;
        return false;
    }
    m_complete = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->size() - 1));
        m_items.append(*page);
        endInsertRows();
    }
    return true;
}

int ApplicationQueueModel::rowOf(qint64 applicationId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == applicationId)
            return i;
    }
    return -1;
}

int ApplicationQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApplicationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const db::ApplicationListItem& a = m_items.at(index.row());
    if (role == ApplicationIdRole)
        return a.id;
    // The caller's own entries stay visible (so nobody wonders where they went) but are greyed:
    // the server refuses the maker's decision anyway.
    if (role == Qt::ForegroundRole && a.mine)
        return QBrush(QColor(0x77, 0x77, 0x77));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return a.id;
    case ProgrammeColumn:
        return programmeLabel(a.programme);
    case KindColumn:
        return applicationKindLabel(a.kind);
    case NameColumn:
        return a.name;
    case KanaColumn:
        return a.kana;
    case ReceivedColumn:
        return shortDateLabel(a.receivedDate);
    case SubmittedColumn:
        return a.submittedAt.isValid() ? a.submittedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                       : QString();
    case EnteredByColumn:
        return a.lastChangedBy == a.enteredBy ? a.enteredBy
                                              : u"%1 / %2"_s.arg(a.enteredBy, a.lastChangedBy);
    case NoteColumn:
        return a.mine ? tr("自分の入力（承認不可）") : QString();
    default:
        return {};
    }
}

QVariant ApplicationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("申請番号");
    case ProgrammeColumn:
        return tr("制度");
    case KindColumn:
        return tr("区分");
    case NameColumn:
        return tr("氏名");
    case KanaColumn:
        return tr("カナ");
    case ReceivedColumn:
        return tr("受付日");
    case SubmittedColumn:
        return tr("提出日時");
    case EnteredByColumn:
        return tr("入力者");
    case NoteColumn:
        return tr("備考");
    default:
        return {};
    }
}

bool ApplicationQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void ApplicationQueueModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        loadPage();
}

} // namespace kohi::app
