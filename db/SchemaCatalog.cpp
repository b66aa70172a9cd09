#include "db/SchemaCatalog.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("kohi::db::SchemaCatalog", s);
}

// Every schema but PostgreSQL's own.
const QString kSchemas = u"n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"_s;
// Not a member of an extension (extensions are compared by name and version).
QString notInExtension(const QString& catalog, const QString& oid)
{
    return u"NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '%1'::regclass"
           " AND e.objid = %2 AND e.deptype = 'e')"_s.arg(catalog, oid);
}
const QString kFunctionKey = u"n.nspname || '.' || p.proname || '(' ||"
                             " pg_get_function_identity_arguments(p.oid) || ')'"_s;
QString sha(const QString& expr)
{
    return u"encode(sha256(convert_to(%1, 'UTF8')), 'hex')"_s.arg(expr);
}

// Server settings the design depends on (never paths or names that differ by host).
const QString kServerSettings =
    u"'shared_preload_libraries', 'password_encryption', 'ssl', 'ssl_min_protocol_version',"
    " 'log_statement', 'log_parameter_max_length', 'log_parameter_max_length_on_error',"
    " 'log_min_duration_statement', 'log_connections', 'log_disconnections',"
    " 'max_worker_processes', 'idle_session_timeout', 'statement_timeout', 'lock_timeout',"
    " 'idle_in_transaction_session_timeout', 'synchronous_commit', 'fsync', 'full_page_writes'"_s;

struct Query
{
    QString category;
    QString sql; // column "key" names the object, every other column is an attribute
};

