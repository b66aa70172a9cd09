-- Households, tiers and date rules from the law (issue 13, deliverables 1 and 3).
--
-- 1. The 支給認定基準世帯 (kohi.household, kohi.household_member). The server derives the
--    所得区分 (Osaka: 階層区分) from its members and the rule table kohi.tier_rule (effective
--    dates, per programme), and the monthly cap from kohi.copay_cap (0012). Who counts: members
--    on the same health insurance as the patient; under 被用者保険 only the insured person
--    (被保険者), under 国民健康保険/後期高齢者医療 every member on it (難病法施行令 第1条,
--    児童福祉法施行令 第22条: 支給認定基準世帯員). A household on 生活保護 is 生活保護; a household
--    whose counted members are all 市町村民税非課税 is 低所得I/II by 年収 (80万円 boundary, in the
--    rule table); otherwise the sum of the counted members' 所得割 picks the row.
--    Every write of an application goes through the trigger kohi.application_assess: it stores
--    the computation (members counted, 所得割 sum, boundary, table row), the computed tier, the
--    cap before and after 按分, and sets income_tier to the computed one unless the application
--    carries an override reason (tier_override_reason) — no write path can store a tier or a
--    cap the server did not compute, except an override that says why and is shown to the
--    approver (application_get: assessment.override).
--    按分 (several recipients in one household): the household's cap is the highest of their
--    caps, and each recipient pays it in proportion to their own cap:
--        cap_i' = max(cap) × cap_i / Σ cap   (rounded down to the unit in setting
--        copay_apportion_rounding_yen, 10 by default: 十円未満切捨て, UNCONFIRMED)
--    (難病法施行令 第1条第1項 / 児童福祉法施行令 第22条第1項 and the 実施要綱's 按分: "世帯内で
--    最も高い負担上限月額を、各対象患者の負担上限月額の比で按分"; 30,000/10,000 -> 22,500/7,500).
--    難病 and 小慢 recipients of one household share it; a recipient the clerk cannot see (the
--    other programme, another authority such as 大阪市) is entered as a member with their cap
--    (other_recipient_cap). A change of the household or of one recipient's application
--    recomputes every open application of the household (kohi.household_recompute); approved
--    ones are never rewritten (a change application is needed; household_get flags them).
--    Maker-checker (0021) covers it: every login that wrote the household is kept
--    (kohi.household_editor) and may not decide an application linked to it; entering monthly
--    cost records of a recipient likewise (kohi.monthly_cost.editors).
-- 3. Date rules: a backdated start (遡り) is anchored to the 診断年月日 (new column
--    diagnosis_date): not before it, at most one month before receipt (three with a reason),
--    never before 2023-10-01, only for new applications, 疾病追加/変更 (a change application whose
--    disease differs from the certification in force) and 軽症高額; the period ends within one
--    year of receipt (or of a later start), so with a backdate it may run to 1年3月.
--    Monthly 医療費総額 (kohi.monthly_cost, from the 自己負担上限額管理票) decide 高額かつ長期
--    (not on a new application; 6 months over 50,000 yen in the 12 months up to the application
--    month, counting only months after certification) and 軽症高額 (3 months over 33,330 yen).
--    Thresholds are settings. Problems block submission; the submission's refusal is recorded
--    durably with its problems before it is raised.
--
-- Re-created here (lead: reconcile with other branches): kohi_api.application_save (0013),
-- kohi_api.application_submit (0013), kohi_api.application_get (0021), kohi.application_problems
-- (0013), kohi.application_from_form (0013), kohi.application_maker_reason (0021),
-- kohi.lock_for_decision (0021), kohi.audit_is_change (0022).

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ settings
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('copay_apportion_rounding_yen', 10, 1, 100,
     '世帯内按分後の上限月額の端数処理の単位（円、切り捨て）'),
    ('household_required', 0, 0, 1,
     '申請の提出に支給認定基準世帯の登録を必須とする（1: 必須、0: 任意。任意の間は世帯のない申請の所得区分は手入力）'),
    ('high_long_cost_yen', 50000, 1, 10000000,
     '「高額かつ長期」の基準となる月の医療費総額（円、この額を超える月を数える）'),
    ('high_long_months', 6, 1, 12, '「高額かつ長期」に必要な月数（12か月以内）'),
    ('mild_high_cost_yen', 33330, 1, 10000000,
     '「軽症高額」の基準となる月の医療費総額（円、この額を超える月を数える）'),
    ('mild_high_months', 3, 1, 12, '「軽症高額」に必要な月数（12か月以内）');

-- ------------------------------------------------------------------ rule table
-- Which tier a household falls in, by programme and date. basis 'levy': the sum of 所得割 of
-- the counted members, in [lower_bound, upper_bound); basis 'exempt_income': all counted members
-- 非課税, the 年収 (難病: the patient's; 小慢: the guardians') in [lower_bound, upper_bound).
CREATE TABLE kohi.tier_rule (
    programme    text NOT NULL REFERENCES kohi.programme,
    income_tier  text NOT NULL REFERENCES kohi.income_tier,
    basis        text NOT NULL CHECK (basis IN ('levy', 'exempt_income')),
    lower_bound  int NOT NULL CHECK (lower_bound >= 0),
    upper_bound  int CHECK (upper_bound > lower_bound),
    valid_from   date NOT NULL,
    valid_to     date,
    PRIMARY KEY (programme, income_tier, valid_from)
);
REVOKE ALL ON kohi.tier_rule FROM PUBLIC;
-- REFERENCE §3: 低所得I ≤ 80万 < 低所得II; 一般所得I < 7.1万 ≤ 一般所得II < 25.1万 ≤ 上位所得.
INSERT INTO kohi.tier_rule (programme, income_tier, basis, lower_bound, upper_bound, valid_from)
SELECT p, t, b, lo, hi, date '2015-01-01'
FROM (VALUES ('54'), ('52')) AS pr(p),
     (VALUES ('low1', 'exempt_income', 0, 800001), ('low2', 'exempt_income', 800001, NULL),
             ('general1', 'levy', 0, 71000), ('general2', 'levy', 71000, 251000),
             ('upper', 'levy', 251000, NULL)) AS r(t, b, lo, hi);

-- ------------------------------------------------------------------ the household
CREATE TABLE kohi.household (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme      text NOT NULL REFERENCES kohi.programme,
    name           text NOT NULL,                 -- how clerks find it (e.g. 世帯主の氏名)
    insurance_kind text NOT NULL CHECK (insurance_kind IN ('nhi', 'employee')),
    insurer_number text CHECK (insurer_number ~ '^([0-9]{6}|[0-9]{8})$'),
    welfare        boolean NOT NULL DEFAULT false, -- 生活保護
    version        int NOT NULL DEFAULT 1,
    created_by     name NOT NULL DEFAULT session_user,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     name NOT NULL DEFAULT session_user,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX household_name_idx ON kohi.household (programme, name, id);

CREATE TABLE kohi.household_member (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id        bigint NOT NULL REFERENCES kohi.household ON DELETE CASCADE,
    programme           text NOT NULL,
    position            int NOT NULL,
    name                text NOT NULL,
    relationship        text NOT NULL DEFAULT '',
    role                text NOT NULL CHECK (role IN ('patient', 'guardian', 'other')),
    recipient_id        bigint REFERENCES kohi.recipient,
    same_insurance      boolean NOT NULL,          -- on the patient's health insurance
    insured             boolean NOT NULL,          -- 被保険者本人 (not a dependant)
    tax_exempt          boolean NOT NULL,          -- 市町村民税非課税
    income_levy         int NOT NULL DEFAULT 0 CHECK (income_levy BETWEEN 0 AND 100000000),
    annual_income       int CHECK (annual_income BETWEEN 0 AND 1000000000),
    other_recipient_cap int CHECK (other_recipient_cap BETWEEN 0 AND 1000000),
    UNIQUE (household_id, position)
);
CREATE INDEX household_member_household_idx ON kohi.household_member (household_id);

ALTER TABLE kohi.application
    ADD COLUMN household_id bigint REFERENCES kohi.household,
    ADD COLUMN diagnosis_date date,
    ADD COLUMN tier_override_reason text,
    ADD COLUMN computed_tier text REFERENCES kohi.income_tier,
    ADD COLUMN base_cap int,
    ADD COLUMN assessment jsonb;
CREATE INDEX application_household_idx ON kohi.application (household_id) WHERE household_id IS NOT NULL;

CREATE TABLE kohi.household_editor (
    household_id bigint NOT NULL REFERENCES kohi.household ON DELETE CASCADE,
    login        name NOT NULL,
    first_at     timestamptz NOT NULL DEFAULT now(),
    last_at      timestamptz NOT NULL DEFAULT now(),
    writes       int NOT NULL DEFAULT 1,
    PRIMARY KEY (household_id, login)
);
REVOKE ALL ON kohi.household_editor FROM PUBLIC;

-- 医療費総額 per month of a recipient, as the 自己負担上限額管理票 shows it.
CREATE TABLE kohi.monthly_cost (
    recipient_id bigint NOT NULL REFERENCES kohi.recipient,
    programme    text NOT NULL,
    month        date NOT NULL CHECK (month = date_trunc('month', month)::date),
    total_cost   int NOT NULL CHECK (total_cost BETWEEN 0 AND 100000000),
    editors      name[] NOT NULL DEFAULT ARRAY[session_user],
    entered_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (recipient_id, month)
);

-- RLS: clerks see their programmes' households and costs; an approver those of the recipients
-- whose applications they decide (the 0021 scope).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['household', 'household_member', 'monthly_cost'] LOOP
        EXECUTE format('ALTER TABLE kohi.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE kohi.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;
CREATE POLICY household_programme_group ON kohi.household
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.application a
                           WHERE a.household_id = household.id)))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
