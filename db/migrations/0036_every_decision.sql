-- Every decision (issue 13, deliverable 2).
--
-- An application ended only as approved or returned. Now:
--   認定       approved    (application_approve, unchanged)
--   不認定     rejected    after the 審査会: its date and result, the reasons (meant for the
--                          applicant) and the 教示 (行政不服審査法 第82条) fixed at the decision
--   登録者証   registered  not certified for the benefit because only the severity criteria
--                          (重症度分類等) are not met, and a 登録者証 issued instead (難病法 第28条の2,
--                          児童福祉法 第21条の4の2, since 2024-04-01): also a 不認定 of the benefit, so
--                          it carries the same 審査会, reasons and 教示; the 登録者証 has no cap and
--                          no end date (valid from the decision day)
--   取下げ     withdrawn   the applicant withdrew (取下げ書); recorded by a clerk of the programme
--   差戻し     returned    an internal return to the clerk; its reason is internal (return_reason)
--   補正依頼   returned    with correction_request: text meant for the applicant, printed on the
--                          補正依頼書; an internal note may go with it (return_reason)
-- The approver's internal words (return_reason, internal_note) are never printed: the notices read
-- the applicant-facing columns only (app/client NoticeRenderer).
--
-- Maker-checker: 不認定, 登録者証 and 補正依頼 go through kohi.lock_for_decision like 承認 and 差戻し
-- (approver duty, never anyone who made any version of the application). 取下げ is the applicant's
-- act, not the office's decision: a clerk of the programme records it with the date of the
-- 取下げ書, and the 取下げ受理 notice sent to the applicant makes a false record visible.
--
-- Re-created here (copied from their latest definitions, then changed):
--   kohi_api.application_return     (0020) also clears a former correction request
--   kohi.application_record_editor  (0021) the new decision columns and states are not a version
--   kohi.application_assess         (0028) a decided or withdrawn application is never recomputed
--   kohi.audit_is_change            (0028) the four new change actions

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ the standard wording
-- Wording printed on notices, kept as data so that an administrator can correct it (the name of
-- the prefecture and its governor are this installation's, synthetic in tests).
CREATE TABLE kohi.notice_wording (
    key   text PRIMARY KEY,
    label text NOT NULL,
    body  text NOT NULL CHECK (btrim(body) <> '')
);
REVOKE ALL ON kohi.notice_wording FROM PUBLIC;
INSERT INTO kohi.notice_wording (key, label, body) VALUES
    ('appeal_instruction', '教示（不認定の通知に記載する審査請求と取消訴訟の教示）',
     '１　この決定に不服がある場合は、この決定があったことを知った日の翌日から起算して３か月以内に、'
     '大阪府知事に対して審査請求をすることができます（なお、この決定があったことを知った日の翌日から'
     '起算して３か月以内であっても、この決定の日の翌日から起算して１年を経過すると審査請求をすることが'
     'できなくなります。）。' || E'\n' ||
     '２　この決定の取消しを求める訴えは、この決定があったことを知った日の翌日から起算して６か月以内に、'
     '大阪府を被告として（訴訟において大阪府を代表する者は大阪府知事となります。）提起することが'
     'できます（なお、この決定があったことを知った日の翌日から起算して６か月以内であっても、この決定の'
     '日の翌日から起算して１年を経過するとこの決定の取消しの訴えを提起することができなくなります。）。'
     'ただし、上記１の審査請求をした場合には、この決定の取消しの訴えは、その審査請求に対する裁決が'
     'あったことを知った日の翌日から起算して６か月以内（裁決の日の翌日から起算して１年以内に限る。）に'
     '提起することができます。');

-- ------------------------------------------------------------------ the application
ALTER TABLE kohi.application DROP CONSTRAINT application_state_check;
ALTER TABLE kohi.application
    ADD CONSTRAINT application_state_check
        CHECK (state IN ('draft', 'submitted', 'approved', 'returned', 'rejected', 'registered',
                         'withdrawn')),
    ADD COLUMN correction_request text,      -- 補正依頼: for the applicant, printed
    ADD COLUMN council_date       date,      -- 審査会の開催日
    ADD COLUMN council_result     text
        CHECK (council_result IN ('diagnosis_not_met', 'severity_not_met', 'other')),
    ADD COLUMN decision_reasons   text,      -- 不認定の理由: for the applicant, printed
    ADD COLUMN appeal_instruction text,      -- 教示 as printed, fixed at the decision
    ADD COLUMN internal_note      text,      -- the approver's note to staff: never printed
    ADD COLUMN registered_from    date,      -- 登録者証: valid from (no end)
    ADD COLUMN withdrawn_on       date,      -- 取下げ書の受付日
    ADD CONSTRAINT application_rejection_complete
        CHECK (state NOT IN ('rejected', 'registered')
               OR (council_date IS NOT NULL AND council_result IS NOT NULL
                   AND decision_reasons IS NOT NULL AND appeal_instruction IS NOT NULL)),
    ADD CONSTRAINT application_registration_complete
        CHECK ((state = 'registered') = (registered_from IS NOT NULL)),
    ADD CONSTRAINT application_registration_severity
        CHECK (state <> 'registered' OR council_result = 'severity_not_met'),
    ADD CONSTRAINT application_withdrawal_complete
        CHECK ((state = 'withdrawn') = (withdrawn_on IS NOT NULL));

-- ------------------------------------------------------------------ helpers
-- The office's calendar day: a session's TimeZone is the caller's to set.
CREATE FUNCTION kohi.office_today() RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date
$$;

-- A refusal of a decision's arguments: logged durably with the application and programme, then
-- raised (an error alone would vanish with the caller's transaction).
CREATE FUNCTION kohi.decision_refuse(p_action text, p_app kohi.application, p_reason text,
                                     p_message text, p_errcode text DEFAULT '22023')
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.audit(p_action, 'application:' || p_app.id, 'refused',
                       jsonb_build_object('reason', p_reason), p_app.programme);
    RAISE EXCEPTION USING MESSAGE = p_message, ERRCODE = p_errcode;
END
$$;

-- Checks the 審査会 and the reasons of a 不認定 (also of a 登録者証 decision).
CREATE FUNCTION kohi.check_rejection(p_action text, p_app kohi.application, p_council_date date,
                                     p_reasons text, p_internal_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF p_council_date IS NULL THEN
        PERFORM kohi.decision_refuse(p_action, p_app, 'council_date',
            '審査会の開催日を入力してください（不認定は審査会の結果に基づいて決定します）。');
    END IF;
    IF p_council_date > kohi.office_today() THEN
        PERFORM kohi.decision_refuse(p_action, p_app, 'council_date_future',
            format('審査会の開催日（%s）が未来の日付です。開催済みの審査会の日付を入力してください。',
                   p_council_date));
    END IF;
    IF p_council_date < p_app.received_date THEN
        PERFORM kohi.decision_refuse(p_action, p_app, 'council_before_receipt',
            format('審査会の開催日（%s）が申請の受付日（%s）より前です。', p_council_date,
                   p_app.received_date));
    END IF;
    IF coalesce(btrim(p_reasons), '') = '' THEN
        PERFORM kohi.decision_refuse(p_action, p_app, 'reasons',
            '不認定の理由を入力してください（申請者への通知書に記載されます）。');
    END IF;
    IF length(p_reasons) > 2000 OR length(p_internal_note) > 2000 THEN
        PERFORM kohi.decision_refuse(p_action, p_app, 'too_long',
            '不認定の理由と内部メモはそれぞれ2000文字以内で入力してください。');
    END IF;
END
$$;

-- ------------------------------------------------------------------ 不認定
CREATE FUNCTION kohi_api.application_reject(p_id bigint, p_version int, p_council_date date,
                                            p_council_result text, p_reasons text,
                                            p_internal_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    a := kohi.lock_for_decision(p_id, p_version);
    IF p_council_result IS NULL
       OR p_council_result NOT IN ('diagnosis_not_met', 'severity_not_met', 'other') THEN
        PERFORM kohi.decision_refuse('application_reject', a, 'council_result',
            '審査会の結果を選んでください（診断基準を満たさない・重症度分類等を満たさない・その他）。');
    END IF;
    PERFORM kohi.check_rejection('application_reject', a, p_council_date, p_reasons,
                                 p_internal_note);
    UPDATE kohi.application SET state = 'rejected', council_date = p_council_date,
        council_result = p_council_result, decision_reasons = btrim(p_reasons),
        internal_note = nullif(btrim(p_internal_note), ''),
        appeal_instruction = (SELECT w.body FROM kohi.notice_wording w
                              WHERE w.key = 'appeal_instruction'),
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_reject', 'application:' || p_id, 'ok',
                       jsonb_build_object('council_date', p_council_date,
                                          'council_result', p_council_result, 'kind', a.kind),
                       a.programme);
END
$$;

-- ------------------------------------------------------------------ 登録者証
-- Returns the day the 登録者証 is valid from (the decision day; it has no end).
CREATE FUNCTION kohi_api.application_register(p_id bigint, p_version int, p_council_date date,
                                              p_reasons text, p_internal_note text)
RETURNS date
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    card_from date := kohi.office_today();
BEGIN
    PERFORM kohi.assert_session_ok();
    a := kohi.lock_for_decision(p_id, p_version);
    -- 登録者証 exist for 指定難病 (54) and 小児慢性特定疾病 (52) only, not for 療育医療.
    IF a.programme NOT IN ('54', '52') THEN
        PERFORM kohi.decision_refuse('application_register', a, 'programme',
            format('登録者証は指定難病と小児慢性特定疾病の制度のものです（この申請は法別%s）。', a.programme));
    END IF;
    PERFORM kohi.check_rejection('application_register', a, p_council_date, p_reasons,
                                 p_internal_note);
    UPDATE kohi.application SET state = 'registered', council_date = p_council_date,
        council_result = 'severity_not_met', decision_reasons = btrim(p_reasons),
        internal_note = nullif(btrim(p_internal_note), ''),
        appeal_instruction = (SELECT w.body FROM kohi.notice_wording w
                              WHERE w.key = 'appeal_instruction'),
        registered_from = card_from,
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_register', 'application:' || p_id, 'ok',
                       jsonb_build_object('council_date', p_council_date,
                                          'registered_from', card_from, 'kind', a.kind),
                       a.programme);
    RETURN card_from;
END
$$;

-- ------------------------------------------------------------------ 補正依頼
CREATE FUNCTION kohi_api.application_request_correction(p_id bigint, p_version int,
                                                        p_applicant_text text, p_internal_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    a := kohi.lock_for_decision(p_id, p_version);
    IF coalesce(btrim(p_applicant_text), '') = '' THEN
        PERFORM kohi.decision_refuse('application_request_correction', a, 'applicant_text',
            '申請者に補正を求める内容を入力してください（補正依頼書に記載されます）。');
    END IF;
    IF length(p_applicant_text) > 2000 OR length(p_internal_note) > 2000 THEN
        PERFORM kohi.decision_refuse('application_request_correction', a, 'too_long',
            '補正の内容と内部メモはそれぞれ2000文字以内で入力してください。');
    END IF;
    UPDATE kohi.application SET state = 'returned', correction_request = btrim(p_applicant_text),
        return_reason = nullif(btrim(p_internal_note), ''),
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_request_correction', 'application:' || p_id, 'ok',
                       '{}', a.programme);
END
$$;

-- ------------------------------------------------------------------ 差戻し (0020, re-created)
-- 0020's body; an internal return also ends a former 補正依頼 (so no old applicant text is
-- printed for it).
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
        correction_request = NULL,
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_return', 'application:' || p_id, 'ok',
                       jsonb_build_object('reason', left(p_reason, 200)), a.programme);
