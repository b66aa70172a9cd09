#pragma once

#include "db/ApplicationRepository.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace kohi::app {

// The choice lists of kohi_api.masters() (diseases, income tiers, special cases, health
// centres) and the names of municipalities and insurers, read once per screen, with labels for
// codes. Diseases come only for the caller's
// programmes: an unknown code is shown as the code itself.
class MasterCatalog
{
public:
    bool load(db::ApplicationRepository& repository);
    QString error() const { return m_error; }

    QList<db::MasterItem> items(db::MasterKind kind) const { return m_items.value(kind); }
    QList<db::MasterItem> diseases(const QString& programme) const;
    QString label(db::MasterKind kind, const QString& code) const;
    // The master's name for the code; empty when the master does not know it.
    QString name(db::MasterKind kind, const QString& code) const;

private:
    QMap<db::MasterKind, QList<db::MasterItem>> m_items;
    QMap<db::MasterKind, QHash<QString, QString>> m_names;
    QString m_error;
};

} // namespace kohi::app
