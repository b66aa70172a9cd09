-- 0038: the yearly mass renewal (一斉更新) as a server-side batch, the 保健所 of each
-- municipality, statistics of the register for a date, and CSV exports of a search (issue 13,
-- items 6 and 7). Ending the unrenewed on the day after expiry is not here (kohi-admin
-- eligibility end-lapsed, branch retention): a renewal cycle ends with it.

-- ------------------------------------------------------------------ 保健所
-- The 中核市 run their own 保健所, which receive 指定難病 (54) applications for the prefecture
-- (the prefecture decides 54 for their residents; 小児慢性 is the city's own).
ALTER TABLE kohi.health_centre
    ADD COLUMN kind text NOT NULL DEFAULT 'prefecture' CHECK (kind IN ('prefecture', 'core_city')),
    ADD COLUMN sort_key int;
UPDATE kohi.health_centre h SET sort_key = v.k
FROM (VALUES ('ikeda', 1), ('ibaraki', 2), ('moriguchi', 3), ('shijonawate', 4),
             ('fujiidera', 5), ('tondabayashi', 6), ('izumi', 7), ('kishiwada', 8),
             ('izumisano', 9)) v(code, k)
WHERE h.code = v.code;
INSERT INTO kohi.health_centre (code, name, kind, sort_key) VALUES
    ('toyonaka', '豊中市保健所', 'core_city', 11), ('suita', '吹田市保健所', 'core_city', 12),
    ('takatsuki', '高槻市保健所', 'core_city', 13), ('hirakata', '枚方市保健所', 'core_city', 14),
    ('yao', '八尾市保健所', 'core_city', 15), ('neyagawa', '寝屋川市保健所', 'core_city', 16),
    ('higashiosaka', '東大阪市保健所', 'core_city', 17);

-- Which 保健所 receives a municipality's applications, as of a date (a city's move to 中核市 on
-- 1 April moves its residents to the city's own office). Data an administrator corrects: the
-- areas below are UNCONFIRMED (confirmed = false) until checked against the prefecture's list.
CREATE TABLE kohi.municipality_health_centre (
    municipality_code text NOT NULL REFERENCES kohi.municipality,
    health_centre     text NOT NULL REFERENCES kohi.health_centre,
    valid_from        date NOT NULL DEFAULT '-infinity',
    valid_to          date,
    confirmed         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (municipality_code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
INSERT INTO kohi.municipality_health_centre (municipality_code, health_centre)
SELECT m.code, v.hc
FROM (VALUES
    ('池田市', 'ikeda'), ('箕面市', 'ikeda'), ('豊能町', 'ikeda'), ('能勢町', 'ikeda'),
    ('茨木市', 'ibaraki'), ('摂津市', 'ibaraki'), ('島本町', 'ibaraki'),
    ('守口市', 'moriguchi'), ('門真市', 'moriguchi'),
    ('大東市', 'shijonawate'), ('四條畷市', 'shijonawate'), ('交野市', 'shijonawate'),
    ('松原市', 'fujiidera'), ('羽曳野市', 'fujiidera'), ('藤井寺市', 'fujiidera'),
    ('柏原市', 'fujiidera'),
    ('富田林市', 'tondabayashi'), ('河内長野市', 'tondabayashi'), ('大阪狭山市', 'tondabayashi'),
    ('太子町', 'tondabayashi'), ('河南町', 'tondabayashi'), ('千早赤阪村', 'tondabayashi'),
    ('和泉市', 'izumi'), ('泉大津市', 'izumi'), ('高石市', 'izumi'), ('忠岡町', 'izumi'),
    ('岸和田市', 'kishiwada'), ('貝塚市', 'kishiwada'),
    ('泉佐野市', 'izumisano'), ('泉南市', 'izumisano'), ('阪南市', 'izumisano'),
    ('熊取町', 'izumisano'), ('田尻町', 'izumisano'), ('岬町', 'izumisano'),
    ('豊中市', 'toyonaka'), ('吹田市', 'suita'), ('高槻市', 'takatsuki'), ('枚方市', 'hirakata'),
    ('八尾市', 'yao'), ('寝屋川市', 'neyagawa'), ('東大阪市', 'higashiosaka')) v(name, hc)
JOIN kohi.municipality m ON m.name = v.name;

CREATE FUNCTION kohi.health_centre_of(p_municipality text, p_date date) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT x.health_centre FROM kohi.municipality_health_centre x
    WHERE x.municipality_code = p_municipality AND x.valid_from <= p_date
      AND (x.valid_to IS NULL OR x.valid_to > p_date)
    ORDER BY x.valid_from DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION kohi.health_centre_of(text, date) FROM PUBLIC;

-- The entry form shows the 保健所 beside the municipality.
CREATE FUNCTION kohi_api.municipality_health_centres(p_date date)
RETURNS TABLE (municipality_code text, municipality_name text, health_centre text,
               health_centre_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('master_read', 'municipality_health_centre', 'ok');
    RETURN QUERY
    SELECT m.code, m.name, h.code, h.name
    FROM kohi.municipality m
    LEFT JOIN kohi.health_centre h
      ON h.code = kohi.health_centre_of(m.code, coalesce(p_date, current_date))
    ORDER BY m.code;
END
$$;

-- ------------------------------------------------------------------ renewal batches
-- Free text on letters and exports: runs of 12 digits (a My Number typed into a wrong field),
-- with the separators an IME or a paste puts between the groups, are masked.
CREATE FUNCTION kohi.without_long_digit_runs(p text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT regexp_replace(p, '[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}'
                             '[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}', '＊＊＊＊', 'g')
$$;
REVOKE ALL ON FUNCTION kohi.without_long_digit_runs(text) FROM PUBLIC;

-- One batch per programme and end date: the certificates (latest approved application of an
-- active recipient) that end that day. A cancelled batch is resumed, never made twice, so a
-- recipient gets one notice.
CREATE TABLE kohi.renewal_batch (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme    text NOT NULL REFERENCES kohi.programme,
    valid_to     date NOT NULL,
    notice_date  date NOT NULL,
    deadline     date NOT NULL,
    part_size    int NOT NULL CHECK (part_size BETWEEN 1 AND 1000),
    state        text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'cancelled')),
    created_by   name NOT NULL DEFAULT session_user,
    created_at   timestamptz NOT NULL DEFAULT now(),
    state_changed_by name,
    state_changed_at timestamptz,
    cancel_reason text,
    UNIQUE (programme, valid_to),
    CHECK (deadline >= notice_date)
);
ALTER TABLE kohi.renewal_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.renewal_batch FORCE ROW LEVEL SECURITY;
CREATE POLICY renewal_batch_programme_group ON kohi.renewal_batch
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));

-- One recipient of a batch. seq is the print order (保健所, 市町村, kana); a part is one PDF of
-- at most part_size notices of one 保健所. notice_state is the per-item state that makes a
-- resumed run neither repeat nor skip anyone: pending → claimed (by a live session) →
-- generated; notices counts generations (one, unless a claimed part died before it was done).
CREATE TABLE kohi.renewal_item (
    batch_id       bigint NOT NULL REFERENCES kohi.renewal_batch,
    seq            int NOT NULL,
    part           int NOT NULL,
    programme      text NOT NULL,
    recipient_id   bigint NOT NULL REFERENCES kohi.recipient,
    application_id bigint NOT NULL REFERENCES kohi.application,
    health_centre  text REFERENCES kohi.health_centre,
    notice_state   text NOT NULL DEFAULT 'pending'
                   CHECK (notice_state IN ('pending', 'claimed', 'generated')),
    claim_pid      int,
    claimed_at     timestamptz,
    generated_at   timestamptz,
    generated_by   name,
    notices        int NOT NULL DEFAULT 0,
    file_name      text,
    certificate_printed_at timestamptz,
    certificate_printed_by name,
    PRIMARY KEY (batch_id, seq),
    UNIQUE (batch_id, recipient_id)
);
CREATE INDEX renewal_item_part_idx ON kohi.renewal_item (batch_id, notice_state, part);
CREATE INDEX renewal_item_recipient_idx ON kohi.renewal_item (recipient_id);
ALTER TABLE kohi.renewal_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.renewal_item FORCE ROW LEVEL SECURITY;
CREATE POLICY renewal_item_programme_group ON kohi.renewal_item
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));

