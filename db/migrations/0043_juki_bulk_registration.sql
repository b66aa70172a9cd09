-- 0043: the accepted numbers of a 住基ネット answer file registered in one call (issue 12).
--
-- Until now the client registered each accepted number with its own round trip
-- (mynumber_register_once), then reported the results with juki_import_staged: two statements
-- and a key/logging check per row, 86–96 rows/s on two loaded cores. Here the whole set goes in
-- one call: the same checks (the same kohi_api.mynumber_register does every row: its refusals,
-- guess gate, seal, keyed hash and audit event are unchanged), once per call what is the same
-- for every row (caller, import, key), and the import rows staged in the same loop.
--
-- * The numbers arrive as one text[] bind parameter (never SQL text; the session's
--   log_parameter_max_length is 0, checked by assert_session_ok). Each is sealed on the server
--   from that parameter, exactly as a typed one.
-- * Every line must be an ACCEPT row of the caller's own open import without a registration;
--   anything else refuses the whole call (logged), and the client abandons the file.
-- * The key the client pinned must be the active key: checked once, before any number is
--   looked at.
-- * A registration refused for the person (duplicate, person_number, role_taken, …) sends its
--   row to the review list, as juki_import_staged did.
-- * No idempotency key is needed: the file is one transaction, and a second import of the same
--   file is refused by its SHA-256 (juki_import_begin).

CREATE FUNCTION kohi_api.juki_import_register(p_import_id bigint, p_key_id text, p_lines int[],
                                              p_numbers text[])
RETURNS TABLE (line int, mynumber_id bigint, outcome text, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    target text := 'juki_import:' || coalesce(p_import_id::text, 'null');
    imp kohi.juki_import;
    row_ kohi.juki_import_row;
    q kohi.juki_inquiry;
    reg record;
    n int;
    staged int := 0;
    reviewed int := 0;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.juki_assert_clerk('juki_import_register', target);
    imp := kohi.juki_own_open_import(p_import_id, 'juki_import_register');
    n := coalesce(cardinality(p_lines), 0);
    IF n = 0 OR n <> coalesce(cardinality(p_numbers), -1)
       OR array_ndims(p_lines) <> 1 OR array_ndims(p_numbers) <> 1 OR array_position(p_lines, NULL) IS NOT NULL
       OR n > (SELECT count(*) FROM kohi.juki_import_row r WHERE r.import_id = imp.id) THEN
        PERFORM kohi.audit('juki_import_register', target, 'refused',
                           jsonb_build_object('reason', 'arrays', 'lines', n));
        RAISE EXCEPTION '登録する行番号と個人番号の一覧が空か、長さが一致しません（取り込みの行数以内で指定してください）。'
            USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT FROM kohi.mynumber_key k
                   WHERE k.status = 'active' AND k.key_id = kohi.key_id_from_hex(p_key_id)) THEN
        PERFORM kohi.audit('juki_import_register', target, 'refused', jsonb_build_object('reason', 'key'));
        RAISE EXCEPTION '暗号化に使う公開鍵が現在の鍵ではありません。公開鍵を取得し直してから取り込み直してください。'
            USING ERRCODE = '22023';
    END IF;
    FOR i IN 1 .. n LOOP
        SELECT * INTO row_ FROM kohi.juki_import_row r
        WHERE r.import_id = imp.id AND r.line = p_lines[i] FOR UPDATE;
        IF NOT FOUND OR row_.outcome <> 'ACCEPT' OR row_.mynumber_id IS NOT NULL THEN
            PERFORM kohi.audit('juki_import_register', target, 'refused',
                               jsonb_build_object('reason', 'line', 'line', p_lines[i]));
            RAISE EXCEPTION '%行目は登録の対象（受理した行で、まだ登録していない行）ではありません。', p_lines[i]
                USING ERRCODE = '22023';
        END IF;
        SELECT * INTO STRICT q FROM kohi.juki_inquiry x WHERE x.id = row_.inquiry_id FOR UPDATE;
        -- The same registration as a typed number: every rule, the seal and its own event.
        SELECT * INTO STRICT reg
        FROM kohi_api.mynumber_register(q.recipient_id, q.person_role, NULL, NULL, NULL,
                                        gen_random_uuid(), p_key_id, NULL, p_numbers[i]) m;
        IF reg.outcome = 'ok' THEN
            UPDATE kohi.juki_import_row r SET mynumber_id = reg.mynumber_id
            WHERE r.import_id = imp.id AND r.line = row_.line;
            UPDATE kohi.juki_inquiry x SET state = 'staged', mynumber_id = reg.mynumber_id,
                   answered_import_id = imp.id, answered_line = row_.line
            WHERE x.id = q.id;
            staged := staged + 1;
            RETURN QUERY SELECT row_.line, reg.mynumber_id, 'ACCEPT'::text, NULL::text,
                                '承認待ちとして登録しました（承認者の照合で確定します）。'::text;
        ELSE
            UPDATE kohi.juki_import_row r
            SET outcome = 'REVIEW', reason = 'register_' || left(reg.reason, 40),
                message = left(reg.message, 200) || '（確認リストへ）', needs_review = true
            WHERE r.import_id = imp.id AND r.line = row_.line;
            UPDATE kohi.juki_inquiry x SET state = 'review', answered_import_id = imp.id,
                   answered_line = row_.line
            WHERE x.id = q.id;
            reviewed := reviewed + 1;
            RETURN QUERY SELECT row_.line, NULL::bigint, 'REVIEW'::text, 'register_' || reg.reason,
                                reg.message || '（確認リストへ）';
        END IF;
    END LOOP;
    PERFORM kohi.audit('juki_import_register', target, 'ok',
                       jsonb_build_object('staged', staged, 'review', reviewed));
END
$$;
REVOKE ALL ON FUNCTION kohi_api.juki_import_register(bigint, text, int[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.juki_import_register(bigint, text, int[], text[])
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
