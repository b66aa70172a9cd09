-- kohi:run-as superuser
-- API hardening (issue "Accountability no staff member can undo", items 2 in part, 3 and 5).
-- An insider with their own credentials and psql must not be able to get around the API, stall
-- it, or keep their own refusals away from the server's error reporting. So:
--
-- 1. Every kohi_api function checks the session before anything else. The few that lacked the
--    check get it: session_event (worked for an account with a pending forced password change),
--    session_begin and session_info (worked for a disabled account), application_return
--    (validated its reason first). The functions the forced-password-change
--    screen needs (session_begin, session_info, change_password) work while a change is pending
--    but refuse a disabled account (kohi.assert_account_active). change_password also did not
--    need the current password: kohi_auth_reauthenticate(NULL) is NULL (STRICT), "IF NOT NULL"
--    is not taken, so change_password(NULL, <new>) set a new password without the proof (and
--    without counting toward the lockout) and cleared a pending change (seen on 0019). Only the
--    NOT NULL of password_history stopped change_password(NULL, NULL) from removing the
--    password. NULLs are now refused first.
--    tests/integration/SessionCheckTests.cpp walks pg_proc and proves each function refuses a
--    disabled account and one with a pending change (except the documented three).
-- 2. No PUBLIC EXECUTE on functions in Kohi's schemas, in particular SECURITY DEFINER functions
--    outside kohi_api (kohi_audit's were executable by PUBLIC; only the missing schema USAGE
--    protected them) and functions a migration created as superuser (no default privileges).
--    Revoked here once more by a sweep, so that this holds whatever an earlier migration did.
-- 3. Large objects: staff can neither create, write nor read them (they would own objects and
--    could stage data in the database outside every audited path).
-- 4. Advisory locks are shared by every role: a staff member taking the key a server function
--    serialised on (user administration, key ceremonies, My Number registration) stalled it.
--    The server functions now lock rows and tables no staff role can reach (kohi.mutex, the
--    recipient row, kohi.user_admin_lock), and no staff role may call any advisory-lock function.
-- 5. Staff can neither catch errors nor create code: USAGE on plpgsql is revoked from PUBLIC.
--    A DO block with an EXCEPTION handler would let a staff member swallow refusals (API errors
--    and PostgreSQL's own "permission denied"), so that no refusal ever reaches the server's
--    error reporting (the server log, and the error hook that records refusals as durable access
--    events, migration 0019), and probe the API silently. TEMPORARY on the database is revoked
--    from PUBLIC again (0001 revoked ALL already): without it no pg_temp function or table can
--    be created (the client uses none).
--    Owners keep USAGE: kohi_owner and kohi_audit_owner create plpgsql functions in migrations
--    (migrations run as the database administrator, or as kohi_owner via SET LOCAL ROLE). A fresh
--    database replays 0001..0019 before this grant exists, when USAGE is still PUBLIC's.
-- 6. Protected settings: set_config() is no longer PUBLIC's (the kohi_auth guard, kohi_guard.c,
--    refuses SET/RESET of protected parameters, ALTER ROLE/DATABASE ... SET and protected
--    startup options for non-superusers; set_config() and UPDATE pg_settings, which calls it,
--    would be a way around it). Role settings of this database's staff that change a protected
--    parameter (made before the guard existed) are removed.

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ 5. no code, no temp objects
REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
GRANT USAGE ON LANGUAGE plpgsql TO kohi_owner, kohi_audit_owner;
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM kohi_staff', current_database());
END
$$;

-- ------------------------------------------------------------------ 3, 4, 6: built-in functions
-- Large objects (server-side lo_import/lo_export are superuser-only already; revoked anyway),
-- every advisory-lock function, and set_config. The DBA (superuser) is not affected.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'pg_catalog'::regnamespace
               AND (p.proname LIKE 'lo\_%' OR p.proname IN ('loread', 'lowrite')
                    OR p.proname LIKE 'pg\_%advisory\_%'
                    OR p.oid = 'pg_catalog.set_config(text, text, boolean)'::regprocedure)
             ORDER BY 1 LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
