-- The recipient register (受給者) with row-level security by programme group, and the synthetic
-- data generator for non-production environments.

-- Luhn check digit over a string of digits (公費負担者番号, 受給者番号; REFERENCE.md §2).
CREATE FUNCTION kohi.luhn_check_digit(p_digits text) RETURNS int
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT (10 - sum(CASE WHEN i % 2 = 1
                          THEN (d * 2) / 10 + (d * 2) % 10
                          ELSE d END) % 10) % 10
    FROM (SELECT substr(reverse(p_digits), i, 1)::int AS d, i
          FROM generate_series(1, length(p_digits)) AS i) s
$$;

-- Check digit of a 5-digit local-government code (地方公共団体コード).
CREATE FUNCTION kohi.lgcode_check_digit(p_code5 text) RETURNS int
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT (11 - sum(substr(p_code5, i, 1)::int * (7 - i)) % 11) % 10
    FROM generate_series(1, 5) AS i
$$;

CREATE TABLE kohi.recipient (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme         text NOT NULL REFERENCES kohi.programme,
    recipient_number  text NOT NULL CHECK (recipient_number ~ '^[0-9]{7}$'),
    family_name       text NOT NULL,
    given_name        text NOT NULL,
    family_name_kana  text NOT NULL,
    given_name_kana   text NOT NULL,
    birth_date        date NOT NULL,
    sex               smallint NOT NULL CHECK (sex IN (1, 2)),
    postal_code       text CHECK (postal_code ~ '^[0-9]{3}-[0-9]{4}$'),
    address           text NOT NULL,
    municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{6}$'),
    phone             text,
    synthetic         boolean NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        name NOT NULL DEFAULT session_user,
    UNIQUE (programme, recipient_number)
);
CREATE INDEX recipient_kana_idx ON kohi.recipient (programme, family_name_kana, given_name_kana, id);
CREATE INDEX recipient_birth_idx ON kohi.recipient (programme, birth_date, id);

-- Defence in depth: even the owner's functions see only the caller's programme groups.
-- (SELECT ...) makes the caller's programmes an InitPlan, computed once per statement.
ALTER TABLE kohi.recipient ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.recipient FORCE ROW LEVEL SECURITY;
CREATE POLICY recipient_programme_group ON kohi.recipient
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));

-- How many recipients the caller's groups hold, per programme (main window summary).
CREATE FUNCTION kohi_api.recipient_counts()
RETURNS TABLE (programme text, programme_name text, recipients bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT p.code, p.name, count(r.id)
    FROM kohi.programme p LEFT JOIN kohi.recipient r ON r.programme = p.code
    WHERE p.code = ANY (kohi.caller_programmes())
    GROUP BY p.code, p.name ORDER BY p.code
$$;
GRANT EXECUTE ON FUNCTION kohi_api.recipient_counts() TO kohi_staff;

-- Synthetic recipients: refuses production, marks every row synthetic, deterministic per seed.
-- Not granted to anyone: the database administrator runs it (kohi-admin demo seed).
CREATE FUNCTION kohi.generate_synthetic_recipients(p_count int, p_seed double precision DEFAULT 0.42)
RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    families text[][] := ARRAY[
        ['佐藤','サトウ'],['鈴木','スズキ'],['高橋','タカハシ'],['田中','タナカ'],['伊藤','イトウ'],
        ['渡辺','ワタナベ'],['山本','ヤマモト'],['中村','ナカムラ'],['小林','コバヤシ'],['加藤','カトウ'],
        ['吉田','ヨシダ'],['山田','ヤマダ'],['佐々木','ササキ'],['山口','ヤマグチ'],['松本','マツモト'],
        ['井上','イノウエ'],['木村','キムラ'],['林','ハヤシ'],['清水','シミズ'],['森','モリ']];
    givens text[][] := ARRAY[
        ['花子','ハナコ','2'],['太郎','タロウ','1'],['一郎','イチロウ','1'],['陽菜','ヒナ','2'],
        ['蓮','レン','1'],['結衣','ユイ','2'],['大翔','ヒロト','1'],['美咲','ミサキ','2'],
        ['翔太','ショウタ','1'],['愛','アイ','2'],['健','ケン','1'],['由美','ユミ','2']];
    cities text[][] := ARRAY[
        ['27202','岸和田市'],['27204','池田市'],['27206','泉大津市'],['27208','貝塚市'],
        ['27209','守口市'],['27211','茨木市'],['27213','泉佐野市'],['27214','富田林市'],
        ['27216','河内長野市'],['27217','松原市'],['27218','大東市'],['27219','和泉市'],
        ['27220','箕面市'],['27221','柏原市'],['27222','羽曳野市'],['27223','門真市']];
    programmes text[] := ARRAY['54','54','54','54','54','54','54','54','52','17'];
    base int;
    inserted int;
BEGIN
    IF (SELECT kind FROM kohi.environment) = 'production' THEN
        RAISE EXCEPTION '本番環境には合成データを投入できません。' USING ERRCODE = '42501';
    END IF;
    IF p_count IS NULL OR p_count < 1 OR p_count > 1000000 THEN
        RAISE EXCEPTION '件数は 1〜1,000,000 で指定してください。' USING ERRCODE = '22023';
    END IF;
    PERFORM setseed(p_seed);
    -- Synthetic numbers run on from the rows already generated (6 digits + Luhn, unique per
    -- programme for up to a million rows).
    SELECT count(*) INTO base FROM kohi.recipient WHERE synthetic;
    INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,
                                family_name_kana, given_name_kana, birth_date, sex, postal_code,
                                address, municipality_code, phone, synthetic)
    SELECT prog,
           lpad((n % 1000000)::text, 6, '0') || kohi.luhn_check_digit(lpad((n % 1000000)::text, 6, '0')),
           f[1], g[1], f[2], g[2],
           CASE WHEN prog = '54' THEN date '1940-01-01' + (random() * 25000)::int
                ELSE date '2008-04-01' + (random() * 6500)::int END,
           g[3]::smallint,
           '59' || (random() * 9)::int || '-' || lpad((random() * 9999)::int::text, 4, '0'),
           '大阪府' || c[2] || '合成町' || (1 + (random() * 9)::int) || '丁目' || (1 + (random() * 30)::int) || '番',
           c[1] || kohi.lgcode_check_digit(c[1]),
           '0721-00-' || lpad((random() * 9999)::int::text, 4, '0'),
           true
    FROM (SELECT base + i AS n,
                 programmes[1 + (random() * 9)::int] AS prog,
                 1 + (random() * 19)::int AS fi,
                 1 + (random() * 11)::int AS gi,
                 1 + (random() * 15)::int AS ci
          FROM generate_series(1, p_count) AS i) s,
         LATERAL (SELECT ARRAY[families[fi][1], families[fi][2]] AS f,
                         ARRAY[givens[gi][1], givens[gi][2], givens[gi][3]] AS g,
                         ARRAY[cities[ci][1], cities[ci][2]] AS c) l;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$$;

-- Demo accounts keep their documented password (no forced change). Refused in production.
CREATE FUNCTION kohi.demo_accept_password(p_login text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF (SELECT kind FROM kohi.environment) NOT IN ('demo', 'development', 'training') THEN
        RAISE EXCEPTION 'デモ用アカウントはデモ・開発・研修環境でのみ作成できます。' USING ERRCODE = '42501';
    END IF;
    UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()
    WHERE login = p_login;
END
$$;