-- A batch of the caller's programmes, locked; refusals durable.
CREATE FUNCTION kohi.renewal_batch_of(p_batch bigint, p_action text) RETURNS kohi.renewal_batch
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
BEGIN
    SELECT * INTO b FROM kohi.renewal_batch x WHERE x.id = p_batch FOR UPDATE;  -- RLS: own groups
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(p_action, 'renewal_batch:' || coalesce(p_batch::text, ''),
                                'unknown_batch',
                                '一斉更新のバッチ ' || coalesce(p_batch::text, '（なし）')
                                || ' はありません（担当する制度のバッチだけが扱えます）。',
                                '22023');
    END IF;
    RETURN b;
END
$$;
REVOKE ALL ON FUNCTION kohi.renewal_batch_of(bigint, text) FROM PUBLIC;

-- The application (the intake) that answers a batch item: the newest renewal application of
-- the recipient made after the certificate the notice was about.
CREATE FUNCTION kohi.renewal_answer(p_recipient bigint, p_after bigint)
RETURNS TABLE (id bigint, state text)
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT a.id, a.state FROM kohi.application a
    WHERE a.recipient_id = p_recipient AND a.kind = 'renewal' AND a.id > p_after
    ORDER BY a.id DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION kohi.renewal_answer(bigint, bigint) FROM PUBLIC;

