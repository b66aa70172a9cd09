#include "app/client/ApplicationComparisonModel.h"

#include "app/client/BenefitLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

// Set by approval itself, not by the application: shown elsewhere, not compared.
bool setByApproval(const QString& key)
{
    return key == u"recipient_number"_s || key == u"status"_s || key == u"public_payer_number"_s;
}

// Facts of this application only (when and where it was received, what came with it): there
// is nothing in the register to compare them with.
bool perApplication(const QString& key)
{
    return key == u"received_date"_s || key == u"health_centre"_s || key == u"documents"_s ||
           key == u"household_members"_s || key == u"household_recipients"_s ||
           key == u"backdate_reason"_s || key == u"diagnosis_date"_s ||
           key == u"tier_override_reason"_s;
}

} // namespace

ApplicationComparisonModel::ApplicationComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApplicationComparisonModel::setComparison(const QJsonObject& currentRecipient,
                                               const QJsonObject& afterRecipient,
                                               const QJsonObject& currentCertification,
                                               const QJsonObject& afterCertification,
                                               const MasterCatalog* masters)
{
    beginResetModel();
    m_rows.clear();
    auto add = [&](const QList<FieldSpec>& fields, const QJsonObject& now,
                   const QJsonObject& then) {
        for (const FieldSpec& f : fields) {
            if (setByApproval(f.key))
                continue;
            Row row{f.key, f.label, fieldDisplay(f, now.value(f.key), masters),
                    fieldDisplay(f, then.value(f.key), masters), false};
            if (perApplication(f.key))
                row.current = u"—"_s;
            else
                row.changed = row.current != row.after;
            m_rows << row;
        }
    };
    add(recipientFields(), currentRecipient, afterRecipient);
    add(applicationFields(), currentCertification, afterCertification);
    endResetModel();
}

void ApplicationComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QStringList ApplicationComparisonModel::changedKeys() const
{
    QStringList keys;
    for (const Row& r : m_rows) {
        if (r.changed)
            keys << r.key;
    }
    return keys;
}

int ApplicationComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case ChangedRole:
        return r.changed;
    case KeyRole:
        return r.key;
    case Qt::BackgroundRole:
        return r.changed ? QVariant(QBrush(QColor(0xff, 0xf3, 0xc4))) : QVariant();
    case Qt::FontRole:
        if (r.changed && index.column() == AfterColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return r.label;
        case CurrentColumn:
            return r.current;
        case AfterColumn:
            return r.after;
        case ChangedColumn:
            if (!r.changed)
                return QString();
            return r.current.isEmpty() ? tr("新規") : tr("変更");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ApplicationComparisonModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("項目");
    case CurrentColumn:
        return tr("現在の登録内容");
    case AfterColumn:
        return tr("承認後（申請内容）");
    case ChangedColumn:
        return tr("変更");
    default:
        return {};
    }
}

} // namespace kohi::app
