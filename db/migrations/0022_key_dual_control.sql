-- No one acts alone on My Number key material (issue 11, item 3).
--
-- Before this migration one viewer could take everything: mynumber_rotation_envelopes() handed
-- every envelope to any key holder at any time (with mynumber_my_wrapped_key() and offline
-- decryption: every number, no reason given), and mynumber_key_rotate by one viewer with a new
-- key only they held and garbage envelopes deleted the other viewers' wrapped keys. The
-- Argon2id cost of a wrapped key was whatever the client chose (RFC 9106's bare minimums were
-- enough), so a pg_dump could be attacked at thousands of guesses per second. Now:
--
-- * Dual control. Creating a key (after the very first one), rotating, enrolling a viewer and
--   removing a viewer's wrapped key are PROPOSED by one staff member and APPROVED by another
--   (kohi.mynumber_key_proposal). The approver is any active staff member holding the My Number
--   viewer duty or the user administrator duty, other than the proposer and other than the viewer
--   the proposal enrols or removes: a second viewer where there is one, and the user
--   administrator — who grants the viewer duty in the first place — where there is only one
--   (the state after the first key, in which the second viewer must be enrolled). Proposals
--   expire unapproved after mynumber_key_proposal_hours (24 h); an approval opens a window of
--   mynumber_key_window_minutes (60 min) in which the proposer carries the operation out, once.
--   Proposals, approvals and rejections are changes (events in their own transaction);
--   refusals are durable.
-- * The bulk read. mynumber_rotation_envelopes() is refused outside an approved rotation window
--   and only once per approval: the hand-out is marked by its durable access event (which
--   survives a ROLLBACK), so a second call, even after rolling the first back, is refused. It
--   logs how many envelopes it handed out; mynumber_key_rotate must run in the same transaction,
--   re-seals exactly that many (checked), logs both counts and refuses to delete any other
--   viewer's wrapped key that the approved proposal did not name. No other call returns more
--   than one envelope (mynumber_reveal: one, counted against the daily limit below).
-- * The bootstrap stays: the first key ever (no key row at all, so no number exists either) is
--   created by the database administrator (`kohi-admin keys create`) or a viewer for themselves.
-- * Reveal limit. mynumber_reveals_per_day (20) reveals per viewer per day (Asia/Tokyo), counted
--   from the durable access log (a rolled-back reveal counts: its envelope left the server),
--   serialised per viewer on a row lock, and only in READ COMMITTED transactions (a REPEATABLE
--   READ snapshot would not see the viewer's latest reveals). The refusal is logged durably.
-- * Argon2id minimums. kohi.assert_wrapped_key reads the parameters the wrapped key carries
--   (KeyWrapper v1: memory KiB, iterations, lanes, big-endian, bytes 2..13) and refuses less than
--   m = 64 MiB, t = 3, p = 1 (RFC 9106 §4, second recommended option; the client's defaults in
--   core/crypto/Argon2Params.h), and anything outside what the client would ever open. Only
--   outside production may mynumber_argon2_test_params = 1 lower this to RFC 9106's bare limits
--   (m >= 8p KiB, t >= 1) so that tests stay fast: the setting cannot be turned on in
--   production, the environment cannot be switched to production while it is on, and the check
--   ignores it in production anyway. A trigger applies the same check to every wrapped key row.

-- ------------------------------------------------------------------ settings
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('mynumber_key_proposal_hours', 24, 1, 168,
     '個人番号の鍵の操作の提案が承認されずに失効するまでの時間（時間）'),
    ('mynumber_key_window_minutes', 60, 5, 480,
     '承認された鍵の操作を提案者が実行できる時間（承認から、分、一度だけ）'),
    ('mynumber_reveals_per_day', 20, 1, 1000,
     '閲覧者1人が1日に個人番号を表示できる回数の上限'),
    ('mynumber_argon2_test_params', 0, 0, 1,
     '試験用: 鍵の保護に弱い Argon2id パラメータを認める（1 = 認める。本番環境では設定できません）');

CREATE FUNCTION kohi.argon2_test_params_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF kohi.setting_value('mynumber_argon2_test_params') = 1
       AND (SELECT e.kind FROM kohi.environment e) = 'production' THEN
        RAISE EXCEPTION '本番環境では、試験用の弱い鍵の保護（mynumber_argon2_test_params）を有効にできません。0 にしてから本番環境にしてください。'
            USING ERRCODE = '22023';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.argon2_test_params_check() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER setting_argon2_test_params
    AFTER INSERT OR UPDATE ON kohi.setting
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION kohi.argon2_test_params_check();
CREATE CONSTRAINT TRIGGER environment_argon2_test_params
    AFTER INSERT OR UPDATE ON kohi.environment
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION kohi.argon2_test_params_check();

-- ------------------------------------------------------------------ Argon2id minimums
-- Unsigned 32-bit big-endian integer at a 0-based byte offset.
CREATE FUNCTION kohi.be_uint32(p bytea, p_offset int) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (get_byte(p, p_offset)::bigint << 24) | (get_byte(p, p_offset + 1)::bigint << 16)
           | (get_byte(p, p_offset + 2)::bigint << 8) | get_byte(p, p_offset + 3)::bigint
$$;

CREATE OR REPLACE FUNCTION kohi.assert_wrapped_key(p_wrapped bytea, p_key_id bytea) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    m bigint;
    t bigint;
    p bigint;
    test_params boolean;
BEGIN
    IF p_wrapped IS NULL OR octet_length(p_wrapped) <> 105 OR get_byte(p_wrapped, 0) <> 1
       OR substr(p_wrapped, 30, 16) <> p_key_id THEN
        RAISE EXCEPTION '暗号化された秘密鍵の形式が正しくないか、別の鍵のものです。' USING ERRCODE = '22023';
    END IF;
    m := kohi.be_uint32(p_wrapped, 1);
    t := kohi.be_uint32(p_wrapped, 5);
    p := kohi.be_uint32(p_wrapped, 9);
    -- What the client accepts at all (core/crypto/Argon2Params::isValid): a blob outside it
    -- could never be opened, or would make a viewer's terminal allocate gigabytes.
    IF p < 1 OR p > 16 OR t < 1 OR t > 32 OR m < 8 * p OR m > 1048576 THEN
        RAISE EXCEPTION '暗号化された秘密鍵の Argon2id パラメータが範囲外です（メモリ %KiB・反復 %回・並列度 %）。',
            m, t, p USING ERRCODE = '22023';
    END IF;
    test_params := kohi.setting_value('mynumber_argon2_test_params') = 1
                   AND (SELECT e.kind FROM kohi.environment e) <> 'production';
    IF NOT test_params AND (m < 65536 OR t < 3) THEN
        RAISE EXCEPTION '復号用の鍵の保護が弱すぎます（Argon2id: メモリ %KiB・反復 %回・並列度 %）。メモリ 65536KiB（64MiB）以上・反復 3回以上が必要です。最新のクライアントで操作してください。',
            m, t, p USING ERRCODE = '22023';
    END IF;
END
$$;

-- Every wrapped key row, however written, meets the same rule.
CREATE FUNCTION kohi.mynumber_key_wrap_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_wrapped_key(NEW.wrapped, NEW.key_id);
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.mynumber_key_wrap_check() FROM PUBLIC;
CREATE TRIGGER mynumber_key_wrap_check BEFORE INSERT OR UPDATE ON kohi.mynumber_key_wrap
    FOR EACH ROW EXECUTE FUNCTION kohi.mynumber_key_wrap_check();

-- ------------------------------------------------------------------ proposals
CREATE TABLE kohi.mynumber_key_proposal (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('create', 'rotate', 'enrol', 'remove')),
    -- The viewer enrolled or removed.
    subject        name REFERENCES kohi.staff (login),
    -- The active key when proposed (rotate, enrol): approval and execution refuse another.
    key_id         bytea REFERENCES kohi.mynumber_key,
    -- Rotation: the other holders whose wrapped keys it deletes (they are enrolled again).
    drop_viewers   name[] NOT NULL DEFAULT '{}',
    reason         text CHECK (length(reason) BETWEEN 1 AND 200),
    proposed_by    name NOT NULL DEFAULT session_user,
    proposed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at     timestamptz NOT NULL,
    status         text NOT NULL DEFAULT 'proposed'
                   CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn', 'done')),
    decided_by     name,
    decided_at     timestamptz,
    decision_note  text CHECK (length(decision_note) BETWEEN 1 AND 200),
    window_ends_at timestamptz,
    -- Rotation: the hand-out of the envelopes (in the rotating transaction; its durable access
    -- event is what makes it "once" across rollbacks).
    fetch_xact     xid8,
    handed_out     bigint,
    done_at        timestamptz,
    CHECK ((kind IN ('enrol', 'remove')) = (subject IS NOT NULL)),
    CHECK ((kind IN ('rotate', 'enrol')) = (key_id IS NOT NULL)),
    CHECK (kind = 'rotate' OR drop_viewers = '{}'),
    CHECK ((status = 'proposed') = (decided_by IS NULL)),
    CHECK (status = 'withdrawn' OR decided_by IS NULL OR decided_by <> proposed_by),
    CHECK (decided_by IS NULL OR decided_by IS DISTINCT FROM subject),
    CHECK ((status IN ('approved', 'done')) = (window_ends_at IS NOT NULL)),
    CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX mynumber_key_proposal_open_idx ON kohi.mynumber_key_proposal (kind, proposed_by)
    WHERE status IN ('proposed', 'approved');

CREATE FUNCTION kohi.key_kind_label(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_kind WHEN 'create' THEN '鍵の作成' WHEN 'rotate' THEN '鍵の更新'
                       WHEN 'enrol' THEN '閲覧者の登録' WHEN 'remove' THEN '閲覧者の鍵の削除' END
$$;

CREATE FUNCTION kohi.key_state_label(p_state text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_state WHEN 'proposed' THEN '承認待ち' WHEN 'approved' THEN '承認済み（実行待ち）'
                        WHEN 'used' THEN '一括取得済み（未完了）' WHEN 'done' THEN '実行済み'
                        WHEN 'rejected' THEN '却下' WHEN 'withdrawn' THEN '取り下げ'
                        WHEN 'expired' THEN '期限切れ' END
$$;

-- Has this rotation's hand-out happened? Its access event is durable (committed by the sealer
-- before the envelopes left the server), so this survives the caller's ROLLBACK.
CREATE FUNCTION kohi.key_rotation_fetched(p_id bigint, p_by name, p_since timestamptz)
RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT EXISTS (SELECT FROM kohi.audit_event e
                   WHERE e.login = p_by AND e.at >= p_since - interval '1 minute'
                     AND e.action = 'mynumber_rotation_fetch' AND e.outcome = 'ok'
                     AND e.details ->> 'proposal_id' = p_id::text)
$$;

-- proposed | approved | used (rotation handed out, not completed) | done | rejected | withdrawn
-- | expired (unapproved in time, or approved and not carried out in the window).
CREATE FUNCTION kohi.key_proposal_state(p kohi.mynumber_key_proposal) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT CASE
        WHEN p.status IN ('rejected', 'withdrawn', 'done') THEN p.status
        WHEN p.status = 'proposed' THEN
            CASE WHEN clock_timestamp() < p.expires_at THEN 'proposed' ELSE 'expired' END
        WHEN p.kind = 'rotate'
             AND (p.fetch_xact IS NOT NULL
                  OR kohi.key_rotation_fetched(p.id, p.proposed_by, p.decided_at)) THEN 'used'
        WHEN clock_timestamp() < p.window_ends_at THEN 'approved'
        ELSE 'expired' END
$$;

CREATE FUNCTION kohi.caller_holds_active_key() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT kohi.caller_is_mynumber_viewer()
           AND EXISTS (SELECT FROM kohi.mynumber_key_wrap w
                       JOIN kohi.mynumber_key k ON k.key_id = w.key_id
                       WHERE k.status = 'active' AND w.viewer = session_user)
$$;

-- May this login decide on key proposals at all (the proposal's own rules come on top)?
CREATE FUNCTION kohi.key_approver_duty(p_login name) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT EXISTS (SELECT FROM kohi.staff s WHERE s.login = p_login AND s.status = 'active')
           AND (pg_has_role(p_login, 'kohi_mynumber_viewer', 'MEMBER')
                OR pg_has_role(p_login, 'kohi_user_admin', 'MEMBER'))
$$;

-- A refusal: logged durably (it survives the caller's rollback), then raised.
CREATE FUNCTION kohi.key_refuse(p_action text, p_target text, p_reason text, p_message text,
                                p_errcode text DEFAULT '42501', p_details jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.audit(p_action, p_target, 'refused',
                       coalesce(p_details, '{}') || jsonb_build_object('reason', p_reason));
    RAISE EXCEPTION USING MESSAGE = p_message, ERRCODE = p_errcode;
END
$$;

-- The caller's approved proposal of this kind (and viewer), locked; a row of NULLs when there
-- is none. Only the proposer carries it out. Normally one whose window is open and that is not
-- used; with p_fetched_here, the rotation whose envelopes this transaction fetched.
CREATE FUNCTION kohi.approved_key_proposal(p_kind text, p_subject name,
                                           p_fetched_here boolean DEFAULT false)
RETURNS kohi.mynumber_key_proposal
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    p kohi.mynumber_key_proposal;
BEGIN
    SELECT * INTO p FROM kohi.mynumber_key_proposal x
    WHERE x.kind = p_kind AND x.subject IS NOT DISTINCT FROM p_subject
      AND x.proposed_by = session_user AND x.status = 'approved'
      AND CASE WHEN p_fetched_here THEN x.fetch_xact = pg_current_xact_id()
               ELSE kohi.key_proposal_state(x) = 'approved' END
    ORDER BY x.decided_at
    LIMIT 1
    FOR UPDATE;
    RETURN p;
END
$$;

-- Has the caller an approved rotation whose window is open (used or not)?
CREATE FUNCTION kohi.key_rotation_window_open() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT EXISTS (SELECT FROM kohi.mynumber_key_proposal x
                   WHERE x.kind = 'rotate' AND x.proposed_by = session_user
                     AND x.status = 'approved' AND clock_timestamp() < x.window_ends_at)
$$;

CREATE FUNCTION kohi.key_no_approval_message(p_kind text, p_viewer text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT format('%sは、別の職員が承認した提案がなければ行えません（提案: kohi-admin keys propose %s%s、承認: 別の職員が keys approve）。承認から%s分以内に、提案した本人が一度だけ行えます。',
                  CASE WHEN p_viewer IS NULL THEN kohi.key_kind_label(p_kind)
                       ELSE format('%s（%s）', kohi.key_kind_label(p_kind), p_viewer) END,
                  p_kind, CASE WHEN p_viewer IS NULL THEN '' ELSE ' ' || p_viewer END,
                  kohi.setting_value('mynumber_key_window_minutes'))
$$;

-- Free text that goes into the log and the proposal: short, and never a My Number.
CREATE FUNCTION kohi.assert_key_note(p_text text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF length(p_text) > 200 THEN
        RAISE EXCEPTION '理由・メモは200文字以内で入力してください。' USING ERRCODE = '22023';
    END IF;
    IF translate(p_text, '０１２３４５６７８９ 　-－‐', '0123456789') ~ '[0-9]{12}' THEN
        RAISE EXCEPTION '理由・メモに12桁の数字（個人番号など）は書かないでください。' USING ERRCODE = '22023';
    END IF;
END
$$;

-- ------------------------------------------------------------------ propose
CREATE FUNCTION kohi_api.mynumber_key_propose(p_kind text, p_viewer text,
                                              p_drop_other_viewers boolean, p_reason text)
RETURNS TABLE (proposal_id bigint, expires_at timestamptz, drop_viewers text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'mynumber_key_propose';
    active kohi.mynumber_key;
    v_reason text := nullif(btrim(p_reason), '');
    v_subject name;
    v_drop name[] := '{}';
    others name[];
    existing bigint;
    new_id bigint;
    v_expires timestamptz :=
        clock_timestamp() + make_interval(hours => kohi.setting_value('mynumber_key_proposal_hours'));
    d jsonb := jsonb_build_object('kind', p_kind, 'viewer', p_viewer);
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.is_superuser() THEN
        PERFORM kohi.key_refuse(act, NULL, 'superuser',
            '鍵の操作の提案と承認は、職員が自分のログインで行います（データベース管理者が行えるのは最初の鍵の作成だけです）。',
            '42501', d);
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('create', 'rotate', 'enrol', 'remove') THEN
        RAISE EXCEPTION '提案の種類は create・rotate・enrol・remove のいずれかで指定してください。'
            USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.assert_key_note(v_reason);
    SELECT * INTO active FROM kohi.mynumber_key k WHERE k.status = 'active';
    IF p_kind = 'create' THEN
        IF active.key_id IS NOT NULL THEN
            PERFORM kohi.key_refuse(act, NULL, 'key_exists',
                '有効な鍵が既にあります。鍵を替えるときは鍵の更新を提案してください（keys propose rotate）。',
                '55000', d);
        END IF;
        IF NOT EXISTS (SELECT FROM kohi.mynumber_key) THEN
            PERFORM kohi.key_refuse(act, NULL, 'bootstrap',
                '最初の鍵は提案なしで作成します（kohi-admin keys create）。', '55000', d);
        END IF;
        IF NOT kohi.caller_is_mynumber_viewer()
           OR (p_viewer IS NOT NULL AND p_viewer <> session_user::text) THEN
            PERFORM kohi.key_refuse(act, NULL, 'not_viewer',
                '鍵の作成は、鍵を持つことになる閲覧者本人が提案します。', '42501', d);
        END IF;
    ELSIF p_kind IN ('rotate', 'enrol') THEN
        IF NOT kohi.caller_holds_active_key() THEN
            PERFORM kohi.key_refuse(act, NULL, 'not_holder',
                '鍵の更新と閲覧者の登録は、現在の鍵を持つ閲覧者だけが提案できます（実行も提案した本人が行います）。',
                '42501', d);
        END IF;
        IF p_kind = 'rotate' THEN
            SELECT coalesce(array_agg(w.viewer ORDER BY w.viewer), '{}') INTO others
            FROM kohi.mynumber_key_wrap w
            WHERE w.key_id = active.key_id AND w.viewer <> session_user;
            IF cardinality(others) > 0 AND NOT coalesce(p_drop_other_viewers, false) THEN
                PERFORM kohi.key_refuse(act, NULL, 'drop_not_stated',
                    format('他の閲覧者（%s）も現在の鍵を持っています。鍵の更新でその復号用の鍵は削除され、再登録が必要になります。それを含めて提案してください（keys propose rotate --drop-other-viewers）。',
                           array_to_string(others, '、')), '55000', d);
            END IF;
            v_drop := others;
        ELSE
            IF p_viewer IS NULL OR p_viewer = session_user::text THEN
                PERFORM kohi.key_refuse(act, p_viewer, 'self',
                    '登録する閲覧者（自分以外）を指定してください。閲覧者の登録は二人で行います。',
                    '42501', d);
            END IF;
            PERFORM kohi.assert_enrollable_viewer(p_viewer);
            IF EXISTS (SELECT FROM kohi.mynumber_key_wrap w
                       WHERE w.key_id = active.key_id AND w.viewer = p_viewer) THEN
                PERFORM kohi.key_refuse(act, p_viewer, 'enrolled',
                    format('ユーザー「%s」は既に登録されています（パスフレーズを替えるときは削除してから登録し直してください）。', p_viewer),
                    '23505', d);
            END IF;
            v_subject := p_viewer;
        END IF;
    ELSE -- remove
        IF NOT (kohi.caller_is_mynumber_viewer() OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER')) THEN
            PERFORM kohi.key_refuse(act, p_viewer, 'not_allowed',
                '閲覧者の鍵の削除を提案できるのは、個人番号閲覧者かユーザー管理者です。', '42501', d);
        END IF;
        IF p_viewer IS NULL OR NOT EXISTS (SELECT FROM kohi.mynumber_key_wrap w WHERE w.viewer = p_viewer) THEN
            PERFORM kohi.key_refuse(act, p_viewer, 'no_key',
                format('ユーザー「%s」は復号用の鍵を持っていません。', coalesce(p_viewer, '')), '22023', d);
        END IF;
        IF EXISTS (SELECT FROM kohi.mynumber_key_wrap w
                   WHERE w.key_id = active.key_id AND w.viewer = p_viewer)
           AND NOT EXISTS (SELECT FROM kohi.mynumber_key_wrap w
                           WHERE w.key_id = active.key_id AND w.viewer <> p_viewer) THEN
            PERFORM kohi.key_refuse(act, p_viewer, 'last_holder',
                '最後の閲覧者の鍵は削除できません。先に別の閲覧者を登録してください。', '55000', d);
        END IF;
        v_subject := p_viewer;
    END IF;

    SELECT p.id INTO existing FROM kohi.mynumber_key_proposal p
    WHERE p.kind = p_kind AND p.subject IS NOT DISTINCT FROM v_subject
      AND p.status IN ('proposed', 'approved')
      AND kohi.key_proposal_state(p) IN ('proposed', 'approved')
    ORDER BY p.id LIMIT 1;
    IF existing IS NOT NULL THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || existing, 'open_proposal',
            format('同じ操作の提案（番号 %s）が既にあります。その承認を受けるか、取り下げてから提案し直してください。', existing),
            '55000', d);
    END IF;

    INSERT INTO kohi.mynumber_key_proposal (kind, subject, key_id, drop_viewers, reason, expires_at)
    VALUES (p_kind, v_subject, CASE WHEN p_kind IN ('rotate', 'enrol') THEN active.key_id END,
            v_drop, v_reason, v_expires)
    RETURNING id INTO new_id;
    PERFORM kohi.audit('mynumber_key_propose', 'key_proposal:' || new_id, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', new_id, 'kind', p_kind, 'viewer', v_subject,
                           'drop_viewers', to_jsonb(v_drop::text[]), 'reason', v_reason,
                           'key_id', kohi.key_id_text(active.key_id), 'expires_at', v_expires)));
    RETURN QUERY SELECT new_id, v_expires, v_drop::text[];
END
$$;

-- ------------------------------------------------------------------ list
CREATE FUNCTION kohi_api.mynumber_key_proposals(p_include_closed boolean)
RETURNS TABLE (proposal_id bigint, kind text, kind_label text, viewer text, drop_viewers text[],
               reason text, proposed_by text, proposed_at timestamptz, expires_at timestamptz,
               state text, state_label text, decided_by text, decided_at timestamptz,
               decision_note text, window_ends_at timestamptz, may_approve boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    approver boolean := NOT kohi.is_superuser() AND kohi.key_approver_duty(session_user);
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT (kohi.is_superuser() OR kohi.caller_is_mynumber_viewer()
            OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER')) THEN
        PERFORM kohi.key_refuse('mynumber_key_proposals', NULL, 'not_allowed',
            '鍵の操作の提案を見る権限がありません。');
    END IF;
    -- Open ones (status proposed or approved, whatever their age), or the newest 200 of all.
    SELECT count(*) INTO n
    FROM (SELECT kohi.key_proposal_state(p) AS state FROM kohi.mynumber_key_proposal p
          WHERE coalesce(p_include_closed, false) OR p.status IN ('proposed', 'approved')
          ORDER BY p.id DESC LIMIT 200) r
    WHERE coalesce(p_include_closed, false) OR r.state IN ('proposed', 'approved', 'used');
    PERFORM kohi.audit('mynumber_key_proposals', NULL, 'ok',
                       jsonb_build_object('rows', n, 'include_closed', coalesce(p_include_closed, false)));
    RETURN QUERY
    SELECT r.id, r.kind, kohi.key_kind_label(r.kind), r.subject::text, r.drop_viewers::text[],
           r.reason, r.proposed_by::text, r.proposed_at, r.expires_at, r.state,
           kohi.key_state_label(r.state), r.decided_by::text, r.decided_at, r.decision_note,
           r.window_ends_at,
           approver AND r.state = 'proposed' AND r.proposed_by <> session_user
               AND r.subject IS DISTINCT FROM session_user
    FROM (SELECT p.*, kohi.key_proposal_state(p) AS state FROM kohi.mynumber_key_proposal p
          WHERE coalesce(p_include_closed, false) OR p.status IN ('proposed', 'approved')
          ORDER BY p.id DESC LIMIT 200) r
    WHERE coalesce(p_include_closed, false) OR r.state IN ('proposed', 'approved', 'used')
    ORDER BY r.id DESC;
END
$$;

-- ------------------------------------------------------------------ approve / reject
CREATE FUNCTION kohi_api.mynumber_key_approve(p_proposal_id bigint, p_note text)
RETURNS TABLE (proposal_id bigint, kind text, viewer text, proposed_by text,
               window_ends_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'mynumber_key_approve';
    tgt text := 'key_proposal:' || p_proposal_id;
    p kohi.mynumber_key_proposal;
    st text;
    active bytea;
    others name[];
    v_note text := nullif(btrim(p_note), '');
    v_window timestamptz;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.is_superuser() THEN
        PERFORM kohi.key_refuse(act, tgt, 'superuser',
            '鍵の操作の提案と承認は、職員が自分のログインで行います。');
    END IF;
    IF NOT kohi.key_approver_duty(session_user) THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_allowed',
            '鍵の操作を承認できるのは、個人番号閲覧者かユーザー管理者です。');
    END IF;
    PERFORM kohi.assert_key_note(v_note);
    SELECT * INTO p FROM kohi.mynumber_key_proposal x WHERE x.id = p_proposal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '指定された提案が見つかりません。', '22023');
    END IF;
    IF p.proposed_by = session_user THEN
        PERFORM kohi.key_refuse(act, tgt, 'own_proposal',
            '自分の提案は承認できません。鍵の操作は、提案した人とは別の職員が承認します。');
    END IF;
    IF p.subject = session_user THEN
        PERFORM kohi.key_refuse(act, tgt, 'subject',
            '自分が対象の提案（閲覧者の登録・削除）は承認できません。別の職員が承認します。');
    END IF;
    st := kohi.key_proposal_state(p);
    IF st = 'expired' THEN
        PERFORM kohi.key_refuse(act, tgt, 'expired',
            format('この提案は期限切れです（承認期限 %s）。必要ならもう一度提案してください。',
                   to_char(p.expires_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI')),
            '55000');
    END IF;
    IF st <> 'proposed' THEN
        PERFORM kohi.key_refuse(act, tgt, 'decided',
            format('この提案は既に「%s」です。', kohi.key_state_label(st)), '55000');
    END IF;
    SELECT k.key_id INTO active FROM kohi.mynumber_key k WHERE k.status = 'active';
    IF p.kind IN ('rotate', 'enrol') AND p.key_id IS DISTINCT FROM active THEN
        PERFORM kohi.key_refuse(act, tgt, 'stale',
            '提案の後に鍵が替わりました。この提案は承認できません。必要ならもう一度提案してください。',
            '55000');
    END IF;
    IF p.kind = 'rotate' THEN
        SELECT coalesce(array_agg(w.viewer ORDER BY w.viewer), '{}') INTO others
        FROM kohi.mynumber_key_wrap w WHERE w.key_id = active AND w.viewer <> p.proposed_by;
        IF EXISTS (SELECT unnest(others) EXCEPT SELECT unnest(p.drop_viewers)) THEN
            PERFORM kohi.key_refuse(act, tgt, 'holders_changed',
                '提案の後に鍵を持つ閲覧者が増えました。この提案は承認できません。必要ならもう一度提案してください。',
                '55000');
        END IF;
    END IF;
    v_window := clock_timestamp()
                + make_interval(mins => kohi.setting_value('mynumber_key_window_minutes'));
    UPDATE kohi.mynumber_key_proposal x
    SET status = 'approved', decided_by = session_user, decided_at = clock_timestamp(),
        decision_note = v_note, window_ends_at = v_window
    WHERE x.id = p.id;
    PERFORM kohi.audit('mynumber_key_approve', tgt, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', p.id, 'kind', p.kind, 'viewer', p.subject,
                           'proposed_by', p.proposed_by,
                           'drop_viewers', to_jsonb(p.drop_viewers::text[]),
                           'note', v_note, 'window_ends_at', v_window)));
    RETURN QUERY SELECT p.id, p.kind, p.subject::text, p.proposed_by::text, v_window;
END
$$;

-- Rejected by an approver, or withdrawn by the proposer; while proposed or approved.
CREATE FUNCTION kohi_api.mynumber_key_reject(p_proposal_id bigint, p_note text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'mynumber_key_reject';
    tgt text := 'key_proposal:' || p_proposal_id;
    p kohi.mynumber_key_proposal;
    st text;
    v_note text := nullif(btrim(p_note), '');
    outcome text;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.assert_key_note(v_note);
    SELECT * INTO p FROM kohi.mynumber_key_proposal x WHERE x.id = p_proposal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '指定された提案が見つかりません。', '22023');
    END IF;
    IF p.proposed_by = session_user THEN
        outcome := 'withdrawn';
    ELSIF NOT kohi.is_superuser() AND kohi.key_approver_duty(session_user)
          AND p.subject IS DISTINCT FROM session_user THEN
        outcome := 'rejected';
    ELSE
        PERFORM kohi.key_refuse(act, tgt, 'not_allowed',
            '提案を却下できるのは、提案した本人（取り下げ）か、承認できる別の職員です。');
    END IF;
    st := kohi.key_proposal_state(p);
    IF st NOT IN ('proposed', 'approved') THEN
        PERFORM kohi.key_refuse(act, tgt, 'decided',
            format('この提案は既に「%s」です。', kohi.key_state_label(st)), '55000');
    END IF;
    UPDATE kohi.mynumber_key_proposal x
    SET status = outcome, decided_by = session_user, decided_at = clock_timestamp(),
        decision_note = v_note, window_ends_at = NULL
    WHERE x.id = p.id;
    PERFORM kohi.audit('mynumber_key_reject', tgt, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', p.id, 'kind', p.kind, 'viewer', p.subject,
                           'proposed_by', p.proposed_by, 'outcome', outcome, 'note', v_note)));
    RETURN outcome;
END
$$;

-- ------------------------------------------------------------------ the ceremonies
-- The first key ever: bootstrap as before. A key after that (none active, earlier ones
-- retired): only with an approved 'create' proposal of the viewer who will hold it.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_key_create(p_public_key bytea, p_viewer text, p_wrapped bytea)
RETURNS TABLE (key_id text, fingerprint text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'mynumber_key_create';
    kid bytea;
    p kohi.mynumber_key_proposal;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF EXISTS (SELECT FROM kohi.mynumber_key k WHERE k.status = 'active') THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'key_exists',
            '有効な鍵が既にあります。鍵を替えるときは鍵の更新を提案してください（keys propose rotate）。',
            '55000');
    END IF;
    IF NOT EXISTS (SELECT FROM kohi.mynumber_key) THEN
        IF NOT kohi.is_superuser() THEN
            IF NOT kohi.caller_is_mynumber_viewer() THEN
                PERFORM kohi.key_refuse(act, p_viewer, 'not_allowed',
                    '最初の鍵はデータベース管理者か個人番号閲覧者だけが作成できます。');
            END IF;
            IF p_viewer IS DISTINCT FROM session_user::text THEN
                PERFORM kohi.key_refuse(act, p_viewer, 'other_viewer',
                    '閲覧者は自分の鍵だけを作成できます。');
            END IF;
        END IF;
    ELSE
        p := kohi.approved_key_proposal('create', NULL);
        IF p.id IS NULL OR p_viewer IS DISTINCT FROM session_user::text THEN
            PERFORM kohi.key_refuse(act, p_viewer, 'no_approval',
                kohi.key_no_approval_message('create', NULL));
        END IF;
    END IF;
    PERFORM kohi.assert_enrollable_viewer(p_viewer);
    kid := kohi.insert_mynumber_key(p_public_key);
    PERFORM kohi.assert_wrapped_key(p_wrapped, kid);
    INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped) VALUES (kid, p_viewer, p_wrapped);
    IF p.id IS NOT NULL THEN
        UPDATE kohi.mynumber_key_proposal x SET status = 'done', done_at = clock_timestamp()
        WHERE x.id = p.id;
    END IF;
    PERFORM kohi.audit('mynumber_key_create', p_viewer, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'key_id', kohi.key_id_text(kid),
                           'fingerprint', kohi.key_id_text(sha256(p_public_key)),
                           'proposal_id', p.id, 'approved_by', p.decided_by)));
    RETURN QUERY SELECT encode(kid, 'hex'), encode(sha256(p_public_key), 'hex');
END
$$;

-- Enrolment takes two people twice over: an approved proposal of the existing holder (this
-- session) and someone else's approval, then the holder unwraps the key on their terminal and
-- re-wraps it under the passphrase the new viewer types at the same terminal.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_key_enrol(p_key_id text, p_viewer text, p_wrapped bytea)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'mynumber_key_enrol';
    kid bytea := kohi.key_id_from_hex(p_key_id);
    p kohi.mynumber_key_proposal;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT EXISTS (SELECT FROM kohi.mynumber_key k WHERE k.key_id = kid AND k.status = 'active') THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'not_active', '指定された鍵は現在の鍵ではありません。', '22023');
    END IF;
    IF NOT kohi.caller_is_mynumber_viewer() OR NOT EXISTS (
        SELECT FROM kohi.mynumber_key_wrap w WHERE w.key_id = kid AND w.viewer = session_user) THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'not_holder',
            '閲覧者の登録は、鍵を持つ既存の閲覧者だけが行えます。');
    END IF;
    IF p_viewer IS NOT DISTINCT FROM session_user::text THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'self',
            '自分自身は登録できません。閲覧者の登録は二人で行います。');
    END IF;
    PERFORM kohi.assert_enrollable_viewer(p_viewer);
    IF EXISTS (SELECT FROM kohi.mynumber_key_wrap w WHERE w.key_id = kid AND w.viewer = p_viewer) THEN
        RAISE EXCEPTION 'ユーザー「%」は既に登録されています（パスフレーズを替えるときは削除してから登録し直してください）。', p_viewer
            USING ERRCODE = '23505';
    END IF;
    p := kohi.approved_key_proposal('enrol', p_viewer);
    IF p.id IS NULL OR p.key_id IS DISTINCT FROM kid THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'no_approval',
            kohi.key_no_approval_message('enrol', p_viewer));
    END IF;
    PERFORM kohi.assert_wrapped_key(p_wrapped, kid);
    INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped) VALUES (kid, p_viewer, p_wrapped);
    UPDATE kohi.mynumber_key_proposal x SET status = 'done', done_at = clock_timestamp()
    WHERE x.id = p.id;
    PERFORM kohi.audit('mynumber_key_enrol', p_viewer, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(kid), 'proposal_id', p.id,
                                          'approved_by', p.decided_by));
