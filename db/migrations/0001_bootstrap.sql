-- kohi:run-as superuser
-- Roles, schemas and database-wide hardening. Runs as the database administrator; every later
-- migration runs as kohi_owner, the NOLOGIN owner of all Kohi objects.

DO $$
DECLARE
    r text;
BEGIN
    -- kohi_owner owns the schema and runs the SECURITY DEFINER API. NOLOGIN: nobody can become it
    -- except the administrator running migrations. CREATEROLE: the user-administration API
    -- creates staff login roles and grants duties through it.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kohi_owner') THEN
        CREATE ROLE kohi_owner NOLOGIN CREATEROLE;
    END IF;
    -- kohi_staff: every staff login role is a member; it grants CONNECT and USAGE, nothing else.
    FOREACH r IN ARRAY ARRAY['kohi_staff', 'kohi_clerk_nanbyo', 'kohi_clerk_boshi', 'kohi_approver',
                             'kohi_mynumber_viewer', 'kohi_auditor', 'kohi_user_admin']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;

    -- Staff connect to this database only through kohi_staff; nobody may create objects.
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kohi_staff', current_database());
    -- Bound parameters (My Numbers, passwords) must never reach the server log, even with
    -- log_statement=all or on errors.
    EXECUTE format('ALTER DATABASE %I SET log_parameter_max_length = 0', current_database());
    EXECUTE format('ALTER DATABASE %I SET log_parameter_max_length_on_error = 0', current_database());
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA kohi AUTHORIZATION kohi_owner;      -- tables: never granted to staff
CREATE SCHEMA kohi_api AUTHORIZATION kohi_owner;  -- SECURITY DEFINER functions: the only way in
REVOKE ALL ON SCHEMA kohi FROM PUBLIC;
REVOKE ALL ON SCHEMA kohi_api FROM PUBLIC;
GRANT USAGE ON SCHEMA kohi_api TO kohi_staff;

-- PostgreSQL grants EXECUTE on new functions to PUBLIC; Kohi grants it per function and duty.
ALTER DEFAULT PRIVILEGES FOR ROLE kohi_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE kohi_owner REVOKE ALL ON TABLES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE kohi_owner REVOKE ALL ON SEQUENCES FROM PUBLIC;
