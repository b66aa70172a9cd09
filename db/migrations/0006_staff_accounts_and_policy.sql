-- Staff accounts enforced by the server: settings (password policy, idle times), a minimal
-- access-log table, session checks for every data function, password change with policy and
-- history, and user administration with separation of duties.

-- Settings an administrator may change (every change audited). Ranges are enforced here.
CREATE TABLE kohi.setting (
    key         text PRIMARY KEY,
    value       int NOT NULL,
    min_value   int NOT NULL,
    max_value   int NOT NULL,
    label       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  name NOT NULL DEFAULT session_user,
    CHECK (value BETWEEN min_value AND max_value)
);
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('password_min_length',   12, 8, 64,   'パスワードの最小文字数'),
    ('password_min_kinds',     3, 1, 4,    'パスワードに含める文字種の数（英大文字・英小文字・数字・記号）'),
    ('password_history',       5, 0, 24,   '再利用できない過去のパスワードの数'),
    ('password_expiry_days',  90, 0, 3650, 'パスワードの有効期間（日、0 は無期限）'),
    ('password_warning_days', 14, 0, 90,   '有効期限の何日前から警告するか'),
    ('idle_lock_minutes',      5, 1, 60,   '無操作で画面をロックするまでの時間（分）'),
    ('idle_logout_minutes',   30, 2, 40,   '無操作でログアウトするまでの時間（分、サーバーの切断は45分）');

CREATE FUNCTION kohi.setting_value(p_key text) RETURNS int
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT value FROM kohi.setting WHERE key = p_key
$$;

-- Sessions: which terminal a connection says it is (informational, for the access log only;
-- never used to authorise anything).
CREATE TABLE kohi.client_session (
    pid           int NOT NULL,
    backend_start timestamptz NOT NULL,
    login         name NOT NULL,
    terminal_id   text NOT NULL,
    client_addr   inet,
    started_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (pid, backend_start)
);

CREATE FUNCTION kohi.current_terminal() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT cs.terminal_id FROM kohi.client_session cs
    JOIN pg_stat_activity a ON a.pid = cs.pid AND a.backend_start = cs.backend_start
    WHERE cs.pid = pg_backend_pid()
$$;

-- The access log (grows into the tamper-evident log of the access-log work). Written only by
-- the owner's functions, in the same transaction as the action it records.
CREATE TABLE kohi.audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    login       name NOT NULL,
    client_addr inet,
    terminal_id text,
    action      text NOT NULL,
    target      text,
    programme   text,
    outcome     text NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_login_at_idx ON kohi.audit_event (login, at);

CREATE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                           p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                           p_login name DEFAULT NULL) RETURNS void
LANGUAGE sql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
    INSERT INTO kohi.audit_event (login, client_addr, terminal_id, action, target, programme,
                                  outcome, details)
    VALUES (coalesce(p_login, session_user), inet_client_addr(), kohi.current_terminal(),
            p_action, p_target, p_programme, p_outcome, coalesce(p_details, '{}'))
$$;

-- Moves the server's authentication events (logins, failures, lockouts) into the access log.
CREATE FUNCTION kohi.drain_auth_events() RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
BEGIN
    INSERT INTO kohi.audit_event (at, login, client_addr, action, outcome, details)
    SELECT e.at, e.role_name,
           CASE WHEN e.client_addr ~ '^[0-9a-fA-F:.]+$' THEN e.client_addr::inet END,
           e.outcome,
           CASE WHEN e.outcome IN ('login_ok', 'reauth_ok', 'lock_expired') THEN 'ok' ELSE 'refused' END,
           jsonb_build_object('auth_seq', e.seq)
    FROM kohi.kohi_auth_drain_events() e;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

