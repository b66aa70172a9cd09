#include "db/ClusterGlobals.h"

#include "db/PgParams.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("kohi::db::ClusterGlobals", s);
}

const QByteArray kHeader = "kohi-backup-globals v1";
// HMAC-SHA-256(key, this text) identifies the key without revealing it (HMAC is a PRF); it is
// not a My Number, so nothing about any number is disclosed either.
const QByteArray kKeyCheckText = "kohi-backup-key-check";

bool isTrue(const QVariant& v)
{
    return v.toString() == u"t"_s;
}

// Names travel in a tab-separated file: refuse what would break its lines.
bool plainName(const QString& s)
{
    return !s.isEmpty() && !s.contains(u'\t') && !s.contains(u'\n') && !s.contains(u'\r');
}

// The roles the database uses (as SchemaCatalog's "roles") plus every staff login.
const QString kCarried =
    u"WITH staff AS (SELECT login::text AS login FROM kohi.staff),"
    " used AS (SELECT s.refobjid AS oid FROM pg_shdepend s"
    " WHERE s.refclassid = 'pg_authid'::regclass AND s.dbid = (SELECT oid FROM pg_database"
    " WHERE datname = current_database())"
    " UNION SELECT oid FROM pg_roles WHERE rolname LIKE 'kohi\\_%'"
    " UNION SELECT datdba FROM pg_database WHERE datname = current_database()"
    " UNION SELECT r.oid FROM pg_roles r JOIN staff s ON s.login = r.rolname),"
    " carried AS (SELECT oid FROM pg_roles WHERE oid IN (SELECT oid FROM used)"
    " AND rolname !~ '^pg_') "_s;

// Runs `SELECT format(template, args...) AS sql` and then the statement it built: identifiers
// and literals are quoted by the server (%I, %L), never by string pasting here.
PgResult execFormatted(const Session& s, const QString& formatCall, const QList<QByteArray>& args)
{
    const PgResult built = s.exec(u"SELECT "_s + formatCall + u" AS sql"_s, args);
    if (!built.ok)
        return built;
    return s.exec(built.first(u"sql"_s).toString());
}

// Scratch objects for one transaction in the maintenance database: the key check and setting a
// password verifier without it appearing in any statement text (the ALTER ROLE runs inside
// EXECUTE, which log_statement does not log; the call itself binds the verifier).
const QByteArray kScratch =
    "CREATE SCHEMA kohi_restore_scratch;\n"
    "CREATE FUNCTION kohi_restore_scratch.key_check(text) RETURNS bytea\n"
    "    AS 'kohi_auth', 'kohi_mynumber_hmac' LANGUAGE C STRICT;\n"
    "CREATE FUNCTION kohi_restore_scratch.set_verifier(p_role text, p_verifier text)\n"
    "RETURNS void LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_role, p_verifier);\n"
    "END $$;\n";

} // namespace