END
$$;

-- Removes a viewer's wrapped keys (a viewer leaving, a forgotten passphrase), with an approved
-- proposal of the caller. The last holder of the active key cannot be removed.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_key_remove(p_viewer text) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'mynumber_key_remove';
    n int;
    p kohi.mynumber_key_proposal;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT (kohi.caller_is_mynumber_viewer() OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER'))
       OR kohi.is_superuser() THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'not_allowed',
            '閲覧者の鍵の削除は、承認された提案にもとづいて、提案した個人番号閲覧者かユーザー管理者が行います。');
    END IF;
    IF EXISTS (SELECT FROM kohi.mynumber_key k
               JOIN kohi.mynumber_key_wrap w ON w.key_id = k.key_id AND w.viewer = p_viewer
               WHERE k.status = 'active')
       AND NOT EXISTS (SELECT FROM kohi.mynumber_key k
                       JOIN kohi.mynumber_key_wrap w ON w.key_id = k.key_id AND w.viewer <> p_viewer
                       WHERE k.status = 'active') THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'last_holder',
            '最後の閲覧者の鍵は削除できません。先に別の閲覧者を登録してください。', '55000');
    END IF;
    p := kohi.approved_key_proposal('remove', p_viewer);
    IF p.id IS NULL THEN
        PERFORM kohi.key_refuse(act, p_viewer, 'no_approval',
            kohi.key_no_approval_message('remove', p_viewer));
    END IF;
    DELETE FROM kohi.mynumber_key_wrap w WHERE w.viewer = p_viewer;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE kohi.mynumber_key_proposal x SET status = 'done', done_at = clock_timestamp()
    WHERE x.id = p.id;
    PERFORM kohi.audit('mynumber_key_remove', p_viewer, 'ok',
                       jsonb_build_object('removed', n, 'proposal_id', p.id,
                                          'approved_by', p.decided_by));
    RETURN n;
