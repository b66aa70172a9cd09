-- My Numbers per person, not per table (issue 12, item 2).
--
-- Until now kohi.mynumber.dup_hash was UNIQUE across the table: a number could be held once,
-- for one recipient. But one person rightly appears for several recipients: one guardian for two
-- siblings (possibly in two programme groups: 難病 54 and 小慢 52), household members of a 小慢
-- patient under 国保 who are also household members of a sibling's 難病 certification, spouses
-- in each other's household (the patient of one recipient is a household member of the other).
--
-- Who "a person" is. The number itself identifies a person (one My Number per resident), so the
-- keyed hash is the person's key; what the clerk can see and type identifies them too: the
-- normalised kana name (kohi.kana_match_key: NFKC, so half-width kana is full-width, spaces
-- ignored) and the date of birth. For the patient both come from the recipient; for a guardian
-- or a household member the clerk enters them (p_person_kana, p_person_birth_date). One row of
-- kohi.mynumber_person per number holds that identity: (hash → kana, birth date).
--   A. One number, one person: a number may appear for another recipient only with the SAME
--      identity (kana and date of birth). A number already held for a person whose identity is
--      unknown (registered before this migration, or without kana and birth date) or different
--      is refused, as before ('duplicate', the same message: "already registered for another
--      recipient"): it cannot be shown to be the same person.
--   B. One person, one number: an identity that already has another number is refused
--      ('person_number'). Two PATIENT rows of equal identity are not compared this way: they are
--      two recipients of the register (two records of one person are the register's matter,
--      and synthetic data has many equal names); B applies whenever a guardian or household
--      member is involved, on either side (kohi.mynumber_person.as_other).
--   C. Per recipient: a person (a number) appears once per recipient, in one role (the number is
--      held once; the rows say who they are for that recipient). One patient per number across
--      the table stays: a person is the patient of one certification (小慢 and 難病 for one
--      disease are alternatives); UNCONFIRMED whether 療育医療 (17) and 小慢 (52) may run side by
--      side — then this partial index is the one line to change.
--   Kanji names are never compared (variants such as 髙/高), as at the 住基ネット import.
--   A true pair of different people with the same kana and birth date, one of them a guardian or
--   household member, is refused by B: the clerk checks the papers; the refusal is logged.
-- Refusals under A count as guesses (reason 'duplicate', 0021), and so do refusals under B
-- (reason 'person_number'): registering number X as "this kana, this birth date" for a second
-- recipient and being refused or accepted tells whether X is that person's number.
--
-- Across programme groups: clerks see only their groups' rows (RLS), so the identity table is
-- reached only by the owner's functions (policy for kohi_owner, no grants): a 小慢 clerk learns
-- nothing about a 難病 row except what the refusal says.
--
-- Guardians: a guardian's number is collected only while the patient is a minor, in every
-- programme: from 18 (20 before 2022-04-01, kohi.is_minor) the patient applies for themselves
-- (mynumber_person_rule: minors_only for 52 and 17 too; 54 had it since 0010).
--
-- Re-created: kohi_api.mynumber_register (newest definition 0025; dropped and created with two
-- trailing parameters p_person_kana, p_person_birth_date DEFAULT NULL, so a 9-argument call works
-- unchanged), kohi.mynumber_guesses_today (0021: 'person_number' counts).

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ guardians: minors only
UPDATE kohi.mynumber_person_rule SET minors_only = true WHERE person_role = 'guardian';

-- ------------------------------------------------------------------ the person of each number
CREATE TABLE kohi.mynumber_person (
    -- The keyed hash of kohi.mynumber (HMAC-SHA-256, key outside the database).
    dup_hash   bytea PRIMARY KEY CHECK (octet_length(dup_hash) = 32),
    kana_key   text CHECK (length(kana_key) BETWEEN 1 AND 120),
    birth_date date,
    -- Appears as a guardian or household member of some recipient (rule B, header).
    as_other   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kana_key IS NULL) = (birth_date IS NULL))
);
CREATE INDEX mynumber_person_identity_idx ON kohi.mynumber_person (kana_key, birth_date);
-- Spans programme groups by nature: only the owner's functions read or write it.
REVOKE ALL ON kohi.mynumber_person FROM PUBLIC;
ALTER TABLE kohi.mynumber_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.mynumber_person FORCE ROW LEVEL SECURITY;
CREATE POLICY mynumber_person_owner ON kohi.mynumber_person TO kohi_owner USING (true)
    WITH CHECK (true);

