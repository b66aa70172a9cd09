-- Evidence custody (issue 12, item 3; audit finding 8: the evidence papers sat in a cabinet
-- outsiders could reach). REFERENCE §5: evidence documents in locked storage inside areas only
-- staff may enter; a record of documents taken out; a record of disposal.
--
-- * Cabinets (kohi.evidence_cabinet) are registered with their location and the class of the
--   area they stand in (kohi.evidence_area_class: data, with staff_only saying whether only staff
--   may enter it). Registered by an APPROVER: the approver duty is the section's supervisor, who
--   answers for how its papers are kept and knows the office; not a clerk (the one who places
--   papers must not also decide what counts as a staff-only area), not a user administrator (the
--   account administrator's duty is accounts; keeping the office layout out of it keeps the two
--   apart, as 0024 keeps staff proposals apart). A cabinet's area class never changes (moved
--   furniture is a new cabinet); a cabinet is retired only when empty.
-- * Documents (kohi.evidence_document): recipient (and optionally application), kind (mynumber:
--   My Number evidence — a copy of the 個人番号カード, 通知カード, 住民票 with the number; other),
--   a description, received on and by whom, the cabinet. Clerks of the document's programme group
--   register, check out (with a reason) and return them (with a reason, to a cabinet); RLS FORCE
--   keys every row on the caller's programme groups, as the register's own tables do.
-- * The custody rule: My Number evidence is in a cabinet of a staff-only area, or checked out —
--   never anywhere else. The API refuses another cabinet with a durable 'refused' event
--   (reason 'cabinet_area'), and a trigger on the table refuses any write path that would break
--   it (the rule holds for a future path too).
-- * Overdue: a checked-out document not returned within the hours of the monitoring rule
--   evidence_overdue (its parameter; auditors change it on the monitoring screen like every rule)
--   raises an alert per person who took it out and per due day, on the same monitoring screen and
--   with the same acknowledgement. Raised whenever monitoring evaluates (kohi.monitor_evaluate
--   updates kohi.monitor_state; a statement trigger there runs kohi.evidence_overdue_alerts), so
--   0024's kohi.monitor_evaluate is not re-created.
-- * Disposal: kohi.evidence_dispose(document_id, reason) — an internal helper (no grants) for the
--   retention and disposal work (issue 12 item 5) to call once a disposal is approved: it records
--   who (session_user), when and why, logs it, and refuses a document that is out.
-- * Every change is logged in its transaction (kohi.audit_is_change), every read and refusal
--   durably (kohi.audit).
--
-- Re-created: kohi.audit_is_change (newest definition 0028) with the evidence actions added.

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ area classes and cabinets
CREATE TABLE kohi.evidence_area_class (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z_]{1,30}$'),
    label      text NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 40),
    staff_only boolean NOT NULL,  -- only staff may enter: My Number evidence may be kept here
    sort_key   int NOT NULL
);
INSERT INTO kohi.evidence_area_class VALUES
    ('staff_only', '職員専用区域（執務室・書庫）', true, 10),
    ('shared', '他課と共用の区域', false, 20),
    ('counter', '窓口・カウンター', false, 30),
    ('public', '来庁者が立ち入る区域（待合・相談室）', false, 40);

CREATE TABLE kohi.evidence_cabinet (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label         text NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 40),
    location      text NOT NULL CHECK (length(location) BETWEEN 1 AND 100),
    area_class    text NOT NULL REFERENCES kohi.evidence_area_class,
    registered_by name NOT NULL DEFAULT session_user,
    registered_at timestamptz NOT NULL DEFAULT now(),
    retired_by    name,
    retired_at    timestamptz,
    CHECK ((retired_at IS NULL) = (retired_by IS NULL))
);

-- An area class that changes under a cabinet would move papers without anyone moving them.
CREATE FUNCTION kohi.evidence_cabinet_fixed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NEW.area_class IS DISTINCT FROM OLD.area_class OR NEW.location IS DISTINCT FROM OLD.location THEN
        RAISE EXCEPTION '登録済みの保管庫の場所と区域は変更できません（移設は新しい保管庫として登録してください）。'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_cabinet_fixed() FROM PUBLIC;
CREATE TRIGGER evidence_cabinet_fixed BEFORE UPDATE ON kohi.evidence_cabinet
    FOR EACH ROW EXECUTE FUNCTION kohi.evidence_cabinet_fixed();

