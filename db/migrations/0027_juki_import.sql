-- Inquiries to the resident registry (住基ネット) and the import of its answers (issue 12, item 1;
-- REFERENCE §6).
--
-- * Inquiries. A clerk marks a recipient whose number is needed (the application left it blank,
--   or a number failed confirmation); the server issues an inquiry id (照会番号) per recipient and
--   hands the open ones out for the terminal operator (juki_inquiry_export, a logged read).
-- * Import. The client parses the answer file (core/import: encoding, RFC 4180, check digit, date,
--   sex, result code, column count) and drops the 住民票コード there: it never reaches the server.
--   In ONE transaction the client then calls juki_import_begin (refuses a file whose SHA-256 was
--   imported before: re-importing changes nothing), juki_import_match (every row, matched by
--   照会番号 and confirmed on date of birth, sex and normalised kana; the kanji name is never
--   compared, so 髙/高 is no mismatch), registers each accepted number through the SAME
--   kohi_api.mynumber_register a typed number goes through (pending until a second person
--   confirms it), reports each registration with juki_import_staged, and juki_import_finish,
--   which refuses to close an import with an accepted row that was not staged. The My Number
--   itself never reaches any function of this migration.
-- * Review. Mismatches, unknown inquiries, 10 (not found), 20 (several candidates) and accepted
--   rows the register refused go to a review list; a person resolves each (a new inquiry, or
--   closed with a note).
-- * Who. Clerks, and only for their programmes (RLS on every table, FORCE). Events: changes in
--   their own transaction (juki_inquiry_create, juki_import, juki_review_resolve); reads and
--   refusals durably (kohi.audit).
--
-- Re-created: kohi.audit_is_change (0022) with the three change actions added.

-- ------------------------------------------------------------------ tables
CREATE SEQUENCE kohi.juki_inquiry_seq;
REVOKE ALL ON SEQUENCE kohi.juki_inquiry_seq FROM PUBLIC;

CREATE TABLE kohi.juki_inquiry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inquiry_no   text NOT NULL UNIQUE CHECK (inquiry_no ~ '^[A-Za-z0-9-]{1,32}$'),
    recipient_id bigint NOT NULL,
    programme    text NOT NULL,
    -- Only the patient's number is asked for so far (guardian/household: not built).
    person_role  text NOT NULL DEFAULT 'patient' CHECK (person_role = 'patient'),
    reason       text NOT NULL CHECK (reason IN ('blank', 'confirmation_failed', 'synthetic')),
    -- open: waiting for an answer; staged: its number is a pending registration; review: a
    -- person must decide; closed: resolved without a number from this inquiry.
    state        text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'staged', 'review', 'closed')),
    created_by   name NOT NULL DEFAULT session_user,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    exported_at  timestamptz,
    exported_by  name,
    answered_import_id bigint,
    answered_line int,
    mynumber_id  bigint REFERENCES kohi.mynumber ON DELETE SET NULL,
    closed_by    name,
    closed_at    timestamptz,
    close_note   text CHECK (length(close_note) BETWEEN 1 AND 200),
    FOREIGN KEY (recipient_id, programme) REFERENCES kohi.recipient (id, programme)
        ON UPDATE CASCADE,
    CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
-- One inquiry at a time per person of a recipient.
CREATE UNIQUE INDEX juki_inquiry_one_open ON kohi.juki_inquiry (recipient_id, person_role)
    WHERE state IN ('open', 'review');
CREATE INDEX juki_inquiry_state_idx ON kohi.juki_inquiry (programme, state, id);

CREATE TABLE kohi.juki_import (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_sha256  bytea NOT NULL CHECK (octet_length(file_sha256) = 32),
    file_name    text CHECK (length(file_name) <= 255),
    encoding     text CHECK (length(encoding) <= 40),
    -- The importer's programmes: rows of unknown inquiries are theirs to review.
    programmes   text[] NOT NULL,
    imported_by  name NOT NULL DEFAULT session_user,
    imported_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished     boolean NOT NULL DEFAULT false,
    counts       jsonb
);

