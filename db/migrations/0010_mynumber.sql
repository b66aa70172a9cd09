-- My Number protection (audit findings 3 and 9): numbers are sealed on the clerk's terminal to
-- the My Number public key and arrive here only as envelopes; the server sees the plaintext only
-- as a bind parameter, long enough to validate the check digit and compute the keyed duplicate
-- hash, and stores neither. Clerks can never read an envelope or a hash. A viewer gets an
-- envelope and their own wrapped private key, never a plaintext, and every reveal is logged in
-- the same transaction with its reason. Municipality and person-role rules refuse numbers the
-- prefecture must not hold.
--
-- Envelope (core/crypto/README.md, scheme v1) of a normalised 12-digit number: 89 bytes,
--   0x01 || key id (16) || ephemeral public key (32) || nonce (12) || ciphertext (12) || tag (16)
-- sealed with associated data AssociatedData::forField("recipient", <recipient_id>,
-- "mynumber:<person_role>:<seal_ref>") (db/MyNumberRepository.cpp), so an envelope moved to
-- another recipient, role or row does not open.
-- Wrapped private key (KeyWrapper v1): 105 bytes, key id at bytes 30..45 (1-based).
--
-- Key ids appear in access-log details as colon-separated hex ("F3:5E:…"): the log redacts any
-- run of 12 digits, which a plain hex string can contain.

-- ------------------------------------------------------------------ municipality master
-- Osaka Prefecture's municipalities (地方公共団体コード, 6 digits with check digit). Codes other
-- than 大阪市 271004, 堺市 271403 and 豊中市 272035 are computed from the 5-digit codes and are
-- UNCONFIRMED (confirmed = false) until an administrator checks them against the official list.
CREATE TABLE kohi.municipality (
    code      text PRIMARY KEY
              CHECK (CASE WHEN code ~ '^[0-9]{6}$'
                          THEN substr(code, 6, 1)::int = kohi.lgcode_check_digit(substr(code, 1, 5))
                          ELSE false END),
    name      text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('政令市', '中核市', '市', '町', '村')),
    confirmed boolean NOT NULL DEFAULT false,  -- code checked against the official code list
    note      text
);
INSERT INTO kohi.municipality (code, name, kind, confirmed)
SELECT c5 || kohi.lgcode_check_digit(c5), name, kind, c5 IN ('27100', '27140', '27203')
FROM (VALUES
    ('27100', '大阪市', '政令市'), ('27140', '堺市', '政令市'),
    ('27202', '岸和田市', '市'), ('27203', '豊中市', '中核市'), ('27204', '池田市', '市'),
    ('27205', '吹田市', '中核市'), ('27206', '泉大津市', '市'), ('27207', '高槻市', '中核市'),
    ('27208', '貝塚市', '市'), ('27209', '守口市', '市'), ('27210', '枚方市', '中核市'),
    ('27211', '茨木市', '市'), ('27212', '八尾市', '中核市'), ('27213', '泉佐野市', '市'),
    ('27214', '富田林市', '市'), ('27215', '寝屋川市', '中核市'), ('27216', '河内長野市', '市'),
    ('27217', '松原市', '市'), ('27218', '大東市', '市'), ('27219', '和泉市', '市'),
    ('27220', '箕面市', '市'), ('27221', '柏原市', '市'), ('27222', '羽曳野市', '市'),
    ('27223', '門真市', '市'), ('27224', '摂津市', '市'), ('27225', '高石市', '市'),
    ('27226', '藤井寺市', '市'), ('27227', '東大阪市', '中核市'), ('27228', '泉南市', '市'),
    ('27229', '四條畷市', '市'), ('27230', '交野市', '市'), ('27231', '大阪狭山市', '市'),
    ('27232', '阪南市', '市'),
    ('27301', '島本町', '町'), ('27321', '豊能町', '町'), ('27322', '能勢町', '町'),
    ('27341', '忠岡町', '町'), ('27361', '熊取町', '町'), ('27362', '田尻町', '町'),
    ('27366', '岬町', '町'), ('27381', '太子町', '町'), ('27382', '河南町', '町'),
    ('27383', '千早赤阪村', '村')) AS v(c5, name, kind);