CREATE POLICY household_member_programme_group ON kohi.household_member
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.application a
                           WHERE a.household_id = household_member.household_id)))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
CREATE POLICY monthly_cost_programme_group ON kohi.monthly_cost
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
               AND EXISTS (SELECT FROM kohi.decision_scope s
                           WHERE s.recipient_id = monthly_cost.recipient_id
                             AND (s.state = 'submitted' OR s.decided_by = session_user))))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));

-- Every write of the household or its members makes session_user its editor (any path).
CREATE FUNCTION kohi.household_record_editor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r jsonb;
    h bigint;
BEGIN
    r := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    h := (CASE WHEN TG_TABLE_NAME = 'household' THEN r->>'id' ELSE r->>'household_id' END)::bigint;
    INSERT INTO kohi.household_editor AS e (household_id, login)
    VALUES (h, session_user)
    ON CONFLICT (household_id, login) DO UPDATE SET last_at = now(), writes = e.writes + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.household_record_editor() FROM PUBLIC;
CREATE TRIGGER household_editor AFTER INSERT OR UPDATE ON kohi.household
    FOR EACH ROW EXECUTE FUNCTION kohi.household_record_editor();
CREATE TRIGGER household_member_editor AFTER INSERT OR UPDATE OR DELETE ON kohi.household_member
    FOR EACH ROW EXECUTE FUNCTION kohi.household_record_editor();

CREATE FUNCTION kohi.monthly_cost_record_editor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT session_user = ANY (OLD.editors) THEN
        NEW.editors := OLD.editors || session_user;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.editors := ARRAY[session_user];
    ELSE
        NEW.editors := OLD.editors;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.monthly_cost_record_editor() FROM PUBLIC;
CREATE TRIGGER monthly_cost_editor BEFORE INSERT OR UPDATE ON kohi.monthly_cost
    FOR EACH ROW EXECUTE FUNCTION kohi.monthly_cost_record_editor();

