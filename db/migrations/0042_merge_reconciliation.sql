-- 0042: where this session's branches met (0033–0041 were built side by side).
--
-- * kohi.audit_is_change: 0034 (evidence), 0035 (retention), 0036 (decisions) and 0038 (renewal)
--   each re-created it from 0028 with their own change actions; applied in order, only 0038's
--   additions would have survived, so the others' changes would have been logged as reads
--   (journalled at once, not in their own transaction). Here the union, plus 0037's
--   application_designate (a change 0037 did not list).
-- * kohi_api.mynumber_register_once (0039, the idempotent submission) passes on the person's
--   氏名カナ and 生年月日 that mynumber_register takes since 0033 (numbers per person): without
--   them a guardian or household member could not be identified across recipients through the
--   keyed path the client uses.

CREATE OR REPLACE FUNCTION kohi.audit_is_change(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_action IN (
    'user_create', 'user_set_duties', 'user_disable', 'user_enable', 'user_unlock',
    'user_reset_password', 'password_change', 'setting_set', 'staff_propose', 'staff_approve',
    'staff_reject', 'mynumber_register', 'mynumber_confirm', 'mynumber_key_create',
    'mynumber_key_enrol', 'mynumber_key_remove', 'mynumber_key_rotate', 'mynumber_key_propose',
    'mynumber_key_approve', 'mynumber_key_reject', 'application_create', 'application_update',
    'application_submit', 'application_return', 'application_approve', 'household_save',
    'monthly_cost_save', 'juki_inquiry_create', 'juki_import', 'juki_review_resolve',
    'terminal_register', 'terminal_revoke', 'monitor_rule_set', 'monitor_acknowledge',
    'office_holiday_add', 'office_holiday_remove', 'environment_set', 'audit_retention_purge',
    'evidence_cabinet_register', 'evidence_cabinet_retire', 'evidence_register',
    'evidence_check_out', 'evidence_return', 'evidence_dispose', 'recipient_end_propose',
    'disposal_propose', 'retention_proposal_approve', 'retention_proposal_reject',
    'eligibility_end_lapsed', 'application_reject', 'application_register',
    'application_request_correction', 'application_withdraw', 'renewal_batch_create',
    'renewal_notice_done', 'renewal_batch_cancel', 'renewal_batch_resume',
    'renewal_certificates_printed', 'application_designate');

DROP FUNCTION kohi_api.mynumber_register_once(uuid, bigint, text, text, text, date, uuid, text,
                                              bytea, text);
CREATE FUNCTION kohi_api.mynumber_register_once(
    p_key uuid, p_recipient_id bigint, p_person_role text, p_person_name text,
    p_relationship text, p_application_date date, p_seal_ref uuid, p_key_id text,
    p_envelope bytea, p_number text, p_person_kana text DEFAULT NULL,
    p_person_birth_date date DEFAULT NULL)
RETURNS TABLE (mynumber_id bigint, outcome text, reason text, message text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    first jsonb;
    r record;
BEGIN
    PERFORM kohi.assert_session_ok();
    -- The request hash leaves the number out: a SHA-256 of a 12-digit number is a dictionary
    -- away from the number itself. The seal_ref (a fresh UUID per entry) stands for it.
    first := kohi.submission_claim(p_key, 'mynumber_register',
                                   jsonb_build_array(p_recipient_id, p_person_role, p_person_name,
                                                     p_relationship, p_application_date,
                                                     p_seal_ref, p_key_id, p_person_kana,
                                                     p_person_birth_date));
    IF first IS NOT NULL THEN
        RETURN QUERY SELECT (first->>'mynumber_id')::bigint, first->>'outcome',
                            first->>'reason', first->>'message';
        RETURN;
    END IF;
    SELECT * INTO r FROM kohi_api.mynumber_register(p_recipient_id, p_person_role, p_person_name,
                                                    p_relationship, p_application_date,
                                                    p_seal_ref, p_key_id, p_envelope,
                                                    p_number, p_person_kana,
                                                    p_person_birth_date) m;
    PERFORM kohi.submission_record(p_key, to_jsonb(r));
    RETURN QUERY SELECT r.mynumber_id, r.outcome, r.reason, r.message;
END
$$;
REVOKE ALL ON FUNCTION
    kohi_api.mynumber_register_once(uuid, bigint, text, text, text, date, uuid, text, bytea, text,
                                    text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    kohi_api.mynumber_register_once(uuid, bigint, text, text, text, date, uuid, text, bytea, text,
                                    text, date) TO kohi_clerk_nanbyo, kohi_clerk_boshi;
