-- kohi:run-as superuser
-- 0040: the cost of every audited call (issue 10, the recipient-search benchmark).
--
-- Measured in CPU time per call (recipient_search_bench now reports it beside wall time, which a
-- loaded 2-core machine makes meaningless): the API cost about 3.5× the plain indexed query, and
-- a third of that was three helpers, not the work itself:
-- * kohi.is_superuser() (every call, through kohi.assert_terminal_ok()): an SQL function with a
--   SET clause is never inlined, and its query is planned again at every call — 0.2 ms each.
--   As plpgsql its plan is kept for the session: 0.04 ms. Same query, same answer.
-- * kohi.current_terminal() (every event): the same, 0.1–0.5 ms; now plpgsql, and the
--   superuser's fallback is only looked at when the certificate names no terminal.
-- * kohi_audit.redact_details() (twice per event: kohi.audit() in the reader's backend, and the
--   sealer): its key regex mixed ASCII and Japanese alternatives, which PostgreSQL's regex
--   engine handles slowly: 0.19 ms on a search's 100 ids. The same keys as two regexes (the
--   ASCII ones factored, case-insensitive as before; the Japanese ones apart): 0.03 ms.
-- Nothing here changes what is logged, refused or redacted; the tests of 0031 (redaction) and
-- 0023 (terminals) hold unchanged.

CREATE OR REPLACE FUNCTION kohi.is_superuser() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
END
$$;

CREATE OR REPLACE FUNCTION kohi.current_terminal() RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    v text;
BEGIN
    SELECT t.terminal_id INTO v FROM kohi.terminal_certificate t
    WHERE t.fingerprint = kohi.kohi_auth_peer_fingerprint();
    IF v IS NOT NULL OR NOT kohi.is_superuser() THEN
        RETURN v;
    END IF;
    -- The superuser's tools (kohi-admin) name their terminal in their client session.
    SELECT cs.terminal_id INTO v FROM kohi.client_session cs
    WHERE cs.pid = pg_backend_pid()
      AND cs.backend_start = (SELECT a.backend_start FROM pg_stat_get_activity(pg_backend_pid()) a);
    RETURN v;
END
$$;

CREATE OR REPLACE FUNCTION kohi_audit.redact_details(p jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p::text ~ '[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}[-‐‑‒–—―−－ー 　.．/／,，・･]?[0-9０-９]{4}'
              -- 0031's keys, factored: password passwd pw new_/current_/old_password secret
              -- scram_secret mynumber my_number kojin_bango individual_number
              OR p::text ~* '"(p(ass(wor|w)d|w)|(new|current|old)_password|(scram_)?secret|my_?number|kojin_bango|individual_number)"\s*:'
              OR p::text ~ '"(個人番号|パスワード)"\s*:'
            THEN kohi_audit.redact(p) ELSE p END;
