-- Monitoring of the access log (audit finding 5: logs existed but nobody watched them).
--
-- * Rules are data (kohi.monitor_rule): each counts matching events (search_volume: the rows
--   they showed) per staff login per day
--   (Asia/Tokyo) and raises an alert when the count reaches its threshold. Auditors change
--   thresholds, parameters and office hours; every change is itself logged.
-- * Evaluation is incremental (kohi.monitor_evaluate): it reads only the events after the last
--   evaluated chain_seq, adds them to per-rule tallies and per-day counts, and raises or updates
--   alerts. Appends commit in chain order (the chain-head lock is held until commit), so a
--   committed chain_seq is never followed later by a smaller one: the watermark misses nothing.
--   It runs whenever an auditor or administrator opens the alert list or the dashboard, and on
--   a schedule with `kohi-admin audit monitor` (Task Scheduler / cron, as the DB administrator).
-- * Alerts are acknowledged by an auditor or user administrator with a note saying what was done
--   (never one about themselves). If more matching events arrive the same day, the alert opens
--   again (the earlier acknowledgement stays in the access log).
-- * Alerts are raised for the last 31 days (the monitoring window); older history, e.g. at the
--   first evaluation after the upgrade, is counted for the dashboard only. Changes to a rule's
--   threshold apply to the window at once; changes to which events match (office hours, search
--   size) apply to events evaluated afterwards.
-- Off-hours: before or after office hours on a working day, or any time on a Saturday, Sunday or
-- a day in kohi.office_holiday (national holidays and the year-end closure; kept by the database
-- administrator with `kohi-admin audit holidays`).

CREATE TABLE kohi.monitor_rule (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z_]{1,40}$'),
    label           text NOT NULL,
    description     text NOT NULL,
    severity        text NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    enabled         boolean NOT NULL DEFAULT true,
    threshold       int NOT NULL CHECK (threshold BETWEEN 1 AND 100000),  -- events per login per day
    parameter       int CHECK (parameter BETWEEN 1 AND 100000),          -- rule-specific (see label)
    parameter_label text,
    office_start    time,
    office_end      time,
    -- format() with the day's count, the threshold and the parameter (%1$s, %2$s, %3$s).
    summary_format  text NOT NULL,
    sort_key        int NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      name NOT NULL DEFAULT session_user,
    CHECK ((parameter IS NULL) = (parameter_label IS NULL)),
    CHECK ((office_start IS NULL) = (office_end IS NULL)),
    CHECK (office_start < office_end)
);
INSERT INTO kohi.monitor_rule (code, label, description, severity, threshold, parameter,
                               parameter_label, office_start, office_end, summary_format, sort_key)
VALUES
    ('mynumber_reveals', '個人番号の表示が多い',
     '1人の閲覧者が1日に表示した個人番号の件数が基準以上', 'high', 10, NULL, NULL, NULL, NULL,
     '個人番号を1日に%1$s件表示しました（基準 %2$s件以上）。', 10),
    ('off_hours', '時間外の操作',
     '勤務時間外（平日の勤務時間の前後、土日・祝日・年末年始）に記録された操作の件数が基準以上',
     'medium', 1,
     NULL, NULL, '08:30', '18:00',
     '勤務時間外に%1$s件の操作がありました（基準 %2$s件以上）。', 20),
    -- The client pages searches by 100 rows: a single search of 200 or more came from psql or
    -- another program. Paging through the register 100 at a time shows in search_volume.
    ('large_search', '大量の検索結果',
     '1回の検索で返した受給者の件数が「件数」以上の検索が、1日に基準回数以上', 'medium', 1,
     200, '1回の検索の件数', NULL, NULL,
     '%3$s件以上を返す検索を%1$s回行いました（基準 %2$s回以上）。', 30),
    ('search_volume', '検索で表示した受給者が多い',
     '1日に検索結果として表示した受給者の件数（ページの合計）が基準以上', 'medium', 2000,
     NULL, NULL, NULL, NULL,
     '検索で1日に合計%1$s件の受給者を表示しました（基準 %2$s件以上）。', 35),
    ('failed_logins', 'ログインの失敗が続く',
     '同じユーザーIDでのログイン・ロック解除の失敗（ロックを含む）が1日に基準以上', 'high', 3,
     NULL, NULL, NULL, NULL,
     'ログインの失敗が1日に%1$s回ありました（基準 %2$s回以上）。', 40),
    ('approval_mismatch', '個人番号の照合の不一致',
     '承認者の再入力が登録された個人番号と一致しなかった回数が1日に基準以上', 'medium', 1,
     NULL, NULL, NULL, NULL,
     '個人番号の照合で%1$s回不一致がありました（基準 %2$s回以上）。', 50);

