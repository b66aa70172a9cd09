-- End of eligibility, retention and disposal with a record (issue 12, items 4 and 5; audit
-- finding 9: hold the minimum, delete what is no longer needed, keep a record of the deletion).
--
-- 1. A certification ends (kohi.recipient.status = 'ended', with ended_on, end_reason):
--    * on death or when the person moves out of the prefecture's responsibility: a clerk of the
--      programme proposes (kohi_api.recipient_end_propose, with the date and a note), an approver
--      who is not the proposer approves (kohi_api.retention_proposal_approve) - maker-checker as
--      for applications;
--    * when the certificate period lapsed without renewal, or the municipality stopped being the
--      prefecture's (a city becoming 中核市 on 1 April, kohi.municipality_not_served): the batch
--      kohi.eligibility_end_lapsed(on, dry_run), run by the database administrator
--      (`kohi-admin eligibility end-lapsed [--date D] [--dry-run]`, scheduled on 1 January and
--      1 April). Idempotent (only active recipients are ended; a second run ends nothing), one
--      access-log event per run with the counts, a history row per recipient. The 一斉更新
--      renewal batch relies on it: see "Lapse" below for exactly what counts as lapsed.
--    An ended recipient leaves recipient_search (the clerks' search; a partial index keeps its
--    plan the same index range) and the 住基ネット inquiries (0027 refuses them already); it
--    stays readable by id (recipient_get, recipient_history) for the record.
-- 2. Retention: the clock starts at ended_on. The period is a setting per programme,
--    retention_years_<法別番号> (kohi.setting, 5 years by default: UNCONFIRMED, an administrator
--    corrects it with `kohi-admin settings set`). kohi_api.retention_due(on) lists the ended
--    recipients whose period has run out and whose numbers are not yet disposed of, with how many
--    numbers each still holds (`kohi-admin retention due`).
-- 3. Disposal: a clerk of the programme proposes (kohi_api.disposal_propose: why, and how many
--    papers are destroyed with a note - the evidence-document register on another branch will
--    be connected to this count), an approver who is not the proposer approves. Approval
--    crypto-erases: every kohi.mynumber row of the recipient (envelope and keyed hash; pending
--    ones too) is deleted in the approving transaction (mynumber_editor rows cascade, juki rows
--    keep their outcome with mynumber_id set NULL), and kohi.disposal_record keeps what was
--    erased (roles and count, never a number or hash), when, by whom (proposer and approver) and
--    why. A recipient whose retention has not run out is refused. Dead tuples of the deleted rows
--    hold only the sealed envelope and the keyed hash (whose key is outside the database) until
--    autovacuum reclaims them.
--
-- Re-created here (latest bodies copied): kohi_api.recipient_search (0026; adds the ended
-- filter only), kohi.audit_is_change (0028; adds this migration's changes).

-- ------------------------------------------------------------------ settings
INSERT INTO kohi.setting (key, value, min_value, max_value, label) VALUES
    ('retention_years_54', 5, 1, 30,
     '特定医療費（指定難病）: 認定終了後、個人番号と証拠書類を保存する年数（終了日から）'),
    ('retention_years_52', 5, 1, 30,
     '小児慢性特定疾病医療費: 認定終了後、個人番号と証拠書類を保存する年数（終了日から）'),
    ('retention_years_17', 5, 1, 30,
     '療育医療: 認定終了後、個人番号と証拠書類を保存する年数（終了日から）');

-- The retention period of a programme; a programme without its setting keeps numbers forever
-- (never disposed of by accident) until an administrator adds one.
CREATE FUNCTION kohi.retention_years(p_programme text) RETURNS int
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT s.value FROM kohi.setting s WHERE s.key = 'retention_years_' || p_programme
$$;

-- The day from which a number and the papers of a recipient ended on p_ended_on may be disposed
-- of (NULL: not ended, or no period set).
CREATE FUNCTION kohi.retention_until(p_programme text, p_ended_on date) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT (p_ended_on + make_interval(years => kohi.retention_years(p_programme)))::date
$$;

-- ------------------------------------------------------------------ the end of a certification
ALTER TABLE kohi.recipient
    ADD COLUMN ended_on date,
    ADD COLUMN end_reason text
        CHECK (end_reason IN ('lapsed', 'death', 'moved_out', 'municipality')),
    ADD COLUMN end_note text CHECK (length(end_note) BETWEEN 1 AND 200),
    ADD COLUMN ended_by name,
    ADD COLUMN end_approved_by name,
    ADD CONSTRAINT recipient_ended_has_date
        CHECK ((status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL));

-- The clerks' search reads only current recipients: the same index range as before, without
-- the ended ones (recipient_search's predicate matches this index's, generic plan included).
CREATE INDEX recipient_current_kana_idx ON kohi.recipient (programme, kana_key, id)
    WHERE status <> 'ended';
-- The due list and the lapse batch.
CREATE INDEX recipient_ended_idx ON kohi.recipient (programme, ended_on) WHERE status = 'ended';

CREATE FUNCTION kohi.end_reason_label(p_reason text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_reason WHEN 'lapsed' THEN '有効期間の満了（更新なし）' WHEN 'death' THEN '死亡'
                         WHEN 'moved_out' THEN '転出（府の所管外）'
                         WHEN 'municipality' THEN '市の所管への移行（中核市等）' END
$$;

-- ------------------------------------------------------------------ proposals (two persons)
CREATE TABLE kohi.retention_proposal (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('end', 'dispose')),
    recipient_id  bigint NOT NULL REFERENCES kohi.recipient,
    programme     text NOT NULL,
    -- end: death | moved_out, and the day the certification ends.
    end_reason    text CHECK (end_reason IN ('death', 'moved_out')),
    ended_on      date,
    -- dispose: the papers destroyed with the numbers (count and what they were).
    papers_destroyed int CHECK (papers_destroyed BETWEEN 0 AND 1000),
    papers_note   text CHECK (length(papers_note) BETWEEN 1 AND 200),
    reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    proposed_by   name NOT NULL DEFAULT session_user,
    proposed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    status        text NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn')),
    decided_by    name,
    decided_at    timestamptz,
    decision_note text CHECK (length(decision_note) BETWEEN 1 AND 200),
    CHECK ((kind = 'end') = (end_reason IS NOT NULL AND ended_on IS NOT NULL)),
    CHECK ((kind = 'dispose') = (papers_destroyed IS NOT NULL)),
    CHECK ((status = 'proposed') = (decided_by IS NULL)),
    -- Two persons: whoever decides (other than withdrawing) is not the proposer.
    CHECK (status = 'withdrawn' OR decided_by IS NULL OR decided_by <> proposed_by)
);
-- One open proposal of a kind per recipient.
CREATE UNIQUE INDEX retention_proposal_one_open ON kohi.retention_proposal (recipient_id, kind)
    WHERE status = 'proposed';
CREATE INDEX retention_proposal_recipient_idx ON kohi.retention_proposal (recipient_id);
ALTER TABLE kohi.retention_proposal ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.retention_proposal FORCE ROW LEVEL SECURITY;
-- Clerks see their programmes' proposals; approvers every proposal (they decide them).
CREATE POLICY retention_proposal_visibility ON kohi.retention_proposal
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[])
                OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));

