/*
 * kohi_crypto.c — password helpers (SCRAM), the keyed My Number hash and server-side sealing
 * of My Numbers (the primitives in kohi_seal.c).
 *
 * Rules for every function here: plaintext (passwords, My Numbers) arrives only as a function
 * argument, is copied into memory that is wiped after use, and never appears in any message,
 * detail, hint or log line. Errors say what went wrong, never with what input.
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/cryptohash.h"
#include "common/hmac.h"
#include "common/scram-common.h"
#include "common/sha2.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "libpq/crypt.h"
#include "libpq/scram.h"
#include "storage/fd.h"
#include "utils/builtins.h"

#include "kohi_auth.h"
#include "kohi_seal.h"

#define KOHI_HMAC_KEY_LEN 32       /* HMAC-SHA-256 key: 32 random bytes */
#define KOHI_HMAC_KEY_HEX_LEN 64   /* stored as 64 hex digits (optionally newline-terminated) */
#define KOHI_HMAC_KEY_FILE_MAX 256 /* anything longer is not a key file */

/* ---------------------------------------------------------------------------------------------
 * Secret handling helpers
 * ------------------------------------------------------------------------------------------- */

KOHI_INTERNAL char* kohi_secret_cstring(const text* t)
{
    size_t len = VARSIZE_ANY_EXHDR(t);
    char* s = palloc(len + 1);

    memcpy(s, VARDATA_ANY(t), len);
    s[len] = '\0';
    return s;
}

KOHI_INTERNAL void kohi_wipe(char* s)
{
    if (s == NULL)
        return;
    explicit_bzero(s, strlen(s)); /* not optimised away, unlike memset before free */
    pfree(s);
}

/* If the fmgr detoasted the argument into a private copy, wipe that copy too. */
KOHI_INTERNAL void kohi_wipe_arg_copy(FunctionCallInfo fcinfo, int argno, text* t)
{
    if ((Pointer)t != DatumGetPointer(PG_GETARG_DATUM(argno)))
        explicit_bzero(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/* ---------------------------------------------------------------------------------------------
 * Password verification
 * ------------------------------------------------------------------------------------------- */

/* SCRAM-SHA-256 or MD5 secret, well formed. Never echoes the secret. */
static void kohi_check_secret_format(const char* secret)
{
    PasswordType type = get_password_type(secret);

    if (type == PASSWORD_TYPE_SCRAM_SHA_256) {
        int iterations;
        char* salt = NULL;
        uint8 stored_key[SCRAM_KEY_LEN];
        uint8 server_key[SCRAM_KEY_LEN];

        if (parse_scram_secret(secret, &iterations, &salt, stored_key, server_key))
            return;
    } else if (type == PASSWORD_TYPE_MD5)
        return;
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("not a valid SCRAM-SHA-256 or MD5 password secret")));
}

KOHI_INTERNAL bool kohi_verify_role_password(const char* role, const char* password)
{
    const char* logdetail = NULL;
    char* shadow;
    bool ok;

    /* NULL for an unknown role, a role without password, or a lapsed VALID UNTIL. */
    shadow = get_role_password(role, &logdetail);
    if (shadow == NULL)
        return false;
    /* SCRAM: recomputes the keys from the stored salt/iterations; MD5: hashes with the role. */
    ok = plain_crypt_verify(role, shadow, password, &logdetail) == STATUS_OK;
    explicit_bzero(shadow, strlen(shadow));
    pfree(shadow);
    return ok;
}

/* kohi_scram_verify(role_name text, password text) RETURNS boolean */
KOHI_SQL_FUNCTION(kohi_scram_verify);
Datum kohi_scram_verify(PG_FUNCTION_ARGS)
{
    char* role = text_to_cstring(PG_GETARG_TEXT_PP(0));
    text* pw_arg = PG_GETARG_TEXT_PP(1);
    char* password = kohi_secret_cstring(pw_arg);
    bool ok;

    ok = kohi_verify_role_password(role, password);
    kohi_wipe(password);
    kohi_wipe_arg_copy(fcinfo, 1, pw_arg);
    PG_RETURN_BOOL(ok);
}

/* kohi_scram_verify_secret(secret text, role_name text, password text) RETURNS boolean */
KOHI_SQL_FUNCTION(kohi_scram_verify_secret);
Datum kohi_scram_verify_secret(PG_FUNCTION_ARGS)
{
    char* secret = text_to_cstring(PG_GETARG_TEXT_PP(0));
    char* role = text_to_cstring(PG_GETARG_TEXT_PP(1));
    text* pw_arg = PG_GETARG_TEXT_PP(2);
    char* password;
    const char* logdetail = NULL;
    bool ok;

    kohi_check_secret_format(secret); /* before the password is even copied */
    password = kohi_secret_cstring(pw_arg);
    /* The role name matters only for MD5 secrets (it is their salt). */
    ok = plain_crypt_verify(role, secret, password, &logdetail) == STATUS_OK;
    kohi_wipe(password);
    kohi_wipe_arg_copy(fcinfo, 2, pw_arg);
    PG_RETURN_BOOL(ok);
}

