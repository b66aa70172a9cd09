-- 0046: an application for the 登録者証 alone (issue 13, item 3).
--
-- Since 2024-04-01 a patient of a designated disease may apply for a 登録者証 only, without
-- asking for 医療費助成 (難病法 第28条の2・児童福祉法 第21条の4の2; 指定難病 and 小児慢性特定
-- 疾病 only). 0036 issued a 登録者証 only as the outcome of a benefit application that missed
-- the severity criteria. Now:
--   kind 'registration'   a 登録者証-only application: the person, the disease and the
--                         診断年月日 of the 診断書; no tier, cap, household, special case or
--                         period (kohi.application_assess clears whatever a form sent)
--   the decision          kohi_api.application_issue_registration (approver, maker-checker by
--                         kohi.lock_for_decision): state 'registered', valid from the decision
--                         day without end, no 審査会 and no 不認定 (nothing was refused); and its
--                         keyed variant for a retry after a lost connection (as 0045)
--   refused               承認 of a registration (it would issue a 受給者証 with a number),
--                         0036's 登録者証-after-不認定 on it (no benefit was applied for), and a
--                         不認定 of it for the severity criteria (they decide the benefit only):
--                         a trigger, logged durably
-- A 不認定 of a registration (the disease is not confirmed: diagnosis_not_met or other) goes
-- through application_reject as for any application.
--
-- Re-created here (copied from their latest definitions, then changed):
--   kohi_api.application_save       (0028) the kind 'registration'
--   kohi.application_problems       (0028) what a registration needs
--   kohi.application_assess         (0036) a registration is never assessed
--   kohi.audit_is_change            (0042) application_issue_registration

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ the application
ALTER TABLE kohi.application DROP CONSTRAINT application_kind_check;
ALTER TABLE kohi.application
    ADD CONSTRAINT application_kind_check
        CHECK (kind IN ('new', 'renewal', 'change', 'registration')),
    -- A 不認定 (and a 登録者証 after one) carries its 審査会; a registration's 登録者証 does not.
    DROP CONSTRAINT application_rejection_complete,
    ADD CONSTRAINT application_rejection_complete
        CHECK (NOT (state = 'rejected' OR (state = 'registered' AND kind <> 'registration'))
               OR (council_date IS NOT NULL AND council_result IS NOT NULL
                   AND decision_reasons IS NOT NULL AND appeal_instruction IS NOT NULL)),
    DROP CONSTRAINT application_registration_severity,
    ADD CONSTRAINT application_registration_severity
        CHECK (state <> 'registered'
               OR (kind = 'registration' AND council_result IS NULL)
               OR (kind <> 'registration' AND council_result = 'severity_not_met')),
    ADD CONSTRAINT application_registration_no_benefit
        CHECK (kind <> 'registration'
               OR (programme IN ('54', '52') AND income_tier IS NULL AND monthly_cap IS NULL
                   AND household_id IS NULL AND valid_from IS NULL AND valid_to IS NULL));

-- ------------------------------------------------------------------ decisions a registration refuses
CREATE FUNCTION kohi.refuse_registration_decision() RETURNS trigger
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    action text;
    reason text;
    message text;
BEGIN
    IF NEW.state = 'approved' THEN
        action := 'application_approve';
        reason := 'registration_only';
        message := '登録者証のみの申請は承認（受給者証の交付）できません。「登録者証を交付」で決定してください。';
    ELSIF NEW.state = 'registered' AND NEW.council_result IS NOT NULL THEN
        action := 'application_register';
        reason := 'registration_only';
        message := '登録者証のみの申請は医療費助成を申請していないため、不認定とした上での登録者証の交付はできません。「登録者証を交付」で決定してください。';
    ELSIF NEW.state = 'rejected' AND NEW.council_result = 'severity_not_met' THEN
        action := 'application_reject';
        reason := 'severity_for_registration';
        message := '登録者証の交付は重症度分類等によらず決まります。疾病が確認できない場合は「診断基準を満たさない」または「その他」を選んでください。';
    ELSE
        RETURN NEW;
    END IF;
    PERFORM kohi.audit(action, 'application:' || NEW.id, 'refused',
                       jsonb_build_object('reason', reason), NEW.programme);
    RAISE EXCEPTION USING MESSAGE = message, ERRCODE = '55000';