-- ------------------------------------------------------------------ documents
CREATE TABLE kohi.evidence_document (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_id    bigint NOT NULL,
    -- Kept equal to the recipient's programme by the foreign key, for row-level security.
    programme       text NOT NULL,
    application_id  bigint REFERENCES kohi.application,
    kind            text NOT NULL CHECK (kind IN ('mynumber', 'other')),
    description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 100),
    received_on     date NOT NULL,
    received_by     name NOT NULL DEFAULT session_user,
    cabinet_id      bigint NOT NULL REFERENCES kohi.evidence_cabinet,
    state           text NOT NULL DEFAULT 'stored'
                    CHECK (state IN ('stored', 'checked_out', 'disposed')),
    checked_out_at  timestamptz,
    checked_out_by  name,
    checkout_reason text,
    disposed_at     timestamptz,
    disposed_by     name,
    disposal_reason text,
    registered_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (recipient_id, programme) REFERENCES kohi.recipient (id, programme)
        ON UPDATE CASCADE,
    CHECK ((state = 'checked_out') = (checked_out_at IS NOT NULL)),
    CHECK ((checked_out_at IS NULL) = (checked_out_by IS NULL)),
    CHECK ((checked_out_at IS NULL) = (checkout_reason IS NULL)),
    CHECK ((state = 'disposed') = (disposed_at IS NOT NULL)),
    CHECK ((disposed_at IS NULL) = (disposed_by IS NULL)),
    CHECK ((disposed_at IS NULL) = (disposal_reason IS NULL))
);
CREATE INDEX evidence_document_recipient_idx ON kohi.evidence_document (recipient_id);
CREATE INDEX evidence_document_cabinet_idx ON kohi.evidence_document (cabinet_id);
CREATE INDEX evidence_document_out_idx ON kohi.evidence_document (checked_out_at)
    WHERE state = 'checked_out';

-- Every movement of a document: registered, checked out, returned, disposed.
CREATE TABLE kohi.evidence_movement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES kohi.evidence_document,
    programme   text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('register', 'check_out', 'return', 'dispose')),
    cabinet_id  bigint REFERENCES kohi.evidence_cabinet,
    reason      text,
    at          timestamptz NOT NULL DEFAULT now(),
    by_login    name NOT NULL DEFAULT session_user
);
CREATE INDEX evidence_movement_document_idx ON kohi.evidence_movement (document_id, id);

-- Clerks see and write their groups' documents. Oversight reads them across groups only inside
-- the owner's functions that count them, and no API hands these roles a document: monitoring
-- (auditors, user administrators: the readers of alerts, 0017) in kohi.evidence_overdue_alerts
-- (overdue documents per person), approvers in evidence_cabinet_retire (is the cabinet empty?).
ALTER TABLE kohi.evidence_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.evidence_document FORCE ROW LEVEL SECURITY;
CREATE POLICY evidence_document_programme ON kohi.evidence_document
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
CREATE POLICY evidence_document_oversight ON kohi.evidence_document FOR SELECT
    USING ((SELECT pg_has_role(session_user, 'kohi_auditor', 'MEMBER')
                   OR pg_has_role(session_user, 'kohi_user_admin', 'MEMBER')
                   OR pg_has_role(session_user, 'kohi_approver', 'MEMBER')));
ALTER TABLE kohi.evidence_movement ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.evidence_movement FORCE ROW LEVEL SECURITY;
CREATE POLICY evidence_movement_programme ON kohi.evidence_movement
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[]))
    WITH CHECK (programme = ANY ((SELECT kohi.caller_programmes())::text[]));
REVOKE ALL ON kohi.evidence_area_class, kohi.evidence_cabinet, kohi.evidence_document,
              kohi.evidence_movement FROM PUBLIC;

-- The custody rule on every write path: My Number evidence only in a staff-only area's cabinet,
-- and only in a cabinet in use.
CREATE FUNCTION kohi.evidence_custody_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    c kohi.evidence_cabinet;
    v_staff_only boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.cabinet_id IS NOT DISTINCT FROM OLD.cabinet_id
       AND NEW.kind IS NOT DISTINCT FROM OLD.kind THEN
        RETURN NEW;
    END IF;
    SELECT * INTO c FROM kohi.evidence_cabinet x WHERE x.id = NEW.cabinet_id;
    SELECT a.staff_only INTO v_staff_only FROM kohi.evidence_area_class a WHERE a.code = c.area_class;
    IF c.retired_at IS NOT NULL THEN
        RAISE EXCEPTION '使用を終えた保管庫には書類を保管できません。' USING ERRCODE = '42501';
    END IF;
    IF NEW.kind = 'mynumber' AND NOT coalesce(v_staff_only, false) THEN
        RAISE EXCEPTION '個人番号の証拠書類は職員専用区域の保管庫にだけ保管できます。' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_custody_guard() FROM PUBLIC;