CREATE TABLE kohi.password_history (
    login      name NOT NULL,
    secret     text NOT NULL,   -- SCRAM-SHA-256 secret, never the password
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_history_login_idx ON kohi.password_history (login, changed_at DESC);

-- Why the caller must change their password now, or NULL.
CREATE FUNCTION kohi.password_change_reason(p_login name) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT CASE
        WHEN s.must_change_password THEN
            CASE WHEN s.password_changed_at IS NULL THEN 'initial' ELSE 'reset' END
        WHEN kohi.setting_value('password_expiry_days') > 0
             AND coalesce(s.password_changed_at, s.created_at)
                 + make_interval(days => kohi.setting_value('password_expiry_days')) <= now()
            THEN 'expired'
    END
    FROM kohi.staff s WHERE s.login = p_login
$$;

-- Every data function starts here: an expired password or a pending change blocks all data,
-- for the client and for psql alike.
CREATE FUNCTION kohi.assert_session_ok() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    st text;
    reason text;
BEGIN
    IF kohi.is_superuser() THEN
        RETURN;
    END IF;
    SELECT status INTO st FROM kohi.staff WHERE login = session_user;
    IF st IS NULL OR st <> 'active' THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
    reason := kohi.password_change_reason(session_user);
    IF reason IS NOT NULL THEN
        RAISE EXCEPTION 'パスワードを変更するまでデータは利用できません。'
            USING ERRCODE = '28P01', DETAIL = 'kohi: password change required (' || reason || ')';
    END IF;
END
$$;

-- Replace session_info: now with the password state and the idle settings.
DROP FUNCTION kohi_api.session_info();
CREATE FUNCTION kohi_api.session_info()
RETURNS TABLE (login text, display_name text, duties text[], programmes text[],
               environment_name text, environment_kind text, password_change_required boolean,
               password_change_reason text, password_expires_in_days int,
               idle_lock_minutes int, idle_logout_minutes int)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT session_user::text,
           coalesce(s.display_name, session_user::text),
           kohi.caller_duties(),
           kohi.caller_programmes(),
           e.name, e.kind,
           kohi.password_change_reason(session_user) IS NOT NULL,
           kohi.password_change_reason(session_user),
           CASE WHEN kohi.setting_value('password_expiry_days') > 0 AND s.login IS NOT NULL
                THEN (coalesce(s.password_changed_at, s.created_at)::date
                      + kohi.setting_value('password_expiry_days') - current_date)
                ELSE -1 END,
           kohi.setting_value('idle_lock_minutes'),
           kohi.setting_value('idle_logout_minutes')
    FROM kohi.environment e
    LEFT JOIN kohi.staff s ON s.login = session_user
$$;
GRANT EXECUTE ON FUNCTION kohi_api.session_info() TO kohi_staff;

-- Called by the client right after login: records the terminal and the login in the access log.
CREATE FUNCTION kohi_api.session_begin(p_terminal_id text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.drain_auth_events();
    DELETE FROM kohi.client_session cs
    WHERE NOT EXISTS (SELECT FROM pg_stat_activity a
                      WHERE a.pid = cs.pid AND a.backend_start = cs.backend_start);
    INSERT INTO kohi.client_session (pid, backend_start, login, terminal_id, client_addr)
    SELECT pg_backend_pid(), a.backend_start, session_user,
           left(coalesce(nullif(btrim(p_terminal_id), ''), 'unknown'), 64), inet_client_addr()
    FROM pg_stat_activity a WHERE a.pid = pg_backend_pid()
    ON CONFLICT (pid, backend_start) DO UPDATE SET terminal_id = EXCLUDED.terminal_id;
    UPDATE kohi.staff SET last_login_at = now() WHERE login = session_user;
    PERFORM kohi.audit('session_begin', session_user, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.session_begin(text) TO kohi_staff;

-- Idle lock and unlock of the client are recorded too. Unlock proves the password again on the
-- server (failures count toward lockout).
CREATE FUNCTION kohi_api.session_event(p_event text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF p_event NOT IN ('idle_lock', 'idle_unlock', 'idle_logout', 'logout') THEN
        RAISE EXCEPTION '不明なセッションイベントです。' USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.audit(p_event, session_user, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.session_event(text) TO kohi_staff;

-- The policy's verdict on a new password, as specific Japanese messages (empty: acceptable).
CREATE FUNCTION kohi.password_policy_violations(p_login name, p_password text) RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    msgs text[] := '{}';
    min_len int := kohi.setting_value('password_min_length');
    min_kinds int := kohi.setting_value('password_min_kinds');
    hist int := kohi.setting_value('password_history');
    kinds int;
    reused boolean;
BEGIN
    IF length(p_password) < min_len THEN
        msgs := msgs || format('パスワードは%s文字以上にしてください（入力は%s文字）。', min_len, length(p_password));
    END IF;
    kinds := (p_password ~ '[A-Z]')::int + (p_password ~ '[a-z]')::int + (p_password ~ '[0-9]')::int
             + (p_password ~ '[^A-Za-z0-9]')::int;
    IF kinds < min_kinds THEN
        msgs := msgs || format('英大文字・英小文字・数字・記号のうち%s種類以上を含めてください（入力は%s種類）。', min_kinds, kinds);
    END IF;
    IF position(lower(p_login::text) IN lower(p_password)) > 0 THEN
        msgs := msgs || 'パスワードにユーザーIDを含めることはできません。'::text;
    END IF;
    IF p_password ~ '[^\x20-\x7E]' THEN
        msgs := msgs || 'パスワードには半角の英数字と記号だけを使ってください（全角文字は使えません）。'::text;
    END IF;
    IF hist > 0 THEN
        SELECT coalesce(bool_or(kohi.kohi_scram_verify_secret(h.secret, p_login, p_password)), false)
               OR kohi.kohi_scram_verify(p_login, p_password)
          INTO reused
        FROM (SELECT secret FROM kohi.password_history WHERE login = p_login
              ORDER BY changed_at DESC LIMIT hist) h;
        IF reused THEN
            msgs := msgs || format('現在または過去%s回以内に使ったパスワードは使えません。', hist);
        END IF;
    END IF;
    RETURN msgs;
END
$$;

-- A staff member changes their own password. Both passwords arrive only as bind parameters.
CREATE FUNCTION kohi_api.change_password(p_current text, p_new text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    violations text[];
    secret text;
BEGIN
    IF NOT EXISTS (SELECT FROM kohi.staff WHERE login = session_user AND status = 'active') THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
    -- Proving the current password counts toward lockout like a failed login.
    IF NOT kohi.kohi_auth_reauthenticate(p_current) THEN
        PERFORM kohi.audit('password_change', session_user, 'refused', '{"reason":"current_password"}');
        RAISE EXCEPTION '現在のパスワードが正しくありません。' USING ERRCODE = '28P01';
    END IF;
    violations := kohi.password_policy_violations(session_user, p_new);
    IF cardinality(violations) > 0 THEN
        RAISE EXCEPTION '%', array_to_string(violations, E'\n') USING ERRCODE = '22023',
            DETAIL = 'kohi: password policy';
    END IF;
    secret := kohi.kohi_scram_build_secret(p_new);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, secret);
    INSERT INTO kohi.password_history (login, secret) VALUES (session_user, secret);
    UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()
    WHERE login = session_user;
    PERFORM kohi.audit('password_change', session_user, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.change_password(text, text) TO kohi_staff;

-- ---------------------------------------------------------------- user administration

-- Serialises administration so that two administrators cannot remove each other at once.
CREATE FUNCTION kohi.begin_user_admin(p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_user_admin();
    PERFORM kohi.assert_session_ok();
    PERFORM pg_advisory_xact_lock(hashtext('kohi-user-admin'));
    -- Separation of duties: nobody administers their own account.
    IF p_target IS NOT NULL AND p_target = session_user THEN
        RAISE EXCEPTION '自分自身のアカウントは操作できません。別のユーザー管理者に依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    IF p_target IS NOT NULL AND NOT EXISTS (SELECT FROM kohi.staff WHERE login = p_target) THEN
        RAISE EXCEPTION 'ユーザー「%」は登録されていません。', p_target USING ERRCODE = '22023';
    END IF;
END
$$;

-- Would the change leave no active user administrator?
CREATE FUNCTION kohi.assert_not_last_admin(p_target text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF pg_has_role(p_target, 'kohi_user_admin', 'MEMBER') AND NOT EXISTS (
        SELECT FROM kohi.staff s
        WHERE s.login <> p_target AND s.status = 'active'
          AND pg_has_role(s.login, 'kohi_user_admin', 'MEMBER')) THEN
        RAISE EXCEPTION '最後のユーザー管理者は外せません。先に別のユーザー管理者を任命してください。'
            USING ERRCODE = '42501';
    END IF;
END
$$;

DROP FUNCTION kohi_api.user_create(text, text, text[], text);
CREATE FUNCTION kohi_api.user_create(p_login text, p_display_name text, p_duties text[],
                                     p_scram_secret text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
BEGIN
    PERFORM kohi.begin_user_admin(NULL);
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,30}$' OR p_login ~ '^(kohi|pg)_' THEN
        RAISE EXCEPTION 'ユーザーIDは英小文字で始まる3〜31文字の英小文字・数字・下線で指定してください（kohi_ と pg_ で始まるものは不可）。'
            USING ERRCODE = '22023';
    END IF;
    IF p_display_name IS NULL OR length(btrim(p_display_name)) = 0 THEN
        RAISE EXCEPTION '氏名を入力してください。' USING ERRCODE = '22023';
    END IF;
    -- Only a SCRAM secret is accepted: a plaintext here would mean the password crossed the wire.
    IF p_scram_secret IS NULL OR p_scram_secret !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'パスワードは SCRAM 形式で渡してください。' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'ユーザーID「%」は既に使われています。', p_login USING ERRCODE = '42710';
    END IF;
    PERFORM kohi.check_duties(p_duties);
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'CONNECTION LIMIT 5 PASSWORD %L IN ROLE kohi_staff', p_login, p_scram_secret);
    FOREACH d IN ARRAY coalesce(p_duties, '{}') LOOP
        EXECUTE format('GRANT %I TO %I', d, p_login);
    END LOOP;
    INSERT INTO kohi.staff (login, display_name) VALUES (p_login, btrim(p_display_name));
    INSERT INTO kohi.password_history (login, secret) VALUES (p_login, p_scram_secret);
    PERFORM kohi.audit('user_create', p_login, 'ok', jsonb_build_object('duties', p_duties));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_create(text, text, text[], text) TO kohi_user_admin;

CREATE FUNCTION kohi_api.user_set_duties(p_login text, p_duties text[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
    before text[];
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    PERFORM kohi.check_duties(p_duties);
    IF NOT ('kohi_user_admin' = ANY (coalesce(p_duties, '{}'))) THEN
        PERFORM kohi.assert_not_last_admin(p_login);
    END IF;
    SELECT array_agg(role_name::text ORDER BY sort_key) INTO before
    FROM kohi.duty WHERE pg_has_role(p_login, role_name, 'MEMBER');
    FOR d IN SELECT role_name FROM kohi.duty LOOP
        IF d = ANY (coalesce(p_duties, '{}')) THEN
            EXECUTE format('GRANT %I TO %I', d, p_login);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', d, p_login);
        END IF;
    END LOOP;
    PERFORM kohi.audit('user_set_duties', p_login, 'ok',
                       jsonb_build_object('before', before, 'after', p_duties));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_set_duties(text, text[]) TO kohi_user_admin;

CREATE FUNCTION kohi_api.user_disable(p_login text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    PERFORM kohi.assert_not_last_admin(p_login);
    -- NOLOGIN: the server refuses the account for every client, psql included.
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE kohi.staff SET status = 'disabled' WHERE login = p_login;
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_login;
    PERFORM kohi.audit('user_disable', p_login, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_disable(text) TO kohi_user_admin;

CREATE FUNCTION kohi_api.user_enable(p_login text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    UPDATE kohi.staff SET status = 'active' WHERE login = p_login;
    PERFORM kohi.audit('user_enable', p_login, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_enable(text) TO kohi_user_admin;

CREATE FUNCTION kohi_api.user_unlock(p_login text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    was_locked boolean;
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    was_locked := kohi.kohi_auth_unlock(p_login);
    PERFORM kohi.audit('user_unlock', p_login, 'ok', jsonb_build_object('was_locked', was_locked));
    RETURN was_locked;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_unlock(text) TO kohi_user_admin;

-- The new initial password is generated by the administrator's client and arrives as a SCRAM
-- secret; the user must change it at the next login.
CREATE FUNCTION kohi_api.user_reset_password(p_login text, p_scram_secret text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    IF p_scram_secret IS NULL OR p_scram_secret !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'パスワードは SCRAM 形式で渡してください。' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_scram_secret);
    UPDATE kohi.staff SET must_change_password = true, password_changed_at = now()
    WHERE login = p_login;
    PERFORM kohi.kohi_auth_unlock(p_login);
    PERFORM kohi.audit('user_reset_password', p_login, 'ok');
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_reset_password(text, text) TO kohi_user_admin;

DROP FUNCTION kohi_api.user_list();
CREATE FUNCTION kohi_api.user_list()
RETURNS TABLE (login text, display_name text, duties text[], status text, locked boolean,
               failures int, must_change_password boolean, password_changed_at timestamptz,
               last_login_at timestamptz, created_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_user_admin();
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('user_list', NULL, 'ok');
    RETURN QUERY
    SELECT s.login::text, s.display_name,
           (SELECT coalesce(array_agg(d.role_name::text ORDER BY d.sort_key), '{}')
              FROM kohi.duty d WHERE pg_has_role(s.login, d.role_name, 'MEMBER')),
           s.status, st.locked, st.failures, s.must_change_password, s.password_changed_at,
           s.last_login_at, s.created_at
    FROM kohi.staff s, LATERAL kohi.kohi_auth_status(s.login) st
    ORDER BY s.login;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.user_list() TO kohi_user_admin;

CREATE FUNCTION kohi_api.settings_list()
RETURNS TABLE (key text, value int, min_value int, max_value int, label text,
               updated_at timestamptz, updated_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY SELECT s.key, s.value, s.min_value, s.max_value, s.label, s.updated_at,
                        s.updated_by::text FROM kohi.setting s ORDER BY s.key;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.settings_list() TO kohi_staff;

CREATE FUNCTION kohi_api.setting_set(p_key text, p_value int) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    s kohi.setting;
BEGIN
    PERFORM kohi.begin_user_admin(NULL);
    SELECT * INTO s FROM kohi.setting WHERE key = p_key FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '設定「%」は存在しません。', p_key USING ERRCODE = '22023';
    END IF;
    IF p_value IS NULL OR p_value < s.min_value OR p_value > s.max_value THEN
        RAISE EXCEPTION '「%」は %〜% の範囲で指定してください。', s.label, s.min_value, s.max_value
            USING ERRCODE = '22023';
    END IF;
    UPDATE kohi.setting SET value = p_value, updated_at = now(), updated_by = session_user
    WHERE key = p_key;
    PERFORM kohi.audit('setting_set', p_key, 'ok',
                       jsonb_build_object('before', s.value, 'after', p_value));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.setting_set(text, int) TO kohi_user_admin;

-- Data functions check the session first.
CREATE OR REPLACE FUNCTION kohi_api.recipient_counts()
RETURNS TABLE (programme text, programme_name text, recipients bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY
    SELECT p.code, p.name, count(r.id)
    FROM kohi.programme p LEFT JOIN kohi.recipient r ON r.programme = p.code
    WHERE p.code = ANY (kohi.caller_programmes())
    GROUP BY p.code, p.name ORDER BY p.code;
END
$$;