CREATE FUNCTION kohi_api.renewal_batch_create(p_programme text, p_valid_to date,
                                              p_notice_date date, p_deadline date,
                                              p_part_size int DEFAULT 200)
RETURNS TABLE (batch_id bigint, recipients int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    n int;
    target text := 'renewal_batch:' || coalesce(p_programme, '') || ':' || coalesce(p_valid_to::text, '');
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_programme IS NULL OR NOT (p_programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.key_refuse('renewal_batch_create', target, 'not_clerk',
            'この制度（法別' || coalesce(p_programme, '未指定') || '）の一斉更新は作成できません（担当外）。');
    END IF;
    IF p_valid_to IS NULL OR p_notice_date IS NULL OR p_deadline IS NULL THEN
        PERFORM kohi.key_refuse('renewal_batch_create', target, 'missing_date',
            '有効期間の終了日・通知日・提出期限をすべて指定してください。', '22023');
    END IF;
    IF p_deadline < p_notice_date OR p_deadline > p_valid_to THEN
        PERFORM kohi.key_refuse('renewal_batch_create', target, 'bad_deadline',
            '提出期限は通知日以後、有効期間の終了日（' || p_valid_to || '）以前にしてください。', '22023');
    END IF;
    IF p_part_size IS NULL OR p_part_size NOT BETWEEN 1 AND 1000 THEN
        PERFORM kohi.key_refuse('renewal_batch_create', target, 'bad_part_size',
            '1つのPDFの通知数は1～1000で指定してください。', '22023');
    END IF;
    IF EXISTS (SELECT FROM kohi.renewal_batch x WHERE x.programme = p_programme
                                                  AND x.valid_to = p_valid_to) THEN
        PERFORM kohi.key_refuse('renewal_batch_create', target, 'exists',
            'この制度で ' || p_valid_to || ' に終了する受給者証の一斉更新は作成済みです'
            || '（取り消したバッチは「再開」してください）。', '23505');
    END IF;
    INSERT INTO kohi.renewal_batch (programme, valid_to, notice_date, deadline, part_size)
    VALUES (p_programme, p_valid_to, p_notice_date, p_deadline, p_part_size)
    RETURNING * INTO b;
    -- Each active recipient whose latest approved application ends that day, once.
    INSERT INTO kohi.renewal_item (batch_id, seq, part, programme, recipient_id, application_id,
                                   health_centre)
    SELECT b.id, row_number() OVER w, 0, b.programme, c.recipient_id, c.application_id, c.hc
    FROM (SELECT r.id AS recipient_id, a.id AS application_id, r.kana_key, r.municipality_code,
                 coalesce(kohi.health_centre_of(r.municipality_code, p_valid_to),
                          a.health_centre) AS hc
          FROM kohi.recipient r
          JOIN LATERAL (SELECT x.id, x.valid_to, x.health_centre FROM kohi.application x
                        WHERE x.recipient_id = r.id AND x.state = 'approved'
                        ORDER BY x.valid_to DESC NULLS LAST, x.id DESC LIMIT 1) a ON true
          WHERE r.programme = b.programme AND r.status = 'active'
            AND a.valid_to = p_valid_to) c
    LEFT JOIN kohi.health_centre h ON h.code = c.hc
    WINDOW w AS (ORDER BY h.sort_key NULLS LAST, c.hc, c.municipality_code, c.kana_key,
                 c.recipient_id);
    GET DIAGNOSTICS n = ROW_COUNT;
    -- Parts: consecutive runs of at most part_size items of one 保健所.
    UPDATE kohi.renewal_item i SET part = p.part
    FROM (SELECT x.seq, dense_rank() OVER (ORDER BY min_seq, chunk) AS part
          FROM (SELECT y.seq, (row_number() OVER hc - 1) / b.part_size AS chunk,
                       min(y.seq) OVER (PARTITION BY y.health_centre) AS min_seq
                FROM kohi.renewal_item y WHERE y.batch_id = b.id
                WINDOW hc AS (PARTITION BY y.health_centre ORDER BY y.seq)) x) p
    WHERE i.batch_id = b.id AND i.seq = p.seq;
    PERFORM kohi.audit('renewal_batch_create', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('valid_to', p_valid_to, 'recipients', n,
                                          'notice_date', p_notice_date, 'deadline', p_deadline),
                       b.programme);
    RETURN QUERY SELECT b.id, n;
END
$$;

-- Progress of the caller's batches (or one).
CREATE FUNCTION kohi_api.renewal_batch_status(p_batch bigint)
RETURNS TABLE (batch_id bigint, programme text, valid_to date, notice_date date, deadline date,
               state text, created_by text, created_at timestamptz, recipients int,
               notices_generated int, notices_claimed int, parts int, parts_done int,
               received int, approved int, certificates_printed int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('renewal_batch_status', 'renewal_batch:' || coalesce(p_batch::text, '*'), 'ok');
    RETURN QUERY
    SELECT b.id, b.programme, b.valid_to, b.notice_date, b.deadline, b.state,
           b.created_by::text, b.created_at, s.total, s.generated, s.claimed, s.parts,
           s.parts_done, s.received, s.approved, s.printed
    FROM kohi.renewal_batch b
    CROSS JOIN LATERAL (
        SELECT count(*)::int AS total,
               count(*) FILTER (WHERE i.notice_state = 'generated')::int AS generated,
               count(*) FILTER (WHERE i.notice_state = 'claimed')::int AS claimed,
               count(DISTINCT i.part)::int AS parts,
               (count(DISTINCT i.part) - count(DISTINCT i.part)
                    FILTER (WHERE i.notice_state <> 'generated'))::int AS parts_done,
               count(ans.id)::int AS received,
               count(ans.id) FILTER (WHERE ans.state = 'approved')::int AS approved,
               count(i.certificate_printed_at)::int AS printed
        FROM kohi.renewal_item i
        LEFT JOIN LATERAL kohi.renewal_answer(i.recipient_id, i.application_id) ans ON true
        WHERE i.batch_id = b.id) s
    WHERE p_batch IS NULL OR b.id = p_batch
    ORDER BY b.id DESC;
END
$$;

-- The next part's notices, claimed by this session: what the prefilled form prints (never a
-- My Number: it is not in these tables). A claim whose session is gone (a killed run) or that
-- is older than 30 minutes is taken again, so a resumed run neither skips nor repeats a part.
-- No rows: every notice is generated.
CREATE FUNCTION kohi_api.renewal_notice_claim(p_batch bigint)
RETURNS TABLE (seq int, part int, health_centre text, health_centre_name text,
               recipient_id bigint, recipient_number text, public_payer_number text,
               programme_name text, family_name text, given_name text, family_name_kana text,
               given_name_kana text, birth_date date, sex smallint, postal_code text,
               address text, municipality_name text, phone text, guardian_name text,
               guardian_relationship text, insurer_number text, insurance_symbol text,
               insurance_number text, disease_name text, income_tier_label text,
               monthly_cap int, valid_from date, valid_to date, notice_date date,
               deadline date)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    next_part int;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_notice_claim');
    IF b.state = 'cancelled' THEN
        PERFORM kohi.key_refuse('renewal_notice_claim', 'renewal_batch:' || b.id, 'cancelled',
            '一斉更新のバッチ ' || b.id || ' は取り消されています（続けるには「再開」してください）。',
            '55000');
    END IF;
    SELECT min(i.part) INTO next_part FROM kohi.renewal_item i
    WHERE i.batch_id = b.id
      AND (i.notice_state = 'pending'
           OR (i.notice_state = 'claimed'
               AND (i.claimed_at < now() - interval '30 minutes'
                    OR NOT EXISTS (SELECT FROM pg_stat_activity a WHERE a.pid = i.claim_pid))));
    IF next_part IS NULL THEN
        PERFORM kohi.audit('renewal_notice_claim', 'renewal_batch:' || b.id, 'ok',
                           jsonb_build_object('notices', 0), b.programme);
        RETURN;
    END IF;
    UPDATE kohi.renewal_item i SET notice_state = 'claimed', claim_pid = pg_backend_pid(),
                                   claimed_at = now()
    WHERE i.batch_id = b.id AND i.part = next_part AND i.notice_state <> 'generated';
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('renewal_notice_claim', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('part', next_part, 'notices', n,
                           'recipient_ids', (SELECT jsonb_agg(i.recipient_id ORDER BY i.seq)
                                             FROM kohi.renewal_item i
                                             WHERE i.batch_id = b.id AND i.part = next_part
                                               AND i.notice_state = 'claimed')),
                       b.programme);
    RETURN QUERY
    -- Free text scrubbed of 12-digit runs, as on every letter: a number typed into a wrong
    -- field is not printed.
    SELECT i.seq, i.part, i.health_centre, h.name, r.id, r.recipient_number,
           coalesce(r.public_payer_number,
                    (SELECT pp.number FROM kohi.public_payer pp
                     WHERE pp.programme = i.programme AND pp.valid_from <= b.valid_to
                       AND (pp.valid_to IS NULL OR pp.valid_to >= b.valid_to)
                     ORDER BY pp.valid_from DESC LIMIT 1)), p.name, kohi.without_long_digit_runs(r.family_name),
           kohi.without_long_digit_runs(r.given_name), r.family_name_kana, r.given_name_kana,
           r.birth_date, r.sex, r.postal_code, kohi.without_long_digit_runs(r.address), m.name,
           kohi.without_long_digit_runs(r.phone), kohi.without_long_digit_runs(r.guardian_name),
           r.guardian_relationship, r.insurer_number,
           kohi.without_long_digit_runs(r.insurance_symbol),
           kohi.without_long_digit_runs(r.insurance_number), d.name, t.label, a.monthly_cap,
           a.valid_from, a.valid_to, b.notice_date, b.deadline
    FROM kohi.renewal_item i
    JOIN kohi.recipient r ON r.id = i.recipient_id
    JOIN kohi.application a ON a.id = i.application_id
    JOIN kohi.programme p ON p.code = i.programme
    LEFT JOIN kohi.health_centre h ON h.code = i.health_centre
    LEFT JOIN kohi.municipality m ON m.code = r.municipality_code
    LEFT JOIN kohi.disease d ON d.programme = a.programme AND d.code = a.disease_code
    LEFT JOIN kohi.income_tier t ON t.code = a.income_tier
    WHERE i.batch_id = b.id AND i.part = next_part AND i.notice_state = 'claimed'
      AND i.claim_pid = pg_backend_pid()
    ORDER BY i.seq;
END
$$;

-- The part this session claimed is written (to p_file): its notices are generated.
CREATE FUNCTION kohi_api.renewal_notice_done(p_batch bigint, p_part int, p_file text)
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_notice_done');
    UPDATE kohi.renewal_item i SET notice_state = 'generated', generated_at = now(),
                                   generated_by = session_user, notices = i.notices + 1,
                                   file_name = left(p_file, 300), claim_pid = NULL
    WHERE i.batch_id = b.id AND i.part = p_part AND i.notice_state = 'claimed'
      AND i.claim_pid = pg_backend_pid();
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        PERFORM kohi.key_refuse('renewal_notice_done', 'renewal_batch:' || b.id, 'not_claimed',
            'PDF ' || coalesce(p_part::text, '?') || ' はこの接続で取り出したものではありません'
            || '（別の実行が続けています）。', '55000');
    END IF;
    PERFORM kohi.audit('renewal_notice_done', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('part', p_part, 'notices', n, 'file', left(p_file, 300)),
                       b.programme);
    RETURN n;
END
$$;

CREATE FUNCTION kohi_api.renewal_batch_cancel(p_batch bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_batch_cancel');
    IF b.state = 'cancelled' THEN
        PERFORM kohi.key_refuse('renewal_batch_cancel', 'renewal_batch:' || b.id, 'cancelled',
            '一斉更新のバッチ ' || b.id || ' はすでに取り消されています。', '55000');
    END IF;
    IF nullif(btrim(coalesce(p_reason, '')), '') IS NULL THEN
        PERFORM kohi.key_refuse('renewal_batch_cancel', 'renewal_batch:' || b.id, 'no_reason',
            '取り消しの理由を入力してください。', '22023');
    END IF;
    UPDATE kohi.renewal_batch x SET state = 'cancelled', state_changed_by = session_user,
                                    state_changed_at = now(), cancel_reason = btrim(p_reason)
    WHERE x.id = b.id;
    PERFORM kohi.audit('renewal_batch_cancel', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('reason', btrim(p_reason)), b.programme);
END
$$;

-- Resumes a cancelled (or interrupted) batch: claims of sessions that are gone return to
-- pending; generated notices stay generated.
CREATE FUNCTION kohi_api.renewal_batch_resume(p_batch bigint) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_batch_resume');
    UPDATE kohi.renewal_batch x SET state = 'open', state_changed_by = session_user,
                                    state_changed_at = now()
    WHERE x.id = b.id;
    UPDATE kohi.renewal_item i SET notice_state = 'pending', claim_pid = NULL, claimed_at = NULL
    WHERE i.batch_id = b.id AND i.notice_state = 'claimed'
      AND NOT EXISTS (SELECT FROM pg_stat_activity a WHERE a.pid = i.claim_pid);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('renewal_batch_resume', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('was', b.state, 'released_claims', n), b.programme);
    RETURN (SELECT count(*)::int FROM kohi.renewal_item i
            WHERE i.batch_id = b.id AND i.notice_state <> 'generated');
END
$$;

-- The items of a batch with their intake: which renewal applications came back, which are
-- approved, whose new certificate is printed. p_filter: all | not_received | received |
-- approved_unprinted. Keyset paging on seq.
CREATE FUNCTION kohi_api.renewal_batch_items(p_batch bigint, p_filter text, p_after_seq int,
                                             p_limit int)
RETURNS TABLE (seq int, recipient_id bigint, recipient_number text, name text,
               health_centre_name text, notice_state text, renewal_application_id bigint,
               renewal_state text, certificate_printed_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_batch_items');
    IF p_filter IS NULL OR p_filter NOT IN ('all', 'not_received', 'received', 'approved_unprinted') THEN
        PERFORM kohi.key_refuse('renewal_batch_items', 'renewal_batch:' || b.id, 'bad_filter',
            '絞り込みは all / not_received / received / approved_unprinted のいずれかです。', '22023');
    END IF;
    RETURN QUERY
    SELECT i.seq, r.id, r.recipient_number, r.family_name || '　' || r.given_name, h.name,
           i.notice_state, ans.id, ans.state, i.certificate_printed_at
    FROM kohi.renewal_item i
    JOIN kohi.recipient r ON r.id = i.recipient_id
    LEFT JOIN kohi.health_centre h ON h.code = i.health_centre
    LEFT JOIN LATERAL kohi.renewal_answer(i.recipient_id, i.application_id) ans ON true
    WHERE i.batch_id = b.id AND i.seq > coalesce(p_after_seq, 0)
      AND CASE p_filter WHEN 'not_received' THEN ans.id IS NULL
                        WHEN 'received' THEN ans.id IS NOT NULL
                        WHEN 'approved_unprinted' THEN ans.state = 'approved'
                                                       AND i.certificate_printed_at IS NULL
                        ELSE true END
    ORDER BY i.seq
    LIMIT least(greatest(coalesce(p_limit, 100), 1), 1000);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('renewal_batch_items', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('filter', p_filter, 'rows', n), b.programme);
END
$$;

-- The new certificates of these items are printed (bulk print after approval).
CREATE FUNCTION kohi_api.renewal_certificates_printed(p_batch bigint, p_seqs int[]) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    b kohi.renewal_batch;
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    b := kohi.renewal_batch_of(p_batch, 'renewal_certificates_printed');
    UPDATE kohi.renewal_item i SET certificate_printed_at = now(),
                                   certificate_printed_by = session_user
    WHERE i.batch_id = b.id AND i.seq = ANY (coalesce(p_seqs, '{}'))
      AND i.certificate_printed_at IS NULL
      AND (SELECT ans.state FROM kohi.renewal_answer(i.recipient_id, i.application_id) ans)
          = 'approved';
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> coalesce(cardinality(p_seqs), 0) THEN
        PERFORM kohi.key_refuse('renewal_certificates_printed', 'renewal_batch:' || b.id,
            'not_approved', '承認されていない、または印刷済みの受給者が含まれています（'
            || coalesce(cardinality(p_seqs), 0) - n || '件）。', '55000');
    END IF;
    PERFORM kohi.audit('renewal_certificates_printed', 'renewal_batch:' || b.id, 'ok',
                       jsonb_build_object('certificates', n), b.programme);
    RETURN n;
END
$$;

-- ------------------------------------------------------------------ statistics
-- Recipients holding a certificate valid on a date (an approved application covering it), by
-- programme, disease, tier and 保健所: one row per (dimension, code).
CREATE FUNCTION kohi_api.register_statistics(p_date date)
RETURNS TABLE (dimension text, code text, label text, recipients bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d date := p_date;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF d IS NULL OR d < date '2000-01-01' OR d > current_date + 3660 THEN
        PERFORM kohi.key_refuse('register_statistics', NULL, 'bad_date',
            '集計日を 2000-01-01 から 10年後までの日付で指定してください。', '22023');
    END IF;
    PERFORM kohi.audit('register_statistics', NULL, 'ok', jsonb_build_object('date', d));
    RETURN QUERY
    WITH cert AS (
        SELECT r.programme, a.disease_code, a.income_tier,
               coalesce(kohi.health_centre_of(r.municipality_code, d), a.health_centre) AS hc
        FROM kohi.recipient r
        JOIN LATERAL (SELECT x.disease_code, x.income_tier, x.health_centre
                      FROM kohi.application x
                      WHERE x.recipient_id = r.id AND x.state = 'approved'
                        AND x.valid_from <= d AND x.valid_to >= d
                      ORDER BY x.valid_from DESC, x.id DESC LIMIT 1) a ON true
        WHERE r.programme = ANY (kohi.caller_programmes()))
    SELECT 'programme', c.programme, p.name, count(*) FROM cert c
    JOIN kohi.programme p ON p.code = c.programme GROUP BY c.programme, p.name
    UNION ALL
    SELECT 'disease', c.programme || ':' || coalesce(c.disease_code, ''),
           coalesce(ds.name, '（未設定）'), count(*)
    FROM cert c LEFT JOIN kohi.disease ds ON ds.programme = c.programme AND ds.code = c.disease_code
    GROUP BY c.programme, c.disease_code, ds.name
    UNION ALL
    SELECT 'tier', coalesce(c.income_tier, ''), coalesce(t.label, '（未設定）'), count(*)
    FROM cert c LEFT JOIN kohi.income_tier t ON t.code = c.income_tier
    GROUP BY c.income_tier, t.label
    UNION ALL
    SELECT 'health_centre', coalesce(c.hc, ''), coalesce(h.name, '（未設定）'), count(*)
    FROM cert c LEFT JOIN kohi.health_centre h ON h.code = c.hc
    GROUP BY c.hc, h.name
    ORDER BY 1, 2;
END
$$;

-- ------------------------------------------------------------------ CSV export of a search
-- The search's rows with the chosen fields, as text, for a CSV the client writes. Logged as an
-- export with its row count; the fields are a fixed list (a My Number is not one of them and
-- is not in these tables), and free text is scrubbed of 12-digit runs as the letters are.

CREATE FUNCTION kohi.export_fields() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['programme', 'recipient_number', 'name', 'kana', 'birth_date', 'sex',
                 'postal_code', 'address', 'municipality', 'health_centre', 'phone', 'status',
                 'disease', 'income_tier', 'monthly_cap', 'valid_from', 'valid_to']
$$;
REVOKE ALL ON FUNCTION kohi.export_fields() FROM PUBLIC;

CREATE FUNCTION kohi_api.recipient_export(p_kana text, p_number text, p_birth date,
                                          p_phone text, p_fields text[])
RETURNS TABLE (row_no int, fields text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    bad text;
    phone_digits text := nullif(regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g'), '');
    n int;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF cardinality(kohi.caller_programmes()) = 0 THEN
        PERFORM kohi.key_refuse('recipient_export', NULL, 'not_clerk',
                                '受給者を書き出す権限がありません。');
    END IF;
    IF coalesce(cardinality(p_fields), 0) = 0 OR cardinality(p_fields) > 40 THEN
        PERFORM kohi.key_refuse('recipient_export', NULL, 'no_fields',
                                '書き出す項目を1つ以上（40以下）選んでください。', '22023');
    END IF;
    SELECT f INTO bad FROM unnest(p_fields) f WHERE f IS NULL OR NOT (f = ANY (kohi.export_fields()))
    LIMIT 1;
    IF FOUND THEN
        PERFORM kohi.key_refuse('recipient_export', NULL, 'unknown_field',
            '書き出せない項目です: ' || left(coalesce(bad, '（空）'), 40)
            || '（個人番号は書き出せません）。', '22023', jsonb_build_object('field', left(bad, 40)));
    END IF;
    RETURN QUERY
    WITH hit AS (
        SELECT r.*, a.disease_code, a.income_tier, a.monthly_cap, a.valid_from, a.valid_to,
               a.health_centre AS app_hc
        FROM kohi.recipient r
        LEFT JOIN LATERAL (SELECT x.disease_code, x.income_tier, x.monthly_cap, x.valid_from,
                                  x.valid_to, x.health_centre FROM kohi.application x
                           WHERE x.recipient_id = r.id AND x.state = 'approved'
                           ORDER BY x.valid_to DESC NULLS LAST, x.id DESC LIMIT 1) a ON true
        WHERE r.programme = ANY (kohi.caller_programmes())
          AND (p_kana IS NULL OR (r.kana_key >= p_kana COLLATE "C"
                                  AND r.kana_key < (p_kana || chr(1114111)) COLLATE "C"))
          AND (p_number IS NULL OR r.recipient_number = p_number)
          AND (p_birth IS NULL OR r.birth_date = p_birth)
          AND (phone_digits IS NULL
               OR regexp_replace(coalesce(r.phone, ''), '[^0-9]', '', 'g') = phone_digits)
        ORDER BY r.kana_key, r.id
        LIMIT 100000)
    SELECT (row_number() OVER (ORDER BY h.kana_key, h.id))::int,
           ARRAY(SELECT kohi.without_long_digit_runs(CASE f
                    WHEN 'programme' THEN h.programme
                    WHEN 'recipient_number' THEN h.recipient_number
                    WHEN 'name' THEN h.family_name || '　' || h.given_name
                    WHEN 'kana' THEN h.family_name_kana || '　' || h.given_name_kana
                    WHEN 'birth_date' THEN h.birth_date::text
                    WHEN 'sex' THEN CASE h.sex WHEN 1 THEN '男' WHEN 2 THEN '女' END
                    WHEN 'postal_code' THEN h.postal_code
                    WHEN 'address' THEN h.address
                    WHEN 'municipality' THEN (SELECT m.name FROM kohi.municipality m
                                              WHERE m.code = h.municipality_code)
                    WHEN 'health_centre' THEN (SELECT hc.name FROM kohi.health_centre hc
                        WHERE hc.code = coalesce(kohi.health_centre_of(h.municipality_code,
                                                                       current_date), h.app_hc))
                    WHEN 'phone' THEN h.phone
                    WHEN 'status' THEN h.status
                    WHEN 'disease' THEN (SELECT ds.name FROM kohi.disease ds
                                         WHERE ds.programme = h.programme AND ds.code = h.disease_code)
                    WHEN 'income_tier' THEN (SELECT t.label FROM kohi.income_tier t
                                             WHERE t.code = h.income_tier)
                    WHEN 'monthly_cap' THEN h.monthly_cap::text
                    WHEN 'valid_from' THEN h.valid_from::text
                    WHEN 'valid_to' THEN h.valid_to::text
                 END) FROM unnest(p_fields) WITH ORDINALITY AS u(f, o) ORDER BY u.o)
    FROM hit h
    ORDER BY h.kana_key, h.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    -- The export event: who, which search, which fields, how many rows.
    PERFORM kohi.audit('recipient_export', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('kana', p_kana, 'number', p_number,
                           'birth', p_birth, 'phone', phone_digits, 'fields', to_jsonb(p_fields),
                           'rows', n)));
END
$$;

-- ------------------------------------------------------------------ the access log (0028, re-created)
-- 0028's list with the renewal batch's changes: their events commit with them.
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
    'environment_set', 'audit_retention_purge',
    'renewal_batch_create', 'renewal_notice_done', 'renewal_batch_cancel', 'renewal_batch_resume',
    'renewal_certificates_printed');

-- ------------------------------------------------------------------ grants
REVOKE ALL ON TABLE kohi.municipality_health_centre, kohi.renewal_batch, kohi.renewal_item
    FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.municipality_health_centres(date),
    kohi_api.renewal_batch_create(text, date, date, date, int),
    kohi_api.renewal_batch_status(bigint), kohi_api.renewal_notice_claim(bigint),
    kohi_api.renewal_notice_done(bigint, int, text), kohi_api.renewal_batch_cancel(bigint, text),
    kohi_api.renewal_batch_resume(bigint), kohi_api.renewal_batch_items(bigint, text, int, int),
    kohi_api.renewal_certificates_printed(bigint, int[]), kohi_api.register_statistics(date),
    kohi_api.recipient_export(text, text, date, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.municipality_health_centres(date)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION
    kohi_api.renewal_batch_create(text, date, date, date, int),
    kohi_api.renewal_batch_status(bigint), kohi_api.renewal_notice_claim(bigint),
    kohi_api.renewal_notice_done(bigint, int, text), kohi_api.renewal_batch_cancel(bigint, text),
    kohi_api.renewal_batch_resume(bigint), kohi_api.renewal_batch_items(bigint, text, int, int),
    kohi_api.renewal_certificates_printed(bigint, int[]), kohi_api.register_statistics(date),
    kohi_api.recipient_export(text, text, date, text, text[])
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
