#include "db/ApiCatalog.h"

#include "db/Migrator.h"
#include "db/internal/RawSql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kohi::db {

QStringList ApiCatalog::auditActionsIn(const QString& body)
{
    // The logging helpers take the action name first: kohi.audit(action, target, outcome, …),
    // kohi.key_refuse / evidence_refuse / decision_refuse(action, …) write a durable refusal,
    // kohi.*_assert_*(action, …) log the refusal they raise.
    static const QRegularExpression call(
        uR"(kohi\.(audit|\w+_refuse|\w*assert_\w+)\s*\(\s*'([a-z][a-z0-9_.:-]*)')"_s);
    QStringList actions;
    for (auto it = call.globalMatch(body); it.hasNext();) {
        const QString action = it.next().captured(2);
        if (!actions.contains(action))
            actions << action;
    }
    actions.sort();
    return actions;
}

QStringList ApiCatalog::apiCallsIn(const QString& body, const QString& self)
{
    static const QRegularExpression call(uR"(kohi_api\.(\w+)\s*\()"_s);
    QStringList calls;
    for (auto it = call.globalMatch(body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != self && !calls.contains(name))
            calls << name;
    }
    calls.sort();
    return calls;
}

QString ApiCatalog::commentAbove(const QString& migrationSql, const QString& name, bool* found)
{
    const QRegularExpression create(
        u"^[ \\t]*CREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION\\s+kohi_api\\."_s +
            QRegularExpression::escape(name) + u"\\s*\\("_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (auto it = create.globalMatch(migrationSql); it.hasNext();)
        last = it.next();
    *found = last.hasMatch();
    if (!*found)
        return {};
    QStringList lines = migrationSql.left(last.capturedStart()).split(u'\n');
    if (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QStringList comment;
    while (!lines.isEmpty() && lines.last().trimmed().startsWith(u"--"_s))
        comment.prepend(lines.takeLast().trimmed().mid(2).trimmed());
    return comment.join(u' ').simplified();
}

std::optional<QList<ApiFunctionEntry>> ApiCatalog::functions()
{
    const PgResult r = m_session.exec(
        u"SELECT p.proname AS name, pg_get_function_arguments(p.oid) AS args,"
        " pg_get_function_result(p.oid) AS result, p.prosecdef AS definer,"
        " CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable'"
        "  ELSE 'volatile' END AS volatility, p.prosrc AS body,"
        " ARRAY(SELECT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
        "   FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
        "  WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner ORDER BY 1) AS grantees"
        " FROM pg_proc p WHERE p.pronamespace = 'kohi_api'::regnamespace"
        " ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)"_s);
    if (!r.ok) {
        m_error = ApiError::fromResult(r, u"pg_proc (kohi_api)"_s);
        return std::nullopt;
    }
    QString loadError;
    const QList<Migrator::Migration> migrations = Migrator::load({}, &loadError);
    if (!loadError.isEmpty()) {
        m_error = ApiError::clientSide(loadError);
        return std::nullopt;
    }
    static const QRegularExpression sessionCheck(u"PERFORM\\s+kohi\\.assert_session_ok\\s*\\("_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    QList<ApiFunctionEntry> entries;
    for (int i = 0; i < r.rows.size(); ++i) {
        ApiFunctionEntry e;
        e.name = r.value(i, u"name"_s).toString();
        e.arguments = r.value(i, u"args"_s).toString();
        e.result = r.value(i, u"result"_s).toString();
        e.securityDefiner = r.value(i, u"definer"_s).toString() == u"t"_s;
        e.volatility = r.value(i, u"volatility"_s).toString();
        const QString grantees = r.value(i, u"grantees"_s).toString(); // {a,b}
        e.grantees = grantees.mid(1, grantees.size() - 2).split(u',', Qt::SkipEmptyParts);
        const QString body = r.value(i, u"body"_s).toString();
        e.checksSession = sessionCheck.match(body).hasMatch();
        e.auditActions = auditActionsIn(body);
        e.calls = apiCallsIn(body, e.name);
        for (const Migrator::Migration& m : migrations) {
            bool found = false;
            const QString duty = commentAbove(QString::fromUtf8(m.sql), e.name, &found);
            if (!found)
                continue;
            if (!e.definedIn.isEmpty())
                e.redefinedFrom << e.definedIn;
            e.definedIn = m.version;
            e.duty = duty;
        }
        entries << e;
    }
    m_error = {};
    return entries;
}

} // namespace kohi::db
