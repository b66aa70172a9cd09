-- kohi:run-as superuser
-- 0032: a terminal where My Numbers may be revealed needs a second person (issue 11, items 4
-- and 6; found by the insider review of this session): one user administrator could register a
-- reveal terminal of their choosing alone. Now a reveal terminal registered by a user
-- administrator reveals nothing until a different user administrator approves it; the refusal
-- names the reason. Terminals already registered for reveals keep working (they were set up
-- before the rule, by IT), and so do the database administrator's registrations.

ALTER TABLE kohi.terminal_certificate
    ADD COLUMN reveals_approved_by name,
    ADD COLUMN reveals_approved_at timestamptz;
UPDATE kohi.terminal_certificate
SET reveals_approved_by = registered_by, reveals_approved_at = registered_at
WHERE reveals_allowed;

CREATE OR REPLACE FUNCTION kohi_api.terminal_register(p_terminal_id text, p_serial text, p_fingerprint text,
                                           p_subject text, p_not_before timestamptz,
                                           p_not_after timestamptz, p_reveals_allowed boolean)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v_id bigint;
    v_terminal text := btrim(p_terminal_id);
    v_serial text := upper(btrim(p_serial));
    v_fp text := lower(btrim(p_fingerprint));
BEGIN
    PERFORM kohi.assert_terminal_admin('terminal_register');
    IF v_terminal IS NULL OR length(v_terminal) NOT BETWEEN 1 AND 64 OR v_terminal ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION '端末IDは1〜64文字で指定してください（制御文字は使えません）。' USING ERRCODE = '22023';
    END IF;
    IF v_serial IS NULL OR v_serial !~ '^[0-9A-F]{1,64}$' THEN
        RAISE EXCEPTION '証明書のシリアル番号は16進数で指定してください。' USING ERRCODE = '22023';
    END IF;
    IF v_fp IS NULL OR v_fp !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION '証明書のフィンガープリントは SHA-256 の16進数64桁で指定してください。' USING ERRCODE = '22023';
    END IF;
    IF p_subject IS NULL OR length(p_subject) > 400 OR p_not_before IS NULL OR p_not_after IS NULL
       OR p_not_after <= p_not_before OR p_reveals_allowed IS NULL THEN
        RAISE EXCEPTION '証明書の主体名・有効期間・個人番号の表示可否を正しく指定してください。' USING ERRCODE = '22023';
    END IF;
    IF p_not_after <= now() THEN
        RAISE EXCEPTION '有効期限が過ぎた証明書は登録できません。' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM kohi.terminal_certificate x WHERE x.serial = v_serial OR x.fingerprint = v_fp) THEN
        RAISE EXCEPTION 'この証明書（シリアル %）は既に登録されています。', v_serial USING ERRCODE = '23505';
    END IF;
    -- A reveal terminal registered by a user administrator reveals nothing until another one
    -- approves it (terminal_approve_reveals). The database administrator's registrations (IT
    -- setting up the server, outside the staff's duties) count as approved.
    INSERT INTO kohi.terminal_certificate (terminal_id, serial, fingerprint, subject, not_before,
                                           not_after, reveals_allowed, registered_by,
                                           reveals_approved_by, reveals_approved_at)
    VALUES (v_terminal, v_serial, v_fp, p_subject, p_not_before, p_not_after, p_reveals_allowed,
            session_user,
            CASE WHEN p_reveals_allowed AND kohi.is_superuser() THEN session_user END,
            CASE WHEN p_reveals_allowed AND kohi.is_superuser() THEN clock_timestamp() END)
    RETURNING id INTO v_id;
    PERFORM kohi.audit('terminal_register', 'terminal:' || v_terminal, 'ok',
                       jsonb_build_object('serial', v_serial, 'fingerprint', v_fp,
                                          'not_after', p_not_after,
                                          'reveals_allowed', p_reveals_allowed,
                                          'reveals_need_approval',
                                          p_reveals_allowed AND NOT kohi.is_superuser()));
    RETURN v_id;