-- ------------------------------------------------------------------ the computation
CREATE FUNCTION kohi.tier_label(p_code text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT label FROM kohi.income_tier WHERE code = p_code
$$;

-- The tier of household p_household for an application of p_programme / p_recipient on p_on,
-- with how it was reached (shown to the clerk and the approver).
CREATE FUNCTION kohi.household_tier(p_household bigint, p_programme text, p_recipient bigint,
                                    p_on date) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    h kohi.household;
    counted jsonb;
    levy_sum bigint;
    all_exempt boolean;
    n_counted int;
    income bigint;
    income_basis text;
    rule kohi.tier_rule;
    amount bigint;
BEGIN
    SELECT * INTO h FROM kohi.household WHERE id = p_household;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    -- 支給認定基準世帯員: on the patient's insurance; under 被用者保険 the insured person only.
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'position', m.position, 'name', m.name, 'relationship', m.relationship,
               'counted', m.same_insurance AND (h.insurance_kind = 'nhi' OR m.insured),
               'why', CASE WHEN NOT m.same_insurance THEN '別の医療保険'
                           WHEN h.insurance_kind = 'employee' AND NOT m.insured THEN '被扶養者'
                           ELSE '支給認定基準世帯員' END,
               'tax_exempt', m.tax_exempt, 'income_levy', m.income_levy,
               'annual_income', m.annual_income) ORDER BY m.position), '[]'),
           coalesce(sum(m.income_levy) FILTER (WHERE m.same_insurance
                                               AND (h.insurance_kind = 'nhi' OR m.insured)), 0),
           coalesce(bool_and(m.tax_exempt) FILTER (WHERE m.same_insurance
                                                   AND (h.insurance_kind = 'nhi' OR m.insured)), false),
           count(*) FILTER (WHERE m.same_insurance AND (h.insurance_kind = 'nhi' OR m.insured))
      INTO counted, levy_sum, all_exempt, n_counted
    FROM kohi.household_member m WHERE m.household_id = p_household;
    IF h.welfare THEN
        RETURN jsonb_build_object('tier', 'welfare', 'tier_label', kohi.tier_label('welfare'),
                                  'basis', 'welfare', 'members', counted,
                                  'explanation', '生活保護受給世帯');
    END IF;
    IF n_counted = 0 THEN
        RETURN jsonb_build_object('tier', NULL, 'members', counted,
                                  'explanation', '支給認定基準世帯員がいません（患者と同じ医療保険の世帯員を入力してください）。');
    END IF;
    IF all_exempt THEN
        -- 年収: 難病 the patient's own; 小慢 the guardians' (保護者の年収).
        IF p_programme = '52' THEN
            SELECT sum(m.annual_income), '保護者の年収' INTO income, income_basis
            FROM kohi.household_member m
            WHERE m.household_id = p_household AND m.role = 'guardian';
        ELSE
            SELECT m.annual_income, '本人の年収' INTO income, income_basis
            FROM kohi.household_member m
            WHERE m.household_id = p_household AND m.role = 'patient'
            ORDER BY (m.recipient_id IS NOT DISTINCT FROM p_recipient) DESC, m.position LIMIT 1;
        END IF;
        IF income IS NULL THEN
            RETURN jsonb_build_object('tier', NULL, 'members', counted, 'basis', 'exempt_income',
                                      'explanation', '市町村民税非課税世帯です。' || coalesce(income_basis, '本人の年収') || 'を入力してください。');
        END IF;
        amount := income;
        SELECT * INTO rule FROM kohi.tier_rule r
        WHERE r.programme = p_programme AND r.basis = 'exempt_income'
          AND r.valid_from <= p_on AND (r.valid_to IS NULL OR r.valid_to > p_on)
          AND amount >= r.lower_bound AND (r.upper_bound IS NULL OR amount < r.upper_bound)
        ORDER BY r.valid_from DESC LIMIT 1;
    ELSE
        amount := levy_sum;
        income_basis := '所得割の合計';
        SELECT * INTO rule FROM kohi.tier_rule r
        WHERE r.programme = p_programme AND r.basis = 'levy'
          AND r.valid_from <= p_on AND (r.valid_to IS NULL OR r.valid_to > p_on)
          AND amount >= r.lower_bound AND (r.upper_bound IS NULL OR amount < r.upper_bound)
        ORDER BY r.valid_from DESC LIMIT 1;
    END IF;
    IF rule.income_tier IS NULL THEN
        RETURN jsonb_build_object('tier', NULL, 'members', counted,
                                  'explanation', '該当する区分の基準表がありません（' || p_on || '時点）。');
    END IF;
    RETURN jsonb_build_object(
        'tier', rule.income_tier, 'tier_label', kohi.tier_label(rule.income_tier),
        'basis', rule.basis, 'amount', amount, 'amount_label', income_basis,
        'members', counted,
        'rule', jsonb_build_object('programme', rule.programme, 'lower_bound', rule.lower_bound,
                                   'upper_bound', rule.upper_bound, 'valid_from', rule.valid_from),
        'explanation', format('%s %s円 は %s円以上%s → %s', income_basis,
                              to_char(amount, 'FM999,999,999,990'),
                              to_char(rule.lower_bound, 'FM999,999,999,990'),
                              CASE WHEN rule.upper_bound IS NULL THEN ''
                                   ELSE to_char(rule.upper_bound, 'FM999,999,999,990') || '円未満' END,
                              kohi.tier_label(rule.income_tier)));
END
$$;

-- The cap of one application before 按分: its tier (computed, or the override with a reason).
CREATE FUNCTION kohi.application_base(a kohi.application) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    on_date date := coalesce(a.valid_from, a.received_date);
    computed jsonb;
    tier text;
