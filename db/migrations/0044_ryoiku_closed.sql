-- 0044: 療育医療 (法別17) closed to new applications and certificates (issue 13, item 5).
--
-- Kohi has no sound rule table for 療育医療: it is inpatient only, with a 徴収基準月額 taken from
-- the household's tax, while 0012 gave it a copy of the 小児慢性 caps (REFERENCE §3 has no table
-- for it, and it had no recipients at audit time). Rather than certify anyone under wrong rules,
-- the programme is closed until its rules are right (the issue's second option):
--   * kohi.programme.closed_reason: a programme with a reason takes no new application, no
--     submission, no approval (the approval is what issues a 受給者証) and no renewal batch;
--   * enforced by triggers on the tables, so every path (kohi_api.application_save, its keyed
--     variant, the approver's decision, renewal batches, an administrator's SQL) is refused, and
--     the refusal is logged durably (kohi.audit 'refused' survives the caller's rollback);
--   * existing 17 records stay readable (recipients, applications, their history and
--     certificates): only writes that would create or certify are refused. A 17 application
--     already in the register can still be withdrawn, returned or decided 不認定.
-- Opening the programme again is an UPDATE of closed_reason once a rule table exists.

SET LOCAL search_path = pg_catalog, pg_temp;

ALTER TABLE kohi.programme ADD COLUMN closed_reason text
    CHECK (closed_reason IS NULL OR btrim(closed_reason) <> '');
COMMENT ON COLUMN kohi.programme.closed_reason IS
    'Why this programme takes no new application, approval or renewal (NULL: open). 0044.';
UPDATE kohi.programme SET closed_reason =
    '療育医療の費用の基準（入院に限る給付、世帯の税額による徴収基準月額）が未整備のため'
WHERE code = '17';

-- Refuses a write that would open or certify under a closed programme: durably logged, then
-- raised with the programme's reason.
CREATE FUNCTION kohi.refuse_closed_programme() RETURNS trigger
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    why text;
    action text;
    target text;
BEGIN
    SELECT p.closed_reason INTO why FROM kohi.programme p WHERE p.code = NEW.programme;
    IF why IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'renewal_batch' THEN
        action := 'renewal_batch_create';
        target := 'renewal_batch:' || NEW.programme || ':' || NEW.valid_to;
    ELSIF TG_OP = 'INSERT' THEN
        action := 'application_create';
        target := 'programme:' || NEW.programme;
    ELSE
        action := CASE NEW.state WHEN 'submitted' THEN 'application_submit'
                                 ELSE 'application_approve' END;
        target := 'application:' || NEW.id;
    END IF;
    PERFORM kohi.audit(action, target, 'refused',
                       jsonb_build_object('reason', 'programme_closed'), NEW.programme);
    RAISE EXCEPTION USING
        MESSAGE = format('法別%s（%s）は、%s、新しい申請・提出・承認（受給者証の交付）と一斉更新を'
                         '受け付けていません。既存の記録は閲覧できます。',
                         NEW.programme, (SELECT p.name FROM kohi.programme p
                                         WHERE p.code = NEW.programme), why),
        ERRCODE = '55000';
END
$$;
REVOKE ALL ON FUNCTION kohi.refuse_closed_programme() FROM PUBLIC;

CREATE TRIGGER application_closed_programme
    BEFORE INSERT ON kohi.application
    FOR EACH ROW EXECUTE FUNCTION kohi.refuse_closed_programme();
-- Submission and approval (the 受給者証) of an application already in the register.
CREATE TRIGGER application_closed_programme_decision
    BEFORE UPDATE OF state ON kohi.application
    FOR EACH ROW WHEN (NEW.state IN ('submitted', 'approved')
                       AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION kohi.refuse_closed_programme();
CREATE TRIGGER renewal_batch_closed_programme
    BEFORE INSERT ON kohi.renewal_batch
    FOR EACH ROW EXECUTE FUNCTION kohi.refuse_closed_programme();