-- The same file twice is recognised by its bytes, whoever imports it. No personal data here,
-- so no row security: every clerk's import must see every other group's files.
CREATE TABLE kohi.juki_import_file (
    file_sha256  bytea PRIMARY KEY CHECK (octet_length(file_sha256) = 32),
    import_id    bigint NOT NULL UNIQUE REFERENCES kohi.juki_import,
    imported_by  name NOT NULL DEFAULT session_user,
    imported_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE kohi.juki_import_row (
    import_id    bigint NOT NULL REFERENCES kohi.juki_import,
    line         int NOT NULL CHECK (line >= 2),
    inquiry_no   text CHECK (length(inquiry_no) <= 32),
    inquiry_id   bigint REFERENCES kohi.juki_inquiry,
    -- The inquiry's programme, or the importer's programmes for a row without a known inquiry.
    programmes   text[] NOT NULL,
    outcome      text NOT NULL CHECK (outcome IN ('ACCEPT', 'REVIEW', 'REJECT', 'NOT_FOUND', 'MULTIPLE')),
    reason       text,
    message      text,
    mynumber_id  bigint REFERENCES kohi.mynumber ON DELETE SET NULL,
    -- What the file said, for the reviewer of a mismatch (never a number or 住民票コード).
    file_kana    text CHECK (length(file_kana) <= 100),
    file_birth_date date,
    file_sex     smallint,
    needs_review boolean NOT NULL DEFAULT false,
    resolved_by  name,
    resolved_at  timestamptz,
    resolution   text CHECK (resolution IN ('reissued', 'closed')),
    resolution_note text CHECK (length(resolution_note) BETWEEN 1 AND 200),
    PRIMARY KEY (import_id, line),
    CHECK (needs_review OR resolved_at IS NULL)
);
CREATE INDEX juki_import_row_review_idx ON kohi.juki_import_row (import_id, line)
    WHERE needs_review AND resolved_at IS NULL;

-- Defence in depth: clerks of the programme only, also inside the owner's functions.
ALTER TABLE kohi.juki_inquiry ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.juki_inquiry FORCE ROW LEVEL SECURITY;
CREATE POLICY juki_inquiry_programme_group ON kohi.juki_inquiry
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
ALTER TABLE kohi.juki_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.juki_import FORCE ROW LEVEL SECURITY;
CREATE POLICY juki_import_programme_group ON kohi.juki_import
    USING (programmes && (SELECT kohi.caller_programmes())::text[])
    WITH CHECK (programmes && (SELECT kohi.caller_programmes())::text[]);
ALTER TABLE kohi.juki_import_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.juki_import_row FORCE ROW LEVEL SECURITY;
CREATE POLICY juki_import_row_programme_group ON kohi.juki_import_row
    USING (programmes && (SELECT kohi.caller_programmes())::text[])
    WITH CHECK (programmes && (SELECT kohi.caller_programmes())::text[]);

-- ------------------------------------------------------------------ audit
CREATE OR REPLACE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set',
    'mynumber_register', 'mynumber_confirm', 'mynumber_key_create', 'mynumber_key_enrol',
    'mynumber_key_remove', 'mynumber_key_rotate',
    'mynumber_key_propose', 'mynumber_key_approve', 'mynumber_key_reject',
    'application_create', 'application_update', 'application_submit', 'application_return',
    'application_approve',
    'monitor_rule_set', 'monitor_acknowledge', 'office_holiday_add', 'office_holiday_remove',
    'environment_set', 'audit_retention_purge',
    'juki_inquiry_create', 'juki_import', 'juki_review_resolve');

