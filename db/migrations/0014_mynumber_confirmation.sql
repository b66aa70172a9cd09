-- Maker-checker for My Numbers: the approver re-keys the number from the evidence document
-- without ever seeing the registered one; the server compares keyed hashes. Only a match moves
-- the number to 'approved'; a mismatch is logged and the approver learns only "does not match".

ALTER TABLE kohi.mynumber
    ADD COLUMN confirmed_by name,
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN mismatches int NOT NULL DEFAULT 0;

-- Approvers' confirmation updates the row (status, mismatch count) through the API below.
CREATE POLICY mynumber_confirm ON kohi.mynumber FOR UPDATE
    USING ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')))
    WITH CHECK ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));

-- The numbers awaiting confirmation for an application: metadata only, never the number.
CREATE FUNCTION kohi_api.mynumber_pending(p_application_id bigint)
RETURNS TABLE (mynumber_id bigint, person_role text, label text, person_name text,
               relationship text, registered_by text, registered_at timestamptz, mismatches int)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    a kohi.application;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        RAISE EXCEPTION '承認の権限がありません。' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO a FROM kohi.application WHERE id = p_application_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '申請が見つかりません。' USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.audit('mynumber_pending', 'application:' || p_application_id, 'ok', '{}', a.programme);
    RETURN QUERY
    SELECT m.id, m.person_role, kohi.person_role_label(m.person_role), m.person_name,
           m.relationship, m.created_by::text, m.created_at, m.mismatches
    FROM kohi.mynumber m
    WHERE m.recipient_id = a.recipient_id AND m.status = 'pending'
    ORDER BY m.id;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_pending(bigint) TO kohi_approver;

-- The approver's blind re-entry. The number arrives only as a bind parameter and is used only
-- to compute the keyed hash. Returns 'confirmed' or 'mismatch' (never raises on a mismatch, so
-- the mismatch event is committed with the call).
CREATE FUNCTION kohi_api.mynumber_confirm(p_mynumber_id bigint, p_rekeyed text)
RETURNS TABLE (outcome text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    m kohi.mynumber;
    digits text;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        RAISE EXCEPTION '承認の権限がありません。' USING ERRCODE = '42501';
    END IF;
    -- FOR UPDATE: two approvers confirming at once are serialised.
    SELECT * INTO m FROM kohi.mynumber WHERE id = p_mynumber_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '照合する個人番号が見つかりません。' USING ERRCODE = '22023';
    END IF;
    IF m.status <> 'pending' THEN
        RETURN QUERY SELECT 'refused'::text, 'この個人番号は既に照合済みです。'::text;
        RETURN;
    END IF;
    -- Maker-checker: the clerk who entered the number cannot confirm it.
    IF m.created_by = session_user THEN
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           '{"reason":"own_entry"}', m.programme);
        RETURN QUERY SELECT 'refused'::text,
            '自分が入力した個人番号は照合できません。別の承認者に依頼してください。'::text;
        RETURN;
    END IF;
    digits := kohi.mynumber_normalise(p_rekeyed);
    IF digits IS NULL OR NOT kohi.mynumber_check_digit_ok(digits)
       OR kohi.kohi_mynumber_hmac(digits) <> m.dup_hash THEN
        UPDATE kohi.mynumber SET mismatches = mismatches + 1 WHERE id = m.id;
        PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'refused',
                           jsonb_build_object('reason', 'mismatch', 'mismatches', m.mismatches + 1),
                           m.programme);
        RETURN QUERY SELECT 'mismatch'::text, '一致しません。'::text;
        RETURN;
    END IF;
    UPDATE kohi.mynumber SET status = 'approved', confirmed_by = session_user, confirmed_at = now()
    WHERE id = m.id;
    PERFORM kohi.audit('mynumber_confirm', 'mynumber:' || m.id, 'ok', '{}', m.programme);
    RETURN QUERY SELECT 'confirmed'::text, '一致しました。'::text;
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_confirm(bigint, text) TO kohi_approver;