-- Days the office is closed besides Saturdays and Sundays. National holidays (国民の祝日, with
-- 振替休日 and 国民の休日) for 2026 and 2027 as published by the Cabinet Office; the equinox days of
-- 2027 are announced in February 2026 and are UNCONFIRMED until checked (confirmed = false).
-- The prefecture's year-end closure (12/29–1/3) is included.
CREATE TABLE kohi.office_holiday (
    day       date PRIMARY KEY,
    name      text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    confirmed boolean NOT NULL DEFAULT true
);
INSERT INTO kohi.office_holiday (day, name, confirmed) VALUES
    ('2026-01-01', '元日', true), ('2026-01-02', '年末年始', true), ('2026-01-03', '年末年始', true),
    ('2026-01-12', '成人の日', true), ('2026-02-11', '建国記念の日', true),
    ('2026-02-23', '天皇誕生日', true), ('2026-03-20', '春分の日', true),
    ('2026-04-29', '昭和の日', true), ('2026-05-03', '憲法記念日', true),
    ('2026-05-04', 'みどりの日', true), ('2026-05-05', 'こどもの日', true),
    ('2026-05-06', '振替休日', true), ('2026-07-20', '海の日', true), ('2026-08-11', '山の日', true),
    ('2026-09-21', '敬老の日', true), ('2026-09-22', '国民の休日', true),
    ('2026-09-23', '秋分の日', true), ('2026-10-12', 'スポーツの日', true),
    ('2026-11-03', '文化の日', true), ('2026-11-23', '勤労感謝の日', true),
    ('2026-12-29', '年末年始', true), ('2026-12-30', '年末年始', true),
    ('2026-12-31', '年末年始', true),
    ('2027-01-01', '元日', true), ('2027-01-02', '年末年始', true), ('2027-01-03', '年末年始', true),
    ('2027-01-11', '成人の日', true), ('2027-02-11', '建国記念の日', true),
    ('2027-02-23', '天皇誕生日', true), ('2027-03-21', '春分の日', false),
    ('2027-03-22', '振替休日', false), ('2027-04-29', '昭和の日', true),
    ('2027-05-03', '憲法記念日', true), ('2027-05-04', 'みどりの日', true),
    ('2027-05-05', 'こどもの日', true), ('2027-07-19', '海の日', true), ('2027-08-11', '山の日', true),
    ('2027-09-20', '敬老の日', true), ('2027-09-23', '秋分の日', false),
    ('2027-10-11', 'スポーツの日', true), ('2027-11-03', '文化の日', true),
    ('2027-11-23', '勤労感謝の日', true),
    ('2027-12-29', '年末年始', true), ('2027-12-30', '年末年始', true),
    ('2027-12-31', '年末年始', true);

-- Where evaluation stopped. One row.
CREATE TABLE kohi.monitor_state (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_seq     bigint NOT NULL DEFAULT 0,
    evaluated_at timestamptz
);
INSERT INTO kohi.monitor_state DEFAULT VALUES;

-- Matching events per rule, login and day, below the threshold or not.
CREATE TABLE kohi.monitor_tally (
    rule_code text NOT NULL REFERENCES kohi.monitor_rule,
    subject   text NOT NULL,  -- the login the events were recorded for
    day       date NOT NULL,  -- Asia/Tokyo
    n         int NOT NULL,
    first_seq bigint NOT NULL,
    last_seq  bigint NOT NULL,
    PRIMARY KEY (rule_code, subject, day)
);
CREATE INDEX monitor_tally_day_idx ON kohi.monitor_tally (day);
CREATE INDEX monitor_tally_last_seq_idx ON kohi.monitor_tally (last_seq);

