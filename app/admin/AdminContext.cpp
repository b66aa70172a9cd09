#include "app/admin/AdminContext.h"

#include "db/SchemaVersion.h"

#include <QCoreApplication>

namespace kohi::admin {

db::Session* AdminContext::session()
{
    if (m_session)
        return m_session.get();
    const db::ConnectionSettings settings = db::ConnectionSettings::fromEnvironment();
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        err << problem << Qt::endl;
        return nullptr;
    }
    auto session = std::make_unique<db::Session>(settings);
    const auto result = session->open({}, {});
    if (!result.ok()) {
        err << result.message << Qt::endl << "  (" << result.serverText << ")" << Qt::endl;
        return nullptr;
    }
    if (m_checkSchemaVersion) {
        const db::SchemaVersionCheck version = db::checkSchemaVersion(*session);
        if (!version.ok) {
            err << version.message << Qt::endl;
            return nullptr;
        }
    }
    m_session = std::move(session);
    return m_session.get();
}

} // namespace kohi::admin
