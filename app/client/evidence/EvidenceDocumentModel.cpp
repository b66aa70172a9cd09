#include "app/client/evidence/EvidenceDocumentModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kohi::app {

void EvidenceDocumentModel::setDocuments(const QList<db::EvidenceDocument>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

const db::EvidenceDocument* EvidenceDocumentModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int EvidenceDocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int EvidenceDocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceDocumentModel::kindLabel(const QString& kind)
{
    return kind == u"mynumber"_s ? tr("個人番号の証拠書類") : tr("その他の書類");
}

QString EvidenceDocumentModel::stateText(const db::EvidenceDocument& d)
{
    if (d.state == u"checked_out"_s)
        return (d.overdue ? tr("返却期限超過（%1 %2〜）") : tr("持ち出し中（%1 %2〜）"))
            .arg(d.checkedOutBy, d.checkedOutAt.toLocalTime().toString(u"M/d HH:mm"_s));
    if (d.state == u"disposed"_s)
        return tr("廃棄済み");
    return tr("保管中");
}

QVariant EvidenceDocumentModel::data(const QModelIndex& index, int role) const
{
    const db::EvidenceDocument* d = documentAt(index.row());
    if (!d)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StateColumn && d->overdue)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecipientColumn:
        return u"%1 %2"_s.arg(d->recipientNumber, d->recipientName);
    case KindColumn:
        return kindLabel(d->kind);
    case DescriptionColumn:
        return d->description;
    case ReceivedColumn:
        return tr("%1（%2）").arg(d->receivedOn.toString(u"yyyy-MM-dd"_s), d->receivedBy);
    case CabinetColumn:
        return d->cabinetLabel;
    case StateColumn:
        return stateText(*d);
    case ReasonColumn:
        return d->checkoutReason;
    default:
        return {};
    }
}

QVariant EvidenceDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("受給者");
    case KindColumn:
        return tr("種類");
    case DescriptionColumn:
        return tr("書類");
    case ReceivedColumn:
        return tr("受領日（受領者）");
    case CabinetColumn:
        return tr("保管庫");
    case StateColumn:
        return tr("状態");
    case ReasonColumn:
        return tr("持ち出しの理由");
    default:
        return {};
    }
}

} // namespace kohi::app