QList<Query> queries(const QString& staffLogins, bool hasSettings, bool hasMigrations)
{
    const QString staff = u"WITH staff AS (%1) "_s.arg(staffLogins);
    QList<Query> q;
    q << Query{u"schemas"_s, u"SELECT n.nspname AS key, pg_get_userbyid(n.nspowner) AS owner"
                             " FROM pg_namespace n WHERE "_s +
                                 kSchemas};
    q << Query{u"tables"_s,
               u"SELECT n.nspname || '.' || c.relname AS key, c.relkind::text AS kind,"
               " pg_get_userbyid(c.relowner) AS owner,"
               " CASE WHEN c.relrowsecurity THEN 'on' ELSE 'off' END AS rls,"
               " CASE WHEN c.relforcerowsecurity THEN 'on' ELSE 'off' END AS rls_forced,"
               " coalesce(pg_get_partkeydef(c.oid), '') AS partition_key,"
               " CASE WHEN c.relkind IN ('v', 'm') THEN "_s +
                   sha(u"pg_get_viewdef(c.oid)"_s) +
                   u" ELSE '' END AS view_sha256"
                   " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                   " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition"
                   " AND "_s +
                   kSchemas + u" AND "_s + notInExtension(u"pg_class"_s, u"c.oid"_s)};
    q << Query{u"columns"_s,
               u"SELECT n.nspname || '.' || c.relname || '.' || a.attname AS key,"
               " format_type(a.atttypid, a.atttypmod) AS type,"
               " CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END AS nullable,"
               " coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS default_value,"
               " a.attidentity::text AS identity, a.attgenerated::text AS generated"
               " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
               " JOIN pg_namespace n ON n.oid = c.relnamespace"
               " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
               " WHERE a.attnum > 0 AND NOT a.attisdropped"
               " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND "_s +
                   kSchemas + u" AND "_s + notInExtension(u"pg_class"_s, u"c.oid"_s)};
    q << Query{u"constraints"_s,
               u"SELECT n.nspname || '.' || c.relname || '.' || k.conname AS key,"
               " k.contype::text AS type, pg_get_constraintdef(k.oid) AS definition"
               " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
               " JOIN pg_namespace n ON n.oid = c.relnamespace"
               " WHERE NOT c.relispartition AND "_s +
                   kSchemas + u" AND "_s + notInExtension(u"pg_class"_s, u"c.oid"_s)};
    q << Query{
        u"indexes"_s,
        u"SELECT n.nspname || '.' || i.relname AS key, pg_get_indexdef(i.oid) AS definition"
        " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
        " JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = i.relnamespace"
        " WHERE NOT c.relispartition AND "_s +
            kSchemas + u" AND "_s + notInExtension(u"pg_class"_s, u"c.oid"_s)};
    q << Query{u"triggers"_s,
               u"SELECT n.nspname || '.' || c.relname || '.' || t.tgname AS key,"
               " pg_get_triggerdef(t.oid) AS definition, t.tgenabled::text AS enabled"
               " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
               " JOIN pg_namespace n ON n.oid = c.relnamespace"
               " WHERE NOT t.tgisinternal AND NOT c.relispartition AND "_s +
                   kSchemas +
                   u" UNION ALL SELECT 'event trigger ' || e.evtname, e.evtevent || ' '"
                   " || e.evtfoid::regproc::text || coalesce(' ' || e.evttags::text, ''),"
                   " e.evtenabled::text FROM pg_event_trigger e"_s};
    q << Query{u"functions"_s,
               u"SELECT "_s + kFunctionKey +
                   u" AS key, p.prokind::text AS kind,"
                   " coalesce(pg_get_function_result(p.oid), '') AS result, l.lanname AS language,"
                   " CASE WHEN p.prosecdef THEN 'definer' ELSE 'invoker' END AS security,"
                   " pg_get_userbyid(p.proowner) AS owner, p.provolatile::text AS volatility,"
                   " CASE WHEN p.proisstrict THEN 'strict' ELSE 'called on null input' END"
                   " AS null_input, p.proparallel::text AS parallel,"
                   " coalesce(array_to_string(p.proconfig, ', '), '') AS config, "_s +
                   sha(u"CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_functiondef(p.oid)"
                       " ELSE p.prosrc END || coalesce(' ' || p.probin, '')"_s) +
                   u" AS body_sha256"
                   " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                   " JOIN pg_language l ON l.oid = p.prolang WHERE "_s +
                   kSchemas + u" AND "_s + notInExtension(u"pg_proc"_s, u"p.oid"_s)};
    // The roles the database uses (owners, grantees, policy roles: pg_shdepend; Kohi's group
    // and duty roles by name; the database owner) except staff logins, which differ by
    // environment and are compared by their attribute profile below.
    const QString attributes =
        u"concat_ws(' ', CASE WHEN r.rolsuper THEN 'SUPERUSER' END,"
        " CASE WHEN r.rolinherit THEN 'INHERIT' ELSE 'NOINHERIT' END,"
        " CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END,"
        " CASE WHEN r.rolcreatedb THEN 'CREATEDB' END,"
        " CASE WHEN r.rolreplication THEN 'REPLICATION' END,"
        " CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END,"
        " CASE WHEN r.rolconnlimit <> -1 THEN 'CONNECTION LIMIT ' || r.rolconnlimit END,"
        " CASE WHEN r.rolvaliduntil IS NOT NULL THEN 'VALID UNTIL' END)"_s;
    q << Query{u"roles"_s,
               staff +
                   u", used AS (SELECT s.refobjid AS oid FROM pg_shdepend s"
                   " WHERE s.refclassid = 'pg_authid'::regclass AND s.dbid = (SELECT oid FROM"
                   " pg_database WHERE datname = current_database())"
                   " UNION SELECT oid FROM pg_roles WHERE rolname LIKE 'kohi\\_%'"
                   " UNION SELECT datdba FROM pg_database WHERE datname = current_database())"
                   " SELECT r.rolname AS key, CASE WHEN r.rolcanlogin THEN 'LOGIN' ELSE 'NOLOGIN'"
                   " END AS login, "_s +
                   attributes +
                   u" AS attributes,"
                   " coalesce((SELECT string_agg(g.rolname || CASE WHEN m.admin_option THEN"
                   " ' (ADMIN)' ELSE '' END, ', ' ORDER BY g.rolname) FROM pg_auth_members m"
                   " JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), '') AS member_of"
                   " FROM pg_roles r WHERE r.oid IN (SELECT oid FROM used)"
                   " AND r.rolname !~ '^pg_' AND r.rolname NOT IN (SELECT login FROM staff)"_s};
    // Staff logins: which kinds exist (attributes, memberships outside Kohi's own roles), not
    // who. LOGIN/NOLOGIN is left out: it is a disabled account, i.e. data.
    q << Query{
        u"staff_profiles"_s,
        staff + u"SELECT DISTINCT "_s + attributes +
            u" || coalesce(' / other roles: ' || (SELECT string_agg(g.rolname, ', '"
            " ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g"
            " ON g.oid = m.roleid WHERE m.member = r.oid AND g.rolname NOT LIKE"
            " 'kohi\\_%'), '') AS key FROM pg_roles r JOIN staff s ON s.login = r.rolname"_s};
    q << Query{
        u"grants"_s,
        u"WITH objs(kind, name, acl) AS ("
        " SELECT 'database', '(this database)', coalesce(d.datacl, acldefault('d', d.datdba))"
        " FROM pg_database d WHERE d.datname = current_database()"
        " UNION ALL SELECT 'schema', n.nspname, coalesce(n.nspacl, acldefault('n', n.nspowner))"
        " FROM pg_namespace n WHERE "_s +
            kSchemas +
            u" UNION ALL SELECT CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END,"
            " n.nspname || '.' || c.relname, coalesce(c.relacl, acldefault(CASE c.relkind"
            " WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))"
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition AND "_s +
            kSchemas +
            u" UNION ALL SELECT 'column', n.nspname || '.' || c.relname || '.' || a.attname,"
            " a.attacl FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attacl IS NOT NULL"
            " AND a.attnum > 0 AND NOT a.attisdropped AND NOT c.relispartition AND "_s +
            kSchemas + u" UNION ALL SELECT 'function', "_s + kFunctionKey +
            u", coalesce(p.proacl, acldefault('f', p.proowner))"
            " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE "_s +
            kSchemas + u" AND "_s + notInExtension(u"pg_proc"_s, u"p.oid"_s) +
            u" UNION ALL SELECT 'language', l.lanname, coalesce(l.lanacl,"
            " acldefault('l', l.lanowner)) FROM pg_language l"
            " UNION ALL SELECT 'default privileges (' || d.defaclobjtype::text || ') of ' ||"
            " pg_get_userbyid(d.defaclrole) || coalesce(' in ' || n.nspname, ''), '',"
            " d.defaclacl FROM pg_default_acl d"
            " LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace)"
            " SELECT o.kind || ' ' || o.name || ' → ' || CASE WHEN e.grantee = 0 THEN 'PUBLIC'"
            " ELSE pg_get_userbyid(e.grantee) END AS key,"
            " string_agg(DISTINCT e.privilege_type || CASE WHEN e.is_grantable THEN"
            " ' WITH GRANT OPTION' ELSE '' END, ', ' ORDER BY e.privilege_type ||"
            " CASE WHEN e.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) AS privileges"
            " FROM objs o CROSS JOIN LATERAL aclexplode(o.acl) e GROUP BY 1"_s};
    q << Query{u"policies"_s,
               u"SELECT n.nspname || '.' || c.relname || '.' || p.polname AS key,"
               " p.polcmd::text AS command,"
               " CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END AS mode,"
               " coalesce((SELECT string_agg(nm, ', ' ORDER BY nm) FROM (SELECT CASE WHEN r = 0"
               " THEN 'PUBLIC' ELSE pg_get_userbyid(r) END AS nm FROM unnest(p.polroles) r) s),"
               " '') AS roles, coalesce("_s +
                   sha(u"pg_get_expr(p.polqual, p.polrelid)"_s) +
                   u", '') AS using_sha256,"
                   " coalesce("_s +
                   sha(u"pg_get_expr(p.polwithcheck, p.polrelid)"_s) +
                   u", '') AS check_sha256"
                   " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
                   " JOIN pg_namespace n ON n.oid = c.relnamespace"
                   " WHERE NOT c.relispartition AND "_s +
                   kSchemas};
    q << Query{u"extensions"_s,
               u"SELECT e.extname AS key, e.extversion AS version, n.nspname AS schema"
               " FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"_s};
    q << Query{
        u"server_settings"_s,
        u"SELECT 'server ' || name AS key, setting AS value FROM pg_settings WHERE name IN ("_s +
            kServerSettings +
            u") OR (name LIKE 'kohi\\_auth.%' AND name NOT IN ('kohi_auth.hmac_key_file',"
            " 'kohi_auth.auth_event_database'))"
            " UNION ALL SELECT 'database ' || split_part(c, '=', 1),"
            " substr(c, strpos(c, '=') + 1) FROM pg_db_role_setting s,"
            " unnest(s.setconfig) c WHERE s.setrole = 0 AND s.setdatabase ="
            " (SELECT oid FROM pg_database WHERE datname = current_database())"_s};
    if (hasSettings)
        q << Query{u"kohi_settings"_s, u"SELECT key, value::text AS value, min_value::text AS min,"
                                       " max_value::text AS max FROM kohi.setting"_s};
    if (hasMigrations)
        q << Query{u"migrations"_s, u"SELECT version AS key, name, checksum"
                                    " FROM kohi_meta.schema_migration"_s};
    return q;
}