END
$$;
REVOKE ALL ON FUNCTION kohi.refuse_registration_decision() FROM PUBLIC;
CREATE TRIGGER application_registration_decision
    BEFORE UPDATE OF state ON kohi.application
    FOR EACH ROW WHEN (NEW.kind = 'registration' AND NEW.state IS DISTINCT FROM OLD.state
                       AND NEW.state IN ('approved', 'registered', 'rejected'))
    EXECUTE FUNCTION kohi.refuse_registration_decision();

-- ------------------------------------------------------------------ 登録者証 of a registration
-- Returns the day the 登録者証 is valid from (the decision day; it has no end).
CREATE FUNCTION kohi_api.application_issue_registration(p_id bigint, p_version int,
                                                        p_internal_note text)
RETURNS date
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    card_from date := kohi.office_today();
BEGIN
    PERFORM kohi.assert_session_ok();
    a := kohi.lock_for_decision(p_id, p_version);
    IF a.kind <> 'registration' THEN
        PERFORM kohi.decision_refuse('application_issue_registration', a, 'not_registration',
            '医療費助成の申請です。登録者証だけを交付するのは登録者証のみの申請です（助成の申請で'
            '重症度分類等を満たさない場合は「登録者証」の決定で審査会の結果とともに交付します）。',
            '55000');
    END IF;
    IF length(p_internal_note) > 2000 THEN
        PERFORM kohi.decision_refuse('application_issue_registration', a, 'too_long',
            '内部メモは2000文字以内で入力してください。');
    END IF;
    UPDATE kohi.application SET state = 'registered', registered_from = card_from,
        internal_note = nullif(btrim(p_internal_note), ''),
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_issue_registration', 'application:' || p_id, 'ok',
                       jsonb_build_object('registered_from', card_from), a.programme);
    RETURN card_from;
END
$$;

CREATE FUNCTION kohi_api.application_issue_registration_once(p_key uuid, p_id bigint,
                                                             p_version int, p_internal_note text)
RETURNS date
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    first jsonb;
    card_from date;
BEGIN
    PERFORM kohi.assert_session_ok();
    first := kohi.submission_claim(p_key, 'application_issue_registration',
                                   jsonb_build_array(p_id, p_version, p_internal_note));
    IF first IS NOT NULL THEN
        RETURN (first->>'registered_from')::date;
    END IF;
    card_from := kohi_api.application_issue_registration(p_id, p_version, p_internal_note);
    PERFORM kohi.submission_record(p_key, jsonb_build_object('registered_from', card_from));
    RETURN card_from;
END
$$;

-- ------------------------------------------------------------------ save (0028, re-created)
-- 0028's body; the kind 'registration' is accepted and, like 'new', brings the person.
CREATE OR REPLACE FUNCTION kohi_api.application_save(p_id bigint, p_version int, p_programme text,
                                          p_kind text, p_recipient_id bigint, p_form jsonb)