END
$$;

-- Another user administrator approves a terminal's reveals; never the one who registered it.
-- Returns the number of certificates of the terminal approved now. Refusals are recorded before
-- they are raised, so they outlive the caller's transaction.
CREATE FUNCTION kohi_api.terminal_approve_reveals(p_terminal_id text, p_note text)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'terminal_approve_reveals';
    v_terminal text := btrim(p_terminal_id);
    v_note text := nullif(btrim(p_note), '');
    tgt text := 'terminal:' || coalesce(btrim(p_terminal_id), '');
    own int;
    n int;
BEGIN
    PERFORM kohi.assert_terminal_admin(act);
    IF v_terminal IS NULL OR v_terminal = '' OR length(v_terminal) > 64
       OR (v_note IS NOT NULL AND length(v_note) > 200) THEN
        PERFORM kohi.audit(act, left(tgt, 80), 'refused', jsonb_build_object('reason', 'arguments'));
        RAISE EXCEPTION '承認する端末IDを指定してください（メモは200文字以内）。' USING ERRCODE = '22023';
    END IF;
    SELECT count(*) FILTER (WHERE t.registered_by = session_user) INTO own
    FROM kohi.terminal_certificate t
    WHERE t.terminal_id = v_terminal AND t.reveals_allowed AND t.reveals_approved_by IS NULL
      AND t.revoked_at IS NULL;
    IF own > 0 THEN
        PERFORM kohi.audit(act, tgt, 'refused', jsonb_build_object('reason', 'own_registration'));
        RAISE EXCEPTION '自分が登録した端末の個人番号の表示は承認できません。別のユーザー管理者が承認します。'
            USING ERRCODE = '42501';
    END IF;
    UPDATE kohi.terminal_certificate t
    SET reveals_approved_by = session_user, reveals_approved_at = clock_timestamp()
    WHERE t.terminal_id = v_terminal AND t.reveals_allowed AND t.reveals_approved_by IS NULL
      AND t.revoked_at IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        PERFORM kohi.audit(act, tgt, 'refused', jsonb_build_object('reason', 'nothing_pending'));
        RAISE EXCEPTION '端末「%」に承認待ちの個人番号の表示はありません。', v_terminal
            USING ERRCODE = '55000';
    END IF;
    PERFORM kohi.audit(act, tgt, 'ok', jsonb_strip_nulls(jsonb_build_object(
                           'certificates', n, 'note', v_note)));
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION kohi_api.terminal_approve_reveals(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.terminal_approve_reveals(text, text) TO kohi_user_admin;

-- 0023's reveal-terminal check: registered for reveals, approved by a second person, not revoked.
CREATE OR REPLACE FUNCTION kohi.assert_reveal_terminal(p_action text, p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    t kohi.terminal_certificate := kohi.session_certificate();
BEGIN
    IF t.id IS NOT NULL AND t.reveals_allowed AND t.reveals_approved_by IS NOT NULL
       AND t.revoked_at IS NULL THEN
        RETURN;
    END IF;
    IF t.id IS NOT NULL AND t.reveals_allowed AND t.revoked_at IS NULL THEN
        PERFORM kohi.audit(p_action, p_target, 'refused',
                           jsonb_build_object('reason', 'terminal_reveals_not_approved',
                                              'terminal', t.terminal_id));
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'この端末での個人番号の表示は、まだ別のユーザー管理者に承認されていません。承認されるまで表示できません。';
    END IF;
    PERFORM kohi.audit(p_action, p_target, 'refused',
                       jsonb_build_object('reason', 'terminal_not_for_reveals',
                                          'terminal', t.terminal_id));
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'この端末からは個人番号を表示できません（個人番号の表示を許可された端末として登録されていません）。表示が許可された端末で操作してください。';
END
$$;
