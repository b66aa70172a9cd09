-- 0045: the decisions of 0036 carry an idempotency key like the submissions of 0039 (issue 13,
-- item 2 with issue 14, item 4). A 不認定, 登録者証, 補正依頼 or 取下げ sent again after a lost
-- connection (a failover, a lost reply) returns the first result instead of being decided twice
-- (a second decision would otherwise fail on the stale version and leave the approver unsure
-- whether the first one committed).
--
-- Wrappers over the functions of 0036, which keep their checks, refusals, events and grants (no
-- body is copied): kohi.submission_claim (0039) takes the caller's key in the same transaction as
-- the decision, so the key is taken exactly when the decision commits; a key reused for another
-- request is refused there, durably.

SET LOCAL search_path = pg_catalog, pg_temp;

-- ------------------------------------------------------------------ 不認定
CREATE FUNCTION kohi_api.application_reject_once(p_key uuid, p_id bigint, p_version int,
                                                 p_council_date date, p_council_result text,
                                                 p_reasons text, p_internal_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.submission_claim(p_key, 'application_reject',
                             jsonb_build_array(p_id, p_version, p_council_date, p_council_result,
                                               p_reasons, p_internal_note)) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM kohi_api.application_reject(p_id, p_version, p_council_date, p_council_result,
                                        p_reasons, p_internal_note);
    PERFORM kohi.submission_record(p_key, '{}'::jsonb);
END
$$;

-- ------------------------------------------------------------------ 登録者証
-- Returns the day the 登録者証 is valid from: on a replay, the first decision's day (not today).
CREATE FUNCTION kohi_api.application_register_once(p_key uuid, p_id bigint, p_version int,
                                                   p_council_date date, p_reasons text,
                                                   p_internal_note text)
RETURNS date
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    first jsonb;
    card_from date;
BEGIN
    PERFORM kohi.assert_session_ok();
    first := kohi.submission_claim(p_key, 'application_register',
                                   jsonb_build_array(p_id, p_version, p_council_date, p_reasons,
                                                     p_internal_note));
    IF first IS NOT NULL THEN
        RETURN (first->>'registered_from')::date;
    END IF;
    card_from := kohi_api.application_register(p_id, p_version, p_council_date, p_reasons,
                                               p_internal_note);
    PERFORM kohi.submission_record(p_key, jsonb_build_object('registered_from', card_from));
    RETURN card_from;
END
$$;

-- ------------------------------------------------------------------ 補正依頼
CREATE FUNCTION kohi_api.application_request_correction_once(p_key uuid, p_id bigint,
                                                             p_version int,
                                                             p_applicant_text text,
                                                             p_internal_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.submission_claim(p_key, 'application_request_correction',
                             jsonb_build_array(p_id, p_version, p_applicant_text,
                                               p_internal_note)) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM kohi_api.application_request_correction(p_id, p_version, p_applicant_text,
                                                    p_internal_note);
    PERFORM kohi.submission_record(p_key, '{}'::jsonb);
END
$$;

-- ------------------------------------------------------------------ 取下げ
CREATE FUNCTION kohi_api.application_withdraw_once(p_key uuid, p_id bigint, p_version int,
                                                   p_withdrawn_on date)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_session_ok();
    IF kohi.submission_claim(p_key, 'application_withdraw',
                             jsonb_build_array(p_id, p_version, p_withdrawn_on)) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM kohi_api.application_withdraw(p_id, p_version, p_withdrawn_on);
    PERFORM kohi.submission_record(p_key, '{}'::jsonb);
END
$$;

-- ------------------------------------------------------------------ grants (as 0036's)
REVOKE ALL ON FUNCTION
    kohi_api.application_reject_once(uuid, bigint, int, date, text, text, text),
    kohi_api.application_register_once(uuid, bigint, int, date, text, text),
    kohi_api.application_request_correction_once(uuid, bigint, int, text, text),
    kohi_api.application_withdraw_once(uuid, bigint, int, date)
    FROM PUBLIC;
-- Decisions: approvers only (lock_for_decision checks the duty and the maker again).
GRANT EXECUTE ON FUNCTION
    kohi_api.application_reject_once(uuid, bigint, int, date, text, text, text),
    kohi_api.application_register_once(uuid, bigint, int, date, text, text),
    kohi_api.application_request_correction_once(uuid, bigint, int, text, text)
    TO kohi_approver;
-- The applicant's withdrawal: recorded by the programme's clerks.
GRANT EXECUTE ON FUNCTION kohi_api.application_withdraw_once(uuid, bigint, int, date)
    TO kohi_clerk_nanbyo, kohi_clerk_boshi;