END
$$;

-- Rotation, step 1 (inside the caller's transaction): every envelope, with what is bound into
-- it — only to the proposer of an approved rotation, in its window, once. Blocks registrations
-- until the transaction ends, so the set cannot change before mynumber_key_rotate.
CREATE OR REPLACE FUNCTION kohi_api.mynumber_rotation_envelopes()
RETURNS TABLE (mynumber_id bigint, recipient_id bigint, person_role text, seal_ref uuid,
               key_id text, envelope bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'mynumber_rotation_fetch';
    n bigint;
    p kohi.mynumber_key_proposal;
    active bytea;
BEGIN
    PERFORM kohi.begin_key_ceremony();
    IF NOT kohi.caller_holds_active_key() THEN
        PERFORM kohi.key_refuse(act, NULL, 'not_holder',
            '鍵の更新は、現在の鍵を持つ閲覧者だけが行えます。');
    END IF;
    -- "Once" is read from the durable access log: a later snapshot must see earlier hand-outs.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        PERFORM kohi.key_refuse(act, NULL, 'isolation',
            '鍵の更新は READ COMMITTED のトランザクションで行ってください。');
    END IF;
    p := kohi.approved_key_proposal('rotate', NULL);
    IF p.id IS NULL AND kohi.key_rotation_window_open() THEN
        PERFORM kohi.key_refuse(act, NULL, 'used',
            'この承認による一括取得は既に行われました（一度だけ）。鍵の更新をやり直すときは、もう一度提案して承認を受けてください。',
            '55000');
    END IF;
    IF p.id IS NULL THEN
        PERFORM kohi.key_refuse(act, NULL, 'no_approval',
            '個人番号の一括取得（鍵の更新）は、別の職員が承認した鍵の更新の提案がなければ行えません（提案: kohi-admin keys propose rotate、承認: 別の職員が keys approve）。承認から'
            || kohi.setting_value('mynumber_key_window_minutes') || '分以内に、提案した本人が一度だけ行えます。');
    END IF;
    IF p.fetch_xact IS NOT NULL OR kohi.key_rotation_fetched(p.id, session_user, p.decided_at) THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || p.id, 'used',
            'この承認による一括取得は既に行われました（一度だけ）。鍵の更新をやり直すときは、もう一度提案して承認を受けてください。',
            '55000', jsonb_build_object('proposal_id', p.id));
    END IF;
    SELECT k.key_id INTO active FROM kohi.mynumber_key k WHERE k.status = 'active';
    IF p.key_id IS DISTINCT FROM active THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || p.id, 'stale',
            '提案の後に鍵が替わりました。もう一度提案してください。', '55000',
            jsonb_build_object('proposal_id', p.id));
    END IF;
    LOCK TABLE kohi.mynumber IN EXCLUSIVE MODE;
    SELECT count(*) INTO n FROM kohi.mynumber;
    -- Durable: committed into the access log before any envelope leaves, and the mark of "once".
    PERFORM kohi.audit(act, 'key_proposal:' || p.id, 'ok',
                       jsonb_build_object('proposal_id', p.id, 'approved_by', p.decided_by,
                                          'numbers', n, 'handed_out', n));
    UPDATE kohi.mynumber_key_proposal x
    SET fetch_xact = pg_current_xact_id(), handed_out = n
    WHERE x.id = p.id;
    RETURN QUERY SELECT m.id, m.recipient_id, m.person_role, m.seal_ref, encode(m.key_id, 'hex'),
                        m.envelope
                 FROM kohi.mynumber m ORDER BY m.id;
