/*
 * kohi_auth.h — internal declarations shared by the kohi_auth translation units.
 *
 * Nothing here is part of the SQL interface; see kohi_auth--functions.sql for that.
 */
#ifndef KOHI_AUTH_H
#define KOHI_AUTH_H

#include "postgres.h"

#include "fmgr.h"

/* Symbols shared between our own .c files but never exported from the module. */
#define KOHI_INTERNAL __attribute__((visibility("hidden")))

/*
 * Declare a version-1 SQL-callable function and make it visible to the server's dynamic loader
 * (the module is built with -fvisibility=hidden; PGDLLEXPORT is set to "default" visibility by
 * the build, see CMakeLists.txt).
 */
#define KOHI_SQL_FUNCTION(name)                                                                    \
    extern PGDLLEXPORT Datum name(PG_FUNCTION_ARGS);                                               \
    PG_FUNCTION_INFO_V1(name)

/* GUC kohi_auth.hmac_key_file (defined in kohi_auth.c, used by kohi_crypto.c). */
extern KOHI_INTERNAL char* kohi_hmac_key_file;

/*
 * Check a plaintext password against the role's current secret in pg_authid (SCRAM or MD5).
 * Returns false for a role without a usable secret. Never logs or reports the password.
 */
extern KOHI_INTERNAL bool kohi_verify_role_password(const char* role, const char* password);

/* Copy a text datum to a NUL-terminated C string that the caller must wipe with kohi_wipe(). */
extern KOHI_INTERNAL char* kohi_secret_cstring(const text* t);

/* Overwrite and free a C string that held a secret. */
extern KOHI_INTERNAL void kohi_wipe(char* s);

/* If the fmgr detoasted argument argno into a private copy t, overwrite that copy. */
extern KOHI_INTERNAL void kohi_wipe_arg_copy(FunctionCallInfo fcinfo, int argno, text* t);

/* kohi_access.c: durable access events, the error hook and the audit sealer workers. */
extern KOHI_INTERNAL void kohi_access_init(void);
extern KOHI_INTERNAL void kohi_access_shmem_request(void);
extern KOHI_INTERNAL void kohi_access_shmem_startup(void);

/* kohi_guard.c: protected settings (ProcessUtility and client authentication hooks). */
extern KOHI_INTERNAL void kohi_guard_init(void);

#endif /* KOHI_AUTH_H */