-- Programmes the prefecture does NOT administer for a municipality's residents, as of a date:
-- the city is the 実施主体 from valid_from (inclusive) until valid_to (exclusive, NULL = open).
-- A move to 中核市 takes effect on 1 April; the prefecture's certificates end that day, so an
-- application dated 31 March is still the prefecture's and one dated 1 April is not.
CREATE TABLE kohi.municipality_not_served (
    municipality_code text NOT NULL REFERENCES kohi.municipality,
    programme         text NOT NULL REFERENCES kohi.programme,
    valid_from        date NOT NULL DEFAULT '-infinity',
    valid_to          date,
    confirmed         boolean NOT NULL DEFAULT false,  -- the date was checked against a source
    note              text,
    PRIMARY KEY (municipality_code, programme, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
-- REFERENCE.md §1. 大阪市 and 堺市: "always, both programmes". (§1 also says both have issued
-- their own 指定難病 certificates since 2018-04-01; an earlier prefectural 54 certificate would
-- have ended by now, so its number is not one the prefecture may hold today either.)
-- 中核市: 小児慢性 (52) and 療育医療 (17) only. Where REFERENCE gives only the year, 1 April of
-- that year is assumed: UNCONFIRMED.
INSERT INTO kohi.municipality_not_served (municipality_code, programme, valid_from, confirmed, note)
SELECT m.code, p.programme, v.since, v.confirmed, v.note
FROM (VALUES
    ('271004', '-infinity'::date, true, NULL),
    ('271403', '-infinity'::date, true, NULL)) AS v(code, since, confirmed, note)
JOIN kohi.municipality m ON m.code = v.code
CROSS JOIN (VALUES ('54'), ('52'), ('17')) AS p(programme);
INSERT INTO kohi.municipality_not_served (municipality_code, programme, valid_from, confirmed, note)
SELECT v.code, p.programme, v.since, v.confirmed, v.note
FROM (VALUES
    ('272078', date '2003-04-01', false, '高槻市: 2003年（4月1日は推定）UNCONFIRMED'),
    ('272272', date '2005-04-01', false, '東大阪市: 2005年（4月1日は推定）UNCONFIRMED'),
    ('272035', date '2012-04-01', false, '豊中市: 2012年（4月1日は推定）UNCONFIRMED'),
    ('272108', date '2014-04-01', false, '枚方市: 2014年（4月1日は推定）UNCONFIRMED'),
    ('272124', date '2018-04-01', true, '八尾市'),
    ('272159', date '2019-04-01', true, '寝屋川市'),
    ('272051', date '2020-04-01', true, '吹田市')) AS v(code, since, confirmed, note)
CROSS JOIN (VALUES ('52'), ('17')) AS p(programme);

-- ------------------------------------------------------------------ whose numbers are collected
-- REFERENCE §4: 難病 collects the patient's, the guardian's of a minor patient and the
-- certification household members' numbers; 小児慢性 (and 療育医療, administered alike) the
-- patient's and the guardian's. Data, so an administrator can correct it.
CREATE TABLE kohi.mynumber_person_rule (
    programme   text NOT NULL REFERENCES kohi.programme,
    person_role text NOT NULL CHECK (person_role IN ('patient', 'guardian', 'household')),
    minors_only boolean NOT NULL DEFAULT false,  -- only while the patient is a minor
    PRIMARY KEY (programme, person_role)
);
INSERT INTO kohi.mynumber_person_rule VALUES
    ('54', 'patient', false), ('54', 'guardian', true), ('54', 'household', false),
    ('52', 'patient', false), ('52', 'guardian', false),
    ('17', 'patient', false), ('17', 'guardian', false);

CREATE FUNCTION kohi.person_role_label(p_role text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_role WHEN 'patient' THEN '本人（受診者）' WHEN 'guardian' THEN '保護者'
                       WHEN 'household' THEN '世帯員' END
$$;

-- Minor on a date: under 18 from 2022-04-01 (民法改正), under 20 before.
CREATE FUNCTION kohi.is_minor(p_birth date, p_on date) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_on < p_birth + make_interval(years => CASE WHEN p_on >= date '2022-04-01' THEN 18 ELSE 20 END)
$$;

-- How far back an application date may lie: the municipality rules are evaluated as of that
-- date, so an unbounded date would let anyone step around them.
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('mynumber_backdate_days', 366, 0, 36500,
     '個人番号登録時の申請日として認める過去の日数（市町村の管轄はこの日付で判定）');

-- ------------------------------------------------------------------ refusal rules
-- Why a number of this role may not be held for this recipient as of this date (code and
-- Japanese message), or no row. The one definition used by register and eligibility.
CREATE FUNCTION kohi.mynumber_refusal(p_recipient kohi.recipient, p_role text, p_on date)
RETURNS TABLE (code text, message text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    m kohi.municipality;
    rule kohi.mynumber_person_rule;
    prog text := (SELECT name FROM kohi.programme WHERE programme.code = p_recipient.programme);
BEGIN
    SELECT * INTO m FROM kohi.municipality WHERE municipality.code = p_recipient.municipality_code;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'municipality_unknown'::text,
            format('受給者の市区町村コード（%s）が市区町村マスタにありません。システム管理者に登録を依頼してください。',
                   p_recipient.municipality_code);
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM kohi.municipality_not_served x
               WHERE x.municipality_code = m.code AND x.programme = p_recipient.programme
                 AND x.valid_from <= p_on AND (x.valid_to IS NULL OR p_on < x.valid_to)) THEN
        RETURN QUERY SELECT 'municipality'::text,
            format('%sの住民の個人番号は府では保有できません（%sが実施主体です）。', m.name, m.name);
        RETURN;
    END IF;
    SELECT * INTO rule FROM kohi.mynumber_person_rule r
    WHERE r.programme = p_recipient.programme AND r.person_role = p_role;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'role'::text,
            format('%sでは%sの個人番号は収集しません。', prog, kohi.person_role_label(p_role));
        RETURN;
    END IF;
    IF rule.minors_only AND NOT kohi.is_minor(p_recipient.birth_date, p_on) THEN
        RETURN QUERY SELECT 'role_adult'::text,
            format('%sでは、受診者が申請日に成年の場合、%sの個人番号は収集しません。',
                   prog, kohi.person_role_label(p_role));
        RETURN;
    END IF;
END
$$;

-- ------------------------------------------------------------------ My Number helpers
-- Normalised 12 ASCII digits, or NULL. Accepts full-width digits, spaces and hyphens. Never
-- casts the input, so no error message can ever quote it.
CREATE FUNCTION kohi.mynumber_normalise(p_input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN d ~ '^[0-9]{12}$' THEN d END
    FROM (SELECT translate(p_input, '０１２３４５６７８９ 　-－‐', '0123456789') AS d) s
$$;

-- REFERENCE §2: weights 6,5,4,3,2,7,6,5,4,3,2 over the first 11 digits; r = Σ mod 11; check
-- digit 0 when r <= 1, else 11 - r. Digits are read with ascii() - 48, never cast.
CREATE FUNCTION kohi.mynumber_check_digit_ok(p_digits text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    weights constant int[] := ARRAY[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    total int := 0;
    r int;
BEGIN
    IF p_digits !~ '^[0-9]{12}$' THEN
        RETURN false;
    END IF;
    FOR i IN 1..11 LOOP
        total := total + (ascii(substr(p_digits, i, 1)) - 48) * weights[i];
    END LOOP;
    r := total % 11;
    RETURN (CASE WHEN r <= 1 THEN 0 ELSE 11 - r END) = ascii(substr(p_digits, 12, 1)) - 48;
END
$$;

CREATE FUNCTION kohi.key_id_text(p_key_id bytea) RETURNS text
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT upper(regexp_replace(encode(p_key_id, 'hex'), '(..)(?!$)', '\1:', 'g'))
$$;

-- Key ids in the API are lowercase hex (PublicKey::keyIdHex()); NULL if malformed.
CREATE FUNCTION kohi.key_id_from_hex(p_hex text) RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN p_hex ~ '^[0-9a-fA-F]{32}$' THEN decode(p_hex, 'hex') END
$$;

CREATE FUNCTION kohi.caller_is_mynumber_viewer() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'kohi_mynumber_viewer', 'MEMBER')
$$;

-- ------------------------------------------------------------------ keys
-- The My Number public key(s). At most one active key: clerks seal to it; retired keys remain
-- for the record only (their wrapped private keys are deleted when they are retired).
CREATE TABLE kohi.mynumber_key (
    key_id      bytea PRIMARY KEY CHECK (octet_length(key_id) = 16),
    public_key  bytea NOT NULL UNIQUE CHECK (octet_length(public_key) = 32),
    fingerprint bytea NOT NULL UNIQUE,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  name NOT NULL DEFAULT session_user,
    retired_at  timestamptz,
    retired_by  name,
    -- PublicKey: fingerprint = SHA-256(raw), key id = its first 16 bytes.
    CHECK (fingerprint = sha256(public_key)),
    CHECK (key_id = substr(fingerprint, 1, 16)),
    CHECK ((status = 'retired') = (retired_at IS NOT NULL))
);
CREATE UNIQUE INDEX mynumber_key_one_active ON kohi.mynumber_key ((true)) WHERE status = 'active';

-- The private key, wrapped under each viewer's personal reveal passphrase (never seen here).
CREATE TABLE kohi.mynumber_key_wrap (
    key_id      bytea NOT NULL REFERENCES kohi.mynumber_key,
    viewer      name NOT NULL REFERENCES kohi.staff (login),
    wrapped     bytea NOT NULL
                CHECK (octet_length(wrapped) = 105 AND get_byte(wrapped, 0) = 1),
    enrolled_by name NOT NULL DEFAULT session_user,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (key_id, viewer),
    CHECK (substr(wrapped, 30, 16) = key_id)
);

-- ------------------------------------------------------------------ sealed numbers
ALTER TABLE kohi.recipient ADD CONSTRAINT recipient_id_programme_key UNIQUE (id, programme);

CREATE TABLE kohi.mynumber (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Chosen by the sealing client and bound into the envelope's associated data, so envelopes
    -- swapped between two rows (e.g. two household members) do not open.
    seal_ref         uuid NOT NULL UNIQUE,
    recipient_id     bigint NOT NULL,
    -- Kept equal to the recipient's programme by the foreign key, for row-level security.
    programme        text NOT NULL,
    person_role      text NOT NULL CHECK (person_role IN ('patient', 'guardian', 'household')),
    person_name      text CHECK (length(person_name) BETWEEN 1 AND 60),
    relationship     text CHECK (length(relationship) BETWEEN 1 AND 20),
    application_date date NOT NULL,
    key_id           bytea NOT NULL REFERENCES kohi.mynumber_key,
    envelope         bytea NOT NULL,
    -- HMAC-SHA-256 of the normalised number under a key outside the database (kohi_auth).
    dup_hash         bytea NOT NULL UNIQUE CHECK (octet_length(dup_hash) = 32),
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved')),
    created_by       name NOT NULL DEFAULT session_user,
    created_at       timestamptz NOT NULL DEFAULT now(),
    resealed_at      timestamptz,
    FOREIGN KEY (recipient_id, programme) REFERENCES kohi.recipient (id, programme)
        ON UPDATE CASCADE,
    -- The patient is the recipient; everyone else is named with their relationship.
    CHECK ((person_role = 'patient') = (person_name IS NULL)),
    CHECK ((person_role = 'patient') = (relationship IS NULL)),
    -- Exactly a v1 envelope of 12 digits under the row's key: nothing else fits in this column.
    CHECK (octet_length(envelope) = 89 AND get_byte(envelope, 0) = 1
           AND substr(envelope, 2, 16) = key_id)
);
CREATE INDEX mynumber_recipient_idx ON kohi.mynumber (recipient_id);
CREATE UNIQUE INDEX mynumber_one_patient_guardian ON kohi.mynumber (recipient_id, person_role)
    WHERE person_role IN ('patient', 'guardian');

-- Defence in depth (the API is the boundary): clerks see their groups' rows; approvers (who will
-- confirm pending numbers, and whose application approval counts them) and viewers (who reveal
-- and re-seal at rotation; the private key opens every programme's envelopes anyway) see all.
-- Only clerks insert; only viewers update (rotation). Nobody deletes yet (retention comes later).
ALTER TABLE kohi.mynumber ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.mynumber FORCE ROW LEVEL SECURITY;
CREATE POLICY mynumber_read ON kohi.mynumber FOR SELECT
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
           OR (SELECT kohi.caller_is_mynumber_viewer()));
CREATE POLICY mynumber_insert ON kohi.mynumber FOR INSERT
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
CREATE POLICY mynumber_reseal ON kohi.mynumber FOR UPDATE
    USING ((SELECT kohi.caller_is_mynumber_viewer()))
    WITH CHECK ((SELECT kohi.caller_is_mynumber_viewer()));

-- Reasons a viewer may give for a reveal. その他 needs a free-text reason.
CREATE TABLE kohi.reveal_reason (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z_]{1,30}$'),
    label         text NOT NULL UNIQUE,
    text_required boolean NOT NULL DEFAULT false,
    sort_key      int NOT NULL,
    active        boolean NOT NULL DEFAULT true
);
INSERT INTO kohi.reveal_reason (code, label, text_required, sort_key) VALUES
    ('identity', '本人確認', false, 1),
    ('linkage', '情報連携照会', false, 2),
    ('appeal', '不服申立て対応', false, 3),
    ('audit', '監査対応', false, 4),
    ('other', 'その他', true, 9);

-- ------------------------------------------------------------------ clerks: key, eligibility
-- The active public key for sealing. The client compares the fingerprint with the value pinned
-- in its configuration and refuses to seal if they differ.
CREATE FUNCTION kohi_api.mynumber_public_key()
RETURNS TABLE (key_id text, public_key text, fingerprint text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    k kohi.mynumber_key;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO k FROM kohi.mynumber_key x WHERE x.status = 'active';
    IF NOT FOUND THEN
        RAISE EXCEPTION '個人番号の暗号化用の鍵がまだ作成されていません。システム管理者に連絡してください。'
            USING ERRCODE = '55000';
    END IF;
    PERFORM kohi.audit('mynumber_public_key', NULL, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(k.key_id)));
    RETURN QUERY SELECT encode(k.key_id, 'hex'), encode(k.public_key, 'base64'),
                        encode(k.fingerprint, 'hex');
END
$$;

-- For each person role: may a number be registered for this recipient as of this date? Lets
-- the client refuse before anyone types a number.
CREATE FUNCTION kohi_api.mynumber_eligibility(p_recipient_id bigint, p_application_date date)
RETURNS TABLE (person_role text, person_role_label text, allowed boolean, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    on_date date := coalesce(p_application_date, current_date);
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '受給者が見つからないか、担当外の受給者です。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_eligibility', 'recipient:' || r.id, 'ok',
                       jsonb_build_object('application_date', on_date), r.programme);
    RETURN QUERY
    SELECT v.role, kohi.person_role_label(v.role), f.code IS NULL, f.code, f.message
    FROM (VALUES (1, 'patient'), (2, 'guardian'), (3, 'household')) AS v(n, role)
    LEFT JOIN LATERAL kohi.mynumber_refusal(r, v.role, on_date) f ON true
    ORDER BY v.n;
END
$$;

-- ------------------------------------------------------------------ clerks: register
-- Registers one sealed number (status pending until maker-checker approval exists).
--   p_number: the plaintext, ONLY as a bind parameter. Used to validate the check digit and to
--             compute the duplicate hash; never stored, never in any message or log event.
--   p_envelope: Sealer envelope of the normalised number under p_key_id (lowercase hex).
-- Business refusals do not raise: they are returned (outcome 'refused', reason code, Japanese
-- message) so that the refusal itself stays in the access log.
CREATE FUNCTION kohi_api.mynumber_register(
    p_recipient_id bigint, p_person_role text, p_person_name text, p_relationship text,
    p_application_date date, p_seal_ref uuid, p_key_id text, p_envelope bytea, p_number text)
RETURNS TABLE (mynumber_id bigint, outcome text, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    on_date date := coalesce(p_application_date, current_date);
    backdate int := kohi.setting_value('mynumber_backdate_days');
    v_name text := nullif(btrim(p_person_name), '');
    v_relationship text := nullif(btrim(p_relationship), '');
    active_key bytea;
    given_key bytea := kohi.key_id_from_hex(p_key_id);
    digits text;
    hash bytea;
    new_id bigint;
    existing_recipient bigint;
    v_code text;
    v_message text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_person_role IS NULL OR p_person_role NOT IN ('patient', 'guardian', 'household') THEN
        RAISE EXCEPTION '人の区分は patient・guardian・household のいずれかで指定してください。'
            USING ERRCODE = '22023';
    END IF;
    IF p_seal_ref IS NULL OR p_envelope IS NULL THEN
        RAISE EXCEPTION '暗号化された個人番号がありません。' USING ERRCODE = '22023';
    END IF;
    -- Rows of other groups are invisible (RLS): "not found" and "not yours" look the same.
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        RAISE EXCEPTION '受給者が見つからないか、担当外の受給者です。' USING ERRCODE = '42501';
    END IF;
    -- One registration per recipient at a time (patient/guardian uniqueness below).
    PERFORM pg_advisory_xact_lock(10010, hashint8(r.id));

    IF on_date > current_date THEN
        v_code := 'application_date';
        v_message := '申請日に未来の日付は指定できません。';
    ELSIF on_date < current_date - backdate THEN
        v_code := 'application_date';
        v_message := format('申請日は%s日前までの日付で指定してください。', backdate);
    END IF;
    IF v_code IS NULL THEN
        SELECT f.code, f.message INTO v_code, v_message
        FROM kohi.mynumber_refusal(r, p_person_role, on_date) f;
    END IF;
    IF v_code IS NULL AND p_person_role <> 'patient' AND (v_name IS NULL OR v_relationship IS NULL) THEN
        v_code := 'person';
        v_message := format('%sの氏名と続柄を入力してください。', kohi.person_role_label(p_person_role));
    ELSIF v_code IS NULL AND p_person_role = 'patient' AND (v_name IS NOT NULL OR v_relationship IS NOT NULL) THEN
        v_code := 'person';
        v_message := '本人（受診者）の個人番号には氏名・続柄を入力しません（受給者の氏名を使います）。';
    ELSIF v_code IS NULL AND (length(v_name) > 60 OR length(v_relationship) > 20) THEN
        v_code := 'person';
        v_message := '氏名は60文字以内、続柄は20文字以内で入力してください。';
    END IF;
    IF v_code IS NULL AND p_person_role IN ('patient', 'guardian')
       AND EXISTS (SELECT FROM kohi.mynumber m
                   WHERE m.recipient_id = r.id AND m.person_role = p_person_role) THEN
        v_code := 'role_taken';
        v_message := format('この受給者の%sの個人番号は既に登録されています。',
                            kohi.person_role_label(p_person_role));
    END IF;
    IF v_code IS NULL THEN
        SELECT k.key_id INTO active_key FROM kohi.mynumber_key k WHERE k.status = 'active';
        IF active_key IS NULL OR given_key IS DISTINCT FROM active_key THEN
            v_code := 'key';
            v_message := '暗号化に使った公開鍵が現在の鍵ではありません。公開鍵を取得し直して入力し直してください。';
        ELSIF octet_length(p_envelope) <> 89 OR get_byte(p_envelope, 0) <> 1
              OR substr(p_envelope, 2, 16) <> active_key THEN
            v_code := 'envelope';
            v_message := '暗号化された個人番号の形式が正しくありません。';
        END IF;
    END IF;
    -- The number is looked at only now, when everything else allows holding it.
    IF v_code IS NULL THEN
        digits := kohi.mynumber_normalise(p_number);
        IF digits IS NULL THEN
            v_code := 'number_format';
            v_message := '個人番号は12桁の数字で入力してください。';
        ELSIF NOT kohi.mynumber_check_digit_ok(digits) THEN
            v_code := 'check_digit';
            v_message := '個人番号のチェックデジットが一致しません。番号を確認してください。';
        END IF;
    END IF;
    IF v_code IS NULL THEN
        hash := kohi.kohi_mynumber_hmac(digits);
        -- ON CONFLICT also catches rows other groups' RLS hides from this caller.
        INSERT INTO kohi.mynumber (seal_ref, recipient_id, programme, person_role, person_name,
                                   relationship, application_date, key_id, envelope, dup_hash)
        VALUES (p_seal_ref, r.id, r.programme, p_person_role, v_name, v_relationship, on_date,
                active_key, p_envelope, hash)
        ON CONFLICT (dup_hash) DO NOTHING
        RETURNING id INTO new_id;
        IF new_id IS NULL THEN
            SELECT m.recipient_id INTO existing_recipient FROM kohi.mynumber m WHERE m.dup_hash = hash;
            v_code := 'duplicate';
            v_message := CASE WHEN existing_recipient = r.id
                              THEN 'この個人番号はこの受給者に既に登録されています。'
                              ELSE 'この個人番号は既に別の受給者に登録されています。' END;
        END IF;
    END IF;

    IF v_code IS NOT NULL THEN
        PERFORM kohi.audit('mynumber_register', 'recipient:' || r.id, 'refused',
                           jsonb_build_object('reason', v_code, 'person_role', p_person_role,
                                              'application_date', on_date), r.programme);
        RETURN QUERY SELECT NULL::bigint, 'refused'::text, v_code, v_message;
        RETURN;
    END IF;
    PERFORM kohi.audit('mynumber_register', 'recipient:' || r.id, 'ok',
                       jsonb_build_object('mynumber_id', new_id, 'person_role', p_person_role,
                                          'application_date', on_date,
                                          'key_id', kohi.key_id_text(active_key)), r.programme);
    RETURN QUERY SELECT new_id, 'ok'::text, NULL::text,
                        format('%sの個人番号を登録しました（承認待ち）。', kohi.person_role_label(p_person_role));
END
$$;

-- ------------------------------------------------------------------ masked status
-- What a clerk's screen shows: which people have a number registered, never the number, the
-- envelope or the hash. Rows the programme expects but that are missing come with
-- registered = false (mynumber_id NULL).
CREATE FUNCTION kohi_api.recipient_mynumber_status(p_recipient_id bigint)
RETURNS TABLE (mynumber_id bigint, person_role text, person_role_label text, person_name text,
               relationship text, registered boolean, status text, registered_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    v_programme text;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;
    v_programme := coalesce(r.programme,
                            (SELECT m.programme FROM kohi.mynumber m
                             WHERE m.recipient_id = p_recipient_id LIMIT 1));
    IF v_programme IS NULL THEN
        RAISE EXCEPTION '受給者が見つからないか、担当外の受給者です。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_status', 'recipient:' || p_recipient_id, 'ok', '{}', v_programme);
    RETURN QUERY
    SELECT s.* FROM (
        SELECT m.id, m.person_role, kohi.person_role_label(m.person_role), m.person_name,
               m.relationship, true, m.status, m.created_at
        FROM kohi.mynumber m WHERE m.recipient_id = p_recipient_id
        UNION ALL
        -- Expected but missing (only when the caller may see the recipient itself).
        SELECT NULL::bigint, x.role, kohi.person_role_label(x.role), NULL::text, NULL::text, false,
               NULL::text, NULL::timestamptz
        FROM (VALUES ('patient'), ('guardian')) AS x(role)
        WHERE r.id IS NOT NULL
          AND NOT EXISTS (SELECT FROM kohi.mynumber m
                          WHERE m.recipient_id = p_recipient_id AND m.person_role = x.role)
          AND NOT EXISTS (SELECT FROM kohi.mynumber_refusal(r, x.role, current_date))
    ) AS s (id, role, label, name, relationship, registered, status, at)
    ORDER BY array_position(ARRAY['patient', 'guardian', 'household'], s.role), s.at;
END
$$;

-- ------------------------------------------------------------------ viewers: reveal
CREATE FUNCTION kohi_api.mynumber_reveal_reasons()
RETURNS TABLE (code text, label text, text_required boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('mynumber_reveal_reasons', NULL, 'ok');
    RETURN QUERY SELECT rr.code, rr.label, rr.text_required FROM kohi.reveal_reason rr
                 WHERE rr.active ORDER BY rr.sort_key;
END
$$;

-- Hands a viewer what their terminal needs to open one number: the envelope, the data bound
-- into it, and the viewer's own wrapped private key. Nothing is decrypted here. The reveal is
-- logged (who, when, terminal, recipient, reason) in this transaction: no event, no envelope.
CREATE FUNCTION kohi_api.mynumber_reveal(p_mynumber_id bigint, p_reason_category text,
                                         p_reason_text text)
RETURNS TABLE (mynumber_id bigint, recipient_id bigint, person_role text, seal_ref uuid,
               key_id text, envelope bytea, wrapped_key bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    m kohi.mynumber;
    rr kohi.reveal_reason;
    w bytea;
    v_text text := nullif(btrim(p_reason_text), '');
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT kohi.caller_is_mynumber_viewer() OR kohi.is_superuser() THEN
        RAISE EXCEPTION '個人番号を表示する権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- The access log must name the terminal; the client declares it at session start.
    IF kohi.current_terminal() IS NULL THEN
        RAISE EXCEPTION '端末が登録されていない接続では個人番号を表示できません。Kohi のクライアントから操作してください。'
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO rr FROM kohi.reveal_reason x
    WHERE x.active AND (x.code = p_reason_category OR x.label = p_reason_category);
    IF NOT FOUND THEN
        RAISE EXCEPTION '表示する理由を選んでください。' USING ERRCODE = '22023';
    END IF;
    IF rr.text_required AND v_text IS NULL THEN
        RAISE EXCEPTION '理由「%」を選んだときは、具体的な理由を入力してください。', rr.label
            USING ERRCODE = '22023';
    END IF;
    IF length(v_text) > 200 THEN
        RAISE EXCEPTION '理由は200文字以内で入力してください。' USING ERRCODE = '22023';
    END IF;
    -- The reason goes into the access log: it must not carry a My Number itself.
    IF translate(v_text, '０１２３４５６７８９ 　-－‐', '0123456789') ~ '[0-9]{12}' THEN
        RAISE EXCEPTION '理由に12桁の数字（個人番号など）は書かないでください。' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO m FROM kohi.mynumber x WHERE x.id = p_mynumber_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '指定された個人番号の登録が見つかりません。' USING ERRCODE = '22023';
    END IF;
    SELECT x.wrapped INTO w FROM kohi.mynumber_key_wrap x
    WHERE x.key_id = m.key_id AND x.viewer = session_user;
    IF w IS NULL THEN
        RAISE EXCEPTION 'あなたの復号用の鍵が登録されていません（鍵の更新後は再登録が必要です）。既存の閲覧者に登録を依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_reveal', 'recipient:' || m.recipient_id, 'ok',
                       jsonb_build_object('mynumber_id', m.id, 'person_role', m.person_role,
                                          'reason', rr.label, 'reason_text', v_text),
                       m.programme);
    RETURN QUERY SELECT m.id, m.recipient_id, m.person_role, m.seal_ref, encode(m.key_id, 'hex'),
                        m.envelope, w;
END
$$;

-- ------------------------------------------------------------------ key ceremonies
-- Checks shared by the ceremonies. One ceremony at a time.
CREATE FUNCTION kohi.begin_key_ceremony() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM pg_advisory_xact_lock(10011, 0);
END
$$;

CREATE FUNCTION kohi.assert_enrollable_viewer(p_viewer text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM kohi.staff s WHERE s.login = p_viewer AND s.status = 'active')
       OR NOT pg_has_role(p_viewer, 'kohi_mynumber_viewer', 'MEMBER') THEN
        RAISE EXCEPTION 'ユーザー「%」は有効な個人番号閲覧者ではありません（先に閲覧者の職務を付与してください）。', p_viewer
            USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION kohi.assert_wrapped_key(p_wrapped bytea, p_key_id bytea) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_wrapped IS NULL OR octet_length(p_wrapped) <> 105 OR get_byte(p_wrapped, 0) <> 1
       OR substr(p_wrapped, 30, 16) <> p_key_id THEN
        RAISE EXCEPTION '暗号化された秘密鍵の形式が正しくないか、別の鍵のものです。' USING ERRCODE = '22023';
    END IF;
END
$$;

CREATE FUNCTION kohi.insert_mynumber_key(p_public_key bytea) RETURNS bytea
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    kid bytea;
BEGIN
    IF p_public_key IS NULL OR octet_length(p_public_key) <> 32
       OR p_public_key = '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea THEN
        RAISE EXCEPTION '公開鍵の形式が正しくありません（X25519、32バイト）。' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM kohi.mynumber_key WHERE public_key = p_public_key) THEN
        RAISE EXCEPTION 'この公開鍵は既に使われています。新しい鍵を生成してください。' USING ERRCODE = '22023';
    END IF;
    kid := substr(sha256(p_public_key), 1, 16);
    INSERT INTO kohi.mynumber_key (key_id, public_key, fingerprint)
    VALUES (kid, p_public_key, sha256(p_public_key));
    RETURN kid;
END
$$;

-- The first key: by the database administrator (with the viewer at the terminal typing their
-- passphrase) or by a viewer for themselves. Refused once a key exists: use rotation.
CREATE FUNCTION kohi_api.mynumber_key_create(p_public_key bytea, p_viewer text, p_wrapped bytea)
RETURNS TABLE (key_id text, fingerprint text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    kid bytea;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT kohi.is_superuser() THEN
        IF NOT kohi.caller_is_mynumber_viewer() THEN
            RAISE EXCEPTION '最初の鍵はデータベース管理者か個人番号閲覧者だけが作成できます。' USING ERRCODE = '42501';
        END IF;
        IF p_viewer IS DISTINCT FROM session_user::text THEN
            RAISE EXCEPTION '閲覧者は自分の鍵だけを作成できます。' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF EXISTS (SELECT FROM kohi.mynumber_key k WHERE k.status = 'active') THEN
        RAISE EXCEPTION '有効な鍵が既にあります。鍵を替えるときは鍵の更新（keys rotate）を行ってください。'
            USING ERRCODE = '55000';
    END IF;
    PERFORM kohi.assert_enrollable_viewer(p_viewer);
    kid := kohi.insert_mynumber_key(p_public_key);
    PERFORM kohi.assert_wrapped_key(p_wrapped, kid);
    INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped) VALUES (kid, p_viewer, p_wrapped);
    PERFORM kohi.audit('mynumber_key_create', p_viewer, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(kid),
                                          'fingerprint', kohi.key_id_text(sha256(p_public_key))));
    RETURN QUERY SELECT encode(kid, 'hex'), encode(sha256(p_public_key), 'hex');
END
$$;

-- The caller's own wrapped private key for the active key (to enrol someone or to rotate).
CREATE FUNCTION kohi_api.mynumber_my_wrapped_key()
RETURNS TABLE (key_id text, public_key text, wrapped_key bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    k kohi.mynumber_key;
    w bytea;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO k FROM kohi.mynumber_key x WHERE x.status = 'active';
    SELECT x.wrapped INTO w FROM kohi.mynumber_key_wrap x
    WHERE x.key_id = k.key_id AND x.viewer = session_user;
    IF w IS NULL OR NOT kohi.caller_is_mynumber_viewer() THEN
        RAISE EXCEPTION 'あなたの復号用の鍵が登録されていません。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_key_fetch', session_user, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(k.key_id)));
    RETURN QUERY SELECT encode(k.key_id, 'hex'), encode(k.public_key, 'base64'), w;
END
$$;

-- Enrolment takes two people: an existing viewer (this session) unwraps the key on their
-- terminal and re-wraps it under the passphrase the new viewer types at the same terminal.
CREATE FUNCTION kohi_api.mynumber_key_enrol(p_key_id text, p_viewer text, p_wrapped bytea)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    kid bytea := kohi.key_id_from_hex(p_key_id);
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT EXISTS (SELECT FROM kohi.mynumber_key k WHERE k.key_id = kid AND k.status = 'active') THEN
        RAISE EXCEPTION '指定された鍵は現在の鍵ではありません。' USING ERRCODE = '22023';
    END IF;
    IF NOT kohi.caller_is_mynumber_viewer() OR NOT EXISTS (
        SELECT FROM kohi.mynumber_key_wrap w WHERE w.key_id = kid AND w.viewer = session_user) THEN
        RAISE EXCEPTION '閲覧者の登録は、鍵を持つ既存の閲覧者だけが行えます。' USING ERRCODE = '42501';
    END IF;
    IF p_viewer IS NOT DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION '自分自身は登録できません。閲覧者の登録は二人で行います。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.assert_enrollable_viewer(p_viewer);
    IF EXISTS (SELECT FROM kohi.mynumber_key_wrap w WHERE w.key_id = kid AND w.viewer = p_viewer) THEN
        RAISE EXCEPTION 'ユーザー「%」は既に登録されています（パスフレーズを替えるときは削除してから登録し直してください）。', p_viewer
            USING ERRCODE = '23505';
    END IF;
    PERFORM kohi.assert_wrapped_key(p_wrapped, kid);
    INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped) VALUES (kid, p_viewer, p_wrapped);
    PERFORM kohi.audit('mynumber_key_enrol', p_viewer, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(kid)));