ClusterGlobals ClusterGlobals::read(const Session& session)
{
    ClusterGlobals g;
    const PgResult head = session.exec(
        u"SELECT current_database() AS db, (SELECT max(version) FROM kohi_meta.schema_migration)"
        " AS v, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su"_s);
    if (!head.ok) {
        g.error = tr("データベースを読めません: %1").arg(head.errorMessage);
        return g;
    }
    if (!isTrue(head.first(u"su"_s))) {
        g.error =
            tr("バックアップと復元はデータベース管理者（スーパーユーザー）で実行してください。");
        return g;
    }
    g.database = head.first(u"db"_s).toString();
    g.schemaVersion = head.first(u"v"_s).toString();
    // In a savepoint: a server without the key must not abort the caller's snapshot.
    session.exec(u"SAVEPOINT key_check"_s);
    const PgResult key =
        session.exec(u"SELECT encode(kohi.kohi_mynumber_hmac($1), 'hex') AS k"_s, {kKeyCheckText});
    session.exec(key.ok ? u"RELEASE SAVEPOINT key_check"_s : u"ROLLBACK TO SAVEPOINT key_check"_s);
    if (key.ok)
        g.hmacCheck = key.first(u"k"_s).toString();

    const PgResult roles = session.exec(
        kCarried +
        u"SELECT a.rolname, a.rolsuper, a.rolcanlogin, a.rolinherit, a.rolcreaterole,"
        " a.rolcreatedb, a.rolbypassrls, a.rolconnlimit, a.rolvaliduntil, a.rolpassword"
        " FROM pg_authid a WHERE a.oid IN (SELECT oid FROM carried) ORDER BY a.rolname"_s);
    if (!roles.ok) {
        g.error = tr("ロールを読めません: %1").arg(roles.errorMessage);
        return g;
    }
    for (int i = 0; i < roles.rows.size(); ++i) {
        const QString name = roles.value(i, u"rolname"_s).toString();
        if (!plainName(name)) {
            g.error = tr("ロール名に使えない文字があります: %1").arg(name.simplified());
            return g;
        }
        if (isTrue(roles.value(i, u"rolsuper"_s))) {
            g.superusers << name;
            continue;
        }
        Role r;
        r.name = name;
        r.login = isTrue(roles.value(i, u"rolcanlogin"_s));
        r.inherit = isTrue(roles.value(i, u"rolinherit"_s));
        r.createRole = isTrue(roles.value(i, u"rolcreaterole"_s));
        r.createDb = isTrue(roles.value(i, u"rolcreatedb"_s));
        r.bypassRls = isTrue(roles.value(i, u"rolbypassrls"_s));
        r.connectionLimit = roles.value(i, u"rolconnlimit"_s).toInt();
        r.validUntil = roles.value(i, u"rolvaliduntil"_s).toString();
        r.verifier = roles.value(i, u"rolpassword"_s).toString();
        g.roles << r;
    }
    const PgResult members = session.exec(
        kCarried + u"SELECT g.rolname AS grp, m.rolname AS member, am.admin_option"
                   " FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
                   " JOIN pg_roles m ON m.oid = am.member"
                   " WHERE am.member IN (SELECT oid FROM carried) AND NOT m.rolsuper"
                   " AND (am.roleid IN (SELECT oid FROM carried) OR g.rolname ~ '^pg_')"
                   " ORDER BY 1, 2"_s);
    if (!members.ok) {
        g.error = tr("ロールの所属を読めません: %1").arg(members.errorMessage);
        return g;
    }
    for (int i = 0; i < members.rows.size(); ++i)
        g.memberships << Membership{members.value(i, u"grp"_s).toString(),
                                    members.value(i, u"member"_s).toString(),
                                    isTrue(members.value(i, u"admin_option"_s))};
    const PgResult locked =
        session.exec(u"SELECT s.login::text AS login FROM kohi.staff s,"
                     " LATERAL kohi.kohi_auth_status(s.login) st WHERE st.locked ORDER BY 1"_s);
    if (!locked.ok) {
        g.error = tr("ロックの状態を読めません: %1").arg(locked.errorMessage);
        return g;
    }
    for (int i = 0; i < locked.rows.size(); ++i)
        g.locked << locked.value(i, u"login"_s).toString();
    return g;
}

QByteArray ClusterGlobals::toText() const
{
    auto flag = [](bool b) { return b ? "1" : "0"; };
    QByteArray out = kHeader + '\n';
    out += "database\t" + database.toUtf8() + '\n';
    out += "schema-version\t" + schemaVersion.toUtf8() + '\n';
    out += "dump-sha256\t" + dumpSha256.toUtf8() + '\n';
    out += "hmac-check\t" + (hmacCheck.isEmpty() ? QByteArray("unavailable") : hmacCheck.toUtf8()) +
           '\n';
    for (const QString& s : superusers)
        out += "superuser\t" + s.toUtf8() + '\n';
    for (const Role& r : roles) {
        out += "role\t" + r.name.toUtf8() + '\t' + flag(r.login) + '\t' + flag(r.inherit) + '\t' +
               flag(r.createRole) + '\t' + flag(r.createDb) + '\t' + flag(r.bypassRls) + '\t' +
               QByteArray::number(r.connectionLimit) + '\t' +
               (r.validUntil.isEmpty() ? QByteArray("-") : r.validUntil.toUtf8()) + '\t' +
               (r.verifier.isEmpty() ? QByteArray("-") : r.verifier.toUtf8()) + '\n';
    }
    for (const Membership& m : memberships)
        out +=
            "member\t" + m.group.toUtf8() + '\t' + m.member.toUtf8() + '\t' + flag(m.admin) + '\n';
    for (const QString& l : locked)
        out += "locked\t" + l.toUtf8() + '\n';
    return out;
}

