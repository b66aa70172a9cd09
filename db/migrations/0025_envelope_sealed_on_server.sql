-- kohi:run-as superuser
-- The stored envelope provably seals the number whose keyed hash is stored (issue 11, item 2).
--
-- Attack found: a clerk registered number A with an envelope that sealed number B (their client
-- sealed one number and sent another as the bind parameter); the server hashed A, so the
-- approver's blind re-key of A confirmed, and the viewer was shown B. An envelope that could not
-- be decrypted at all was accepted too: the server checked only its length, version and key id.
--
-- Design: the SERVER seals, from the same bind parameter it hashes. kohi_auth's
-- kohi_mynumber_seal(number, public_key, associated_data) returns the keyed hash AND the
-- envelope computed from that one argument in one C call (OpenSSL: X25519 + HKDF-SHA-256 +
-- AES-256-GCM, byte for byte scheme v1 of core/crypto, so viewers' clients open it unchanged;
-- db/extension/kohi_seal.c, pinned by tests/extension against RFC 7748/5869, GCM, the
-- pyca/cryptography vector and Botan). A client no longer supplies an envelope: a non-NULL
-- p_envelope is refused (reason 'envelope', logged durably). Why this rather than verifying a
-- client's envelope from client-sent ephemeral material:
--   * no client input can make the stored envelope differ from the hashed number: there is no
--     verification step that could be wrong, skipped or raced; the binding is by construction;
--   * nothing new crosses the wire or the log: the plaintext already reaches the server as a
--     bind parameter (never SQL text; log_parameter_max_length = 0), where verification would
--     additionally need the ephemeral private key (equivalent to the plaintext) from the client;
--   * the clerk's pin keeps its meaning: the terminal still checks the active public key against
--     its pinned fingerprint and sends that key's id; the server seals only if the active key
--     has that id (key id = SHA-256(public key)[0..16), tied to the stored key by CHECK).
-- The server seeing the plaintext is not new (it validated the check digit and hashed it
-- before); a server that a superuser has changed could misuse it in either design.
--
-- Every path that stores an envelope is covered:
--   * kohi_api.mynumber_register is the only INSERT into kohi.mynumber (re-created below); there
--     is no correction path: a wrong number is a new registration. A BEFORE INSERT trigger
--     refuses any row whose (dup_hash, envelope) pair kohi_mynumber_seal did not produce in the
--     same backend (kohi_mynumber_sealed_pair), so a future path (an import, a correction) cannot
--     store a client's envelope without failing.
--   * A BEFORE UPDATE trigger keeps what the envelope and hash are bound to fixed (dup_hash,
--     seal_ref, recipient_id, person_role) and lets the envelope change only together with the
--     key id, i.e. in a key rotation (0022: proposed and approved by two people, time-boxed,
--     once, same count re-sealed). The database administrator (superuser) is not restricted.
--   * Rotation re-seals are made by a viewer's client from the envelopes it opened; the server
--     never sees a plaintext there and cannot verify them then. They stay bound by the approved
--     ceremony of 0022 (a second person approves; the rotation logs how many it re-sealed) and
--     by the update trigger (no re-binding to another row, no same-key swap), and they are
--     verified at reveal: the viewer's client sends the number it opened back (bind parameter)
--     to kohi_api.mynumber_reveal_check, which compares its keyed hash with the stored one, logs
--     a mismatch durably, and the client shows nothing then.
--
-- Re-created: kohi_api.mynumber_register (newest definition 0020). New: kohi.kohi_mynumber_seal,
-- kohi.kohi_mynumber_sealed_pair (C), kohi.mynumber_associated_data,
-- kohi.mynumber_envelope_proof, kohi.mynumber_binding_guard and their triggers,
-- kohi_api.mynumber_reveal_check.

-- ------------------------------------------------------------------ C functions (kohi_auth)
SET LOCAL search_path = kohi, pg_catalog;

-- Keyed hash and envelope of one number from one argument (see db/extension/kohi_crypto.c).
-- ERROR (never quoting the input) if the key file is unusable, the public key is not 32 bytes
-- or is a low-order point, or the CSPRNG fails.
CREATE FUNCTION kohi_mynumber_seal(number text, public_key bytea, associated_data bytea,
                                   OUT dup_hash bytea, OUT envelope bytea)
    AS 'kohi_auth', 'kohi_mynumber_seal'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- True, once, if this backend's kohi_mynumber_seal produced exactly this pair.
