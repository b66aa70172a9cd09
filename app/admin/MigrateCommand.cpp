#include "app/admin/MigrateCommand.h"

#include "db/Migrator.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

int runMigrateCommand(const QStringList& args, AdminContext& ctx)
{
    bool statusOnly = false;
    QString dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--status"_s)
            statusOnly = true;
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dir = args[++i];
        else {
            ctx.err << "usage: kohi-admin migrate [--status] [--dir DIR]" << Qt::endl;
            return Usage;
        }
    }
    ctx.skipSchemaVersionCheck(); // migrate is what brings an older schema up to date
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::Migrator migrator(*session, dir);
    const db::Migrator::Outcome outcome = statusOnly ? migrator.status() : migrator.migrate();
    (outcome.ok ? ctx.out : ctx.err) << outcome.message << Qt::endl;
    if (statusOnly && outcome.ok) {
        for (const QString& pending : outcome.applied)
            ctx.out << "  未適用: " << pending << Qt::endl;
    }
    return outcome.ok ? Ok : Failed;
}

} // namespace kohi::admin
