-- Masters of benefit administration: 公費負担者番号 per programme, health centres, diseases,
-- income tiers and monthly co-payment caps — all data with effective dates, never constants.

CREATE TABLE kohi.public_payer (
    programme  text NOT NULL REFERENCES kohi.programme,
    number     text NOT NULL CHECK (number ~ '^[0-9]{8}$'),
    valid_from date NOT NULL,
    valid_to   date,
    PRIMARY KEY (programme, valid_from),
    CHECK (substr(number, 1, 2) = programme),
    CHECK (substr(number, 8, 1)::int = kohi.luhn_check_digit(substr(number, 1, 7)))
);
-- Osaka's real 実施機関番号 are UNCONFIRMED (REFERENCE §2): these are placeholders with valid
-- check digits that an administrator must correct before production.
INSERT INTO kohi.public_payer (programme, number, valid_from)
SELECT p, n || kohi.luhn_check_digit(n), date '2015-01-01'
FROM (VALUES ('54', '5427001'), ('52', '5227001'), ('17', '1727001')) v(p, n);

CREATE TABLE kohi.health_centre (
    code text PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO kohi.health_centre VALUES
    ('ikeda', '池田保健所'), ('ibaraki', '茨木保健所'), ('moriguchi', '守口保健所'),
    ('shijonawate', '四條畷保健所'), ('fujiidera', '藤井寺保健所'), ('tondabayashi', '富田林保健所'),
    ('izumi', '和泉保健所'), ('kishiwada', '岸和田保健所'), ('izumisano', '泉佐野保健所');

CREATE TABLE kohi.disease (
    programme   text NOT NULL REFERENCES kohi.programme,
    code        text NOT NULL,
    name        text NOT NULL,
    group_name  text,
    valid_from  date NOT NULL DEFAULT date '2015-01-01',
    valid_to    date,
    PRIMARY KEY (programme, code)
);
-- A small sample; the full lists are loaded from CSV (kohi-admin masters load-diseases).
INSERT INTO kohi.disease (programme, code, name, group_name) VALUES
    ('54', '001', '球脊髄性筋萎縮症', '神経・筋疾患'),
    ('54', '002', '筋萎縮性側索硬化症', '神経・筋疾患'),
    ('54', '006', 'パーキンソン病', '神経・筋疾患'),
    ('54', '013', '多発性硬化症／視神経脊髄炎', '神経・筋疾患'),
    ('54', '049', '全身性エリテマトーデス', '免疫疾患'),
    ('54', '096', 'クローン病', '消化器系疾患'),
    ('54', '097', '潰瘍性大腸炎', '消化器系疾患'),
    ('52', '01-001', '急性リンパ性白血病', '悪性新生物'),
    ('52', '04-010', '拡張型心筋症', '慢性心疾患'),
    ('52', '05-002', '1型糖尿病', '内分泌疾患'),
    ('17', 'R-001', '結核（療育の給付）', '療育医療');

CREATE TABLE kohi.income_tier (
    code     text PRIMARY KEY,
    label    text NOT NULL,
    sort_key int NOT NULL
);
INSERT INTO kohi.income_tier VALUES
    ('welfare', '生活保護', 1), ('low1', '低所得I', 2), ('low2', '低所得II', 3),
    ('general1', '一般所得I', 4), ('general2', '一般所得II', 5), ('upper', '上位所得', 6);

CREATE TABLE kohi.special_case (
    code  text PRIMARY KEY,
    label text NOT NULL
);
INSERT INTO kohi.special_case VALUES
    ('standard', '一般'), ('high_long', '高額かつ長期'), ('severe', '重症'),
    ('ventilator', '人工呼吸器等装着者'), ('mild_high', '軽症高額');

-- 自己負担上限月額 (REFERENCE §3). 17 (療育医療) has no table there: it follows 52 (UNCONFIRMED).
CREATE TABLE kohi.copay_cap (
    programme    text NOT NULL REFERENCES kohi.programme,
    income_tier  text NOT NULL REFERENCES kohi.income_tier,
    special_case text NOT NULL REFERENCES kohi.special_case,
    amount       int NOT NULL CHECK (amount >= 0),
    valid_from   date NOT NULL,
    valid_to     date,
    PRIMARY KEY (programme, income_tier, special_case, valid_from)
);
INSERT INTO kohi.copay_cap (programme, income_tier, special_case, amount, valid_from)
SELECT t.programme, t.tier, t.special, t.amount, date '2015-01-01'
FROM (VALUES
    ('54', 'welfare', 'standard', 0), ('54', 'welfare', 'high_long', 0), ('54', 'welfare', 'ventilator', 0),
    ('54', 'low1', 'standard', 2500), ('54', 'low1', 'high_long', 2500), ('54', 'low1', 'ventilator', 1000),
    ('54', 'low2', 'standard', 5000), ('54', 'low2', 'high_long', 5000), ('54', 'low2', 'ventilator', 1000),
    ('54', 'general1', 'standard', 10000), ('54', 'general1', 'high_long', 5000), ('54', 'general1', 'ventilator', 1000),
    ('54', 'general2', 'standard', 20000), ('54', 'general2', 'high_long', 10000), ('54', 'general2', 'ventilator', 1000),
    ('54', 'upper', 'standard', 30000), ('54', 'upper', 'high_long', 20000), ('54', 'upper', 'ventilator', 1000),
    ('52', 'welfare', 'standard', 0), ('52', 'welfare', 'severe', 0), ('52', 'welfare', 'ventilator', 0),
    ('52', 'low1', 'standard', 1250), ('52', 'low1', 'severe', 1250), ('52', 'low1', 'ventilator', 500),
    ('52', 'low2', 'standard', 2500), ('52', 'low2', 'severe', 2500), ('52', 'low2', 'ventilator', 500),
    ('52', 'general1', 'standard', 5000), ('52', 'general1', 'severe', 2500), ('52', 'general1', 'ventilator', 500),
    ('52', 'general2', 'standard', 10000), ('52', 'general2', 'severe', 5000), ('52', 'general2', 'ventilator', 500),
    ('52', 'upper', 'standard', 15000), ('52', 'upper', 'severe', 10000), ('52', 'upper', 'ventilator', 500)
) AS t(programme, tier, special, amount)
UNION ALL
SELECT '17', c.tier, c.special, c.amount, date '2015-01-01'
FROM (VALUES
    ('welfare', 'standard', 0), ('welfare', 'severe', 0), ('welfare', 'ventilator', 0),
    ('low1', 'standard', 1250), ('low1', 'severe', 1250), ('low1', 'ventilator', 500),
    ('low2', 'standard', 2500), ('low2', 'severe', 2500), ('low2', 'ventilator', 500),
    ('general1', 'standard', 5000), ('general1', 'severe', 2500), ('general1', 'ventilator', 500),
    ('general2', 'standard', 10000), ('general2', 'severe', 5000), ('general2', 'ventilator', 500),
    ('upper', 'standard', 15000), ('upper', 'severe', 10000), ('upper', 'ventilator', 500)
) AS c(tier, special, amount);

-- The monthly cap for a programme, tier and special case on a date. 軽症高額 is an eligibility
-- route for milder cases and pays the standard cap. NULL: no cap defined (an error for callers).
CREATE FUNCTION kohi.monthly_cap(p_programme text, p_tier text, p_special text, p_on date)
RETURNS int
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT amount FROM kohi.copay_cap
    WHERE programme = p_programme AND income_tier = p_tier
      AND special_case = CASE WHEN p_special = 'mild_high' THEN 'standard' ELSE p_special END
      AND valid_from <= p_on AND (valid_to IS NULL OR valid_to > p_on)
    ORDER BY valid_from DESC LIMIT 1
$$;

CREATE FUNCTION kohi_api.monthly_cap(p_programme text, p_tier text, p_special text, p_on date)
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    cap int;
BEGIN
    PERFORM kohi.assert_session_ok();
    cap := kohi.monthly_cap(p_programme, p_tier, p_special, p_on);
    PERFORM kohi.audit('monthly_cap', NULL, CASE WHEN cap IS NULL THEN 'refused' ELSE 'ok' END,
                       jsonb_build_object('tier', p_tier, 'special', p_special, 'on', p_on), p_programme);
    IF cap IS NULL THEN
        RAISE EXCEPTION 'この制度・所得区分・特例の組み合わせには上限月額が定められていません。'
            USING ERRCODE = '22023';
    END IF;
    RETURN cap;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.monthly_cap(text, text, text, date) TO kohi_staff;

-- Masters for the client's choice lists (no personal data).
CREATE FUNCTION kohi_api.masters(p_kind text)
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
    ELSE
        RAISE EXCEPTION '不明なマスタ「%」です。', p_kind USING ERRCODE = '22023';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.masters(text) TO kohi_staff;
