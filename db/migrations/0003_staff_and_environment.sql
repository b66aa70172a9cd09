-- Environment identity, programme groups, staff register and the session API.

-- Which environment this database is. The client shows it from here, never from its own config,
-- so a terminal pointed at production cannot look like the acceptance environment.
CREATE TABLE kohi.environment (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    kind       text NOT NULL CHECK (kind IN ('production', 'acceptance', 'training',
                                             'development', 'demo', 'unset')),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by name NOT NULL DEFAULT session_user
);
INSERT INTO kohi.environment (kind, name) VALUES ('unset', '環境未設定');

CREATE TABLE kohi.staff_group (
    code      text PRIMARY KEY,
    name      text NOT NULL,
    duty_role name NOT NULL UNIQUE
);
INSERT INTO kohi.staff_group VALUES
    ('nanbyo', '難病認定G', 'kohi_clerk_nanbyo'),
    ('boshi',  '母子G',     'kohi_clerk_boshi');

CREATE TABLE kohi.programme (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),  -- 法別番号
    name        text NOT NULL,
    staff_group text NOT NULL REFERENCES kohi.staff_group
);
INSERT INTO kohi.programme VALUES
    ('54', '特定医療費（指定難病）', 'nanbyo'),
    ('52', '小児慢性特定疾病医療費', 'boshi'),
    ('17', '療育医療', 'boshi');

CREATE TABLE kohi.duty (
    role_name name PRIMARY KEY,
    label     text NOT NULL,
    sort_key  int NOT NULL
);
INSERT INTO kohi.duty VALUES
    ('kohi_clerk_nanbyo', '難病認定G 担当', 1),
    ('kohi_clerk_boshi', '母子G 担当', 2),
    ('kohi_approver', '承認者', 3),
    ('kohi_mynumber_viewer', '個人番号閲覧者', 4),
    ('kohi_auditor', '監査担当', 5),
    ('kohi_user_admin', 'ユーザー管理者', 6);

-- One row per staff login role. Passwords are not here: PostgreSQL holds the SCRAM secret.
CREATE TABLE kohi.staff (
    login                name PRIMARY KEY CHECK (login ~ '^[a-z][a-z0-9_]{2,30}$' AND login !~ '^(kohi|pg)_'),
    display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
    status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    must_change_password boolean NOT NULL DEFAULT true,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           name NOT NULL DEFAULT session_user
);

-- Duty roles the caller holds (membership of the real PostgreSQL roles, never a session setting).
CREATE FUNCTION kohi.caller_duties() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT coalesce(array_agg(d.role_name::text ORDER BY d.sort_key), '{}')
    FROM kohi.duty d
    WHERE pg_has_role(session_user, d.role_name, 'MEMBER')
$$;

-- Programmes (法別番号) whose recipients the caller may see, from their clerk duties.
CREATE FUNCTION kohi.caller_programmes() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT coalesce(array_agg(p.code ORDER BY p.code), '{}')
    FROM kohi.programme p JOIN kohi.staff_group g ON g.code = p.staff_group
    WHERE pg_has_role(session_user, g.duty_role, 'MEMBER')
$$;

CREATE FUNCTION kohi_api.session_info()
RETURNS TABLE (login text, display_name text, duties text[], programmes text[],
               environment_name text, environment_kind text, password_change_required boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT session_user::text,
           coalesce(s.display_name, session_user::text),
           kohi.caller_duties(),
           kohi.caller_programmes(),
           e.name, e.kind,
           coalesce(s.must_change_password, false)
    FROM kohi.environment e
    LEFT JOIN kohi.staff s ON s.login = session_user
$$;
GRANT EXECUTE ON FUNCTION kohi_api.session_info() TO kohi_staff;
