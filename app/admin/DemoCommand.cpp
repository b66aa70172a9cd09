#include "app/admin/DemoCommand.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

struct DemoUser
{
    const char* login;
    const char* name;
    const char* duty;
    const char* password;
    bool mustChange; // shows the forced change at first login
};

// DEMO ONLY: these accounts and passwords are published in the README. The server refuses
// to create them in a production environment.
constexpr DemoUser kDemoUsers[] = {
    {"nanbyo_clerk", "難病 花子", "kohi_clerk_nanbyo", "Demo-Nanbyo-2026!", false},
    {"boshi_clerk", "母子 太郎", "kohi_clerk_boshi", "Demo-Boshi-2026!", false},
    {"approver", "承認 次郎", "kohi_approver", "Demo-Approver-2026!", false},
    {"viewer", "閲覧 三郎", "kohi_mynumber_viewer", "Demo-Viewer-2026!", false},
    {"auditor", "監査 四郎", "kohi_auditor", "Demo-Auditor-2026!", false},
    {"useradmin", "管理 五郎", "kohi_user_admin", "Demo-UserAdmin-2026!", false},
    {"newcomer", "新人 六子", "kohi_clerk_nanbyo", "Demo-Newcomer-2026!", true},
};

int usage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin demo seed [--recipients N]" << Qt::endl;
    return Usage;
}

bool createDemoUsers(db::Session& session, AdminContext& ctx)
{
    for (const DemoUser& u : kDemoUsers) {
        const QString login = QString::fromUtf8(u.login);
        const db::PgResult exists = session.exec(
            u"SELECT count(*) AS n FROM kohi_api.user_list() WHERE login = $1"_s, {login.toUtf8()});
        if (!exists.ok) {
            ctx.err << exists.errorMessage << Qt::endl;
            return false;
        }
        if (exists.first(u"n"_s).toInt() > 0)
            continue;
        session.exec(u"BEGIN"_s);
        const QByteArray secret = session.scramSecret(login, QString::fromUtf8(u.password));
        db::PgResult r =
            session.exec(u"SELECT kohi_api.user_create($1, $2, ARRAY[$3], $4)"_s,
                         {login.toUtf8(), QByteArray(u.name), QByteArray(u.duty), secret});
        if (r.ok && !u.mustChange)
            r = session.exec(u"SELECT kohi.demo_accept_password($1)"_s, {login.toUtf8()});
        if (!r.ok) {
            session.exec(u"ROLLBACK"_s);
            ctx.err << "デモ用ユーザー " << login << " を作成できません: " << r.errorMessage
                    << Qt::endl;
            return false;
        }
        session.exec(u"COMMIT"_s);
        ctx.out << "デモ用ユーザー " << login << "（" << QString::fromUtf8(u.name)
                << "）を作成しました。" << Qt::endl;
    }
    return true;
}

} // namespace

int runDemoCommand(const QStringList& args, AdminContext& ctx)
{
    int count = 2000;
    if (args.value(0) != u"seed"_s)
        return usage(ctx);
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--recipients"_s && i + 1 < args.size())
            count = args[++i].toInt();
        else
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    if (!createDemoUsers(*session, ctx))
        return Failed;
    const db::PgResult existing =
        session->exec(u"SELECT count(*) AS n FROM kohi.recipient WHERE synthetic"_s);
    if (existing.ok && existing.first(u"n"_s).toLongLong() >= count) {
        ctx.out << "合成受給者は既に " << existing.first(u"n"_s).toString()
                << " 件あります（追加なし）。" << Qt::endl;
        return Ok;
    }
    const qint64 missing = count - existing.first(u"n"_s).toLongLong();
    const db::PgResult r =
        session->exec(u"SELECT kohi.generate_synthetic_recipients($1::int) AS n"_s,
                      {QByteArray::number(missing)});
    if (!r.ok) {
        ctx.err << "合成データを投入できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "合成受給者 " << r.first(u"n"_s).toString() << " 件を投入しました。" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