-- Registrations of one identity are serialised on a bucket of its hash (no personal data kept;
-- a lock table, because advisory locks can be taken by any staff member).
CREATE TABLE kohi.mynumber_identity_gate (
    bucket bigint PRIMARY KEY
);
REVOKE ALL ON kohi.mynumber_identity_gate FROM PUBLIC;

-- Every registered number has its person row; patient rows carry the recipient's identity.
-- (One row per hash: dup_hash was unique until now. Where two patients' identities coincide
-- with different numbers — allowed, see B — each keeps its own.)
INSERT INTO kohi.mynumber_person (dup_hash, kana_key, birth_date, as_other, created_at)
SELECT m.dup_hash,
       CASE WHEN m.person_role = 'patient'
            THEN nullif(kohi.kana_match_key(r.family_name_kana || r.given_name_kana), '') END,
       CASE WHEN m.person_role = 'patient'
                 AND kohi.kana_match_key(r.family_name_kana || r.given_name_kana) <> ''
            THEN r.birth_date END,
       false, m.created_at
FROM kohi.mynumber m JOIN kohi.recipient r ON r.id = m.recipient_id;

ALTER TABLE kohi.mynumber DROP CONSTRAINT mynumber_dup_hash_key;
ALTER TABLE kohi.mynumber ADD CONSTRAINT mynumber_recipient_person_key UNIQUE (recipient_id, dup_hash);
CREATE UNIQUE INDEX mynumber_one_patient_per_number ON kohi.mynumber (dup_hash)
    WHERE person_role = 'patient';
-- Referential checks see every row whatever the caller's groups (RLS does not apply to them).
ALTER TABLE kohi.mynumber ADD CONSTRAINT mynumber_person_fkey FOREIGN KEY (dup_hash)
    REFERENCES kohi.mynumber_person (dup_hash);

-- The person row goes with the last row of its number (a disposal deletes the number's rows;
-- the identity alone is not kept). Still referenced elsewhere: kept.
CREATE FUNCTION kohi.mynumber_person_release() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    BEGIN
        DELETE FROM kohi.mynumber_person p WHERE p.dup_hash = OLD.dup_hash;
    EXCEPTION WHEN foreign_key_violation THEN
        NULL; -- the number is still held for another recipient
    END;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_person_release() FROM PUBLIC;
CREATE TRIGGER mynumber_person_release AFTER DELETE ON kohi.mynumber
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_person_release();

-- ------------------------------------------------------------------ guesses
-- Re-created from 0021 (the only definition): a refusal under rule B is a guess too.
CREATE OR REPLACE FUNCTION kohi.mynumber_guesses_today(p_login name) RETURNS int
LANGUAGE sql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT count(*)::int FROM kohi.audit_event e
    WHERE e.login = p_login
      AND e.at >= (date_trunc('day', clock_timestamp() AT TIME ZONE 'Asia/Tokyo')
                   AT TIME ZONE 'Asia/Tokyo')
      AND e.outcome = 'refused'
      AND ((e.action = 'mynumber_confirm' AND e.details ->> 'reason' = 'mismatch')
           OR (e.action = 'mynumber_register'
               AND e.details ->> 'reason' IN ('duplicate', 'person_number')))
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_guesses_today(name) FROM PUBLIC;

-- ------------------------------------------------------------------ registration
DROP FUNCTION kohi_api.mynumber_register(bigint, text, text, text, date, uuid, text, bytea, text);