END
$$;

-- ------------------------------------------------------------------ 取下げ
CREATE FUNCTION kohi_api.application_withdraw(p_id bigint, p_version int, p_withdrawn_on date)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO a FROM kohi.application WHERE id = p_id FOR UPDATE;  -- RLS: own programmes
    IF NOT FOUND THEN
        PERFORM kohi.audit('application_withdraw', 'application:' || p_id, 'refused',
                           jsonb_build_object('reason', 'not_found'));
        RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
    END IF;
    -- Only a clerk of the programme records it (an approver duty alone does not).
    IF NOT (a.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'not_clerk',
            format('この制度（法別%s）の事務を担当していないため、取下げを記録できません。', a.programme),
            '42501');
    END IF;
    IF a.state NOT IN ('draft', 'submitted', 'returned') THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'decided',
            format('この申請は既に処理されているため取り下げられません（状態: %s）。', a.state), '55000');
    END IF;
    IF a.version <> p_version THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'stale',
            'この申請は表示後に更新されました。画面を開き直してください。', '40001');
    END IF;
    IF p_withdrawn_on IS NULL THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'date',
            '取下げ書を受け付けた日を入力してください。');
    END IF;
    IF p_withdrawn_on > kohi.office_today() THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'date_future',
            format('取下げ書の受付日（%s）が未来の日付です。', p_withdrawn_on));
    END IF;
    IF p_withdrawn_on < a.received_date THEN
        PERFORM kohi.decision_refuse('application_withdraw', a, 'date_before_receipt',
            format('取下げ書の受付日（%s）が申請の受付日（%s）より前です。', p_withdrawn_on,
                   a.received_date));
    END IF;
    UPDATE kohi.application SET state = 'withdrawn', withdrawn_on = p_withdrawn_on,
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_withdraw', 'application:' || p_id, 'ok',
                       jsonb_build_object('withdrawn_on', p_withdrawn_on, 'from_state', a.state),
                       a.programme);