-- An approver reads and changes a recipient (and deletes its numbers) only while deciding one
-- of its open proposals, or one they decided (0021's narrowed scope, widened by exactly that).
-- The approver test is an InitPlan, so for a clerk the EXISTS never runs.
CREATE POLICY recipient_retention_decision ON kohi.recipient
    USING ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
           AND EXISTS (SELECT FROM kohi.retention_proposal p
                       WHERE p.recipient_id = recipient.id
                         AND (p.status = 'proposed' OR p.decided_by = session_user)));
CREATE POLICY recipient_history_retention_decision ON kohi.recipient_history
    USING ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
           AND EXISTS (SELECT FROM kohi.retention_proposal p
                       WHERE p.recipient_id = recipient_history.recipient_id
                         AND (p.status = 'proposed' OR p.decided_by = session_user)));
CREATE POLICY mynumber_retention_decision ON kohi.mynumber FOR SELECT
    USING ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
           AND EXISTS (SELECT FROM kohi.retention_proposal p
                       WHERE p.recipient_id = mynumber.recipient_id AND p.kind = 'dispose'
                         AND p.status = 'proposed'));
-- The only deletion of a number: an approver deciding a disposal (retention_proposal_approve).
CREATE POLICY mynumber_dispose ON kohi.mynumber FOR DELETE
    USING ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
           AND EXISTS (SELECT FROM kohi.retention_proposal p
                       WHERE p.recipient_id = mynumber.recipient_id AND p.kind = 'dispose'
                         AND p.status = 'proposed' AND p.proposed_by <> session_user));

