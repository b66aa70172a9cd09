-- kohi:run-as superuser
-- Terminal identity and a second factor (issue 11, item 6).
--
-- Before this migration the terminal was whatever the client said: kohi_api.session_begin(text)
-- stored the id from kohi.ini, kohi.current_terminal() returned it into every access event and
-- mynumber_reveal only checked that some id had been declared; from psql a viewer passed with an
-- invented one. The MIC guideline for 個人番号利用事務系 also asks for two factors. Now:
--
-- * Two factors at connection. Every terminal holds a client certificate issued by the office CA
--   (kohi-admin terminal issue). pg_hba requires it together with the password for every staff
--   role:  hostssl all all <terminal network> scram-sha-256 clientcert=verify-ca
--   verify-ca, not verify-full: verify-full demands CN = user name, which would tie the
--   certificate to a person; here it identifies the terminal, and the person is the password.
--   Only the database administrator (kohi_dba, from the server itself) logs in without one.
-- * The terminal comes from the certificate, on the server. kohi_auth_peer_fingerprint() (C,
--   db/extension/kohi_terminal.c) returns the SHA-256 of the certificate the TLS handshake
--   verified; the registry kohi.terminal_certificate maps fingerprint -> terminal id. The
--   registry is authoritative: a certificate the CA signed but IT never registered is refused.
--   kohi.current_terminal() keeps its name and meaning (the session's terminal id) and now reads
--   the certificate; only a superuser session without a certificate keeps what it declared.
--   session_begin(p_terminal_id) keeps its signature: a declared id that differs from the
--   certificate's is ignored (the session runs as the certificate's terminal) and noted in the
--   session_begin event (declared_terminal, terminal_mismatch), so a spoofed id never becomes
--   the terminal of any event nor passes the reveal check.
-- * Revocation. kohi-admin terminal revoke marks the registry row (and rewrites the CRL file
--   when the server uses one, see README). Every session check (kohi.assert_session_ok,
--   kohi.assert_account_active, so every kohi_api function, session_begin included) refuses a
--   session without a registered, unrevoked, unexpired certificate with a durable
--   'terminal_refused' event: a revoked terminal gets nothing from its next call on, even in a
--   session opened before the revocation.
-- * Reveals. mynumber_reveal, mynumber_my_wrapped_key and mynumber_rotation_envelopes (what hands
--   out envelopes or wrapped keys) work only from a terminal registered with reveals_allowed;
--   the refusal is durable.
-- * kohi_api.terminal_register / terminal_revoke / terminal_list for IT (user administrators and
--   the database administrator); the CA key never enters the database: kohi-admin signs on the
--   machine that holds it and registers only the certificate's serial, fingerprint and dates.
--
-- Re-created here (bodies otherwise unchanged): kohi.current_terminal, kohi.assert_session_ok,
-- kohi.assert_account_active, kohi.audit_is_change (0022), kohi_api.session_begin (0020),
-- kohi_api.mynumber_reveal (0022), kohi_api.mynumber_rotation_envelopes (0022),
-- kohi_api.mynumber_my_wrapped_key (0010).

CREATE FUNCTION kohi.kohi_auth_peer_fingerprint()
    RETURNS text
    AS 'kohi_auth', 'kohi_auth_peer_fingerprint'
    LANGUAGE C STABLE PARALLEL RESTRICTED;
REVOKE ALL ON FUNCTION kohi.kohi_auth_peer_fingerprint() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi.kohi_auth_peer_fingerprint() TO kohi_owner;

SET LOCAL ROLE kohi_owner;

-- ------------------------------------------------------------------ the registry
CREATE TABLE kohi.terminal_certificate (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id     text NOT NULL
        CHECK (length(terminal_id) >= 1 AND length(terminal_id) <= 64 AND terminal_id !~ '[[:cntrl:]]'
               AND terminal_id = btrim(terminal_id)),
    serial          text NOT NULL UNIQUE CHECK (serial ~ '^[0-9A-F]{1,64}$'),
    fingerprint     text NOT NULL UNIQUE CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    subject         text NOT NULL CHECK (length(subject) <= 400),
    not_before      timestamptz NOT NULL,
    not_after       timestamptz NOT NULL CHECK (not_after > not_before),
    reveals_allowed boolean NOT NULL DEFAULT false,
    registered_by   name NOT NULL,
    registered_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    revoked_by      name,
    revoke_reason   text CHECK (length(revoke_reason) <= 200),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL))
);
CREATE INDEX terminal_certificate_terminal_idx ON kohi.terminal_certificate (terminal_id);