RETURNS TABLE (id bigint, version int, recipient_id bigint, monthly_cap int, problems text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    r kohi.recipient;
    before jsonb;
    old_household bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_id IS NULL THEN
        PERFORM kohi.assert_clerk_of(p_programme);
        IF p_kind IS NULL OR p_kind NOT IN ('new', 'renewal', 'change', 'registration') THEN
            RAISE EXCEPTION '申請区分が正しくありません。' USING ERRCODE = '22023';
        END IF;
        IF p_form->>'received_date' IS NULL THEN
            RAISE EXCEPTION '受付日を入力してください。' USING ERRCODE = '22023';
        END IF;
        -- A 登録者証-only application, like a new one, brings the person (a pending entry).
        IF p_kind IN ('new', 'registration') THEN
            r := kohi.recipient_from_form(r, p_form);
            INSERT INTO kohi.recipient (programme, status, family_name, given_name, family_name_kana,
                given_name_kana, birth_date, sex, postal_code, address, municipality_code, phone,
                guardian_name, guardian_kana, guardian_relationship, insurer_number,
                insurance_symbol, insurance_number)
            VALUES (p_programme, 'pending', r.family_name, r.given_name, r.family_name_kana,
                r.given_name_kana, r.birth_date, r.sex,
                r.postal_code, r.address, r.municipality_code, r.phone, r.guardian_name,
                r.guardian_kana, r.guardian_relationship, r.insurer_number, r.insurance_symbol,
                r.insurance_number)
            RETURNING * INTO r;
        ELSE
            SELECT * INTO r FROM kohi.recipient x WHERE x.id = p_recipient_id AND x.status = 'active';
            IF NOT FOUND OR r.programme <> p_programme THEN
                RAISE EXCEPTION '対象の受給者が見つかりません。' USING ERRCODE = '22023';
            END IF;
        END IF;
        a.programme := p_programme;
        a.recipient_id := r.id;
        a.kind := p_kind;
        a := kohi.application_from_form(a, p_form);
        PERFORM kohi.check_application_household(a, p_form, 'application_create');
        IF p_kind = 'change' THEN
            a.proposed := p_form - kohi.application_form_keys();
        END IF;
        INSERT INTO kohi.application (programme, recipient_id, kind, received_date, health_centre,
            documents, disease_code, income_tier, special_case, household_members,
            household_recipients, valid_from, valid_to, backdate_reason, proposed,
            diagnosis_date, household_id, tier_override_reason)
        VALUES (p_programme, r.id, p_kind, a.received_date, a.health_centre,
            coalesce(a.documents, '{}'), a.disease_code, a.income_tier, a.special_case,
            a.household_members, a.household_recipients, a.valid_from, a.valid_to,
            a.backdate_reason, coalesce(a.proposed, '{}'), a.diagnosis_date, a.household_id,
            a.tier_override_reason)
        RETURNING * INTO a;
        PERFORM kohi.audit('application_create', 'application:' || a.id, 'ok',
                           jsonb_build_object('kind', p_kind, 'recipient', r.id,
                                              'household', a.household_id,
                                              'tier_override', a.tier_override_reason IS NOT NULL),
                           p_programme);
    ELSE
        SELECT * INTO a FROM kohi.application x WHERE x.id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
        END IF;
        PERFORM kohi.assert_clerk_of(a.programme);
        IF a.state NOT IN ('draft', 'returned') THEN
            RAISE EXCEPTION '提出済みまたは承認済みの申請は変更できません（状態: %）。', a.state USING ERRCODE = '55000';
        END IF;
        IF a.version <> p_version THEN
            RAISE EXCEPTION 'この申請は他の職員が更新しました。画面を開き直してください。' USING ERRCODE = '40001';
        END IF;
        old_household := a.household_id;
        SELECT * INTO r FROM kohi.recipient x WHERE x.id = a.recipient_id FOR UPDATE;
        before := kohi.recipient_json(r);
        a := kohi.application_from_form(a, p_form);
        PERFORM kohi.check_application_household(a, p_form, 'application_update');
        IF a.kind IN ('new', 'registration') THEN
            r := kohi.recipient_from_form(r, p_form);
            UPDATE kohi.recipient x SET family_name = r.family_name, given_name = r.given_name,
                family_name_kana = r.family_name_kana, given_name_kana = r.given_name_kana,
                birth_date = r.birth_date, sex = r.sex, postal_code = r.postal_code,
                address = r.address, municipality_code = r.municipality_code, phone = r.phone,
                guardian_name = r.guardian_name, guardian_kana = r.guardian_kana,
                guardian_relationship = r.guardian_relationship, insurer_number = r.insurer_number,
                insurance_symbol = r.insurance_symbol, insurance_number = r.insurance_number,
                updated_at = now(), updated_by = session_user
            WHERE x.id = r.id;
        ELSIF a.kind = 'change' THEN
            a.proposed := a.proposed || (p_form - kohi.application_form_keys());
        END IF;
        UPDATE kohi.application x SET received_date = a.received_date, health_centre = a.health_centre,
            documents = a.documents, disease_code = a.disease_code, income_tier = a.income_tier,
            special_case = a.special_case, household_members = a.household_members,
            household_recipients = a.household_recipients, valid_from = a.valid_from,
            valid_to = a.valid_to, backdate_reason = a.backdate_reason, proposed = a.proposed,
            diagnosis_date = a.diagnosis_date, household_id = a.household_id,
            tier_override_reason = a.tier_override_reason,
            last_changed_by = session_user, version = x.version + 1
        WHERE x.id = a.id RETURNING * INTO a;
        PERFORM kohi.audit('application_update', 'application:' || a.id, 'ok',
                           jsonb_build_object('recipient', r.id, 'household', a.household_id,
                                              'tier_override', a.tier_override_reason IS NOT NULL),
                           a.programme);
    END IF;
    -- The 按分 of the other recipients of the household(s) this application is (was) in.
    PERFORM kohi.household_recompute(a.household_id);
    IF old_household IS DISTINCT FROM a.household_id THEN
        PERFORM kohi.household_recompute(old_household);
    END IF;
    SELECT * INTO a FROM kohi.application x WHERE x.id = a.id;
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = a.recipient_id;
    IF a.kind = 'change' THEN
        r := kohi.recipient_from_form(r, a.proposed);
    END IF;
    RETURN QUERY SELECT a.id, a.version, a.recipient_id, a.monthly_cap, kohi.application_problems(a, r);
END
$$;

-- ------------------------------------------------------------------ problems (0028, re-created)
-- 0028's body; a 登録者証-only application is checked for the person, the disease and its
-- 診断年月日 only.
CREATE OR REPLACE FUNCTION kohi.application_problems(a kohi.application, r kohi.recipient) RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    msgs text[] := '{}';
    cap int;
    in_force kohi.application;
    backdated boolean;
    counts jsonb;
BEGIN
    IF r.family_name IS NULL OR btrim(r.family_name) = '' OR r.given_name IS NULL OR btrim(r.given_name) = '' THEN
        msgs := msgs || '氏名（姓・名）を入力してください。'::text;
    END IF;
    IF r.family_name_kana !~ '^[ァ-ヶー・　]+$' OR r.given_name_kana !~ '^[ァ-ヶー・　]+$' THEN
        msgs := msgs || '氏名カナは全角カタカナで入力してください。'::text;
    END IF;
    IF r.birth_date IS NULL THEN
        msgs := msgs || '生年月日を入力してください。'::text;
    ELSIF r.birth_date > current_date OR r.birth_date < date '1900-01-01' THEN
        msgs := msgs || '生年月日が正しくありません。'::text;
    END IF;
    IF r.sex IS NULL THEN
        msgs := msgs || '性別を選択してください。'::text;
    END IF;
    IF r.municipality_code IS NULL THEN
        msgs := msgs || '市町村コード（地方公共団体コード）を入力してください。'::text;
    ELSIF r.municipality_code !~ '^[0-9]{6}$'
       OR right(r.municipality_code, 1)::int <> kohi.lgcode_check_digit(left(r.municipality_code, 5)) THEN
        msgs := msgs || '市町村コード（地方公共団体コード）のチェックデジットが一致しません。'::text;
    END IF;
    IF r.insurer_number IS NOT NULL AND NOT kohi.valid_insurer_number(r.insurer_number) THEN
        msgs := msgs || '保険者番号のチェックデジットが一致しません。'::text;
    END IF;
    IF r.birth_date IS NOT NULL AND age(a.received_date, r.birth_date) < interval '18 years' AND coalesce(btrim(r.guardian_name), '') = '' THEN
        msgs := msgs || '申請者が18歳未満のため、保護者の氏名を入力してください。'::text;
    END IF;
    IF a.received_date > current_date THEN
        msgs := msgs || '受付日に未来の日付は入力できません。'::text;
    END IF;
    IF a.disease_code IS NULL THEN
        msgs := msgs || '疾病名を選択してください。'::text;
    END IF;
    -- A 登録者証-only application asks for no benefit: no tier, cap, special case or period.
    IF a.kind = 'registration' THEN
        IF a.programme NOT IN ('54', '52') THEN
            msgs := msgs || format('登録者証は指定難病と小児慢性特定疾病の制度のものです（この申請は法別%s）。',
                                   a.programme);
        END IF;
        IF a.diagnosis_date IS NULL THEN
            msgs := msgs || '登録者証の申請には、診断書（臨床調査個人票・医療意見書）の診断年月日を入力してください。'::text;
        ELSIF a.diagnosis_date > current_date THEN
            msgs := msgs || '診断年月日に未来の日付は入力できません。'::text;
        END IF;
        RETURN msgs;
    END IF;
    -- The tier: computed from the household, or chosen by hand while households are optional.
    IF a.household_id IS NOT NULL THEN
        IF a.computed_tier IS NULL AND a.tier_override_reason IS NULL THEN
            msgs := msgs || ('世帯の情報から所得区分を算定できません: '
                             || coalesce(a.assessment->'computed'->>'explanation', '世帯を確認してください。'))::text;
        END IF;
    ELSIF coalesce(kohi.setting_value('household_required'), 0) = 1 THEN
        msgs := msgs || '支給認定基準世帯（世帯員・医療保険・所得割）を登録してください。'::text;
    END IF;
    IF a.income_tier IS NULL AND a.household_id IS NULL THEN
        msgs := msgs || '所得区分を選択してください。'::text;
    END IF;
    IF a.special_case = 'high_long' AND a.programme <> '54' THEN
        msgs := msgs || '「高額かつ長期」は指定難病の特例です。'::text;
    END IF;
    IF a.special_case = 'mild_high' AND a.programme <> '54' THEN
        msgs := msgs || '「軽症高額」は指定難病の特例です。'::text;
    END IF;
    IF a.special_case = 'severe' AND a.programme = '54' THEN
        msgs := msgs || '「重症」は小児慢性特定疾病の特例です。'::text;
    END IF;
    -- 高額かつ長期 / 軽症高額 from the monthly 医療費総額.
    IF a.special_case IN ('high_long', 'mild_high') AND a.programme = '54' THEN
        counts := kohi.cost_counts(a);
        IF a.special_case = 'high_long' AND a.kind = 'new' THEN
            msgs := msgs || '新規申請では「高額かつ長期」は認定できません（支給認定を受けた後の月の医療費総額で判定します。更新または変更の申請で申請してください）。'::text;
        ELSIF a.special_case = 'high_long'
              AND (counts->>'high_long_months')::int < (counts->>'high_long_required')::int THEN
            msgs := msgs || format('「高額かつ長期」には、申請月以前の12か月以内で支給認定後の月のうち、医療費総額が%s円を超えた月が%sか月以上必要です（現在 %sか月）。',
                                   counts->>'high_long_cost_yen', counts->>'high_long_required',
                                   counts->>'high_long_months');
        ELSIF a.special_case = 'mild_high'
              AND (counts->>'mild_high_months')::int < (counts->>'mild_high_required')::int THEN
            msgs := msgs || format('「軽症高額」には、申請月以前の12か月以内に医療費総額が%s円を超えた月が%sか月以上必要です（現在 %sか月）。',
                                   counts->>'mild_high_cost_yen', counts->>'mild_high_required',
                                   counts->>'mild_high_months');
        END IF;
    END IF;
    IF a.diagnosis_date IS NOT NULL AND a.diagnosis_date > current_date THEN
        msgs := msgs || '診断年月日に未来の日付は入力できません。'::text;
    END IF;
    IF a.valid_from IS NULL OR a.valid_to IS NULL THEN
        msgs := msgs || '有効期間（開始日・終了日）を入力してください。'::text;
    ELSE
        IF a.valid_to < a.valid_from THEN
            msgs := msgs || '有効期間の終了日が開始日より前です。'::text;
        END IF;
        -- One year from receipt (or from a later start); a backdated start adds up to three
        -- months before it, so a period may run to 1年3月.
        IF a.valid_to >= greatest(a.valid_from, a.received_date) + interval '1 year' THEN
            msgs := msgs || '有効期間は1年以内です。受付日から1年以内に終了する日付にしてください（遡った期間はこれに加えられ、最長1年3か月）。'::text;
        END IF;
        backdated := a.valid_from < a.received_date;
        IF backdated THEN
            -- 遡り (since 2023-10): only new applications, 疾病追加/変更 and 軽症高額.
            IF a.kind = 'renewal' THEN
                msgs := msgs || '更新申請では有効期間の開始日を受付日より前に遡れません。'::text;
            ELSIF a.kind = 'change' AND a.special_case <> 'mild_high' THEN
                SELECT * INTO in_force FROM kohi.application x
                WHERE x.recipient_id = a.recipient_id AND x.state = 'approved' AND x.id <> a.id
                ORDER BY x.valid_from DESC NULLS LAST, x.id DESC LIMIT 1;
                IF in_force.disease_code IS NOT DISTINCT FROM a.disease_code THEN
                    msgs := msgs || '変更申請で開始日を遡れるのは、疾病の追加・変更または軽症高額の場合だけです。'::text;
                END IF;
            END IF;
            IF a.valid_from < date '2023-10-01' THEN
                msgs := msgs || '有効期間の開始日は2023年10月1日より前には遡れません（遡りの制度の開始日）。'::text;
            END IF;
            IF a.diagnosis_date IS NULL THEN
                msgs := msgs || '開始日を受付日より前に遡る場合は、臨床調査個人票（医療意見書）の診断年月日を入力してください。'::text;
            ELSIF a.valid_from < a.diagnosis_date THEN
                msgs := msgs || '有効期間の開始日は診断年月日より前にできません。'::text;
            END IF;
            IF a.valid_from < a.received_date - interval '3 months' THEN
                msgs := msgs || '有効期間の開始日は受付日の3か月前までしか遡れません。'::text;
            ELSIF a.valid_from < a.received_date - interval '1 month'
                  AND coalesce(btrim(a.backdate_reason), '') = '' THEN
                msgs := msgs || '受付日の1か月より前に遡る場合は、やむを得ない理由を入力してください。'::text;
            END IF;
        END IF;
    END IF;
    IF a.income_tier IS NOT NULL AND a.monthly_cap IS NULL THEN
        cap := kohi.monthly_cap(a.programme, a.income_tier, a.special_case, coalesce(a.valid_from, a.received_date));
        IF cap IS NULL THEN
            msgs := msgs || 'この所得区分と特例の組み合わせには上限月額がありません。'::text;
        END IF;
    END IF;
    RETURN msgs;
END
$$;

-- ------------------------------------------------------------------ assessment (0036, re-created)
-- 0036's body; a 登録者証-only application is never assessed.
CREATE OR REPLACE FUNCTION kohi.application_assess() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    x jsonb;
BEGIN
    -- A 登録者証-only application carries no benefit: whatever a form sent, no tier, cap,
    -- household, special case or period (the 登録者証 runs from its decision, without end).
    IF NEW.kind = 'registration' THEN
        NEW.income_tier := NULL;
        NEW.computed_tier := NULL;
        NEW.base_cap := NULL;
        NEW.monthly_cap := NULL;
        NEW.assessment := NULL;
        NEW.tier_override_reason := NULL;
        NEW.household_id := NULL;
        NEW.special_case := 'standard';
        NEW.valid_from := NULL;
        NEW.valid_to := NULL;
        NEW.backdate_reason := NULL;
        RETURN NEW;
    END IF;
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

-- ------------------------------------------------------------------ the access log (0042, re-created)
-- 0042's list plus the 登録者証 issue of a 登録者証-only application.
CREATE OR REPLACE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set', 'staff_propose', 'staff_approve',
    'staff_reject', 'mynumber_register', 'mynumber_confirm', 'mynumber_key_create',
    'mynumber_key_enrol', 'mynumber_key_remove', 'mynumber_key_rotate', 'mynumber_key_propose',
    'mynumber_key_approve', 'mynumber_key_reject', 'application_create', 'application_update',
    'application_submit', 'application_return', 'application_approve', 'household_save',
    'monthly_cost_save', 'juki_inquiry_create', 'juki_import', 'juki_review_resolve',
    'terminal_register', 'terminal_revoke', 'monitor_rule_set', 'monitor_acknowledge',
    'office_holiday_add', 'office_holiday_remove', 'environment_set', 'audit_retention_purge',
    'evidence_cabinet_register', 'evidence_cabinet_retire', 'evidence_register',
    'evidence_check_out', 'evidence_return', 'evidence_dispose', 'recipient_end_propose',
    'disposal_propose', 'retention_proposal_approve', 'retention_proposal_reject',
    'eligibility_end_lapsed', 'application_reject', 'application_register',
    'application_request_correction', 'application_withdraw', 'renewal_batch_create',
    'renewal_notice_done', 'renewal_batch_cancel', 'renewal_batch_resume',
    'renewal_certificates_printed', 'application_designate',
    'application_issue_registration');

-- ------------------------------------------------------------------ grants
REVOKE ALL ON FUNCTION kohi_api.application_issue_registration(bigint, int, text),
    kohi_api.application_issue_registration_once(uuid, bigint, int, text) FROM PUBLIC;
-- A decision: approvers only (lock_for_decision checks the duty and the maker again).
GRANT EXECUTE ON FUNCTION kohi_api.application_issue_registration(bigint, int, text),
    kohi_api.application_issue_registration_once(uuid, bigint, int, text) TO kohi_approver;