/* kohi_scram_build_secret(password text) RETURNS text */
KOHI_SQL_FUNCTION(kohi_scram_build_secret);
Datum kohi_scram_build_secret(PG_FUNCTION_ARGS)
{
    text* pw_arg = PG_GETARG_TEXT_PP(0);
    char* password;
    char* secret;
    text* result;

    if (VARSIZE_ANY_EXHDR(pw_arg) == 0)
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("password must not be empty")));
    password = kohi_secret_cstring(pw_arg);
    /* Random salt, the server's iteration count; "SCRAM-SHA-256$<iter>:<salt>$<stored>:<server>" */
    secret = pg_be_scram_build_secret(password);
    kohi_wipe(password);
    kohi_wipe_arg_copy(fcinfo, 0, pw_arg);
    result = cstring_to_text(secret);
    pfree(secret);
    PG_RETURN_TEXT_P(result);
}

/* ---------------------------------------------------------------------------------------------
 * Keyed hash of My Numbers
 * ------------------------------------------------------------------------------------------- */

static int kohi_hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/*
 * The client sees only that the key is unavailable; the reason (and the path, which is
 * superuser-only configuration) goes to the server log via errdetail_log.
 */
#define KOHI_KEY_ERROR(...)                                                                        \
    ereport(ERROR, (errcode(ERRCODE_CONFIG_FILE_ERROR),                                            \
                    errmsg("My Number hashing key is not available"), errdetail_log(__VA_ARGS__),  \
                    errhint("Check kohi_auth.hmac_key_file in the server configuration.")))

/* Read and validate the key file into key[]; the caller wipes key[]. */
static void kohi_load_hmac_key(uint8 key[KOHI_HMAC_KEY_LEN])
{
    const char* path = kohi_hmac_key_file;
    char buf[KOHI_HMAC_KEY_FILE_MAX + 1];
    struct stat st;
    ssize_t n;
    size_t len;
    int fd;
    int i;
    uint8 any = 0;

    if (path == NULL || path[0] == '\0')
        KOHI_KEY_ERROR("kohi_auth.hmac_key_file is not set.");

    fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
    if (fd < 0)
        KOHI_KEY_ERROR("could not open key file \"%s\": %m", path);
    if (fstat(fd, &st) != 0) {
        CloseTransientFile(fd);
        KOHI_KEY_ERROR("could not stat key file \"%s\": %m", path);
    }
    if (!S_ISREG(st.st_mode)) {
        CloseTransientFile(fd);
        KOHI_KEY_ERROR("key file \"%s\" is not a regular file.", path);
    }
    /* Same rule as PostgreSQL's ssl_key_file: owner-only, or root-owned and group-readable. */
    if (st.st_uid == geteuid() ? (st.st_mode & (S_IRWXG | S_IRWXO)) != 0
        : st.st_uid == 0       ? (st.st_mode & (S_IWGRP | S_IXGRP | S_IRWXO)) != 0
                               : true) {
        CloseTransientFile(fd);
        KOHI_KEY_ERROR("key file \"%s\" must be owned by the database server user with "
                       "permissions u=rw (0600) or less, or by root with u=rw,g=r (0640) or less.",
                       path);
    }
    n = read(fd, buf, sizeof(buf) - 1);
    if (n < 0) {
        int save_errno = errno;

        CloseTransientFile(fd);
        errno = save_errno;
        KOHI_KEY_ERROR("could not read key file \"%s\": %m", path);
    }
    CloseTransientFile(fd);

    len = (size_t)n;
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' ' ||
                       buf[len - 1] == '\t'))
        len--;
    if (len != KOHI_HMAC_KEY_HEX_LEN) {
        explicit_bzero(buf, sizeof(buf));
        KOHI_KEY_ERROR("key file \"%s\" must contain exactly %d hexadecimal digits.", path,
                       KOHI_HMAC_KEY_HEX_LEN);
    }
    for (i = 0; i < KOHI_HMAC_KEY_LEN; i++) {
        int hi = kohi_hexval(buf[2 * i]);
        int lo = kohi_hexval(buf[2 * i + 1]);

        if (hi < 0 || lo < 0) {
            explicit_bzero(buf, sizeof(buf));
            explicit_bzero(key, KOHI_HMAC_KEY_LEN);
            /* Never quote the offending character: it is key material. */
            KOHI_KEY_ERROR("key file \"%s\" must contain exactly %d hexadecimal digits.", path,
                           KOHI_HMAC_KEY_HEX_LEN);
        }
        key[i] = (uint8)((hi << 4) | lo);
        any |= key[i];
    }
    explicit_bzero(buf, sizeof(buf));
    if (any == 0)
        KOHI_KEY_ERROR("key file \"%s\" holds an all-zero key.", path);
}

