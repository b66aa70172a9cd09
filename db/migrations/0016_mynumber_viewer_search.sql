-- My Number viewers find the number to reveal. Viewers hold no programme group, so they have no
-- recipient search; this gives them exactly one narrow way in: a precise lookup (a 受給者番号, or
-- a kana prefix together with the date of birth) that returns only people who have a registered
-- number, with the metadata needed to tell them apart (never an envelope, a hash or a key). Each
-- search is logged with its criteria and the recipients it showed. Data minimisation: no browsing,
-- no partial lists of the register, at most 50 rows.

-- Defence in depth: the viewer's read of kohi.recipient (even through the owner's functions,
-- RLS is forced) reaches only recipients who have a number registered. SELECT only: nothing a
-- viewer could write. The viewer test is an InitPlan evaluated first, so for every other caller
-- the EXISTS is never run (the OR with recipient_programme_group stays as cheap as before).
CREATE POLICY recipient_mynumber_holder ON kohi.recipient FOR SELECT
    USING ((SELECT kohi.caller_is_mynumber_viewer())
           AND EXISTS (SELECT FROM kohi.mynumber m WHERE m.recipient_id = recipient.id));

-- Kana as recipient_search expects it (the client normalises; this covers psql callers): spaces
-- of either width become one U+3000, hiragana become katakana.
CREATE FUNCTION kohi.kana_search_key(p text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT nullif(translate(regexp_replace(btrim(p, E' \u3000\t'), E'[ \u3000\t]+', E'\u3000', 'g'),
                            'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
                            'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'),
                  '')
$$;

-- One row per registered number of the matching recipients. Criteria, all applied together:
--   p_recipient_number  受給者番号, 7 digits (full-width digits, spaces, hyphens accepted), or
--   p_kana + p_birth    a kana prefix of at least 2 characters AND the exact date of birth.
-- Anything vaguer is refused (22023) before a row is read.
CREATE FUNCTION kohi_api.mynumber_holder_search(p_recipient_number text, p_kana text, p_birth date)
RETURNS TABLE (mynumber_id bigint, recipient_id bigint, programme text, programme_name text,
               recipient_number text, name text, kana text, birth_date date,
               municipality_name text, person_role text, person_role_label text,
               person_name text, relationship text, status text, registered_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    lim constant int := 50;
    v_number text := nullif(translate(p_recipient_number, '０１２３４５６７８９ 　-－‐', '0123456789'), '');
    v_kana text := kohi.kana_search_key(p_kana);
    conditions text;
    hit record;
    ids bigint[] := '{}';
    n int := 0;
BEGIN
    PERFORM kohi.assert_session_ok();
    -- A superuser "is a member" of every role; the log must name a real viewer.
    IF NOT kohi.caller_is_mynumber_viewer() OR kohi.is_superuser() THEN
        RAISE EXCEPTION '個人番号の登録者を検索する権限がありません。' USING ERRCODE = '42501';
    END IF;
    IF v_number IS NOT NULL AND v_number !~ '^[0-9]{7}$' THEN
        RAISE EXCEPTION '受給者番号は7桁の数字で入力してください。' USING ERRCODE = '22023';
    END IF;
    IF v_kana IS NOT NULL AND length(replace(v_kana, E'\u3000', '')) < 2 THEN
        RAISE EXCEPTION 'カナ氏名は2文字以上入力してください。' USING ERRCODE = '22023';
    END IF;
    -- Data minimisation: a viewer looks up a known person, never browses the register.
    IF v_number IS NULL AND (v_kana IS NULL OR p_birth IS NULL) THEN
        RAISE EXCEPTION '検索条件が足りません。受給者番号（7桁）か、カナ氏名（2文字以上）と生年月日の両方を入力してください。'
            USING ERRCODE = '22023';
    END IF;

    -- As recipient_search: only the given conditions, planned with the actual values; each
    -- programme is an index range on (programme, recipient_number) or (programme, kana_key, id).
    conditions := concat_ws(' AND ',
        CASE WHEN v_number IS NOT NULL THEN 'r.recipient_number = $1' END,
        CASE WHEN v_kana IS NOT NULL THEN 'r.kana_key >= $2 AND r.kana_key < $2 || chr(1114111)' END,
        CASE WHEN p_birth IS NOT NULL THEN 'r.birth_date = $3' END);
    FOR hit IN EXECUTE format(
        'SELECT m.id AS mynumber_id, r.id AS recipient_id, r.programme, p.name AS programme_name,'
        '       r.recipient_number, r.family_name || ''　'' || r.given_name AS name,'
        '       r.kana_key AS kana, r.birth_date, mu.name AS municipality_name, m.person_role,'
        '       m.person_name, m.relationship, m.status, m.created_at'
        ' FROM kohi.programme p'
        ' JOIN kohi.recipient r ON r.programme = p.code AND %s'
        ' JOIN kohi.mynumber m ON m.recipient_id = r.id'
        ' LEFT JOIN kohi.municipality mu ON mu.code = r.municipality_code'
        ' ORDER BY r.kana_key, r.id,'
        '          array_position(ARRAY[''patient'', ''guardian'', ''household''], m.person_role), m.id'
        ' LIMIT $4',
        conditions)
    USING v_number, v_kana COLLATE "C", p_birth, lim
    LOOP
        mynumber_id := hit.mynumber_id;
        recipient_id := hit.recipient_id;
        programme := hit.programme;
        programme_name := hit.programme_name;
        recipient_number := hit.recipient_number;
        name := hit.name;
        kana := hit.kana;
        birth_date := hit.birth_date;
        municipality_name := hit.municipality_name;
        person_role := hit.person_role;
        person_role_label := kohi.person_role_label(hit.person_role);
        person_name := hit.person_name;
        relationship := hit.relationship;
        status := hit.status;
        registered_at := hit.created_at;
        RETURN NEXT;
        n := n + 1;
        IF NOT (hit.recipient_id = ANY (ids)) THEN
            ids := ids || hit.recipient_id;
        END IF;
    END LOOP;
    -- The access log names the criteria and whose numbers were listed (no number: none is here);
    -- one recipient found is also the event's target, so a search by recipient finds it.
    PERFORM kohi.audit('mynumber_holder_search',
                       CASE WHEN cardinality(ids) = 1 THEN 'recipient:' || ids[1] END, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'recipient_number', v_number, 'kana', v_kana, 'birth', p_birth,
                           'rows', n, 'recipient_ids', ids)));
END
$$;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_holder_search(text, text, date) TO kohi_mynumber_viewer;