END
$$;

-- Removes a viewer's wrapped keys (a viewer leaving, a forgotten passphrase). The last holder of
-- the active key cannot be removed: the numbers would become unreadable for good.
CREATE FUNCTION kohi_api.mynumber_key_remove(p_viewer text) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    n int;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT (kohi.is_superuser() OR kohi.caller_is_mynumber_viewer()
            OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER')) THEN
        RAISE EXCEPTION '閲覧者の鍵を削除する権限がありません。' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT FROM kohi.mynumber_key k
               JOIN kohi.mynumber_key_wrap w ON w.key_id = k.key_id AND w.viewer = p_viewer
               WHERE k.status = 'active')
       AND NOT EXISTS (SELECT FROM kohi.mynumber_key k
                       JOIN kohi.mynumber_key_wrap w ON w.key_id = k.key_id AND w.viewer <> p_viewer
                       WHERE k.status = 'active') THEN
        RAISE EXCEPTION '最後の閲覧者の鍵は削除できません。先に別の閲覧者を登録してください。' USING ERRCODE = '55000';
    END IF;
    DELETE FROM kohi.mynumber_key_wrap w WHERE w.viewer = p_viewer;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('mynumber_key_remove', p_viewer, 'ok', jsonb_build_object('removed', n));
    RETURN n;
