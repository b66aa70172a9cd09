#include "app/admin/SchemaDiffCommand.h"

#include "db/ConnInfo.h"
#include "db/SchemaCatalog.h"
#include "db/Session.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

enum DiffExit
{
    Equal = 0,
    Different = 1,
    Error = 2
};

// Opens one side; prints why not and returns nullptr.
std::unique_ptr<db::Session> open(const QString& label, const QString& conninfo, AdminContext& ctx)
{
    const db::ConnInfo info = db::ConnInfo::parse(conninfo);
    if (!info.error.isEmpty()) {
        ctx.err << label << ": " << info.error << Qt::endl;
        return nullptr;
    }
    if (const QString problem = info.settings.problem(); !problem.isEmpty()) {
        ctx.err << label << ": " << problem << Qt::endl;
        return nullptr;
    }
    auto session = std::make_unique<db::Session>(info.settings);
    const auto result = session->open(info.user, info.password);
    if (!result.ok()) {
        ctx.err << label << ": " << result.message << " (" << result.serverText << ")" << Qt::endl;
        return nullptr;
    }
    return session;
}

QString describe(const db::Session& s)
{
    const auto& c = s.settings();
    return u"%1:%2/%3"_s.arg(c.host, c.portText(), c.database);
}

} // namespace

int runSchemaDiffCommand(const QStringList& args, AdminContext& ctx)
{
    if (args.size() != 2) {
        ctx.err << "usage: kohi-admin schema-diff CONNINFO_A CONNINFO_B\n"
                   "  例: kohi-admin schema-diff 'host=db-prod dbname=kohi' "
                   "'host=db-uat dbname=kohi'\n"
                   "  （省略したキーは PGHOST などの環境変数から。TLS "
                   "は常に完全検証。データベース管理者で接続）"
                << Qt::endl;
        return Error;
    }
    const auto a = open(u"A"_s, args[0], ctx);
    if (!a)
        return Error;
    const auto b = open(u"B"_s, args[1], ctx);
    if (!b)
        return Error;
    const db::SchemaCatalog::Snapshot left = db::SchemaCatalog(*a).read();
    const db::SchemaCatalog::Snapshot right = db::SchemaCatalog(*b).read();
    for (const auto& [label, snapshot] : {std::pair{u"A"_s, &left}, std::pair{u"B"_s, &right}}) {
        if (!snapshot->error.isEmpty()) {
            ctx.err << label << ": " << snapshot->error << Qt::endl;
            return Error;
        }
    }
    ctx.out << "A: " << describe(*a) << "（環境 " << left.environment << "）" << Qt::endl
            << "B: " << describe(*b) << "（環境 " << right.environment << "）" << Qt::endl
            << "（環境の種別と名称は環境ごとに異なるため比較しません）" << Qt::endl;
    const auto differences = db::SchemaCatalog::compare(left, right);
    QString group;
    for (const auto& d : differences) {
        if (d.category != group) {
            group = d.category;
            ctx.out << "[" << group << "]" << Qt::endl;
        }
        ctx.out << "  " << d.line << Qt::endl;
    }
    if (differences.isEmpty()) {
        ctx.out << "差分はありません。" << Qt::endl;
        return Equal;
    }
    ctx.out << "差分 " << differences.size() << " 件。" << Qt::endl;
    return Different;
}

} // namespace kohi::admin
