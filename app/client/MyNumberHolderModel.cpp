#include "app/client/MyNumberHolderModel.h"

#include "app/client/BenefitLabels.h"
#include "app/client/MyNumberStatusModel.h"
#include "core/validation/MyNumberMask.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

MyNumberHolderModel::MyNumberHolderModel(QObject* parent) : QAbstractTableModel(parent) {}

void MyNumberHolderModel::setHolders(const QList<db::MyNumberHolder>& holders)
{
    beginResetModel();
    m_rows = holders;
    endResetModel();
}

QString MyNumberHolderModel::personDescription(const db::MyNumberHolder& holder)
{
    const QString recipient =
        holder.recipientNumber.isEmpty()
            ? tr("%1（受給者番号 未付番・申請中）").arg(holder.name)
            : tr("%1（受給者番号 %2）").arg(holder.name, holder.recipientNumber);
    QString person = holder.roleLabel;
    if (!holder.personName.isEmpty())
        person += u' ' + holder.personName;
    if (!holder.relationship.isEmpty())
        person += tr("（%1）").arg(holder.relationship);
    return tr("%1の%2").arg(recipient, person);
}

int MyNumberHolderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyNumberHolderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyNumberHolderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::MyNumberHolder& h = m_rows.at(index.row());
    if (role == IdRole)
        return h.myNumberId;
    if (role == Qt::ToolTipRole && index.column() == NumberColumn)
        return tr("番号を見るには［表示…］を押し、理由とパスフレーズを入力してください。");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case RecipientNumberColumn:
        return h.recipientNumber.isEmpty() ? tr("（申請中）") : h.recipientNumber;
    case NameColumn:
        return h.name;
    case KanaColumn:
        return h.kana;
    case BirthDateColumn:
        return shortDateLabel(h.birthDate);
    case ProgrammeColumn:
        return h.programmeName;
    case MunicipalityColumn:
        return h.municipalityName;
    case RoleColumn:
        return h.roleLabel;
    case PersonNameColumn:
        // The patient's number is the recipient's own: their name is in the 氏名 column.
        return h.personName.isEmpty() ? h.name : h.personName;
    case RelationshipColumn:
        return h.relationship;
    case NumberColumn:
        // The mask only, whatever the number: it shows neither digits nor length.
        return maskMyNumber();
    case StatusColumn:
        return MyNumberStatusModel::statusLabel(h.status);
    case RegisteredAtColumn:
        return h.registeredAt.isValid()
                   ? h.registeredAt.toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s)
                   : QString();
    default:
        return {};
    }
}

QVariant MyNumberHolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecipientNumberColumn:
        return tr("受給者番号");
    case NameColumn:
        return tr("受給者氏名");
    case KanaColumn:
        return tr("カナ");
    case BirthDateColumn:
        return tr("生年月日");
    case ProgrammeColumn:
        return tr("制度");
    case MunicipalityColumn:
        return tr("市町村");
    case RoleColumn:
        return tr("区分");
    case PersonNameColumn:
        return tr("番号の本人");
    case RelationshipColumn:
        return tr("続柄");
    case NumberColumn:
        return tr("個人番号");
    case StatusColumn:
        return tr("状態");
    case RegisteredAtColumn:
        return tr("登録日時");
    default:
        return {};
    }
}

Qt::ItemFlags MyNumberHolderModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags;
}

} // namespace kohi::app
