-- kohi:run-as superuser
-- Accountability no staff member can undo (issue 10).
--
-- Until now every event was appended to the chain inside the caller's transaction, holding the
-- chain-head row FOR UPDATE until commit. So a read logged there vanished with a ROLLBACK (or a
-- savepoint, an error after the read, an unfinished pipeline), refusals raised as errors left
-- nothing, and one staff member holding a transaction open after any audited call stalled
-- every other login and call. Now:
--
-- * Reads and refusals are durable. kohi.audit() sends them to kohi_audit.emit_raw(), which hands
--   them to the database's sealer worker (kohi_auth extension, db/extension/kohi_access.c) and
--   waits until the worker has COMMITTED them into the chain. Only then does the API function
--   finish and its rows leave the server: whatever the caller does afterwards, the event stays.
--   If it cannot be committed in time the call fails (fail closed).
-- * Errors PostgreSQL reports to a staff session (its own "permission denied for function"
--   included) are recorded by the extension's error hook and sealed within milliseconds.
-- * Changes keep their event in their own transaction (an action whose event fails does not
--   happen, a rolled-back change leaves no event): kohi_audit.append() now only inserts an
--   unchained row into kohi_audit.pending, taking no lock anyone waits for.
-- * Only the sealer links events into the chain (kohi_audit.seal(): the worker, or a database
--   administrator by hand), in commit order. Nothing a staff transaction holds stops it.
-- * Staff session limits (statement, lock, idle in transaction, idle session) come from
--   kohi.setting and are set per staff role in this database by the sealer worker
--   (kohi_audit.enforce_session_limits(), every 5 s); the kohi_auth guard refuses staff attempts
--   to change them. Sessions over a limit are also ended by the worker (backstop).

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ the extension's functions
CREATE FUNCTION kohi_audit.emit_raw(login text, client_addr text, terminal_id text, action text,
                                    target text, programme text, outcome text, details text)
    RETURNS bigint AS 'kohi_auth', 'kohi_audit_emit' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.access_drain()
    RETURNS TABLE (seq bigint, at timestamptz, login text, client_addr text, terminal_id text,
                   action text, target text, programme text, outcome text, details text)
    AS 'kohi_auth', 'kohi_audit_access_drain' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.note_pending() RETURNS void
    AS 'kohi_auth', 'kohi_audit_note_pending' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.sync() RETURNS void
    AS 'kohi_auth', 'kohi_audit_sync' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.sealer_pid() RETURNS int
    AS 'kohi_auth', 'kohi_audit_sealer_pid' LANGUAGE C VOLATILE PARALLEL UNSAFE;
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi_audit'::regnamespace
               AND p.proname IN ('emit_raw', 'access_drain', 'note_pending', 'sync', 'sealer_pid') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('ALTER FUNCTION %s OWNER TO kohi_audit_owner', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_audit.sync() TO kohi_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.sealer_pid() TO kohi_owner;
-- The auth ring is drained by the sealer (owned by kohi_audit_owner) from now on.
GRANT EXECUTE ON FUNCTION kohi.kohi_auth_drain_events() TO kohi_audit_owner;

-- ------------------------------------------------------------------ unchained events
CREATE TABLE kohi_audit.pending (
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
ALTER TABLE kohi_audit.pending OWNER TO kohi_audit_owner;
REVOKE ALL ON kohi_audit.pending FROM PUBLIC;

-- A change's event: in the caller's transaction, unchained, no lock that others wait for.
-- Returns the pending row's id (the chain number is given when the sealer links it).
CREATE OR REPLACE FUNCTION kohi_audit.append(p_login name, p_client_addr inet, p_terminal_id text,
                                             p_action text, p_target text, p_programme text,
                                             p_outcome text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO kohi_audit.pending (login, client_addr, terminal_id, action, target, programme,
                                    outcome, details)
    VALUES (p_login, p_client_addr, p_terminal_id, p_action, redact_text(p_target), p_programme,
            p_outcome, redact_details(coalesce(p_details, '{}')))
    RETURNING id INTO v_id;
    PERFORM note_pending();  -- wakes the sealer after commit
    RETURN v_id;
END
$$;

-- ------------------------------------------------------------------ the sealer
-- Conversions that cannot fail: one bad value must never stop the sealer (every reader would
-- then wait for nothing and fail). The extension already refuses events without login, action
-- or a valid outcome.
CREATE FUNCTION kohi_audit.safe_inet(p text) RETURNS inet
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN CASE WHEN p ~ '^[0-9a-fA-F:.]+$' THEN p::inet END;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
CREATE FUNCTION kohi_audit.safe_jsonb(p text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN coalesce(p::jsonb, '{}');
EXCEPTION WHEN others THEN
    RETURN jsonb_build_object('unparseable_details', true);
END
$$;

-- Links everything waiting into the chain, in one transaction: unchained changes whose
-- transactions committed, the extension's durable access events and its auth events. Only
-- the sealer worker and database administrators call it; it is the only writer of the head.
-- Event time: its own time, but never before the previous event (the chain's time order).
-- Authentication events are cluster-wide (one ring): they belong to the access log of the
-- database named by kohi_auth.auth_event_database (default 'kohi'); other databases' sealers
-- leave them alone.
CREATE FUNCTION kohi_audit.auth_events_here()
RETURNS TABLE (seq bigint, at timestamptz, role_name text, client_addr text, outcome text)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF current_database() = current_setting('kohi_auth.auth_event_database', true) THEN
        RETURN QUERY SELECT * FROM kohi.kohi_auth_drain_events();
    END IF;
END
$$;

CREATE FUNCTION kohi_audit.seal() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    h chain_head;
    n bigint;
    last record;
BEGIN
    SELECT * INTO STRICT h FROM chain_head FOR UPDATE;
    IF clock_timestamp() >= h.ensure_after THEN
        PERFORM ensure_partitions(clock_timestamp(), 1);
        SELECT * INTO STRICT h FROM chain_head;
    END IF;
    WITH changes AS (
        DELETE FROM kohi_audit.pending p RETURNING p.*),
    auth AS (
        SELECT * FROM auth_events_here()),
    access AS (
        SELECT * FROM access_drain()),
    src AS (
        SELECT c.at, c.login, c.client_addr, c.terminal_id, c.action, c.target, c.programme,
               c.outcome, c.details, 1 AS origin, c.id AS ord
        FROM changes c
        UNION ALL
        SELECT a.at, a.role_name::name,
               safe_inet(a.client_addr), NULL, a.outcome, NULL, NULL,
               CASE WHEN a.outcome IN ('login_ok', 'reauth_ok', 'lock_expired') THEN 'ok'
                    ELSE 'refused' END,
               jsonb_build_object('auth_seq', a.seq,
                                  'occurred_at', to_char(a.at AT TIME ZONE 'UTC',
                                                         'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
               2, a.seq
        FROM auth a
        UNION ALL
        SELECT x.at, x.login::name,
               safe_inet(x.client_addr), x.terminal_id, x.action, redact_text(x.target),
               x.programme, x.outcome, redact_details(safe_jsonb(x.details)), 3, x.seq
        FROM access x),
    numbered AS (
        SELECT s.*, h.seq + row_number() OVER (ORDER BY s.at, s.origin, s.ord) AS chain_seq
        FROM src s),
    -- Indexed columns cut to a size every index takes (one over-long value must never stop
    -- the sealer: the emit refuses them, this covers the transactional path too).
    stamped AS (
        SELECT n.chain_seq, greatest(n.at, h.at) AS at, n.login, n.client_addr,
               left(n.terminal_id, 200) AS terminal_id, left(n.action, 200) AS action,
               left(n.target, 500) AS target, left(n.programme, 200) AS programme, n.outcome,
               CASE WHEN length(n.target) > 500 OR length(n.action) > 200
                         OR length(n.terminal_id) > 200 OR length(n.programme) > 200
                    THEN n.details || '{"cut_to_index_size": true}' ELSE n.details END AS details
        FROM numbered n),
    hashed AS (
        SELECT s.*, chain_agg(event_body(s.chain_seq, s.at, s.login, s.client_addr,
                                         s.terminal_id, s.action, s.target, s.programme,
                                         s.outcome, s.details), h.hash)
                        OVER (ORDER BY s.chain_seq) AS hash
        FROM stamped s)
    INSERT INTO kohi.audit_event (chain_seq, at, login, client_addr, terminal_id, action, target,
                                  programme, outcome, details, prev_hash, hash)
    SELECT x.chain_seq, x.at, x.login, x.client_addr, x.terminal_id, x.action, x.target,
           x.programme, x.outcome, x.details,
           coalesce(lag(x.hash) OVER (ORDER BY x.chain_seq), h.hash), x.hash
    FROM hashed x;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        SELECT e.chain_seq, e.hash, e.at INTO STRICT last
        FROM kohi.audit_event e
        WHERE e.chain_seq = h.seq + n AND e.at >= h.at;
        UPDATE chain_head SET seq = last.chain_seq, hash = last.hash, at = last.at;
    END IF;
    RETURN n;
END
$$;
ALTER FUNCTION kohi_audit.seal() OWNER TO kohi_audit_owner;
REVOKE ALL ON FUNCTION kohi_audit.seal() FROM PUBLIC;

-- Every kohi_audit function: owned by kohi_audit_owner, never executable by PUBLIC.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi_audit'::regnamespace AND p.proname <> 'guard_drop' LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO kohi_audit_owner', f);
        EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC', f);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kohi_audit.guard_drop() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_audit.append(name, inet, text, text, text, text, text, jsonb)
    TO kohi_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.verify_chain(bigint, bytea, timestamptz) TO kohi_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.event_at(bigint) TO kohi_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.sync() TO kohi_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.sealer_pid() TO kohi_owner;
-- A read's or a refusal's event goes straight to the extension (target and details are
-- redacted when sealed, before anything is stored).
GRANT EXECUTE ON FUNCTION kohi_audit.emit_raw(text, text, text, text, text, text, text, text)
    TO kohi_owner;

-- ------------------------------------------------------------------ chain numbers, not pending ids
-- The chain head as it is now (for the auditor's head export).
CREATE FUNCTION kohi_audit.head() RETURNS TABLE (seq bigint, hash bytea, at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
    SELECT h.seq, h.hash, h.at FROM kohi_audit.chain_head h
$$;
ALTER FUNCTION kohi_audit.head() OWNER TO kohi_audit_owner;
REVOKE ALL ON FUNCTION kohi_audit.head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_audit.head() TO kohi_owner;

CREATE OR REPLACE FUNCTION kohi.audit_retention_purge()
RETURNS TABLE (partitions text[], events_purged bigint, anchor_seq bigint, anchor_hash text,
               event_seq bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    years int;
    cutoff timestamptz;
    h kohi_audit.chain_head;
    p record;
    names text[] := '{}';
    part text;
    n bigint := 0;
    a record;
    last_anchor record;
    next_seq bigint;
    ev bigint;
BEGIN
    IF NOT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) THEN
        RAISE EXCEPTION '保存期間を過ぎたアクセスログの削除は、データベース管理者だけが実行できます。'
            USING ERRCODE = '42501';
    END IF;
    SELECT value INTO STRICT years FROM kohi.setting WHERE key = 'audit_retention_years';
    cutoff := (date_trunc('month', clock_timestamp() AT TIME ZONE 'Asia/Tokyo')
               - make_interval(years => years)) AT TIME ZONE 'Asia/Tokyo';
    SELECT * INTO STRICT h FROM chain_head FOR UPDATE;
    FOR p IN SELECT * FROM kohi_audit.partition WHERE upper_bound <= cutoff ORDER BY lower_bound LOOP
        EXECUTE format('SELECT count(*) AS c, max(chain_seq) AS s FROM kohi_audit.%I', p.name) INTO a;
        IF a.s IS NOT NULL THEN
            EXECUTE format('SELECT chain_seq, hash, at FROM kohi_audit.%I WHERE chain_seq = $1',
                           p.name) INTO last_anchor USING a.s;
        END IF;
        n := n + a.c;
        names := names || p.name;
    END LOOP;
    IF cardinality(names) > 0 AND last_anchor.chain_seq IS NOT NULL THEN
        -- Whole months only, and the chain order is the time order: nothing kept precedes the anchor.
        SELECT min(e.chain_seq) INTO next_seq FROM kohi.audit_event e WHERE e.at >= cutoff;
        IF next_seq IS NOT NULL AND next_seq <> last_anchor.chain_seq + 1 THEN
            RAISE EXCEPTION '削除境界の前後で連番が連続していません（連番 % の次が %）。削除を中止しました。',
                last_anchor.chain_seq, next_seq USING ERRCODE = '55000';
        END IF;
    END IF;
    FOREACH part IN ARRAY names LOOP
        EXECUTE format('DROP TABLE kohi_audit.%I', part);
        DELETE FROM kohi_audit.partition WHERE name = part;
    END LOOP;
    ev := append(session_user, inet_client_addr(), NULL, 'audit_retention_purge', NULL, NULL, 'ok',
                 jsonb_build_object('retention_years', years,
                                    'cutoff', to_char(cutoff AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                    'partitions', to_jsonb(names),
                                    'events_purged', n,
                                    'anchor_seq', last_anchor.chain_seq,
                                    'anchor_hash', encode(last_anchor.hash, 'hex'),
                                    'anchor_at', to_char(last_anchor.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                    'head_seq', h.seq,
                                    'head_hash', encode(h.hash, 'hex')));
    -- append() gives a pending id since 0019: link the event now (this transaction already
    -- holds the chain head) and return its number in the chain.
    PERFORM seal();
    SELECT max(e.chain_seq) INTO ev FROM kohi.audit_event e
    WHERE e.action = 'audit_retention_purge' AND e.at >= h.at;
    RETURN QUERY SELECT names, n, last_anchor.chain_seq, encode(last_anchor.hash, 'hex'), ev;
END
$$;

-- ------------------------------------------------------------------ staff session limits
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('staff_statement_timeout_seconds', 120, 5, 3600,
     '職員の1回の処理の上限時間（秒、超えると中止）'),
    ('staff_lock_timeout_seconds', 10, 1, 600,
     '職員の処理が他の処理の終了を待つ上限時間（秒）'),
    ('staff_idle_in_transaction_seconds', 60, 5, 3600,
     '職員のトランザクションを開いたまま放置できる時間（秒、超えると切断）'),
    ('staff_idle_session_minutes', 45, 5, 1440,
     '職員の接続を無操作のまま保つ上限時間（分、超えると切断）');

-- Run by the sealer worker (a superuser session) every few seconds: the limits as role
-- settings of every staff login in this database (applied at their next connection), and
-- sessions already over a limit (e.g. opened before a change) ended, each ending logged.
CREATE FUNCTION kohi_audit.enforce_session_limits() RETURNS int
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
REVOKE ALL ON FUNCTION kohi_audit.enforce_session_limits() FROM PUBLIC;

-- ------------------------------------------------------------------ the API's writer
SET LOCAL ROLE kohi_owner;

-- Changes whose event belongs to their own transaction. Every other action (reads, session
-- events, refusals of any action) is durable.
CREATE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set',
    'mynumber_register', 'mynumber_confirm', 'mynumber_key_create', 'mynumber_key_enrol',
    'mynumber_key_remove', 'mynumber_key_rotate',
    'application_create', 'application_update', 'application_submit', 'application_return',
    'application_approve',
    'monitor_rule_set', 'monitor_acknowledge', 'office_holiday_add', 'office_holiday_remove',
    'environment_set', 'audit_retention_purge');

CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                                      p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                                      p_login name DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF p_outcome = 'ok' AND kohi.audit_is_change(p_action) THEN
        PERFORM kohi_audit.append(coalesce(p_login, session_user), inet_client_addr(),
                                  kohi.current_terminal(), p_action, p_target, p_programme,
                                  p_outcome, coalesce(p_details, '{}'));
    ELSE
        -- Durable: returns once the sealer has committed the event into the chain.
        PERFORM kohi_audit.emit_raw(coalesce(p_login, session_user)::text,
                                    host(inet_client_addr()), kohi.current_terminal(), p_action,
                                    p_target, p_programme, p_outcome,
                                    coalesce(p_details, '{}')::text);
    END IF;
END
$$;

-- Authentication events are drained by the sealer; callers that need them in the chain (the
-- session start, the monitoring evaluation) wait for one sealing pass instead.
CREATE OR REPLACE FUNCTION kohi.drain_auth_events() RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi_audit.sync();
    RETURN 0;
END
$$;

-- Searches of the log see every event committed before them.
CREATE OR REPLACE FUNCTION kohi.audit_query(p_from timestamptz, p_to timestamptz, p_login text,
                                            p_terminal text, p_action text, p_target text,
                                            p_programme text, p_outcome text, p_after_seq bigint,
                                            p_page_size int)
RETURNS TABLE (chain_seq bigint, at timestamptz, login text, client_addr text, terminal_id text,
               action text, target text, programme text, outcome text, details jsonb)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    q text := 'SELECT e.chain_seq, e.at, e.login::text, host(e.client_addr), e.terminal_id,'
              ' e.action, e.target, e.programme, e.outcome, e.details'
              ' FROM kohi.audit_event e WHERE true';
    after_at timestamptz;
BEGIN
    IF p_from IS NOT NULL AND p_to IS NOT NULL AND p_to <= p_from THEN
        RAISE EXCEPTION '期間の終わりは始まりより後にしてください。' USING ERRCODE = '22023';
    END IF;
    IF p_after_seq IS NULL THEN
        PERFORM kohi_audit.sync();  -- a first page shows everything logged until now
    ELSE
        SELECT a.at INTO after_at FROM kohi_audit.event_at(p_after_seq) a;
        IF after_at IS NULL THEN
            RAISE EXCEPTION '続きの起点（連番 %）の記録がありません。', p_after_seq USING ERRCODE = '22023';
        END IF;
        q := q || ' AND e.at <= $9 AND (e.at, e.chain_seq) < ($9, $10)';
    END IF;
    IF p_from IS NOT NULL THEN q := q || ' AND e.at >= $1'; END IF;
    IF p_to IS NOT NULL THEN q := q || ' AND e.at < $2'; END IF;
    IF p_login IS NOT NULL THEN q := q || ' AND e.login = $3'; END IF;
    IF p_terminal IS NOT NULL THEN q := q || ' AND e.terminal_id = $4'; END IF;
    IF p_action IS NOT NULL THEN q := q || ' AND e.action = $5'; END IF;
    IF p_target IS NOT NULL THEN q := q || ' AND e.target = $6'; END IF;
    IF p_programme IS NOT NULL THEN q := q || ' AND e.programme = $7'; END IF;
    IF p_outcome IS NOT NULL THEN q := q || ' AND e.outcome = $8'; END IF;
    q := q || ' ORDER BY e.at DESC, e.chain_seq DESC LIMIT $11';
    RETURN QUERY EXECUTE q USING p_from, p_to, p_login::name, p_terminal, p_action, p_target,
        p_programme, p_outcome, after_at, p_after_seq,
        least(greatest(coalesce(p_page_size, 100), 1), 1000);
END
$$;

-- ------------------------------------------------------------------ reads say what they returned
CREATE TYPE kohi.recipient_search_row AS (
    id bigint, programme text, recipient_number text, name text, kana text, birth_date date,
    sex smallint, municipality_code text, phone text, status text);
CREATE TYPE kohi.application_list_row AS (
    id bigint, programme text, kind text, state text, recipient_id bigint, name text, kana text,
    received_date date, submitted_at timestamptz, entered_by text, last_changed_by text,
    mine boolean, version int);

-- recipient_search: the ids it returned (and the phone condition, which 0013 wrote as invalid
-- SQL: regexp_replace(coalesce(r.phone, ), [^0-9], , 'g')).
CREATE OR REPLACE FUNCTION kohi_api.recipient_search(p_kana text, p_number text, p_birth date,
                                                     p_phone text, p_after_kana text,
                                                     p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, recipient_number text, name text, kana text,
               birth_date date, sex smallint, municipality_code text, phone text, status text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    lim int := least(greatest(coalesce(p_limit, 100), 1), 500);
    phone_digits text := nullif(regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g'), '');
    conditions text;
    progs text[];
    found_rows kohi.recipient_search_row[];
BEGIN
    PERFORM kohi.assert_session_ok();
    progs := kohi.caller_programmes();
    IF cardinality(progs) = 0 THEN
        RAISE EXCEPTION '受給者を検索する権限がありません。' USING ERRCODE = '42501';
    END IF;
    IF p_kana IS NOT NULL AND p_number IS NULL AND p_birth IS NULL AND phone_digits IS NULL
       AND (p_after_id IS NULL) = (p_after_kana IS NULL) THEN
        -- The clerk's everyday search (kana prefix, page by page): static SQL, so its plan is
        -- cached instead of being planned again for every page (0.4 ms of each call).
        IF p_after_id IS NULL THEN
            SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)
              INTO found_rows
            FROM (SELECT x.* FROM unnest(progs) AS p(code), LATERAL (
                      SELECT r.id, r.programme, r.recipient_number,
                             r.family_name || '　' || r.given_name AS name, r.kana_key AS kana,
                             r.birth_date, r.sex, r.municipality_code, r.phone, r.status
                      FROM kohi.recipient r
                      WHERE r.programme = p.code
                        AND r.kana_key >= p_kana COLLATE "C"
                        AND r.kana_key < (p_kana || chr(1114111)) COLLATE "C"
                      ORDER BY r.kana_key, r.id LIMIT lim) x
                  ORDER BY x.kana, x.id LIMIT lim) x;
        ELSE
            SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)
              INTO found_rows
            FROM (SELECT x.* FROM unnest(progs) AS p(code), LATERAL (
                      SELECT r.id, r.programme, r.recipient_number,
                             r.family_name || '　' || r.given_name AS name, r.kana_key AS kana,
                             r.birth_date, r.sex, r.municipality_code, r.phone, r.status
                      FROM kohi.recipient r
                      WHERE r.programme = p.code
                        AND (r.kana_key, r.id) > (p_after_kana COLLATE "C", p_after_id)
                        AND r.kana_key < (p_kana || chr(1114111)) COLLATE "C"
                      ORDER BY r.kana_key, r.id LIMIT lim) x
                  ORDER BY x.kana, x.id LIMIT lim) x;
        END IF;
    ELSE
        conditions := concat_ws(' AND ',
            CASE WHEN p_kana IS NOT NULL THEN 'r.kana_key >= $1 AND r.kana_key < $1 || chr(1114111)' END,
            CASE WHEN p_number IS NOT NULL THEN 'r.recipient_number = $2' END,
            CASE WHEN p_birth IS NOT NULL THEN 'r.birth_date = $3' END,
            CASE WHEN phone_digits IS NOT NULL
                 THEN 'regexp_replace(coalesce(r.phone, ''''), ''[^0-9]'', '''', ''g'') = $4' END,
            CASE WHEN p_after_id IS NOT NULL THEN '(r.kana_key, r.id) > ($5, $6)' END);
        EXECUTE format(
            'SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)'
            ' FROM (SELECT x.* FROM unnest($7) AS p(code), LATERAL ('
            '  SELECT r.id, r.programme, r.recipient_number, r.family_name || ''　'' || r.given_name AS name,'
            '         r.kana_key AS kana, r.birth_date, r.sex, r.municipality_code, r.phone, r.status'
            '  FROM kohi.recipient r WHERE r.programme = p.code %s'
            '  ORDER BY r.kana_key, r.id LIMIT $8) x'
            ' ORDER BY x.kana, x.id LIMIT $8) x',
            CASE WHEN conditions = '' THEN '' ELSE 'AND ' || conditions END)
        INTO found_rows
        USING p_kana COLLATE "C", p_number, p_birth, phone_digits, p_after_kana COLLATE "C",
              p_after_id, progs, lim;
    END IF;
    -- Logged (durably) before any row leaves the server.
    PERFORM kohi.audit('recipient_search', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('kana', p_kana, 'number', p_number,
                           'birth', p_birth, 'phone', phone_digits, 'after_id', p_after_id,
                           'rows', coalesce(cardinality(found_rows), 0),
                           'recipient_ids', (SELECT jsonb_agg(f.id) FROM unnest(found_rows) f))));
    RETURN QUERY SELECT * FROM unnest(found_rows);
END
$$;

CREATE OR REPLACE FUNCTION kohi_api.recipient_history(p_id bigint)
RETURNS TABLE (changed_at timestamptz, changed_by text, approved_by text, application_id bigint,
               before jsonb, after jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    -- RLS decides which rows are visible; the count is of those.
    SELECT count(*) INTO n FROM kohi.recipient_history h WHERE h.recipient_id = p_id;
    PERFORM kohi.audit('recipient_history', 'recipient:' || p_id, 'ok', jsonb_build_object('rows', n));
    RETURN QUERY SELECT h.changed_at, h.changed_by::text, h.approved_by::text, h.application_id,
                        h.before, h.after
                 FROM kohi.recipient_history h WHERE h.recipient_id = p_id ORDER BY h.id;
END
$$;

CREATE OR REPLACE FUNCTION kohi_api.user_list()
RETURNS TABLE (login text, display_name text, duties text[], status text, locked boolean,
               failures int, must_change_password boolean, password_changed_at timestamptz,
               last_login_at timestamptz, created_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_user_admin();
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('user_list', NULL, 'ok',
                       jsonb_build_object('rows', (SELECT count(*) FROM kohi.staff)));
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

CREATE OR REPLACE FUNCTION kohi_api.application_list(p_state text, p_programme text, p_kind text,
                                                     p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, kind text, state text, recipient_id bigint,
               name text, kana text, received_date date, submitted_at timestamptz,
               entered_by text, last_changed_by text, mine boolean, version int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    found_rows kohi.application_list_row[];
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT array_agg(ROW(x.*)::kohi.application_list_row ORDER BY x.id DESC) INTO found_rows FROM (
        SELECT a.id, a.programme, a.kind, a.state, a.recipient_id,
               r.family_name || '　' || r.given_name AS name,
               r.family_name_kana || '　' || r.given_name_kana AS kana,
               a.received_date, a.submitted_at, a.entered_by::text AS entered_by,
               a.last_changed_by::text AS last_changed_by,
               session_user IN (a.entered_by, a.last_changed_by) AS mine, a.version
        FROM kohi.application a JOIN kohi.recipient r ON r.id = a.recipient_id
        WHERE (p_state IS NULL OR a.state = p_state)
          AND (p_programme IS NULL OR a.programme = p_programme)
          AND (p_kind IS NULL OR a.kind = p_kind)
          AND (p_after_id IS NULL OR a.id < p_after_id)
        ORDER BY a.id DESC
        LIMIT least(greatest(coalesce(p_limit, 100), 1), 500)) x;
    PERFORM kohi.audit('application_list', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('state', p_state, 'programme', p_programme,
                           'kind', p_kind, 'rows', coalesce(cardinality(found_rows), 0),
                           'application_ids', (SELECT jsonb_agg(f.id) FROM unnest(found_rows) f))));
    RETURN QUERY SELECT * FROM unnest(found_rows);
END
$$;

-- ------------------------------------------------------------------ monitoring of refusals
-- Refusals now survive the caller's rollback, so probing shows: a rule counts them per login
-- and day (failed logins keep their own rule).
INSERT INTO kohi.monitor_rule (code, label, description, severity, threshold, parameter,
                               parameter_label, office_start, office_end, summary_format, sort_key)
VALUES ('refusals', '拒否された操作が多い',
        '権限のない関数の呼び出しや条件の不備などで拒否・失敗した操作が1日に基準以上（ログインの失敗を除く）',
        'medium', 10, NULL, NULL, NULL, NULL,
        '拒否・失敗した操作が1日に%1$s回ありました（基準 %2$s回以上）。', 45);

-- kohi.monitor_evaluate() counts it from 0021 on (re-created there with its own rules).

-- The exported head: the chain head once the export's own (durable) event is in it. 0008 used
-- append()'s return value, which is a pending id since 0019.
CREATE OR REPLACE FUNCTION kohi_api.audit_head()
RETURNS TABLE (seq bigint, hash text, at timestamptz, database text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'アクセスログの先頭の書き出しは監査担当だけが実行できます。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('audit_head_export', NULL, 'ok');
    RETURN QUERY SELECT h.seq, encode(h.hash, 'hex'), h.at, current_database()::text
                 FROM kohi_audit.head() h;
END
$$;
