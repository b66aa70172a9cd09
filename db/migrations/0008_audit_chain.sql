-- kohi:run-as superuser
-- The access log becomes append-only and tamper-evident (audit finding 5).
--
-- * Hash chain. Every event carries chain_seq (1, 2, 3, ... without gaps), prev_hash and hash:
--     hash = SHA-256( prev_hash || body )
--     body = 'kohi-audit-v1' (13 ASCII bytes)
--            || int8(chain_seq) || int8(at: microseconds since 2000-01-01 00:00:00 UTC)
--            || F(login) || F(client_addr) || F(terminal_id) || F(action) || F(target)
--            || F(programme) || F(outcome) || F(details)
--     int8/int4 are big-endian; F(NULL) = int4(-1); F(x) = int4(byte length) || the UTF-8 bytes
--     of x's text form (client_addr as inet text, e.g. '192.0.2.1'; details as jsonb text, whose
--     key order and spacing PostgreSQL normalises). The first event's prev_hash is 32 zero bytes.
--     int8(at) is PostgreSQL's binary timestamptz and F(x) is exactly a binary COPY field, so a
--     verifier can hash the bytes of `COPY (...) TO STDOUT (FORMAT binary)` without converting
--     anything. kohi_audit.event_body() is the definition; db/AuditChain.cpp recomputes it.
-- * Serialised appends. kohi_audit.append() locks the single chain-head row FOR UPDATE, stamps
--   the event with max(clock_timestamp(), previous event's time), so time never runs backwards
--   along the chain, and advances the head in the caller's transaction: a rolled-back action
--   leaves neither an event nor a gap. Events are ordered by chain_seq (equivalently by
--   (at, chain_seq)), never by insertion order.
-- * Ownership. The log belongs to the NOLOGIN role kohi_audit_owner, which nobody can become.
--   kohi_owner (the API) may only SELECT and call kohi_audit.append(); UPDATE, DELETE and
--   TRUNCATE are refused by triggers even for the owner and the database administrator (who
--   would have to disable them first, which verification then exposes). Dropping any part of
--   the log is refused unless the session user is a superuser (event trigger).
-- * Monthly partitions (RANGE on at, months in Asia/Tokyo) in schema kohi_audit; the current
--   and next month always exist (kohi_audit.ensure_partitions, called by append() when a new
--   month begins and by `kohi-admin audit partitions`).
-- * Retention. kohi.audit_retention_purge(), for the database administrator only, drops whole
--   months older than the 'audit_retention_years' setting and records the purge in the chain
--   with the last purged event's hash (the anchor from which verification resumes).

SET LOCAL search_path = pg_catalog, pg_temp;  -- every name below is schema-qualified

-- octet_length() of text is its UTF-8 length only in a UTF8 database (as Kohi's always are).
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
        RAISE EXCEPTION 'Kohi needs a UTF8 database (this one is %).', pg_catalog.getdatabaseencoding();
    END IF;
END
$$;

-- ------------------------------------------------------------------ owner role and schema
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kohi_audit_owner') THEN
        CREATE ROLE kohi_audit_owner NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA kohi_audit AUTHORIZATION kohi_audit_owner;
REVOKE ALL ON SCHEMA kohi_audit FROM PUBLIC;
GRANT USAGE ON SCHEMA kohi_audit TO kohi_owner;
GRANT USAGE ON SCHEMA kohi TO kohi_audit_owner;
GRANT SELECT ON kohi.setting TO kohi_audit_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE kohi_audit_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('audit_retention_years', 5, 1, 30, 'アクセスログの保存期間（年、経過した月はデータベース管理者が削除できる）');

-- ------------------------------------------------------------------ canonical encoding
CREATE FUNCTION kohi_audit.field(p text) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN p IS NULL THEN '\xffffffff'::bytea
            ELSE pg_catalog.int4send(pg_catalog.octet_length(p)) || pg_catalog.convert_to(p, 'UTF8') END;

CREATE FUNCTION kohi_audit.event_body(p_seq bigint, p_at timestamptz, p_login text,
                                      p_client_addr inet, p_terminal_id text, p_action text,
                                      p_target text, p_programme text, p_outcome text,
                                      p_details jsonb) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE
RETURN '\x6b6f68692d61756469742d7631'::bytea  -- 'kohi-audit-v1'
    || pg_catalog.int8send(p_seq)
    || pg_catalog.timestamptz_send(p_at)
    || kohi_audit.field(p_login) || kohi_audit.field(p_client_addr::text)
    || kohi_audit.field(p_terminal_id) || kohi_audit.field(p_action)
    || kohi_audit.field(p_target) || kohi_audit.field(p_programme)
    || kohi_audit.field(p_outcome) || kohi_audit.field(p_details::text);

CREATE FUNCTION kohi_audit.genesis() RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;

-- Running chain hash as an aggregate, for set-based (re)chaining: used as a window function
-- ordered by chain_seq it yields every event's hash; seed is the hash before the first row.
CREATE FUNCTION kohi_audit.chain_step(p_state bytea, p_body bytea, p_seed bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.sha256(coalesce(p_state, p_seed) || p_body);
CREATE AGGREGATE kohi_audit.chain_agg(bytea, bytea) (SFUNC = kohi_audit.chain_step, STYPE = bytea);

-- ------------------------------------------------------------------ redaction
-- Last line of defence: no My Number and no password ever reaches the log, whatever a caller
-- passes. Keys that name a secret lose their value; a run of 12 digits (a My Number, possibly
-- written 4-4-4 with spaces or hyphens, half- or full-width, not part of a longer word such as a
-- hex hash) becomes '[個人番号]'.
CREATE FUNCTION kohi_audit.redact_text(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(p, '(^|[^0-9A-Za-z０-９])[0-9０-９]{4}[- 　]?[0-9０-９]{4}[- 　]?[0-9０-９]{4}(?![0-9A-Za-z０-９])',
                      '\1[個人番号]', 'g');

CREATE FUNCTION kohi_audit.redact(p jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    secret_key constant text := '^(password|passwd|new_password|current_password|old_password|'
                                'pw|secret|scram_secret|mynumber|my_number|kojin_bango|'
                                'individual_number|個人番号|パスワード)$';
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    CASE jsonb_typeof(p)
    WHEN 'object' THEN
        RETURN coalesce((SELECT jsonb_object_agg(
                             kohi_audit.redact_text(e.key),
                             CASE WHEN lower(e.key) ~ secret_key THEN '"[秘匿]"'::jsonb
                                  ELSE kohi_audit.redact(e.value) END)
                         FROM jsonb_each(p) e), '{}'::jsonb);
    WHEN 'array' THEN
        RETURN coalesce((SELECT jsonb_agg(kohi_audit.redact(e.value) ORDER BY e.n)
                         FROM jsonb_array_elements(p) WITH ORDINALITY e(value, n)), '[]'::jsonb);
    WHEN 'string' THEN
        RETURN to_jsonb(kohi_audit.redact_text(p #>> '{}'));
    WHEN 'number' THEN
        IF p::text ~ '^[0-9]{12}$' THEN
            RETURN '"[個人番号]"'::jsonb;
        END IF;
        RETURN p;
    ELSE
        RETURN p;
    END CASE;
END
$$;

-- Cheap test first: only suspicious details take the recursive path.
CREATE FUNCTION kohi_audit.redact_details(p jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p::text ~ '[0-9０-９]{4}[- 　]?[0-9０-９]{4}[- 　]?[0-9０-９]{4}'
              OR p::text ~* '"(password|passwd|new_password|current_password|old_password|pw|secret|scram_secret|mynumber|my_number|kojin_bango|individual_number|個人番号|パスワード)"\s*:'
            THEN kohi_audit.redact(p) ELSE p END;

-- ------------------------------------------------------------------ the partitioned log
-- 0006's table is copied into the new one below and then dropped.
ALTER TABLE kohi.audit_event RENAME TO audit_event_0006;
ALTER INDEX kohi.audit_event_pkey RENAME TO audit_event_0006_pkey;
ALTER INDEX kohi.audit_event_login_at_idx RENAME TO audit_event_0006_login_at_idx;

CREATE TABLE kohi.audit_event (
    chain_seq   bigint NOT NULL CHECK (chain_seq > 0),
    at          timestamptz NOT NULL,           -- server time, non-decreasing along the chain
    login       name NOT NULL,                  -- the session user (staff login role)
    client_addr inet,
    terminal_id text,                           -- as the client declared it (informational)
    action      text NOT NULL,
    target      text,                           -- e.g. 'recipient:123', a login, a setting key
    programme   text,                           -- 法別番号 where the action concerns one
    outcome     text NOT NULL CONSTRAINT audit_event_outcome CHECK (outcome IN ('ok', 'refused', 'failed')),
    details     jsonb NOT NULL DEFAULT '{}',
    prev_hash   bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (chain_seq, at)
) PARTITION BY RANGE (at);
ALTER TABLE kohi.audit_event OWNER TO kohi_audit_owner;
REVOKE ALL ON kohi.audit_event FROM PUBLIC;
GRANT SELECT ON kohi.audit_event TO kohi_owner;

COMMENT ON TABLE kohi.audit_event IS
    'Access log: append-only hash chain (see migration 0008). Order by chain_seq.';

-- Search paths (measured with tests/bench/audit_bench at 10 million events): the primary key
-- finds an event by its number (keyset start, anchors: one probe per partition); (at, chain_seq)
-- serves time ranges and the newest-first order; one (column, at, chain_seq) index per search
-- field gives each partition its rows already in (at, chain_seq) order, so a page is an ordered
-- Append of short backward index scans. (Without chain_seq in these indexes the planner
-- preferred the time index and filtered, reading everything for a rare recipient; with BRIN
-- instead of a btree for the number, it scanned whole (at, chain_seq) indexes: 0.7 s a page.)
CREATE INDEX audit_event_at_idx ON kohi.audit_event (at, chain_seq);
CREATE INDEX audit_event_login_at_idx ON kohi.audit_event (login, at, chain_seq);
CREATE INDEX audit_event_terminal_at_idx ON kohi.audit_event (terminal_id, at, chain_seq);
CREATE INDEX audit_event_action_at_idx ON kohi.audit_event (action, at, chain_seq);
CREATE INDEX audit_event_target_at_idx ON kohi.audit_event (target, at, chain_seq)
    WHERE target IS NOT NULL;

-- Head of the chain: one row, locked by every append.
CREATE TABLE kohi_audit.chain_head (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq          bigint NOT NULL,
    hash         bytea NOT NULL,
    at           timestamptz NOT NULL,
    ensure_after timestamptz NOT NULL  -- first instant of the last existing month partition
);
ALTER TABLE kohi_audit.chain_head OWNER TO kohi_audit_owner;

-- Which month partitions exist (kept by ensure_partitions and the retention purge).
CREATE TABLE kohi_audit.partition (
    name        text PRIMARY KEY,
    lower_bound timestamptz NOT NULL UNIQUE,
    upper_bound timestamptz NOT NULL
);
ALTER TABLE kohi_audit.partition OWNER TO kohi_audit_owner;

-- ------------------------------------------------------------------ immutability
CREATE FUNCTION kohi_audit.refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'アクセスログは追記のみです。記録の変更・削除はできません（%）。', TG_OP
        USING ERRCODE = '42501',
              DETAIL = 'kohi: audit log is append-only; old months are removed only by kohi.audit_retention_purge()';
END
$$;
ALTER FUNCTION kohi_audit.refuse_change() OWNER TO kohi_audit_owner;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON kohi.audit_event
    FOR EACH ROW EXECUTE FUNCTION kohi_audit.refuse_change();
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON kohi.audit_event
    FOR EACH ROW EXECUTE FUNCTION kohi_audit.refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON kohi.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION kohi_audit.refuse_change();

-- The head only moves forward.
CREATE FUNCTION kohi_audit.head_forward_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq < OLD.seq OR (NEW.seq = OLD.seq AND NEW.hash <> OLD.hash) THEN
        RAISE EXCEPTION 'アクセスログの先頭は戻せません。' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
ALTER FUNCTION kohi_audit.head_forward_only() OWNER TO kohi_audit_owner;
CREATE TRIGGER chain_head_forward_only BEFORE UPDATE OR DELETE ON kohi_audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION kohi_audit.head_forward_only();
CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON kohi_audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION kohi_audit.refuse_change();

-- kohi_owner owns schema kohi and could therefore DROP the parent table (and with it every
-- partition); only a superuser session may drop any part of the log.
CREATE FUNCTION kohi_audit.guard_drop() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o record;
BEGIN
    IF coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) THEN
        RETURN;
    END IF;
    FOR o IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        IF o.schema_name = 'kohi_audit'
           OR o.object_identity IN ('kohi_audit', 'kohi.audit_event', 'kohi.audit_retention_purge()')
           OR o.object_identity LIKE '% on kohi.audit_event'
           OR (o.schema_name = 'kohi' AND o.object_name LIKE 'audit_event%') THEN
            RAISE EXCEPTION 'アクセスログ（%）は削除できません。', o.object_identity
                USING ERRCODE = '42501';
        END IF;
    END LOOP;
END
$$;
CREATE EVENT TRIGGER kohi_audit_guard_drop ON sql_drop EXECUTE FUNCTION kohi_audit.guard_drop();

-- ------------------------------------------------------------------ partitions
-- Creates the month partitions (Asia/Tokyo months) containing p_at and the p_ahead months after
-- it. A new partition is attached (SHARE UPDATE EXCLUSIVE on the parent), so readers and writers
-- are not blocked. Returns how many were created.
CREATE FUNCTION kohi_audit.ensure_partitions(p_at timestamptz DEFAULT clock_timestamp(),
                                             p_ahead int DEFAULT 1) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    month0 timestamp := date_trunc('month', p_at AT TIME ZONE 'Asia/Tokyo');
    m timestamp;
    lo timestamptz;
    hi timestamptz;
    part text;
    created int := 0;
BEGIN
    IF p_ahead IS NULL OR p_ahead < 0 OR p_ahead > 24 THEN
        RAISE EXCEPTION '先行作成する月数は 0〜24 で指定してください。' USING ERRCODE = '22023';
    END IF;
    -- Same lock order as append(): the head first.
    PERFORM FROM kohi_audit.chain_head FOR UPDATE;
    FOR i IN 0..p_ahead LOOP
        m := month0 + make_interval(months => i);
        lo := m AT TIME ZONE 'Asia/Tokyo';
        hi := (m + interval '1 month') AT TIME ZONE 'Asia/Tokyo';
        part := 'audit_event_' || to_char(m, 'YYYY_MM');
        CONTINUE WHEN EXISTS (SELECT FROM kohi_audit.partition WHERE name = part);
        EXECUTE format('CREATE TABLE kohi_audit.%I (LIKE kohi.audit_event INCLUDING DEFAULTS'
                       ' INCLUDING CONSTRAINTS, CONSTRAINT %I CHECK (at >= %L AND at < %L))',
                       part, part || '_bounds', lo, hi);
        EXECUTE format('REVOKE ALL ON kohi_audit.%I FROM PUBLIC', part);
        EXECUTE format('ALTER TABLE kohi.audit_event ATTACH PARTITION kohi_audit.%I'
                       ' FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
        EXECUTE format('ALTER TABLE kohi_audit.%I DROP CONSTRAINT %I', part, part || '_bounds');
        -- Statement triggers are not inherited: TRUNCATE of the partition itself is refused too.
        EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON kohi_audit.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION kohi_audit.refuse_change()', part);
        INSERT INTO kohi_audit.partition (name, lower_bound, upper_bound) VALUES (part, lo, hi);
        created := created + 1;
    END LOOP;
    UPDATE kohi_audit.chain_head
    SET ensure_after = greatest(ensure_after, (SELECT max(lower_bound) FROM kohi_audit.partition));
    RETURN created;
END
$$;
ALTER FUNCTION kohi_audit.ensure_partitions(timestamptz, int) OWNER TO kohi_audit_owner;

-- ------------------------------------------------------------------ append
-- The only way into the log. Returns the event's chain_seq.
CREATE FUNCTION kohi_audit.append(p_login name, p_client_addr inet, p_terminal_id text,
                                  p_action text, p_target text, p_programme text,
                                  p_outcome text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    h kohi_audit.chain_head;
    v_at timestamptz;
    v_seq bigint;
    v_hash bytea;
    v_target text := kohi_audit.redact_text(p_target);
    v_details jsonb := kohi_audit.redact_details(coalesce(p_details, '{}'));
BEGIN
    SELECT * INTO STRICT h FROM kohi_audit.chain_head FOR UPDATE;
    v_at := greatest(clock_timestamp(), h.at);
    IF v_at >= h.ensure_after THEN
        PERFORM kohi_audit.ensure_partitions(v_at, 1);
    END IF;
    v_seq := h.seq + 1;
    v_hash := sha256(h.hash || kohi_audit.event_body(v_seq, v_at, p_login, p_client_addr,
                                                     p_terminal_id, p_action, v_target,
                                                     p_programme, p_outcome, v_details));
    INSERT INTO kohi.audit_event (chain_seq, at, login, client_addr, terminal_id, action, target,
                                  programme, outcome, details, prev_hash, hash)
    VALUES (v_seq, v_at, p_login, p_client_addr, p_terminal_id, p_action, v_target, p_programme,
            p_outcome, v_details, h.hash, v_hash);
    UPDATE kohi_audit.chain_head SET seq = v_seq, hash = v_hash, at = v_at;
    RETURN v_seq;
END
$$;
ALTER FUNCTION kohi_audit.append(name, inet, text, text, text, text, text, jsonb)
    OWNER TO kohi_audit_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.append(name, inet, text, text, text, text, text, jsonb)
    TO kohi_owner;

-- ------------------------------------------------------------------ move 0006's events
-- Re-chained in time order (0006 drained authentication events with their own older times, so
-- id order was not time order); chain time = recorded time.
DO $$
DECLARE
    first_at timestamptz;
    m timestamp;
BEGIN
    SELECT min(at) INTO first_at FROM kohi.audit_event_0006;
    INSERT INTO kohi_audit.chain_head (seq, hash, at, ensure_after)
    VALUES (0, kohi_audit.genesis(), '-infinity', '-infinity');
    m := date_trunc('month', coalesce(first_at, clock_timestamp()) AT TIME ZONE 'Asia/Tokyo');
    WHILE m < date_trunc('month', clock_timestamp() AT TIME ZONE 'Asia/Tokyo') LOOP
        PERFORM kohi_audit.ensure_partitions(m AT TIME ZONE 'Asia/Tokyo', 0);
        m := m + interval '1 month';
    END LOOP;
    PERFORM kohi_audit.ensure_partitions(clock_timestamp(), 1);
    INSERT INTO kohi.audit_event (chain_seq, at, login, client_addr, terminal_id, action, target,
                                  programme, outcome, details, prev_hash, hash)
    SELECT seq, at, login, client_addr, terminal_id, action, target, programme, outcome, details,
           coalesce(lag(hash) OVER (ORDER BY seq), kohi_audit.genesis()), hash
    FROM (SELECT *, kohi_audit.chain_agg(kohi_audit.event_body(seq, at, login, client_addr,
                                                               terminal_id, action, target,
                                                               programme, outcome, details),
                                         kohi_audit.genesis()) OVER (ORDER BY seq) AS hash
          FROM (SELECT row_number() OVER (ORDER BY o.at, o.id) AS seq, o.at, o.login,
                       o.client_addr, o.terminal_id, o.action,
                       kohi_audit.redact_text(o.target) AS target, o.programme, o.outcome,
                       kohi_audit.redact_details(o.details) AS details
                FROM kohi.audit_event_0006 o) numbered) chained;
    UPDATE kohi_audit.chain_head h
    SET seq = e.chain_seq, hash = e.hash, at = e.at
    FROM (SELECT chain_seq, hash, at FROM kohi.audit_event ORDER BY at DESC, chain_seq DESC LIMIT 1) e;
END
$$;
DROP TABLE kohi.audit_event_0006;

-- ------------------------------------------------------------------ verification
-- Contents check of verify_chain(): every event's hash recomputed from its columns and its
-- prev_hash. RETURN QUERY, so the scan may run in parallel workers (SELECT INTO may not).
CREATE FUNCTION kohi_audit.check_contents(p_start_seq bigint, p_from_at timestamptz)
RETURNS TABLE (n bigint, max_seq bigint, bad_seq bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT count(*), max(e.chain_seq),
           min(e.chain_seq) FILTER (WHERE e.hash IS DISTINCT FROM sha256(e.prev_hash || event_body(
               e.chain_seq, e.at, e.login, e.client_addr, e.terminal_id, e.action, e.target,
               e.programme, e.outcome, e.details)))
    FROM kohi.audit_event e
    WHERE e.at >= p_from_at AND e.chain_seq >= p_start_seq;
END
$$;

-- Recomputes every event's hash and link from the start (or after an anchor the caller trusts,
-- e.g. a head exported earlier) and names the first broken link. Without an anchor the chain
-- starts at the genesis hash, or, after a retention purge, at the anchor that purge recorded.
-- Also compares the last event with the chain head (catches removal of the newest events).
CREATE FUNCTION kohi_audit.verify_chain(p_after_seq bigint DEFAULT NULL,
                                        p_after_hash bytea DEFAULT NULL,
                                        p_after_at timestamptz DEFAULT NULL)
RETURNS TABLE (verified bigint, first_seq bigint, last_seq bigint, last_hash bytea,
               last_at timestamptz, broken_seq bigint, broken_at timestamptz, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
DECLARE
    start_seq bigint;     -- seq of the first event to check
    expect_prev bytea;    -- hash that event must link to
    from_at timestamptz := '-infinity';
    r record;
    bad record;
    h kohi_audit.chain_head;
BEGIN
    IF p_after_seq IS NOT NULL THEN
        IF p_after_hash IS NULL OR octet_length(p_after_hash) <> 32 THEN
            RAISE EXCEPTION 'アンカーのハッシュ（32バイト）を指定してください。' USING ERRCODE = '22023';
        END IF;
        start_seq := p_after_seq + 1;
        expect_prev := p_after_hash;
        from_at := coalesce(p_after_at, '-infinity');
        -- The anchor event itself, if still there, must be unchanged.
        SELECT e.chain_seq, e.at, e.hash INTO bad FROM kohi.audit_event e
        WHERE e.chain_seq = p_after_seq AND e.at >= from_at;
        IF FOUND AND bad.hash <> p_after_hash THEN
            RETURN QUERY SELECT 0::bigint, p_after_seq, NULL::bigint, NULL::bytea,
                                NULL::timestamptz, p_after_seq, bad.at,
                                'アンカーの記録が変更されています（ハッシュ不一致）'::text;
            RETURN;
        END IF;
    ELSE
        SELECT e.chain_seq, e.at INTO r FROM kohi.audit_event e ORDER BY e.at, e.chain_seq LIMIT 1;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 0::bigint, NULL::bigint, NULL::bigint, NULL::bytea,
                                NULL::timestamptz, NULL::bigint, NULL::timestamptz, NULL::text;
            RETURN;
        END IF;
        start_seq := r.chain_seq;
        from_at := r.at;
        IF start_seq = 1 THEN
            expect_prev := genesis();
        ELSE
            -- The purge that removed events up to start_seq - 1 recorded their last hash.
            SELECT decode(e.details ->> 'anchor_hash', 'hex') INTO expect_prev
            FROM kohi.audit_event e
            WHERE e.action = 'audit_retention_purge' AND e.outcome = 'ok'
              AND (e.details ->> 'anchor_seq')::bigint = start_seq - 1
            ORDER BY e.at DESC LIMIT 1;
            IF expect_prev IS NULL THEN
                RETURN QUERY SELECT 0::bigint, start_seq, NULL::bigint, NULL::bytea,
                                    NULL::timestamptz, start_seq, r.at,
                                    '最初の記録より前の記録が、保存期間による削除の記録なしに失われています'::text;
                RETURN;
            END IF;
        END IF;
    END IF;

    -- Two passes. Contents: every event's hash is recomputed from its own columns and its
    -- prev_hash (no order needed, so a parallel scan can share the hashing). Links: in chain
    -- order ((at, chain_seq): times never decrease) each prev_hash must be the previous event's
    -- hash and chain_seq must go up by one (catches deleted, inserted or reordered events).
    SELECT * INTO r FROM check_contents(start_seq, from_at);
    SELECT min(s.chain_seq) AS bad_seq INTO bad
    FROM (SELECT e.chain_seq,
                 e.prev_hash IS DISTINCT FROM coalesce(lag(e.hash) OVER w, expect_prev)
                 OR e.chain_seq <> coalesce(lag(e.chain_seq) OVER w, start_seq - 1) + 1 AS bad
          FROM kohi.audit_event e
          WHERE e.at >= from_at AND e.chain_seq >= start_seq
          WINDOW w AS (ORDER BY e.at, e.chain_seq)) s
    WHERE s.bad;
    IF bad.bad_seq IS NOT NULL AND (r.bad_seq IS NULL OR bad.bad_seq < r.bad_seq) THEN
        r.bad_seq := bad.bad_seq;
    END IF;

    IF r.bad_seq IS NOT NULL THEN
        SELECT e.chain_seq, e.at,
               CASE WHEN e.hash IS DISTINCT FROM sha256(e.prev_hash || event_body(
                        e.chain_seq, e.at, e.login, e.client_addr, e.terminal_id, e.action,
                        e.target, e.programme, e.outcome, e.details))
                    THEN '記録の内容がハッシュと一致しません（改ざん）'
                    WHEN e.chain_seq = start_seq AND e.prev_hash <> expect_prev
                    THEN '直前の記録のハッシュと連結していません'
                    ELSE '連番の欠落・重複、または直前の記録との連結の不一致（削除・挿入・並べ替え）' END AS why
          INTO bad
        FROM kohi.audit_event e WHERE e.chain_seq = r.bad_seq LIMIT 1;
        RETURN QUERY SELECT (SELECT count(*) FROM kohi.audit_event e
                             WHERE e.at >= from_at AND e.at <= bad.at
                               AND e.chain_seq >= start_seq AND e.chain_seq < r.bad_seq),
                            start_seq, r.max_seq, NULL::bytea, NULL::timestamptz, r.bad_seq,
                            bad.at, bad.why;
        RETURN;
    END IF;

    SELECT * INTO h FROM chain_head;
    SELECT e.chain_seq, e.hash, e.at INTO bad FROM kohi.audit_event e
    WHERE e.at >= from_at ORDER BY e.at DESC, e.chain_seq DESC LIMIT 1;
    IF r.n = 0 THEN
        IF p_after_seq IS NOT NULL AND h.seq > p_after_seq THEN
            RETURN QUERY SELECT 0::bigint, start_seq, NULL::bigint, NULL::bytea, NULL::timestamptz,
                                start_seq, NULL::timestamptz,
                                'アンカー以降の記録が失われています'::text;
            RETURN;
        END IF;
        RETURN QUERY SELECT 0::bigint, start_seq, p_after_seq, p_after_hash, p_after_at,
                            NULL::bigint, NULL::timestamptz, NULL::text;
        RETURN;
    END IF;
    IF bad.chain_seq <> h.seq OR bad.hash <> h.hash THEN
        RETURN QUERY SELECT r.n, start_seq, bad.chain_seq, bad.hash, bad.at, bad.chain_seq + 1,
                            h.at, format('最新の記録（連番 %s）が先頭の記録（連番 %s）と一致しません（末尾の削除）',
                                         bad.chain_seq, h.seq);
        RETURN;
    END IF;
    RETURN QUERY SELECT r.n, start_seq, bad.chain_seq, bad.hash, bad.at, NULL::bigint,
                        NULL::timestamptz, NULL::text;
END
$$;
ALTER FUNCTION kohi_audit.verify_chain(bigint, bytea, timestamptz) OWNER TO kohi_audit_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.verify_chain(bigint, bytea, timestamptz) TO kohi_owner;

CREATE FUNCTION kohi_audit.event_at(p_seq bigint) RETURNS TABLE (at timestamptz, hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi_audit, pg_temp AS $$
    SELECT e.at, e.hash FROM kohi.audit_event e WHERE e.chain_seq = p_seq LIMIT 1
$$;
ALTER FUNCTION kohi_audit.event_at(bigint) OWNER TO kohi_audit_owner;
GRANT EXECUTE ON FUNCTION kohi_audit.event_at(bigint) TO kohi_owner;

-- ------------------------------------------------------------------ retention
-- For the database administrator only (session user must be a superuser). Drops the month
-- partitions that ended before (start of this month - audit_retention_years), and records the
-- purge, with the last purged event's seq/hash/time (the anchor) and the chain head at the purge
-- point, as an event in the chain. Writers wait while it runs.
CREATE FUNCTION kohi.audit_retention_purge()
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
    RETURN QUERY SELECT names, n, last_anchor.chain_seq, encode(last_anchor.hash, 'hex'), ev;
END
$$;
ALTER FUNCTION kohi.audit_retention_purge() OWNER TO kohi_audit_owner;
REVOKE ALL ON FUNCTION kohi.audit_retention_purge() FROM PUBLIC;

-- Every helper of the log belongs to its owner (the event trigger's function stays with the
-- administrator who ran this migration).
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi_audit'::regnamespace AND p.proname <> 'guard_drop' LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO kohi_audit_owner', f);
    END LOOP;
END
$$;

-- Everything below is the API's: created by its owner, so default privileges apply.
SET LOCAL ROLE kohi_owner;

-- ------------------------------------------------------------------ writers
CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                                      p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                                      p_login name DEFAULT NULL) RETURNS void
LANGUAGE sql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT kohi_audit.append(coalesce(p_login, session_user), inet_client_addr(),
                             kohi.current_terminal(), p_action, p_target, p_programme, p_outcome,
                             coalesce(p_details, '{}'))
$$;

-- The terminal the session declared (0006's definition read all of pg_stat_activity for every
-- event: 0.85 ms of each append; this reads only the caller's own backend entry).
CREATE OR REPLACE FUNCTION kohi.current_terminal() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT cs.terminal_id FROM kohi.client_session cs
    WHERE cs.pid = pg_backend_pid()
      AND cs.backend_start = (SELECT a.backend_start FROM pg_stat_get_activity(pg_backend_pid()) a)
$$;

-- Authentication events keep their own time in details.occurred_at; the event's at is the time
-- it entered the chain (drained at the next session start).
CREATE OR REPLACE FUNCTION kohi.drain_auth_events() RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    e record;
    n int := 0;
BEGIN
    FOR e IN SELECT * FROM kohi.kohi_auth_drain_events() ORDER BY seq LOOP
        PERFORM kohi_audit.append(
            e.role_name::name,
            CASE WHEN e.client_addr ~ '^[0-9a-fA-F:.]+$' THEN e.client_addr::inet END,
            NULL, e.outcome, NULL, NULL,
            CASE WHEN e.outcome IN ('login_ok', 'reauth_ok', 'lock_expired') THEN 'ok' ELSE 'refused' END,
            jsonb_build_object('auth_seq', e.seq,
                               'occurred_at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')));
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- ------------------------------------------------------------------ API for auditors and staff
-- Who may read the whole log: auditors and user administrators (and the database administrator).
CREATE FUNCTION kohi.assert_audit_reader() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER')
            OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'アクセスログを閲覧する権限がありません。' USING ERRCODE = '42501';
    END IF;
END
$$;

-- Shared search: newest first, keyset paging by chain_seq (pass the last chain_seq of the
-- previous page as p_after_seq). Only the given conditions enter the (dynamic, parameterised)
-- query, so the planner picks the matching index. Exact matches; the period is [from, to).
CREATE FUNCTION kohi.audit_query(p_from timestamptz, p_to timestamptz, p_login text,
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
    IF p_after_seq IS NOT NULL THEN
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

CREATE FUNCTION kohi.audit_conditions(p_from timestamptz, p_to timestamptz, p_login text,
                                      p_terminal text, p_action text, p_target text,
                                      p_programme text, p_outcome text, p_after_seq bigint,
                                      p_page_size int) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'from', p_from, 'to', p_to, 'login', p_login, 'terminal', p_terminal, 'action', p_action,
        'target', p_target, 'programme', p_programme, 'outcome', p_outcome,
        'after_seq', p_after_seq, 'page_size', p_page_size))
$$;

CREATE FUNCTION kohi_api.audit_search(p_from timestamptz, p_to timestamptz, p_login text,
                                      p_terminal text, p_action text, p_target text,
                                      p_programme text, p_outcome text, p_after_seq bigint,
                                      p_page_size int)
RETURNS TABLE (chain_seq bigint, at timestamptz, login text, client_addr text, terminal_id text,
               action text, target text, programme text, outcome text, details jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_audit_reader();
    PERFORM kohi.assert_session_ok();
    RETURN QUERY SELECT * FROM kohi.audit_query(p_from, p_to, nullif(btrim(p_login), ''),
        nullif(btrim(p_terminal), ''), nullif(btrim(p_action), ''), nullif(btrim(p_target), ''),
        nullif(btrim(p_programme), ''), nullif(btrim(p_outcome), ''), p_after_seq, p_page_size);
    GET DIAGNOSTICS n = ROW_COUNT;
    -- The search itself is an event (after the search, so it is not its own result).
    PERFORM kohi.audit('audit_search', NULL, 'ok',
                       jsonb_build_object('conditions', kohi.audit_conditions(
                           p_from, p_to, p_login, p_terminal, p_action, p_target, p_programme,
                           p_outcome, p_after_seq, p_page_size), 'result_count', n));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.audit_search(timestamptz, timestamptz, text, text, text, text,
                                                text, text, bigint, int)
    TO kohi_auditor, kohi_user_admin;

-- Any staff member: their own events only.
CREATE FUNCTION kohi_api.my_audit_history(p_from timestamptz, p_to timestamptz, p_action text,
                                          p_after_seq bigint, p_page_size int)
RETURNS TABLE (chain_seq bigint, at timestamptz, login text, client_addr text, terminal_id text,
               action text, target text, programme text, outcome text, details jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY SELECT * FROM kohi.audit_query(p_from, p_to, session_user::text, NULL,
        nullif(btrim(p_action), ''), NULL, NULL, NULL, p_after_seq, p_page_size);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('my_audit_history', session_user, 'ok',
                       jsonb_build_object('conditions', kohi.audit_conditions(
                           p_from, p_to, NULL, NULL, p_action, NULL, NULL, NULL, p_after_seq,
                           p_page_size), 'result_count', n));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.my_audit_history(timestamptz, timestamptz, text, bigint, int)
    TO kohi_staff;

-- Auditors verify the chain on the server (kohi-admin audit verify); the check is an event too.
CREATE FUNCTION kohi_api.audit_verify(p_after_seq bigint, p_after_hash text,
                                      p_after_at timestamptz)
RETURNS TABLE (verified bigint, first_seq bigint, last_seq bigint, last_hash text,
               last_at timestamptz, broken_seq bigint, broken_at timestamptz, problem text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'アクセスログの検証は監査担当だけが実行できます。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.assert_session_ok();
    IF p_after_hash IS NOT NULL AND p_after_hash !~ '^[0-9a-fA-F]{64}$' THEN
        RAISE EXCEPTION 'アンカーのハッシュは64桁の16進数で指定してください。' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO r FROM kohi_audit.verify_chain(p_after_seq, decode(p_after_hash, 'hex'), p_after_at);
    PERFORM kohi.audit('audit_verify', NULL, CASE WHEN r.broken_seq IS NULL THEN 'ok' ELSE 'failed' END,
                       jsonb_strip_nulls(jsonb_build_object(
                           'after_seq', p_after_seq, 'verified', r.verified,
                           'last_seq', r.last_seq, 'broken_seq', r.broken_seq,
                           'problem', r.problem)));
    RETURN QUERY SELECT r.verified, r.first_seq, r.last_seq, encode(r.last_hash, 'hex'), r.last_at,
                        r.broken_seq, r.broken_at, r.problem;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.audit_verify(bigint, text, timestamptz) TO kohi_auditor;

-- The head for an auditor to keep outside the database. The export is itself the exported
-- event: it is appended first and then returned as the head.
CREATE FUNCTION kohi_api.audit_head()
RETURNS TABLE (seq bigint, hash text, at timestamptz, database text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    s bigint;
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'アクセスログの先頭の書き出しは監査担当だけが実行できます。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.assert_session_ok();
    s := kohi_audit.append(session_user, inet_client_addr(), kohi.current_terminal(),
                           'audit_head_export', NULL, NULL, 'ok', '{}');
    RETURN QUERY SELECT s, encode(a.hash, 'hex'), a.at, current_database()::text
                 FROM kohi_audit.event_at(s) a;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.audit_head() TO kohi_auditor;

-- Does the chain still hold a head an auditor kept outside the database, unchanged?
CREATE FUNCTION kohi_api.audit_check_head(p_seq bigint, p_hash text, p_at timestamptz)
RETURNS TABLE (present boolean, matches boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a record;
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'アクセスログの照合は監査担当だけが実行できます。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.assert_session_ok();
    SELECT e.at, e.hash INTO a FROM kohi_audit.event_at(p_seq) e;
    present := a.hash IS NOT NULL;
    matches := present AND encode(a.hash, 'hex') = lower(p_hash) AND a.at = p_at;
    PERFORM kohi.audit('audit_check_head', NULL, CASE WHEN matches THEN 'ok' ELSE 'failed' END,
                       jsonb_build_object('seq', p_seq, 'present', present, 'matches', matches));
    RETURN NEXT;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.audit_check_head(bigint, text, timestamptz) TO kohi_auditor;

-- ------------------------------------------------------------------ reads that were not logged
-- Every API function writes an event (tests/integration/AuditLogTests.cpp enforces it).
CREATE OR REPLACE FUNCTION kohi_api.session_info()
RETURNS TABLE (login text, display_name text, duties text[], programmes text[],
               environment_name text, environment_kind text, password_change_required boolean,
               password_change_reason text, password_expires_in_days int,
               idle_lock_minutes int, idle_logout_minutes int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
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

CREATE OR REPLACE FUNCTION kohi_api.settings_list()
RETURNS TABLE (key text, value int, min_value int, max_value int, label text,
               updated_at timestamptz, updated_by text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('settings_list', NULL, 'ok');
    RETURN QUERY SELECT s.key, s.value, s.min_value, s.max_value, s.label, s.updated_at,
                        s.updated_by::text FROM kohi.setting s ORDER BY s.key;
END
$$;

CREATE OR REPLACE FUNCTION kohi_api.recipient_counts()
RETURNS TABLE (programme text, programme_name text, recipients bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('recipient_counts', NULL, 'ok');
    RETURN QUERY
    SELECT p.code, p.name, count(r.id)
    FROM kohi.programme p LEFT JOIN kohi.recipient r ON r.programme = p.code
    WHERE p.code = ANY (kohi.caller_programmes())
    GROUP BY p.code, p.name ORDER BY p.code;
END
$$;
