-- kohi:run-as superuser
-- No one acts alone (issue 11, items 1, 5 and 7).
--
-- 1. Maker-checker over the whole history. Approval looked only at the application's first and
--    last editor: an account holding the 難病 clerk and the approver duty returned a clerk's
--    application, changed it (income tier to 生活保護, cap 0; the address), had the clerk save it
--    unchanged and resubmit, and approved it. Now every login that created, changed or submitted
--    any version of an application is kept (kohi.application_editor), and every login that
--    registered or changed a My Number registration (kohi.mynumber_editor: the registering clerk,
--    a viewer re-sealing it at a key rotation). Both are filled by triggers on the tables, so no
--    write path (today's functions, later ones, a database administrator's hand edit) can skip
--    them; a decision (approve/return: state and decider only) is not a version.
--    * kohi.lock_for_decision (approve and return) refuses anyone among the application's
--      editors, and anyone who registered or changed a My Number of the recipient that was
--      pending during the application's life - whatever duties they hold.
--    * mynumber_confirm refuses anyone who ever registered or changed that number, and anyone
--      who made an open application of the same recipient.
--    * Duties: the approver duty covers every programme, so a clerk duty together with the
--      approver duty is "clerk and approver of the same programme". kohi.check_duties (called by
--      user_create and user_set_duties with the account's whole new set) refuses it unless the
--      setting allow_clerk_and_approver is 1; even then the rules above hold.
-- 5. Guesses count durably and block. A confirmation mismatch (the approver's blind re-key) and a
--    registration refused because the number is already registered (for someone else: "is this
--    number held?"; for the same recipient: "is this this person's number?") are guesses at a My
--    Number. Their refusal events are durable since 0019 (committed by the sealer before the call
--    returns, whatever the caller then does with the transaction), so they are counted from the
--    access log itself: per login and day (Asia/Tokyo), after kohi_audit.sync(). At the limit
--    (setting mynumber_guess_limit, default 5) further confirmations and registrations by that
--    person are refused for the rest of the day, the refusal itself logged (reason guess_limit).
--    Two things would let one person outrun the count, and both are closed:
--    * a REPEATABLE READ or SERIALIZABLE transaction reads the log as of its first statement, so
--      its own new events would never be seen: both calls require READ COMMITTED;
--    * parallel sessions could each read the same count: attempts of one login are serialised
--      on a row of kohi.mynumber_guess_gate (a table nobody else can reach; an advisory lock could
--      be taken by any staff member), held until the attempt's transaction ends.
--    Monitoring: approval_mismatch (0017) already fires on the durable mismatch events; new rules
--    mynumber_duplicate and mynumber_guess_limit (kohi.monitor_evaluate, re-created from 0019).
-- 7. The approver's read access narrowed. 0013 let every approver read every recipient (and its
--    history, applications and My Number registrations). Now an approver sees a recipient, its
--    applications, its history and its My Number metadata only while it has an application in
--    state 'submitted', or when they decided one of its applications. Policies cannot read the
--    table they protect (PostgreSQL reports infinite recursion), so the decision state of each
--    application is mirrored by a trigger into kohi.decision_scope, which the policies read.
--    Clerks keep their programme groups, viewers their holder lookup (0016).

SET LOCAL search_path = pg_catalog, pg_temp;
SET LOCAL ROLE kohi_owner;

-- ------------------------------------------------------------------ settings
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('allow_clerk_and_approver', 0, 0, 1,
     '担当（入力）と承認者の職務を同じ職員に付与することを許可する（1: 許可、0: 不可。許可しても、自分が作成・変更した申請や個人番号は承認・照合できません）'),
    ('mynumber_guess_limit', 5, 1, 100,
     '個人番号の照合の不一致と登録済み番号の入力の1日の上限（回、職員ごと。達すると当日の個人番号の登録・照合を停止）');

-- ------------------------------------------------------------------ 1. who made what
CREATE TABLE kohi.application_editor (
    application_id bigint NOT NULL REFERENCES kohi.application ON DELETE CASCADE,
    login          name NOT NULL,
    first_at       timestamptz NOT NULL DEFAULT now(),
    last_at        timestamptz NOT NULL DEFAULT now(),
    writes         int NOT NULL DEFAULT 1,
    PRIMARY KEY (application_id, login)
);
CREATE INDEX application_editor_login_idx ON kohi.application_editor (login);
REVOKE ALL ON kohi.application_editor FROM PUBLIC;

CREATE TABLE kohi.mynumber_editor (
    mynumber_id bigint NOT NULL REFERENCES kohi.mynumber ON DELETE CASCADE,
    login       name NOT NULL,
    first_at    timestamptz NOT NULL DEFAULT now(),
    last_at     timestamptz NOT NULL DEFAULT now(),
    writes      int NOT NULL DEFAULT 1,
    PRIMARY KEY (mynumber_id, login)
);
CREATE INDEX mynumber_editor_login_idx ON kohi.mynumber_editor (login);
REVOKE ALL ON kohi.mynumber_editor FROM PUBLIC;

-- Every write of an application row is a version made by session_user, except a decision: an
-- update that changes nothing but the state (submitted -> approved/returned), the decider, the
-- decision time, the version number and the return reason.
CREATE FUNCTION kohi.application_record_editor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    decision_columns constant text[] :=
        ARRAY['state', 'decided_by', 'decided_at', 'version', 'return_reason'];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = 'submitted' AND NEW.state IN ('approved', 'returned')
       AND to_jsonb(NEW) - decision_columns = to_jsonb(OLD) - decision_columns THEN
        RETURN NULL;
    END IF;
    INSERT INTO kohi.application_editor AS e (application_id, login)
    VALUES (NEW.id, session_user)
    ON CONFLICT (application_id, login) DO UPDATE SET last_at = now(), writes = e.writes + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.application_record_editor() FROM PUBLIC;
CREATE TRIGGER application_editor AFTER INSERT OR UPDATE ON kohi.application
    FOR EACH ROW EXECUTE FUNCTION kohi.application_record_editor();

-- Registering a number, or changing what it is, whose it is or how it is sealed (a rotation
-- re-seals every number), makes session_user its editor. The approver's confirmation (status,
-- confirmed_by/at, mismatches) does not.
CREATE FUNCTION kohi.mynumber_record_editor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    INSERT INTO kohi.mynumber_editor AS e (mynumber_id, login)
    VALUES (NEW.id, session_user)
    ON CONFLICT (mynumber_id, login) DO UPDATE SET last_at = now(), writes = e.writes + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_record_editor() FROM PUBLIC;
CREATE TRIGGER mynumber_editor
    AFTER INSERT OR UPDATE OF seal_ref, recipient_id, programme, person_role, person_name,
                              relationship, application_date, key_id, envelope, dup_hash
    ON kohi.mynumber
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_record_editor();

-- Why p_login may not decide this application (a code), or NULL:
--   own_entry      its first or last editor (the rule of 0013);
--   edited_version created, changed or submitted any earlier version;
--   mynumber_entry registered or changed a My Number of the recipient that was pending during
--                  the application's life (pending now, or confirmed after it was created).
CREATE FUNCTION kohi.application_maker_reason(p_app kohi.application, p_login name) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT CASE
        WHEN p_login IN (p_app.entered_by, p_app.last_changed_by) THEN 'own_entry'
        WHEN EXISTS (SELECT FROM kohi.application_editor e
                     WHERE e.application_id = p_app.id AND e.login = p_login) THEN 'edited_version'
        WHEN EXISTS (SELECT FROM kohi.mynumber m
                     JOIN kohi.mynumber_editor e ON e.mynumber_id = m.id AND e.login = p_login
                     WHERE m.recipient_id = p_app.recipient_id
                       AND (m.status = 'pending' OR m.confirmed_at >= p_app.created_at))
            THEN 'mynumber_entry'
    END
$$;
REVOKE ALL ON FUNCTION kohi.application_maker_reason(kohi.application, name) FROM PUBLIC;

-- Re-created from 0013 (the only definition): the maker-checker test now covers the history.
CREATE OR REPLACE FUNCTION kohi.lock_for_decision(p_id bigint, p_version int) RETURNS kohi.application
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    reason text;
    ctx text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        RAISE EXCEPTION '承認の権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- FOR UPDATE: of two approvers acting at once, the second waits and then sees the decision.
    SELECT * INTO a FROM kohi.application WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        -- The approver's view ends with the decision: the second of two approvers acting at
        -- once no longer sees the row once the first has committed. Tell them why.
        SELECT s.state, s.decided_by INTO a.state, a.decided_by
        FROM kohi.decision_scope s WHERE s.application_id = p_id;
        IF FOUND AND a.state <> 'submitted' THEN
            RAISE EXCEPTION 'この申請は既に処理されています（状態: %、処理者: %）。', a.state,
                coalesce(a.decided_by, '-') USING ERRCODE = '55000';
        END IF;
        RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
    END IF;
    IF a.state <> 'submitted' THEN
        RAISE EXCEPTION 'この申請は既に処理されています（状態: %、処理者: %）。', a.state, coalesce(a.decided_by, '-')
            USING ERRCODE = '55000';
    END IF;
    IF a.version <> p_version THEN
        RAISE EXCEPTION 'この申請は表示後に更新されました。画面を開き直してください。' USING ERRCODE = '40001';
    END IF;
    -- Maker-checker over the whole history: nobody decides on anything they made, whatever
    -- duties they hold.
    reason := kohi.application_maker_reason(a, session_user);
    IF reason IS NOT NULL THEN
        -- Recorded durably with its reason under the caller's action (the error hook would
        -- record the message only, and only when it gets the log's lock at once).
        GET DIAGNOSTICS ctx = PG_CONTEXT;
        PERFORM kohi.audit(coalesce(substring(ctx FROM 'kohi_api\.(application_[a-z_]+)\('),
                                    'application_decide'),
                           'application:' || a.id, 'refused',
                           jsonb_build_object('reason', reason), a.programme);
    END IF;
    IF reason = 'own_entry' THEN
        RAISE EXCEPTION '自分が入力または変更した申請は承認・差戻しできません。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    ELSIF reason = 'edited_version' THEN
        RAISE EXCEPTION 'この申請の過去の版を作成・変更または提出しているため、承認・差戻しできません（最後に変更した人でなくても同じです）。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    ELSIF reason = 'mynumber_entry' THEN
        RAISE EXCEPTION 'この申請の受給者の個人番号を登録または変更しているため、この申請は承認・差戻しできません。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    RETURN a;
END
$$;

-- ------------------------------------------------------------------ 1. duties
-- Re-created from 0004 (the only definition). user_create and user_set_duties pass the
-- account's complete new set of duties. The approver decides every programme's applications,
-- so any clerk duty with the approver duty is "clerk and approver of the same programme".
CREATE OR REPLACE FUNCTION kohi.check_duties(p_duties text[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
    clerk text;
    ctx text;
BEGIN
    FOREACH d IN ARRAY coalesce(p_duties, '{}') LOOP
        IF NOT EXISTS (SELECT FROM kohi.duty WHERE role_name = d) THEN
            RAISE EXCEPTION '職務「%」は存在しません。', d USING ERRCODE = '22023';
        END IF;
    END LOOP;
    IF 'kohi_approver' = ANY (coalesce(p_duties, '{}'))
       AND coalesce(kohi.setting_value('allow_clerk_and_approver'), 0) <> 1 THEN
        SELECT string_agg(g.name, '・' ORDER BY g.code) INTO clerk
        FROM kohi.staff_group g WHERE g.duty_role::text = ANY (p_duties);
        IF clerk IS NOT NULL THEN
            GET DIAGNOSTICS ctx = PG_CONTEXT;
            PERFORM kohi.audit(coalesce(substring(ctx FROM 'kohi_api\.(user_[a-z_]+)\('),
                                        'user_duties'),
                               NULL, 'refused',
                               jsonb_build_object('reason', 'clerk_and_approver',
                                                  'duties', to_jsonb(p_duties)));
            RAISE EXCEPTION '担当（%）と承認者の職務を同じ職員に付与することはできません。承認者はすべての制度の申請を承認するため、入力と承認を一人が兼ねることになります（設定 allow_clerk_and_approver で許可されていません）。', clerk
                USING ERRCODE = '42501';
        END IF;
    END IF;
END
$$;

-- ------------------------------------------------------------------ 7. what an approver sees
-- The decision state of every application, for the policies below (no personal data).
CREATE TABLE kohi.decision_scope (
    application_id bigint PRIMARY KEY REFERENCES kohi.application ON DELETE CASCADE,
    recipient_id   bigint NOT NULL,
    state          text NOT NULL,
    decided_by     name
);
CREATE INDEX decision_scope_recipient_idx ON kohi.decision_scope (recipient_id);
REVOKE ALL ON kohi.decision_scope FROM PUBLIC;

CREATE FUNCTION kohi.application_mirror_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    INSERT INTO kohi.decision_scope AS s (application_id, recipient_id, state, decided_by)
    VALUES (NEW.id, NEW.recipient_id, NEW.state, NEW.decided_by)
    ON CONFLICT (application_id) DO UPDATE
        SET recipient_id = EXCLUDED.recipient_id, state = EXCLUDED.state,
            decided_by = EXCLUDED.decided_by;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.application_mirror_scope() FROM PUBLIC;
CREATE TRIGGER application_decision_scope
    AFTER INSERT OR UPDATE OF recipient_id, state, decided_by ON kohi.application
    FOR EACH ROW EXECUTE FUNCTION kohi.application_mirror_scope();

-- The approver condition, written out in each policy (a function call per row would not be
-- inlined): the approver test is an InitPlan evaluated first, so for everyone else the EXISTS
-- never runs; for an approver it is one index probe.
DROP POLICY recipient_programme_group ON kohi.recipient;
CREATE POLICY recipient_programme_group ON kohi.recipient
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.decision_scope s
                           WHERE s.recipient_id = recipient.id
                             AND (s.state = 'submitted' OR s.decided_by = session_user))))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
                    AND EXISTS (SELECT FROM kohi.decision_scope s
                                WHERE s.recipient_id = recipient.id
                                  AND (s.state = 'submitted' OR s.decided_by = session_user))));