QString shown(const QString& attribute, const QString& value)
{
    if (value.isEmpty())
        return tr("（なし）");
    if (attribute.endsWith(u"sha256"_s) || attribute == u"checksum"_s)
        return value.left(16) + u'…';
    return value;
}

} // namespace

QList<SchemaCatalog::Category> SchemaCatalog::categories()
{
    return {
        {u"schemas"_s, tr("スキーマ")},
        {u"tables"_s, tr("テーブル・ビュー（行セキュリティの有効・強制を含む）")},
        {u"columns"_s, tr("列")},
        {u"constraints"_s, tr("制約")},
        {u"indexes"_s, tr("索引")},
        {u"triggers"_s, tr("トリガー")},
        {u"functions"_s, tr("関数（本体はハッシュで比較）")},
        {u"roles"_s, tr("ロール（職務・グループ・所有者）")},
        {u"staff_profiles"_s, tr("職員ログインの属性の種類")},
        {u"grants"_s, tr("権限")},
        {u"policies"_s, tr("行セキュリティのポリシー")},
        {u"extensions"_s, tr("拡張機能")},
        {u"server_settings"_s, tr("サーバーとデータベースの設定")},
        {u"kohi_settings"_s, tr("Kohi の設定（kohi.setting）")},
        {u"migrations"_s, tr("マイグレーションの履歴")},
    };
}

