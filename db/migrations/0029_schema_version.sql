-- kohi:run-as superuser
-- The schema version a client checks at login (issue 14, version guard): the newest applied
-- migration number. Any staff member may ask, before the session check and before a pending
-- password change, because it tells nothing but a migration number; the migration history table
-- itself stays closed (kohi_meta has no USAGE for staff, and this function reads no other
-- table). It lives in kohi_meta, not kohi_api, so that the kohi_api census (every function
-- checks the session first) keeps holding without an exception. Created by the superuser
-- because kohi_meta belongs to the migrator (the database administrator).

CREATE FUNCTION kohi_meta.schema_version()
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$ SELECT max(version) FROM kohi_meta.schema_migration $$;

-- Functions created by a superuser keep PUBLIC EXECUTE otherwise.
REVOKE ALL ON FUNCTION kohi_meta.schema_version() FROM PUBLIC;
GRANT USAGE ON SCHEMA kohi_meta TO kohi_staff;
GRANT EXECUTE ON FUNCTION kohi_meta.schema_version() TO kohi_staff;