DROP POLICY recipient_history_programme_group ON kohi.recipient_history;
CREATE POLICY recipient_history_programme_group ON kohi.recipient_history
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.decision_scope s
                           WHERE s.recipient_id = recipient_history.recipient_id
                             AND (s.state = 'submitted' OR s.decided_by = session_user))))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
                    AND EXISTS (SELECT FROM kohi.decision_scope s
                                WHERE s.recipient_id = recipient_history.recipient_id
                                  AND (s.state = 'submitted' OR s.decided_by = session_user))));

-- All applications of a recipient in the approver's scope: a renewal or change is judged
-- against the certification in force (the latest approved application).
DROP POLICY application_visibility ON kohi.application;
CREATE POLICY application_visibility ON kohi.application
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.decision_scope s
                           WHERE s.recipient_id = application.recipient_id
                             AND (s.state = 'submitted' OR s.decided_by = session_user))))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
                    AND EXISTS (SELECT FROM kohi.decision_scope s
                                WHERE s.recipient_id = application.recipient_id
                                  AND (s.state = 'submitted' OR s.decided_by = session_user))));

-- My Number metadata: approvers confirm the numbers of the applications they decide.
DROP POLICY mynumber_read ON kohi.mynumber;
CREATE POLICY mynumber_read ON kohi.mynumber FOR SELECT
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.decision_scope s
                           WHERE s.recipient_id = mynumber.recipient_id
                             AND (s.state = 'submitted' OR s.decided_by = session_user)))
           OR (SELECT kohi.caller_is_mynumber_viewer()));

