#include "app/admin/ApiReferenceCommand.h"

#include "db/ApiCatalog.h"
#include "db/SchemaVersion.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

QString codeList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& i : items)
        quoted << u'`' + i + u'`';
    return quoted.isEmpty() ? u"—"_s : quoted.join(u", "_s);
}

// The actions, or the API functions that log for it.
QString logs(const db::ApiFunctionEntry& f)
{
    if (!f.auditActions.isEmpty() || f.calls.isEmpty())
        return codeList(f.auditActions);
    return u"via "_s + f.calls.join(u", "_s);
}

QString markdown(const QList<db::ApiFunctionEntry>& functions)
{
    QString md;
    md += u"# kohi_api reference\n\n"
          "Generated from a database migrated to schema version "_s +
          db::newestKnownMigration() +
          u" by `ninja kohi_api_reference` (`kohi-admin api-reference`). Do not edit: the test "
          "`api_reference_current` fails when this file and the migrations disagree.\n\n"
          "Every function runs as its owner (SECURITY DEFINER) with EXECUTE granted only to the "
          "roles listed. *Duty* is the comment above the function's newest definition; *logs* "
          "lists the access-log actions named in its body (events, durable "
          "refusals and the assertions that log what they refuse); "
          "*defined in* is the migration holding the current body.\n\n"_s;
    md += u"%1 functions.\n\n| function | roles | logs | defined in |\n|---|---|---|---|\n"_s.arg(
        functions.size());
    for (const db::ApiFunctionEntry& f : functions)
        md += u"| [%1](#%2) | %3 | %4 | %5 |\n"_s.arg(f.name, f.name, f.grantees.join(u", "_s),
                                                      logs(f), f.definedIn);
    for (const db::ApiFunctionEntry& f : functions) {
        md += u"\n## %1\n\n"_s.arg(f.name);
        md +=
            u"```sql\nkohi_api.%1(%2)\n  RETURNS %3\n```\n\n"_s.arg(f.name, f.arguments, f.result);
        md += u"- **Duty:** %1\n"_s.arg(f.duty.isEmpty() ? u"—"_s : f.duty);
        md += u"- **Roles:** %1\n"_s.arg(codeList(f.grantees));
        md += u"- **Logs:** %1\n"_s.arg(codeList(f.auditActions));
        if (!f.calls.isEmpty())
            md += u"- **Calls:** %1\n"_s.arg(codeList(f.calls));
        md += u"- **Checks the session first:** %1; %2, %3\n"_s.arg(
            f.checksSession ? u"yes"_s : u"no"_s,
            f.securityDefiner ? u"SECURITY DEFINER"_s : u"SECURITY INVOKER"_s, f.volatility);
        md += u"- **Defined in:** %1%2\n"_s.arg(
            f.definedIn.isEmpty() ? u"—"_s : f.definedIn,
            f.redefinedFrom.isEmpty() ? QString()
                                      : u" (earlier: %1)"_s.arg(f.redefinedFrom.join(u", "_s)));
    }
    return md;
}

} // namespace

int runApiReferenceCommand(const QStringList& args, AdminContext& ctx)
{
    QString outPath;
    if (args.size() == 2 && args[0] == u"--out"_s) {
        outPath = args[1];
    } else if (!args.isEmpty()) {
        ctx.err << "usage: kohi-admin api-reference [--out FILE]" << Qt::endl;
        return Usage;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::ApiCatalog catalog(*session);
    const std::optional<QList<db::ApiFunctionEntry>> functions = catalog.functions();
    if (!functions) {
        ctx.err << "API の一覧を読めません: " << catalog.lastError().serverText() << Qt::endl;
        return Failed;
    }
    const QByteArray text = markdown(*functions).toUtf8();
    if (outPath.isEmpty()) {
        ctx.out << QString::fromUtf8(text);
        ctx.out.flush();
        return Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        ctx.err << "ファイルに書き込めません: " << outPath << Qt::endl;
        return Failed;
    }
    ctx.out << "kohi_api の " << functions->size() << " 関数を " << outPath << " に書きました。"
            << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