END
$$;

-- ------------------------------------------------------------------ editors (0021, re-created)
-- 0021's body: a decision (submitted -> a decided state, changing nothing but the decision's own
-- columns) is not a version of the application.
CREATE OR REPLACE FUNCTION kohi.application_record_editor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    decision_columns constant text[] :=
        ARRAY['state', 'decided_by', 'decided_at', 'version', 'return_reason',
              'correction_request', 'council_date', 'council_result', 'decision_reasons',
              'appeal_instruction', 'internal_note', 'registered_from'];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = 'submitted'
       AND NEW.state IN ('approved', 'returned', 'rejected', 'registered')
       AND to_jsonb(NEW) - decision_columns = to_jsonb(OLD) - decision_columns THEN
        RETURN NULL;
    END IF;
    INSERT INTO kohi.application_editor AS e (application_id, login)
    VALUES (NEW.id, session_user)
    ON CONFLICT (application_id, login) DO UPDATE SET last_at = now(), writes = e.writes + 1;
    RETURN NULL;
END
$$;

-- ------------------------------------------------------------------ assessment (0028, re-created)
-- 0028's body; what is frozen now also covers the new decisions and the withdrawal.
CREATE OR REPLACE FUNCTION kohi.application_assess() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    x jsonb;
BEGIN
    -- A decided application is never recomputed, and a decision (submitted -> approved,
    -- returned, rejected, registered; or a withdrawal) keeps what the approver saw.
    IF TG_OP = 'UPDATE' AND (OLD.state IN ('approved', 'rejected', 'registered', 'withdrawn')
                             OR (NEW.state IS DISTINCT FROM OLD.state
                                 AND NEW.state IN ('approved', 'returned', 'rejected',
                                                   'registered', 'withdrawn'))) THEN
        NEW.income_tier := OLD.income_tier;
        NEW.computed_tier := OLD.computed_tier;
        NEW.base_cap := OLD.base_cap;
        NEW.monthly_cap := OLD.monthly_cap;
        NEW.assessment := OLD.assessment;
        NEW.tier_override_reason := OLD.tier_override_reason;
        NEW.household_id := OLD.household_id;
        RETURN NEW;
    END IF;
    NEW.tier_override_reason := nullif(btrim(NEW.tier_override_reason), '');
    x := kohi.application_assessment(NEW);
    NEW.computed_tier := x->'computed'->>'tier';
    IF NEW.household_id IS NOT NULL AND NEW.tier_override_reason IS NULL THEN
        NEW.income_tier := NEW.computed_tier;  -- only the server's tier without a reason
    END IF;
    NEW.base_cap := (x->>'cap')::int;
    NEW.monthly_cap := (x->>'apportioned')::int;
    NEW.assessment := x;
    RETURN NEW;
