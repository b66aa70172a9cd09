#include "app/admin/EnvCommand.h"

#include "db/EnvironmentRepository.h"
#include "db/SessionInfo.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

int runEnvCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub != u"show"_s && !(sub == u"set"_s && args.size() == 3)) {
        ctx.err << "usage: kohi-admin env show | env set "
                   "production|acceptance|training|development|demo NAME"
                << Qt::endl;
        return Usage;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::EnvironmentRepository environment(*session);
    // Only the database administrator names an environment; the client merely displays it.
    if (sub == u"set"_s && !environment.write(args[1], args[2])) {
        ctx.err << "環境を設定できません: " << environment.lastError().serverText() << Qt::endl;
        return Failed;
    }
    const std::optional<db::EnvironmentIdentity> identity = environment.read();
    if (!identity) {
        ctx.err << "環境を読めません: " << environment.lastError().serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << db::environmentKindLabel(identity->kind) << " (" << identity->kind
            << "): " << identity->name << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
