-- kohi:run-as superuser
-- 0041: a registration no longer waits for the sealer twice (issue 12, the import benchmark).
--
-- Every My Number registration passed the guess gate (0021): the login's gate row locked, then
-- kohi_audit.sync() — wait until the sealer has linked every event emitted so far — and the
-- day's guesses counted from the chain; then its lookup event (mynumber_register_attempt) was
-- emitted and waited for too. A 住基ネット import registers thousands of numbers in one
-- transaction: 22 ms per number, almost all of it those two waits (track_functions: sync 13 ms,
-- emit 6 ms of each registration).
--
-- * The lookup event takes the reader's journal like any read: durable before the comparison,
--   without waiting for the sealer. Nothing counts it; it is there to be seen.
-- * Within one transaction that holds the gate, the count is not taken from the chain again.
--   The first check of the transaction syncs and counts as before and records, in the gate row,
--   the transaction, the count and how many guesses this backend had emitted until then
--   (kohi_audit.guesses_emitted(): a counter in the backend's memory, raised for every guess it
--   puts into the ring, never rolled back). A later check in the same transaction counts
--   "count then + guesses emitted since". Why nothing is missed:
--   - Only a gate holder can guess (the gate is checked before every comparison), and the gate
--     row stays locked by this transaction as long as the row says this transaction: the
--     UPDATE that wrote it holds the lock until the end — or, if it was made in a savepoint
--     that was rolled back, the row says an earlier transaction again and the check is full.
--   - This backend's own guesses are counted in memory as they are emitted, whatever the
--     caller then rolls back.
--   - A transaction spanning midnight counts afresh (the row keeps the day).
-- The READ COMMITTED requirement, the limit, the messages and the events are unchanged.
-- Also (found by the merged suite): kohi_audit.enforce_session_limits() one at a time.

CREATE FUNCTION kohi_audit.guesses_emitted() RETURNS bigint
    AS 'kohi_auth', 'kohi_audit_guesses_emitted' LANGUAGE C VOLATILE PARALLEL UNSAFE;
REVOKE ALL ON FUNCTION kohi_audit.guesses_emitted() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_audit.guesses_emitted() TO kohi_owner;

ALTER TABLE kohi.mynumber_guess_gate
    ADD COLUMN counted_in xid8,        -- the transaction whose full count this row holds
    ADD COLUMN counted_day date,       -- the day (Asia/Tokyo) of that count
    ADD COLUMN counted int,            -- the guesses counted from the chain then
    ADD COLUMN emitted_then bigint;    -- kohi_audit.guesses_emitted() then

CREATE OR REPLACE FUNCTION kohi.mynumber_guess_check(p_action text, p_target text, p_programme text)
RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    lim int := coalesce(kohi.setting_value('mynumber_guess_limit'), 5);
    n int;
    g kohi.mynumber_guess_gate;
    today date := (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date;
BEGIN
    -- A transaction snapshot would hide the log's newest events from the count.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        PERFORM kohi.audit(p_action, p_target, 'refused',
                           jsonb_build_object('reason', 'isolation',
                                              'isolation', current_setting('transaction_isolation')),
                           p_programme);
        RAISE EXCEPTION '個人番号の登録と照合は、分離レベル READ COMMITTED（既定）のトランザクションでだけ行えます。'
            USING ERRCODE = '25000';
    END IF;
    INSERT INTO kohi.mynumber_guess_gate (login) VALUES (session_user) ON CONFLICT DO NOTHING;
    SELECT * INTO STRICT g FROM kohi.mynumber_guess_gate x WHERE x.login = session_user
    FOR NO KEY UPDATE;
    IF g.counted_in = pg_current_xact_id() AND g.counted_day = today THEN
        -- Security: this transaction's own count, its gate held since (see the header).
        n := g.counted + (kohi_audit.guesses_emitted() - g.emitted_then)::int;
    ELSE
        -- Every event committed or emitted so far is in the chain, and this statement's
        -- snapshot (READ COMMITTED: a new one) sees it.
        PERFORM kohi_audit.sync();
        n := kohi.mynumber_guesses_today(session_user);
        UPDATE kohi.mynumber_guess_gate x
        SET counted_in = pg_current_xact_id(), counted_day = today, counted = n,
            emitted_then = kohi_audit.guesses_emitted()
        WHERE x.login = session_user;
    END IF;
    IF n >= lim THEN
        PERFORM kohi.audit(p_action, p_target, 'refused',
                           jsonb_build_object('reason', 'guess_limit', 'guesses', n, 'limit', lim),
                           p_programme);
        RAISE EXCEPTION '本日は個人番号の照合の不一致・登録済み番号の入力が上限（%回）に達したため、個人番号の登録と照合はできません。監査担当に連絡してください（明日から再びできます）。', lim
            USING ERRCODE = '42501';
    END IF;
    RETURN n;
END
$$;