ClusterGlobals ClusterGlobals::fromText(const QByteArray& text)
{
    ClusterGlobals g;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.value(0) != kHeader) {
        g.error = tr("バックアップの付属ファイル（.globals）の形式が違います。");
        return g;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(u'\t');
        const QString& kind = f[0];
        bool fits = true;
        if (kind == u"database"_s && f.size() == 2)
            g.database = f[1];
        else if (kind == u"schema-version"_s && f.size() == 2)
            g.schemaVersion = f[1];
        else if (kind == u"dump-sha256"_s && f.size() == 2)
            g.dumpSha256 = f[1];
        else if (kind == u"hmac-check"_s && f.size() == 2)
            g.hmacCheck = f[1] == u"unavailable"_s ? QString() : f[1];
        else if (kind == u"superuser"_s && f.size() == 2)
            g.superusers << f[1];
        else if (kind == u"role"_s && f.size() == 10) {
            Role r;
            r.name = f[1];
            r.login = f[2] == u"1"_s;
            r.inherit = f[3] == u"1"_s;
            r.createRole = f[4] == u"1"_s;
            r.createDb = f[5] == u"1"_s;
            r.bypassRls = f[6] == u"1"_s;
            r.connectionLimit = f[7].toInt(&fits);
            r.validUntil = f[8] == u"-"_s ? QString() : f[8];
            r.verifier = f[9] == u"-"_s ? QString() : f[9];
            g.roles << r;
        } else if (kind == u"member"_s && f.size() == 4)
            g.memberships << Membership{f[1], f[2], f[3] == u"1"_s};
        else if (kind == u"locked"_s && f.size() == 2)
            g.locked << f[1];
        else
            fits = false;
        if (!fits) {
            g.error =
                tr("バックアップの付属ファイル（.globals）の %1 行目を解釈できません。").arg(i + 1);
            return g;
        }
    }
    if (g.database.isEmpty() || g.dumpSha256.isEmpty())
        g.error = tr("バックアップの付属ファイル（.globals）が不完全です。");
    return g;
}

ClusterGlobals::Plan ClusterGlobals::plan(const Session& target) const
{
    Plan p;
    const PgResult who =
        target.exec(u"SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,"
                    " EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS db_exists"_s,
                    {database.toUtf8()});
    if (!who.ok) {
        p.error = who.errorMessage;
        return p;
    }
    if (!isTrue(who.first(u"su"_s))) {
        p.error =
            tr("バックアップと復元はデータベース管理者（スーパーユーザー）で実行してください。");
        return p;
    }
    if (isTrue(who.first(u"db_exists"_s))) {
        p.error = tr("復元先のクラスターにはデータベース %1 が既にあります。上書きはしません"
                     "（別のクラスターに復元するか、そのデータベースを退避してください）。")
                      .arg(database);
        return p;
    }
    for (const QString& su : superusers) {
        const PgResult r =
            target.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = $1"_s, {su.toUtf8()});
        if (!r.ok || r.rows.isEmpty() || !isTrue(r.first(u"rolsuper"_s))) {
            p.error = tr("復元先のクラスターにスーパーユーザー %1 がありません（バックアップ元で"
                         "オブジェクトを所有しています）。同じ名前のデータベース管理者を作ってから"
                         "復元してください。")
                          .arg(su);
            return p;
        }
    }
    QStringList conflicts;
    for (const Role& role : roles) {
        const PgResult r = target.exec(u"SELECT rolcanlogin, rolsuper FROM pg_roles"
                                       " WHERE rolname = $1"_s,
                                       {role.name.toUtf8()});
        if (!r.ok) {
            p.error = r.errorMessage;
            return p;
        }
        if (r.rows.isEmpty())
            p.create << role.name;
        else if (role.login || isTrue(r.first(u"rolcanlogin"_s)) || isTrue(r.first(u"rolsuper"_s)))
            conflicts << role.name; // someone's account: never taken over or overwritten
        else
            p.existing << role.name;
    }
    if (!conflicts.isEmpty()) {
        p.error = tr("復元先のクラスターに、バックアップのログインロールと同じ名前のロールが既に"
                     "あります: %1。Kohi のない新しいクラスターに復元してください。")
                      .arg(conflicts.join(u", "_s));
        return p;
    }
    // The My Number hashing key: numbers registered after the restore must hash like the old
    // ones, or duplicates go unnoticed. Checked in a transaction that is rolled back.
    if (hmacCheck.isEmpty())
        return p;
    execScript(target.nativeHandle(), "BEGIN");
    const PgResult scratch = execScript(target.nativeHandle(), kScratch);
    const PgResult key = scratch.ok
                             ? target.exec(u"SELECT encode(kohi_restore_scratch.key_check($1),"
                                           " 'hex') AS k"_s,
                                           {kKeyCheckText})
                             : scratch;
    execScript(target.nativeHandle(), "ROLLBACK");
    if (!key.ok)
        p.error = tr("復元先のサーバーで個人番号のハッシュ鍵を使えません（kohi_auth.hmac_key_file"
                     " を設定し、バックアップ元と同じ鍵ファイルを置いてください）: %1")
                      .arg(key.errorMessage);
    else if (key.first(u"k"_s).toString() != hmacCheck)
        p.error =
            tr("復元先のサーバーの個人番号のハッシュ鍵（kohi_auth.hmac_key_file）が"
               "バックアップ元と異なります。鍵ファイルはバックアップに含まれません。"
               "元の鍵ファイルを安全な経路で移してから復元してください。何も変更していません。");
    return p;
}