-- The registry row of the certificate this session presented (whatever its state), or a row of
-- NULLs.
CREATE FUNCTION kohi.session_certificate() RETURNS kohi.terminal_certificate
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT t FROM kohi.terminal_certificate t WHERE t.fingerprint = kohi.kohi_auth_peer_fingerprint()
$$;

-- The session's terminal: from its certificate (never from the client). A superuser session
-- without a registered certificate (the database administrator on the server) keeps the id it
-- declared at session start; superusers can write anything anyway.
CREATE OR REPLACE FUNCTION kohi.current_terminal() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT coalesce(
        (SELECT t.terminal_id FROM kohi.terminal_certificate t
         WHERE t.fingerprint = kohi.kohi_auth_peer_fingerprint()),
        (SELECT cs.terminal_id FROM kohi.client_session cs
         WHERE kohi.is_superuser() AND cs.pid = pg_backend_pid()
           AND cs.backend_start = (SELECT a.backend_start
                                   FROM pg_stat_get_activity(pg_backend_pid()) a)))
$$;

-- Has this session called kohi_api.session_begin (its row in kohi.client_session)?
CREATE FUNCTION kohi.session_started() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT EXISTS (SELECT FROM kohi.client_session cs
                   WHERE cs.pid = pg_backend_pid()
                     AND cs.backend_start = (SELECT a.backend_start
                                             FROM pg_stat_get_activity(pg_backend_pid()) a))
$$;

-- Refuses (durably: the event survives whatever the caller does with its transaction) a staff
-- session that has no registered, unrevoked, unexpired terminal certificate. pg_hba refuses a
-- connection without a certificate already; this holds even if pg_hba were loosened, and stops a
-- revoked certificate from its next call on.
CREATE FUNCTION kohi.assert_terminal_ok() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    fp text;
    t kohi.terminal_certificate;
    reason text;
BEGIN
    IF kohi.is_superuser() THEN
        RETURN;
    END IF;
    fp := kohi.kohi_auth_peer_fingerprint();
    IF fp IS NULL THEN
        reason := 'no_certificate';
    ELSE
        SELECT * INTO t FROM kohi.terminal_certificate x WHERE x.fingerprint = fp;
        reason := CASE WHEN t.id IS NULL THEN 'unregistered'
                       WHEN t.revoked_at IS NOT NULL THEN 'revoked'
                       WHEN t.not_after <= now() OR t.not_before > now() THEN 'expired' END;
    END IF;
    IF reason IS NULL THEN
        RETURN;
    END IF;
    PERFORM kohi.audit('terminal_refused', session_user, 'refused',
                       jsonb_build_object('reason', reason, 'fingerprint', fp,
                                          'serial', t.serial, 'terminal', t.terminal_id));
    RAISE EXCEPTION USING ERRCODE = '28000', DETAIL = 'kohi: terminal ' || reason, MESSAGE = CASE reason
        WHEN 'no_certificate' THEN
            '端末証明書のない接続では Kohi を利用できません。情報システム担当が発行した端末証明書を設定した端末から接続してください。'
        WHEN 'unregistered' THEN
            'この端末証明書は Kohi に登録されていません。情報システム担当に連絡してください。'
        WHEN 'revoked' THEN
            'この端末の証明書は失効しています。この端末からは利用できません。情報システム担当に連絡してください。'
        ELSE
            'この端末の証明書は有効期限外です。情報システム担当に更新を依頼してください。' END;
END
$$;