END
$$;

-- Rotation, step 2, in the same transaction as step 1: the new public key, the caller's wrap of
-- the new private key, and every number re-sealed under it (ids and envelopes in matching
-- order). All or nothing: exactly the numbers handed out in step 1, each once. The old key is
-- retired and its wrapped keys deleted — the other holders' only if the approved proposal named
-- them (they are enrolled again with the new key).
DROP FUNCTION kohi_api.mynumber_key_rotate(bytea, bytea, bigint[], bytea[]);
CREATE FUNCTION kohi_api.mynumber_key_rotate(p_new_public_key bytea, p_wrapped bytea,
                                             p_ids bigint[], p_envelopes bytea[])
RETURNS TABLE (key_id text, fingerprint text, resealed int, handed_out bigint,
               viewers_to_enrol text[], proposal_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'mynumber_key_rotate';
    old kohi.mynumber_key;
    kid bytea;
    total bigint;
    n int;
    others name[];
    not_approved name[];
    p kohi.mynumber_key_proposal;
    given int := coalesce(cardinality(p_ids), 0);
BEGIN
    PERFORM kohi.begin_key_ceremony();
    SELECT * INTO old FROM kohi.mynumber_key k WHERE k.status = 'active' FOR UPDATE;
    IF NOT FOUND OR NOT kohi.caller_holds_active_key() THEN
        PERFORM kohi.key_refuse(act, NULL, 'not_holder',
            '鍵の更新は、現在の鍵を持つ閲覧者だけが行えます。');
    END IF;
    p := kohi.approved_key_proposal('rotate', NULL, true);
    IF p.id IS NULL AND NOT kohi.key_rotation_window_open() THEN
        PERFORM kohi.key_refuse(act, NULL, 'no_approval', kohi.key_no_approval_message('rotate', NULL));
    END IF;
    IF p.id IS NULL OR p.key_id IS DISTINCT FROM old.key_id THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || p.id, 'not_fetched',
            '鍵の更新は、承認された一括取得（mynumber_rotation_envelopes）と同じトランザクションで行ってください。',
            '55000', jsonb_build_object('proposal_id', p.id));
    END IF;
    LOCK TABLE kohi.mynumber IN EXCLUSIVE MODE;
    SELECT count(*) INTO total FROM kohi.mynumber;
    IF given <> total OR coalesce(cardinality(p_envelopes), 0) <> total OR total <> p.handed_out
       OR (SELECT count(DISTINCT i) FROM unnest(p_ids) i) <> total
       OR EXISTS (SELECT FROM unnest(p_ids) i WHERE NOT EXISTS (SELECT FROM kohi.mynumber m WHERE m.id = i)) THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || p.id, 'count',
            format('再暗号化した件数（%s件）が登録件数（%s件、取得 %s件）と一致しません。最初からやり直してください。',
                   given, total, p.handed_out),
            '40001', jsonb_build_object('proposal_id', p.id, 'given', given, 'numbers', total,
                                        'handed_out', p.handed_out));
    END IF;
    SELECT coalesce(array_agg(w.viewer ORDER BY w.viewer), '{}') INTO others
    FROM kohi.mynumber_key_wrap w WHERE w.key_id = old.key_id AND w.viewer <> session_user;
    SELECT coalesce(array_agg(o ORDER BY o), '{}') INTO not_approved
    FROM (SELECT unnest(others) EXCEPT SELECT unnest(p.drop_viewers)) x(o);
    IF cardinality(not_approved) > 0 THEN
        PERFORM kohi.key_refuse(act, 'key_proposal:' || p.id, 'drop_not_approved',
            format('承認された提案にない閲覧者（%s）の復号用の鍵が削除されることになるため、鍵の更新を中止しました。もう一度提案して承認を受けてください。',
                   array_to_string(not_approved, '、')),
            '42501', jsonb_build_object('proposal_id', p.id,
                                        'viewers', to_jsonb(not_approved::text[])));
    END IF;
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
    IF n <> total OR n <> p.handed_out OR EXISTS (SELECT FROM kohi.mynumber m WHERE m.key_id <> kid) THEN
        RAISE EXCEPTION '再暗号化できなかった個人番号があります。最初からやり直してください。' USING ERRCODE = '40001';
    END IF;
    UPDATE kohi.mynumber_key_proposal x SET status = 'done', done_at = clock_timestamp()
    WHERE x.id = p.id;
    PERFORM kohi.audit('mynumber_key_rotate', 'key_proposal:' || p.id, 'ok',
                       jsonb_build_object('old_key_id', kohi.key_id_text(old.key_id),
                                          'new_key_id', kohi.key_id_text(kid),
                                          'proposal_id', p.id, 'approved_by', p.decided_by,
                                          'handed_out', p.handed_out, 'resealed', n,
                                          'viewers_to_enrol', to_jsonb(others::text[])));
    RETURN QUERY SELECT encode(kid, 'hex'), encode(sha256(p_new_public_key), 'hex'), n,
                        p.handed_out, others::text[], p.id;