SchemaCatalog::Snapshot SchemaCatalog::read()
{
    Snapshot snapshot;
    const PgResult begin = m_session.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    if (!begin.ok) {
        snapshot.error = begin.errorMessage;
        return snapshot;
    }
    auto fail = [&](const PgResult& r) {
        snapshot.error = tr("カタログを読めません: %1").arg(r.errorMessage);
        m_session.exec(u"ROLLBACK"_s);
        return snapshot;
    };
    const PgResult present =
        m_session.exec(u"SELECT to_regclass('kohi.setting') IS NOT NULL AS settings,"
                       " to_regclass('kohi_meta.schema_migration') IS NOT NULL AS migrations,"
                       " to_regclass('kohi.staff') IS NOT NULL AS staff,"
                       " to_regclass('kohi.environment') IS NOT NULL AS environment"_s);
    if (!present.ok)
        return fail(present);
    auto has = [&](const QString& c) { return present.first(c).toString() == u"t"_s; };
    if (has(u"environment"_s)) {
        const PgResult env =
            m_session.exec(u"SELECT kind || ': ' || name AS e FROM kohi.environment"_s);
        if (!env.ok)
            return fail(env);
        snapshot.environment = env.first(u"e"_s).toString();
    }
    const QString staff = has(u"staff"_s) ? u"SELECT login::text AS login FROM kohi.staff"_s
                                          : u"SELECT NULL::text AS login WHERE false"_s;
    for (const Query& q : queries(staff, has(u"settings"_s), has(u"migrations"_s))) {
        const PgResult r = m_session.exec(q.sql);
        if (!r.ok)
            return fail(r);
        Objects& objects = snapshot.categories[q.category];
        for (int row = 0; row < r.rows.size(); ++row) {
            QMap<QString, QString> attributes;
            for (const QString& column : r.columns)
                if (column != u"key"_s)
                    attributes.insert(column, r.value(row, column).toString());
            objects.insert(r.value(row, u"key"_s).toString(), attributes);
        }
    }
    m_session.exec(u"COMMIT"_s);
    return snapshot;
}

QList<SchemaCatalog::Difference> SchemaCatalog::compare(const Snapshot& a, const Snapshot& b)
{
    QList<Difference> out;
    for (const Category& category : categories()) {
        const Objects left = a.categories.value(category.id);
        const Objects right = b.categories.value(category.id);
        QStringList keys = left.keys() + right.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys) {
            if (!right.contains(key)) {
                out << Difference{category.label, tr("%1: A にだけあります").arg(key)};
                continue;
            }
            if (!left.contains(key)) {
                out << Difference{category.label, tr("%1: B にだけあります").arg(key)};
                continue;
            }
            const auto& l = left[key];
            const auto& r = right[key];
            QStringList attributes = l.keys() + r.keys();
            attributes.removeDuplicates();
            attributes.sort();
            for (const QString& attribute : attributes) {
                if (l.value(attribute) == r.value(attribute))
                    continue;
                out << Difference{category.label,
                                  tr("%1: %2 が異なります（A: %3 / B: %4）")
                                      .arg(key, attribute, shown(attribute, l.value(attribute)),
                                           shown(attribute, r.value(attribute)))};
            }
        }
    }
    return out;
}

} // namespace kohi::db