CREATE TRIGGER evidence_custody_guard BEFORE INSERT OR UPDATE OF cabinet_id, kind
    ON kohi.evidence_document FOR EACH ROW EXECUTE FUNCTION kohi.evidence_custody_guard();

-- ------------------------------------------------------------------ overdue in monitoring
INSERT INTO kohi.monitor_rule (code, label, description, severity, threshold, parameter,
                               parameter_label, summary_format, sort_key)
VALUES ('evidence_overdue', '証拠書類の返却遅れ',
        '持ち出した証拠書類が、持ち出しから「時間」以内に返却されていない（持ち出した職員・期限日ごと）',
        'high', 1, 8, '持ち出しを認める時間',
        '持ち出した証拠書類%1$s件が返却されていません（持ち出しは%3$s時間まで）。', 90);

-- Raises (or raises again, with a higher count) an alert per person and due day (Asia/Tokyo)
-- for the documents out longer than the rule allows. first_seq/last_seq: the log position of the
-- evaluation that saw it (the events of the check-out are in the log under the person).
CREATE FUNCTION kohi.evidence_overdue_alerts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r_rule kohi.monitor_rule;
    seq bigint := (SELECT s.last_seq FROM kohi.monitor_state s);
BEGIN
    SELECT * INTO r_rule FROM kohi.monitor_rule r WHERE r.code = 'evidence_overdue';
    IF NOT FOUND OR NOT r_rule.enabled THEN
        RETURN NULL;
    END IF;
    WITH overdue AS (
        SELECT d.checked_out_by::text AS subject,
               ((d.checked_out_at + make_interval(hours => r_rule.parameter))
                    AT TIME ZONE 'Asia/Tokyo')::date AS day,
               count(*)::int AS n
        FROM kohi.evidence_document d
        WHERE d.state = 'checked_out'
          AND d.checked_out_at + make_interval(hours => r_rule.parameter) < now()
        GROUP BY 1, 2)
    INSERT INTO kohi.monitor_alert AS a (rule_code, subject, day, event_count, threshold,
                                         parameter, first_seq, last_seq)
    SELECT r_rule.code, o.subject, o.day, o.n, r_rule.threshold, r_rule.parameter, seq, seq
    FROM overdue o WHERE o.n >= r_rule.threshold
    ON CONFLICT (rule_code, subject, day) DO UPDATE
        SET event_count = EXCLUDED.event_count, last_seq = EXCLUDED.last_seq, updated_at = now(),
            acknowledged_at = NULL, acknowledged_by = NULL, ack_note = NULL
        WHERE a.event_count < EXCLUDED.event_count;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_overdue_alerts() FROM PUBLIC;
CREATE TRIGGER evidence_overdue_alerts AFTER UPDATE ON kohi.monitor_state
    FOR EACH STATEMENT EXECUTE FUNCTION kohi.evidence_overdue_alerts();