QString ClusterGlobals::createRoles(const Session& target, const Plan& plan) const
{
    const QSet<QString> create(plan.create.cbegin(), plan.create.cend());
    if (const PgResult r = execScript(target.nativeHandle(), "BEGIN;\n" + kScratch); !r.ok) {
        execScript(target.nativeHandle(), "ROLLBACK");
        return r.errorMessage;
    }
    auto failed = [&](const PgResult& r) {
        execScript(target.nativeHandle(), "ROLLBACK");
        return tr("ロールを作成できません（何も変更していません）: %1").arg(r.errorMessage);
    };
    for (const Role& role : roles) {
        if (!create.contains(role.name))
            continue;
        const QString attributes =
            QStringList{role.login ? u"LOGIN"_s : u"NOLOGIN"_s,
                        role.inherit ? u"INHERIT"_s : u"NOINHERIT"_s,
                        role.createRole ? u"CREATEROLE"_s : u"NOCREATEROLE"_s,
                        role.createDb ? u"CREATEDB"_s : u"NOCREATEDB"_s,
                        role.bypassRls ? u"BYPASSRLS"_s : u"NOBYPASSRLS"_s}
                .join(u' ');
        PgResult r = execFormatted(target,
                                   u"format('CREATE ROLE %I WITH "_s + attributes +
                                       u" CONNECTION LIMIT %s', $1::text, $2::int)"_s,
                                   {role.name.toUtf8(), QByteArray::number(role.connectionLimit)});
        if (r.ok && !role.validUntil.isEmpty())
            r = execFormatted(target,
                              u"format('ALTER ROLE %I VALID UNTIL %L', $1::text, $2::text)"_s,
                              {role.name.toUtf8(), role.validUntil.toUtf8()});
        if (r.ok && !role.verifier.isEmpty())
            r = target.exec(u"SELECT kohi_restore_scratch.set_verifier($1, $2)"_s,
                            {role.name.toUtf8(), role.verifier.toUtf8()});
        if (!r.ok)
            return failed(r);
    }
    for (const Membership& m : memberships) {
        const PgResult r = execFormatted(
            target,
            u"format('GRANT %I TO %I' || CASE WHEN $3::boolean THEN ' WITH ADMIN OPTION'"
            " ELSE '' END, $1::text, $2::text)"_s,
            {m.group.toUtf8(), m.member.toUtf8(), m.admin ? "true" : "false"});
        if (!r.ok)
            return failed(r);
    }
    if (const PgResult r =
            execScript(target.nativeHandle(), "DROP SCHEMA kohi_restore_scratch CASCADE; COMMIT");
        !r.ok)
        return failed(r);
    return {};
}

void ClusterGlobals::dropRoles(const Session& target, const Plan& plan) const
{
    for (auto it = plan.create.crbegin(); it != plan.create.crend(); ++it)
        execFormatted(target, u"format('DROP ROLE IF EXISTS %I', $1::text)"_s, {it->toUtf8()});
}

QString ClusterGlobals::beginExportedSnapshot(const Session& session, ApiError* error)
{
    const PgResult begin = session.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    const PgResult id = begin.ok ? session.exec(u"SELECT pg_export_snapshot() AS s"_s) : begin;
    if (!id.ok) {
        *error = ApiError::fromResult(id, u"pg_export_snapshot"_s);
        session.exec(u"ROLLBACK"_s);
        return {};
    }
    return id.first(u"s"_s).toString();
}

void ClusterGlobals::endSnapshot(const Session& session)
{
    session.exec(u"COMMIT"_s);
}

void ClusterGlobals::prepareRestoreSession(const Session& session)
{
    session.exec(u"SET log_parameter_max_length = 0"_s);
    session.exec(u"SET log_parameter_max_length_on_error = 0"_s);
    session.exec(u"SET client_min_messages = warning"_s);
}

void ClusterGlobals::dropDatabase(const Session& target) const
{
    execFormatted(target, u"format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text)"_s,
                  {database.toUtf8()});
}

QString ClusterGlobals::relock(const Session& restored) const
{
    for (const QString& login : locked) {
        const PgResult r = restored.exec(u"SELECT kohi.kohi_auth_lock($1)"_s, {login.toUtf8()});
        if (!r.ok)
            return tr("ロールを再びロックできません: %1 (%2)").arg(login, r.errorMessage);
    }
    return {};
}

} // namespace kohi::db