CREATE FUNCTION kohi_mynumber_sealed_pair(dup_hash bytea, envelope bytea)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_mynumber_sealed_pair'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

REVOKE ALL ON FUNCTION kohi_mynumber_seal(text, bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_mynumber_sealed_pair(bytea, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_mynumber_seal(text, bytea, bytea),
    kohi_mynumber_sealed_pair(bytea, bytea) TO kohi_owner;

-- Everything else belongs to the API owner, as the functions and triggers it joins do.
SET LOCAL search_path = pg_catalog, pg_temp;
SET LOCAL ROLE kohi_owner;

-- ------------------------------------------------------------------ associated data
-- MyNumberRepository::associatedData(recipientId, role, sealRef), i.e.
-- AssociatedData::forField("recipient", <id>, "mynumber:<role>:<seal_ref>"): for each of
-- "kohi-ad-v1", kind, id, field a 4-byte big-endian length and the UTF-8 bytes.
CREATE FUNCTION kohi.mynumber_associated_data(p_recipient_id bigint, p_person_role text,
                                              p_seal_ref uuid) RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT string_agg(int4send(octet_length(t.b)) || t.b, ''::bytea ORDER BY t.n)
    FROM unnest(ARRAY[convert_to('kohi-ad-v1', 'UTF8'), convert_to('recipient', 'UTF8'),
                      convert_to(p_recipient_id::text, 'UTF8'),
                      convert_to('mynumber:' || p_person_role || ':' || p_seal_ref::text, 'UTF8')])
         WITH ORDINALITY AS t(b, n)
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_associated_data(bigint, text, uuid) FROM PUBLIC;

-- ------------------------------------------------------------------ every stored envelope
-- A row is stored only with a (dup_hash, envelope) pair the server sealed itself in this
-- backend: no SQL path can store an envelope of anything but the hashed number.
CREATE FUNCTION kohi.mynumber_envelope_proof() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT kohi.is_superuser() AND NOT kohi.kohi_mynumber_sealed_pair(NEW.dup_hash, NEW.envelope) THEN
        PERFORM kohi.audit('mynumber_register', 'recipient:' || NEW.recipient_id, 'refused',
                           jsonb_build_object('reason', 'envelope_not_sealed_by_server',
                                              'person_role', NEW.person_role),
                           NEW.programme);
        RAISE EXCEPTION '個人番号の暗号文はサーバーが登録する番号そのものから作成したものだけを保存できます。'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_envelope_proof() FROM PUBLIC;
-- Named to fire before mynumber_register_gate (0021; triggers fire in name order).
CREATE TRIGGER mynumber_envelope_proof BEFORE INSERT ON kohi.mynumber
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_envelope_proof();

-- What the envelope and the hash are bound to never changes; the envelope changes only with
-- the key (a rotation re-seals every number under a new key id).
CREATE FUNCTION kohi.mynumber_binding_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF kohi.is_superuser() THEN
        RETURN NEW;
    END IF;
    IF NEW.dup_hash IS DISTINCT FROM OLD.dup_hash OR NEW.seal_ref IS DISTINCT FROM OLD.seal_ref
       OR NEW.recipient_id IS DISTINCT FROM OLD.recipient_id
       OR NEW.person_role IS DISTINCT FROM OLD.person_role THEN
        RAISE EXCEPTION '登録済みの個人番号の番号・受給者・人の区分は変更できません（誤りは登録し直してください）。'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.envelope IS DISTINCT FROM OLD.envelope AND NEW.key_id IS NOT DISTINCT FROM OLD.key_id THEN
        RAISE EXCEPTION '個人番号の暗号文は鍵の更新でしか替えられません。' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_binding_guard() FROM PUBLIC;
CREATE TRIGGER mynumber_binding_guard BEFORE UPDATE ON kohi.mynumber
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_binding_guard();

-- ------------------------------------------------------------------ registration
-- Re-created from 0020 (the newest definition) with every behaviour kept, except:
--   p_envelope: must be NULL. The server seals the number itself (above); an envelope from a
--               client is refused with reason 'envelope' (after the number's own checks, so a
--               wrong check digit is still reported as such), logged durably.
--   p_key_id:   the key the terminal pinned (its fingerprint checked against kohi.ini); refused
--               ('key') unless it is the active key, which is the key the server seals to.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_register(
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
    active kohi.mynumber_key;
    given_key bytea := kohi.key_id_from_hex(p_key_id);
    digits text;
    sealed record;
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
        -- ON CONFLICT also catches rows other groups' RLS hides from this caller.
        INSERT INTO kohi.mynumber (seal_ref, recipient_id, programme, person_role, person_name,
                                   relationship, application_date, key_id, envelope, dup_hash)
        VALUES (p_seal_ref, r.id, r.programme, p_person_role, v_name, v_relationship, on_date,
                active.key_id, sealed.envelope, sealed.dup_hash)
        ON CONFLICT (dup_hash) DO NOTHING
        RETURNING id INTO new_id;
        IF new_id IS NULL THEN
            SELECT m.recipient_id INTO existing_recipient FROM kohi.mynumber m
            WHERE m.dup_hash = sealed.dup_hash;
            v_code := 'duplicate';
            v_message := CASE WHEN existing_recipient = r.id
                              THEN 'この個人番号はこの受給者に既に登録されています。'
                              ELSE 'この個人番号は既に別の受給者に登録されています。' END;
        END IF;
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
                                          'sealed_by', 'server'), r.programme);
    RETURN QUERY SELECT new_id, 'ok'::text, NULL::text,
                        format('%sの個人番号を登録しました（承認待ち）。', kohi.person_role_label(p_person_role));
END
$$;

-- ------------------------------------------------------------------ verified at reveal
-- Rotation re-seals are made on a viewer's terminal, out of the server's sight. What a viewer is
-- shown is therefore checked when it is shown: right after opening an envelope, the viewer's
-- client sends the number it opened (a bind parameter only, as at registration) and the server
-- compares its keyed hash with the stored one. A mismatch (an envelope re-sealed with another
-- number, e.g. by a dishonest rotation) is logged durably and the client shows nothing.
-- Only for a number this viewer was handed in the last 10 minutes (a reveal in the access log,
-- rolled back or not): otherwise it would be a guessing oracle. Not a reveal: not counted
-- against the daily limit.
CREATE FUNCTION kohi_api.mynumber_reveal_check(p_mynumber_id bigint, p_number text)
RETURNS TABLE (outcome text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    m kohi.mynumber;
    digits text;
    same boolean;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT kohi.caller_is_mynumber_viewer() OR kohi.is_superuser() THEN
        RAISE EXCEPTION '個人番号を照合する権限がありません。' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO m FROM kohi.mynumber x WHERE x.id = p_mynumber_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '指定された個人番号の登録が見つかりません。' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT FROM kohi.audit_event e
                   WHERE e.login = session_user AND e.action = 'mynumber_reveal'
                     AND e.outcome = 'ok' AND e.at >= clock_timestamp() - interval '10 minutes'
                     AND e.target = 'recipient:' || m.recipient_id
                     AND e.details ->> 'mynumber_id' = m.id::text) THEN
        PERFORM kohi.audit('mynumber_reveal_check', 'recipient:' || m.recipient_id, 'refused',
                           jsonb_build_object('mynumber_id', m.id, 'reason', 'not_revealed'),
                           m.programme);
        RAISE EXCEPTION '直前に表示した個人番号だけを照合できます。' USING ERRCODE = '42501';
    END IF;
    digits := kohi.mynumber_normalise(p_number);
    same := digits IS NOT NULL AND kohi.kohi_mynumber_hmac(digits) = m.dup_hash;
    digits := NULL;
    IF NOT same THEN
        PERFORM kohi.audit('mynumber_reveal_check', 'recipient:' || m.recipient_id, 'refused',
                           jsonb_build_object('mynumber_id', m.id, 'reason', 'envelope_mismatch',
                                              'key_id', kohi.key_id_text(m.key_id),
                                              'resealed_at', m.resealed_at),
                           m.programme);
        RETURN QUERY SELECT 'mismatch'::text,
            '保存されている暗号文が、登録・承認された個人番号と一致しません（鍵の更新などで改ざんされたおそれがあります）。表示を中止しました。システム管理者に連絡してください。'::text;
        RETURN;
    END IF;
    PERFORM kohi.audit('mynumber_reveal_check', 'recipient:' || m.recipient_id, 'ok',
                       jsonb_build_object('mynumber_id', m.id), m.programme);
    RETURN QUERY SELECT 'match'::text, NULL::text;
END
$$;
REVOKE ALL ON FUNCTION kohi_api.mynumber_reveal_check(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_reveal_check(bigint, text) TO kohi_mynumber_viewer;
