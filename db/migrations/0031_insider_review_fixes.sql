-- kohi:run-as superuser
-- 0031: two holes an insider review found in this session's work (issue 11 items 4 and 10).
--
-- 1. One user administrator could end up holding a privileged account whose password they chose:
--    create a clerk (the initial password is shown to them), log in as it and change the
--    password (must_change_password cleared), then propose the approver duty; the second
--    administrator's approval issued no password, because the account "had its own". Now every
--    approved privileged grant issues a fresh password to the approving administrator, who hands
--    it to the person; the proposer's knowledge is worthless from then on.
-- 2. A My Number typed with other separators than '-', ' ' and U+3000 — the full-width hyphen
--    U+FF0D an IME produces, the minus U+2212, dots, slashes, the katakana long-vowel mark —
--    passed the redaction and reached the access log (and the reader's journal file on disk)
--    unredacted. The redaction now knows every separator a person or an IME puts between the
--    groups, and kohi.audit() redacts an event before it leaves the function, so what the
--    journal writes to disk is already what the log keeps.

-- ------------------------------------------------------------------ 1. privileged grants
CREATE OR REPLACE FUNCTION kohi_api.staff_approve(p_proposal_id bigint, p_note text)
RETURNS TABLE (proposal_id bigint, kind text, login text, duties text[], initial_password text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'staff_approve';
    tgt text := 'staff_proposal:' || p_proposal_id;
    p kohi.staff_proposal;
    st text;
    acct kohi.staff;
    v_note text := nullif(btrim(p_note), '');
    pw text;
    after text[];
    issue boolean;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.assert_staff_proposer(act, tgt);
    IF NOT pg_has_role(session_user, 'kohi_user_admin', 'MEMBER') THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_allowed',
            '職員の提案を承認できるのはユーザー管理者です。');
    END IF;
    -- The administration lock first, then every check (0009).
    PERFORM kohi.begin_user_admin(NULL);
    PERFORM kohi.assert_key_note(v_note);
    SELECT * INTO p FROM kohi.staff_proposal x WHERE x.id = p_proposal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '指定された提案が見つかりません。', '22023');
    END IF;
    IF p.proposed_by = session_user THEN
        PERFORM kohi.key_refuse(act, tgt, 'own_proposal',
            '自分の提案は承認できません。提案した人とは別のユーザー管理者が承認します。', '42501',
            jsonb_build_object('proposal_id', p.id, 'subject', p.subject));
    END IF;
    IF p.subject = session_user THEN
        PERFORM kohi.key_refuse(act, tgt, 'subject',
            '自分が対象の提案は承認できません。別のユーザー管理者が承認します。', '42501',
            jsonb_build_object('proposal_id', p.id));
    END IF;
    st := kohi.staff_proposal_state(p);
    IF st = 'expired' THEN
        PERFORM kohi.key_refuse(act, tgt, 'expired',
            format('この提案は期限切れです（承認期限 %s）。必要ならもう一度提案してください。',
                   to_char(p.expires_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI')),
            '55000', jsonb_build_object('proposal_id', p.id));
    END IF;
    IF st <> 'proposed' THEN
        PERFORM kohi.key_refuse(act, tgt, 'decided',
            format('この提案は既に「%s」です。', kohi.staff_state_label(st)), '55000',
            jsonb_build_object('proposal_id', p.id));
    END IF;
    SELECT * INTO acct FROM kohi.staff s WHERE s.login = p.subject;
    IF acct.status <> 'active' THEN
        PERFORM kohi.key_refuse(act, tgt, 'inactive',
            format('ユーザー「%s」は無効になっています。この提案は承認できません。', p.subject),
            '55000', jsonb_build_object('proposal_id', p.id));
    END IF;
    IF p.kind = 'duties' THEN
        IF kohi.account_duties(p.subject) IS DISTINCT FROM p.duties_before THEN
            PERFORM kohi.key_refuse(act, tgt, 'stale',
                '提案の後にこのユーザーの職務が変わりました。この提案は承認できません。必要ならもう一度提案してください。',
                '55000', jsonb_build_object('proposal_id', p.id));
        END IF;
        PERFORM kohi.check_duties(p.duties_after);
        PERFORM kohi.assert_admin_separation(act, p.subject, p.duties_after);
        IF NOT ('kohi_user_admin' = ANY (p.duties_after)) THEN
            PERFORM kohi.assert_not_last_admin(p.subject);
        END IF;
        PERFORM kohi.apply_duties(p.subject, p.duties_after);
        after := kohi.account_duties(p.subject);
        -- Every privileged grant re-issues the password, through this approver (0031): the
        -- proposer may know the account's password — they issued it at creation or at a reset
        -- of the then unprivileged account, and could have changed it themselves since — so
        -- only a password the second administrator hands over is the person's own.
        issue := true;
        pw := kohi.issue_password(p.subject, acct.password_changed_at IS NOT NULL);
        PERFORM kohi.audit('user_set_duties', p.subject, 'ok',
                           jsonb_build_object('before', to_jsonb(p.duties_before),
                                              'after', to_jsonb(after), 'proposal_id', p.id,
                                              'proposed_by', p.proposed_by,
                                              'password_issued', issue));
    ELSE
        pw := kohi.issue_password(p.subject, true);
        PERFORM kohi.audit('user_reset_password', p.subject, 'ok',
                           jsonb_build_object('proposal_id', p.id, 'proposed_by', p.proposed_by));
    END IF;
    UPDATE kohi.staff_proposal x
    SET status = 'approved', decided_by = session_user, decided_at = clock_timestamp(),
        decision_note = v_note
    WHERE x.id = p.id;
    PERFORM kohi.audit(act, p.subject, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', p.id, 'kind', p.kind, 'proposed_by', p.proposed_by,
                           'after', to_jsonb(p.duties_after), 'note', v_note,
                           'password_issued', pw IS NOT NULL)));
    RETURN QUERY SELECT p.id, p.kind, p.subject::text, after, pw;
