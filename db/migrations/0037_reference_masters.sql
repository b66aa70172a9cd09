-- Names beside codes, and the institutions (issue 16 finding 6 / deliver 4; issue 13 deliver 4).
--
-- * kohi.insurer: 保険者番号 → insurer name. Empty here: an administrator loads the insurers the
--   office deals with; the demo loads synthetic ones (kohi.generate_synthetic_masters()).
-- * kohi.postcode: 郵便番号 → 市町村 and 町域, each row naming its source. Empty here: the project
--   ships a clearly labelled synthetic table (db/masters/postcode_27_synthetic.csv) that demo
--   and test databases load; a production office loads 日本郵便's KEN_ALL for prefecture 27.
-- * kohi.medical_institution (指定医療機関) and kohi.designated_doctor (指定医), each with its
--   designation period (指定は6年ごとの更新制: at most six years). An application names one
--   institution and one doctor (kohi_api.application_designate); a designation that is not in
--   force cannot be chosen, nor submitted or approved later (trigger), each refusal recorded.
-- * Reads through kohi_api like the other master reads (kohi_api.masters: session check, one
--   'masters_read' event; no personal data in the event, not even the postcode looked up).
--
-- Re-created here: kohi_api.masters(text) (0012's body, plus the kinds 'municipality' and
-- 'insurer').

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ insurers
CREATE TABLE kohi.insurer (
    number    text PRIMARY KEY CHECK (kohi.valid_insurer_number(number)),
    name      text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kind      text NOT NULL CHECK (kind IN ('国民健康保険', '国民健康保険組合', '協会けんぽ',
                                            '健康保険組合', '共済組合', '後期高齢者医療', 'その他')),
    synthetic boolean NOT NULL DEFAULT false, -- demo data, never in production
    source    text NOT NULL                   -- where the row came from, and when
);

-- ------------------------------------------------------------------ postcodes
CREATE TABLE kohi.postcode (
    postcode          text NOT NULL CHECK (postcode ~ '^[0-9]{7}$'),
    municipality_code text NOT NULL REFERENCES kohi.municipality,
    town              text NOT NULL CHECK (length(town) <= 100), -- 町域; '' when the code is city-wide
    source            text NOT NULL, -- e.g. 「日本郵便 KEN_ALL 2026-11-28」 or 「合成（Kohi 2026-12-03）」
    PRIMARY KEY (postcode, municipality_code, town)
);

-- ------------------------------------------------------------------ designations
CREATE TABLE kohi.medical_institution (
    code            text PRIMARY KEY CHECK (code ~ '^[0-9]{10}$'), -- 医療機関コード (10 digits)
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kind            text NOT NULL CHECK (kind IN ('病院', '診療所', '薬局', '訪問看護事業者')),
    address         text NOT NULL DEFAULT '',
    programmes      text[] NOT NULL CHECK (programmes <@ ARRAY['54', '52', '17'] AND cardinality(programmes) > 0),
    designated_from date NOT NULL,
    designated_to   date NOT NULL,
    synthetic       boolean NOT NULL DEFAULT false,
    -- 指定医療機関の指定は6年ごとに更新: one designation period is at most six years.
    CHECK (designated_to >= designated_from AND designated_to < designated_from + interval '6 years')
);

CREATE TABLE kohi.designated_doctor (
    code             text PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z-]{1,20}$'), -- 指定医番号
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    kind             text NOT NULL DEFAULT '指定医' CHECK (kind IN ('指定医', '協力難病指定医')),
    institution_code text NOT NULL REFERENCES kohi.medical_institution,
    programmes       text[] NOT NULL CHECK (programmes <@ ARRAY['54', '52', '17'] AND cardinality(programmes) > 0),
    designated_from  date NOT NULL,
    designated_to    date NOT NULL,
    synthetic        boolean NOT NULL DEFAULT false,
    CHECK (designated_to >= designated_from AND designated_to < designated_from + interval '6 years')
);

ALTER TABLE kohi.application
    ADD COLUMN institution_code text REFERENCES kohi.medical_institution,
    ADD COLUMN doctor_code text REFERENCES kohi.designated_doctor;

-- Why this institution / doctor cannot be named on an application of the programme on the date
-- (NULL: they can; NULL codes: nothing named).
CREATE FUNCTION kohi.designation_problem(p_institution text, p_doctor text, p_programme text,
                                         p_on date) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    i kohi.medical_institution;
    d kohi.designated_doctor;