END
$$;

CREATE FUNCTION kohi_api.mynumber_key_list()
RETURNS TABLE (key_id text, fingerprint text, status text, created_at timestamptz,
               created_by text, retired_at timestamptz, viewers text[], numbers bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT (kohi.is_superuser() OR kohi.caller_is_mynumber_viewer()
            OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER')) THEN
        RAISE EXCEPTION '鍵の一覧を見る権限がありません。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_key_list', NULL, 'ok');
    RETURN QUERY
    SELECT encode(k.key_id, 'hex'), encode(k.fingerprint, 'hex'), k.status, k.created_at,
           k.created_by::text, k.retired_at,
           (SELECT coalesce(array_agg(w.viewer::text ORDER BY w.viewer), '{}')
            FROM kohi.mynumber_key_wrap w WHERE w.key_id = k.key_id),
           -- Counted without RLS limits only for viewers and the administrator; a user
           -- administrator sees the count of their own groups (normally 0).
           (SELECT count(*) FROM kohi.mynumber m WHERE m.key_id = k.key_id)
    FROM kohi.mynumber_key k ORDER BY k.created_at;
END
$$;

-- Rotation, step 1 (inside the caller's transaction): every envelope, with what is bound into
-- it. Blocks registrations until the caller's transaction ends, so the set cannot change
-- between this call and mynumber_key_rotate.
CREATE FUNCTION kohi_api.mynumber_rotation_envelopes()
RETURNS TABLE (mynumber_id bigint, recipient_id bigint, person_role text, seal_ref uuid,
               key_id text, envelope bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT kohi.caller_is_mynumber_viewer() OR NOT EXISTS (
        SELECT FROM kohi.mynumber_key_wrap w JOIN kohi.mynumber_key k USING (key_id)
        WHERE k.status = 'active' AND w.viewer = session_user) THEN
        RAISE EXCEPTION '鍵の更新は、現在の鍵を持つ閲覧者だけが行えます。' USING ERRCODE = '42501';
    END IF;
    LOCK TABLE kohi.mynumber IN EXCLUSIVE MODE;
    SELECT count(*) INTO n FROM kohi.mynumber;
    PERFORM kohi.audit('mynumber_rotation_fetch', NULL, 'ok', jsonb_build_object('numbers', n));
    RETURN QUERY SELECT m.id, m.recipient_id, m.person_role, m.seal_ref, encode(m.key_id, 'hex'),
                        m.envelope
                 FROM kohi.mynumber m ORDER BY m.id;
END
$$;

-- Rotation, step 2: the new public key, the caller's wrap of the new private key, and every
-- number re-sealed under it (ids and envelopes in matching order). All or nothing: the set of
-- ids must be exactly every registered number. The old key is retired and its wrapped private
-- keys are deleted (nobody can open an old envelope from a backup with a passphrase any more);
-- the other viewers are enrolled again with `keys enrol`.
CREATE FUNCTION kohi_api.mynumber_key_rotate(p_new_public_key bytea, p_wrapped bytea,
                                             p_ids bigint[], p_envelopes bytea[])
RETURNS TABLE (key_id text, fingerprint text, resealed int, viewers_to_enrol text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    old kohi.mynumber_key;
    kid bytea;
    total bigint;
    n int;
    others text[];
BEGIN
    PERFORM kohi.begin_key_ceremony();
    SELECT * INTO old FROM kohi.mynumber_key k WHERE k.status = 'active' FOR UPDATE;
    IF NOT FOUND OR NOT kohi.caller_is_mynumber_viewer() OR NOT EXISTS (
        SELECT FROM kohi.mynumber_key_wrap w WHERE w.key_id = old.key_id AND w.viewer = session_user) THEN
        RAISE EXCEPTION '鍵の更新は、現在の鍵を持つ閲覧者だけが行えます。' USING ERRCODE = '42501';
    END IF;
    LOCK TABLE kohi.mynumber IN EXCLUSIVE MODE;
    SELECT count(*) INTO total FROM kohi.mynumber;
    IF coalesce(cardinality(p_ids), 0) <> total OR coalesce(cardinality(p_envelopes), 0) <> total
       OR (SELECT count(DISTINCT i) FROM unnest(p_ids) i) <> total
       OR EXISTS (SELECT FROM unnest(p_ids) i WHERE NOT EXISTS (SELECT FROM kohi.mynumber m WHERE m.id = i)) THEN
        RAISE EXCEPTION '再暗号化した件数（%件）が登録件数（%件）と一致しません。最初からやり直してください。',
            coalesce(cardinality(p_ids), 0), total USING ERRCODE = '40001';
    END IF;
    SELECT array_agg(w.viewer::text ORDER BY w.viewer) INTO others
    FROM kohi.mynumber_key_wrap w WHERE w.key_id = old.key_id AND w.viewer <> session_user;
    UPDATE kohi.mynumber_key k SET status = 'retired', retired_at = now(), retired_by = session_user
    WHERE k.key_id = old.key_id;
    DELETE FROM kohi.mynumber_key_wrap w WHERE w.key_id = old.key_id;
    kid := kohi.insert_mynumber_key(p_new_public_key);
    PERFORM kohi.assert_wrapped_key(p_wrapped, kid);
    INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped) VALUES (kid, session_user, p_wrapped);
    -- The table's CHECK refuses any envelope that is not a v1 envelope under the new key.
    UPDATE kohi.mynumber m SET key_id = kid, envelope = u.envelope, resealed_at = now()
    FROM unnest(p_ids, p_envelopes) AS u(id, envelope)
    WHERE m.id = u.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> total OR EXISTS (SELECT FROM kohi.mynumber m WHERE m.key_id <> kid) THEN
        RAISE EXCEPTION '再暗号化できなかった個人番号があります。最初からやり直してください。' USING ERRCODE = '40001';
    END IF;
    PERFORM kohi.audit('mynumber_key_rotate', NULL, 'ok',
                       jsonb_build_object('old_key_id', kohi.key_id_text(old.key_id),
                                          'new_key_id', kohi.key_id_text(kid),
                                          'resealed', n, 'viewers_to_enrol', coalesce(others, '{}')));
    RETURN QUERY SELECT encode(kid, 'hex'), encode(sha256(p_new_public_key), 'hex'), n,
                        coalesce(others, '{}');
END
$$;

-- ------------------------------------------------------------------ grants per duty
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_public_key() TO kohi_clerk_nanbyo, kohi_clerk_boshi,
    kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_eligibility(bigint, date) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_register(bigint, text, text, text, date, uuid, text, bytea, text)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.recipient_mynumber_status(bigint) TO kohi_clerk_nanbyo,
    kohi_clerk_boshi, kohi_approver, kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_reveal_reasons() TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_reveal(bigint, text, text) TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_create(bytea, text, bytea) TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_my_wrapped_key() TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_enrol(text, text, bytea) TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_remove(text) TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_list() TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_rotation_envelopes() TO kohi_mynumber_viewer;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_rotate(bytea, bytea, bigint[], bytea[]) TO kohi_mynumber_viewer;
