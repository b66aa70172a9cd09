-- Applications (申請) with maker-checker: draft → submitted → approved | returned → resubmitted.
-- Nothing a clerk enters is final until a different person approves it.

-- The register grows: status, guardian, insurance, and numbers issued at approval.
ALTER TABLE kohi.recipient
    ALTER COLUMN recipient_number DROP NOT NULL,
    -- A draft may lack these; the problem list names them and submission needs them.
    ALTER COLUMN municipality_code DROP NOT NULL,
    ALTER COLUMN birth_date DROP NOT NULL,
    ALTER COLUMN sex DROP NOT NULL,
    ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'ended')),
    ADD COLUMN guardian_name text,
    ADD COLUMN guardian_kana text,
    ADD COLUMN guardian_relationship text,
    ADD COLUMN insurer_number text CHECK (insurer_number ~ '^([0-9]{6}|[0-9]{8})$'),
    ADD COLUMN insurance_symbol text,
    ADD COLUMN insurance_number text,
    ADD COLUMN public_payer_number text CHECK (public_payer_number ~ '^[0-9]{8}$'),
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by name;
-- Active recipients always carry their number; pending ones get it at approval.
ALTER TABLE kohi.recipient ADD CONSTRAINT recipient_number_when_active
    CHECK (status = 'pending' OR recipient_number IS NOT NULL);
CREATE INDEX recipient_number_idx ON kohi.recipient (programme, recipient_number);
-- Search key: full kana name in code-point order (COLLATE "C"), so a kana prefix is an index
-- range whatever the database's collation, and keyset paging follows the same order.
ALTER TABLE kohi.recipient ADD COLUMN kana_key text COLLATE "C"
    GENERATED ALWAYS AS (family_name_kana || '　' || given_name_kana) STORED;
CREATE INDEX recipient_kana_key_idx ON kohi.recipient (programme, kana_key, id);
CREATE INDEX recipient_phone_idx ON kohi.recipient (programme, phone, id);

-- Every change of a recipient: who, when, before/after (never a My Number: it is not here).
CREATE TABLE kohi.recipient_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_id bigint NOT NULL REFERENCES kohi.recipient,
    programme    text NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    changed_by   name NOT NULL,
    approved_by  name,
    application_id bigint,
    before       jsonb,
    after        jsonb NOT NULL
);
ALTER TABLE kohi.recipient_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.recipient_history FORCE ROW LEVEL SECURITY;
CREATE POLICY recipient_history_programme_group ON kohi.recipient_history
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));

CREATE SEQUENCE kohi.recipient_number_seq START 100001 MAXVALUE 999999 CYCLE;

CREATE TABLE kohi.application (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme        text NOT NULL REFERENCES kohi.programme,
    recipient_id     bigint NOT NULL REFERENCES kohi.recipient,
    kind             text NOT NULL CHECK (kind IN ('new', 'renewal', 'change')),
    state            text NOT NULL DEFAULT 'draft'
                     CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    received_date    date NOT NULL,
    health_centre    text REFERENCES kohi.health_centre,
    documents        text[] NOT NULL DEFAULT '{}',
    disease_code     text,
    income_tier      text REFERENCES kohi.income_tier,
    special_case     text NOT NULL DEFAULT 'standard' REFERENCES kohi.special_case,
    household_members int NOT NULL DEFAULT 1 CHECK (household_members BETWEEN 1 AND 20),
    household_recipients int NOT NULL DEFAULT 1 CHECK (household_recipients BETWEEN 1 AND 20),
    monthly_cap      int,
    valid_from       date,
    valid_to         date,
    backdate_reason  text,
    proposed         jsonb NOT NULL DEFAULT '{}',  -- identity changes applied at approval
    return_reason    text,
    entered_by       name NOT NULL DEFAULT session_user,
    last_changed_by  name NOT NULL DEFAULT session_user,
    submitted_at     timestamptz,
    decided_by       name,
    decided_at       timestamptz,
    version          int NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (programme, disease_code) REFERENCES kohi.disease (programme, code),
    CHECK (household_recipients <= household_members)
);
CREATE INDEX application_queue_idx ON kohi.application (programme, state, submitted_at, id);
CREATE INDEX application_recipient_idx ON kohi.application (recipient_id);
ALTER TABLE kohi.application ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.application FORCE ROW LEVEL SECURITY;
-- Approvers see every programme's submissions; clerks their groups' only.
CREATE POLICY application_visibility ON kohi.application
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));