CREATE TABLE kohi.monitor_alert (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_code       text NOT NULL REFERENCES kohi.monitor_rule,
    subject         text NOT NULL,
    day             date NOT NULL,
    event_count     int NOT NULL,
    threshold       int NOT NULL,
    parameter       int,
    first_seq       bigint NOT NULL,
    last_seq        bigint NOT NULL,
    raised_at       timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by name,
    ack_note        text,
    UNIQUE (rule_code, subject, day),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
    CHECK ((acknowledged_at IS NULL) = (ack_note IS NULL))
);
CREATE INDEX monitor_alert_day_idx ON kohi.monitor_alert (day);
CREATE INDEX monitor_alert_open_idx ON kohi.monitor_alert (day DESC, id DESC)
    WHERE acknowledged_at IS NULL;

-- Events per day and category, for the dashboard (kept by evaluation, so the chart does not
-- read the log itself).
CREATE TABLE kohi.monitor_daily_count (
    day      date NOT NULL,
    category text NOT NULL,
    n        bigint NOT NULL,
    PRIMARY KEY (day, category)
);

CREATE TABLE kohi.monitor_category (
    code     text PRIMARY KEY,
    label    text NOT NULL,
    sort_key int NOT NULL
);
INSERT INTO kohi.monitor_category VALUES
    ('all', 'すべての記録', 10),
    ('recipient_access', '受給者情報の参照・更新', 20),
    ('mynumber_reveal', '個人番号の表示', 30),
    ('login_failed', 'ログインの失敗', 40),
    ('refused', '拒否された操作', 50),
    ('alerts', '警告', 60);

-- ------------------------------------------------------------------ evaluation
-- Not granted to anyone: the API functions below call it, and the database administrator runs
-- it on a schedule (kohi-admin audit monitor). Classification is written inline (not as helper
-- functions): SQL functions with a SET clause are never inlined, and a call per event and rule
-- made the first evaluation of a large log twenty times slower.
-- p_max_events bounds one call (the API's calls, so that a screen never waits minutes for the
-- first evaluation of a long history); NULL evaluates everything. pending: events left over.
CREATE FUNCTION kohi.monitor_evaluate(p_max_events bigint DEFAULT NULL, OUT events bigint,
                                      OUT alerts_changed int, OUT pending bigint)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    st kohi.monitor_state;
    head bigint;
    newest bigint;
    rules_changed boolean;
    reveals kohi.monitor_rule;
    off_hours kohi.monitor_rule;
    large_search kohi.monitor_rule;
    search_volume kohi.monitor_rule;
    failed_logins kohi.monitor_rule;
    mismatch kohi.monitor_rule;