-- ------------------------------------------------------------------ helpers
-- Logs a refusal durably, with the programme, then raises it.
CREATE FUNCTION kohi.evidence_refuse(p_action text, p_target text, p_reason text, p_message text,
                                     p_programme text DEFAULT NULL, p_errcode text DEFAULT '42501',
                                     p_details jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.audit(p_action, p_target, 'refused',
                       coalesce(p_details, '{}') || jsonb_build_object('reason', p_reason),
                       p_programme);
    RAISE EXCEPTION USING MESSAGE = p_message, ERRCODE = p_errcode;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_refuse(text, text, text, text, text, text, jsonb) FROM PUBLIC;

-- A clerk of some programme (a superuser is a member of every role: documents are a clerk's own
-- act, as at the 住基ネット import).
CREATE FUNCTION kohi.evidence_assert_clerk(p_action text, p_target text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF cardinality(kohi.caller_programmes()) = 0 OR kohi.is_superuser() THEN
        PERFORM kohi.evidence_refuse(p_action, p_target, 'duty',
            '証拠書類の登録・持ち出し・返却は、その制度の担当者が自分のログインで行います。');
    END IF;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_assert_clerk(text, text) FROM PUBLIC;

-- The caller's document, locked; refused (logged) when absent or another group's.
CREATE FUNCTION kohi.evidence_own_document(p_action text, p_document_id bigint)
RETURNS kohi.evidence_document
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d kohi.evidence_document;
BEGIN
    -- Another group's document is "not found", like a missing one (RLS, and the programme
    -- itself: an account that is also an approver reads across groups under oversight).
    SELECT * INTO d FROM kohi.evidence_document x
    WHERE x.id = p_document_id AND x.programme = ANY (kohi.caller_programmes()) FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.evidence_refuse(p_action, 'evidence:' || coalesce(p_document_id::text, 'null'),
            'not_found', '証拠書類が見つからないか、担当外の書類です。', NULL, '42501');
    END IF;
    RETURN d;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_own_document(text, bigint) FROM PUBLIC;

-- A cabinet for this kind of document, or a durable refusal that says why not.
CREATE FUNCTION kohi.evidence_check_cabinet(p_action text, p_target text, p_cabinet_id bigint,
                                            p_kind text, p_programme text)
RETURNS kohi.evidence_cabinet
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    c kohi.evidence_cabinet;
    area kohi.evidence_area_class;
BEGIN
    SELECT * INTO c FROM kohi.evidence_cabinet x WHERE x.id = p_cabinet_id FOR SHARE;
    IF NOT FOUND OR c.retired_at IS NOT NULL THEN
        PERFORM kohi.evidence_refuse(p_action, p_target, 'cabinet',
            '保管庫が見つからないか、使用を終えた保管庫です。', p_programme, '22023',
            jsonb_build_object('cabinet_id', p_cabinet_id));
    END IF;
    SELECT * INTO area FROM kohi.evidence_area_class a WHERE a.code = c.area_class;
    IF p_kind = 'mynumber' AND NOT area.staff_only THEN
        PERFORM kohi.evidence_refuse(p_action, p_target, 'cabinet_area',
            format('個人番号の証拠書類は職員専用区域の保管庫にだけ保管できます（「%s」は%sにあります）。職員専用区域の保管庫を選んでください。',
                   c.label, area.label),
            p_programme, '42501',
            jsonb_build_object('cabinet_id', c.id, 'area_class', c.area_class));
    END IF;
    RETURN c;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_check_cabinet(text, text, bigint, text, text) FROM PUBLIC;

-- A reason as given: trimmed, 1 to 200 characters, or a durable refusal.
CREATE FUNCTION kohi.evidence_reason(p_action text, p_target text, p_reason text, p_programme text)
RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v text := nullif(btrim(p_reason), '');
BEGIN
    IF v IS NULL OR length(v) > 200 THEN
        PERFORM kohi.evidence_refuse(p_action, p_target, 'reason',
            '理由を200文字以内で入力してください。', p_programme, '22023');
    END IF;
    RETURN v;
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_reason(text, text, text, text) FROM PUBLIC;

-- ------------------------------------------------------------------ cabinets (API)
CREATE FUNCTION kohi_api.evidence_area_classes()
RETURNS TABLE (code text, label text, staff_only boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.audit('evidence_area_classes', NULL, 'ok');
    RETURN QUERY SELECT a.code, a.label, a.staff_only FROM kohi.evidence_area_class a
                 ORDER BY a.sort_key;
END
$$;

CREATE FUNCTION kohi_api.evidence_cabinet_register(p_label text, p_location text,
                                                   p_area_class text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v_label text := nullif(btrim(p_label), '');
    v_location text := nullif(btrim(p_location), '');
    new_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') OR kohi.is_superuser() THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_register', 'evidence_cabinet', 'duty',
            '保管庫の登録は承認者の職務で行います。');
    END IF;
    IF v_label IS NULL OR length(v_label) > 40 OR v_location IS NULL OR length(v_location) > 100 THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_register', 'evidence_cabinet', 'input',
            '保管庫の名前（40文字以内）と設置場所（100文字以内）を入力してください。', NULL, '22023');
    END IF;
    IF NOT EXISTS (SELECT FROM kohi.evidence_area_class a WHERE a.code = p_area_class) THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_register', 'evidence_cabinet', 'area_class',
            '区域の種別が正しくありません（職員専用区域・共用区域・窓口・来庁者区域のいずれか）。',
            NULL, '22023');
    END IF;
    IF EXISTS (SELECT FROM kohi.evidence_cabinet c WHERE c.label = v_label) THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_register', 'evidence_cabinet', 'label_taken',
            format('同じ名前の保管庫（%s）が既に登録されています。', v_label), NULL, '23505');
    END IF;
    INSERT INTO kohi.evidence_cabinet (label, location, area_class)
    VALUES (v_label, v_location, p_area_class) RETURNING id INTO new_id;
    PERFORM kohi.audit('evidence_cabinet_register', 'evidence_cabinet:' || new_id, 'ok',
                       jsonb_build_object('label', v_label, 'location', v_location,
                                          'area_class', p_area_class));
    RETURN new_id;
