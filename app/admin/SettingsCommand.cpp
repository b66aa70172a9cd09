#include "app/admin/SettingsCommand.h"

#include "db/StaffRepository.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin settings list\n"
               "       kohi-admin settings set KEY VALUE"
            << Qt::endl;
    return Usage;
}

int refused(AdminContext& ctx, const QString& what, const db::StaffRepository& repo)
{
    ctx.err << what << ": " << repo.lastError().message;
    if (!repo.lastError().sqlState.isEmpty())
        ctx.err << " [" << repo.lastError().sqlState << "]";
    ctx.err << Qt::endl;
    return Failed;
}

int list(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    const auto settings = repo.settings();
    if (!settings)
        return refused(ctx, u"設定を取得できません"_s, repo);
    ctx.out << "キー\t値\t範囲\t説明\t更新日時\t更新者" << Qt::endl;
    for (const db::PolicySetting& s : *settings) {
        ctx.out << s.key << '\t' << s.value << '\t' << s.minValue << "〜" << s.maxValue << '\t'
                << s.label << '\t' << s.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                << '\t' << s.updatedBy << Qt::endl;
    }
    return Ok;
}

int set(const QStringList& args, AdminContext& ctx)
{
    if (args.size() != 3)
        return usage(ctx);
    bool isNumber = false;
    const int value = args[2].toInt(&isNumber);
    if (!isNumber) {
        ctx.err << "値は整数で指定してください: " << args[2] << Qt::endl;
        return Usage;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    if (!repo.setSetting(args[1], value))
        return refused(ctx, u"設定を変更できません"_s, repo);
    ctx.out << "設定「" << args[1] << "」を " << value << " に変更しました。" << Qt::endl;
    return Ok;
}

} // namespace

int runSettingsCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"list"_s && args.size() == 1)
        return list(ctx);
    if (sub == u"set"_s)
        return set(args, ctx);
    return usage(ctx);
}

} // namespace kohi::admin