-- 0031's kohi.audit(), with the registration's lookup event on the journal path.
CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                                      p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                                      p_login name DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    -- Redacted here, before any path writes them (the reader's journal is a file on disk).
    v_target text := kohi_audit.redact_text(p_target);
    v_details jsonb := kohi_audit.redact_details(coalesce(p_details, '{}'));
BEGIN
    IF p_outcome = 'ok' AND kohi.audit_is_change(p_action) THEN
        PERFORM kohi_audit.append(coalesce(p_login, session_user), inet_client_addr(),
                                  kohi.current_terminal(), p_action, v_target, p_programme,
                                  p_outcome, v_details);
    ELSIF p_action LIKE 'audit\_%' OR p_action LIKE 'monitor\_%'
          OR p_action = 'my_audit_history'
          OR (p_action LIKE 'mynumber\_%' AND p_action <> 'mynumber_register_attempt') THEN
        -- Reads of the access log itself and of what is derived from it (search, verify, head,
        -- export, one's own history, monitoring) show the log after their own event: it must be
        -- in it, with everything logged before it, when this returns (0019's path: wait until
        -- the sealer has committed it). So must every My Number event: the server counts them
        -- from the chain at the next call (reveals per day, guesses, the reveal check's "just
        -- shown"), and a count that missed the newest would let a limit be passed.
        -- Rare calls; the hot reads take the journal. (0041: so does the registration's
        -- lookup, mynumber_register_attempt, which no limit counts.)
        PERFORM kohi_audit.emit_raw(coalesce(p_login, session_user)::text,
                                    host(inet_client_addr()), kohi.current_terminal(), p_action,
                                    v_target, p_programme, p_outcome,
                                    v_details::text);
    ELSE
        -- Durable: returns once the event is on disk (the reader's journal) and on its way to
        -- the chain.
        PERFORM kohi_audit.emit_journaled(coalesce(p_login, session_user)::text,
                                          host(inet_client_addr()), kohi.current_terminal(),
                                          p_action, v_target, p_programme, p_outcome,
                                          v_details::text);
    END IF;
END
$$;

-- ------------------------------------------------------------------ session limits, serialised
-- Found by the merged suite under load: the test's own enforcement and the sealer's periodic
-- one met on the same role and one failed. Now they wait for each other.
INSERT INTO kohi.mutex VALUES
    ('session_limits', 'staff session limits (ALTER ROLE … IN DATABASE): one enforcement at a time');

CREATE OR REPLACE FUNCTION kohi_audit.enforce_session_limits() RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    stmt int := kohi.setting_value('staff_statement_timeout_seconds');
    lck int := kohi.setting_value('staff_lock_timeout_seconds');
    idle_tx int := kohi.setting_value('staff_idle_in_transaction_seconds');
    idle int := kohi.setting_value('staff_idle_session_minutes');
    wanted text[];
    r record;
    ended int := 0;
BEGIN
    IF NOT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) THEN
        RAISE EXCEPTION 'データベース管理者だけが実行できます。' USING ERRCODE = '42501';
    END IF;
    -- 0041: one enforcement at a time. The sealer runs it every 5 s and kohi-admin may run it
    -- too: two ALTER ROLE of one role at once fail ("tuple concurrently updated"). A row lock of
    -- a table staff cannot reach (an advisory lock could be taken by anyone).
    PERFORM FROM kohi.mutex m WHERE m.purpose = 'session_limits' FOR UPDATE;
    wanted := ARRAY['idle_in_transaction_session_timeout=' || (idle_tx * 1000),
                    'idle_session_timeout=' || (idle * 60000),
                    'lock_timeout=' || (lck * 1000),
                    'statement_timeout=' || (stmt * 1000)];
    FOR r IN
        SELECT ro.rolname, s.setconfig
        FROM kohi.staff st
        JOIN pg_roles ro ON ro.rolname = st.login AND NOT ro.rolsuper
        LEFT JOIN pg_db_role_setting s
               ON s.setrole = ro.oid
              AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
    LOOP
        IF r.setconfig IS NULL
           OR (SELECT array_agg(c ORDER BY c) FROM unnest(r.setconfig) c) IS DISTINCT FROM wanted THEN
            EXECUTE format('ALTER ROLE %I IN DATABASE %I RESET ALL', r.rolname, current_database());
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %s',
                           r.rolname, current_database(), idle_tx * 1000);
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_session_timeout = %s',
                           r.rolname, current_database(), idle * 60000);
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = %s',
                           r.rolname, current_database(), lck * 1000);
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = %s',
                           r.rolname, current_database(), stmt * 1000);
        END IF;
    END LOOP;
    -- Backstop, with a margin over the server's own timeouts.
    FOR r IN
        SELECT a.pid, a.usename, a.state, host(a.client_addr) AS addr
        FROM pg_stat_activity a
        JOIN pg_roles ro ON ro.rolname = a.usename AND NOT ro.rolsuper
        WHERE a.datname = current_database() AND a.backend_type = 'client backend'
          AND ((a.state LIKE 'idle in transaction%'
                AND a.state_change < clock_timestamp() - make_interval(secs => idle_tx + 5))
               OR (a.state = 'active'
                   AND a.query_start < clock_timestamp() - make_interval(secs => stmt + 5))
               OR (a.state = 'idle'
                   AND a.state_change < clock_timestamp() - make_interval(mins => idle, secs => 30)))
    LOOP
        IF pg_terminate_backend(r.pid) THEN
            ended := ended + 1;
            PERFORM kohi_audit.append(r.usename, r.addr::inet, NULL, 'session_terminated',
                                      r.usename, NULL, 'ok',
                                      jsonb_build_object('state', r.state, 'pid', r.pid,
                                                         'reason', 'session_limit'));
        END IF;
    END LOOP;
    RETURN ended;
END
$$;