END
$$;

-- Only an empty cabinet is retired (its documents would otherwise be nowhere).
CREATE FUNCTION kohi_api.evidence_cabinet_retire(p_cabinet_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    c kohi.evidence_cabinet;
BEGIN
    PERFORM kohi.assert_session_ok();
    IF NOT pg_has_role(session_user, 'kohi_approver', 'MEMBER') OR kohi.is_superuser() THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_retire',
            'evidence_cabinet:' || coalesce(p_cabinet_id::text, 'null'), 'duty',
            '保管庫の使用終了は承認者の職務で行います。');
    END IF;
    SELECT * INTO c FROM kohi.evidence_cabinet x WHERE x.id = p_cabinet_id FOR UPDATE;
    IF NOT FOUND OR c.retired_at IS NOT NULL THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_retire',
            'evidence_cabinet:' || coalesce(p_cabinet_id::text, 'null'), 'cabinet',
            '保管庫が見つからないか、既に使用を終えています。', NULL, '22023');
    END IF;
    -- Any group's documents count (the approver's oversight policy above).
    IF EXISTS (SELECT FROM kohi.evidence_document d
               WHERE d.cabinet_id = c.id AND d.state <> 'disposed') THEN
        PERFORM kohi.evidence_refuse('evidence_cabinet_retire', 'evidence_cabinet:' || c.id,
            'not_empty', '保管中の書類がある保管庫は使用を終えられません。書類を別の保管庫へ移してください。',
            NULL, '55000');
    END IF;
    UPDATE kohi.evidence_cabinet x SET retired_at = now(), retired_by = session_user
    WHERE x.id = c.id;
    PERFORM kohi.audit('evidence_cabinet_retire', 'evidence_cabinet:' || c.id, 'ok',
                       jsonb_build_object('label', c.label));
END
$$;

