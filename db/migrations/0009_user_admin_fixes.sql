-- Fixes to the user-administration API (0006), found while building the user administration
-- screen and `kohi-admin user …`. Runs as kohi_owner, who owns the functions it replaces.
--
-- 1. Rights were checked before waiting for the administration lock. A call queued behind
--    another administrator's change then ran on the caller's old rights: an administrator whose
--    kohi_user_admin duty was being removed could still, in the same moment, grant an accomplice
--    the My Number viewer duty (tests/integration/UserAdminTests.cpp, "a call queued behind").
--    Now the lock comes first and the checks after it. The lock is a table lock: PostgreSQL
--    processes catalog invalidations when it acquires a relation lock, so role memberships
--    changed while this call waited are seen by pg_has_role() (an advisory lock does not
--    promise that).
-- 2. user_reset_password accepted any text starting with "SCRAM-SHA-256$"; PostgreSQL treats a
--    malformed secret as a plaintext password. It now requires a well-formed secret, as
--    user_create does. A reset also ends the account's open sessions: a reset usually means the
--    old password is known to someone else, and sessions opened with it must not outlive it.
-- 3. Settings that only make sense together were not checked together: a screen lock after the
--    logout, or an expiry warning longer than the expiry itself. A deferred constraint trigger
--    checks the combination at commit, so several settings can be changed in one transaction
--    (e.g. raising both idle times) and only the final state must be consistent.
-- 4. user_set_duties revoked every duty the account did not get, held or not, so each call sent
--    a WARNING per duty to the client (libpq prints them on stderr: noise in kohi-admin and the
--    client's log). It now grants and revokes only what changes, and records exactly that.

-- The administration lock. Nobody reads this table; it exists to be locked.
CREATE TABLE kohi.user_admin_lock ();
REVOKE ALL ON kohi.user_admin_lock FROM PUBLIC;

CREATE OR REPLACE FUNCTION kohi.begin_user_admin(p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    -- Lock first, check afterwards: the checks below must see every administration change
    -- committed before this one (see 1. above). EXCLUSIVE conflicts only with itself here.
    LOCK TABLE kohi.user_admin_lock IN EXCLUSIVE MODE;
    -- Kept so that anything else serialising on the old advisory lock still does.
    PERFORM pg_advisory_xact_lock(hashtext('kohi-user-admin'));
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

CREATE OR REPLACE FUNCTION kohi_api.user_reset_password(p_login text, p_scram_secret text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    -- Only a well-formed SCRAM secret: anything else PostgreSQL would store as a plaintext.
    IF p_scram_secret IS NULL OR p_scram_secret !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'パスワードは SCRAM 形式で渡してください。' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_scram_secret);
    UPDATE kohi.staff SET must_change_password = true, password_changed_at = now()
    WHERE login = p_login;
    PERFORM kohi.kohi_auth_unlock(p_login);
    -- Sessions opened with the old password end with it.
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_login;
    PERFORM kohi.audit('user_reset_password', p_login, 'ok');
END
$$;

CREATE OR REPLACE FUNCTION kohi_api.user_set_duties(p_login text, p_duties text[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
    held boolean;
    before text[];
    after text[];
BEGIN
    PERFORM kohi.begin_user_admin(p_login);
    PERFORM kohi.check_duties(p_duties);
    IF NOT ('kohi_user_admin' = ANY (coalesce(p_duties, '{}'))) THEN
        PERFORM kohi.assert_not_last_admin(p_login);
    END IF;
    SELECT coalesce(array_agg(role_name::text ORDER BY sort_key), '{}') INTO before
    FROM kohi.duty WHERE pg_has_role(p_login, role_name, 'MEMBER');
    FOR d IN SELECT role_name FROM kohi.duty ORDER BY sort_key LOOP
        -- Direct membership only: duties are granted directly, and only those can be revoked.
        held := EXISTS (SELECT FROM pg_auth_members m
                        WHERE m.roleid = to_regrole(quote_ident(d))
                          AND m.member = to_regrole(quote_ident(p_login)));
        IF d = ANY (coalesce(p_duties, '{}')) AND NOT held THEN
            EXECUTE format('GRANT %I TO %I', d, p_login);
        ELSIF NOT (d = ANY (coalesce(p_duties, '{}'))) AND held THEN
            EXECUTE format('REVOKE %I FROM %I', d, p_login);
        END IF;
    END LOOP;
    SELECT coalesce(array_agg(role_name::text ORDER BY sort_key), '{}') INTO after
    FROM kohi.duty WHERE pg_has_role(p_login, role_name, 'MEMBER');
    PERFORM kohi.audit('user_set_duties', p_login, 'ok',
                       jsonb_build_object('before', before, 'after', after));
END
$$;

-- SECURITY DEFINER: a deferred trigger fires at COMMIT, outside setting_set, as the caller,
-- who may not read kohi.setting.
CREATE FUNCTION kohi.setting_check_combination() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    lock_min int := kohi.setting_value('idle_lock_minutes');
    logout_min int := kohi.setting_value('idle_logout_minutes');
    expiry int := kohi.setting_value('password_expiry_days');
    warning int := kohi.setting_value('password_warning_days');
BEGIN
    IF lock_min >= logout_min THEN
        RAISE EXCEPTION '画面をロックするまでの時間（%分）は、ログアウトするまでの時間（%分）より短くしてください。',
            lock_min, logout_min USING ERRCODE = '22023';
    END IF;
    IF expiry > 0 AND warning >= expiry THEN
        RAISE EXCEPTION '有効期限の警告を始める日数（%日）は、パスワードの有効期間（%日）より短くしてください。',
            warning, expiry USING ERRCODE = '22023';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.setting_check_combination() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER setting_combination
    AFTER INSERT OR UPDATE ON kohi.setting
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION kohi.setting_check_combination();