BEGIN
    -- Lock order: this row first, then the chain head (draining appends). Two evaluations
    -- therefore queue here instead of deadlocking on the chain head.
    SELECT * INTO st FROM kohi.monitor_state FOR UPDATE;
    PERFORM kohi.drain_auth_events();
    SELECT max(e.chain_seq) INTO newest FROM kohi.audit_event e WHERE e.chain_seq > st.last_seq;
    -- chain_seq has no gaps, so a bound on the sequence is a bound on the number of events.
    -- (least() ignores NULLs: with nothing new, newest is NULL and so must head be.)
    head := CASE WHEN newest IS NOT NULL THEN least(newest, st.last_seq + p_max_events) END;
    events := coalesce(head - st.last_seq, 0);
    pending := coalesce(newest - head, 0);
    alerts_changed := 0;

    IF head IS NOT NULL THEN
        SELECT * INTO reveals FROM kohi.monitor_rule WHERE code = 'mynumber_reveals';
        SELECT * INTO off_hours FROM kohi.monitor_rule WHERE code = 'off_hours';
        SELECT * INTO large_search FROM kohi.monitor_rule WHERE code = 'large_search';
        SELECT * INTO search_volume FROM kohi.monitor_rule WHERE code = 'search_volume';
        SELECT * INTO failed_logins FROM kohi.monitor_rule WHERE code = 'failed_logins';
        SELECT * INTO mismatch FROM kohi.monitor_rule WHERE code = 'approval_mismatch';
        -- One statement, so the counts and the tallies read the same events (read once,
        -- materialised); the counts are a data-modifying CTE, always carried out.
        WITH timed AS (
            SELECT e.chain_seq, e.login::text AS login, e.action, e.target, e.outcome, e.details,
                   -- When it happened: authentication events enter the chain when drained (at
                   -- the next session start) and carry their own time in details.occurred_at.
                   (CASE WHEN e.action IN ('login_ok', 'login_failed', 'login_locked', 'reauth_ok',
                                           'reauth_failed', 'reauth_locked', 'lock_expired')
                              AND e.details ? 'occurred_at'
                         THEN (e.details ->> 'occurred_at')::timestamptz ELSE e.at END)
                       AT TIME ZONE 'Asia/Tokyo' AS local_at,
                   -- Rows a search showed (recipient_search and the viewers' holder search).
                   CASE WHEN e.action IN ('recipient_search', 'mynumber_holder_search')
                             AND e.details ->> 'rows' ~ '^[0-9]{1,9}$'
                        THEN (e.details ->> 'rows')::int END AS search_rows
            FROM kohi.audit_event e
            WHERE e.chain_seq > st.last_seq AND e.chain_seq <= head),
        dated AS (
            SELECT t.*, h.day IS NOT NULL AS holiday
            FROM timed t LEFT JOIN kohi.office_holiday h ON h.day = t.local_at::date),
        ev AS MATERIALIZED (
            SELECT t.chain_seq, t.login, t.local_at::date AS day, t.search_rows,
                   array_remove(ARRAY[
                       'all',
                       CASE WHEN t.target LIKE 'recipient:%' OR t.target LIKE 'application:%'
                                 OR t.action IN ('recipient_search', 'mynumber_holder_search')
                            THEN 'recipient_access' END,
                       CASE WHEN t.action = 'mynumber_reveal' AND t.outcome = 'ok'
                            THEN 'mynumber_reveal' END,
                       CASE WHEN t.action IN ('login_failed', 'login_locked', 'reauth_failed',
                                              'reauth_locked')
                            THEN 'login_failed' END,
                       CASE WHEN t.outcome <> 'ok' THEN 'refused' END], NULL) AS categories,
                   -- The rules each event counts toward (kohi.monitor_rule says what they mean).
                   array_remove(ARRAY[
                       CASE WHEN reveals.enabled AND t.action = 'mynumber_reveal'
                                 AND t.outcome = 'ok'
                            THEN 'mynumber_reveals' END,
                       CASE WHEN off_hours.enabled
                                 AND (t.holiday OR extract(isodow FROM t.local_at) IN (6, 7)
                                      OR t.local_at::time < off_hours.office_start
                                      OR t.local_at::time >= off_hours.office_end)
                            THEN 'off_hours' END,
                       CASE WHEN large_search.enabled
                                 AND t.search_rows >= large_search.parameter
                            THEN 'large_search' END,
                       CASE WHEN search_volume.enabled AND t.search_rows > 0
                            THEN 'search_volume' END,
                       CASE WHEN failed_logins.enabled
                                 AND t.action IN ('login_failed', 'login_locked', 'reauth_failed',
                                                  'reauth_locked')
                            THEN 'failed_logins' END,
                       CASE WHEN mismatch.enabled AND t.action = 'mynumber_confirm'
                                 AND t.details ->> 'reason' = 'mismatch'
                            THEN 'approval_mismatch' END], NULL) AS rules
            FROM dated t),
        daily AS (
            INSERT INTO kohi.monitor_daily_count AS d (day, category, n)
            SELECT ev.day, c.category, count(*)
            FROM ev, unnest(ev.categories) AS c(category)
            GROUP BY 1, 2
            ON CONFLICT (day, category) DO UPDATE SET n = d.n + EXCLUDED.n)
        -- Events per rule; for search_volume the rows they showed.
        INSERT INTO kohi.monitor_tally AS t (rule_code, subject, day, n, first_seq, last_seq)
        SELECT r.rule_code, ev.login, ev.day,
               sum(CASE WHEN r.rule_code = 'search_volume' THEN ev.search_rows ELSE 1 END),
               min(ev.chain_seq), max(ev.chain_seq)
        FROM ev, unnest(ev.rules) AS r(rule_code)
        GROUP BY 1, 2, 3
        ON CONFLICT (rule_code, subject, day)
        DO UPDATE SET n = t.n + EXCLUDED.n, last_seq = EXCLUDED.last_seq;
    END IF;

    -- Raise or update alerts for the tallies touched now and, when a rule changed since the
    -- last evaluation, for all of them (a lowered threshold applies at once) - within the
    -- monitoring window of 31 days: a first evaluation of years of history counts them for the
    -- dashboard but does not raise alerts about the distant past.
    rules_changed := EXISTS (SELECT FROM kohi.monitor_rule r
                             WHERE r.updated_at >= coalesce(st.evaluated_at, '-infinity'));
    WITH candidates AS (
        SELECT t.* FROM kohi.monitor_tally t
        WHERE t.day >= (now() AT TIME ZONE 'Asia/Tokyo')::date - 31
          AND (t.last_seq > st.last_seq OR rules_changed)),
    changed AS (
        INSERT INTO kohi.monitor_alert AS a (rule_code, subject, day, event_count, threshold,
                                             parameter, first_seq, last_seq)
        SELECT c.rule_code, c.subject, c.day, c.n, r.threshold, r.parameter, c.first_seq,
               c.last_seq
        FROM candidates c JOIN kohi.monitor_rule r ON r.code = c.rule_code
        WHERE r.enabled AND c.n >= r.threshold
        ON CONFLICT (rule_code, subject, day) DO UPDATE
            SET event_count = EXCLUDED.event_count, last_seq = EXCLUDED.last_seq,
                updated_at = now(),
                -- More events after an acknowledgement open the alert again.
                acknowledged_at = NULL, acknowledged_by = NULL, ack_note = NULL
            WHERE a.event_count < EXCLUDED.event_count
        RETURNING 1)
    SELECT count(*) INTO alerts_changed FROM changed;

    UPDATE kohi.monitor_state
    SET last_seq = coalesce(head, st.last_seq), evaluated_at = clock_timestamp();
END
$$;
REVOKE ALL ON FUNCTION kohi.monitor_evaluate(bigint) FROM PUBLIC;

-- ------------------------------------------------------------------ API
-- Events one API call evaluates at most (~5 s on the reference machine); the rest follows at
-- the next refresh or with `kohi-admin audit monitor`, which has no bound.
CREATE FUNCTION kohi.monitor_api_batch() RETURNS bigint
LANGUAGE sql IMMUTABLE RETURN 200000;

CREATE FUNCTION kohi.assert_monitor_reader() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER')
            OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION '監視の警告を閲覧する権限がありません。監査担当者またはユーザー管理者の職務が必要です。'
            USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION kohi_api.monitor_rules()
RETURNS TABLE (code text, label text, description text, severity text, enabled boolean,
               threshold int, parameter int, parameter_label text, office_start time,
               office_end time, updated_at timestamptz, updated_by text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_monitor_reader();
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('monitor_rules', NULL, 'ok');
    RETURN QUERY SELECT r.code, r.label, r.description, r.severity, r.enabled, r.threshold,
                        r.parameter, r.parameter_label, r.office_start, r.office_end, r.updated_at,
                        r.updated_by::text
                 FROM kohi.monitor_rule r ORDER BY r.sort_key;
END
$$;

-- Auditors own the rules (user administrators are among the people they watch).
CREATE FUNCTION kohi_api.monitor_rule_set(p_code text, p_enabled boolean, p_threshold int,
                                          p_parameter int, p_office_start time, p_office_end time)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r kohi.monitor_rule;
    problems text[] := '{}';
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT (pg_has_role(session_user, 'kohi_auditor', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION '監視ルールを変更する権限がありません。監査担当者の職務が必要です。'
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM kohi.monitor_rule WHERE code = p_code FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '監視ルール「%」はありません。', p_code USING ERRCODE = '22023';
    END IF;
    IF p_enabled IS NULL THEN
        problems := problems || '有効・無効を指定してください。'::text;
    END IF;
    IF p_threshold IS NULL OR p_threshold NOT BETWEEN 1 AND 100000 THEN
        problems := problems || '基準の件数は1〜100000で指定してください。'::text;
    END IF;
    IF r.parameter_label IS NULL AND p_parameter IS NOT NULL THEN
        problems := problems || format('ルール「%s」には件数の設定はありません。', r.label);
    ELSIF r.parameter_label IS NOT NULL
          AND (p_parameter IS NULL OR p_parameter NOT BETWEEN 1 AND 100000) THEN
        problems := problems || format('「%s」は1〜100000で指定してください。', r.parameter_label);
    END IF;
    IF r.office_start IS NULL AND (p_office_start IS NOT NULL OR p_office_end IS NOT NULL) THEN
        problems := problems || format('ルール「%s」には勤務時間の設定はありません。', r.label);
    ELSIF r.office_start IS NOT NULL
          AND (p_office_start IS NULL OR p_office_end IS NULL OR p_office_start >= p_office_end) THEN
        problems := problems || '勤務時間は開始を終了より前にして指定してください。'::text;
    END IF;
    IF cardinality(problems) > 0 THEN
        RAISE EXCEPTION '%', array_to_string(problems, E'\n') USING ERRCODE = '22023';
    END IF;
    UPDATE kohi.monitor_rule
    SET enabled = p_enabled, threshold = p_threshold, parameter = p_parameter,
        office_start = p_office_start, office_end = p_office_end, updated_at = now(),
        updated_by = session_user
    WHERE code = p_code;
    PERFORM kohi.audit('monitor_rule_set', p_code, 'ok', jsonb_build_object(
        'before', jsonb_build_object('enabled', r.enabled, 'threshold', r.threshold,
                                     'parameter', r.parameter, 'office_start', r.office_start,
                                     'office_end', r.office_end),
        'after', jsonb_build_object('enabled', p_enabled, 'threshold', p_threshold,
                                    'parameter', p_parameter, 'office_start', p_office_start,
                                    'office_end', p_office_end)));
END
$$;

-- Alerts, open ones first (newest day first); evaluates the log up to now before answering.
CREATE FUNCTION kohi_api.monitor_alerts(p_include_acknowledged boolean, p_limit int)
RETURNS TABLE (id bigint, rule_code text, rule_label text, severity text, subject text,
               subject_name text, day date, event_count int, threshold int, summary text,
               first_seq bigint, last_seq bigint, raised_at timestamptz, updated_at timestamptz,
               acknowledged_at timestamptz, acknowledged_by text, ack_note text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    ev record;
    n bigint;
BEGIN
    PERFORM kohi.assert_monitor_reader();
    PERFORM kohi.assert_session_ok();
    SELECT * INTO ev FROM kohi.monitor_evaluate(kohi.monitor_api_batch());
    RETURN QUERY
    SELECT a.id, a.rule_code, r.label, r.severity, a.subject, s.display_name, a.day,
           a.event_count, a.threshold,
           format(r.summary_format, a.event_count, a.threshold, a.parameter),
           a.first_seq, a.last_seq, a.raised_at, a.updated_at, a.acknowledged_at,
           a.acknowledged_by::text, a.ack_note
    FROM kohi.monitor_alert a
    JOIN kohi.monitor_rule r ON r.code = a.rule_code
    LEFT JOIN kohi.staff s ON s.login::text = a.subject
    WHERE coalesce(p_include_acknowledged, false) OR a.acknowledged_at IS NULL
    ORDER BY a.acknowledged_at IS NOT NULL, a.day DESC,
             array_position(ARRAY['high', 'medium', 'low'], r.severity), a.id DESC
    LIMIT least(greatest(coalesce(p_limit, 200), 1), 1000);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('monitor_alerts', NULL, 'ok', jsonb_build_object(
        'include_acknowledged', coalesce(p_include_acknowledged, false), 'rows', n,
        'evaluated_events', ev.events, 'alerts_changed', ev.alerts_changed,
        'pending', ev.pending));
END
$$;

CREATE FUNCTION kohi_api.monitor_acknowledge(p_alert_id bigint, p_note text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.monitor_alert;
    v_note text := nullif(btrim(p_note), '');
BEGIN
    PERFORM kohi.assert_monitor_reader();
    PERFORM kohi.assert_session_ok();
    SELECT * INTO a FROM kohi.monitor_alert WHERE id = p_alert_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '指定された警告はありません。' USING ERRCODE = '22023';
    END IF;
    -- Nobody closes an alert about their own actions.
    IF a.subject = session_user::text THEN
        RAISE EXCEPTION '自分の操作についての警告は確認済みにできません。別の監査担当者または管理者に依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    IF a.acknowledged_at IS NOT NULL THEN
        RAISE EXCEPTION 'この警告は%さんが既に確認済みにしています。', a.acknowledged_by
            USING ERRCODE = '22023';
    END IF;
    IF v_note IS NULL THEN
        RAISE EXCEPTION '確認した内容（本人への聞き取り、対応など）を入力してください。'
            USING ERRCODE = '22023';
    END IF;
    IF length(v_note) > 500 THEN
        RAISE EXCEPTION '確認した内容は500文字以内で入力してください。' USING ERRCODE = '22023';
    END IF;
    -- The note goes into the access log: it must not carry a My Number.
    IF translate(v_note, '０１２３４５６７８９ 　-－‐', '0123456789') ~ '[0-9]{12}' THEN
        RAISE EXCEPTION '確認した内容に12桁の数字（個人番号など）は書かないでください。'
            USING ERRCODE = '22023';
    END IF;
    UPDATE kohi.monitor_alert
    SET acknowledged_at = now(), acknowledged_by = session_user, ack_note = v_note
    WHERE id = a.id;
    PERFORM kohi.audit('monitor_acknowledge', 'monitor_alert:' || a.id, 'ok', jsonb_build_object(
        'rule', a.rule_code, 'subject', a.subject, 'day', a.day, 'event_count', a.event_count,
        'note', v_note));
END
$$;

-- Counts per day and category for the dashboard, zero days included; evaluates first.
CREATE FUNCTION kohi_api.monitor_daily_counts(p_from date, p_to date)
RETURNS TABLE (day date, category text, label text, n bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    ev record;
BEGIN
    PERFORM kohi.assert_monitor_reader();
    PERFORM kohi.assert_session_ok();
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
        RAISE EXCEPTION '期間を正しく指定してください（開始日は終了日以前）。' USING ERRCODE = '22023';
    END IF;
    IF p_to - p_from > 366 THEN
        RAISE EXCEPTION '期間は1年以内で指定してください。' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO ev FROM kohi.monitor_evaluate(kohi.monitor_api_batch());
    PERFORM kohi.audit('monitor_daily_counts', NULL, 'ok',
                       jsonb_build_object('from', p_from, 'to', p_to));
    RETURN QUERY
    SELECT d.day::date, c.code, c.label,
           coalesce(CASE WHEN c.code = 'alerts' THEN al.n ELSE x.n END, 0)
    FROM generate_series(p_from, p_to, interval '1 day') AS d(day)
    CROSS JOIN kohi.monitor_category c
    LEFT JOIN kohi.monitor_daily_count x ON x.day = d.day::date AND x.category = c.code
    LEFT JOIN (SELECT a.day, count(*) AS n FROM kohi.monitor_alert a
               WHERE a.day BETWEEN p_from AND p_to GROUP BY a.day) al ON al.day = d.day::date
    ORDER BY 1, c.sort_key;
END
$$;

-- How far evaluation has come: the screens say so when events are still waiting.
CREATE FUNCTION kohi_api.monitor_status()
RETURNS TABLE (evaluated_seq bigint, evaluated_at timestamptz, pending bigint,
               open_alerts bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    st kohi.monitor_state;
    n bigint;
BEGIN
    PERFORM kohi.assert_monitor_reader();
    PERFORM kohi.assert_session_ok();
    SELECT * INTO st FROM kohi.monitor_state;
    SELECT coalesce(max(e.chain_seq) - st.last_seq, 0) INTO n
    FROM kohi.audit_event e WHERE e.chain_seq > st.last_seq;
    PERFORM kohi.audit('monitor_status', NULL, 'ok', jsonb_build_object('pending', n));
    RETURN QUERY SELECT st.last_seq, st.evaluated_at, n,
                        (SELECT count(*) FROM kohi.monitor_alert a WHERE a.acknowledged_at IS NULL);
END
$$;

REVOKE ALL ON FUNCTION kohi_api.monitor_status(), kohi_api.monitor_rules(), kohi_api.monitor_rule_set(text, boolean, int, int, time, time),
    kohi_api.monitor_alerts(boolean, int), kohi_api.monitor_acknowledge(bigint, text),
    kohi_api.monitor_daily_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.monitor_status(), kohi_api.monitor_rules(),
    kohi_api.monitor_alerts(boolean, int),
    kohi_api.monitor_acknowledge(bigint, text), kohi_api.monitor_daily_counts(date, date)
    TO kohi_auditor, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.monitor_rule_set(text, boolean, int, int, time, time)
    TO kohi_auditor;
