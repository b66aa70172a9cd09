-- 0030: the lock screen tells its user how many failed unlock attempts remain before the
-- server locks the account (issue 16, item 10).
--
-- The count lives in the kohi_auth server library (shared memory, persisted); a failed unlock
-- is a failed login on a fresh connection, so the question is asked over the session that is
-- still open behind the lock screen. Only the caller's own count is returned: session_user,
-- never a name the caller passes.

CREATE FUNCTION kohi_api.unlock_attempts_left()
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v_max int := coalesce(nullif(current_setting('kohi_auth.max_failures', true), ''), '0')::int;
    v_failures int;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('unlock_attempts_left', session_user, 'ok');
    IF v_max <= 0 THEN
        RETURN NULL; -- counting is off: nothing to count down
    END IF;
    SELECT st.failures INTO v_failures FROM kohi.kohi_auth_status(session_user) st;
    RETURN greatest(0, v_max - coalesce(v_failures, 0));
END
$$;
REVOKE ALL ON FUNCTION kohi_api.unlock_attempts_left() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.unlock_attempts_left() TO kohi_staff;
