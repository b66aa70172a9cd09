#include "app/admin/UserCommand.h"

#include "db/SessionInfo.h"
#include "db/StaffRepository.h"

#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err
        << "usage: kohi-admin user create LOGIN --name NAME [--duty ROLE]... [--password-stdin]\n"
           "       kohi-admin user duties LOGIN [ROLE]...   (replaces the set; none: no duties)\n"
           "       kohi-admin user disable LOGIN\n"
           "       kohi-admin user enable LOGIN\n"
           "       kohi-admin user unlock LOGIN\n"
           "       kohi-admin user reset-password LOGIN\n"
           "       kohi-admin user list"
        << Qt::endl;
    return Usage;
}

int refused(AdminContext& ctx, const QString& what, const db::StaffRepository& repo)
{
    // The server's own message (Japanese) and SQLSTATE, so scripts can tell refusals apart.
    ctx.err << what << ": " << repo.lastError().message;
    if (!repo.lastError().sqlState.isEmpty())
        ctx.err << " [" << repo.lastError().sqlState << "]";
    ctx.err << Qt::endl;
    return Failed;
}

void printInitialPassword(AdminContext& ctx, QString& password)
{
    // Shown once on the operator's terminal, never stored by Kohi; the user must change it at
    // the first login.
    ctx.out << "初期パスワード（この画面でのみ表示）: " << password << Qt::endl;
    password.fill(u'\0');
}

int create(const QStringList& args, AdminContext& ctx)
{
    if (args.size() < 2)
        return usage(ctx);
    const QString login = args[1];
    QString name;
    QStringList duties;
    bool passwordFromStdin = false;
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args[i] == u"--name"_s && i + 1 < args.size())
            name = args[++i];
        else if (args[i] == u"--duty"_s && i + 1 < args.size())
            duties << args[++i];
        else if (args[i] == u"--password-stdin"_s)
            passwordFromStdin = true;
        else
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    duties.removeDuplicates();
    if (passwordFromStdin) {
        // From stdin, not argv: the command line is visible to every user of the machine.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Failed;
        QString password = QString::fromUtf8(in.readLine()).trimmed();
        const bool ok = repo.createWithPassword(login, name, duties, password);
        password.fill(u'\0');
        if (!ok)
            return refused(ctx, u"ユーザーを作成できません"_s, repo);
        ctx.out << "ユーザー「" << login << "」を作成しました。" << Qt::endl;
        return Ok;
    }
    std::optional<QString> password = repo.create(login, name, duties);
    if (!password)
        return refused(ctx, u"ユーザーを作成できません"_s, repo);
    ctx.out << "ユーザー「" << login << "」を作成しました。" << Qt::endl;
    printInitialPassword(ctx, *password);
    return Ok;
}

int duties(const QStringList& args, AdminContext& ctx)
{
    if (args.size() < 2)
        return usage(ctx);
    const QString login = args[1];
    QStringList roles = args.mid(2);
    roles.removeDuplicates();
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    if (!repo.setDuties(login, roles))
        return refused(ctx, u"職務を変更できません"_s, repo);
    QStringList labels;
    for (const QString& r : roles)
        labels << db::dutyLabel(r);
    ctx.out << "ユーザー「" << login << "」の職務を変更しました: "
            << (labels.isEmpty() ? u"（職務なし）"_s : labels.join(u"、"_s)) << Qt::endl;
    return Ok;
}

int simple(const QString& sub, const QStringList& args, AdminContext& ctx)
{
    if (args.size() != 2)
        return usage(ctx);
    const QString login = args[1];
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    if (sub == u"disable"_s) {
        if (!repo.disable(login))
            return refused(ctx, u"無効化できません"_s, repo);
        ctx.out << "ユーザー「" << login
                << "」を無効にしました（接続中のセッションも切断しました）。" << Qt::endl;
        return Ok;
    }
    if (sub == u"enable"_s) {
        if (!repo.enable(login))
            return refused(ctx, u"有効化できません"_s, repo);
        ctx.out << "ユーザー「" << login << "」を有効にしました。" << Qt::endl;
        return Ok;
    }
    if (sub == u"unlock"_s) {
        const std::optional<bool> wasLocked = repo.unlock(login);
        if (!wasLocked)
            return refused(ctx, u"ロックを解除できません"_s, repo);
        ctx.out
            << (*wasLocked
                    ? u"ユーザー「%1」のロックを解除しました。"_s
                    : u"ユーザー「%1」はロックされていませんでした（失敗回数は0に戻しました）。"_s)
                   .arg(login)
            << Qt::endl;
        return Ok;
    }
    // reset-password
    std::optional<QString> password = repo.resetPassword(login);
    if (!password)
        return refused(ctx, u"パスワードを再発行できません"_s, repo);
    ctx.out << "ユーザー「" << login
            << "」のパスワードを再発行しました。次回ログイン時に変更が必要です。" << Qt::endl;
    printInitialPassword(ctx, *password);
    return Ok;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

int list(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::StaffRepository repo(*session);
    const auto accounts = repo.list();
    if (!accounts)
        return refused(ctx, u"一覧を取得できません"_s, repo);
    ctx.out << "ユーザーID\t氏名\t職務\t状態\tロック\t失敗回数\t要パスワード変更\t最終ログイン"
            << Qt::endl;
    for (const db::StaffAccount& a : *accounts) {
        const QStringList cells{a.login,
                                a.displayName,
                                a.duties.isEmpty() ? u"-"_s : a.duties.join(u','),
                                a.isActive() ? u"有効"_s : u"無効"_s,
                                a.locked ? u"ロック中"_s : u"-"_s,
                                QString::number(a.failures),
                                a.mustChangePassword ? u"要"_s : u"-"_s,
                                timeText(a.lastLoginAt)};
        ctx.out << cells.join(u'\t') << Qt::endl;
    }
    return Ok;
}

} // namespace

int runUserCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"create"_s)
        return create(args, ctx);
    if (sub == u"duties"_s)
        return duties(args, ctx);
    if (sub == u"disable"_s || sub == u"enable"_s || sub == u"unlock"_s ||
        sub == u"reset-password"_s)
        return simple(sub, args, ctx);
    if (sub == u"list"_s && args.size() == 1)
        return list(ctx);
    return usage(ctx);
}

} // namespace kohi::admin