-- What hands out envelopes or wrapped keys does so only to a terminal registered for reveals.
CREATE FUNCTION kohi.assert_reveal_terminal(p_action text, p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    t kohi.terminal_certificate := kohi.session_certificate();
BEGIN
    IF t.id IS NOT NULL AND t.reveals_allowed AND t.revoked_at IS NULL THEN
        RETURN;
    END IF;
    PERFORM kohi.audit(p_action, p_target, 'refused',
                       jsonb_build_object('reason', 'terminal_not_for_reveals',
                                          'terminal', t.terminal_id));
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'この端末からは個人番号を表示できません（個人番号の表示を許可された端末として登録されていません）。表示が許可された端末で操作してください。';
END
$$;

-- ------------------------------------------------------------------ session checks (0006, 0020)
-- 0006's body with the terminal check first; VOLATILE because a refusal writes its event.
CREATE OR REPLACE FUNCTION kohi.assert_session_ok() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    st text;
    reason text;
BEGIN
    IF kohi.is_superuser() THEN
        RETURN;
    END IF;
    PERFORM kohi.assert_terminal_ok();
    SELECT status INTO st FROM kohi.staff WHERE login = session_user;
    IF st IS NULL OR st <> 'active' THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
    reason := kohi.password_change_reason(session_user);
    IF reason IS NOT NULL THEN
        RAISE EXCEPTION 'パスワードを変更するまでデータは利用できません。'
            USING ERRCODE = '28P01', DETAIL = 'kohi: password change required (' || reason || ')';
    END IF;
END
$$;

-- 0020's body with the terminal check first.
CREATE OR REPLACE FUNCTION kohi.assert_account_active() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF kohi.is_superuser() THEN
        RETURN;
    END IF;
    PERFORM kohi.assert_terminal_ok();
    IF NOT EXISTS (SELECT FROM kohi.staff WHERE login = session_user AND status = 'active') THEN
        RAISE EXCEPTION 'このアカウントは利用できません。' USING ERRCODE = '42501';
    END IF;
END
$$;

-- ------------------------------------------------------------------ session start (0020)
-- 0020's body; the terminal is the certificate's. A declared id that differs is ignored and
-- noted in the session_begin event.
CREATE OR REPLACE FUNCTION kohi_api.session_begin(p_terminal_id text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    declared text := left(nullif(btrim(p_terminal_id), ''), 64);
    cert kohi.terminal_certificate;
    terminal text;
    details jsonb := '{}';
BEGIN
    PERFORM kohi.assert_account_active();
    cert := kohi.session_certificate();
    terminal := coalesce(cert.terminal_id, declared, 'unknown');
    DELETE FROM kohi.client_session cs
    WHERE cs.ctid IN (SELECT x.ctid FROM kohi.client_session x
                      WHERE NOT EXISTS (SELECT FROM pg_stat_activity a
                                        WHERE a.pid = x.pid AND a.backend_start = x.backend_start)
                      FOR UPDATE SKIP LOCKED);
    INSERT INTO kohi.client_session (pid, backend_start, login, terminal_id, client_addr)
    SELECT pg_backend_pid(), a.backend_start, session_user, terminal, inet_client_addr()
    FROM pg_stat_activity a WHERE a.pid = pg_backend_pid()
    ON CONFLICT (pid, backend_start) DO UPDATE SET terminal_id = EXCLUDED.terminal_id;
    UPDATE kohi.staff SET last_login_at = now() WHERE login = session_user;
    -- The chain head from here on: drained events (this login among them) precede this one.
    PERFORM kohi.drain_auth_events();
    IF cert.id IS NOT NULL THEN
        details := jsonb_build_object('certificate_serial', cert.serial);
        IF declared IS DISTINCT FROM cert.terminal_id AND declared IS NOT NULL THEN
            -- Ignored: the terminal is the certificate's; the claim is kept as evidence.
            details := details || jsonb_build_object('declared_terminal', declared,
                                                     'terminal_mismatch', true);
        END IF;
    END IF;
    PERFORM kohi.audit('session_begin', session_user, 'ok', details);
END
$$;

-- ------------------------------------------------------------------ envelopes and wrapped keys
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
    -- Only from a terminal whose certificate is registered for reveals (0023); the refusal is
    -- durable.
    PERFORM kohi.assert_reveal_terminal('mynumber_reveal', 'mynumber:' || p_mynumber_id);
    -- And, as in 0022, only in a session that has started (session_begin logged its login).
    IF NOT kohi.session_started() THEN
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
    -- Every envelope leaves only to a terminal registered for reveals (0023).
    PERFORM kohi.assert_reveal_terminal(act, NULL);
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

CREATE OR REPLACE FUNCTION kohi_api.mynumber_my_wrapped_key()
RETURNS TABLE (key_id text, public_key text, wrapped_key bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    k kohi.mynumber_key;
    w bytea;
BEGIN
    PERFORM kohi.assert_session_ok();
    -- The wrapped private key leaves only to a terminal registered for reveals (0023).
    PERFORM kohi.assert_reveal_terminal('mynumber_key_fetch', session_user);
    SELECT * INTO k FROM kohi.mynumber_key x WHERE x.status = 'active';
    SELECT x.wrapped INTO w FROM kohi.mynumber_key_wrap x
    WHERE x.key_id = k.key_id AND x.viewer = session_user;
    IF w IS NULL OR NOT kohi.caller_is_mynumber_viewer() THEN
        RAISE EXCEPTION 'あなたの復号用の鍵が登録されていません。' USING ERRCODE = '42501';
    END IF;
    PERFORM kohi.audit('mynumber_key_fetch', session_user, 'ok',
                       jsonb_build_object('key_id', kohi.key_id_text(k.key_id)));
    RETURN QUERY SELECT encode(k.key_id, 'hex'), encode(k.public_key, 'base64'), w;
END
$$;

-- ------------------------------------------------------------------ terminal administration
-- Who manages terminal certificates: IT, as user administrators, or the database administrator.
CREATE FUNCTION kohi.assert_terminal_admin(p_action text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.is_superuser() OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER') THEN
        RETURN;
    END IF;
    PERFORM kohi.audit(p_action, NULL, 'refused', jsonb_build_object('reason', 'not_user_admin'));
    RAISE EXCEPTION '端末証明書を管理する権限がありません（ユーザー管理者の職務が必要です）。'
        USING ERRCODE = '42501';
END
$$;

-- Registers a certificate kohi-admin has just signed (the CA key stays with kohi-admin).
CREATE FUNCTION kohi_api.terminal_register(p_terminal_id text, p_serial text, p_fingerprint text,
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
    INSERT INTO kohi.terminal_certificate (terminal_id, serial, fingerprint, subject, not_before,
                                           not_after, reveals_allowed, registered_by)
    VALUES (v_terminal, v_serial, v_fp, p_subject, p_not_before, p_not_after, p_reveals_allowed,
            session_user)
    RETURNING id INTO v_id;
    PERFORM kohi.audit('terminal_register', 'terminal:' || v_terminal, 'ok',
                       jsonb_build_object('serial', v_serial, 'fingerprint', v_fp,
                                          'not_after', p_not_after,
                                          'reveals_allowed', p_reveals_allowed));
    RETURN v_id;
END
$$;

-- Revokes one certificate (by serial) or every unrevoked certificate of a terminal (by id).
-- Returns the serials revoked. A reason is required: it goes into the registry and the log.
CREATE FUNCTION kohi_api.terminal_revoke(p_terminal_or_serial text, p_reason text)
RETURNS TABLE (terminal_id text, serial text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_key text := btrim(p_terminal_or_serial);
    v_reason text := nullif(btrim(p_reason), '');
    r record;
    n int := 0;
BEGIN
    PERFORM kohi.assert_terminal_admin('terminal_revoke');
    IF v_key IS NULL OR v_key = '' THEN
        RAISE EXCEPTION '失効させる端末IDまたは証明書のシリアル番号を指定してください。' USING ERRCODE = '22023';
    END IF;
    IF v_reason IS NULL OR length(v_reason) > 200 THEN
        RAISE EXCEPTION '失効の理由を200文字以内で入力してください。' USING ERRCODE = '22023';
    END IF;
    FOR r IN UPDATE kohi.terminal_certificate t
             SET revoked_at = now(), revoked_by = session_user, revoke_reason = v_reason
             WHERE t.revoked_at IS NULL AND (t.terminal_id = v_key OR t.serial = upper(v_key))
             RETURNING t.terminal_id, t.serial LOOP
        n := n + 1;
        PERFORM kohi.audit('terminal_revoke', 'terminal:' || r.terminal_id, 'ok',
                           jsonb_build_object('serial', r.serial, 'reason', v_reason));
        terminal_id := r.terminal_id;
        serial := r.serial;
        RETURN NEXT;
    END LOOP;
    IF n = 0 THEN
        RAISE EXCEPTION '失効させる有効な端末証明書が見つかりません: %', left(v_key, 64) USING ERRCODE = '22023';
    END IF;
END
$$;

CREATE FUNCTION kohi_api.terminal_list()
RETURNS TABLE (terminal_id text, serial text, fingerprint text, subject text,
               not_before timestamptz, not_after timestamptz, reveals_allowed boolean,
               registered_by text, registered_at timestamptz, revoked_at timestamptz,
               revoked_by text, revoke_reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_terminal_admin('terminal_list');
    PERFORM kohi.audit('terminal_list', NULL, 'ok');
    RETURN QUERY SELECT t.terminal_id, t.serial, t.fingerprint, t.subject, t.not_before,
                        t.not_after, t.reveals_allowed, t.registered_by::text, t.registered_at,
                        t.revoked_at, t.revoked_by::text, t.revoke_reason
                 FROM kohi.terminal_certificate t ORDER BY t.terminal_id, t.registered_at;
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
    'environment_set', 'audit_retention_purge',
    'terminal_register', 'terminal_revoke');


-- ------------------------------------------------------------------ grants
REVOKE ALL ON FUNCTION kohi.session_certificate() FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.session_started() FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.assert_terminal_ok() FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.assert_reveal_terminal(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi.assert_terminal_admin(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.terminal_register(text, text, text, text, timestamptz, timestamptz, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.terminal_revoke(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.terminal_list() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.terminal_register(text, text, text, text, timestamptz, timestamptz, boolean)
    TO kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.terminal_revoke(text, text) TO kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.terminal_list() TO kohi_user_admin;