-- ------------------------------------------------------------------ 5. guesses
-- Serialises one login's guess-prone attempts (see the header). Nobody but the owner's
-- functions reach it.
CREATE TABLE kohi.mynumber_guess_gate (
    login name PRIMARY KEY
);
REVOKE ALL ON kohi.mynumber_guess_gate FROM PUBLIC;

-- Guesses at a My Number by p_login today (Asia/Tokyo), from the durable access log.
CREATE FUNCTION kohi.mynumber_guesses_today(p_login name) RETURNS int
LANGUAGE sql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT count(*)::int FROM kohi.audit_event e
    WHERE e.login = p_login
      AND e.at >= (date_trunc('day', clock_timestamp() AT TIME ZONE 'Asia/Tokyo')
                   AT TIME ZONE 'Asia/Tokyo')
      AND e.outcome = 'refused'
      AND ((e.action = 'mynumber_confirm' AND e.details ->> 'reason' = 'mismatch')
           OR (e.action = 'mynumber_register' AND e.details ->> 'reason' = 'duplicate'))
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_guesses_today(name) FROM PUBLIC;

-- Before an attempt that could tell the caller something about a My Number: READ COMMITTED
-- only, one attempt of this login at a time, and refused (logged) at the day's limit. Returns
-- the guesses so far today.
CREATE FUNCTION kohi.mynumber_guess_check(p_action text, p_target text, p_programme text)
RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    lim int := coalesce(kohi.setting_value('mynumber_guess_limit'), 5);
    n int;
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
    PERFORM FROM kohi.mynumber_guess_gate g WHERE g.login = session_user FOR NO KEY UPDATE;
    -- Every event committed or emitted so far is in the chain, and this statement's snapshot
    -- (READ COMMITTED: a new one) sees it.
    PERFORM kohi_audit.sync();
    n := kohi.mynumber_guesses_today(session_user);
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
REVOKE ALL ON FUNCTION kohi.mynumber_guess_check(text, text, text) FROM PUBLIC;