BEGIN
    IF a.household_id IS NOT NULL THEN
        computed := kohi.household_tier(a.household_id, a.programme, a.recipient_id, on_date);
    END IF;
    tier := CASE WHEN a.household_id IS NULL OR coalesce(btrim(a.tier_override_reason), '') <> ''
                 THEN a.income_tier ELSE computed->>'tier' END;
    RETURN jsonb_build_object('computed', computed, 'tier', tier,
                              'cap', CASE WHEN tier IS NOT NULL
                                          THEN kohi.monthly_cap(a.programme, tier, a.special_case, on_date) END);
END
$$;

-- The whole assessment of an application: base, the household's recipients and the 按分.
CREATE FUNCTION kohi.application_assessment(a kohi.application) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    base jsonb := kohi.application_base(a);
    shares jsonb;
    top bigint;
    total bigint;
    unit int := greatest(coalesce(kohi.setting_value('copay_apportion_rounding_yen'), 10), 1);
    own int := (base->>'cap')::int;
    apportioned int;
BEGIN
    IF a.household_id IS NULL OR own IS NULL THEN
        RETURN base || jsonb_build_object('apportioned', own, 'shares', '[]'::jsonb);
    END IF;
    -- The household's other recipients: each one's latest live application (open, or approved
    -- and still in force), and recipients of other programmes/authorities entered as members.
    WITH live AS (
        SELECT DISTINCT ON (x.recipient_id) x AS app
        FROM kohi.application x
        WHERE x.household_id = a.household_id AND x.recipient_id <> a.recipient_id
          AND (x.state IN ('draft', 'submitted', 'returned')
               OR (x.state = 'approved' AND coalesce(x.valid_to, 'infinity') >= current_date))
        ORDER BY x.recipient_id, x.id DESC),
    caps AS (
        SELECT 'recipient:' || (l.app).recipient_id AS who, (l.app).programme AS programme,
               CASE WHEN (l.app).state = 'approved' THEN (l.app).base_cap
                    ELSE (kohi.application_base(l.app)->>'cap')::int END AS cap
        FROM live l
        UNION ALL
        -- Recipients of another programme or authority, entered with their cap.
        SELECT 'member:' || m.position, NULL, m.other_recipient_cap
        FROM kohi.household_member m
        WHERE m.household_id = a.household_id AND m.other_recipient_cap IS NOT NULL
          AND m.recipient_id IS NULL
        UNION ALL
        SELECT 'recipient:' || a.recipient_id, a.programme, own)
    SELECT jsonb_agg(jsonb_build_object('who', c.who, 'programme', c.programme, 'cap', c.cap)
                     ORDER BY c.who),
           max(c.cap), sum(c.cap)
      INTO shares, top, total
    FROM caps c WHERE c.cap IS NOT NULL;
    IF jsonb_array_length(shares) < 2 OR total = 0 THEN
        apportioned := own;
    ELSE
        -- 按分: max(cap) × own / Σ cap, rounded down to the unit (see the header).
        apportioned := ((top * own / total) / unit * unit)::int;
    END IF;
    RETURN base || jsonb_build_object('apportioned', apportioned, 'shares', shares,
                                      'household_cap', top, 'cap_sum', total,
                                      'rounding_yen', unit);
END
$$;

-- The wall: every write of an application stores what the server computed.
CREATE FUNCTION kohi.application_assess() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    x jsonb;
BEGIN
    -- A decided application is never recomputed, and a decision (submitted -> approved or
    -- returned) keeps what the approver saw.
    IF TG_OP = 'UPDATE' AND (OLD.state = 'approved'
                             OR (NEW.state IS DISTINCT FROM OLD.state
                                 AND NEW.state IN ('approved', 'returned'))) THEN
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
REVOKE ALL ON FUNCTION kohi.application_assess() FROM PUBLIC;
CREATE TRIGGER application_assess BEFORE INSERT OR UPDATE ON kohi.application
    FOR EACH ROW EXECUTE FUNCTION kohi.application_assess();

-- Recomputes every open application of a household whose tier or cap changed (a write, so the
-- caller becomes an editor of each, and a submitted one's version moves on: an approver holding
-- the old figures must reopen it). Returns how many changed.
CREATE FUNCTION kohi.household_recompute(p_household bigint) RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int := 0;
    a kohi.application;
    x jsonb;
BEGIN
    IF p_household IS NULL THEN
        RETURN 0;
    END IF;
    FOR a IN SELECT * FROM kohi.application WHERE household_id = p_household
               AND state IN ('draft', 'submitted', 'returned') ORDER BY id FOR UPDATE LOOP
        x := kohi.application_assessment(a);
        IF (x->>'apportioned')::int IS DISTINCT FROM a.monthly_cap
           OR (x->'computed'->>'tier') IS DISTINCT FROM a.computed_tier
           OR (x->>'cap')::int IS DISTINCT FROM a.base_cap THEN
            UPDATE kohi.application SET version = version + 1, last_changed_by = session_user
            WHERE id = a.id;
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION kohi.household_recompute(bigint) FROM PUBLIC;

-- ------------------------------------------------------------------ monthly cost counts
-- Months over p_threshold in the 12 months up to p_month (the application month), from
-- p_since's month on (NULL: any).
CREATE FUNCTION kohi.cost_months(p_recipient bigint, p_month date, p_threshold int, p_since date)
RETURNS int
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT count(*)::int FROM kohi.monthly_cost c
    WHERE c.recipient_id = p_recipient
      AND c.month > (date_trunc('month', p_month) - interval '12 months')::date
      AND c.month <= date_trunc('month', p_month)::date
      AND (p_since IS NULL OR c.month >= date_trunc('month', p_since)::date)
      AND c.total_cost > p_threshold
$$;

-- The first day of the recipient's certification (the earliest approved application), or NULL.
CREATE FUNCTION kohi.certified_since(p_recipient bigint) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT min(a.valid_from) FROM kohi.application a
    WHERE a.recipient_id = p_recipient AND a.state = 'approved'
$$;

