#include "app/client/MasterCatalog.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

bool MasterCatalog::load(db::ApplicationRepository& repository)
{
    m_items.clear();
    m_names.clear();
    m_error.clear();
    for (db::MasterKind kind :
         {db::MasterKind::Disease, db::MasterKind::IncomeTier, db::MasterKind::SpecialCase,
          db::MasterKind::HealthCentre, db::MasterKind::Municipality, db::MasterKind::Insurer}) {
        const auto items = repository.masters(kind);
        if (!items) {
            m_error = repository.lastError().message;
            return false;
        }
        m_items.insert(kind, *items);
        QHash<QString, QString>& names = m_names[kind];
        for (const db::MasterItem& item : *items)
            names.insert(item.code, item.label);
    }
    return true;
}

QList<db::MasterItem> MasterCatalog::diseases(const QString& programme) const
{
    QList<db::MasterItem> result;
    for (const db::MasterItem& d : m_items.value(db::MasterKind::Disease)) {
        if (d.programme == programme)
            result << d;
    }
    return result;
}

QString MasterCatalog::name(db::MasterKind kind, const QString& code) const
{
    return m_names.value(kind).value(code);
}

QString MasterCatalog::label(db::MasterKind kind, const QString& code) const
{
    for (const db::MasterItem& item : m_items.value(kind)) {
        if (item.code == code)
            return item.label;
    }
    return code;
}

} // namespace kohi::app