END
$$;

-- ------------------------------------------------------------------ the access log (0028, re-created)
CREATE OR REPLACE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set',
    'staff_propose', 'staff_approve', 'staff_reject',
    'mynumber_register', 'mynumber_confirm', 'mynumber_key_create', 'mynumber_key_enrol',
    'mynumber_key_remove', 'mynumber_key_rotate',
    'mynumber_key_propose', 'mynumber_key_approve', 'mynumber_key_reject',
    'application_create', 'application_update', 'application_submit', 'application_return',
    'application_approve', 'application_reject', 'application_register',
    'application_request_correction', 'application_withdraw',
    'household_save', 'monthly_cost_save',
    'juki_inquiry_create', 'juki_import', 'juki_review_resolve',
    'terminal_register', 'terminal_revoke',
    'monitor_rule_set', 'monitor_acknowledge', 'office_holiday_add', 'office_holiday_remove',
    'environment_set', 'audit_retention_purge');

-- ------------------------------------------------------------------ grants
REVOKE ALL ON FUNCTION kohi.office_today() FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.decision_refuse(text, kohi.application, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.check_rejection(text, kohi.application, date, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.application_reject(bigint, int, date, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.application_register(bigint, int, date, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.application_request_correction(bigint, int, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.application_withdraw(bigint, int, date) FROM PUBLIC;
-- Decisions: approvers only (and lock_for_decision checks the duty and the maker again).
GRANT EXECUTE ON FUNCTION kohi_api.application_reject(bigint, int, date, text, text, text) TO kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.application_register(bigint, int, date, text, text) TO kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.application_request_correction(bigint, int, text, text) TO kohi_approver;
-- The applicant's withdrawal: recorded by the programme's clerks.
GRANT EXECUTE ON FUNCTION kohi_api.application_withdraw(bigint, int, date) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