CREATE FUNCTION kohi.cost_counts(a kohi.application) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT jsonb_build_object(
        'window_from', (date_trunc('month', a.received_date) - interval '11 months')::date,
        'window_to', date_trunc('month', a.received_date)::date,
        'certified_since', kohi.certified_since(a.recipient_id),
        'high_long_months', kohi.cost_months(a.recipient_id, a.received_date,
                                             kohi.setting_value('high_long_cost_yen'),
                                             coalesce(kohi.certified_since(a.recipient_id), 'infinity')),
        'high_long_required', kohi.setting_value('high_long_months'),
        'high_long_cost_yen', kohi.setting_value('high_long_cost_yen'),
        'mild_high_months', kohi.cost_months(a.recipient_id, a.received_date,
                                             kohi.setting_value('mild_high_cost_yen'), NULL),
        'mild_high_required', kohi.setting_value('mild_high_months'),
        'mild_high_cost_yen', kohi.setting_value('mild_high_cost_yen'))
$$;

-- ------------------------------------------------------------------ problems (0013, re-created)
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

-- ------------------------------------------------------------------ the form (0013, re-created)
CREATE OR REPLACE FUNCTION kohi.application_from_form(a kohi.application, f jsonb) RETURNS kohi.application
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
    a.diagnosis_date := coalesce((f->>'diagnosis_date')::date, a.diagnosis_date);
    -- household_id: a number links, 0 unlinks, absent keeps.
    IF f ? 'household_id' AND coalesce(f->>'household_id', '') !~ '^[0-9]{1,18}$' THEN
        RAISE EXCEPTION '支給認定基準世帯の指定が正しくありません。' USING ERRCODE = '22023';
    END IF;
    IF f ? 'household_id' THEN
        a.household_id := nullif((f->>'household_id')::bigint, 0);
    END IF;
    IF f ? 'tier_override_reason' THEN
        a.tier_override_reason := nullif(btrim(f->>'tier_override_reason'), '');
    END IF;
    RETURN a;
END
$$;

-- The form's application keys (kept out of a change application's proposed identity).
CREATE FUNCTION kohi.application_form_keys() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT ARRAY['received_date', 'health_centre', 'documents', 'disease_code', 'income_tier',
                 'special_case', 'household_members', 'household_recipients', 'valid_from',
                 'valid_to', 'backdate_reason', 'diagnosis_date', 'household_id',
                 'tier_override_reason']
$$;

-- Before a save: the household must be one the clerk may use, and a hand-picked tier that
-- differs from the computed one needs a reason. Refusals are recorded, then raised.
CREATE FUNCTION kohi.check_application_household(a kohi.application, f jsonb, p_action text)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    h kohi.household;
    computed jsonb;
BEGIN
    IF a.household_id IS NULL THEN
        RETURN;
    END IF;
    -- RLS: own programmes only. FOR UPDATE: saves of one household's applications (and of the
    -- household) take turns, so each 按分 is computed from what the others committed.
    SELECT * INTO h FROM kohi.household WHERE id = a.household_id FOR UPDATE;
    -- Same programme only: every clerk who computes the 按分 must see the same recipients
    -- (a recipient of the other programme is entered as a member with their cap).
    IF NOT FOUND OR NOT (h.programme = ANY (kohi.caller_programmes())) OR h.programme <> a.programme THEN
        PERFORM kohi.audit(p_action, 'household:' || a.household_id, 'refused',
                           jsonb_build_object('reason', 'household_not_found'), a.programme);
        RAISE EXCEPTION '指定した支給認定基準世帯が見つかりません（担当の制度の世帯だけを指定できます）。'
            USING ERRCODE = '22023';
    END IF;
    IF a.tier_override_reason IS NULL AND nullif(f->>'income_tier', '') IS NOT NULL THEN
        computed := kohi.household_tier(a.household_id, a.programme, a.recipient_id,
                                        coalesce(a.valid_from, a.received_date));
        IF (computed->>'tier') IS DISTINCT FROM (f->>'income_tier') THEN
            PERFORM kohi.audit(p_action, 'household:' || a.household_id, 'refused',
                               jsonb_build_object('reason', 'tier_without_reason',
                                                  'entered', f->>'income_tier',
                                                  'computed', computed->>'tier'), a.programme);
            RAISE EXCEPTION '所得区分は世帯の所得割などから算定されます（算定結果: %）。別の区分にする場合は、変更の理由を入力してください。',
                coalesce(computed->>'tier_label', '算定できません') USING ERRCODE = '22023';
        END IF;
    END IF;
END
$$;

-- ------------------------------------------------------------------ save (0013, re-created)
-- 0013's body, plus: the household link, 診断年月日 and the override reason; the tier and the
-- cap come from the trigger (kohi.application_assess); the household's other applications are
-- recomputed after the write.
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

-- ------------------------------------------------------------------ submit (0013, re-created)
-- 0013's body; a refusal is recorded durably with its problems before it is raised.
CREATE OR REPLACE FUNCTION kohi_api.application_submit(p_id bigint, p_version int) RETURNS int
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
        PERFORM kohi.audit('application_submit', 'application:' || p_id, 'refused',
                           jsonb_build_object('reason', 'problems', 'problems', to_jsonb(problems)),
                           a.programme);
        RAISE EXCEPTION '%', array_to_string(problems, E'\n') USING ERRCODE = '22023';
    END IF;
    UPDATE kohi.application SET state = 'submitted', submitted_at = now(), version = version + 1,
        return_reason = NULL
    WHERE id = p_id RETURNING version INTO a.version;
    PERFORM kohi.audit('application_submit', 'application:' || p_id, 'ok', '{}', a.programme);
    RETURN a.version;
END
$$;

