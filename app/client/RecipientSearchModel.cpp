#include "app/client/RecipientSearchModel.h"

#include "app/client/BenefitLabels.h"
#include "db/ApplicationRepository.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace kohi::app {

RecipientSearchModel::RecipientSearchModel(const db::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_repository(session), m_session(session)
{
}

QString RecipientSearchModel::municipalityName(const QString& code) const
{
    return m_municipalities.value(code, code); // unknown: the code itself
}

void RecipientSearchModel::search(const db::RecipientSearchCriteria& criteria)
{
    beginResetModel();
    ++m_generation; // whatever is still queued for the previous search is now stale
    m_criteria = criteria;
    m_rows.clear();
    if (!m_municipalitiesRead) {
        // Names beside codes: the list shows 岸和田市, not 272027 (the code is the tooltip).
        db::ApplicationRepository masters(m_session);
        if (const auto items = masters.masters(db::MasterKind::Municipality)) {
            for (const db::MasterItem& m : *items)
                m_municipalities.insert(m.code, m.label);
            m_municipalitiesRead = true;
        }
    }
    m_active = true;
    m_loading = false;
    m_complete = false;
    m_error.clear();
    endResetModel();
    requestPage();
}

void RecipientSearchModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_active = false;
    m_loading = false;
    m_complete = false;
    m_error.clear();
    endResetModel();
}

int RecipientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::RecipientSummary& r = m_rows.at(index.row());
    if (role == RecipientIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == NumberColumn)
        return programmeLabel(r.programme);
    if (role == Qt::ToolTipRole && index.column() == MunicipalityColumn)
        return r.municipalityCode;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r.recipientNumber.isEmpty() ? tr("（承認待ち）") : r.recipientNumber;
    case NameColumn:
        return r.name;
    case KanaColumn:
        return r.kana;
    case BirthDateColumn:
        return shortDateLabel(r.birthDate);
    case SexColumn:
        return sexLabel(r.sex);
    case MunicipalityColumn:
        return municipalityName(r.municipalityCode);
    case PhoneColumn:
        return r.phone;
    case StatusColumn:
        return recipientStatusLabel(r.status);
    default:
        return {};
    }
}

QVariant RecipientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("受給者番号");
    case NameColumn:
        return tr("氏名");
    case KanaColumn:
        return tr("カナ");
    case BirthDateColumn:
        return tr("生年月日");
    case SexColumn:
        return tr("性別");
    case MunicipalityColumn:
        return tr("市町村");
    case PhoneColumn:
        return tr("電話");
    case StatusColumn:
        return tr("状態");
    default:
        return {};
    }
}

bool RecipientSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_complete && !m_loading && m_error.isEmpty();
}

void RecipientSearchModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void RecipientSearchModel::requestPage()
{
    m_loading = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] { loadPage(generation); });
}

void RecipientSearchModel::loadPage(quint64 generation)
{
    if (generation != m_generation)
        return; // requested for a search that has since been replaced or cleared
    std::optional<db::RecipientSearchCursor> after;
    if (!m_rows.isEmpty())
        after = db::RecipientSearchCursor{m_rows.constLast().kana, m_rows.constLast().id};
    const auto page = m_repository.search(m_criteria, after, m_pageSize);
    m_loading = false;
    if (!page) {
        m_error = m_repository.lastError().message;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_complete = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(page->size()), m_complete);
}

} // namespace kohi::app
