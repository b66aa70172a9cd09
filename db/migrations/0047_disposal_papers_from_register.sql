-- 0047: a disposal destroys the papers the evidence register holds (issue 12 items 3 and 5).
--
-- 0035's disposal recorded a count of papers the clerk typed; 0034's register knew which
-- documents of the recipient were kept, and where, but nothing tied the two: an approved
-- disposal left the register's documents "stored", and the certificate could not say which
-- papers went. Now:
-- * Proposing a disposal with fewer papers than the register holds for the recipient (stored or
--   out) is refused, durably, naming the number (kohi.disposal_papers_cover_register, a trigger on
--   every write path of a disposal proposal).
-- * The approval disposes of every document of the recipient that the register still holds
--   (kohi.evidence_dispose: its own movement and event), in the approval's transaction; one that
--   is checked out refuses the approval (durably, by evidence_dispose) until it is returned. Each
--   is listed in kohi.disposal_record_document (kind, description, cabinet, received), which
--   the disposal certificate prints. Never a number.
-- * kohi_api.disposal_record_documents(disposal_id): that list, for the programme's clerks and
--   approvers (as disposal_records).
-- * Approvers hold no programme, so the register's row security let them see documents only to
--   count them: they may now update and add movements for the documents of a recipient whose
--   disposal they themselves approved (no staff role has table privileges; this matters inside
--   the owner's functions only).

SET LOCAL search_path = pg_catalog, pg_temp;

CREATE TABLE kohi.disposal_record_document (
    disposal_id   bigint NOT NULL REFERENCES kohi.disposal_record,
    document_id   bigint NOT NULL UNIQUE REFERENCES kohi.evidence_document,
    programme     text NOT NULL,
    kind          text NOT NULL,
    description   text NOT NULL,
    cabinet_label text NOT NULL,
    received_on   date NOT NULL,
    PRIMARY KEY (disposal_id, document_id)
);
ALTER TABLE kohi.disposal_record_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE kohi.disposal_record_document FORCE ROW LEVEL SECURITY;
CREATE POLICY disposal_record_document_read ON kohi.disposal_record_document FOR SELECT
    USING (programme = ANY ((SELECT kohi.caller_programmes())::text[])
           OR (SELECT pg_has_role(session_user, 'kohi_approver', 'MEMBER')));
CREATE POLICY disposal_record_document_insert ON kohi.disposal_record_document FOR INSERT
    WITH CHECK (EXISTS (SELECT FROM kohi.disposal_record d
                        WHERE d.id = disposal_id AND d.approved_by = session_user));
REVOKE ALL ON kohi.disposal_record_document FROM PUBLIC;

-- The approver of a disposal reaches that recipient's documents (see the header).
CREATE POLICY evidence_document_disposal ON kohi.evidence_document FOR UPDATE
    USING (EXISTS (SELECT FROM kohi.disposal_record d
                   WHERE d.recipient_id = evidence_document.recipient_id
                     AND d.approved_by = session_user))
    WITH CHECK (state = 'disposed');
CREATE POLICY evidence_movement_disposal ON kohi.evidence_movement FOR INSERT
    WITH CHECK (kind = 'dispose'
                AND EXISTS (SELECT FROM kohi.evidence_document e
                            JOIN kohi.disposal_record d ON d.recipient_id = e.recipient_id
                            WHERE e.id = document_id AND d.approved_by = session_user));
-- How many documents the register still holds for a recipient (stored or checked out).
CREATE FUNCTION kohi.evidence_held(p_recipient_id bigint) RETURNS int
LANGUAGE sql STABLE SET search_path = pg_catalog, kohi, pg_temp
RETURN (SELECT count(*) FROM kohi.evidence_document e
        WHERE e.recipient_id = p_recipient_id AND e.state <> 'disposed');
REVOKE ALL ON FUNCTION kohi.evidence_held(bigint) FROM PUBLIC;

CREATE FUNCTION kohi.disposal_papers_cover_register() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    held int;
BEGIN
    IF NEW.kind <> 'dispose' THEN
        RETURN NEW;
    END IF;
    held := kohi.evidence_held(NEW.recipient_id);
    IF NEW.papers_destroyed < held THEN
        PERFORM kohi.key_refuse('disposal_propose', 'recipient:' || NEW.recipient_id,
            'papers_register',
            format('証拠書類の登録簿には、この受給者の書類が %s 件あります。廃棄する書類の枚数は %s 以上を指定してください（登録簿の書類はすべて廃棄されます）。',
                   held, held),
            '22023', jsonb_build_object('papers_destroyed', NEW.papers_destroyed, 'held', held));
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION kohi.disposal_papers_cover_register() FROM PUBLIC;
CREATE TRIGGER retention_proposal_papers_cover_register
    BEFORE INSERT ON kohi.retention_proposal
    FOR EACH ROW EXECUTE FUNCTION kohi.disposal_papers_cover_register();

-- At the approval (the disposal record's insertion): every held document disposed and listed.
CREATE FUNCTION kohi.disposal_destroys_register_papers() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d record;
    held int := kohi.evidence_held(NEW.recipient_id);
BEGIN
    -- The register may have grown since the proposal: the count approved must still cover it.
    IF NEW.papers_destroyed < held THEN
        PERFORM kohi.key_refuse('retention_proposal_approve', 'retention_proposal:' || NEW.proposal_id,
            'papers_register',
            format('提案の後に証拠書類が登録され、登録簿の書類（%s 件）が提案の枚数（%s 枚）を超えています。この提案は却下し、出し直してください。',
                   held, NEW.papers_destroyed),
            '55000', jsonb_build_object('papers_destroyed', NEW.papers_destroyed, 'held', held));
    END IF;
    FOR d IN SELECT e.id, e.kind, e.description, e.received_on, c.label AS cabinet_label
             FROM kohi.evidence_document e JOIN kohi.evidence_cabinet c ON c.id = e.cabinet_id
             WHERE e.recipient_id = NEW.recipient_id AND e.state <> 'disposed'
             ORDER BY e.id LOOP
        -- Refuses (durably) a document that is checked out: the approval waits for its return.
        PERFORM kohi.evidence_dispose(d.id, format('保存期間の満了による廃棄（廃棄記録 %s）', NEW.id));
        INSERT INTO kohi.disposal_record_document (disposal_id, document_id, programme, kind,
                                                   description, cabinet_label, received_on)
        VALUES (NEW.id, d.id, NEW.programme, d.kind, d.description, d.cabinet_label, d.received_on);
    END LOOP;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kohi.disposal_destroys_register_papers() FROM PUBLIC;
CREATE TRIGGER disposal_record_destroys_register_papers
    AFTER INSERT ON kohi.disposal_record
    FOR EACH ROW EXECUTE FUNCTION kohi.disposal_destroys_register_papers();

CREATE FUNCTION kohi_api.disposal_record_documents(p_disposal_id bigint)
RETURNS TABLE (document_id bigint, kind text, kind_label text, description text,
               cabinet_label text, received_on date)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
#variable_conflict use_column
DECLARE
    rec kohi.disposal_record;
BEGIN
    PERFORM kohi.assert_session_ok();
    -- Row security: another programme's record is "not found", as a missing one.
    SELECT * INTO rec FROM kohi.disposal_record d WHERE d.id = p_disposal_id;
    IF NOT FOUND THEN
        PERFORM kohi.key_refuse('disposal_record_documents',
            'disposal:' || coalesce(p_disposal_id::text, 'null'), 'not_found',
            '廃棄記録が見つからないか、見る権限がありません。', '22023');
    END IF;
    PERFORM kohi.audit('disposal_record_documents', 'recipient:' || rec.recipient_id, 'ok',
                       jsonb_build_object('disposal_id', rec.id), rec.programme);
    RETURN QUERY
    SELECT x.document_id, x.kind,
           CASE x.kind WHEN 'mynumber' THEN '個人番号の確認書類' ELSE 'その他の書類' END,
           x.description, x.cabinet_label, x.received_on
    FROM kohi.disposal_record_document x WHERE x.disposal_id = rec.id ORDER BY x.document_id;
END
$$;
REVOKE ALL ON FUNCTION kohi_api.disposal_record_documents(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.disposal_record_documents(bigint)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi, kohi_approver;