-- ------------------------------------------------------------------ maker-checker (0021, re-created)
-- 0021's reasons, plus household_entry (wrote the household the application is linked to) and
-- cost_entry (entered or changed a monthly 医療費総額 of the recipient).
CREATE OR REPLACE FUNCTION kohi.application_maker_reason(p_app kohi.application, p_login name) RETURNS text
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
        WHEN p_app.household_id IS NOT NULL
             AND EXISTS (SELECT FROM kohi.household_editor e
                         WHERE e.household_id = p_app.household_id AND e.login = p_login)
            THEN 'household_entry'
        WHEN EXISTS (SELECT FROM kohi.monthly_cost c
                     WHERE c.recipient_id = p_app.recipient_id AND p_login = ANY (c.editors))
            THEN 'cost_entry'
    END
$$;

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
    reason := kohi.application_maker_reason(a, session_user);
    IF reason IS NOT NULL THEN
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
    ELSIF reason = 'household_entry' THEN
        RAISE EXCEPTION 'この申請の支給認定基準世帯（世帯員・所得割）を入力または変更しているため、この申請は承認・差戻しできません。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    ELSIF reason = 'cost_entry' THEN
        RAISE EXCEPTION 'この受給者の月ごとの医療費総額を入力または変更しているため、この申請は承認・差戻しできません。別の承認者に依頼してください。'
            USING ERRCODE = '42501';
    ELSIF reason IS NOT NULL THEN
        RAISE EXCEPTION 'この申請は承認・差戻しできません（%）。別の承認者に依頼してください。', reason
            USING ERRCODE = '42501';
    END IF;
    RETURN a;
END
$$;

-- ------------------------------------------------------------------ get (0021, re-created)
-- 0021's body plus the assessment (the computation, the override and its reason, the 按分),
-- the household and the month counts, so that clerk and approver see the same figures.
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
                    FROM kohi.application_editor e WHERE e.application_id = a.id),
        'override', CASE WHEN a.tier_override_reason IS NOT NULL THEN jsonb_build_object(
                        'computed_tier', a.computed_tier,
                        'computed_label', kohi.tier_label(a.computed_tier),
                        'chosen_tier', a.income_tier, 'chosen_label', kohi.tier_label(a.income_tier),
                        'reason', a.tier_override_reason) END,
        'household_name', (SELECT h.name FROM kohi.household h WHERE h.id = a.household_id),
        'cost_counts', kohi.cost_counts(a));
END
$$;