-- ------------------------------------------------------------------ helpers
-- The comparison form of a kana name (core/import/KanaMatchKey does the same to the file's):
-- NFKC and no spaces. The register holds full-width katakana already.
CREATE FUNCTION kohi.kana_match_key(p_kana text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN translate(normalize(coalesce(p_kana, ''), NFKC), E' \u3000\t', '');
REVOKE ALL ON FUNCTION kohi.kana_match_key(text) FROM PUBLIC;

-- Refuses (durably logged) unless the caller is a clerk of some programme.
CREATE FUNCTION kohi.juki_assert_clerk(p_action text, p_target text) RETURNS text[]
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    progs text[] := kohi.caller_programmes();
BEGIN
    -- A superuser is a member of every duty role: the import is the clerk's own act.
    IF cardinality(progs) = 0 OR kohi.is_superuser() THEN
        PERFORM kohi.audit(p_action, p_target, 'refused', jsonb_build_object('reason', 'duty'));
        RAISE EXCEPTION '住基ネットの照会と回答の取り込みは、制度の担当者が自分のログインで行います。'
            USING ERRCODE = '42501';
    END IF;
    RETURN progs;
END
$$;
REVOKE ALL ON FUNCTION kohi.juki_assert_clerk(text, text) FROM PUBLIC;

-- A new inquiry id: JK + date + running number (unique by the sequence).
CREATE FUNCTION kohi.juki_next_inquiry_no() RETURNS text
LANGUAGE sql VOLATILE SET search_path = pg_catalog, kohi, pg_temp
RETURN 'JK' || to_char(clock_timestamp() AT TIME ZONE 'Asia/Tokyo', 'YYYYMMDD') || '-'
       || lpad(nextval('kohi.juki_inquiry_seq')::text, 7, '0');
REVOKE ALL ON FUNCTION kohi.juki_next_inquiry_no() FROM PUBLIC;

-- The caller's own unfinished import, or a logged refusal.
CREATE FUNCTION kohi.juki_own_open_import(p_import_id bigint, p_action text) RETURNS kohi.juki_import
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    i kohi.juki_import;
BEGIN
    SELECT * INTO i FROM kohi.juki_import WHERE id = p_import_id;
    IF NOT FOUND OR i.imported_by <> session_user OR i.finished THEN
        PERFORM kohi.audit(p_action, 'juki_import:' || coalesce(p_import_id::text, 'null'), 'refused',
                           jsonb_build_object('reason', 'import'));
        RAISE EXCEPTION '取り込みが見つからないか、終了しているか、別の職員の取り込みです。'
            USING ERRCODE = '42501';
    END IF;
    RETURN i;
END
$$;
REVOKE ALL ON FUNCTION kohi.juki_own_open_import(bigint, text) FROM PUBLIC;

-- ------------------------------------------------------------------ inquiries
CREATE FUNCTION kohi_api.juki_inquiry_create(p_recipient_id bigint, p_reason text)
RETURNS TABLE (inquiry_id bigint, inquiry_no text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    target text := 'recipient:' || coalesce(p_recipient_id::text, 'null');
    refusal text;
    v_message text;
    new_id bigint;
    new_no text;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_inquiry_create', target);
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;  -- RLS: own programmes only
    IF NOT FOUND THEN
        refusal := 'recipient';
        v_message := '受給者が見つからないか、担当外の受給者です。';
    ELSIF p_reason IS NULL OR p_reason NOT IN ('blank', 'confirmation_failed') THEN
        refusal := 'reason';
        v_message := '照会の理由は blank（申請書に記入なし）か confirmation_failed（番号の確認ができなかった）で指定してください。';
    ELSIF r.status = 'ended' THEN
        refusal := 'ended';
        v_message := '受給が終了した受給者の個人番号は照会できません。';
    ELSIF EXISTS (SELECT FROM kohi.mynumber m
                  WHERE m.recipient_id = r.id AND m.person_role = 'patient' AND m.status = 'approved') THEN
        refusal := 'registered';
        v_message := 'この受給者の本人の個人番号は既に登録・確認済みです。';
    ELSIF EXISTS (SELECT FROM kohi.juki_inquiry q
                  WHERE q.recipient_id = r.id AND q.person_role = 'patient' AND q.state IN ('open', 'review')) THEN
        refusal := 'open_inquiry';
        v_message := 'この受給者には回答待ちか確認待ちの照会が既にあります。';
    END IF;
    IF refusal IS NOT NULL THEN
        PERFORM kohi.audit('juki_inquiry_create', target, 'refused',
                           jsonb_build_object('reason', refusal), r.programme);
        RAISE EXCEPTION '%', v_message USING ERRCODE = CASE refusal WHEN 'recipient' THEN '42501' ELSE '22023' END;
    END IF;
    new_no := kohi.juki_next_inquiry_no();
    INSERT INTO kohi.juki_inquiry (inquiry_no, recipient_id, programme, reason)
    VALUES (new_no, r.id, r.programme, p_reason) RETURNING id INTO new_id;
    PERFORM kohi.audit('juki_inquiry_create', target, 'ok',
                       jsonb_build_object('inquiry_id', new_id, 'inquiry_no', new_no, 'reason', p_reason),
                       r.programme);
    RETURN QUERY SELECT new_id, new_no;
END
$$;

-- The caller's inquiries in a state (open by default), with what the operator needs to query
-- the registry. p_mark_exported: this is the hand-out to the terminal operator (recorded).
CREATE FUNCTION kohi_api.juki_inquiries(p_state text, p_mark_exported boolean)
RETURNS TABLE (inquiry_id bigint, inquiry_no text, programme text, recipient_id bigint,
               recipient_number text, name text, kana text, birth_date date, sex smallint,
               address text, municipality_code text, reason text, state text,
               created_at timestamptz, exported_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_state text := coalesce(p_state, 'open');
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_inquiries', 'juki_inquiry');
    IF v_state NOT IN ('open', 'staged', 'review', 'closed') THEN
        PERFORM kohi.audit('juki_inquiries', 'juki_inquiry', 'refused',
                           jsonb_build_object('reason', 'state'));
        RAISE EXCEPTION '照会の状態は open・staged・review・closed のいずれかで指定してください。'
            USING ERRCODE = '22023';
    END IF;
    SELECT count(*) INTO n FROM kohi.juki_inquiry q WHERE q.state = v_state;
    -- A read of personal data (and, for the export, its hand-out): logged before it is returned.
    PERFORM kohi.audit(CASE WHEN p_mark_exported THEN 'juki_inquiry_export' ELSE 'juki_inquiries' END,
                       'juki_inquiry', 'ok', jsonb_build_object('state', v_state, 'rows', n));
    IF p_mark_exported THEN
        UPDATE kohi.juki_inquiry q SET exported_at = clock_timestamp(), exported_by = session_user
        WHERE q.state = v_state;
    END IF;
    RETURN QUERY
    SELECT q.id, q.inquiry_no, q.programme, r.id, r.recipient_number,
           r.family_name || '　' || r.given_name, r.family_name_kana || '　' || r.given_name_kana,
           r.birth_date, r.sex, r.address, r.municipality_code, q.reason, q.state, q.created_at,
           q.exported_at
    FROM kohi.juki_inquiry q JOIN kohi.recipient r ON r.id = q.recipient_id
    WHERE q.state = v_state
    ORDER BY q.id;
END
$$;

-- ------------------------------------------------------------------ import
CREATE FUNCTION kohi_api.juki_import_begin(p_sha256 bytea, p_file_name text, p_encoding text)
RETURNS TABLE (import_id bigint, outcome text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    progs text[];
    earlier record;
    new_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    progs := kohi.juki_assert_clerk('juki_import_begin', 'juki_import');
    IF p_sha256 IS NULL OR octet_length(p_sha256) <> 32 THEN
        PERFORM kohi.audit('juki_import_begin', 'juki_import', 'refused',
                           jsonb_build_object('reason', 'hash'));
        RAISE EXCEPTION 'ファイルのハッシュ（SHA-256、32バイト）がありません。' USING ERRCODE = '22023';
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        PERFORM kohi.audit('juki_import_begin', 'juki_import', 'refused',
                           jsonb_build_object('reason', 'isolation'));
        RAISE EXCEPTION '回答ファイルの取り込みは、分離レベル READ COMMITTED（既定）のトランザクションで行ってください。'
            USING ERRCODE = '25000';
    END IF;
    -- A file imported by another group is still the same file (its rows stay invisible).
    SELECT f.import_id AS id, f.imported_at, f.imported_by INTO earlier
    FROM kohi.juki_import_file f WHERE f.file_sha256 = p_sha256;
    IF earlier.id IS NOT NULL THEN
        PERFORM kohi.audit('juki_import_begin', 'juki_import:' || earlier.id, 'refused',
                           jsonb_build_object('reason', 'already_imported'));
        RETURN QUERY SELECT earlier.id, 'already_imported'::text,
            format('このファイルは %s に %s が取り込み済みです（取り込み番号 %s）。同じファイルをもう一度取り込んでも何も変わりません。',
                   to_char(earlier.imported_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI'),
                   earlier.imported_by, earlier.id);
        RETURN;
    END IF;
    INSERT INTO kohi.juki_import (file_sha256, file_name, encoding, programmes)
    VALUES (p_sha256, left(p_file_name, 255), left(p_encoding, 40), progs)
    RETURNING id INTO new_id;
    -- Two sessions importing the same file at once: the second waits here, then fails.
    INSERT INTO kohi.juki_import_file (file_sha256, import_id) VALUES (p_sha256, new_id);
    PERFORM kohi.audit('juki_import_begin', 'juki_import:' || new_id, 'ok',
                       jsonb_build_object('file_name', left(p_file_name, 255), 'encoding', left(p_encoding, 40)));
    RETURN QUERY SELECT new_id, 'ok'::text, NULL::text;
END
$$;

-- Every record of the file, as parsed on the client (never a My Number, never a 住民票コード):
-- [{"line": 2, "inquiry_no": "…", "result": "00|10|20", "kana_key": "…", "birth_date": "YYYY-MM-DD",
--   "sex": 1, "problem_code": null|"…", "problem": null|"…"}]. Records the outcome of each and
-- returns them; the caller registers the ACCEPT rows' numbers and reports with juki_import_staged.
CREATE FUNCTION kohi_api.juki_import_match(p_import_id bigint, p_rows jsonb)
RETURNS TABLE (line int, inquiry_no text, outcome text, reason text, message text,
               inquiry_id bigint, recipient_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    imp kohi.juki_import;
    counts jsonb;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_import_match', 'juki_import:' || coalesce(p_import_id::text, 'null'));
    imp := kohi.juki_own_open_import(p_import_id, 'juki_import_match');
    IF p_rows IS NULL OR jsonb_typeof(p_rows) <> 'array' OR jsonb_array_length(p_rows) > 200000
       OR EXISTS (SELECT FROM kohi.juki_import_row r WHERE r.import_id = imp.id) THEN
        PERFORM kohi.audit('juki_import_match', 'juki_import:' || imp.id, 'refused',
                           jsonb_build_object('reason', 'rows'));
        RAISE EXCEPTION '行の一覧（JSON の配列、200,000 行まで、取り込み1回につき1度）がありません。' USING ERRCODE = '22023';
    END IF;

    -- Each record against the inquiry its 照会番号 names (RLS: another group's inquiry is
    -- unknown). A 照会番号 that occurs twice is never decided by which row comes first.
    BEGIN
        WITH given AS (
            SELECT (e ->> 'line')::int AS line, left(e ->> 'inquiry_no', 32) AS inquiry_no,
                   e ->> 'result' AS result, left(e ->> 'kana_key', 100) AS kana_key,
                   (e ->> 'birth_date')::date AS birth_date, (e ->> 'sex')::smallint AS sex,
                   left(e ->> 'problem_code', 40) AS problem_code, left(e ->> 'problem', 200) AS problem
            FROM jsonb_array_elements(p_rows) e),
        m AS (
            SELECT g.*, count(*) OVER (PARTITION BY g.inquiry_no) AS copies FROM given g),
        checked AS (
            SELECT m.*, q.id AS q_id, q.state AS q_state, q.programme AS q_programme,
                   r.birth_date IS DISTINCT FROM m.birth_date AS bad_birth,
                   r.sex IS DISTINCT FROM m.sex AS bad_sex,
                   kohi.kana_match_key(r.family_name_kana || r.given_name_kana)
                       IS DISTINCT FROM kohi.kana_match_key(m.kana_key) AS bad_kana
            FROM m
            LEFT JOIN kohi.juki_inquiry q ON q.inquiry_no = m.inquiry_no
            LEFT JOIN kohi.recipient r ON r.id = q.recipient_id),
        decided AS (
            SELECT c.*, CASE
                WHEN c.problem_code IS NOT NULL THEN 'REJECT'
                WHEN c.inquiry_no IS NOT NULL AND c.copies > 1 THEN 'REJECT'
                WHEN c.q_id IS NULL THEN 'REVIEW'
                WHEN c.q_state <> 'open' THEN 'REJECT'
                WHEN c.result = '10' THEN 'NOT_FOUND'
                WHEN c.result = '20' THEN 'MULTIPLE'
                WHEN c.result IS DISTINCT FROM '00' THEN 'REJECT'
                WHEN c.bad_birth OR c.bad_sex OR c.bad_kana THEN 'REVIEW'
                ELSE 'ACCEPT' END AS outcome
            FROM checked c)
        INSERT INTO kohi.juki_import_row (import_id, line, inquiry_no, inquiry_id, programmes,
                                          outcome, reason, message, file_kana, file_birth_date,
                                          file_sex, needs_review)
        SELECT imp.id, d.line, d.inquiry_no, d.q_id,
               CASE WHEN d.q_programme IS NULL THEN imp.programmes ELSE ARRAY[d.q_programme] END,
               d.outcome,
               CASE
                   WHEN d.problem_code IS NOT NULL THEN d.problem_code
                   WHEN d.inquiry_no IS NOT NULL AND d.copies > 1 THEN 'duplicate_inquiry'
                   WHEN d.q_id IS NULL THEN 'unknown_inquiry'
                   WHEN d.q_state <> 'open' THEN 'inquiry_' || d.q_state
                   WHEN d.result = '10' THEN 'not_found'
                   WHEN d.result = '20' THEN 'several_candidates'
                   WHEN d.result IS DISTINCT FROM '00' THEN 'result'
                   WHEN d.outcome = 'REVIEW' THEN 'mismatch'
               END,
               CASE
                   WHEN d.problem_code IS NOT NULL THEN d.problem
                   WHEN d.inquiry_no IS NOT NULL AND d.copies > 1 THEN '同じ照会番号の行がファイル内に複数あります。'
                   WHEN d.q_id IS NULL THEN 'この照会番号の照会はありません（担当外の照会か、発行していない番号です。確認リストへ）。'
                   WHEN d.q_state = 'staged' THEN 'この照会は回答を取り込み済みです（番号は承認待ち）。'
                   WHEN d.q_state = 'review' THEN 'この照会は確認待ちです（確認リストで対応してください）。'
                   WHEN d.q_state = 'closed' THEN 'この照会は終了しています。'
                   WHEN d.result = '10' THEN '住基ネットに該当者がありませんでした（確認リストへ）。'
                   WHEN d.result = '20' THEN '住基ネットに該当の候補が複数ありました（確認リストへ）。'
                   WHEN d.result IS DISTINCT FROM '00' THEN '処理結果が正しくありません。'
                   WHEN d.outcome = 'REVIEW' THEN
                       '受給者の登録内容と一致しません（' || array_to_string(ARRAY[
                           CASE WHEN d.bad_birth THEN '生年月日' END,
                           CASE WHEN d.bad_sex THEN '性別' END,
                           CASE WHEN d.bad_kana THEN 'カナ氏名' END], '・')
                       || '）。確認リストへ。'
               END,
               -- What the file said, kept only for the reviewer of a mismatch.
               CASE WHEN d.outcome = 'REVIEW' AND d.q_id IS NOT NULL THEN d.kana_key END,
               CASE WHEN d.outcome = 'REVIEW' AND d.q_id IS NOT NULL THEN d.birth_date END,
               CASE WHEN d.outcome = 'REVIEW' AND d.q_id IS NOT NULL THEN d.sex END,
               d.outcome IN ('REVIEW', 'NOT_FOUND', 'MULTIPLE')
        FROM decided d;
    EXCEPTION
        WHEN invalid_text_representation OR invalid_datetime_format OR datetime_field_overflow
             OR numeric_value_out_of_range OR not_null_violation OR unique_violation
             OR check_violation THEN
            PERFORM kohi.audit('juki_import_match', 'juki_import:' || imp.id, 'refused',
                               jsonb_build_object('reason', 'rows'));
            RAISE EXCEPTION '行の一覧の形式が正しくありません（行番号がない・重複している、生年月日・性別の形式）。'
                USING ERRCODE = '22023';
    END;

    -- Inquiries a person must now decide.
    UPDATE kohi.juki_inquiry q
    SET state = 'review', answered_import_id = imp.id, answered_line = r.line
    FROM kohi.juki_import_row r
    WHERE r.import_id = imp.id AND q.id = r.inquiry_id AND r.needs_review AND q.state = 'open';

    SELECT jsonb_object_agg(c.outcome, c.n) INTO counts
    FROM (SELECT r.outcome, count(*) AS n FROM kohi.juki_import_row r
          WHERE r.import_id = imp.id GROUP BY r.outcome) c;
    -- The comparison read recipients' date of birth, sex and kana: a durable read event.
    PERFORM kohi.audit('juki_import_match', 'juki_import:' || imp.id, 'ok',
                       jsonb_build_object('counts', coalesce(counts, '{}')));
    RETURN QUERY
    SELECT r.line, r.inquiry_no, r.outcome, r.reason, r.message, r.inquiry_id,
           CASE WHEN r.outcome = 'ACCEPT' THEN q.recipient_id END
    FROM kohi.juki_import_row r LEFT JOIN kohi.juki_inquiry q ON q.id = r.inquiry_id
    WHERE r.import_id = imp.id ORDER BY r.line;
END
$$;

-- What the registration of each ACCEPT row gave:
-- [{"line": 2, "mynumber_id": 17}] or [{"line": 3, "reason": "duplicate", "message": "…"}].
-- A registration is checked against the register (the caller's pending patient number of that
-- recipient); a refusal sends the row to review.
CREATE FUNCTION kohi_api.juki_import_staged(p_import_id bigint, p_results jsonb)
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    imp kohi.juki_import;
    e jsonb;
    row_ kohi.juki_import_row;
    q kohi.juki_inquiry;
    mid bigint;
    n int := 0;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_import_staged', 'juki_import:' || coalesce(p_import_id::text, 'null'));
    imp := kohi.juki_own_open_import(p_import_id, 'juki_import_staged');
    IF p_results IS NULL OR jsonb_typeof(p_results) <> 'array' THEN
        PERFORM kohi.audit('juki_import_staged', 'juki_import:' || imp.id, 'refused',
                           jsonb_build_object('reason', 'results'));
        RAISE EXCEPTION '登録結果の一覧（JSON の配列）がありません。' USING ERRCODE = '22023';
    END IF;
    FOR e IN SELECT * FROM jsonb_array_elements(p_results) LOOP
        SELECT * INTO row_ FROM kohi.juki_import_row r
        WHERE r.import_id = imp.id AND r.line = (e ->> 'line')::int;
        IF NOT FOUND OR row_.outcome <> 'ACCEPT' OR row_.mynumber_id IS NOT NULL THEN
            PERFORM kohi.audit('juki_import_staged', 'juki_import:' || imp.id, 'refused',
                               jsonb_build_object('reason', 'line', 'line', e ->> 'line'));
            RAISE EXCEPTION '%行目は登録の対象（ACCEPT）ではありません。', e ->> 'line' USING ERRCODE = '22023';
        END IF;
        SELECT * INTO q FROM kohi.juki_inquiry x WHERE x.id = row_.inquiry_id FOR UPDATE;
        mid := (e ->> 'mynumber_id')::bigint;
        IF mid IS NOT NULL THEN
            -- The registration must be the one this caller just made for this recipient.
            IF NOT EXISTS (SELECT FROM kohi.mynumber m
                           WHERE m.id = mid AND m.recipient_id = q.recipient_id
                             AND m.person_role = q.person_role AND m.status = 'pending'
                             AND m.created_by = session_user) THEN
                PERFORM kohi.audit('juki_import_staged', 'juki_import:' || imp.id, 'refused',
                                   jsonb_build_object('reason', 'mynumber', 'line', row_.line));
                RAISE EXCEPTION '%行目の登録が見つかりません。', row_.line USING ERRCODE = '22023';
            END IF;
            UPDATE kohi.juki_import_row r SET mynumber_id = mid
            WHERE r.import_id = imp.id AND r.line = row_.line;
            UPDATE kohi.juki_inquiry x SET state = 'staged', mynumber_id = mid,
                   answered_import_id = imp.id, answered_line = row_.line
            WHERE x.id = q.id;
        ELSE
            UPDATE kohi.juki_import_row r
            SET outcome = 'REVIEW', reason = 'register_' || left(coalesce(e ->> 'reason', 'refused'), 40),
                message = left(coalesce(e ->> 'message', '登録できませんでした。'), 200) || '（確認リストへ）',
                needs_review = true
            WHERE r.import_id = imp.id AND r.line = row_.line;
            UPDATE kohi.juki_inquiry x SET state = 'review', answered_import_id = imp.id,
                   answered_line = row_.line
            WHERE x.id = q.id;
        END IF;
        n := n + 1;
    END LOOP;
    PERFORM kohi.audit('juki_import_staged', 'juki_import:' || imp.id, 'ok',
                       jsonb_build_object('rows', n));
    RETURN n;
END
$$;

CREATE FUNCTION kohi_api.juki_import_finish(p_import_id bigint)
RETURNS TABLE (outcome text, n bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    imp kohi.juki_import;
    unstaged int;
    v_counts jsonb;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_import_finish', 'juki_import:' || coalesce(p_import_id::text, 'null'));
    imp := kohi.juki_own_open_import(p_import_id, 'juki_import_finish');
    SELECT count(*) INTO unstaged FROM kohi.juki_import_row r
    WHERE r.import_id = imp.id AND r.outcome = 'ACCEPT' AND r.mynumber_id IS NULL;
    IF unstaged > 0 OR NOT EXISTS (SELECT FROM kohi.juki_import_row r WHERE r.import_id = imp.id) THEN
        PERFORM kohi.audit('juki_import_finish', 'juki_import:' || imp.id, 'refused',
                           jsonb_build_object('reason', 'unstaged', 'rows', unstaged));
        RAISE EXCEPTION '登録されていない受理行が % 行あるため、取り込みを終了できません。', unstaged
            USING ERRCODE = '22023';
    END IF;
    SELECT jsonb_object_agg(c.outcome, c.n) INTO v_counts
    FROM (SELECT r.outcome, count(*) AS n FROM kohi.juki_import_row r
          WHERE r.import_id = imp.id GROUP BY r.outcome) c;
    UPDATE kohi.juki_import i SET finished = true, counts = v_counts WHERE i.id = imp.id;
    PERFORM kohi.audit('juki_import', 'juki_import:' || imp.id, 'ok',
                       jsonb_build_object('file_name', imp.file_name, 'counts', v_counts));
    RETURN QUERY SELECT c.key, c.value::bigint FROM jsonb_each_text(v_counts) c ORDER BY 1;
END
$$;

-- ------------------------------------------------------------------ review
CREATE FUNCTION kohi_api.juki_review_list()
RETURNS TABLE (import_id bigint, line int, inquiry_no text, outcome text, reason text,
               message text, recipient_id bigint, recipient_number text, name text, kana text,
               birth_date date, sex smallint, file_kana text, file_birth_date date,
               file_sex smallint, imported_by text, imported_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_review_list', 'juki_review');
    SELECT count(*) INTO n FROM kohi.juki_import_row r WHERE r.needs_review AND r.resolved_at IS NULL;
    PERFORM kohi.audit('juki_review_list', 'juki_review', 'ok', jsonb_build_object('rows', n));
    RETURN QUERY
    SELECT r.import_id, r.line, r.inquiry_no, r.outcome, r.reason, r.message, p.id,
           p.recipient_number, p.family_name || '　' || p.given_name,
           p.family_name_kana || '　' || p.given_name_kana, p.birth_date, p.sex,
           r.file_kana, r.file_birth_date, r.file_sex, i.imported_by::text, i.imported_at
    FROM kohi.juki_import_row r
    JOIN kohi.juki_import i ON i.id = r.import_id
    LEFT JOIN kohi.juki_inquiry q ON q.id = r.inquiry_id
    LEFT JOIN kohi.recipient p ON p.id = q.recipient_id
    WHERE r.needs_review AND r.resolved_at IS NULL
    ORDER BY r.import_id, r.line;
END
$$;

-- p_action: 'reissue' (the inquiry is closed and a new one issued for the same recipient) or
-- 'close' (closed: the number is obtained another way, or not needed). A note is required.
CREATE FUNCTION kohi_api.juki_review_resolve(p_import_id bigint, p_line int, p_action text,
                                             p_note text)
RETURNS TABLE (new_inquiry_no text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    row_ kohi.juki_import_row;
    q kohi.juki_inquiry;
    target text := 'juki_import:' || coalesce(p_import_id::text, 'null') || ':' || coalesce(p_line::text, 'null');
    v_note text := nullif(btrim(p_note), '');
    new_no text;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_review_resolve', target);
    SELECT * INTO row_ FROM kohi.juki_import_row r
    WHERE r.import_id = p_import_id AND r.line = p_line AND r.needs_review FOR UPDATE;
    IF NOT FOUND OR row_.resolved_at IS NOT NULL OR p_action IS NULL
       OR p_action NOT IN ('reissue', 'close') OR v_note IS NULL OR length(v_note) > 200
       OR (p_action = 'reissue' AND row_.inquiry_id IS NULL) THEN
        PERFORM kohi.audit('juki_review_resolve', target, 'refused', jsonb_build_object('reason', 'input'));
        RAISE EXCEPTION '確認待ちの行が見つからないか、対応（reissue・close）かメモ（200文字以内）が正しくありません。照会番号のない行は close だけができます。'
            USING ERRCODE = '22023';
    END IF;
    IF row_.inquiry_id IS NOT NULL THEN
        SELECT * INTO q FROM kohi.juki_inquiry x WHERE x.id = row_.inquiry_id FOR UPDATE;
        IF q.state = 'review' THEN
            UPDATE kohi.juki_inquiry x SET state = 'closed', closed_by = session_user,
                   closed_at = clock_timestamp(), close_note = v_note
            WHERE x.id = q.id;
        END IF;
        IF p_action = 'reissue' THEN
            new_no := kohi.juki_next_inquiry_no();
            INSERT INTO kohi.juki_inquiry (inquiry_no, recipient_id, programme, person_role, reason)
            VALUES (new_no, q.recipient_id, q.programme, q.person_role, q.reason);
        END IF;
    END IF;
    UPDATE kohi.juki_import_row r
    SET resolved_by = session_user, resolved_at = clock_timestamp(),
        resolution = CASE p_action WHEN 'reissue' THEN 'reissued' ELSE 'closed' END,
        resolution_note = v_note
    WHERE r.import_id = row_.import_id AND r.line = row_.line;
    PERFORM kohi.audit('juki_review_resolve', target, 'ok',
                       jsonb_build_object('action', p_action, 'new_inquiry_no', new_no),
                       q.programme);
    RETURN QUERY SELECT new_no;
END
$$;

-- ------------------------------------------------------------------ synthetic data
-- kohi-admin demo inquiries CSV: one synthetic recipient and one open inquiry with the given
-- 照会番号 per row. p_rows: [{"inquiry_no", "programme", "name", "kana", "birth_date", "sex",
-- "address", "municipality_code"}]. Not granted to anyone (the database administrator runs it);
-- refused in production like every synthetic-data function.
CREATE FUNCTION kohi.demo_juki_inquiries(p_rows jsonb) RETURNS int
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    e jsonb;
    rid bigint;
    num text;
    fam text[];
    kana text[];
    n int := 0;
BEGIN
    IF (SELECT kind FROM kohi.environment) = 'production' THEN
        RAISE EXCEPTION '本番環境には合成データを投入できません。' USING ERRCODE = '42501';
    END IF;
    FOR e IN SELECT * FROM jsonb_array_elements(p_rows) LOOP
        fam := regexp_split_to_array(btrim(e ->> 'name', E' \u3000'), E'[ \u3000]+');
        kana := regexp_split_to_array(btrim(e ->> 'kana', E' \u3000'), E'[ \u3000]+');
        num := lpad((900000 + nextval('kohi.recipient_number_seq') % 100000)::text, 6, '0');
        INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,
                                    family_name_kana, given_name_kana, birth_date, sex, address,
                                    municipality_code, synthetic)
        VALUES (e ->> 'programme', num || kohi.luhn_check_digit(num), fam[1],
                coalesce(array_to_string(fam[2:], '　'), ''), kana[1],
                coalesce(array_to_string(kana[2:], '　'), ''),
                (e ->> 'birth_date')::date, (e ->> 'sex')::smallint, e ->> 'address',
                e ->> 'municipality_code', true)
        RETURNING id INTO rid;
        INSERT INTO kohi.juki_inquiry (inquiry_no, recipient_id, programme, reason, created_by)
        VALUES (e ->> 'inquiry_no', rid, e ->> 'programme', 'synthetic', session_user);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION kohi.demo_juki_inquiries(jsonb) FROM PUBLIC;

-- ------------------------------------------------------------------ grants
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'kohi_api.juki_inquiry_create(bigint, text)',
        'kohi_api.juki_inquiries(text, boolean)',
        'kohi_api.juki_import_begin(bytea, text, text)',
        'kohi_api.juki_import_match(bigint, jsonb)',
        'kohi_api.juki_import_staged(bigint, jsonb)',
        'kohi_api.juki_import_finish(bigint)',
        'kohi_api.juki_review_list()',
        'kohi_api.juki_review_resolve(bigint, int, text, text)']
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO kohi_clerk_nanbyo, kohi_clerk_boshi', f);
    END LOOP;
END
$$;
