-- kohi_auth: reference declarations of every SQL function of the kohi_auth server library.
--
-- Paste into a Kohi migration, run as the schema owner (or a superuser) with search_path set to
-- the private schema that should hold them. The library must already be preloaded
-- (shared_preload_libraries = 'kohi_auth'): otherwise CREATE FUNCTION fails, on purpose.
--
-- None of these functions checks privileges itself. EXECUTE is revoked from PUBLIC below; they
-- are meant to be called only from SECURITY DEFINER functions of the API schema owned by the
-- schema owner role, which grant and audit access per duty.
--
-- Plaintext arguments (passwords, My Numbers) must be sent as bind parameters (PQexecParams),
-- never written into SQL text; the database must also set log_parameter_max_length = 0 and
-- log_parameter_max_length_on_error = 0 (see DESIGN.md, "Known traps").

-- Lockout state of one role. Always one row; a role with a clean record (or an unknown name)
-- gives (0, NULL, false, NULL). A failure lock older than kohi_auth.lockout_minutes is lifted
-- (and recorded as 'lock_expired') when looked at.
CREATE FUNCTION kohi_auth_status(role_name text)
    RETURNS TABLE(failures integer, last_failure timestamptz, locked boolean, locked_at timestamptz)
    AS 'kohi_auth', 'kohi_auth_status'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- Clear the failure count and any lock (failure or administrative) of a role, persistently.
-- Returns true if the role was locked, false if it was not (the count is cleared either way).
CREATE FUNCTION kohi_auth_unlock(role_name text)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_auth_unlock'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- Administrative lock: every further login of the role is refused (even with the right
-- password) until kohi_auth_unlock(); never lifted by kohi_auth.lockout_minutes. Existing
-- sessions are not terminated (use pg_terminate_backend for that). ERROR if the role does not
-- exist.
CREATE FUNCTION kohi_auth_lock(role_name text)
    RETURNS void
    AS 'kohi_auth', 'kohi_auth_lock'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- Return and remove the pending auth events, oldest first (at most kohi_auth.max_events per
-- call). Transactional: the events are removed when the calling transaction commits; if it (or
-- the savepoint it was called in) rolls back they are returned again by a later call. Concurrent
-- callers never get the same event. seq is unique and increasing across restarts: a gap means
-- events were lost (buffer overflow), so the audit table can key on it.
-- outcome: 'login_ok' | 'login_failed' | 'login_locked' | 'account_locked' | 'lock_expired'
--          | 'reauth_ok' | 'reauth_failed' | 'reauth_locked'
-- client_addr: the client IP (host name with log_hostname), '[local]' for a Unix socket, NULL
--              if unknown.
CREATE FUNCTION kohi_auth_drain_events()
    RETURNS TABLE(seq bigint, at timestamptz, role_name text, client_addr text, outcome text)
    AS 'kohi_auth', 'kohi_auth_drain_events'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- The SESSION user proves their password again (idle-lock unlock, old password when changing
-- it). Failures count toward kohi_auth.max_failures exactly like failed logins (events
-- 'reauth_failed', 'account_locked'), a success resets the count ('reauth_ok'). If the role is
-- locked: ERROR 28000 with errdetail 'kohi_auth: locked', as at login.
CREATE FUNCTION kohi_auth_reauthenticate(password text)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_auth_reauthenticate'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- Does password match the role's current secret in pg_authid (SCRAM-SHA-256 or MD5)? false for
-- an unknown role, a role without password, or a lapsed VALID UNTIL. Counts nothing: callers
-- that let a user guess must use kohi_auth_reauthenticate() instead.
CREATE FUNCTION kohi_scram_verify(role_name text, password text)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_scram_verify'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- Does password match the given stored secret (password history)? role_name matters only for
-- MD5 secrets. ERROR (without echoing anything) if secret is not a well-formed SCRAM-SHA-256 or
-- MD5 secret.
CREATE FUNCTION kohi_scram_verify_secret(secret text, role_name text, password text)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_scram_verify_secret'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- A fresh SCRAM-SHA-256 secret (random salt) for password, suitable for
-- ALTER ROLE ... PASSWORD '<secret>' so that the plaintext never reaches SQL text.
-- ERROR for an empty password.
CREATE FUNCTION kohi_scram_build_secret(password text)
    RETURNS text
    AS 'kohi_auth', 'kohi_scram_build_secret'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- HMAC-SHA-256(key, number) with the key from kohi_auth.hmac_key_file (never in the database).
-- 32 bytes. The caller normalises the number first (12 ASCII digits). ERROR 'My Number hashing
-- key is not available' (SQLSTATE F0000) if the key file is missing or invalid; the reason goes
-- to the server log only; the input never appears in any message. STABLE so that
-- "WHERE h = kohi_mynumber_hmac($1)" can use an index.
CREATE FUNCTION kohi_mynumber_hmac(number text)
    RETURNS bytea
    AS 'kohi_auth', 'kohi_mynumber_hmac'
    LANGUAGE C STRICT STABLE PARALLEL RESTRICTED;

-- SHA-256 (lower-case hex) of the DER of the client certificate this session's TLS handshake
-- verified against ssl_ca_file; NULL without one. The terminal is looked up by it (0023).
CREATE FUNCTION kohi_auth_peer_fingerprint()
    RETURNS text
    AS 'kohi_auth', 'kohi_auth_peer_fingerprint'
    LANGUAGE C STABLE PARALLEL RESTRICTED;

REVOKE ALL ON FUNCTION kohi_auth_status(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_auth_unlock(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_auth_lock(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_auth_drain_events() FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_auth_reauthenticate(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_scram_verify(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_scram_verify_secret(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_scram_build_secret(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_mynumber_hmac(text) FROM PUBLIC;

-- Server-side sealing of My Numbers (migration 0025): the keyed hash and the scheme v1 envelope
-- (core/crypto/README.md) of ONE argument, in one call, so the stored envelope seals exactly the
-- hashed number. ERROR (never quoting the input) if the hashing key is unavailable, the public
-- key is not 32 bytes or is a low-order point, or the CSPRNG fails.
CREATE FUNCTION kohi_mynumber_seal(number text, public_key bytea, associated_data bytea,
                                   OUT dup_hash bytea, OUT envelope bytea)
    AS 'kohi_auth', 'kohi_mynumber_seal'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

-- True, once, if this backend's kohi_mynumber_seal produced exactly this (hash, envelope) pair;
-- the insert trigger on kohi.mynumber refuses any other row.
CREATE FUNCTION kohi_mynumber_sealed_pair(dup_hash bytea, envelope bytea)
    RETURNS boolean
    AS 'kohi_auth', 'kohi_mynumber_sealed_pair'
    LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;

REVOKE ALL ON FUNCTION kohi_mynumber_seal(text, bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_mynumber_sealed_pair(bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION kohi_auth_peer_fingerprint() FROM PUBLIC;