-- ------------------------------------------------------------------ the disposal record
-- What was erased and destroyed, when, by whom and why. Never a number, an envelope or a hash.
CREATE TABLE kohi.disposal_record (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id      bigint NOT NULL UNIQUE REFERENCES kohi.retention_proposal,
    recipient_id     bigint NOT NULL REFERENCES kohi.recipient,
    programme        text NOT NULL,
    recipient_number text,
    recipient_name   text NOT NULL,
    ended_on         date NOT NULL,
    end_reason       text NOT NULL,
    retention_until  date NOT NULL,
    numbers_erased   int NOT NULL CHECK (numbers_erased >= 0),
    -- Whose numbers: patient / guardian / household, one entry per erased row.
    erased_roles     text[] NOT NULL DEFAULT '{}',
    -- The papers destroyed (the lead links the evidence-document register here).
    papers_destroyed int NOT NULL CHECK (papers_destroyed BETWEEN 0 AND 1000),
    papers_note      text,
    reason           text NOT NULL,
    method           text NOT NULL DEFAULT '暗号化された個人番号と照合用ハッシュの削除（暗号消去）',
    proposed_by      name NOT NULL,
    proposed_at      timestamptz NOT NULL,
    approved_by      name NOT NULL,
    erased_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (approved_by <> proposed_by),
    CHECK (cardinality(erased_roles) = numbers_erased)
);
CREATE INDEX disposal_record_recipient_idx ON kohi.disposal_record (recipient_id);
CREATE INDEX disposal_record_erased_idx ON kohi.disposal_record (erased_at);
ALTER TABLE kohi.disposal_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.disposal_record FORCE ROW LEVEL SECURITY;
-- The record is read by the programme's clerks and by approvers; written once by the approval.
CREATE POLICY disposal_record_read ON kohi.disposal_record FOR SELECT
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));
CREATE POLICY disposal_record_insert ON kohi.disposal_record FOR INSERT
    WITH CHECK ((SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER'))
                AND approved_by = session_user);

-- ------------------------------------------------------------------ helpers
-- Free text for the log and the record: required, short, never a My Number.
CREATE FUNCTION kohi.retention_text_problem(p_text text, p_label text, p_required boolean)
RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN p_text IS NULL THEN
            CASE WHEN p_required THEN format('%sを入力してください。', p_label) END
        WHEN length(p_text) > 200 THEN format('%sは200文字以内で入力してください。', p_label)
        WHEN translate(p_text, '０１２３４５６７８９ 　-－‐', '0123456789') ~ '[0-9]{12}'
            THEN format('%sに12桁の数字（個人番号など）は書かないでください。', p_label)
    END
$$;

-- The end of a certification, with its history row (who proposed, who approved).
CREATE FUNCTION kohi.end_recipient(p_recipient kohi.recipient, p_reason text, p_ended_on date,
                                   p_note text, p_ended_by name, p_approved_by name)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    UPDATE kohi.recipient r
    SET status = 'ended', ended_on = p_ended_on, end_reason = p_reason, end_note = p_note,
        ended_by = p_ended_by, end_approved_by = p_approved_by,
        updated_at = clock_timestamp(), updated_by = coalesce(p_approved_by, p_ended_by)
    WHERE r.id = p_recipient.id;
    INSERT INTO kohi.recipient_history (recipient_id, programme, changed_by, approved_by,
                                        before, after)
    VALUES (p_recipient.id, p_recipient.programme, p_ended_by, p_approved_by,
            jsonb_build_object('status', p_recipient.status),
            jsonb_strip_nulls(jsonb_build_object('status', 'ended', 'ended_on', p_ended_on,
                                                 'end_reason', p_reason, 'end_note', p_note)));
END
$$;

-- ------------------------------------------------------------------ lapse (the batch)
-- Lapse, as of p_on: an active recipient ends
--   * 'lapsed' when it has an approved application and the latest approved valid_to is before
--     p_on, and no renewal or change is awaiting a decision (submitted or returned: the
--     application flow decides those; such recipients are reported as 'renewal_pending' and
--     left alone). ended_on = that valid_to + 1 day.
--   * 'municipality' when its municipality is not served for its programme as of p_on
--     (kohi.municipality_not_served, e.g. a 中核市 from 1 April). ended_on = that valid_from
--     (p_on for an "always" row).
--   The earlier of the two wins. Recipients without an approved period (e.g. synthetic rows
--   never decided) are not touched.
-- Run by the database administrator (a superuser, so every programme; not granted to staff).
-- Idempotent: only active recipients are candidates, so a second run ends nothing. p_dry_run:
-- the rows, nothing changed. One access-log event per run (counts, date, dry run or not).
CREATE FUNCTION kohi.eligibility_end_lapsed(p_on date, p_dry_run boolean DEFAULT false)
RETURNS TABLE (recipient_id bigint, programme text, recipient_number text, end_reason text,
               ended_on date, action text)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_on date := coalesce(p_on, (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date);
    dry boolean := coalesce(p_dry_run, false);
    c record;
    rec kohi.recipient;
    n_ended int := 0;
    n_pending int := 0;
BEGIN
    IF NOT kohi.is_superuser() THEN
        RAISE EXCEPTION '期間満了による認定終了の一括処理は、データベース管理者が実行します（kohi-admin eligibility end-lapsed）。'
            USING ERRCODE = '42501';
    END IF;
    IF v_on > (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date + 366 THEN
        RAISE EXCEPTION '基準日（%）が先すぎます。一年以内の日付を指定してください。', v_on
            USING ERRCODE = '22023';
    END IF;
    FOR c IN
        SELECT x.id, x.programme, x.recipient_number, x.kind, x.ended
        FROM (SELECT r.id, r.programme, r.recipient_number,
                     CASE WHEN m.since IS NOT NULL AND (lapse.ends IS NULL OR m.since <= lapse.ends)
                          THEN 'municipality'
                          WHEN lapse.ends IS NOT NULL THEN
                              CASE WHEN open_app.id IS NULL THEN 'lapsed' ELSE 'renewal_pending' END
                     END AS kind,
                     CASE WHEN m.since IS NOT NULL AND (lapse.ends IS NULL OR m.since <= lapse.ends)
                          THEN m.since ELSE lapse.ends END AS ended
              FROM kohi.recipient r
              LEFT JOIN LATERAL (
                  SELECT max(a.valid_to) + 1 AS ends FROM kohi.application a
                  WHERE a.recipient_id = r.id AND a.state = 'approved'
                  HAVING max(a.valid_to) < v_on) lapse ON true
              LEFT JOIN LATERAL (
                  SELECT a.id FROM kohi.application a
                  WHERE a.recipient_id = r.id AND a.state IN ('submitted', 'returned')
                  LIMIT 1) open_app ON true
              LEFT JOIN LATERAL (
                  SELECT CASE WHEN min(n.valid_from) = '-infinity' THEN v_on
                              ELSE min(n.valid_from) END AS since
                  FROM kohi.municipality_not_served n
                  WHERE n.municipality_code = r.municipality_code AND n.programme = r.programme
                    AND n.valid_from <= v_on AND (n.valid_to IS NULL OR v_on < n.valid_to)
                  HAVING count(*) > 0) m ON true
              WHERE r.status = 'active') x
        WHERE x.kind IS NOT NULL
        ORDER BY x.programme, x.id
    LOOP
        IF c.kind = 'renewal_pending' THEN
            n_pending := n_pending + 1;
            RETURN QUERY SELECT c.id, c.programme, c.recipient_number, c.kind, NULL::date,
                                'skipped'::text;
            CONTINUE;
        END IF;
        IF NOT dry THEN
            SELECT * INTO rec FROM kohi.recipient r WHERE r.id = c.id AND r.status = 'active'
            FOR UPDATE;
            CONTINUE WHEN NOT FOUND;  -- ended meanwhile by someone else
            PERFORM kohi.end_recipient(rec, c.kind, c.ended, NULL, session_user, NULL);
        END IF;
        n_ended := n_ended + 1;
        RETURN QUERY SELECT c.id, c.programme, c.recipient_number, c.kind, c.ended,
                            CASE WHEN dry THEN 'would_end' ELSE 'ended' END;
    END LOOP;
    PERFORM kohi.audit('eligibility_end_lapsed', NULL, 'ok',
                       jsonb_build_object('on', v_on, 'dry_run', dry,
                                          CASE WHEN dry THEN 'would_end' ELSE 'ended' END, n_ended,
                                          'renewal_pending', n_pending));
END
$$;

-- ------------------------------------------------------------------ propose
-- A clerk of the programme proposes to end an active recipient on death or move-out.
CREATE FUNCTION kohi_api.recipient_end_propose(p_recipient_id bigint, p_reason text,
                                               p_ended_on date, p_note text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'recipient_end_propose';
    tgt text := 'recipient:' || p_recipient_id;
    r kohi.recipient;
    v_note text := nullif(btrim(p_note), '');
    problem text;
    today date := (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date;
    new_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = p_recipient_id FOR UPDATE;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found',
            '指定された受給者が見つかりません（担当する制度の受給者だけを終了できます）。', '42501');
    END IF;
    IF p_reason IS NULL OR p_reason NOT IN ('death', 'moved_out') THEN
        PERFORM kohi.key_refuse(act, tgt, 'reason',
            '終了の理由は「死亡」（death）か「転出」（moved_out）を指定してください。期間満了は一括処理が終了させます。',
            '22023');
    END IF;
    IF r.status <> 'active' THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_active',
            CASE r.status WHEN 'ended' THEN 'この受給者の認定は既に終了しています。'
                          ELSE '認定前（申請中）の受給者は終了できません。申請を差し戻すか取り下げてください。' END,
            '55000');
    END IF;
    IF p_ended_on IS NULL OR p_ended_on > today THEN
        PERFORM kohi.key_refuse(act, tgt, 'date',
            '終了日（死亡日・転出日）を今日以前の日付で入力してください。', '22023');
    END IF;
    IF r.birth_date IS NOT NULL AND p_ended_on < r.birth_date THEN
        PERFORM kohi.key_refuse(act, tgt, 'date',
            '終了日が生年月日より前です。日付を確かめてください。', '22023');
    END IF;
    problem := kohi.retention_text_problem(v_note, '終了の理由（内容）', true);
    IF problem IS NOT NULL THEN
        PERFORM kohi.key_refuse(act, tgt, 'note', problem, '22023');
    END IF;
    IF EXISTS (SELECT FROM kohi.retention_proposal p
               WHERE p.recipient_id = r.id AND p.kind = 'end' AND p.status = 'proposed') THEN
        PERFORM kohi.key_refuse(act, tgt, 'open_proposal',
            'この受給者には承認待ちの終了の提案があります。承認・却下を待つか、取り下げてください。',
            '55000');
    END IF;
    INSERT INTO kohi.retention_proposal (kind, recipient_id, programme, end_reason, ended_on,
                                         reason)
    VALUES ('end', r.id, r.programme, p_reason, p_ended_on, v_note)
    RETURNING id INTO new_id;
    PERFORM kohi.audit(act, tgt, 'ok',
                       jsonb_build_object('proposal_id', new_id, 'reason', p_reason,
                                          'ended_on', p_ended_on, 'note', v_note),
                       r.programme);
    RETURN new_id;
END
$$;

-- A clerk of the programme proposes the disposal of an ended recipient's numbers and papers
-- once its retention has run out.
CREATE FUNCTION kohi_api.disposal_propose(p_recipient_id bigint, p_papers_destroyed int,
                                          p_papers_note text, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'disposal_propose';
    tgt text := 'recipient:' || p_recipient_id;
    r kohi.recipient;
    v_reason text := nullif(btrim(p_reason), '');
    v_papers text := nullif(btrim(p_papers_note), '');
    problem text;
    until date;
    today date := (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date;
    new_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = p_recipient_id FOR UPDATE;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found',
            '指定された受給者が見つかりません（担当する制度の受給者だけを廃棄の対象にできます）。',
            '42501');
    END IF;
    IF r.status <> 'ended' THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_ended',
            'この受給者の認定は終了していません。廃棄できるのは、終了して保存期間が過ぎた受給者の個人番号と書類だけです。',
            '55000');
    END IF;
    until := kohi.retention_until(r.programme, r.ended_on);
    IF until IS NULL OR until > today THEN
        PERFORM kohi.key_refuse(act, tgt, 'retention',
            format('保存期間が過ぎていません（終了日 %s、保存期限 %s）。期限の翌日以降に廃棄できます。',
                   r.ended_on, coalesce(until::text, '未設定')),
            '55000', jsonb_build_object('ended_on', r.ended_on, 'retention_until', until));
    END IF;
    IF EXISTS (SELECT FROM kohi.disposal_record d WHERE d.recipient_id = r.id) THEN
        PERFORM kohi.key_refuse(act, tgt, 'disposed',
            'この受給者の個人番号と書類は既に廃棄されています（廃棄記録があります）。', '55000');
    END IF;
    IF p_papers_destroyed IS NULL OR p_papers_destroyed NOT BETWEEN 0 AND 1000 THEN
        PERFORM kohi.key_refuse(act, tgt, 'papers',
            '廃棄する書類の枚数を 0〜1000 で入力してください（書類がなければ 0）。', '22023');
    END IF;
    problem := coalesce(kohi.retention_text_problem(v_reason, '廃棄の理由', true),
                        kohi.retention_text_problem(v_papers, '廃棄する書類の内容',
                                                    p_papers_destroyed > 0));
    IF problem IS NOT NULL THEN
        PERFORM kohi.key_refuse(act, tgt, 'note', problem, '22023');
    END IF;
    IF EXISTS (SELECT FROM kohi.retention_proposal p
               WHERE p.recipient_id = r.id AND p.kind = 'dispose' AND p.status = 'proposed') THEN
        PERFORM kohi.key_refuse(act, tgt, 'open_proposal',
            'この受給者には承認待ちの廃棄の提案があります。承認・却下を待つか、取り下げてください。',
            '55000');
    END IF;
    INSERT INTO kohi.retention_proposal (kind, recipient_id, programme, papers_destroyed,
                                         papers_note, reason)
    VALUES ('dispose', r.id, r.programme, p_papers_destroyed, v_papers, v_reason)
    RETURNING id INTO new_id;
    PERFORM kohi.audit(act, tgt, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', new_id, 'papers_destroyed', p_papers_destroyed,
                           'papers_note', v_papers, 'reason', v_reason,
                           'retention_until', until)),
                       r.programme);
    RETURN new_id;
END
$$;

-- ------------------------------------------------------------------ list
CREATE FUNCTION kohi_api.retention_proposals(p_include_closed boolean)
RETURNS TABLE (proposal_id bigint, kind text, recipient_id bigint, programme text,
               recipient_number text, name text, end_reason text, end_reason_label text,
               ended_on date, papers_destroyed int, papers_note text, reason text,
               proposed_by text, proposed_at timestamptz, status text, decided_by text,
               decided_at timestamptz, decision_note text, may_approve boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    approver boolean := pg_has_role(session_user, 'kohi_approver', 'MEMBER');
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT approver AND cardinality(kohi.caller_programmes()) = 0 THEN
        PERFORM kohi.key_refuse('retention_proposals', NULL, 'not_allowed',
            '認定終了・廃棄の提案を見る権限がありません。');
    END IF;
    SELECT count(*) INTO n FROM kohi.retention_proposal p
    WHERE coalesce(p_include_closed, false) OR p.status = 'proposed';
    PERFORM kohi.audit('retention_proposals', NULL, 'ok',
                       jsonb_build_object('rows', least(n, 200),
                                          'include_closed', coalesce(p_include_closed, false)));
    -- The recipient's name through the proposal's visibility (an approver's recipient policy
    -- admits recipients with an open proposal, or one they decided).
    RETURN QUERY
    SELECT p.id, p.kind, p.recipient_id, p.programme, r.recipient_number,
           r.family_name || '　' || r.given_name,
           coalesce(p.end_reason, r.end_reason), kohi.end_reason_label(coalesce(p.end_reason, r.end_reason)),
           coalesce(p.ended_on, r.ended_on), p.papers_destroyed, p.papers_note, p.reason,
           p.proposed_by::text, p.proposed_at, p.status, p.decided_by::text, p.decided_at,
           p.decision_note,
           approver AND p.status = 'proposed' AND p.proposed_by <> session_user
    FROM kohi.retention_proposal p
    LEFT JOIN kohi.recipient r ON r.id = p.recipient_id
    WHERE coalesce(p_include_closed, false) OR p.status = 'proposed'
    ORDER BY p.id DESC
    LIMIT 200;
END
$$;

-- ------------------------------------------------------------------ approve / reject
-- An approver who is not the proposer decides. An end ends the recipient; a disposal
-- crypto-erases its numbers and writes the disposal record (retention re-checked now).
CREATE FUNCTION kohi_api.retention_proposal_approve(p_proposal_id bigint, p_note text)
RETURNS TABLE (proposal_id bigint, kind text, recipient_id bigint, numbers_erased int,
               disposal_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    act constant text := 'retention_proposal_approve';
    tgt text := 'retention_proposal:' || p_proposal_id;
    p kohi.retention_proposal;
    r kohi.recipient;
    v_note text := nullif(btrim(p_note), '');
    problem text;
    until date;
    today date := (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date;
    roles text[];
    n int := 0;
    rec_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.is_superuser() OR NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_allowed',
            '認定終了・廃棄の提案を承認できるのは、承認者の職務を持つ職員です。');
    END IF;
    problem := kohi.retention_text_problem(v_note, '承認のメモ', false);
    IF problem IS NOT NULL THEN
        PERFORM kohi.key_refuse(act, tgt, 'note', problem, '22023');
    END IF;
    SELECT * INTO p FROM kohi.retention_proposal x WHERE x.id = p_proposal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '指定された提案が見つかりません。', '22023');
    END IF;
    -- Two persons, enforced here and by the table's CHECK.
    IF p.proposed_by = session_user THEN
        PERFORM kohi.key_refuse(act, tgt, 'own_proposal',
            '自分の提案は承認できません。認定終了と廃棄は、提案した人とは別の職員が承認します。',
            '42501', jsonb_build_object('kind', p.kind));
    END IF;
    IF p.status <> 'proposed' THEN
        PERFORM kohi.key_refuse(act, tgt, 'decided',
            format('この提案は既に決定されています（%s）。',
                   CASE p.status WHEN 'approved' THEN '承認済み' WHEN 'rejected' THEN '却下'
                                 ELSE '取り下げ' END), '55000');
    END IF;
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = p.recipient_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '提案の受給者が見つかりません。', '22023');
    END IF;
    IF p.kind = 'end' THEN
        IF r.status <> 'active' THEN
            PERFORM kohi.key_refuse(act, tgt, 'not_active',
                'この受給者は既に認定が終了しているか、認定前です。この提案は却下してください。',
                '55000');
        END IF;
        UPDATE kohi.retention_proposal x
        SET status = 'approved', decided_by = session_user, decided_at = clock_timestamp(),
            decision_note = v_note
        WHERE x.id = p.id;
        PERFORM kohi.end_recipient(r, p.end_reason, p.ended_on, p.reason, p.proposed_by,
                                   session_user);
        PERFORM kohi.audit(act, tgt, 'ok',
                           jsonb_strip_nulls(jsonb_build_object(
                               'proposal_id', p.id, 'kind', p.kind, 'recipient_id', r.id,
                               'end_reason', p.end_reason, 'ended_on', p.ended_on,
                               'proposed_by', p.proposed_by, 'note', v_note)),
                           r.programme);
        RETURN QUERY SELECT p.id, p.kind, r.id, 0, NULL::bigint;
        RETURN;
    END IF;
    -- Disposal: the retention is checked again at the moment of erasure.
    until := kohi.retention_until(r.programme, r.ended_on);
    IF r.status <> 'ended' OR until IS NULL OR until > today THEN
        PERFORM kohi.key_refuse(act, tgt, 'retention',
            format('保存期間が過ぎていないため廃棄できません（終了日 %s、保存期限 %s）。',
                   coalesce(r.ended_on::text, '未終了'), coalesce(until::text, '未設定')),
            '55000', jsonb_build_object('ended_on', r.ended_on, 'retention_until', until));
    END IF;
    -- The crypto-erasure: envelopes and keyed hashes of every person of this recipient.
    WITH gone AS (
        DELETE FROM kohi.mynumber m WHERE m.recipient_id = r.id RETURNING m.person_role)
    SELECT coalesce(array_agg(g.person_role ORDER BY g.person_role), '{}'), count(*)
      INTO roles, n
    FROM gone g;
    IF EXISTS (SELECT FROM kohi.mynumber m WHERE m.recipient_id = r.id) THEN
        RAISE EXCEPTION '個人番号を消去できませんでした。システム管理者に連絡してください。'
            USING ERRCODE = '42501';
    END IF;
    UPDATE kohi.retention_proposal x
    SET status = 'approved', decided_by = session_user, decided_at = clock_timestamp(),
        decision_note = v_note
    WHERE x.id = p.id;
    INSERT INTO kohi.disposal_record (proposal_id, recipient_id, programme, recipient_number,
                                      recipient_name, ended_on, end_reason, retention_until,
                                      numbers_erased, erased_roles, papers_destroyed, papers_note,
                                      reason, proposed_by, proposed_at, approved_by)
    VALUES (p.id, r.id, r.programme, r.recipient_number, r.family_name || '　' || r.given_name,
            r.ended_on, r.end_reason, until, n, roles, p.papers_destroyed, p.papers_note,
            p.reason, p.proposed_by, p.proposed_at, session_user)
    RETURNING id INTO rec_id;
    PERFORM kohi.audit(act, tgt, 'ok',
                       jsonb_strip_nulls(jsonb_build_object(
                           'proposal_id', p.id, 'kind', p.kind, 'recipient_id', r.id,
                           'disposal_id', rec_id, 'numbers_erased', n,
                           'erased_roles', to_jsonb(roles),
                           'papers_destroyed', p.papers_destroyed,
                           'proposed_by', p.proposed_by, 'note', v_note)),
                       r.programme);
    RETURN QUERY SELECT p.id, p.kind, r.id, n, rec_id;
END
$$;

-- Rejected by an approver (not the proposer), or withdrawn by the proposer.
CREATE FUNCTION kohi_api.retention_proposal_reject(p_proposal_id bigint, p_note text)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    act constant text := 'retention_proposal_reject';
    tgt text := 'retention_proposal:' || p_proposal_id;
    p kohi.retention_proposal;
    v_note text := nullif(btrim(p_note), '');
    problem text;
    outcome text;
BEGIN
    PERFORM kohi.assert_session_ok();
    problem := kohi.retention_text_problem(v_note, '却下・取り下げの理由', true);
    IF problem IS NOT NULL THEN
        PERFORM kohi.key_refuse(act, tgt, 'note', problem, '22023');
    END IF;
    SELECT * INTO p FROM kohi.retention_proposal x WHERE x.id = p_proposal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse(act, tgt, 'not_found', '指定された提案が見つかりません。', '22023');
    END IF;
    IF p.proposed_by = session_user THEN
        outcome := 'withdrawn';
    ELSIF NOT kohi.is_superuser() AND pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        outcome := 'rejected';
    ELSE
        PERFORM kohi.key_refuse(act, tgt, 'not_allowed',
            '提案を却下できるのは、提案した本人（取り下げ）か、承認者の職務を持つ別の職員です。');
    END IF;
    IF p.status <> 'proposed' THEN
        PERFORM kohi.key_refuse(act, tgt, 'decided', 'この提案は既に決定されています。', '55000');
    END IF;
    UPDATE kohi.retention_proposal x
    SET status = outcome, decided_by = session_user, decided_at = clock_timestamp(),
        decision_note = v_note
    WHERE x.id = p.id;
    PERFORM kohi.audit(act, tgt, 'ok',
                       jsonb_build_object('proposal_id', p.id, 'kind', p.kind,
                                          'recipient_id', p.recipient_id, 'outcome', outcome,
                                          'note', v_note),
                       p.programme);
    RETURN outcome;
END
$$;

-- ------------------------------------------------------------------ the due list
-- Ended recipients whose retention has run out on p_on and whose numbers are not yet disposed
-- of (no disposal record), with how many numbers each still holds. RLS decides whose: the body
-- runs as the caller (the database administrator: all) or under kohi_api.retention_due (staff).
CREATE FUNCTION kohi.retention_due_list(p_on date)
RETURNS TABLE (recipient_id bigint, programme text, recipient_number text, name text,
               ended_on date, end_reason text, end_reason_label text, retention_until date,
               numbers_held int, open_proposal_id bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
    SELECT r.id, r.programme, r.recipient_number, r.family_name || '　' || r.given_name,
           r.ended_on, r.end_reason, kohi.end_reason_label(r.end_reason),
           kohi.retention_until(r.programme, r.ended_on),
           (SELECT count(*)::int FROM kohi.mynumber m WHERE m.recipient_id = r.id),
           (SELECT p.id FROM kohi.retention_proposal p
            WHERE p.recipient_id = r.id AND p.kind = 'dispose' AND p.status = 'proposed')
    FROM kohi.recipient r
    WHERE r.status = 'ended'
      AND kohi.retention_until(r.programme, r.ended_on) <= p_on
      AND NOT EXISTS (SELECT FROM kohi.disposal_record d WHERE d.recipient_id = r.id)
    ORDER BY r.ended_on, r.id
    LIMIT 1000
$$;

CREATE FUNCTION kohi_api.retention_due(p_on date)
RETURNS TABLE (recipient_id bigint, programme text, recipient_number text, name text,
               ended_on date, end_reason text, end_reason_label text, retention_until date,
               numbers_held int, open_proposal_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v_on date := coalesce(p_on, (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date);
    today date := (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date;
    ids bigint[];
BEGIN
    PERFORM kohi.assert_session_ok();
    IF cardinality(kohi.caller_programmes()) = 0
       AND NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        PERFORM kohi.key_refuse('retention_due', NULL, 'not_allowed',
            '保存期間を過ぎた個人番号の一覧を見る権限がありません。');
    END IF;
    IF v_on > today + 3660 OR v_on < date '2000-01-01' THEN
        PERFORM kohi.key_refuse('retention_due', NULL, 'date',
            '基準日は 2000-01-01 から10年後までの日付で指定してください。', '22023');
    END IF;
    SELECT coalesce(array_agg(d.recipient_id), '{}') INTO ids FROM kohi.retention_due_list(v_on) d;
    -- Logged (durably) before any row leaves the server.
    PERFORM kohi.audit('retention_due', NULL, 'ok',
                       jsonb_build_object('on', v_on, 'rows', cardinality(ids),
                                          'recipient_ids', to_jsonb(ids)));
    RETURN QUERY SELECT * FROM kohi.retention_due_list(v_on);
END
$$;

-- ------------------------------------------------------------------ disposal records
-- The records for the disposal certificate: erased between p_from and p_to (inclusive, Asia/Tokyo
-- dates), or one recipient's. Never a number: there is none to give.
CREATE FUNCTION kohi_api.disposal_records(p_from date, p_to date, p_recipient_id bigint)
RETURNS TABLE (disposal_id bigint, recipient_id bigint, programme text, programme_name text,
               recipient_number text, recipient_name text, ended_on date, end_reason_label text,
               retention_until date, numbers_erased int, erased_roles text[],
               papers_destroyed int, papers_note text, reason text, method text,
               proposed_by text, proposed_by_name text, proposed_at timestamptz,
               approved_by text, approved_by_name text, erased_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF cardinality(kohi.caller_programmes()) = 0
       AND NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') THEN
        PERFORM kohi.key_refuse('disposal_records', NULL, 'not_allowed',
            '廃棄記録を見る権限がありません。');
    END IF;
    IF p_recipient_id IS NULL AND (p_from IS NULL OR p_to IS NULL OR p_to < p_from
                                   OR p_to - p_from > 3660) THEN
        PERFORM kohi.key_refuse('disposal_records', NULL, 'period',
            '期間（開始日・終了日、10年以内）か受給者を指定してください。', '22023');
    END IF;
    SELECT count(*) INTO n FROM kohi.disposal_record d
    WHERE CASE WHEN p_recipient_id IS NOT NULL THEN d.recipient_id = p_recipient_id
               ELSE (d.erased_at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN p_from AND p_to END;
    PERFORM kohi.audit('disposal_records', CASE WHEN p_recipient_id IS NOT NULL
                                                THEN 'recipient:' || p_recipient_id END, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('from', p_from, 'to', p_to,
                                                            'rows', n)));
    RETURN QUERY
    SELECT d.id, d.recipient_id, d.programme, pr.name, d.recipient_number, d.recipient_name,
           d.ended_on, kohi.end_reason_label(d.end_reason), d.retention_until, d.numbers_erased,
           (SELECT coalesce(array_agg(kohi.person_role_label(x)), '{}')
            FROM unnest(d.erased_roles) x),
           d.papers_destroyed, d.papers_note, d.reason, d.method,
           d.proposed_by::text, sp.display_name, d.proposed_at,
           d.approved_by::text, sa.display_name, d.erased_at
    FROM kohi.disposal_record d
    JOIN kohi.programme pr ON pr.code = d.programme
    LEFT JOIN kohi.staff sp ON sp.login = d.proposed_by
    LEFT JOIN kohi.staff sa ON sa.login = d.approved_by
    WHERE CASE WHEN p_recipient_id IS NOT NULL THEN d.recipient_id = p_recipient_id
               ELSE (d.erased_at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN p_from AND p_to END
    ORDER BY d.erased_at, d.id
    LIMIT 500;
END
$$;

-- ------------------------------------------------------------------ the search (0026, re-created)
-- 0026's body; the only change: ended recipients are left out (r.status <> 'ended' in each of
-- the three statements, matching recipient_current_kana_idx).
CREATE OR REPLACE FUNCTION kohi_api.recipient_search(p_kana text, p_number text, p_birth date,
                                                     p_phone text, p_after_kana text,
                                                     p_after_id bigint, p_limit int)
RETURNS TABLE (id bigint, programme text, recipient_number text, name text, kana text,
               birth_date date, sex smallint, municipality_code text, phone text, status text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    lim int := least(greatest(coalesce(p_limit, 100), 1), 500);
    phone_digits text := nullif(regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g'), '');
    conditions text;
    progs text[];
    found_rows kohi.recipient_search_row[];
BEGIN
    PERFORM kohi.assert_session_ok();
    progs := kohi.caller_programmes();
    IF cardinality(progs) = 0 THEN
        RAISE EXCEPTION '受給者を検索する権限がありません。' USING ERRCODE = '42501';
    END IF;
    IF p_kana IS NOT NULL AND p_number IS NULL AND p_birth IS NULL AND phone_digits IS NULL
       AND (p_after_id IS NULL) = (p_after_kana IS NULL) THEN
        -- The clerk's everyday search (kana prefix, page by page): static SQL, so its plan is
        -- cached instead of being planned again for every page (0.4 ms of each call).
        IF p_after_id IS NULL THEN
            SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)
              INTO found_rows
            FROM (SELECT x.* FROM unnest(progs) AS p(code), LATERAL (
                      SELECT r.id, r.programme, r.recipient_number,
                             r.family_name || '　' || r.given_name AS name, r.kana_key AS kana,
                             r.birth_date, r.sex, r.municipality_code, r.phone, r.status
                      FROM kohi.recipient r
                      WHERE r.programme = p.code AND r.status <> 'ended'
                        AND r.kana_key >= p_kana COLLATE "C"
                        AND r.kana_key < (p_kana || chr(1114111)) COLLATE "C"
                      ORDER BY r.kana_key, r.id LIMIT lim) x
                  ORDER BY x.kana, x.id LIMIT lim) x;
        ELSE
            SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)
              INTO found_rows
            FROM (SELECT x.* FROM unnest(progs) AS p(code), LATERAL (
                      SELECT r.id, r.programme, r.recipient_number,
                             r.family_name || '　' || r.given_name AS name, r.kana_key AS kana,
                             r.birth_date, r.sex, r.municipality_code, r.phone, r.status
                      FROM kohi.recipient r
                      WHERE r.programme = p.code AND r.status <> 'ended'
                        AND r.kana_key >= p_after_kana COLLATE "C"  -- see 0026
                        AND (r.kana_key, r.id) > (p_after_kana COLLATE "C", p_after_id)
                        AND r.kana_key < (p_kana || chr(1114111)) COLLATE "C"
                      ORDER BY r.kana_key, r.id LIMIT lim) x
                  ORDER BY x.kana, x.id LIMIT lim) x;
        END IF;
    ELSE
        conditions := concat_ws(' AND ',
            CASE WHEN p_kana IS NOT NULL THEN 'r.kana_key >= $1 AND r.kana_key < $1 || chr(1114111)' END,
            CASE WHEN p_number IS NOT NULL THEN 'r.recipient_number = $2' END,
            CASE WHEN p_birth IS NOT NULL THEN 'r.birth_date = $3' END,
            CASE WHEN phone_digits IS NOT NULL
                 THEN 'regexp_replace(coalesce(r.phone, ''''), ''[^0-9]'', '''', ''g'') = $4' END,
            CASE WHEN p_after_id IS NOT NULL THEN '(r.kana_key, r.id) > ($5, $6)' END);
        EXECUTE format(
            'SELECT array_agg(ROW(x.*)::kohi.recipient_search_row ORDER BY x.kana, x.id)'
            ' FROM (SELECT x.* FROM unnest($7) AS p(code), LATERAL ('
            '  SELECT r.id, r.programme, r.recipient_number, r.family_name || ''　'' || r.given_name AS name,'
            '         r.kana_key AS kana, r.birth_date, r.sex, r.municipality_code, r.phone, r.status'
            '  FROM kohi.recipient r WHERE r.programme = p.code AND r.status <> ''ended'' %s'
            '  ORDER BY r.kana_key, r.id LIMIT $8) x'
            ' ORDER BY x.kana, x.id LIMIT $8) x',
            CASE WHEN conditions = '' THEN '' ELSE 'AND ' || conditions END)
        INTO found_rows
        USING p_kana COLLATE "C", p_number, p_birth, phone_digits, p_after_kana COLLATE "C",
              p_after_id, progs, lim;
    END IF;
    -- Logged (durably) before any row leaves the server.
    PERFORM kohi.audit('recipient_search', NULL, 'ok',
                       jsonb_strip_nulls(jsonb_build_object('kana', p_kana, 'number', p_number,
                           'birth', p_birth, 'phone', phone_digits, 'after_id', p_after_id,
                           'rows', coalesce(cardinality(found_rows), 0),
                           'recipient_ids', (SELECT jsonb_agg(f.id) FROM unnest(found_rows) f))));
    RETURN QUERY SELECT * FROM unnest(found_rows);
END
$$;

-- ------------------------------------------------------------------ the access log (0028, re-created)
-- 0028's list, with this migration's changes added (their events are chained in the caller's
-- transaction: an end or an erasure whose event fails does not happen).
CREATE OR REPLACE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set',
    'staff_propose', 'staff_approve', 'staff_reject',
    'mynumber_register', 'mynumber_confirm', 'mynumber_key_create', 'mynumber_key_enrol',
    'mynumber_key_remove', 'mynumber_key_rotate',
    'mynumber_key_propose', 'mynumber_key_approve', 'mynumber_key_reject',
    'application_create', 'application_update', 'application_submit', 'application_return',
    'application_approve',
    'household_save', 'monthly_cost_save',
    'juki_inquiry_create', 'juki_import', 'juki_review_resolve',
    'terminal_register', 'terminal_revoke',
    'monitor_rule_set', 'monitor_acknowledge', 'office_holiday_add', 'office_holiday_remove',
    'environment_set', 'audit_retention_purge',
    'recipient_end_propose', 'disposal_propose', 'retention_proposal_approve',
    'retention_proposal_reject', 'eligibility_end_lapsed');

-- ------------------------------------------------------------------ grants
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'kohi'::regnamespace
               AND p.proname IN ('retention_years', 'retention_until', 'end_reason_label',
                                 'retention_text_problem', 'end_recipient',
                                 'eligibility_end_lapsed', 'retention_due_list') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
REVOKE ALL ON kohi.retention_proposal, kohi.disposal_record FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.recipient_end_propose(bigint, text, date, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.disposal_propose(bigint, int, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.retention_proposals(boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.retention_proposal_approve(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.retention_proposal_reject(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.retention_due(date) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_api.disposal_records(date, date, bigint) FROM PUBLIC;
-- Clerks propose (their programmes); approvers decide; both read the lists and the records.
GRANT EXECUTE ON FUNCTION kohi_api.recipient_end_propose(bigint, text, date, text)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.disposal_propose(bigint, int, text, text)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
GRANT EXECUTE ON FUNCTION kohi_api.retention_proposals(boolean)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.retention_proposal_approve(bigint, text) TO kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.retention_proposal_reject(bigint, text)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.retention_due(date)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.disposal_records(date, date, bigint)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