-- Registration: the number is compared with every registered one when the row is inserted
-- (INSERT ... ON CONFLICT (dup_hash) in mynumber_register, 0010); row triggers BEFORE INSERT
-- run before that comparison, also for a row that then conflicts. So the gate sits here, and
-- mynumber_register (0010) itself is unchanged. The comparison is a lookup of the register by
-- My Number, i.e. a read: it is logged durably (mynumber_register_attempt) before it happens,
-- so a registration that "succeeds" and is then rolled back - which tells the caller that
-- nobody holds the number - is on record too (an attempt without a committed registration or a
-- refusal). Only the refusals count towards the limit: every honest registration is a lookup.
CREATE FUNCTION kohi.mynumber_register_gate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT kohi.is_superuser() THEN
        PERFORM kohi.mynumber_guess_check('mynumber_register', 'recipient:' || NEW.recipient_id,
                                         NEW.programme);
        PERFORM kohi.audit('mynumber_register_attempt', 'recipient:' || NEW.recipient_id, 'ok',
                           jsonb_build_object('person_role', NEW.person_role,
                                              'seal_ref', NEW.seal_ref),
                           NEW.programme);
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_register_gate() FROM PUBLIC;
CREATE TRIGGER mynumber_register_gate BEFORE INSERT ON kohi.mynumber
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_register_gate();

