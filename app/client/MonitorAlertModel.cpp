#include "app/client/MonitorAlertModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace kohi::app {

void MonitorAlertModel::setAlerts(const QList<db::MonitorAlert>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

const db::MonitorAlert* MonitorAlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

int MonitorAlertModel::openCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(),
                             [](const db::MonitorAlert& a) { return a.isOpen(); }));
}

int MonitorAlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int MonitorAlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MonitorAlertModel::subjectText(const db::MonitorAlert& alert)
{
    return alert.subjectName.isEmpty() ? alert.subject
                                       : u"%1（%2）"_s.arg(alert.subjectName, alert.subject);
}

QVariant MonitorAlertModel::data(const QModelIndex& index, int role) const
{
    const db::MonitorAlert* a = alertAt(index.row());
    if (!a || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StateColumn:
            return a->isOpen() ? tr("未確認") : tr("確認済み");
        case DayColumn:
            return a->day.toString(u"yyyy-MM-dd"_s);
        case RuleColumn:
            return a->ruleLabel;
        case SubjectColumn:
            return subjectText(*a);
        case CountColumn:
            return a->eventCount;
        case SummaryColumn:
            return a->summary;
        case AcknowledgedColumn:
            return a->isOpen()
                       ? QString()
                       : tr("%1 %2: %3")
                             .arg(a->acknowledgedAt.toLocalTime().toString(u"MM-dd HH:mm"_s),
                                  a->acknowledgedBy, a->ackNote);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AcknowledgedColumn && !a->isOpen())
        return a->ackNote;
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return a->summary;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && a->isOpen())
        return QBrush(a->severity == u"high"_s ? QColor(0xc6, 0x28, 0x28)
                                               : QColor(0xb3, 0x5c, 0x00));
    if (role == Qt::FontRole && a->isOpen() && index.column() == StateColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MonitorAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("状態");
    case DayColumn:
        return tr("日付");
    case RuleColumn:
        return tr("ルール");
    case SubjectColumn:
        return tr("職員");
    case CountColumn:
        return tr("件数");
    case SummaryColumn:
        return tr("内容");
    case AcknowledgedColumn:
        return tr("確認");
    default:
        return {};
    }
}

} // namespace kohi::app