-- ------------------------------------------------------------------ household API
-- Saves a household with its members (the list replaces the old one) and recomputes the 按分
-- of every open application linked to it. Bad input is refused (recorded) and changes nothing.
CREATE FUNCTION kohi_api.household_save(p_id bigint, p_version int, p_programme text, p_household jsonb)
RETURNS TABLE (id bigint, version int, recomputed int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    h kohi.household;
    m jsonb;
    pos int := 0;
    problem text;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_id IS NULL THEN
        PERFORM kohi.assert_clerk_of(p_programme);
    ELSE
        SELECT * INTO h FROM kohi.household x WHERE x.id = p_id FOR UPDATE;  -- RLS
        IF NOT FOUND OR NOT (h.programme = ANY (kohi.caller_programmes())) THEN
            PERFORM kohi.audit('household_save', 'household:' || p_id, 'refused',
                               jsonb_build_object('reason', 'not_found'), p_programme);
            RAISE EXCEPTION '支給認定基準世帯が見つかりません。' USING ERRCODE = '22023';
        END IF;
        IF h.version <> p_version THEN
            RAISE EXCEPTION 'この世帯は他の職員が更新しました。画面を開き直してください。' USING ERRCODE = '40001';
        END IF;
    END IF;
    -- Validation first: nothing is written unless all of it is right.
    problem := CASE
        WHEN p_household IS NULL OR jsonb_typeof(p_household) <> 'object' THEN '世帯の内容がありません。'
        WHEN coalesce(btrim(p_household->>'name'), '') = '' THEN '世帯の名前（世帯主の氏名など）を入力してください。'
        WHEN length(p_household->>'name') > 100 THEN '世帯の名前は100文字以内で入力してください。'
        WHEN coalesce(jsonb_typeof(p_household->'welfare'), 'boolean') NOT IN ('boolean', 'null')
            THEN '生活保護の有無は はい／いいえ で指定してください。'
        WHEN coalesce(p_household->>'insurance_kind', '') NOT IN ('nhi', 'employee')
            THEN '医療保険の種類（国民健康保険・後期高齢者医療／被用者保険）を選択してください。'
        WHEN nullif(p_household->>'insurer_number', '') IS NOT NULL
             AND NOT kohi.valid_insurer_number(p_household->>'insurer_number')
            THEN '保険者番号のチェックデジットが一致しません。'
        WHEN jsonb_typeof(p_household->'members') IS DISTINCT FROM 'array'
             OR jsonb_array_length(p_household->'members') = 0 THEN '世帯員を1人以上入力してください。'
        WHEN jsonb_array_length(p_household->'members') > 20 THEN '世帯員は20人までです。'
    END;
    IF problem IS NULL THEN
        FOR m IN SELECT * FROM jsonb_array_elements(p_household->'members') LOOP
            pos := pos + 1;
            problem := CASE
                WHEN jsonb_typeof(m) <> 'object' THEN format('%s人目の世帯員の内容が正しくありません。', pos)
                WHEN coalesce(btrim(m->>'name'), '') = '' THEN format('%s人目の世帯員の氏名を入力してください。', pos)
                WHEN coalesce(jsonb_typeof(m->'same_insurance'), 'boolean') NOT IN ('boolean', 'null')
                     OR coalesce(jsonb_typeof(m->'insured'), 'boolean') NOT IN ('boolean', 'null')
                     OR coalesce(jsonb_typeof(m->'tax_exempt'), 'boolean') NOT IN ('boolean', 'null')
                    THEN format('%s人目の世帯員の「同じ医療保険」「被保険者本人」「非課税」は はい／いいえ で指定してください。', pos)
                WHEN coalesce(m->>'recipient_id', '') !~ '^([0-9]{1,18})?$'
                    THEN format('%s人目の世帯員の受給者の指定が正しくありません。', pos)
                WHEN length(m->>'name') > 100 OR length(coalesce(m->>'relationship', '')) > 50
                    THEN format('%s人目の世帯員の氏名または続柄が長すぎます。', pos)
                WHEN coalesce(m->>'role', '') NOT IN ('patient', 'guardian', 'other')
                    THEN format('%s人目の世帯員の続柄区分（患者・保護者・その他）を選択してください。', pos)
                WHEN coalesce(m->>'income_levy', '0') !~ '^[0-9]{1,9}$'
                    THEN format('%s人目の世帯員の所得割額は0以上の整数（円）で入力してください。', pos)
                WHEN (m->>'income_levy')::bigint > 100000000
                    THEN format('%s人目の世帯員の所得割額が大きすぎます。', pos)
                WHEN coalesce(m->>'annual_income', '0') !~ '^[0-9]{1,10}$'
                     OR coalesce(m->>'annual_income', '0')::bigint > 1000000000
                    THEN format('%s人目の世帯員の年収は0以上の整数（円）で入力してください。', pos)
                WHEN coalesce(m->>'other_recipient_cap', '0') !~ '^[0-9]{1,7}$'
                     OR coalesce(m->>'other_recipient_cap', '0')::int > 1000000
                    THEN format('%s人目の世帯員の他制度の上限月額は0以上の整数（円）で入力してください。', pos)
                WHEN coalesce((m->>'tax_exempt')::boolean, false) AND coalesce((m->>'income_levy')::bigint, 0) > 0
                    THEN format('%s人目の世帯員は市町村民税非課税なのに所得割額が入力されています。', pos)
                WHEN nullif(m->>'recipient_id', '') IS NOT NULL AND NOT EXISTS (
                        SELECT FROM kohi.recipient x WHERE x.id = (m->>'recipient_id')::bigint
                          AND x.programme = ANY (kohi.caller_programmes()))
                    THEN format('%s人目の世帯員の受給者が見つかりません。', pos)
            END;
            EXIT WHEN problem IS NOT NULL;
        END LOOP;
    END IF;
    IF problem IS NULL AND (SELECT count(*) FROM jsonb_array_elements(p_household->'members') x
                            WHERE x->>'role' = 'patient') = 0 THEN
        problem := '患者（受給者となる人）を世帯員に含めてください。';
    END IF;
    IF problem IS NOT NULL THEN
        PERFORM kohi.audit('household_save', CASE WHEN p_id IS NOT NULL THEN 'household:' || p_id END,
                           'refused', jsonb_build_object('reason', 'invalid', 'message', problem),
                           coalesce(h.programme, p_programme));
        RAISE EXCEPTION '%', problem USING ERRCODE = '22023';
    END IF;
    IF p_id IS NULL THEN
        INSERT INTO kohi.household (programme, name, insurance_kind, insurer_number, welfare)
        VALUES (p_programme, btrim(p_household->>'name'), p_household->>'insurance_kind',
                nullif(p_household->>'insurer_number', ''),
                coalesce((p_household->>'welfare')::boolean, false))
        RETURNING * INTO h;
    ELSE
        UPDATE kohi.household x SET name = btrim(p_household->>'name'),
            insurance_kind = p_household->>'insurance_kind',
            insurer_number = nullif(p_household->>'insurer_number', ''),
            welfare = coalesce((p_household->>'welfare')::boolean, false),
            version = x.version + 1, updated_by = session_user, updated_at = now()
        WHERE x.id = p_id RETURNING * INTO h;
        DELETE FROM kohi.household_member x WHERE x.household_id = h.id;
    END IF;
    INSERT INTO kohi.household_member (household_id, programme, position, name, relationship,
        role, recipient_id, same_insurance, insured, tax_exempt, income_levy, annual_income,
        other_recipient_cap)
    SELECT h.id, h.programme, e.ord::int, btrim(e.m->>'name'), coalesce(btrim(e.m->>'relationship'), ''),
           e.m->>'role', nullif(e.m->>'recipient_id', '')::bigint,
           coalesce((e.m->>'same_insurance')::boolean, true),
           coalesce((e.m->>'insured')::boolean, false),
           coalesce((e.m->>'tax_exempt')::boolean, false),
           coalesce((e.m->>'income_levy')::int, 0),
           nullif(e.m->>'annual_income', '')::int,
           nullif(e.m->>'other_recipient_cap', '')::int
    FROM jsonb_array_elements(p_household->'members') WITH ORDINALITY AS e(m, ord);
    n := kohi.household_recompute(h.id);
    PERFORM kohi.audit('household_save', 'household:' || h.id, 'ok',
                       jsonb_build_object('members', jsonb_array_length(p_household->'members'),
                                          'recomputed', n), h.programme);
    RETURN QUERY SELECT h.id, h.version, n;
END
$$;

-- A household with its members, the tier computation for its programme, and the recipients
-- linked to it with their caps before and after 按分 (approved ones flagged when the 按分 they
-- were certified with no longer matches).
CREATE FUNCTION kohi_api.household_get(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    h kohi.household;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO h FROM kohi.household WHERE id = p_id;  -- RLS: other groups' are invisible
    IF NOT FOUND THEN
        PERFORM kohi.audit('household_view', 'household:' || p_id, 'refused');
        RETURN NULL;
    END IF;
    PERFORM kohi.audit('household_view', 'household:' || p_id, 'ok', '{}', h.programme);
    RETURN to_jsonb(h) || jsonb_build_object(
        'members', (SELECT coalesce(jsonb_agg(to_jsonb(m) - 'household_id' - 'programme'
                                              ORDER BY m.position), '[]')
                    FROM kohi.household_member m WHERE m.household_id = h.id),
        'computation', kohi.household_tier(h.id, h.programme, NULL, current_date),
        'applications', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'id', a.id, 'recipient_id', a.recipient_id, 'state', a.state, 'kind', a.kind,
                'name', r.family_name || '　' || r.given_name,
                'special_case', a.special_case, 'income_tier', a.income_tier,
                'special_label', (SELECT s.label FROM kohi.special_case s WHERE s.code = a.special_case),
                'tier_label', kohi.tier_label(a.income_tier),
                'computed_tier', a.computed_tier, 'base_cap', a.base_cap,
                'monthly_cap', a.monthly_cap,
                'stale', a.state = 'approved'
                         AND (kohi.application_assessment(a)->>'apportioned')::int
                             IS DISTINCT FROM a.monthly_cap) ORDER BY a.id), '[]')
            FROM kohi.application a JOIN kohi.recipient r ON r.id = a.recipient_id
            WHERE a.household_id = h.id
              AND (a.state IN ('draft', 'submitted', 'returned')
                   OR (a.state = 'approved' AND coalesce(a.valid_to, 'infinity') >= current_date))));