-- Confirmation, re-created from 0014 (the only definition): the whole history of the number
-- and of the recipient's open applications, and the guess gate before the comparison.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_confirm(p_mynumber_id bigint, p_rekeyed text)
RETURNS TABLE (outcome text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    m kohi.mynumber;
    digits text;
    guesses int;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        RAISE EXCEPTION '承認の権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- FOR UPDATE: two approvers confirming at once are serialised. RLS: only numbers of
    -- recipients the approver decides on.
    SELECT * INTO m FROM kohi.mynumber WHERE id = p_mynumber_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '照合する個人番号が見つかりません。' USING ERRCODE = '22023';
    END IF;
    IF m.status <> 'pending' THEN
        RETURN QUERY SELECT 'refused'::text, 'この個人番号は既に照合済みです。'::text;
        RETURN;
    END IF;
    -- Maker-checker: whoever entered the number cannot confirm it.
    IF m.created_by = session_user THEN
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           '{"reason":"own_entry"}', m.programme);
        RETURN QUERY SELECT 'refused'::text,
            '自分が入力した個人番号は照合できません。別の承認者に依頼してください。'::text;
        RETURN;
    END IF;
    -- ... nor whoever changed it (re-sealed it) at any time ...
    IF EXISTS (SELECT FROM kohi.mynumber_editor e
               WHERE e.mynumber_id = m.id AND e.login = session_user) THEN
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           '{"reason":"changed_entry"}', m.programme);
        RETURN QUERY SELECT 'refused'::text,
            'この個人番号の登録を変更したことがあるため照合できません。別の承認者に依頼してください。'::text;
        RETURN;
    END IF;
    -- ... nor anyone who made an open application of this recipient.
    IF EXISTS (SELECT FROM kohi.application_editor e
               JOIN kohi.application a ON a.id = e.application_id
               WHERE a.recipient_id = m.recipient_id AND e.login = session_user
                 AND a.state IN ('draft', 'submitted', 'returned')) THEN
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           '{"reason":"application_maker"}', m.programme);
        RETURN QUERY SELECT 'refused'::text,
            'この受給者の申請を作成・変更しているため、その個人番号は照合できません。別の承認者に依頼してください。'::text;
        RETURN;
    END IF;
    guesses := kohi.mynumber_guess_check('mynumber_confirm', 'mynumber:' || m.id, m.programme);
    digits := kohi.mynumber_normalise(p_rekeyed);
    IF digits IS NULL OR NOT kohi.mynumber_check_digit_ok(digits)
       OR kohi.kohi_mynumber_hmac(digits) <> m.dup_hash THEN
        UPDATE kohi.mynumber SET mismatches = mismatches + 1 WHERE id = m.id;
        -- Durable (a refusal): counted by the gate whatever the caller does next.
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           jsonb_build_object('reason', 'mismatch', 'mismatches', m.mismatches + 1,
                                              'guesses_today', guesses + 1),
                           m.programme);
        RETURN QUERY SELECT 'mismatch'::text, '一致しません。'::text;
        RETURN;
    END IF;
    UPDATE kohi.mynumber SET status = 'approved', confirmed_by = session_user, confirmed_at = now()
    WHERE id = m.id;
    PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'ok', '{}', m.programme);
    RETURN QUERY SELECT 'confirmed'::text, '一致しました。'::text;