END
$$;

-- ------------------------------------------------------------------ reveals: a hard limit
-- One row per viewer, locked by each reveal: a viewer's reveals are counted one at a time.
CREATE TABLE kohi.mynumber_reveal_guard (
    viewer         name PRIMARY KEY REFERENCES kohi.staff (login),
    last_reveal_at timestamptz NOT NULL
);

CREATE OR REPLACE FUNCTION kohi_api.mynumber_reveal(p_mynumber_id bigint, p_reason_category text,
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
    day_limit int := kohi.setting_value('mynumber_reveals_per_day');
    day_start timestamptz;
    today bigint;
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
    -- The daily limit, counted from the durable access log: every reveal that handed out an
    -- envelope today, whatever became of its transaction. A REPEATABLE READ snapshot would not
    -- see the latest ones; the guard row makes a viewer's parallel reveals wait for each other.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        PERFORM kohi.audit('mynumber_reveal', 'recipient:' || m.recipient_id, 'refused',
                           jsonb_build_object('mynumber_id', m.id, 'reason', 'isolation'),
                           m.programme);
        RAISE EXCEPTION '個人番号の表示は READ COMMITTED のトランザクションで行ってください（表示回数を正しく数えるため）。'
            USING ERRCODE = '25001';
    END IF;
    INSERT INTO kohi.mynumber_reveal_guard AS g (viewer, last_reveal_at)
    VALUES (session_user, clock_timestamp())
    ON CONFLICT (viewer) DO UPDATE SET last_reveal_at = EXCLUDED.last_reveal_at;
    day_start := date_trunc('day', clock_timestamp() AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'Asia/Tokyo';
    SELECT count(*) INTO today FROM kohi.audit_event e
    WHERE e.login = session_user AND e.at >= day_start
      AND e.action = 'mynumber_reveal' AND e.outcome = 'ok';
    IF today >= day_limit THEN
        PERFORM kohi.audit('mynumber_reveal', 'recipient:' || m.recipient_id, 'refused',
                           jsonb_build_object('mynumber_id', m.id, 'reason', 'daily_limit',
                                              'limit', day_limit, 'today', today),
                           m.programme);
        RAISE EXCEPTION '本日の個人番号の表示が上限（1日%回）に達したため、表示できません。明日以降に表示するか、上限についてシステム管理者に相談してください。',
            day_limit USING ERRCODE = '54000';
    END IF;
    SELECT x.wrapped INTO w FROM kohi.mynumber_key_wrap x
    WHERE x.key_id = m.key_id AND x.viewer = session_user;
    IF w IS NULL THEN
        RAISE EXCEPTION 'あなたの復号用の鍵が登録されていません（鍵の更新後は再登録が必要です）。既存の閲覧者に登録を依頼してください。'
            USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_reveal', 'recipient:' || m.recipient_id, 'ok',
                       jsonb_build_object('mynumber_id', m.id, 'person_role', m.person_role,
                                          'reason', rr.label, 'reason_text', v_text,
                                          'today', today + 1, 'limit', day_limit),
                       m.programme);
    RETURN QUERY SELECT m.id, m.recipient_id, m.person_role, m.seal_ref, encode(m.key_id, 'hex'),
                        m.envelope, w;
END
$$;

-- ------------------------------------------------------------------ the access log
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
    'environment_set', 'audit_retention_purge');

-- ------------------------------------------------------------------ grants
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi'::regnamespace
               AND p.proname IN ('argon2_test_params_check', 'be_uint32', 'mynumber_key_wrap_check',
                                 'key_kind_label', 'key_state_label', 'key_rotation_fetched',
                                 'key_proposal_state', 'caller_holds_active_key',
                                 'key_approver_duty', 'key_refuse', 'approved_key_proposal',
                                 'key_no_approval_message', 'assert_key_note',
                                 'key_rotation_window_open') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kohi_api.mynumber_key_propose(text, text, boolean, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.mynumber_key_proposals(boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.mynumber_key_approve(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.mynumber_key_reject(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.mynumber_key_rotate(bytea, bytea, bigint[], bytea[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_propose(text, text, boolean, text)
    TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_proposals(boolean)
    TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_approve(bigint, text)
    TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_reject(bigint, text)
    TO kohi_mynumber_viewer, kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.mynumber_key_rotate(bytea, bytea, bigint[], bytea[])
    TO kohi_mynumber_viewer;