BEGIN
    IF p_institution IS NOT NULL THEN
        SELECT * INTO i FROM kohi.medical_institution x WHERE x.code = p_institution;
        IF NOT FOUND THEN
            RETURN format('指定医療機関コード「%s」は登録されていません。', p_institution);
        ELSIF NOT (p_programme = ANY (i.programmes)) THEN
            RETURN format('%sはこの制度（法別%s）の指定医療機関ではありません。', i.name, p_programme);
        ELSIF p_on < i.designated_from THEN
            RETURN format('%sの指定は%sからです（まだ指定されていません）。', i.name, i.designated_from);
        ELSIF p_on > i.designated_to THEN
            RETURN format('%sの指定期間は%sで終了しています。指定の更新を確認してください。',
                          i.name, i.designated_to);
        END IF;
    END IF;
    IF p_doctor IS NOT NULL THEN
        SELECT * INTO d FROM kohi.designated_doctor x WHERE x.code = p_doctor;
        IF NOT FOUND THEN
            RETURN format('指定医番号「%s」は登録されていません。', p_doctor);
        ELSIF NOT (p_programme = ANY (d.programmes)) THEN
            RETURN format('%s医師はこの制度（法別%s）の指定医ではありません。', d.name, p_programme);
        ELSIF p_on < d.designated_from THEN
            RETURN format('%s医師の指定は%sからです（まだ指定されていません）。', d.name, d.designated_from);
        ELSIF p_on > d.designated_to THEN
            RETURN format('%s医師の指定医の指定期間は%sで終了しています。', d.name, d.designated_to);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- A designation that lapsed after it was chosen stops the application at 提出 and at 承認 (the
-- certificate would name an institution that may no longer be paid), recorded durably.
CREATE FUNCTION kohi.application_designation_in_force() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    why text;
BEGIN
    why := kohi.designation_problem(NEW.institution_code, NEW.doctor_code, NEW.programme, current_date);
    IF why IS NOT NULL THEN
        PERFORM kohi.key_refuse(CASE NEW.state WHEN 'approved' THEN 'application_approve'
                                               ELSE 'application_submit' END,
                                'application:' || NEW.id, 'designation_not_in_force', why, '22023');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER application_designation_in_force
    BEFORE UPDATE OF state ON kohi.application
    FOR EACH ROW WHEN (NEW.state IN ('submitted', 'approved') AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION kohi.application_designation_in_force();

-- ------------------------------------------------------------------ masters (0012, re-created)
-- 0012's body, plus 'municipality' (code → name, group: kind) and 'insurer' (number → name,
-- group: kind). No personal data.
CREATE OR REPLACE FUNCTION kohi_api.masters(p_kind text)
RETURNS TABLE (programme text, code text, label text, group_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('masters_read', p_kind, 'ok');
    IF p_kind = 'disease' THEN
        RETURN QUERY SELECT d.programme, d.code, d.name, d.group_name FROM kohi.disease d
                     WHERE (d.programme = ANY (kohi.caller_programmes())
                            OR pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
                       AND (d.valid_to IS NULL OR d.valid_to > current_date)
                     ORDER BY d.programme, d.code;
    ELSIF p_kind = 'income_tier' THEN
        RETURN QUERY SELECT NULL::text, t.code, t.label, NULL::text FROM kohi.income_tier t ORDER BY t.sort_key;
    ELSIF p_kind = 'special_case' THEN
        RETURN QUERY SELECT NULL::text, s.code, s.label, NULL::text FROM kohi.special_case s;
    ELSIF p_kind = 'health_centre' THEN
        RETURN QUERY SELECT NULL::text, h.code, h.name, NULL::text FROM kohi.health_centre h ORDER BY h.name;
    ELSIF p_kind = 'municipality' THEN
        RETURN QUERY SELECT NULL::text, m.code, m.name, m.kind FROM kohi.municipality m ORDER BY m.code;
    ELSIF p_kind = 'insurer' THEN
        RETURN QUERY SELECT NULL::text, i.number, i.name, i.kind FROM kohi.insurer i ORDER BY i.number;
    ELSE
        RAISE EXCEPTION '不明なマスタ「%」です。', p_kind USING ERRCODE = '22023';
    END IF;
END
$$;

-- ------------------------------------------------------------------ postcode lookup
-- The towns of a postcode (normally one row; a few codes span several towns). Nothing found: no
-- rows (the clerk types the address). A malformed postcode is refused and recorded.
CREATE FUNCTION kohi_api.postcode_lookup(p_postcode text)
RETURNS TABLE (postcode text, municipality_code text, municipality_name text, town text,
               address text, source text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    digits text := replace(coalesce(p_postcode, ''), '-', '');
BEGIN
    PERFORM kohi.assert_session_ok();
    IF digits !~ '^[0-9]{7}$' THEN
        PERFORM kohi.audit('masters_read', 'postcode', 'refused', jsonb_build_object('reason', 'format'));
        RAISE EXCEPTION '郵便番号は7桁の数字で指定してください（例: 596-0001）。' USING ERRCODE = '22023';
    END IF;
    -- The postcode itself stays out of the event: it is part of someone's address.
    PERFORM kohi.audit('masters_read', 'postcode', 'ok');
    RETURN QUERY
        SELECT p.postcode, m.code, m.name, p.town, '大阪府' || m.name || p.town, p.source
        FROM kohi.postcode p JOIN kohi.municipality m ON m.code = p.municipality_code
        WHERE p.postcode = digits
        ORDER BY m.code, p.town;
END
$$;

-- ------------------------------------------------------------------ designations
-- Every institution and doctor with its designation period; `in_force` on p_on (NULL: today).
-- The client offers only those in force for the application's programme; the certificate names
-- any of them (an old certificate keeps its institution).
CREATE FUNCTION kohi_api.designations(p_on date)
RETURNS TABLE (kind text, code text, name text, detail text, institution_code text,
               programmes text[], designated_from date, designated_to date, in_force boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    on_date date := coalesce(p_on, current_date);
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('masters_read', 'designation', 'ok', jsonb_build_object('on', on_date));
    RETURN QUERY
        SELECT 'institution'::text, i.code, i.name, i.kind || '　' || i.address, i.code,
               i.programmes, i.designated_from, i.designated_to,
               on_date BETWEEN i.designated_from AND i.designated_to
        FROM kohi.medical_institution i
        UNION ALL
        SELECT 'doctor'::text, d.code, d.name, i.name, d.institution_code,
               d.programmes, d.designated_from, d.designated_to,
               on_date BETWEEN d.designated_from AND d.designated_to
        FROM kohi.designated_doctor d JOIN kohi.medical_institution i ON i.code = d.institution_code
        ORDER BY 1 DESC, 2;
END
$$;

-- Names the 指定医療機関 and 指定医 of a draft or returned application (NULL: none). Only the
-- clerks of its programme, only at the current version; a designation not in force today is
-- refused and recorded. Returns the new version.
CREATE FUNCTION kohi_api.application_designate(p_id bigint, p_version int, p_institution text,
                                               p_doctor text) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
    why text;
    target text := 'application:' || p_id;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO a FROM kohi.application x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT (a.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.key_refuse('application_designate', target, 'not_found',
                                '申請が見つかりません（担当外の制度の申請は変更できません）。', '42501');
    END IF;
    IF a.state NOT IN ('draft', 'returned') THEN
        PERFORM kohi.key_refuse('application_designate', target, 'state',
                                format('提出済みまたは承認済みの申請は変更できません（状態: %s）。', a.state),
                                '55000');
    END IF;
    IF a.version IS DISTINCT FROM p_version THEN
        PERFORM kohi.key_refuse('application_designate', target, 'version',
                                'この申請は他の職員が更新しました。画面を開き直してください。', '40001');
    END IF;
    -- An expired (or not yet valid, unknown, other programme's) designation cannot be chosen.
    why := kohi.designation_problem(nullif(p_institution, ''), nullif(p_doctor, ''), a.programme,
                                    current_date);
    IF why IS NOT NULL THEN
        PERFORM kohi.key_refuse('application_designate', target, 'designation', why, '22023');
    END IF;
    UPDATE kohi.application x
    SET institution_code = nullif(p_institution, ''), doctor_code = nullif(p_doctor, ''),
        last_changed_by = session_user, version = x.version + 1
    WHERE x.id = a.id RETURNING * INTO a;
    PERFORM kohi.audit('application_designate', target, 'ok',
                       jsonb_build_object('institution', a.institution_code, 'doctor', a.doctor_code),
                       a.programme);
    RETURN a.version;
END
$$;

-- ------------------------------------------------------------------ demo data
-- Synthetic insurers, institutions and doctors so that the demo shows names. Idempotent;
-- refused in production. One institution and one doctor have an expired designation (the
-- entry form shows them as not selectable).
CREATE FUNCTION kohi.generate_synthetic_masters() RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int := 0;
    k int;
    src constant text := '合成（Kohi デモ用、2026-12-03）';
BEGIN
    IF (SELECT kind FROM kohi.environment) = 'production' THEN
        RAISE EXCEPTION '本番環境には合成データを投入できません。' USING ERRCODE = '42501';
    END IF;
    -- 国民健康保険 of the municipalities the demo recipients live in: 6 digits, synthetic
    -- numbers (27 + 3 digits + check digit); other kinds: 8 digits.
    INSERT INTO kohi.insurer (number, name, kind, synthetic, source)
    SELECT '27' || s || kohi.luhn_check_digit('27' || s), m.name || '国民健康保険（合成）',
           '国民健康保険', true, src
    FROM (SELECT lpad((100 + row_number() OVER (ORDER BY code))::text, 3, '0') AS s, name
          FROM kohi.municipality WHERE kind <> '政令市') m
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS k = ROW_COUNT;
    n := n + k;
    INSERT INTO kohi.insurer (number, name, kind, synthetic, source)
    SELECT v.s || kohi.luhn_check_digit(v.s), v.name, v.kind, true, src
    FROM (VALUES ('0127001', '全国健康保険協会 大阪支部（デモ）', '協会けんぽ'),
                 ('0627900', '合成電機健康保険組合', '健康保険組合'),
                 ('0627901', '合成商事健康保険組合', '健康保険組合'),
                 ('3127900', '合成府職員共済組合', '共済組合'),
                 ('3927001', '大阪府後期高齢者医療広域連合（デモ）', '後期高齢者医療')) AS v(s, name, kind)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS k = ROW_COUNT;
    n := n + k;
    INSERT INTO kohi.medical_institution (code, name, kind, address, programmes, designated_from,
                                          designated_to, synthetic)
    VALUES ('2710100011', '合成府立岸和田総合病院', '病院', '大阪府岸和田市合成町1-1', ARRAY['54', '52', '17'],
            date '2022-04-01', date '2028-03-31', true),
           ('2710100029', '合成池田記念病院', '病院', '大阪府池田市合成町2-3', ARRAY['54', '52'],
            date '2021-10-01', date '2027-09-30', true),
           ('2710100037', '合成茨木大学医学部附属病院', '病院', '大阪府茨木市合成町5-7', ARRAY['54', '52', '17'],
            date '2024-04-01', date '2030-03-31', true),
           ('2710100045', '合成富田林内科クリニック', '診療所', '大阪府富田林市合成町3-2', ARRAY['54'],
            date '2023-01-01', date '2028-12-31', true),
           ('2740100013', '合成和泉中央薬局', '薬局', '大阪府和泉市合成町8-8', ARRAY['54', '52'],
            date '2022-07-01', date '2028-06-30', true),
           ('2760100017', '合成訪問看護ステーション守口', '訪問看護事業者', '大阪府守口市合成町4-4', ARRAY['54'],
            date '2024-10-01', date '2030-09-30', true),
           -- expired: designated 2019-04-01 for six years, not renewed
           ('2710100052', '合成貝塚旧市民病院', '病院', '大阪府貝塚市合成町9-1', ARRAY['54', '52'],
            date '2019-04-01', date '2025-03-31', true)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS k = ROW_COUNT;
    n := n + k;
    INSERT INTO kohi.designated_doctor (code, name, kind, institution_code, programmes,
                                        designated_from, designated_to, synthetic)
    VALUES ('D27-0001', '合成 一郎', '指定医', '2710100011', ARRAY['54', '52'], date '2022-04-01', date '2028-03-31', true),
           ('D27-0002', '合成 二美', '指定医', '2710100011', ARRAY['54'], date '2023-06-01', date '2029-05-31', true),
           ('D27-0003', '試験 三郎', '指定医', '2710100029', ARRAY['54', '52'], date '2021-10-01', date '2027-09-30', true),
           ('D27-0004', '見本 四子', '指定医', '2710100037', ARRAY['54', '52', '17'], date '2024-04-01', date '2030-03-31', true),
           ('D27-0005', '模擬 五郎', '協力難病指定医', '2710100045', ARRAY['54'], date '2023-01-01', date '2028-12-31', true),
           -- expired
           ('D27-0006', '旧指定 六郎', '指定医', '2710100052', ARRAY['54', '52'], date '2019-04-01', date '2025-03-31', true)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS k = ROW_COUNT;
    n := n + k;
    RETURN n;
END
$$;

-- Loads postcode rows (a JSON array of {postcode, municipality_code, town}) under one source
-- label; rows already present are kept. Run by an administrator (kohi-admin), not by staff.
CREATE FUNCTION kohi.postcode_load(p_rows jsonb, p_source text) RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    k int;
BEGIN
    IF coalesce(trim(p_source), '') = '' THEN
        RAISE EXCEPTION '郵便番号データの出典と日付を指定してください。' USING ERRCODE = '22023';
    END IF;
    INSERT INTO kohi.postcode (postcode, municipality_code, town, source)
    SELECT r->>'postcode', r->>'municipality_code', coalesce(r->>'town', ''), p_source
    FROM jsonb_array_elements(p_rows) r
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS k = ROW_COUNT;
    RETURN k;
END
$$;

REVOKE ALL ON FUNCTION kohi.designation_problem(text, text, text, date),
    kohi.application_designation_in_force(), kohi.generate_synthetic_masters(),
    kohi.postcode_load(jsonb, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.postcode_lookup(text), kohi_api.designations(date),
    kohi_api.application_designate(bigint, int, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.postcode_lookup(text) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.designations(date)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.application_designate(bigint, int, text, text)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