END
$$;

-- Households of the caller's programmes by name prefix (for linking an application).
CREATE FUNCTION kohi_api.household_list(p_programme text, p_name text, p_limit int)
RETURNS TABLE (id bigint, programme text, name text, members int, version int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY
    SELECT h.id, h.programme, h.name,
           (SELECT count(*)::int FROM kohi.household_member m WHERE m.household_id = h.id), h.version
    FROM kohi.household h
    WHERE h.programme = ANY (kohi.caller_programmes())
      AND (p_programme IS NULL OR h.programme = p_programme)
      AND (p_name IS NULL OR h.name LIKE replace(replace(replace(p_name, '\', '\\'), '%', '\%'), '_', '\_') || '%')
    ORDER BY h.name, h.id
    LIMIT least(greatest(coalesce(p_limit, 50), 1), 200);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('household_list', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('programme', p_programme,
                                                            'name', p_name, 'rows', n)));
END
$$;

-- ------------------------------------------------------------------ monthly cost API
CREATE FUNCTION kohi_api.monthly_cost_save(p_recipient_id bigint, p_month date, p_total int)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r kohi.recipient;
    problem text;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;  -- RLS
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.audit('monthly_cost_save', 'recipient:' || p_recipient_id, 'refused',
                           jsonb_build_object('reason', 'not_found'));
        RAISE EXCEPTION '対象の受給者が見つかりません。' USING ERRCODE = '22023';
    END IF;
    problem := CASE
        WHEN p_month IS NULL THEN '医療費の年月を入力してください。'
        WHEN p_month > current_date THEN '医療費の年月に未来の月は入力できません。'
        WHEN p_month < date '2015-01-01' THEN '医療費の年月が古すぎます（2015年1月以降）。'
        WHEN p_total IS NULL OR p_total < 0 THEN '医療費総額は0円以上で入力してください。'
        WHEN p_total > 100000000 THEN '医療費総額が大きすぎます（1億円以下）。'
    END;
    IF problem IS NOT NULL THEN
        PERFORM kohi.audit('monthly_cost_save', 'recipient:' || p_recipient_id, 'refused',
                           jsonb_build_object('reason', 'invalid', 'message', problem), r.programme);
        RAISE EXCEPTION '%', problem USING ERRCODE = '22023';
    END IF;
    INSERT INTO kohi.monthly_cost AS c (recipient_id, programme, month, total_cost)
    VALUES (r.id, r.programme, date_trunc('month', p_month)::date, p_total)
    ON CONFLICT (recipient_id, month) DO UPDATE SET total_cost = EXCLUDED.total_cost,
        entered_at = now();
    -- Open applications of the recipient are judged on the new figures: a new version, so an
    -- approver holding the old one must reopen it (and the enterer becomes its editor).
    UPDATE kohi.application a SET version = a.version + 1, last_changed_by = session_user
    WHERE a.recipient_id = r.id AND a.state IN ('draft', 'submitted', 'returned')
      AND a.special_case IN ('high_long', 'mild_high');
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('monthly_cost_save', 'recipient:' || r.id, 'ok',
                       jsonb_build_object('month', date_trunc('month', p_month)::date,
                                          'total', p_total, 'applications', n), r.programme);
END
$$;

CREATE FUNCTION kohi_api.monthly_cost_list(p_recipient_id bigint)
RETURNS TABLE (month date, total_cost int, over_high_long boolean, over_mild_high boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY
    SELECT c.month, c.total_cost, c.total_cost > kohi.setting_value('high_long_cost_yen'),
           c.total_cost > kohi.setting_value('mild_high_cost_yen')
    FROM kohi.monthly_cost c WHERE c.recipient_id = p_recipient_id ORDER BY c.month;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('monthly_cost_list', 'recipient:' || p_recipient_id, 'ok',
                       jsonb_build_object('rows', n));
END
$$;

-- ------------------------------------------------------------------ the access log (0022, re-created)
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
    'application_approve',
    'household_save', 'monthly_cost_save',
    'juki_inquiry_create', 'juki_import', 'juki_review_resolve',
    'terminal_register', 'terminal_revoke',
    'monitor_rule_set', 'monitor_acknowledge', 'office_holiday_add', 'office_holiday_remove',
    'environment_set', 'audit_retention_purge');

-- ------------------------------------------------------------------ grants
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi'::regnamespace
               AND p.proname IN ('tier_label', 'household_tier', 'application_base',
                                 'application_assessment', 'household_recompute', 'cost_months',
                                 'certified_since', 'cost_counts', 'application_form_keys',
                                 'check_application_household') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kohi_api.household_save(bigint, int, text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.household_get(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.household_list(text, text, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.monthly_cost_save(bigint, date, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.monthly_cost_list(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.household_save(bigint, int, text, jsonb) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.household_get(bigint) TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.household_list(text, text, int) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.monthly_cost_save(bigint, date, int) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.monthly_cost_list(bigint) TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
