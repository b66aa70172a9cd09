#include "app/admin/UserCommand.h"

#include "core/session/InitialPassword.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin user create LOGIN --name NAME [--duty ROLE]... [--password-stdin]\n"
               "       kohi-admin user list"
            << Qt::endl;
    return Usage;
}

QString arrayLiteral(const QStringList& items)
{
    // Duty names are validated by the server against kohi.duty; quote defensively anyway.
    QStringList quoted;
    for (QString item : items)
        quoted << u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
    return u'{' + quoted.join(u',') + u'}';
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
    QString password;
    if (passwordFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Failed;
        password = QString::fromUtf8(in.readLine()).trimmed();
    } else {
        password = generateInitialPassword();
    }
    const QByteArray secret = session->scramSecret(login, password);
    if (secret.isEmpty()) {
        ctx.err << "パスワードを処理できません。" << Qt::endl;
        return Failed;
    }
    const db::PgResult r =
        session->exec(u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s,
                      {login.toUtf8(), name.toUtf8(), arrayLiteral(duties).toUtf8(), secret});
    if (!r.ok) {
        ctx.err << "ユーザーを作成できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "ユーザー「" << login << "」を作成しました。" << Qt::endl;
    if (!passwordFromStdin) {
        // Shown once, never stored by Kohi; the user must change it at first login.
        ctx.out << "初期パスワード（この画面でのみ表示）: " << password << Qt::endl;
    }
    password.fill(u'\0');
    return Ok;
}

int list(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    const db::PgResult r = session->exec(
        u"SELECT login, display_name, array_to_string(duties, ',') AS duties, status,"
        " must_change_password, to_char(last_login_at, 'YYYY-MM-DD HH24:MI') AS last_login"
        " FROM kohi_api.user_list()"_s);
    if (!r.ok) {
        ctx.err << "一覧を取得できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "ユーザーID\t氏名\t職務\t状態\t要パスワード変更\t最終ログイン" << Qt::endl;
    for (int i = 0; i < r.rows.size(); ++i) {
        QStringList cells;
        for (const QVariant& v : r.rows[i])
            cells << v.toString();
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
    if (sub == u"list"_s)
        return list(ctx);
    return usage(ctx);
}

} // namespace kohi::admin