/* out = HMAC-SHA-256(key from kohi_auth.hmac_key_file, data). The key never outlives the call. */
static void kohi_hmac_number(const uint8* data, size_t len, uint8 out[PG_SHA256_DIGEST_LENGTH])
{
    uint8 key[KOHI_HMAC_KEY_LEN];
    pg_hmac_ctx* volatile ctx = NULL;

    memset(key, 0, sizeof(key));
    PG_TRY();
    {
        kohi_load_hmac_key(key); /* re-read per call: a reload or key change takes effect now */
        ctx = pg_hmac_create(PG_SHA256);
        if (ctx == NULL)
            ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
        if (pg_hmac_init(ctx, key, sizeof(key)) < 0 || pg_hmac_update(ctx, data, len) < 0 ||
            pg_hmac_final(ctx, out, PG_SHA256_DIGEST_LENGTH) < 0)
            ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                            errmsg("could not compute HMAC-SHA-256: %s", pg_hmac_error(ctx))));
    }
    PG_FINALLY();
    {
        explicit_bzero(key, sizeof(key));
        if (ctx != NULL)
            pg_hmac_free(ctx);
    }
    PG_END_TRY();
}

/* kohi_mynumber_hmac(number text) RETURNS bytea = HMAC-SHA-256(key, number) */
KOHI_SQL_FUNCTION(kohi_mynumber_hmac);
Datum kohi_mynumber_hmac(PG_FUNCTION_ARGS)
{
    text* number = PG_GETARG_TEXT_PP(0);
    bytea* result = palloc(VARHDRSZ + PG_SHA256_DIGEST_LENGTH);

    SET_VARSIZE(result, VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
    PG_TRY();
    {
        kohi_hmac_number((const uint8*)VARDATA_ANY(number), VARSIZE_ANY_EXHDR(number),
                         (uint8*)VARDATA(result));
    }
    PG_FINALLY();
    {
        kohi_wipe_arg_copy(fcinfo, 0, number);
    }
    PG_END_TRY();
    PG_RETURN_BYTEA_P(result);
}

/* ---------------------------------------------------------------------------------------------
 * Sealing My Numbers on the server (issue 11, item 2)
 * ------------------------------------------------------------------------------------------- */

/*
 * Pairs (keyed hash, envelope) that kohi_mynumber_seal produced in this backend, as
 * SHA-256(dup_hash || envelope), until a row insert consumes them (kohi_mynumber_sealed_pair,
 * called by the BEFORE INSERT trigger on kohi.mynumber). Neither value is secret: the envelope
 * is ciphertext and the keyed hash is useless without the key. A small ring: a pair not consumed
 * (its transaction rolled back) is overwritten in turn.
 */
#define KOHI_SEALED_RING 64
static uint8 kohi_sealed_ring[KOHI_SEALED_RING][PG_SHA256_DIGEST_LENGTH];
static bool kohi_sealed_used[KOHI_SEALED_RING];
static int kohi_sealed_next = 0;

static void kohi_pair_digest(const bytea* dup_hash, const bytea* envelope,
                             uint8 out[PG_SHA256_DIGEST_LENGTH])
{
    pg_cryptohash_ctx* ctx = pg_cryptohash_create(PG_SHA256);

    if (ctx == NULL)
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
    if (pg_cryptohash_init(ctx) < 0 ||
        pg_cryptohash_update(ctx, (const uint8*)VARDATA_ANY(dup_hash),
                             VARSIZE_ANY_EXHDR(dup_hash)) < 0 ||
        pg_cryptohash_update(ctx, (const uint8*)VARDATA_ANY(envelope),
                             VARSIZE_ANY_EXHDR(envelope)) < 0 ||
        pg_cryptohash_final(ctx, out, PG_SHA256_DIGEST_LENGTH) < 0) {
        pg_cryptohash_free(ctx);
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("could not compute SHA-256")));
    }
    pg_cryptohash_free(ctx);
}

/*
 * kohi_mynumber_seal(number text, public_key bytea, associated_data bytea,
 *                    OUT dup_hash bytea, OUT envelope bytea)
 *
 * From ONE argument, in one call: its keyed hash (as kohi_mynumber_hmac) and its envelope
 * (scheme v1, kohi_seal.h) to public_key bound to associated_data — byte for byte what
 * core/crypto's Sealer::seal() makes, so a viewer's client opens it unchanged. So the stored
 * envelope seals exactly the number whose keyed hash is stored, by construction. The number is
 * read in place from the argument (the fmgr's detoasted copy, if any, is wiped) and appears in
 * no message.
 */