-- Approvers read recipients whose applications they decide.
DROP POLICY recipient_programme_group ON kohi.recipient;
CREATE POLICY recipient_programme_group ON kohi.recipient
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));

CREATE FUNCTION kohi.assert_clerk_of(p_programme text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT (p_programme = ANY (kohi.caller_programmes())) THEN
        RAISE EXCEPTION 'この制度（法別%）の事務を担当していません。', p_programme USING ERRCODE = '42501';
    END IF;
END
$$;

-- Insurer number (保険者番号): 8 digits with a Luhn check digit over the first 7, or 6 digits
-- (国民健康保険) with one over the first 5.
CREATE FUNCTION kohi.valid_insurer_number(p text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT p ~ '^([0-9]{6}|[0-9]{8})$'
       AND right(p, 1)::int = kohi.luhn_check_digit(left(p, length(p) - 1))
$$;

-- Validates an application's content; returns specific Japanese messages (empty: valid).
CREATE FUNCTION kohi.application_problems(a kohi.application, r kohi.recipient) RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    msgs text[] := '{}';
    cap int;
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
    IF a.income_tier IS NULL THEN
        msgs := msgs || '所得区分を選択してください。'::text;
    END IF;
    IF a.special_case = 'high_long' AND a.programme <> '54' THEN
        msgs := msgs || '「高額かつ長期」は指定難病の特例です。'::text;
    END IF;
    IF a.special_case = 'severe' AND a.programme = '54' THEN
        msgs := msgs || '「重症」は小児慢性特定疾病の特例です。'::text;
    END IF;
    IF a.valid_from IS NULL OR a.valid_to IS NULL THEN
        msgs := msgs || '有効期間（開始日・終了日）を入力してください。'::text;
    ELSE
        IF a.valid_to < a.valid_from THEN
            msgs := msgs || '有効期間の終了日が開始日より前です。'::text;
        END IF;
        IF a.valid_to >= a.valid_from + interval '1 year' THEN
            msgs := msgs || '有効期間は1年以内です。'::text;
        END IF;
        -- Backdating (遡り): up to one month before receipt, three with a reason (since 2023-10).
        IF a.valid_from < a.received_date - interval '3 months' THEN
            msgs := msgs || '有効期間の開始日は受付日の3か月前までしか遡れません。'::text;
        ELSIF a.valid_from < a.received_date - interval '1 month'
              AND coalesce(btrim(a.backdate_reason), '') = '' THEN
            msgs := msgs || '受付日の1か月より前に遡る場合は、やむを得ない理由を入力してください。'::text;
        END IF;
    END IF;
    IF a.income_tier IS NOT NULL THEN
        cap := kohi.monthly_cap(a.programme, a.income_tier, a.special_case, coalesce(a.valid_from, a.received_date));
        IF cap IS NULL THEN
            msgs := msgs || 'この所得区分と特例の組み合わせには上限月額がありません。'::text;
        END IF;
    END IF;
    RETURN msgs;
END
$$;

CREATE FUNCTION kohi.recipient_json(r kohi.recipient) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT to_jsonb(r) - 'created_at' - 'created_by' - 'updated_at' - 'updated_by' - 'synthetic'
$$;

-- Fills a recipient row from the form (jsonb keys as in kohi.recipient).
CREATE FUNCTION kohi.recipient_from_form(r kohi.recipient, f jsonb) RETURNS kohi.recipient
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    r.family_name := btrim(coalesce(f->>'family_name', r.family_name, ''));
    r.given_name := btrim(coalesce(f->>'given_name', r.given_name, ''));
    r.family_name_kana := btrim(coalesce(f->>'family_name_kana', r.family_name_kana, ''));
    r.given_name_kana := btrim(coalesce(f->>'given_name_kana', r.given_name_kana, ''));
    r.birth_date := coalesce((f->>'birth_date')::date, r.birth_date);
    r.sex := coalesce((f->>'sex')::smallint, r.sex);
    r.postal_code := coalesce(nullif(f->>'postal_code', ''), r.postal_code);
    r.address := btrim(coalesce(f->>'address', r.address, ''));
    r.municipality_code := coalesce(nullif(f->>'municipality_code', ''), r.municipality_code);
    r.phone := coalesce(nullif(f->>'phone', ''), r.phone);
    r.guardian_name := coalesce(nullif(btrim(f->>'guardian_name'), ''), r.guardian_name);
    r.guardian_kana := coalesce(nullif(btrim(f->>'guardian_kana'), ''), r.guardian_kana);
    r.guardian_relationship := coalesce(nullif(f->>'guardian_relationship', ''), r.guardian_relationship);
    r.insurer_number := coalesce(nullif(f->>'insurer_number', ''), r.insurer_number);
    r.insurance_symbol := coalesce(nullif(f->>'insurance_symbol', ''), r.insurance_symbol);
    r.insurance_number := coalesce(nullif(f->>'insurance_number', ''), r.insurance_number);
    RETURN r;
END
$$;

CREATE FUNCTION kohi.application_from_form(a kohi.application, f jsonb) RETURNS kohi.application
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    a.received_date := coalesce((f->>'received_date')::date, a.received_date);
    a.health_centre := coalesce(nullif(f->>'health_centre', ''), a.health_centre);
    IF f ? 'documents' THEN
        a.documents := ARRAY(SELECT jsonb_array_elements_text(f->'documents'));
    END IF;
    a.disease_code := coalesce(nullif(f->>'disease_code', ''), a.disease_code);
    a.income_tier := coalesce(nullif(f->>'income_tier', ''), a.income_tier);
    a.special_case := coalesce(nullif(f->>'special_case', ''), a.special_case, 'standard');
    a.household_members := coalesce((f->>'household_members')::int, a.household_members, 1);
    a.household_recipients := coalesce((f->>'household_recipients')::int, a.household_recipients, 1);
    a.valid_from := coalesce((f->>'valid_from')::date, a.valid_from);
    a.valid_to := coalesce((f->>'valid_to')::date, a.valid_to);
    a.backdate_reason := coalesce(f->>'backdate_reason', a.backdate_reason);
    RETURN a;
END
$$;

-- Saves a draft (new or existing). Incomplete drafts are kept; problems come back as messages
-- and block submission, not saving, so a clerk's typed work is never lost.
CREATE FUNCTION kohi_api.application_save(p_id bigint, p_version int, p_programme text,
                                          p_kind text, p_recipient_id bigint, p_form jsonb)
RETURNS TABLE (id bigint, version int, recipient_id bigint, monthly_cap int, problems text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    r kohi.recipient;
    before jsonb;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_id IS NULL THEN
        PERFORM kohi.assert_clerk_of(p_programme);
        IF p_kind NOT IN ('new', 'renewal', 'change') THEN
            RAISE EXCEPTION '申請区分が正しくありません。' USING ERRCODE = '22023';
        END IF;
        IF p_form->>'received_date' IS NULL THEN
            RAISE EXCEPTION '受付日を入力してください。' USING ERRCODE = '22023';
        END IF;
        IF p_kind = 'new' THEN
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
        IF p_kind = 'change' THEN
            a.proposed := p_form - 'received_date' - 'health_centre' - 'documents' - 'disease_code'
                          - 'income_tier' - 'special_case' - 'household_members'
                          - 'household_recipients' - 'valid_from' - 'valid_to' - 'backdate_reason';
        END IF;
        INSERT INTO kohi.application (programme, recipient_id, kind, received_date, health_centre,
            documents, disease_code, income_tier, special_case, household_members,
            household_recipients, valid_from, valid_to, backdate_reason, proposed)
        VALUES (p_programme, r.id, p_kind, a.received_date, a.health_centre,
            coalesce(a.documents, '{}'), a.disease_code, a.income_tier, a.special_case,
            a.household_members, a.household_recipients, a.valid_from, a.valid_to,
            a.backdate_reason, coalesce(a.proposed, '{}'))
        RETURNING * INTO a;
        PERFORM kohi.audit('application_create', 'application:' || a.id, 'ok',
                           jsonb_build_object('kind', p_kind, 'recipient', r.id), p_programme);
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
        SELECT * INTO r FROM kohi.recipient x WHERE x.id = a.recipient_id FOR UPDATE;
        before := kohi.recipient_json(r);
        a := kohi.application_from_form(a, p_form);
        IF a.kind = 'new' THEN
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
            a.proposed := a.proposed || (p_form - 'received_date' - 'health_centre' - 'documents'
                          - 'disease_code' - 'income_tier' - 'special_case' - 'household_members'
                          - 'household_recipients' - 'valid_from' - 'valid_to' - 'backdate_reason');
        END IF;
        UPDATE kohi.application x SET received_date = a.received_date, health_centre = a.health_centre,
            documents = a.documents, disease_code = a.disease_code, income_tier = a.income_tier,
            special_case = a.special_case, household_members = a.household_members,
            household_recipients = a.household_recipients, valid_from = a.valid_from,
            valid_to = a.valid_to, backdate_reason = a.backdate_reason, proposed = a.proposed,
            last_changed_by = session_user, version = x.version + 1
        WHERE x.id = a.id RETURNING * INTO a;
        PERFORM kohi.audit('application_update', 'application:' || a.id, 'ok',
                           jsonb_build_object('recipient', r.id), a.programme);
    END IF;
    IF a.income_tier IS NOT NULL THEN
        a.monthly_cap := kohi.monthly_cap(a.programme, a.income_tier, a.special_case,
                                          coalesce(a.valid_from, a.received_date));
        UPDATE kohi.application x SET monthly_cap = a.monthly_cap WHERE x.id = a.id;
    END IF;
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = a.recipient_id;
    IF a.kind = 'change' THEN
        r := kohi.recipient_from_form(r, a.proposed);
    END IF;
    RETURN QUERY SELECT a.id, a.version, a.recipient_id, a.monthly_cap, kohi.application_problems(a, r);
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_save(bigint, int, text, text, bigint, jsonb)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;

CREATE FUNCTION kohi_api.application_submit(p_id bigint, p_version int) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    r kohi.recipient;
    problems text[];
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO a FROM kohi.application WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.assert_clerk_of(a.programme);
    IF a.state NOT IN ('draft', 'returned') OR a.version <> p_version THEN
        RAISE EXCEPTION 'この申請は提出できません（状態: %）。画面を開き直してください。', a.state USING ERRCODE = '55000';
    END IF;
    SELECT * INTO r FROM kohi.recipient WHERE id = a.recipient_id;
    IF a.kind = 'change' THEN
        r := kohi.recipient_from_form(r, a.proposed);
    END IF;
    problems := kohi.application_problems(a, r);
    IF cardinality(problems) > 0 THEN
        RAISE EXCEPTION '%', array_to_string(problems, E'\n') USING ERRCODE = '22023';
    END IF;
    UPDATE kohi.application SET state = 'submitted', submitted_at = now(), version = version + 1,
        return_reason = NULL
    WHERE id = p_id RETURNING version INTO a.version;
    PERFORM kohi.audit('application_submit', 'application:' || p_id, 'ok', '{}', a.programme);
    RETURN a.version;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_submit(bigint, int) TO kohi_clerk_nanbyo, kohi_clerk_boshi;

-- Locks a submitted application for a decision and checks the approver is not its maker.
CREATE FUNCTION kohi.lock_for_decision(p_id bigint, p_version int) RETURNS kohi.application
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        RAISE EXCEPTION '承認の権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- FOR UPDATE: of two approvers acting at once, the second waits and then sees the decision.
    SELECT * INTO a FROM kohi.application WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
    END IF;
    IF a.state <> 'submitted' THEN
        RAISE EXCEPTION 'この申請は既に処理されています（状態: %、処理者: %）。', a.state, coalesce(a.decided_by, '-')
            USING ERRCODE = '55000';
    END IF;
    IF a.version <> p_version THEN
        RAISE EXCEPTION 'この申請は表示後に更新されました。画面を開き直してください。' USING ERRCODE = '40001';
    END IF;
    -- Maker-checker: nobody decides on what they entered or last changed.
    IF session_user IN (a.entered_by, a.last_changed_by) THEN
        RAISE EXCEPTION '自分が入力または変更した申請は承認・差戻しできません。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    RETURN a;
END
$$;

CREATE FUNCTION kohi_api.application_return(p_id bigint, p_version int, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION '差戻しの理由を入力してください。' USING ERRCODE = '22023';
    END IF;
    a := kohi.lock_for_decision(p_id, p_version);
    UPDATE kohi.application SET state = 'returned', return_reason = btrim(p_reason),
        decided_by = session_user, decided_at = now(), version = version + 1
    WHERE id = p_id;
    PERFORM kohi.audit('application_return', 'application:' || p_id, 'ok',
                       jsonb_build_object('reason', left(p_reason, 200)), a.programme);
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_return(bigint, int, text) TO kohi_approver;

CREATE FUNCTION kohi_api.application_approve(p_id bigint, p_version int) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    r kohi.recipient;
    before jsonb;
    pending int := 0;
    base text;
BEGIN
    a := kohi.lock_for_decision(p_id, p_version);
    -- My Numbers entered with the application must have been confirmed by a blind re-key first.
    IF to_regclass('kohi.mynumber') IS NOT NULL THEN
        EXECUTE 'SELECT count(*) FROM kohi.mynumber WHERE recipient_id = $1 AND status = ''pending'''
            INTO pending USING a.recipient_id;
    END IF;
    IF pending > 0 THEN
        RAISE EXCEPTION '個人番号の照合（証拠書類からの再入力）が済んでいません（未照合 % 件）。', pending
            USING ERRCODE = '55000';
    END IF;
    SELECT * INTO r FROM kohi.recipient WHERE id = a.recipient_id FOR UPDATE;
    before := kohi.recipient_json(r);
    IF a.kind = 'new' THEN
        -- Issue the next number not yet used in this programme (migrated or synthetic
        -- registers may already hold numbers from the sequence's range).
        LOOP
            base := lpad(nextval('kohi.recipient_number_seq')::text, 6, '0');
            r.recipient_number := base || kohi.luhn_check_digit(base);
            EXIT WHEN NOT EXISTS (SELECT FROM kohi.recipient x WHERE x.programme = r.programme
                                    AND x.recipient_number = r.recipient_number);
        END LOOP;
        r.status := 'active';
    ELSIF a.kind = 'change' THEN
        r := kohi.recipient_from_form(r, a.proposed);
    END IF;
    r.public_payer_number := (SELECT number FROM kohi.public_payer p
                              WHERE p.programme = a.programme AND p.valid_from <= a.valid_from
                                AND (p.valid_to IS NULL OR p.valid_to > a.valid_from)
                              ORDER BY p.valid_from DESC LIMIT 1);
    UPDATE kohi.recipient x SET status = r.status, recipient_number = r.recipient_number,
        public_payer_number = r.public_payer_number, family_name = r.family_name,
        given_name = r.given_name, family_name_kana = r.family_name_kana,
        given_name_kana = r.given_name_kana, birth_date = r.birth_date, sex = r.sex,
        postal_code = r.postal_code, address = r.address, municipality_code = r.municipality_code,
        phone = r.phone, guardian_name = r.guardian_name, guardian_kana = r.guardian_kana,
        guardian_relationship = r.guardian_relationship, insurer_number = r.insurer_number,
        insurance_symbol = r.insurance_symbol, insurance_number = r.insurance_number,
        updated_at = now(), updated_by = session_user
    WHERE x.id = r.id;
    UPDATE kohi.application SET state = 'approved', decided_by = session_user, decided_at = now(),
        version = version + 1
    WHERE id = p_id;
    INSERT INTO kohi.recipient_history (recipient_id, programme, changed_by, approved_by,
                                        application_id, before, after)
    SELECT r.id, r.programme, a.last_changed_by, session_user, a.id,
           CASE WHEN a.kind = 'new' THEN NULL ELSE before END, kohi.recipient_json(x)
    FROM kohi.recipient x WHERE x.id = r.id;
    PERFORM kohi.audit('application_approve', 'application:' || p_id, 'ok',
                       jsonb_build_object('recipient', r.id, 'kind', a.kind), a.programme);
    RETURN r.recipient_number;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_approve(bigint, int) TO kohi_approver;

-- ---------------------------------------------------------------- reading

-- Search in the caller's programmes: kana prefix, 受給者番号, date of birth, phone digits.
-- Keyset paging on (kana, id): pass the last row's values to get the next page.
CREATE FUNCTION kohi_api.recipient_search(p_kana text, p_number text, p_birth date, p_phone text,
                                          p_after_kana text, p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, recipient_number text, name text, kana text,
               birth_date date, sex smallint, municipality_code text, phone text, status text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
    lim int := least(greatest(coalesce(p_limit, 100), 1), 500);
    phone_digits text := nullif(regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g'), '');
    conditions text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF cardinality(kohi.caller_programmes()) = 0 THEN
        RAISE EXCEPTION '受給者を検索する権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- Only the given conditions go into the statement, and it is planned with the actual
    -- values (EXECUTE ... USING): a kana prefix becomes an index range on (programme, kana_key,
    -- id), and each programme is read in key order and merged, so a page costs ~LIMIT rows.
    conditions := concat_ws(' AND ',
        CASE WHEN p_kana IS NOT NULL THEN 'r.kana_key >= $1 AND r.kana_key < $1 || chr(1114111)' END,
        CASE WHEN p_number IS NOT NULL THEN 'r.recipient_number = $2' END,
        CASE WHEN p_birth IS NOT NULL THEN 'r.birth_date = $3' END,
        CASE WHEN phone_digits IS NOT NULL
             THEN 'regexp_replace(coalesce(r.phone, ), [^0-9], , ''g'') = $4' END,
        CASE WHEN p_after_id IS NOT NULL THEN '(r.kana_key, r.id) > ($5, $6)' END);
    RETURN QUERY EXECUTE format(
        'SELECT x.* FROM unnest($7) AS p(code), LATERAL ('
        '  SELECT r.id, r.programme, r.recipient_number, r.family_name || ''　'' || r.given_name,'
        '         r.kana_key, r.birth_date, r.sex, r.municipality_code, r.phone, r.status'
        '  FROM kohi.recipient r WHERE r.programme = p.code %s'
        '  ORDER BY r.kana_key, r.id LIMIT $8) x'
        ' ORDER BY x.kana_key, x.id LIMIT $8',
        CASE WHEN conditions = '' THEN '' ELSE 'AND ' || conditions END)
    USING p_kana COLLATE "C", p_number, p_birth, phone_digits, p_after_kana COLLATE "C", p_after_id,
          kohi.caller_programmes(), lim;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('recipient_search', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('kana', p_kana, 'number', p_number,
                           'birth', p_birth, 'phone', phone_digits, 'after_id', p_after_id,
                           'rows', n)));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.recipient_search(text, text, date, text, text, bigint, int)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;

CREATE FUNCTION kohi_api.recipient_get(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r kohi.recipient;
    result jsonb;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient WHERE id = p_id;  -- RLS: other groups' rows are invisible
    IF NOT FOUND THEN
        PERFORM kohi.audit('recipient_view', 'recipient:' || p_id, 'refused');
        RETURN NULL;
    END IF;
    result := kohi.recipient_json(r) || jsonb_build_object(
        'applications', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'id', a.id, 'kind', a.kind, 'state', a.state, 'received_date', a.received_date,
                'valid_from', a.valid_from, 'valid_to', a.valid_to, 'monthly_cap', a.monthly_cap,
                'income_tier', a.income_tier, 'special_case', a.special_case,
                'disease_code', a.disease_code, 'version', a.version,
                'return_reason', a.return_reason) ORDER BY a.id DESC), '[]')
            FROM kohi.application a WHERE a.recipient_id = r.id));
    PERFORM kohi.audit('recipient_view', 'recipient:' || p_id, 'ok', '{}', r.programme);
    RETURN result;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.recipient_get(bigint) TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;

CREATE FUNCTION kohi_api.recipient_history(p_id bigint)
RETURNS TABLE (changed_at timestamptz, changed_by text, approved_by text, application_id bigint,
               before jsonb, after jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('recipient_history', 'recipient:' || p_id, 'ok');
    RETURN QUERY SELECT h.changed_at, h.changed_by::text, h.approved_by::text, h.application_id,
                        h.before, h.after
                 FROM kohi.recipient_history h WHERE h.recipient_id = p_id ORDER BY h.id;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.recipient_history(bigint) TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;

-- One application with the recipient as it is now and as it would be after approval.
CREATE FUNCTION kohi_api.application_get(p_id bigint) RETURNS jsonb
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
        'mine', session_user IN (a.entered_by, a.last_changed_by));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_get(bigint) TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;

-- Applications by state, newest activity first (keyset on id). Approvers get every programme.
CREATE FUNCTION kohi_api.application_list(p_state text, p_programme text, p_kind text,
                                          p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, kind text, state text, recipient_id bigint,
               name text, kana text, received_date date, submitted_at timestamptz,
               entered_by text, last_changed_by text, mine boolean, version int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY
    SELECT a.id, a.programme, a.kind, a.state, a.recipient_id,
           r.family_name || '　' || r.given_name, r.family_name_kana || '　' || r.given_name_kana,
           a.received_date, a.submitted_at, a.entered_by::text, a.last_changed_by::text,
           session_user IN (a.entered_by, a.last_changed_by), a.version
    FROM kohi.application a JOIN kohi.recipient r ON r.id = a.recipient_id
    WHERE (p_state IS NULL OR a.state = p_state)
      AND (p_programme IS NULL OR a.programme = p_programme)
      AND (p_kind IS NULL OR a.kind = p_kind)
      AND (p_after_id IS NULL OR a.id < p_after_id)
    ORDER BY a.id DESC
    LIMIT least(greatest(coalesce(p_limit, 100), 1), 500);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('application_list', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('state', p_state, 'programme', p_programme,
                           'kind', p_kind, 'rows', n)));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.application_list(text, text, text, bigint, int)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