END
$$;

-- ------------------------------------------------------------------ "mine" means the history
-- Re-created from 0013 (the only definition): mine covers the whole history, and the editors
-- are listed for the approver.
CREATE OR REPLACE FUNCTION kohi_api.application_get(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    r kohi.recipient;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO a FROM kohi.application WHERE id = p_id;
    IF NOT FOUND THEN
        PERFORM kohi.audit('application_view', 'application:' || p_id, 'refused');
        RETURN NULL;
    END IF;
    SELECT * INTO r FROM kohi.recipient WHERE id = a.recipient_id;
    PERFORM kohi.audit('application_view', 'application:' || p_id, 'ok', '{}', a.programme);
    RETURN to_jsonb(a) || jsonb_build_object(
        'current', kohi.recipient_json(r),
        'after', kohi.recipient_json(CASE WHEN a.kind = 'change'
                                          THEN kohi.recipient_from_form(r, a.proposed) ELSE r END),
        'problems', to_jsonb(kohi.application_problems(a, CASE WHEN a.kind = 'change'
                                          THEN kohi.recipient_from_form(r, a.proposed) ELSE r END)),
        'mine', kohi.application_maker_reason(a, session_user) IS NOT NULL,
        'editors', (SELECT coalesce(jsonb_agg(e.login::text ORDER BY e.first_at, e.login), '[]')
                    FROM kohi.application_editor e WHERE e.application_id = a.id));
END
$$;

-- Re-created from 0019 (the latest definition).
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
               kohi.application_maker_reason(a, session_user) IS NOT NULL AS mine, a.version
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

-- ------------------------------------------------------------------ 5. monitoring
INSERT INTO kohi.monitor_rule (code, label, description, severity, threshold, parameter,
                               parameter_label, office_start, office_end, summary_format, sort_key)
VALUES
    ('mynumber_duplicate', '登録済みの個人番号の入力',
     '個人番号の登録で、既に登録されている番号（別の受給者または同じ受給者）を入力して拒否された回数が1日に基準以上（番号が登録済みかを探る試みの可能性）',
     'medium', 2, NULL, NULL, NULL, NULL,
     '登録済みの個人番号の入力が1日に%1$s回ありました（基準 %2$s回以上）。', 52),
    ('mynumber_guess_limit', '個人番号の試行の上限に到達',
     '照合の不一致と登録済み番号の入力が1日の上限（設定 mynumber_guess_limit）に達したため、個人番号の登録・照合を止められた回数が基準以上',
     'high', 1, NULL, NULL, NULL, NULL,
     '個人番号の試行の上限に達し、登録・照合を%1$s回止められました（基準 %2$s回以上）。', 55);

-- Re-created from 0019 (the latest definition), with the two rules above.
CREATE OR REPLACE FUNCTION kohi.monitor_evaluate(p_max_events bigint DEFAULT NULL, OUT events bigint,
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
    refusals kohi.monitor_rule;
    duplicate_numbers kohi.monitor_rule;
    guess_limit_reached kohi.monitor_rule;
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
        SELECT * INTO refusals FROM kohi.monitor_rule WHERE code = 'refusals';
        SELECT * INTO duplicate_numbers FROM kohi.monitor_rule WHERE code = 'mynumber_duplicate';
        SELECT * INTO guess_limit_reached FROM kohi.monitor_rule WHERE code = 'mynumber_guess_limit';
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
                            THEN 'approval_mismatch' END,
                       -- Refused or failed calls (API refusals and PostgreSQL's own, recorded
                       -- durably since 0019); failed logins have their own rule.
                       CASE WHEN refusals.enabled AND t.outcome <> 'ok'
                                 AND t.action NOT IN ('login_failed', 'login_locked',
                                                      'account_locked', 'reauth_failed',
                                                      'reauth_locked')
                            THEN 'refusals' END,
                       -- Registrations refused because the number is already registered.
                       CASE WHEN duplicate_numbers.enabled AND t.action = 'mynumber_register'
                                 AND t.outcome = 'refused'
                                 AND t.details ->> 'reason' = 'duplicate'
                            THEN 'mynumber_duplicate' END,
                       -- Attempts stopped at the day's guess limit (0021).
                       CASE WHEN guess_limit_reached.enabled
                                 AND t.action IN ('mynumber_register', 'mynumber_confirm')
                                 AND t.outcome = 'refused'
                                 AND t.details ->> 'reason' = 'guess_limit'
                            THEN 'mynumber_guess_limit' END], NULL) AS rules
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