KOHI_SQL_FUNCTION(kohi_mynumber_seal);
Datum kohi_mynumber_seal(PG_FUNCTION_ARGS)
{
    text* number = PG_GETARG_TEXT_PP(0);
    bytea* public_key = PG_GETARG_BYTEA_PP(1);
    bytea* associated_data = PG_GETARG_BYTEA_PP(2);
    size_t number_len = VARSIZE_ANY_EXHDR(number);
    size_t ad_len = VARSIZE_ANY_EXHDR(associated_data);
    bytea* hash;
    bytea* envelope;
    TupleDesc tupdesc;
    Datum values[2];
    bool nulls[2] = {false, false};
    volatile int rc = KOHI_SEAL_OK; /* set inside PG_TRY */

    if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("kohi_mynumber_seal must be declared with OUT parameters")));
    if (VARSIZE_ANY_EXHDR(public_key) != KOHI_SEAL_X25519_LEN) {
        kohi_wipe_arg_copy(fcinfo, 0, number);
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("My Number public key must be 32 bytes (X25519)")));
    }
    if (number_len == 0 || number_len > KOHI_SEAL_MAX_PLAINTEXT || ad_len > 65536) {
        kohi_wipe_arg_copy(fcinfo, 0, number);
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("My Number to seal or its associated data has an invalid length")));
    }
    hash = palloc(VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
    SET_VARSIZE(hash, VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
    envelope = palloc(VARHDRSZ + number_len + KOHI_SEAL_OVERHEAD);
    SET_VARSIZE(envelope, VARHDRSZ + number_len + KOHI_SEAL_OVERHEAD);
    PG_TRY();
    {
        kohi_hmac_number((const uint8*)VARDATA_ANY(number), number_len, (uint8*)VARDATA(hash));
        rc = kohi_seal_v1((const unsigned char*)VARDATA_ANY(number), number_len,
                          (const unsigned char*)VARDATA_ANY(public_key),
                          (const unsigned char*)VARDATA_ANY(associated_data), ad_len,
                          (unsigned char*)VARDATA(envelope));
    }
    PG_FINALLY();
    {
        kohi_wipe_arg_copy(fcinfo, 0, number);
    }
    PG_END_TRY();
    if (rc != KOHI_SEAL_OK)
        ereport(ERROR,
                (errcode(rc == KOHI_SEAL_LOW_ORDER ? ERRCODE_INVALID_PARAMETER_VALUE
                                                   : ERRCODE_INTERNAL_ERROR),
                 errmsg(rc == KOHI_SEAL_LOW_ORDER
                            ? "My Number public key is not usable (low-order X25519 point)"
                        : rc == KOHI_SEAL_NO_RANDOM
                            ? "could not seal the My Number: random generator failed"
                            : "could not seal the My Number: cryptographic library error")));

    kohi_pair_digest(hash, envelope, kohi_sealed_ring[kohi_sealed_next]);
    kohi_sealed_used[kohi_sealed_next] = true;
    kohi_sealed_next = (kohi_sealed_next + 1) % KOHI_SEALED_RING;

    values[0] = PointerGetDatum(hash);
    values[1] = PointerGetDatum(envelope);
    tupdesc = BlessTupleDesc(tupdesc);
    PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * kohi_mynumber_sealed_pair(dup_hash bytea, envelope bytea) RETURNS boolean
 *
 * True, once, if this backend's kohi_mynumber_seal produced exactly this pair: the insert
 * trigger on kohi.mynumber refuses every other envelope, whatever SQL path a future change
 * (correction, import) stores a number through.
 */
KOHI_SQL_FUNCTION(kohi_mynumber_sealed_pair);
Datum kohi_mynumber_sealed_pair(PG_FUNCTION_ARGS)
{
    bytea* hash = PG_GETARG_BYTEA_PP(0);
    bytea* envelope = PG_GETARG_BYTEA_PP(1);
    uint8 digest[PG_SHA256_DIGEST_LENGTH];
    int i;

    kohi_pair_digest(hash, envelope, digest);
    for (i = 0; i < KOHI_SEALED_RING; i++) {
        if (kohi_sealed_used[i] &&
            memcmp(kohi_sealed_ring[i], digest, PG_SHA256_DIGEST_LENGTH) == 0) {
            kohi_sealed_used[i] = false; /* one row per sealing */
            PG_RETURN_BOOL(true);
        }
    }
    PG_RETURN_BOOL(false);
}