-- The API owner may set parameters in its own functions (none does today).
GRANT EXECUTE ON FUNCTION pg_catalog.set_config(text, text, boolean) TO kohi_owner;

-- ------------------------------------------------------------------ 2. no PUBLIC EXECUTE in Kohi
-- Every function in Kohi's schemas, and every SECURITY DEFINER function anywhere outside the
-- system schemas: EXECUTE only where a migration granted it to a role.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE (n.nspname IN ('kohi', 'kohi_api', 'kohi_audit', 'kohi_meta')
                    OR (p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')))
               AND EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                           WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
             ORDER BY 1 LOOP
        EXECUTE format('REVOKE EXECUTE ON ROUTINE %s FROM PUBLIC', f);
    END LOOP;
END
$$;

-- ------------------------------------------------------------------ 6. staff role settings
-- ALTER ROLE <self> SET log_parameter_max_length_on_error = -1 (or a statement_timeout of 0)
-- made before the guard existed would stay in force at every login. Staff of this database
-- only (roles are cluster-wide; other databases' staff are theirs to clean). Where the audit
-- sealer keeps the staff session limits as role settings in this database (0019's
-- kohi_audit.enforce_session_limits, which rewrites any other value within seconds), those four
-- are left to it: removing them here would open a gap until its next pass.
DO $$
DECLARE
    r record;
    setting text;
    name text;
    limits_kept boolean := to_regprocedure('kohi_audit.enforce_session_limits()') IS NOT NULL;
BEGIN
    FOR r IN SELECT ro.rolname, s.setdatabase, s.setconfig
             FROM pg_db_role_setting s
             JOIN pg_roles ro ON ro.oid = s.setrole AND NOT ro.rolsuper
             JOIN kohi.staff st ON st.login = ro.rolname
             WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database
                                         WHERE datname = current_database())) LOOP
        FOREACH setting IN ARRAY r.setconfig LOOP
            name := lower(split_part(setting, '=', 1));
            CONTINUE WHEN limits_kept AND r.setdatabase <> 0
                          AND name IN ('statement_timeout', 'lock_timeout',
                                       'idle_in_transaction_session_timeout', 'idle_session_timeout');
            IF name IN ('statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout',
                        'idle_session_timeout')
               OR name ~ '^(log|debug|trace)_' THEN
                IF r.setdatabase = 0 THEN
                    EXECUTE format('ALTER ROLE %I RESET %I', r.rolname, name);
                ELSE
                    EXECUTE format('ALTER ROLE %I IN DATABASE %I RESET %I', r.rolname,
                                   current_database(), name);
                END IF;
                RAISE NOTICE 'kohi: removed the role setting % of %', name, r.rolname;
            END IF;
        END LOOP;
    END LOOP;
END
$$;

-- ------------------------------------------------------------------ the API's part
SET LOCAL ROLE kohi_owner;

-- 4. One row per purpose that server functions serialise on. Nobody but the owner can read or
-- lock these rows (no privileges, schema kohi not usable by staff). Like any lock an API function
-- takes, it lasts until the caller's transaction ends: only staff with the duty can take it, and
-- idle_in_transaction_session_timeout (protected by kohi_guard.c) bounds how long.
CREATE TABLE kohi.mutex (
    purpose text PRIMARY KEY,
    note    text NOT NULL
);
INSERT INTO kohi.mutex VALUES
    ('key_ceremony', 'My Number key ceremonies (create, enrol, remove, rotation): one at a time');

-- 1. The account exists as staff and is not disabled (a password change may be pending). For
-- what an account must be able to do before its change: start the session, read its own
-- session information, change the password.
CREATE FUNCTION kohi.assert_account_active() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF kohi.is_superuser() THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT FROM kohi.staff WHERE login = session_user AND status = 'active') THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION kohi_api.session_info()
RETURNS TABLE (login text, display_name text, duties text[], programmes text[],
               environment_name text, environment_kind text, password_change_required boolean,
               password_change_reason text, password_expires_in_days int,
               idle_lock_minutes int, idle_logout_minutes int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    -- Allowed while a password change is pending: the client reads the reason from here.
    PERFORM kohi.assert_account_active();
    PERFORM kohi.audit('session_info', session_user, 'ok');
    RETURN QUERY
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
    LEFT JOIN kohi.staff s ON s.login = session_user;
END
$$;

-- 0018's body, with the account check first. Allowed while a password change is pending: the
-- login and the terminal belong in the access log before the change screen.
CREATE OR REPLACE FUNCTION kohi_api.session_begin(p_terminal_id text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_account_active();
    DELETE FROM kohi.client_session cs
    WHERE cs.ctid IN (SELECT x.ctid FROM kohi.client_session x
                      WHERE NOT EXISTS (SELECT FROM pg_stat_activity a
                                        WHERE a.pid = x.pid AND a.backend_start = x.backend_start)
                      FOR UPDATE SKIP LOCKED);
    INSERT INTO kohi.client_session (pid, backend_start, login, terminal_id, client_addr)
    SELECT pg_backend_pid(), a.backend_start, session_user,
           left(coalesce(nullif(btrim(p_terminal_id), ''), 'unknown'), 64), inet_client_addr()
    FROM pg_stat_activity a WHERE a.pid = pg_backend_pid()
    ON CONFLICT (pid, backend_start) DO UPDATE SET terminal_id = EXCLUDED.terminal_id;
    UPDATE kohi.staff SET last_login_at = now() WHERE login = session_user;
    -- The chain head from here on: drained events (this login among them) precede this one.
    PERFORM kohi.drain_auth_events();
    PERFORM kohi.audit('session_begin', session_user, 'ok');
END
$$;

-- Idle lock, unlock and logout happen in the main window, after any password change: the full
-- session check (0006 let an account with a pending change write these events).
CREATE OR REPLACE FUNCTION kohi_api.session_event(p_event text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_event IS NULL OR p_event NOT IN ('idle_lock', 'idle_unlock', 'idle_logout', 'logout') THEN
        RAISE EXCEPTION '不明なセッションイベントです。' USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.audit(p_event, session_user, 'ok');
END
$$;

-- 0006's body with the account check first and no way around the current-password proof:
-- NULLs are refused before anything else is looked at.
CREATE OR REPLACE FUNCTION kohi_api.change_password(p_current text, p_new text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    violations text[];
    secret text;
BEGIN
    PERFORM kohi.assert_account_active();
    IF NOT EXISTS (SELECT FROM kohi.staff WHERE login = session_user) THEN
        -- A superuser without a staff account has no Kohi password to change.
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
    IF p_current IS NULL OR p_new IS NULL THEN
        RAISE EXCEPTION '現在のパスワードと新しいパスワードを入力してください。' USING ERRCODE = '22023';
    END IF;
    -- Proving the current password counts toward lockout like a failed login.
    IF kohi.kohi_auth_reauthenticate(p_current) IS NOT TRUE THEN
        PERFORM kohi.audit('password_change', session_user, 'refused', '{"reason":"current_password"}');
        RAISE EXCEPTION '現在のパスワードが正しくありません。' USING ERRCODE = '28P01';
    END IF;
    violations := kohi.password_policy_violations(session_user, p_new);
    IF cardinality(violations) > 0 THEN
        RAISE EXCEPTION '%', array_to_string(violations, E'\n') USING ERRCODE = '22023',
            DETAIL = 'kohi: password policy';
    END IF;
    secret := kohi.kohi_scram_build_secret(p_new);
    IF secret IS NULL THEN
        RAISE EXCEPTION 'パスワードを設定できません。' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, secret);
    INSERT INTO kohi.password_history (login, secret) VALUES (session_user, secret);
    UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()
    WHERE login = session_user;
    PERFORM kohi.audit('password_change', session_user, 'ok');
END
$$;

-- 0013's body with the session check first (it validated the reason before it).
CREATE OR REPLACE FUNCTION kohi_api.application_return(p_id bigint, p_version int, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION '差戻しの理由を入力してください。' USING ERRCODE = '22023';
    END IF;
    a := kohi.lock_for_decision(p_id, p_version);
    UPDATE kohi.application SET state = 'returned', return_reason = btrim(p_reason),
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_return', 'application:' || p_id, 'ok',
                       jsonb_build_object('reason', left(p_reason, 200)), a.programme);
END
$$;

-- 4. 0009's body without the advisory lock it kept "for anything else serialising on it": the
-- table lock alone serialises administration, and only the owner can take it.
CREATE OR REPLACE FUNCTION kohi.begin_user_admin(p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    -- Lock first, check afterwards: the checks below must see every administration change
    -- committed before this one (0009, 1.). EXCLUSIVE conflicts only with itself here.
    LOCK TABLE kohi.user_admin_lock IN EXCLUSIVE MODE;
    PERFORM kohi.assert_user_admin();
    PERFORM kohi.assert_session_ok();
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

-- 4. One ceremony at a time, on a row instead of advisory key (10011, 0).
CREATE OR REPLACE FUNCTION kohi.begin_key_ceremony() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM FROM kohi.mutex WHERE purpose = 'key_ceremony' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'kohi.mutex has no row key_ceremony' USING ERRCODE = 'XX000';
    END IF;
END
$$;

-- 4. 0010's body; one registration per recipient at a time now locks the recipient's row
-- (FOR NO KEY UPDATE: the mynumber foreign key's KEY SHARE locks do not wait for it) instead of
-- advisory key (10010, recipient id).
CREATE OR REPLACE FUNCTION kohi_api.mynumber_register(
    p_recipient_id bigint, p_person_role text, p_person_name text, p_relationship text,
    p_application_date date, p_seal_ref uuid, p_key_id text, p_envelope bytea, p_number text)
RETURNS TABLE (mynumber_id bigint, outcome text, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    on_date date := coalesce(p_application_date, current_date);
    backdate int := kohi.setting_value('mynumber_backdate_days');
    v_name text := nullif(btrim(p_person_name), '');
    v_relationship text := nullif(btrim(p_relationship), '');
    active_key bytea;
    given_key bytea := kohi.key_id_from_hex(p_key_id);
    digits text;
    hash bytea;
    new_id bigint;
    existing_recipient bigint;
    v_code text;
    v_message text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_person_role IS NULL OR p_person_role NOT IN ('patient', 'guardian', 'household') THEN
        RAISE EXCEPTION '人の区分は patient・guardian・household のいずれかで指定してください。'
            USING ERRCODE = '22023';
    END IF;
    IF p_seal_ref IS NULL OR p_envelope IS NULL THEN
        RAISE EXCEPTION '暗号化された個人番号がありません。' USING ERRCODE = '22023';
    END IF;
    -- Rows of other groups are invisible (RLS): "not found" and "not yours" look the same.
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        RAISE EXCEPTION '受給者が見つからないか、担当外の受給者です。' USING ERRCODE = '42501';
    END IF;
    -- One registration per recipient at a time (patient/guardian uniqueness below).
    PERFORM FROM kohi.recipient x WHERE x.id = r.id FOR NO KEY UPDATE;

    IF on_date > current_date THEN
        v_code := 'application_date';
        v_message := '申請日に未来の日付は指定できません。';
    ELSIF on_date < current_date - backdate THEN
        v_code := 'application_date';
        v_message := format('申請日は%s日前までの日付で指定してください。', backdate);
    END IF;
    IF v_code IS NULL THEN
        SELECT f.code, f.message INTO v_code, v_message
        FROM kohi.mynumber_refusal(r, p_person_role, on_date) f;
    END IF;
    IF v_code IS NULL AND p_person_role <> 'patient' AND (v_name IS NULL OR v_relationship IS NULL) THEN
        v_code := 'person';
        v_message := format('%sの氏名と続柄を入力してください。', kohi.person_role_label(p_person_role));
    ELSIF v_code IS NULL AND p_person_role = 'patient' AND (v_name IS NOT NULL OR v_relationship IS NOT NULL) THEN
        v_code := 'person';
        v_message := '本人（受診者）の個人番号には氏名・続柄を入力しません（受給者の氏名を使います）。';
    ELSIF v_code IS NULL AND (length(v_name) > 60 OR length(v_relationship) > 20) THEN
        v_code := 'person';
        v_message := '氏名は60文字以内、続柄は20文字以内で入力してください。';
    END IF;
    IF v_code IS NULL AND p_person_role IN ('patient', 'guardian')
       AND EXISTS (SELECT FROM kohi.mynumber m
                   WHERE m.recipient_id = r.id AND m.person_role = p_person_role) THEN
        v_code := 'role_taken';
        v_message := format('この受給者の%sの個人番号は既に登録されています。',
                            kohi.person_role_label(p_person_role));
    END IF;
    IF v_code IS NULL THEN
        SELECT k.key_id INTO active_key FROM kohi.mynumber_key k WHERE k.status = 'active';
        IF active_key IS NULL OR given_key IS DISTINCT FROM active_key THEN
            v_code := 'key';
            v_message := '暗号化に使った公開鍵が現在の鍵ではありません。公開鍵を取得し直して入力し直してください。';
        ELSIF octet_length(p_envelope) <> 89 OR get_byte(p_envelope, 0) <> 1
              OR substr(p_envelope, 2, 16) <> active_key THEN
            v_code := 'envelope';
            v_message := '暗号化された個人番号の形式が正しくありません。';
        END IF;
    END IF;
    -- The number is looked at only now, when everything else allows holding it.
    IF v_code IS NULL THEN
        digits := kohi.mynumber_normalise(p_number);
        IF digits IS NULL THEN
            v_code := 'number_format';
            v_message := '個人番号は12桁の数字で入力してください。';
        ELSIF NOT kohi.mynumber_check_digit_ok(digits) THEN
            v_code := 'check_digit';
            v_message := '個人番号のチェックデジットが一致しません。番号を確認してください。';
        END IF;
    END IF;
    IF v_code IS NULL THEN
        hash := kohi.kohi_mynumber_hmac(digits);
        -- ON CONFLICT also catches rows other groups' RLS hides from this caller.
        INSERT INTO kohi.mynumber (seal_ref, recipient_id, programme, person_role, person_name,
                                   relationship, application_date, key_id, envelope, dup_hash)
        VALUES (p_seal_ref, r.id, r.programme, p_person_role, v_name, v_relationship, on_date,
                active_key, p_envelope, hash)
        ON CONFLICT (dup_hash) DO NOTHING
        RETURNING id INTO new_id;
        IF new_id IS NULL THEN
            SELECT m.recipient_id INTO existing_recipient FROM kohi.mynumber m WHERE m.dup_hash = hash;
            v_code := 'duplicate';
            v_message := CASE WHEN existing_recipient = r.id
                              THEN 'この個人番号はこの受給者に既に登録されています。'
                              ELSE 'この個人番号は既に別の受給者に登録されています。' END;
        END IF;
    END IF;

    IF v_code IS NOT NULL THEN
        PERFORM kohi.audit('mynumber_register', 'recipient:' || r.id, 'refused',
                           jsonb_build_object('reason', v_code, 'person_role', p_person_role,
                                              'application_date', on_date), r.programme);
        RETURN QUERY SELECT NULL::bigint, 'refused'::text, v_code, v_message;
        RETURN;
    END IF;
    PERFORM kohi.audit('mynumber_register', 'recipient:' || r.id, 'ok',
                       jsonb_build_object('mynumber_id', new_id, 'person_role', p_person_role,
                                          'application_date', on_date,
                                          'key_id', kohi.key_id_text(active_key)), r.programme);
    RETURN QUERY SELECT new_id, 'ok'::text, NULL::text,
                        format('%sの個人番号を登録しました（承認待ち）。', kohi.person_role_label(p_person_role));
END
$$;
