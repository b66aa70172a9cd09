-- kohi:run-as superuser
-- Durable reads without a hand-over (issue 10, the benchmark goal).
--
-- Since 0019 a read's event became durable by a hand-over: the reading backend put it into the
-- extension's shared-memory ring and waited until the sealer worker, another process, had
-- committed it into the chain. That wait (wake the worker, its sealing transaction, its WAL
-- flush, wake the reader) was on every read's path, and on a busy machine it is a scheduling
-- delay of another process. Now the reading backend makes the event durable itself:
--
-- * kohi.audit() sends reads and refusals to kohi_audit.emit_journaled(). The extension writes
--   the event to the backend's own journal file in the data directory (kohi_journal/), flushed
--   to disk like the WAL (fdatasync; the server's fsync setting applies), puts it into the ring
--   without waiting and returns. The API function's rows leave after that, so a rollback, a
--   savepoint, an error, an aborted pipeline, a dropped connection or a server crash after the
--   rows were sent cannot remove the event. An event holding anything the log would redact
--   (12-digit runs, secret keys) is never written to disk unredacted: it takes 0019's path
--   (wait until sealed). So do reads of the access log itself and of the monitoring derived from
--   it (audit_*, my_audit_history, monitor_*): what they show must include their own event.
-- * The sealer links events from the ring as before. kohi_audit.seal() now drains with
--   kohi_audit.access_drain_journaled(), which also returns the entries of journals written
--   under an earlier shared memory (the ring was lost: crash or restart). Per journal, how far
--   its entries are in the chain is kept in kohi_audit.journal_progress, updated in the sealing
--   transaction itself, so a recovered entry is linked exactly once. Recovered files are removed
--   after that commit; finished files whose entries are all sealed are removed by
--   kohi_audit.journal_cleanup() (the sealer, every 5 s).
--
-- Re-created here: kohi.audit(), kohi_audit.seal(), kohi.assert_session_ok(),
-- kohi.caller_programmes() (these two only made cheaper: same results, same errors),
-- kohi_api.recipient_search() (planned once; same results).

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ the extension's functions
CREATE FUNCTION kohi_audit.emit_journaled(login text, client_addr text, terminal_id text,
                                          action text, target text, programme text,
                                          outcome text, details text)
    RETURNS bigint AS 'kohi_auth', 'kohi_audit_emit_journaled' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.access_drain_journaled()
    RETURNS TABLE (seq bigint, at timestamptz, login text, client_addr text, terminal_id text,
                   action text, target text, programme text, outcome text, details text,
                   journal text, end_offset bigint)
    AS 'kohi_auth', 'kohi_audit_access_drain_journaled' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.journal_files()
    RETURNS TABLE (journal text, bytes bigint, open boolean, current_epoch boolean)
    AS 'kohi_auth', 'kohi_audit_journal_files' LANGUAGE C VOLATILE PARALLEL UNSAFE;
CREATE FUNCTION kohi_audit.journal_discard(journal text) RETURNS void
    AS 'kohi_auth', 'kohi_audit_journal_discard' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;

-- ------------------------------------------------------------------ how far each journal is sealed
CREATE TABLE kohi_audit.journal_progress (
    journal     text PRIMARY KEY,
    sealed_upto bigint NOT NULL CHECK (sealed_upto >= 0)
);
ALTER TABLE kohi_audit.journal_progress OWNER TO kohi_audit_owner;
REVOKE ALL ON kohi_audit.journal_progress FROM PUBLIC;

-- 0019's seal(), draining with the journal: events from the ring as before, entries of journals
-- of an earlier shared memory only where journal_progress says they are not in the chain yet,
-- and the progress of every journal seen, in the same transaction as the events.
CREATE OR REPLACE FUNCTION kohi_audit.seal() RETURNS bigint
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
    drained AS (
        SELECT * FROM access_drain_journaled()),
    access AS (
        SELECT d.* FROM drained d
        WHERE d.journal IS NULL
           OR d.end_offset > coalesce((SELECT p.sealed_upto FROM kohi_audit.journal_progress p
                                       WHERE p.journal = d.journal), 0)),
    progress AS (
        INSERT INTO kohi_audit.journal_progress AS p (journal, sealed_upto)
        SELECT d.journal, max(d.end_offset) FROM drained d
        WHERE d.journal IS NOT NULL GROUP BY d.journal
        ON CONFLICT (journal) DO UPDATE SET sealed_upto = greatest(p.sealed_upto,
                                                                   EXCLUDED.sealed_upto)),
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
               x.programme, x.outcome, redact_details(safe_jsonb(x.details)), 3,
               coalesce(x.seq, x.end_offset)
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

-- Finished journals (their backend ended or moved to a new file) whose every entry is in the
-- chain are removed after this commits; progress rows of journals that are gone are dropped
-- (a row goes only after its file: a file that came back without its row would be sealed again).
-- Under the chain-head lock, like every sealing pass.
CREATE FUNCTION kohi_audit.journal_cleanup() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM FROM chain_head FOR UPDATE;
    -- Rows first: a file discarded below is still there until this commits.
    DELETE FROM journal_progress p
    WHERE NOT EXISTS (SELECT FROM journal_files() f WHERE f.journal = p.journal);
    PERFORM journal_discard(f.journal)
    FROM journal_files() f
    LEFT JOIN journal_progress p ON p.journal = f.journal
    WHERE f.current_epoch AND NOT f.open AND coalesce(p.sealed_upto, 0) >= f.bytes;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi_audit'::regnamespace
               AND p.proname IN ('emit_journaled', 'access_drain_journaled', 'journal_files',
                                 'journal_discard', 'journal_cleanup', 'seal') LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO kohi_audit_owner', f);
        EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC', f);
    END LOOP;
END
$$;
-- A read's or a refusal's event goes straight to the extension (as emit_raw, 0019).
GRANT EXECUTE ON FUNCTION kohi_audit.emit_journaled(text, text, text, text, text, text, text,
                                                    text) TO kohi_owner;

-- ------------------------------------------------------------------ the API's writer
SET LOCAL ROLE kohi_owner;

-- 0019's kohi.audit(), durable through the reader's own journal instead of a hand-over.
CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                                      p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                                      p_login name DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF p_outcome = 'ok' AND kohi.audit_is_change(p_action) THEN
        PERFORM kohi_audit.append(coalesce(p_login, session_user), inet_client_addr(),
                                  kohi.current_terminal(), p_action, p_target, p_programme,
                                  p_outcome, coalesce(p_details, '{}'));
    ELSIF p_action LIKE 'audit\_%' OR p_action LIKE 'monitor\_%'
          OR p_action = 'my_audit_history' OR p_action LIKE 'mynumber\_%' THEN
        -- Reads of the access log itself and of what is derived from it (search, verify, head,
        -- export, one's own history, monitoring) show the log after their own event: it must be
        -- in it, with everything logged before it, when this returns (0019's path: wait until
        -- the sealer has committed it). So must every My Number event: the server counts them
        -- from the chain at the next call (reveals per day, guesses, the reveal check's "just
        -- shown"), and a count that missed the newest would let a limit be passed.
        -- Rare calls; the hot reads take the journal.
        PERFORM kohi_audit.emit_raw(coalesce(p_login, session_user)::text,
                                    host(inet_client_addr()), kohi.current_terminal(), p_action,
                                    p_target, p_programme, p_outcome,
                                    coalesce(p_details, '{}')::text);
    ELSE
        -- Durable: returns once the event is on disk (the reader's journal) and on its way to
        -- the chain.
        PERFORM kohi_audit.emit_journaled(coalesce(p_login, session_user)::text,
                                          host(inet_client_addr()), kohi.current_terminal(),
                                          p_action, p_target, p_programme, p_outcome,
                                          coalesce(p_details, '{}')::text);
    END IF;
END
$$;

-- ------------------------------------------------------------------ the session check, cheaper
-- Every API call starts with kohi.assert_session_ok(). 0006's body called three SQL functions
-- (is_superuser, password_change_reason, setting_value twice): SQL functions with a SET clause
-- are never inlined and are planned again at every call. Here: one indexed lookup whose plan
-- plpgsql keeps, and the same decisions in the same order with the same errors (a disabled or
-- unknown account 42501; a pending change 'initial'/'reset', an expired password 'expired',
-- 28P01). Nothing is cached between calls: a session whose account was disabled, or whose
-- password expired, a moment ago is refused at its next call.
CREATE OR REPLACE FUNCTION kohi.assert_session_ok() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r record;
    reason text;
BEGIN
    SELECT ro.rolsuper, s.status, s.must_change_password, s.password_changed_at, s.created_at,
           (SELECT st.value FROM kohi.setting st WHERE st.key = 'password_expiry_days') AS expiry
      INTO r
    FROM pg_roles ro
    LEFT JOIN kohi.staff s ON s.login = ro.rolname
    WHERE ro.rolname = session_user;
    IF coalesce(r.rolsuper, false) THEN
        RETURN;
    END IF;
    -- 0023: the terminal certificate first (a refusal is recorded durably, hence VOLATILE).
    PERFORM kohi.assert_terminal_ok();
    IF r.status IS NULL OR r.status <> 'active' THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
    -- kohi.password_change_reason(session_user), on the row already read.
    reason := CASE
        WHEN r.must_change_password THEN
            CASE WHEN r.password_changed_at IS NULL THEN 'initial' ELSE 'reset' END
        WHEN r.expiry > 0
             AND coalesce(r.password_changed_at, r.created_at) + make_interval(days => r.expiry)
                 <= now()
            THEN 'expired'
    END;
    IF reason IS NOT NULL THEN
        RAISE EXCEPTION 'パスワードを変更するまでデータは利用できません。'
            USING ERRCODE = '28P01', DETAIL = 'kohi: password change required (' || reason || ')';
    END IF;
END
$$;

-- 0003's caller_programmes() as plpgsql: the same query, planned once per session instead of at
-- every call (it runs twice per search: in the function and in the recipient policy).
CREATE OR REPLACE FUNCTION kohi.caller_programmes() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(p.code ORDER BY p.code), '{}')
            FROM kohi.programme p JOIN kohi.staff_group g ON g.code = p.staff_group
            WHERE pg_has_role(session_user, g.duty_role, 'MEMBER'));
END
$$;

-- ------------------------------------------------------------------ the search's plans
-- 0019's recipient_search, planned once: its everyday statements (kana prefix, page by page) have
-- parameters, so the plan cache planned them again at every call (custom plans: a quarter of the
-- call's time, the recipient policy's sub-plans included). The generic plan is the same index
-- scan. The next-page statement gets the redundant bound kana_key >= the last kana: without it
-- the generic plan of the row comparison under the recipient policy took a second per page at
-- 1,000,000 recipients (the custom plan did not need it). Otherwise unchanged.
CREATE OR REPLACE FUNCTION kohi_api.recipient_search(p_kana text, p_number text, p_birth date,
                                                     p_phone text, p_after_kana text,
                                                     p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, recipient_number text, name text, kana text,
               birth_date date, sex smallint, municipality_code text, phone text, status text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp
SET plan_cache_mode = force_generic_plan AS $$
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
                        AND r.kana_key >= p_after_kana COLLATE "C"  -- see the header
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