END
$$;

-- ------------------------------------------------------------------ 2. redaction
-- The separators a My Number may carry between its 4-4-4 groups, as typed, pasted or converted
-- by an IME: hyphen-minus, the Unicode hyphens and dashes (U+2010–U+2015), minus (U+2212),
-- full-width hyphen-minus (U+FF0D), the long-vowel mark (U+30FC, 「ー」 mistaken for a hyphen),
-- ASCII and ideographic spaces, '.', '/', ',' and their full-width forms, the middle dots.
CREATE OR REPLACE FUNCTION kohi_audit.redact_text(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(p,
    '(^|[^0-9A-Za-z０-９])[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}(?![0-9A-Za-z０-９])',
    '\1[個人番号]', 'g');

-- Cheap test first: only suspicious details take the recursive path (same separators).
CREATE OR REPLACE FUNCTION kohi_audit.redact_details(p jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p::text ~ '[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}'
              OR p::text ~* '"(password|passwd|new_password|current_password|old_password|pw|secret|scram_secret|mynumber|my_number|kojin_bango|individual_number|個人番号|パスワード)"\s*:'
            THEN kohi_audit.redact(p) ELSE p END;

-- ------------------------------------------------------------------ 2b. events redacted first
-- 0026's kohi.audit(), with the target and the details redacted before any path takes them.
CREATE OR REPLACE FUNCTION kohi.audit(p_action text, p_target text, p_outcome text,
                                      p_details jsonb DEFAULT '{}', p_programme text DEFAULT NULL,
                                      p_login name DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    -- Redacted here, before any path writes them (the reader's journal is a file on disk).
    v_target text := kohi_audit.redact_text(p_target);
    v_details jsonb := kohi_audit.redact_details(coalesce(p_details, '{}'));
BEGIN
    IF p_outcome = 'ok' AND kohi.audit_is_change(p_action) THEN
        PERFORM kohi_audit.append(coalesce(p_login, session_user), inet_client_addr(),
                                  kohi.current_terminal(), p_action, v_target, p_programme,
                                  p_outcome, v_details);
    ELSIF p_action LIKE 'audit\_%' OR p_action LIKE 'monitor\_%'
          OR p_action = 'my_audit_history' OR p_action LIKE 'mynumber\_%' THEN
        -- Reads of the access log itself and of what is derived from it (search, verify, head,
        -- export, one's own history, monitoring) show the log after their own event: it must be
        -- in it, with everything logged before it, when this returns (0019's path: wait until
        -- the sealer has committed it). So must every My Number event: the server counts them
        -- from the chain at the next call (reveals per day, guesses, the reveal check's "just
        -- shown"), and a count that missed the newest would let a limit be passed.
        -- Rare calls; the hot reads take the journal.
        PERFORM kohi_audit.emit_raw(coalesce(p_login, session_user)::text,
                                    host(inet_client_addr()), kohi.current_terminal(), p_action,
                                    v_target, p_programme, p_outcome,
                                    v_details::text);
    ELSE
        -- Durable: returns once the event is on disk (the reader's journal) and on its way to
        -- the chain.
        PERFORM kohi_audit.emit_journaled(coalesce(p_login, session_user)::text,
                                          host(inet_client_addr()), kohi.current_terminal(),
                                          p_action, v_target, p_programme, p_outcome,
                                          v_details::text);
    END IF;
END
$$;

-- kohi.audit() runs as its caller (the API functions' owner): it now needs the redaction too.
GRANT EXECUTE ON FUNCTION kohi_audit.redact_text(text), kohi_audit.redact(jsonb),
                          kohi_audit.redact_details(jsonb) TO kohi_owner;