-- Re-created from 0025 (the newest definition) with every behaviour kept, and:
--   p_person_kana, p_person_birth_date: the guardian's or household member's 氏名カナ and 生年月日
--     (both or neither; never for the patient, whose identity is the recipient's). Needed for a
--     person who is already registered for another recipient (rule A), checked against every
--     identity (rule B).
--   the duplicate check is per recipient and person (rules A–C in the header).
CREATE FUNCTION kohi_api.mynumber_register(
    p_recipient_id bigint, p_person_role text, p_person_name text, p_relationship text,
    p_application_date date, p_seal_ref uuid, p_key_id text, p_envelope bytea, p_number text,
    p_person_kana text DEFAULT NULL, p_person_birth_date date DEFAULT NULL)
RETURNS TABLE (mynumber_id bigint, outcome text, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r kohi.recipient;
    on_date date := coalesce(p_application_date, current_date);
    backdate int := kohi.setting_value('mynumber_backdate_days');
    v_name text := nullif(btrim(p_person_name), '');
    v_relationship text := nullif(btrim(p_relationship), '');
    v_kana text := nullif(kohi.kana_match_key(p_person_kana), '');
    v_birth date := p_person_birth_date;
    active kohi.mynumber_key;
    given_key bytea := kohi.key_id_from_hex(p_key_id);
    digits text;
    sealed record;
    person kohi.mynumber_person;
    existing boolean;
    v_constraint text;
    new_id bigint;
    v_code text;
    v_message text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF p_person_role IS NULL OR p_person_role NOT IN ('patient', 'guardian', 'household') THEN
        RAISE EXCEPTION '人の区分は patient・guardian・household のいずれかで指定してください。'
            USING ERRCODE = '22023';
    END IF;
    IF p_seal_ref IS NULL THEN
        RAISE EXCEPTION '個人番号の登録番号（seal_ref）がありません。' USING ERRCODE = '22023';
    END IF;
    -- Rows of other groups are invisible (RLS): "not found" and "not yours" look the same.
    SELECT * INTO r FROM kohi.recipient WHERE id = p_recipient_id;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        RAISE EXCEPTION '受給者が見つからないか、担当外の受給者です。' USING ERRCODE = '42501';
    END IF;
    -- One registration per recipient at a time (patient/guardian uniqueness below).
    PERFORM FROM kohi.recipient x WHERE x.id = r.id FOR NO KEY UPDATE;

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
    -- Who the person is (header): the recipient for the patient, else what the clerk entered.
    IF v_code IS NULL AND p_person_role = 'patient' THEN
        IF v_kana IS NOT NULL OR v_birth IS NOT NULL THEN
            v_code := 'person';
            v_message := '本人（受診者）の氏名カナと生年月日は受給者の登録内容を使います（入力しません）。';
        ELSE
            v_kana := nullif(kohi.kana_match_key(r.family_name_kana || r.given_name_kana), '');
            v_birth := CASE WHEN v_kana IS NOT NULL THEN r.birth_date END;
        END IF;
    ELSIF v_code IS NULL THEN
        IF (v_kana IS NULL) <> (v_birth IS NULL) THEN
            v_code := 'person';
            v_message := format('%sの氏名カナと生年月日は両方入力してください（別の受給者にも登録されている人を同じ人と確かめるために使います）。',
                                kohi.person_role_label(p_person_role));
        ELSIF v_kana IS NOT NULL AND (v_kana !~ '^[ァ-ヶー]+$' OR length(v_kana) > 60) THEN
            v_code := 'person';
            v_message := format('%sの氏名カナはカタカナ60文字以内で入力してください。',
                                kohi.person_role_label(p_person_role));
        ELSIF v_birth > current_date OR v_birth < date '1900-01-01' THEN
            v_code := 'person';
            v_message := format('%sの生年月日は1900年1月1日から今日までの日付で入力してください。',
                                kohi.person_role_label(p_person_role));
        END IF;
    END IF;
    IF v_code IS NULL AND p_person_role IN ('patient', 'guardian')
       AND EXISTS (SELECT FROM kohi.mynumber m
                   WHERE m.recipient_id = r.id AND m.person_role = p_person_role) THEN
        v_code := 'role_taken';
        v_message := format('この受給者の%sの個人番号は既に登録されています。',
                            kohi.person_role_label(p_person_role));
    END IF;
    IF v_code IS NULL THEN
        SELECT * INTO active FROM kohi.mynumber_key k WHERE k.status = 'active';
        IF active.key_id IS NULL OR given_key IS DISTINCT FROM active.key_id THEN
            v_code := 'key';
            v_message := '暗号化に使った公開鍵が現在の鍵ではありません。公開鍵を取得し直して入力し直してください。';
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
    -- Security: an envelope made by a client is never stored (it could seal another number than
    -- the one hashed, or nothing at all); the server seals the hashed number itself below.
    IF v_code IS NULL AND p_envelope IS NOT NULL THEN
        v_code := 'envelope';
        v_message := '端末で暗号化された個人番号は受け付けません（暗号化は、登録する番号そのものからサーバーが行います）。Kohi のクライアントを更新してください。';
    END IF;
    IF v_code IS NULL THEN
        -- Hash and envelope from the one normalised bind parameter, in one call.
        SELECT s.dup_hash, s.envelope INTO sealed
        FROM kohi.kohi_mynumber_seal(digits, active.public_key,
                                     kohi.mynumber_associated_data(r.id, p_person_role, p_seal_ref)) s;
    END IF;
    IF v_code IS NULL AND v_kana IS NOT NULL THEN
        -- Registrations of one identity one at a time (rule B).
        INSERT INTO kohi.mynumber_identity_gate (bucket)
        VALUES (hashtextextended(v_kana || '|' || v_birth::text, 33)) ON CONFLICT DO NOTHING;
        PERFORM FROM kohi.mynumber_identity_gate g
        WHERE g.bucket = hashtextextended(v_kana || '|' || v_birth::text, 33) FOR NO KEY UPDATE;
    END IF;
    IF v_code IS NULL THEN
        -- The row is inserted first: its BEFORE INSERT gate (0021) logs the lookup by number
        -- and stops a caller at the day's guess limit before anything is compared. A rule that
        -- then says no undoes the row (this block's subtransaction); its refusal is logged below.
        BEGIN
            INSERT INTO kohi.mynumber_person (dup_hash, kana_key, birth_date, as_other)
            VALUES (sealed.dup_hash, v_kana, v_birth, p_person_role <> 'patient')
            ON CONFLICT (dup_hash) DO NOTHING
            RETURNING * INTO person;
            existing := person.dup_hash IS NULL;
            IF existing THEN
                SELECT * INTO person FROM kohi.mynumber_person p
                WHERE p.dup_hash = sealed.dup_hash FOR UPDATE;
            END IF;
            -- C: one patient per number (the partial unique index sees rows RLS hides); once per
            -- recipient (mynumber_recipient_person_key, caught below).
            INSERT INTO kohi.mynumber (seal_ref, recipient_id, programme, person_role, person_name,
                                       relationship, application_date, key_id, envelope, dup_hash)
            VALUES (p_seal_ref, r.id, r.programme, p_person_role, v_name, v_relationship, on_date,
                    active.key_id, sealed.envelope, sealed.dup_hash)
            ON CONFLICT (dup_hash) WHERE person_role = 'patient' DO NOTHING
            RETURNING id INTO new_id;
            -- A: a number held elsewhere is this person's only if the identity is the same.
            IF new_id IS NULL
               OR (existing AND (person.kana_key IS NULL OR v_kana IS NULL
                                 OR person.kana_key <> v_kana OR person.birth_date <> v_birth)) THEN
                RAISE EXCEPTION USING ERRCODE = 'KH033', MESSAGE = 'duplicate',
                    DETAIL = 'この個人番号は既に別の受給者に登録されています。';
            END IF;
            -- B: one identity, one number.
            IF v_kana IS NOT NULL
               AND EXISTS (SELECT FROM kohi.mynumber_person q
                           WHERE q.kana_key = v_kana AND q.birth_date = v_birth
                             AND q.dup_hash <> sealed.dup_hash
                             AND (p_person_role <> 'patient' OR q.as_other)) THEN
                RAISE EXCEPTION USING ERRCODE = 'KH033', MESSAGE = 'person_number',
                    DETAIL = 'この人（氏名カナと生年月日が同じ人）には、別の受給者で別の個人番号が登録されています。一人の個人番号は一つです。番号と本人確認書類を確かめてください。';
            END IF;
            IF existing AND p_person_role <> 'patient' AND NOT person.as_other THEN
                UPDATE kohi.mynumber_person p SET as_other = true WHERE p.dup_hash = sealed.dup_hash;
            END IF;
        EXCEPTION
            WHEN SQLSTATE 'KH033' THEN
                GET STACKED DIAGNOSTICS v_code = MESSAGE_TEXT, v_message = PG_EXCEPTION_DETAIL;
                new_id := NULL;
            WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
                IF v_constraint IS DISTINCT FROM 'mynumber_recipient_person_key' THEN
                    RAISE;
                END IF;
                v_code := 'duplicate';
                v_message := 'この個人番号はこの受給者に既に登録されています。';
                new_id := NULL;
        END;
    END IF;
    digits := NULL;

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
                                          'key_id', kohi.key_id_text(active.key_id),
                                          'sealed_by', 'server',
                                          'identity', v_kana IS NOT NULL), r.programme);
    RETURN QUERY SELECT new_id, 'ok'::text, NULL::text,
                        format('%sの個人番号を登録しました（承認待ち）。', kohi.person_role_label(p_person_role));
END
$$;
REVOKE ALL ON FUNCTION kohi_api.mynumber_register(bigint, text, text, text, date, uuid, text, bytea,
                                                  text, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_register(bigint, text, text, text, date, uuid, text,
                                                     bytea, text, text, date)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
