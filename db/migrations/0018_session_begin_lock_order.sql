-- Session start without deadlocks. 0006's session_begin drained the authentication events first:
-- with events waiting, that takes the chain-head lock (kohi_audit.append) before the session
-- deletes stale client_session rows and updates its staff row. Another session start that had
-- nothing to drain could hold one of those rows and then wait for the chain head for its own
-- event: a deadlock (found by MonitoringTests under concurrent logins; about one in three
-- session starts failed there). Now every row is touched first and the chain head is taken last
-- (draining, then this session's own event), the order all other audited functions follow, and
-- stale rows another session start is already removing are skipped, not waited for.
CREATE OR REPLACE FUNCTION kohi_api.session_begin(p_terminal_id text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
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
