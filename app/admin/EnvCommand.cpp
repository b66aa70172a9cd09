#include "app/admin/EnvCommand.h"

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
    if (sub == u"set"_s) {
        // Only the database administrator names an environment; the client merely displays it.
        const db::PgResult r =
            session->exec(u"UPDATE kohi.environment SET kind = $1, name = $2, updated_at = now(),"
                          " updated_by = session_user"_s,
                          {args[1].toUtf8(), args[2].toUtf8()});
        if (!r.ok) {
            ctx.err << "環境を設定できません: " << r.errorMessage << Qt::endl;
            return Failed;
        }
    }
    const db::PgResult r =
        session->exec(u"SELECT kind, name, updated_at, updated_by FROM kohi.environment"_s);
    if (!r.ok || r.rows.isEmpty()) {
        ctx.err << "環境を読めません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << db::environmentKindLabel(r.first(u"kind"_s).toString()) << " ("
            << r.first(u"kind"_s).toString() << "): " << r.first(u"name"_s).toString() << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