CREATE FUNCTION kohi_api.evidence_cabinets(p_include_retired boolean DEFAULT false)
RETURNS TABLE (id bigint, label text, location text, area_class text, area_label text,
               staff_only boolean, registered_by text, registered_at timestamptz,
               retired_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    RETURN QUERY
    SELECT c.id, c.label, c.location, c.area_class, a.label, a.staff_only, c.registered_by::text,
           c.registered_at, c.retired_at
    FROM kohi.evidence_cabinet c JOIN kohi.evidence_area_class a ON a.code = c.area_class
    WHERE coalesce(p_include_retired, false) OR c.retired_at IS NULL
    ORDER BY c.retired_at IS NOT NULL, a.sort_key, c.label;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('evidence_cabinets', NULL, 'ok', jsonb_build_object('rows', n));
END
$$;

-- ------------------------------------------------------------------ documents (API)
CREATE FUNCTION kohi_api.evidence_register(p_recipient_id bigint, p_application_id bigint,
                                           p_kind text, p_description text, p_received_on date,
                                           p_cabinet_id bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    r kohi.recipient;
    v_description text := nullif(btrim(p_description), '');
    target text := 'recipient:' || coalesce(p_recipient_id::text, 'null');
    new_id bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.evidence_assert_clerk('evidence_register', target);
    -- RLS: another group's recipient is "not found".
    SELECT * INTO r FROM kohi.recipient x WHERE x.id = p_recipient_id;
    IF NOT FOUND OR NOT (r.programme = ANY (kohi.caller_programmes())) THEN
        PERFORM kohi.evidence_refuse('evidence_register', target, 'recipient',
            '受給者が見つからないか、担当外の受給者です。');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('mynumber', 'other') THEN
        PERFORM kohi.evidence_refuse('evidence_register', target, 'kind',
            '書類の種類は mynumber（個人番号の証拠書類）か other（その他）で指定してください。',
            r.programme, '22023');
    END IF;
    IF v_description IS NULL OR length(v_description) > 100 THEN
        PERFORM kohi.evidence_refuse('evidence_register', target, 'description',
            '書類の名前（例: 個人番号カードの写し）を100文字以内で入力してください。', r.programme,
            '22023');
    END IF;
    IF p_received_on IS NULL OR p_received_on > current_date
       OR p_received_on < current_date - 3660 THEN
        PERFORM kohi.evidence_refuse('evidence_register', target, 'received_on',
            '受領日は今日以前、10年以内の日付で入力してください。', r.programme, '22023');
    END IF;
    IF p_application_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM kohi.application a
                       WHERE a.id = p_application_id AND a.recipient_id = r.id) THEN
        PERFORM kohi.evidence_refuse('evidence_register', target, 'application',
            'この受給者の申請ではありません。', r.programme, '22023',
            jsonb_build_object('application_id', p_application_id));
    END IF;
    PERFORM kohi.evidence_check_cabinet('evidence_register', target, p_cabinet_id, p_kind,
                                        r.programme);
    INSERT INTO kohi.evidence_document (recipient_id, programme, application_id, kind, description,
                                        received_on, cabinet_id)
    VALUES (r.id, r.programme, p_application_id, p_kind, v_description, p_received_on,
            p_cabinet_id)
    RETURNING id INTO new_id;
    INSERT INTO kohi.evidence_movement (document_id, programme, kind, cabinet_id)
    VALUES (new_id, r.programme, 'register', p_cabinet_id);
    PERFORM kohi.audit('evidence_register', target, 'ok',
                       jsonb_build_object('document_id', new_id, 'kind', p_kind,
                                          'cabinet_id', p_cabinet_id,
                                          'application_id', p_application_id), r.programme);
    RETURN new_id;
END
$$;

CREATE FUNCTION kohi_api.evidence_check_out(p_document_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d kohi.evidence_document;
    v_reason text;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.evidence_assert_clerk('evidence_check_out',
                                       'evidence:' || coalesce(p_document_id::text, 'null'));
    d := kohi.evidence_own_document('evidence_check_out', p_document_id);
    v_reason := kohi.evidence_reason('evidence_check_out', 'recipient:' || d.recipient_id,
                                     p_reason, d.programme);
    IF d.state <> 'stored' THEN
        PERFORM kohi.evidence_refuse('evidence_check_out', 'recipient:' || d.recipient_id, 'state',
            CASE d.state WHEN 'checked_out'
                 THEN format('この書類は%sが持ち出し中です。返却されてから持ち出してください。', d.checked_out_by)
                 ELSE '廃棄済みの書類は持ち出せません。' END,
            d.programme, '55000', jsonb_build_object('document_id', d.id));
    END IF;
    UPDATE kohi.evidence_document x
    SET state = 'checked_out', checked_out_at = now(), checked_out_by = session_user,
        checkout_reason = v_reason
    WHERE x.id = d.id;
    INSERT INTO kohi.evidence_movement (document_id, programme, kind, cabinet_id, reason)
    VALUES (d.id, d.programme, 'check_out', d.cabinet_id, v_reason);
    PERFORM kohi.audit('evidence_check_out', 'recipient:' || d.recipient_id, 'ok',
                       jsonb_build_object('document_id', d.id, 'kind', d.kind,
                                          'cabinet_id', d.cabinet_id, 'reason', v_reason),
                       d.programme);
END
$$;

-- Back into a cabinet (NULL: the one it came from), with a reason.
CREATE FUNCTION kohi_api.evidence_return(p_document_id bigint, p_cabinet_id bigint, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d kohi.evidence_document;
    v_reason text;
    v_cabinet bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.evidence_assert_clerk('evidence_return',
                                       'evidence:' || coalesce(p_document_id::text, 'null'));
    d := kohi.evidence_own_document('evidence_return', p_document_id);
    v_reason := kohi.evidence_reason('evidence_return', 'recipient:' || d.recipient_id, p_reason,
                                     d.programme);
    IF d.state <> 'checked_out' THEN
        PERFORM kohi.evidence_refuse('evidence_return', 'recipient:' || d.recipient_id, 'state',
            'この書類は持ち出されていません。', d.programme, '55000',
            jsonb_build_object('document_id', d.id));
    END IF;
    v_cabinet := coalesce(p_cabinet_id, d.cabinet_id);
    PERFORM kohi.evidence_check_cabinet('evidence_return', 'recipient:' || d.recipient_id,
                                        v_cabinet, d.kind, d.programme);
    UPDATE kohi.evidence_document x
    SET state = 'stored', cabinet_id = v_cabinet, checked_out_at = NULL, checked_out_by = NULL,
        checkout_reason = NULL
    WHERE x.id = d.id;
    INSERT INTO kohi.evidence_movement (document_id, programme, kind, cabinet_id, reason)
    VALUES (d.id, d.programme, 'return', v_cabinet, v_reason);
    PERFORM kohi.audit('evidence_return', 'recipient:' || d.recipient_id, 'ok',
                       jsonb_build_object('document_id', d.id, 'cabinet_id', v_cabinet,
                                          'reason', v_reason,
                                          'out_hours', round(extract(epoch FROM now() - d.checked_out_at) / 3600, 1)),
                       d.programme);
END
$$;

-- The documents of a recipient, or of a cabinet (the caller's groups' only), or both filters.
CREATE FUNCTION kohi_api.evidence_documents(p_recipient_id bigint, p_cabinet_id bigint,
                                            p_include_disposed boolean DEFAULT false)
RETURNS TABLE (id bigint, recipient_id bigint, recipient_number text, recipient_name text,
               application_id bigint, kind text, description text, received_on date,
               received_by text, cabinet_id bigint, cabinet_label text, state text,
               checked_out_at timestamptz, checked_out_by text, checkout_reason text,
               overdue boolean, disposed_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    hours int := (SELECT r.parameter FROM kohi.monitor_rule r WHERE r.code = 'evidence_overdue');
    n bigint;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.evidence_assert_clerk('evidence_documents',
                                       'recipient:' || coalesce(p_recipient_id::text, 'null'));
    IF p_recipient_id IS NULL AND p_cabinet_id IS NULL THEN
        PERFORM kohi.evidence_refuse('evidence_documents', NULL, 'filter',
            '受給者か保管庫を指定してください。', NULL, '22023');
    END IF;
    RETURN QUERY
    SELECT d.id, d.recipient_id, r.recipient_number, r.family_name || ' ' || r.given_name,
           d.application_id, d.kind, d.description, d.received_on, d.received_by::text,
           d.cabinet_id, c.label, d.state, d.checked_out_at, d.checked_out_by::text,
           d.checkout_reason,
           d.state = 'checked_out' AND d.checked_out_at + make_interval(hours => coalesce(hours, 8)) < now(),
           d.disposed_at
    FROM kohi.evidence_document d
    JOIN kohi.recipient r ON r.id = d.recipient_id
    JOIN kohi.evidence_cabinet c ON c.id = d.cabinet_id
    WHERE (p_recipient_id IS NULL OR d.recipient_id = p_recipient_id)
      AND (p_cabinet_id IS NULL OR d.cabinet_id = p_cabinet_id)
      AND (coalesce(p_include_disposed, false) OR d.state <> 'disposed')
      AND d.programme = ANY (kohi.caller_programmes())
    ORDER BY d.received_on DESC, d.id DESC
    LIMIT 1000;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM kohi.audit('evidence_documents',
                       CASE WHEN p_recipient_id IS NOT NULL THEN 'recipient:' || p_recipient_id
                            ELSE 'evidence_cabinet:' || p_cabinet_id END, 'ok',
                       jsonb_build_object('rows', n, 'cabinet_id', p_cabinet_id));
END
$$;

CREATE FUNCTION kohi_api.evidence_history(p_document_id bigint)
RETURNS TABLE (at timestamptz, kind text, by_login text, cabinet_label text, reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    d kohi.evidence_document;
BEGIN
    PERFORM kohi.assert_session_ok();
    PERFORM kohi.evidence_assert_clerk('evidence_history',
                                       'evidence:' || coalesce(p_document_id::text, 'null'));
    SELECT * INTO d FROM kohi.evidence_document x
    WHERE x.id = p_document_id AND x.programme = ANY (kohi.caller_programmes());
    IF NOT FOUND THEN
        PERFORM kohi.evidence_refuse('evidence_history',
            'evidence:' || coalesce(p_document_id::text, 'null'), 'not_found',
            '証拠書類が見つからないか、担当外の書類です。');
    END IF;
    PERFORM kohi.audit('evidence_history', 'recipient:' || d.recipient_id, 'ok',
                       jsonb_build_object('document_id', d.id), d.programme);
    RETURN QUERY
    SELECT m.at, m.kind, m.by_login::text, c.label, m.reason
    FROM kohi.evidence_movement m LEFT JOIN kohi.evidence_cabinet c ON c.id = m.cabinet_id
    WHERE m.document_id = d.id ORDER BY m.id;
END
$$;

-- ------------------------------------------------------------------ disposal (internal)
-- For the retention and disposal work (issue 12 item 5): call once a disposal is decided (e.g.
-- approved by a second person); records who (session_user), when and why, in the caller's
-- transaction with its event. Refuses (durably) a document that is out or already disposed.
-- Not granted to anyone: it is called by the owner's functions only.
CREATE FUNCTION kohi.evidence_dispose(p_document_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d kohi.evidence_document;
    v_reason text;
BEGIN
    SELECT * INTO d FROM kohi.evidence_document x WHERE x.id = p_document_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kohi.evidence_refuse('evidence_dispose',
            'evidence:' || coalesce(p_document_id::text, 'null'), 'not_found',
            '証拠書類が見つからないか、担当外の書類です。', NULL, '22023');
    END IF;
    v_reason := kohi.evidence_reason('evidence_dispose', 'recipient:' || d.recipient_id, p_reason,
                                     d.programme);
    IF d.state <> 'stored' THEN
        PERFORM kohi.evidence_refuse('evidence_dispose', 'recipient:' || d.recipient_id, 'state',
            CASE d.state WHEN 'checked_out' THEN '持ち出し中の書類は廃棄できません。返却されてから廃棄してください。'
                         ELSE 'この書類は既に廃棄されています。' END,
            d.programme, '55000', jsonb_build_object('document_id', d.id));
    END IF;
    UPDATE kohi.evidence_document x
    SET state = 'disposed', disposed_at = now(), disposed_by = session_user,
        disposal_reason = v_reason
    WHERE x.id = d.id;
    INSERT INTO kohi.evidence_movement (document_id, programme, kind, cabinet_id, reason)
    VALUES (d.id, d.programme, 'dispose', d.cabinet_id, v_reason);
    PERFORM kohi.audit('evidence_dispose', 'recipient:' || d.recipient_id, 'ok',
                       jsonb_build_object('document_id', d.id, 'kind', d.kind,
                                          'cabinet_id', d.cabinet_id, 'reason', v_reason),
                       d.programme);
END
$$;
REVOKE ALL ON FUNCTION kohi.evidence_dispose(bigint, text) FROM PUBLIC;

-- ------------------------------------------------------------------ the access log (0028, re-created)
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
    'evidence_cabinet_register', 'evidence_cabinet_retire', 'evidence_register',
    'evidence_check_out', 'evidence_return', 'evidence_dispose');

-- ------------------------------------------------------------------ grants
REVOKE ALL ON FUNCTION kohi_api.evidence_area_classes(), kohi_api.evidence_cabinets(boolean),
    kohi_api.evidence_cabinet_register(text, text, text), kohi_api.evidence_cabinet_retire(bigint),
    kohi_api.evidence_register(bigint, bigint, text, text, date, bigint),
    kohi_api.evidence_check_out(bigint, text), kohi_api.evidence_return(bigint, bigint, text),
    kohi_api.evidence_documents(bigint, bigint, boolean), kohi_api.evidence_history(bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.evidence_area_classes(), kohi_api.evidence_cabinets(boolean)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.evidence_cabinet_register(text, text, text),
    kohi_api.evidence_cabinet_retire(bigint) TO kohi_approver;
GRANT EXECUTE ON FUNCTION kohi_api.evidence_register(bigint, bigint, text, text, date, bigint),
    kohi_api.evidence_check_out(bigint, text), kohi_api.evidence_return(bigint, bigint, text),
    kohi_api.evidence_documents(bigint, bigint, boolean), kohi_api.evidence_history(bigint)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