-- ------------------------------------------------------------------ what existed before
-- As the database administrator (RLS does not hide rows, and unsealed change events are read).
RESET ROLE;

INSERT INTO kohi.decision_scope (application_id, recipient_id, state, decided_by)
SELECT a.id, a.recipient_id, a.state, a.decided_by FROM kohi.application a;

-- Editors of existing applications: first and last editor, and every create, update and submit
-- the access log recorded (sealed, or waiting to be sealed).
WITH logged AS (
    SELECT e.login, e.at, e.target FROM kohi.audit_event e
    WHERE e.action IN ('application_create', 'application_update', 'application_submit')
      AND e.outcome = 'ok' AND e.target ~ '^application:[0-9]{1,18}$'
    UNION ALL
    SELECT p.login, p.at, p.target FROM kohi_audit.pending p
    WHERE p.action IN ('application_create', 'application_update', 'application_submit')
      AND p.outcome = 'ok' AND p.target ~ '^application:[0-9]{1,18}$'),
writes AS (
    SELECT a.id AS application_id, a.entered_by AS login, a.created_at AS at FROM kohi.application a
    UNION ALL
    SELECT a.id, a.last_changed_by, coalesce(a.submitted_at, a.created_at) FROM kohi.application a
    UNION ALL
    SELECT a.id, l.login, l.at
    FROM logged l JOIN kohi.application a ON a.id = substr(l.target, 13)::bigint)
INSERT INTO kohi.application_editor (application_id, login, first_at, last_at, writes)
SELECT w.application_id, w.login, min(w.at), max(w.at), count(*)
FROM writes w GROUP BY w.application_id, w.login;

-- Registrants, and the viewers whose rotations re-sealed each number (a rotation re-seals every
-- number registered before it and retires the old key in the same transaction).
WITH writes AS (
    SELECT m.id AS mynumber_id, m.created_by AS login, m.created_at AS at FROM kohi.mynumber m
    UNION ALL
    SELECT m.id, k.retired_by, k.retired_at
    FROM kohi.mynumber m
    JOIN kohi.mynumber_key k ON k.status = 'retired' AND k.retired_at >= m.created_at)
INSERT INTO kohi.mynumber_editor (mynumber_id, login, first_at, last_at, writes)
SELECT w.mynumber_id, w.login, min(w.at), max(w.at), count(*)
FROM writes w WHERE w.login IS NOT NULL GROUP BY w.mynumber_id, w.login;

SET LOCAL ROLE kohi_owner;
