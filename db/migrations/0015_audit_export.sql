-- A CSV export of the access log is itself an event: the client calls this after writing the
-- file, with the search conditions and the number of rows written. The rows were already read
-- through kohi_api.audit_search (each page logged as audit_search); this event ties them to an
-- export so an auditor can tell a screen search from data that left the system as a file.

CREATE FUNCTION kohi_api.audit_export_record(p_conditions jsonb, p_rows int) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_audit_reader();  -- same readers as audit_search: only they can export
    PERFORM kohi.assert_session_ok();
    IF p_rows IS NULL OR p_rows < 0 THEN
        RAISE EXCEPTION '出力件数が正しくありません。' USING ERRCODE = '22023';
    END IF;
    IF p_conditions IS NOT NULL AND jsonb_typeof(p_conditions) <> 'object' THEN
        RAISE EXCEPTION '出力条件の形式が正しくありません。' USING ERRCODE = '22023';
    END IF;
    PERFORM kohi.audit('audit_export', NULL, 'ok',
                       jsonb_build_object('conditions', coalesce(p_conditions, '{}'::jsonb),
                                          'rows', p_rows));
END
$$;
REVOKE ALL ON FUNCTION kohi_api.audit_export_record(jsonb, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohi_api.audit_export_record(jsonb, int) TO kohi_auditor, kohi_user_admin;
