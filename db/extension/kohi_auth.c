/*
 * kohi_auth.c — Kohi's PostgreSQL 15 server extension: failed-login lockout and auth events.
 *
 * Loaded only through shared_preload_libraries = 'kohi_auth'. It
 *   - watches every client authentication (ClientAuthentication_hook), counts consecutive failed
 *     password logins per role, locks the role at kohi_auth.max_failures and from then on refuses
 *     every login of that role, even with the right password, until an administrator unlocks it
 *     (or kohi_auth.lockout_minutes pass, if set);
 *   - keeps that state in shared memory and in $PGDATA/kohi_auth.state (written atomically on
 *     every change), so a restart or a crash does not unlock anybody;
 *   - records auth events in a shared-memory ring that the database drains into its audit table
 *     with kohi_auth_drain_events(), transactionally (an aborted drain gives the events back).
 *
 * Concurrency: one LWLock (tranche "kohi_auth") protects the role table, the event ring and the
 * state file. It is never held across catalog access, palloc or ereport(ERROR/FATAL).
 *
 * The password and keyed-hash helpers live in kohi_crypto.c.
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access/xact.h"
#include "commands/user.h"
#include "common/file_perm.h"
#include "funcapi.h"
#include "libpq/auth.h"
#include "libpq/hba.h"
#include "libpq/libpq-be.h"
#include "miscadmin.h"
#include "port/pg_crc32c.h"
#include "storage/fd.h"
#include "storage/ipc.h"
#include "storage/lwlock.h"
#include "storage/shmem.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "kohi_auth.h"

PG_MODULE_MAGIC;

extern PGDLLEXPORT void _PG_init(void);

#define KOHI_TRANCHE "kohi_auth"
#define KOHI_STATE_FILE "kohi_auth.state"    /* relative to DataDir (the server's cwd) */
#define KOHI_STATE_TMP "kohi_auth.state.tmp" /* written first, then durable_rename()d */
#define KOHI_STATE_MAGIC 0x4B4F4841u         /* "KOHA" */
#define KOHI_STATE_VERSION 1u
#define KOHI_ADDR_LEN 128 /* client address as text (IP, or host name with log_hostname) */

/* ---------------------------------------------------------------------------------------------
 * GUCs
 * ------------------------------------------------------------------------------------------- */
static int kohi_max_failures = 5;    /* 0 = counting and automatic locking disabled */
static int kohi_lockout_minutes = 0; /* 0 = only an administrator unlocks */
static int kohi_max_roles = 1024;    /* capacity of the role table (postmaster start) */
static int kohi_max_events = 4096;   /* capacity of the auth event ring (postmaster start) */
KOHI_INTERNAL char* kohi_hmac_key_file = NULL;
static char* kohi_password_change_role = NULL; /* '' = any role may set passwords as usual */

/* ---------------------------------------------------------------------------------------------
 * Shared state
 * ------------------------------------------------------------------------------------------- */

/* One role with failures or a lock. Roles with a clean record have no entry. */
typedef struct KohiRoleEntry
{
    char role[NAMEDATALEN]; /* hash key: role name, NUL padded */
    int32 failures;         /* consecutive failed attempts */
    bool locked;
    bool admin_lock;          /* set by kohi_auth_lock(): never expires by itself */
    TimestampTz last_failure; /* 0 if none */
    TimestampTz locked_at;    /* 0 if not locked */
} KohiRoleEntry;

typedef enum KohiOutcome
{
    KOHI_EV_NONE = 0,
    KOHI_EV_LOGIN_FAILED,   /* failed login (wrong password, no hba entry, unknown role, ...) */
    KOHI_EV_LOGIN_LOCKED,   /* login attempt refused because the role is locked */
    KOHI_EV_ACCOUNT_LOCKED, /* this failure reached kohi_auth.max_failures: role now locked */
    KOHI_EV_LOGIN_OK,       /* successful login */
    KOHI_EV_REAUTH_FAILED,  /* kohi_auth_reauthenticate(): wrong password */
    KOHI_EV_REAUTH_LOCKED,  /* kohi_auth_reauthenticate() refused: role locked */
    KOHI_EV_REAUTH_OK,      /* kohi_auth_reauthenticate(): right password */
    KOHI_EV_LOCK_EXPIRED,   /* kohi_auth.lockout_minutes passed: lock lifted automatically */
    KOHI_EV_COUNT
} KohiOutcome;

static const char* const kohi_outcome_names[KOHI_EV_COUNT] = {
    [KOHI_EV_NONE] = "unknown",
    [KOHI_EV_LOGIN_FAILED] = "login_failed",
    [KOHI_EV_LOGIN_LOCKED] = "login_locked",
    [KOHI_EV_ACCOUNT_LOCKED] = "account_locked",
    [KOHI_EV_LOGIN_OK] = "login_ok",
    [KOHI_EV_REAUTH_FAILED] = "reauth_failed",
    [KOHI_EV_REAUTH_LOCKED] = "reauth_locked",
    [KOHI_EV_REAUTH_OK] = "reauth_ok",
    [KOHI_EV_LOCK_EXPIRED] = "lock_expired",
};

typedef enum KohiSlotState
{
    KOHI_SLOT_FREE = 0, /* never used, or not part of the pending range */
    KOHI_SLOT_PENDING,  /* waiting to be drained */
    KOHI_SLOT_CLAIMED,  /* returned by a drain whose transaction has not ended yet */
    KOHI_SLOT_DONE      /* drained by a committed transaction */
} KohiSlotState;

typedef struct KohiEvent
{
    uint64 seq; /* unique, increasing, survives restarts: gaps = events lost */
    TimestampTz at;
    int32 claimer; /* pid of the backend whose open transaction drained it */
    uint8 outcome; /* KohiOutcome */
    uint8 state;   /* KohiSlotState */
    char role[NAMEDATALEN];
    char addr[KOHI_ADDR_LEN];
} KohiEvent;

typedef struct KohiShared
{
    LWLock* lock;    /* protects everything below, the role hash and the state file */
    int capacity;    /* number of event slots */
    uint64 next_seq; /* seq of the next event */
    uint64 tail;     /* seq of the oldest event that may still be pending */
    uint64 dropped;  /* undrained events overwritten because the ring was full */
    KohiEvent events[FLEXIBLE_ARRAY_MEMBER]; /* slot of seq s: events[s % capacity] */
} KohiShared;

/* On-disk header of kohi_auth.state; followed by the entries, the events and a CRC-32C. */
typedef struct KohiStateHeader
{
    uint32 magic;
    uint32 version;
    uint32 entry_size; /* sizeof(KohiRoleEntry): refuses a file from an incompatible build */
    uint32 event_size; /* sizeof(KohiEvent) */
    uint32 nroles;
    uint32 nevents;
    uint64 next_seq;
    uint64 dropped;
} KohiStateHeader;

static KohiShared* kohi_shared = NULL;
static HTAB* kohi_roles = NULL;

static shmem_request_hook_type prev_shmem_request_hook = NULL;
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;
static ClientAuthentication_hook_type prev_client_auth_hook = NULL;
static check_password_hook_type prev_check_password_hook = NULL;

/* Events this backend has drained in its current transaction (backend-local). */
typedef struct KohiClaim
{
    uint64 seq;
    SubTransactionId subid; /* subtransaction that drained it */
} KohiClaim;

static KohiClaim* kohi_claims = NULL;
static int kohi_nclaims = 0;
static int kohi_claims_cap = 0;
static bool kohi_xact_callbacks_registered = false;

/* ---------------------------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------------------------- */

static inline KohiEvent* kohi_slot(uint64 seq)
{
    return &kohi_shared->events[seq % (uint64)kohi_shared->capacity];
}

/* Role names are hash keys: always a zero-padded NAMEDATALEN buffer. */
static void kohi_role_key(char key[NAMEDATALEN], const char* role)
{
    memset(key, 0, NAMEDATALEN);
    strlcpy(key, role ? role : "", NAMEDATALEN);
}

static void kohi_require_loaded(void)
{
    /* Fail closed: without the preloaded module there is no lockout at all. */
    if (kohi_shared == NULL || kohi_roles == NULL)
        ereport(ERROR, (errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
                        errmsg("kohi_auth shared memory is not initialised"),
                        errhint("Add kohi_auth to shared_preload_libraries and restart.")));
}

static bool kohi_lock_expired(const KohiRoleEntry* e, TimestampTz now)
{
    /* Administrative locks never expire; failure locks only if lockout_minutes > 0. */
    if (!e->locked || e->admin_lock || kohi_lockout_minutes <= 0)
        return false;
    return now >= TimestampTzPlusMilliseconds(e->locked_at, (int64)kohi_lockout_minutes * 60000);
}

/* ---------------------------------------------------------------------------------------------
 * Event ring (caller holds kohi_shared->lock exclusively)
 * ------------------------------------------------------------------------------------------- */

static void kohi_advance_tail_locked(void)
{
    while (kohi_shared->tail < kohi_shared->next_seq) {
        KohiEvent* ev = kohi_slot(kohi_shared->tail);

        if (ev->seq == kohi_shared->tail &&
            (ev->state == KOHI_SLOT_PENDING || ev->state == KOHI_SLOT_CLAIMED))
            break;
        kohi_shared->tail++;
    }
}

static void kohi_append_event_locked(KohiOutcome outcome, const char* role, const char* addr,
                                     TimestampTz at)
{
    KohiEvent* ev;

    if (kohi_shared->next_seq - kohi_shared->tail >= (uint64)kohi_shared->capacity) {
        /* Ring full: the oldest undrained event is overwritten; its seq leaves a visible gap. */
        KohiEvent* old = kohi_slot(kohi_shared->tail);

        if (old->state == KOHI_SLOT_PENDING || old->state == KOHI_SLOT_CLAIMED) {
            kohi_shared->dropped++;
            if (kohi_shared->dropped % 1000 == 1)
                ereport(LOG, (errmsg("kohi_auth: auth event buffer full, %llu undrained events "
                                     "dropped so far (drain with kohi_auth_drain_events())",
                                     (unsigned long long)kohi_shared->dropped)));
        }
        old->state = KOHI_SLOT_FREE;
        kohi_shared->tail++;
        kohi_advance_tail_locked();
    }

    ev = kohi_slot(kohi_shared->next_seq);
    memset(ev, 0, sizeof(*ev));
    ev->seq = kohi_shared->next_seq++;
    ev->at = at;
    ev->outcome = (uint8)outcome;
    ev->state = KOHI_SLOT_PENDING;
    strlcpy(ev->role, role ? role : "", sizeof(ev->role));
    strlcpy(ev->addr, addr ? addr : "", sizeof(ev->addr));
}

/* ---------------------------------------------------------------------------------------------
 * State file: written atomically (temp file, fsync, durable_rename) under the lock.
 * Never throws: it runs in commit callbacks and the postmaster; failures are logged.
 * ------------------------------------------------------------------------------------------- */

typedef struct KohiWriter
{
    int fd;
    bool failed;
    pg_crc32c crc;
    size_t used;
    char buf[32768];
} KohiWriter;

static KohiWriter kohi_writer; /* static: too big for the stack of a commit callback */

static void kohi_writer_flush(KohiWriter* w)
{
    size_t off = 0;

    while (!w->failed && off < w->used) {
        ssize_t n = write(w->fd, w->buf + off, w->used - off);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            w->failed = true;
            break;
        }
        off += (size_t)n;
    }
    w->used = 0;
}

static void kohi_writer_put(KohiWriter* w, const void* data, size_t len, bool crc)
{
    const char* p = data;

    if (crc)
        COMP_CRC32C(w->crc, data, len);
    while (len > 0 && !w->failed) {
        size_t chunk = Min(len, sizeof(w->buf) - w->used);

        memcpy(w->buf + w->used, p, chunk);
        w->used += chunk;
        p += chunk;
        len -= chunk;
        if (w->used == sizeof(w->buf))
            kohi_writer_flush(w);
    }
}

static void kohi_persist_locked(void)
{
    KohiWriter* w = &kohi_writer;
    KohiStateHeader hdr;
    HASH_SEQ_STATUS hs;
    KohiRoleEntry* e;
    uint64 s;
    uint32 nevents = 0;
    pg_crc32c crc;

    for (s = kohi_shared->tail; s < kohi_shared->next_seq; s++) {
        KohiEvent* ev = kohi_slot(s);

        if (ev->seq == s && (ev->state == KOHI_SLOT_PENDING || ev->state == KOHI_SLOT_CLAIMED))
            nevents++;
    }

    memset(&hdr, 0, sizeof(hdr));
    hdr.magic = KOHI_STATE_MAGIC;
    hdr.version = KOHI_STATE_VERSION;
    hdr.entry_size = sizeof(KohiRoleEntry);
    hdr.event_size = sizeof(KohiEvent);
    hdr.nroles = (uint32)hash_get_num_entries(kohi_roles);
    hdr.nevents = nevents;
    hdr.next_seq = kohi_shared->next_seq;
    hdr.dropped = kohi_shared->dropped;

    /* The file holds role names and client addresses: owner-only, like the rest of PGDATA. */
    w->fd = OpenTransientFilePerm(KOHI_STATE_TMP, O_WRONLY | O_CREAT | O_TRUNC | PG_BINARY,
                                  pg_file_create_mode);
    if (w->fd < 0) {
        ereport(LOG, (errcode_for_file_access(),
                      errmsg("kohi_auth: could not create \"%s\": %m", KOHI_STATE_TMP)));
        return;
    }
    w->failed = false;
    w->used = 0;
    INIT_CRC32C(w->crc);

    kohi_writer_put(w, &hdr, sizeof(hdr), true);
    hash_seq_init(&hs, kohi_roles);
    while ((e = hash_seq_search(&hs)) != NULL)
        kohi_writer_put(w, e, sizeof(*e), true);
    for (s = kohi_shared->tail; s < kohi_shared->next_seq; s++) {
        KohiEvent ev = *kohi_slot(s);

        if (ev.seq != s || (ev.state != KOHI_SLOT_PENDING && ev.state != KOHI_SLOT_CLAIMED))
            continue;
        ev.state = KOHI_SLOT_PENDING; /* a claim ends with its backend: pending after restart */
        ev.claimer = 0;
        kohi_writer_put(w, &ev, sizeof(ev), true);
    }
    crc = w->crc;
    FIN_CRC32C(crc);
    kohi_writer_put(w, &crc, sizeof(crc), false);
    kohi_writer_flush(w);

    if (w->failed) {
        int save_errno = errno;

        CloseTransientFile(w->fd);
        unlink(KOHI_STATE_TMP);
        errno = save_errno;
        ereport(LOG, (errcode_for_file_access(),
                      errmsg("kohi_auth: could not write \"%s\": %m", KOHI_STATE_TMP)));
        return;
    }
    if (CloseTransientFile(w->fd) != 0) {
        ereport(LOG, (errcode_for_file_access(),
                      errmsg("kohi_auth: could not close \"%s\": %m", KOHI_STATE_TMP)));
        unlink(KOHI_STATE_TMP);
        return;
    }
    /* fsyncs the temp file, renames it over the old state, fsyncs the directory. */
    (void)durable_rename(KOHI_STATE_TMP, KOHI_STATE_FILE, LOG);
}

/*
 * Load kohi_auth.state into freshly created shared memory (postmaster start, crash restart or a
 * single-user backend). A damaged file stops the server rather than silently unlocking every
 * account: the administrator must look at it (see README.md).
 */
static void kohi_load_state(void)
{
    int fd;
    struct stat st;
    char* data;
    size_t off = 0;
    KohiStateHeader hdr;
    pg_crc32c crc;
    pg_crc32c stored;
    size_t expected;
    uint32 i;
    uint32 skipped_roles = 0;
    uint64 first_seq;

    fd = OpenTransientFile(KOHI_STATE_FILE, O_RDONLY | PG_BINARY);
    if (fd < 0) {
        if (errno == ENOENT)
            return; /* first start: nobody locked */
        ereport(FATAL, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not open \"%s\": %m", KOHI_STATE_FILE)));
    }
    if (fstat(fd, &st) != 0)
        ereport(FATAL, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not stat \"%s\": %m", KOHI_STATE_FILE)));
    if (st.st_size < (off_t)(sizeof(hdr) + sizeof(crc)) || st.st_size > (off_t)MaxAllocSize)
        goto corrupt;

    data = palloc((size_t)st.st_size);
    while (off < (size_t)st.st_size) {
        ssize_t n = read(fd, data + off, (size_t)st.st_size - off);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            ereport(FATAL, (errcode_for_file_access(),
                            errmsg("kohi_auth: could not read \"%s\": %m", KOHI_STATE_FILE)));
        if (n == 0)
            goto corrupt;
        off += (size_t)n;
    }
    CloseTransientFile(fd);
    fd = -1;

    memcpy(&hdr, data, sizeof(hdr));
    if (hdr.magic != KOHI_STATE_MAGIC || hdr.version != KOHI_STATE_VERSION ||
        hdr.entry_size != sizeof(KohiRoleEntry) || hdr.event_size != sizeof(KohiEvent))
        goto corrupt;
    expected = sizeof(hdr) + (size_t)hdr.nroles * sizeof(KohiRoleEntry) +
               (size_t)hdr.nevents * sizeof(KohiEvent) + sizeof(crc);
    if (expected != (size_t)st.st_size)
        goto corrupt;
    INIT_CRC32C(crc);
    COMP_CRC32C(crc, data, expected - sizeof(crc));
    FIN_CRC32C(crc);
    memcpy(&stored, data + expected - sizeof(crc), sizeof(stored));
    if (!EQ_CRC32C(crc, stored)) /* integrity check: truncated or edited file */
        goto corrupt;

    off = sizeof(hdr);
    for (i = 0; i < hdr.nroles; i++, off += sizeof(KohiRoleEntry)) {
        KohiRoleEntry src;
        KohiRoleEntry* dst;
        char key[NAMEDATALEN];

        memcpy(&src, data + off, sizeof(src));
        kohi_role_key(key, src.role);
        if (hash_get_num_entries(kohi_roles) >= kohi_max_roles) {
            skipped_roles++;
            continue;
        }
        dst = hash_search(kohi_roles, key, HASH_ENTER_NULL, NULL);
        if (dst == NULL) {
            skipped_roles++;
            continue;
        }
        dst->failures = src.failures;
        dst->locked = src.locked;
        dst->admin_lock = src.admin_lock;
        dst->last_failure = src.last_failure;
        dst->locked_at = src.locked_at;
    }
    if (skipped_roles > 0)
        ereport(WARNING,
                (errmsg("kohi_auth: %u role records from \"%s\" did not fit (kohi_auth.max_roles = "
                        "%d); those roles start unlocked",
                        skipped_roles, KOHI_STATE_FILE, kohi_max_roles)));

    kohi_shared->next_seq = hdr.next_seq;
    kohi_shared->dropped = hdr.dropped;
    /* Only the newest `capacity` seqs fit in the ring. */
    first_seq = hdr.next_seq > (uint64)kohi_shared->capacity
                    ? hdr.next_seq - (uint64)kohi_shared->capacity
                    : 0;
    kohi_shared->tail = hdr.next_seq;
    for (i = 0; i < hdr.nevents; i++, off += sizeof(KohiEvent)) {
        KohiEvent ev;

        memcpy(&ev, data + off, sizeof(ev));
        if (ev.seq >= hdr.next_seq)
            goto corrupt;
        if (ev.seq < first_seq) {
            kohi_shared->dropped++;
            continue;
        }
        ev.state = KOHI_SLOT_PENDING;
        ev.claimer = 0;
        ev.role[NAMEDATALEN - 1] = '\0';
        ev.addr[KOHI_ADDR_LEN - 1] = '\0';
        *kohi_slot(ev.seq) = ev;
        if (ev.seq < kohi_shared->tail)
            kohi_shared->tail = ev.seq;
    }
    pfree(data);
    ereport(LOG, (errmsg("kohi_auth: loaded %u role records and %u undrained auth events from "
                         "\"%s\"",
                         hdr.nroles - skipped_roles, hdr.nevents, KOHI_STATE_FILE)));
    return;

corrupt:
    if (fd >= 0)
        CloseTransientFile(fd);
    ereport(FATAL,
            (errcode(ERRCODE_DATA_CORRUPTED),
             errmsg("kohi_auth: state file \"%s\" is damaged", KOHI_STATE_FILE),
             errhint("Refusing to start with account locks unknown. Move the file away to start "
                     "with every account unlocked, then re-lock accounts as needed.")));
}

/* ---------------------------------------------------------------------------------------------
 * Shared memory
 * ------------------------------------------------------------------------------------------- */

static Size kohi_shmem_size(void)
{
    Size size = offsetof(KohiShared, events);

    size = add_size(size, mul_size((Size)kohi_max_events, sizeof(KohiEvent)));
    size = add_size(size, hash_estimate_size(kohi_max_roles, sizeof(KohiRoleEntry)));
    return size;
}

static void kohi_shmem_request(void)
{
    if (prev_shmem_request_hook)
        prev_shmem_request_hook();
    RequestAddinShmemSpace(kohi_shmem_size());
    RequestNamedLWLockTranche(KOHI_TRANCHE, 1);
    kohi_access_shmem_request();
}

static void kohi_shmem_shutdown(int code, Datum arg)
{
    /* After a crash shared memory may be inconsistent: keep the last good file instead. */
    if (code != 0 || kohi_shared == NULL || kohi_roles == NULL)
        return;
    kohi_persist_locked(); /* postmaster exit: no other process is left, no lock needed */
}

static void kohi_shmem_startup(void)
{
    bool found;
    HASHCTL info;

    if (prev_shmem_startup_hook)
        prev_shmem_startup_hook();

    kohi_shared = NULL;
    kohi_roles = NULL;

    LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
    kohi_shared = ShmemInitStruct(
        "kohi_auth state",
        add_size(offsetof(KohiShared, events), mul_size((Size)kohi_max_events, sizeof(KohiEvent))),
        &found);
    if (!found) {
        memset(kohi_shared, 0,
               offsetof(KohiShared, events) + (Size)kohi_max_events * sizeof(KohiEvent));
        kohi_shared->lock = &(GetNamedLWLockTranche(KOHI_TRANCHE))->lock;
        kohi_shared->capacity = kohi_max_events;
        kohi_shared->next_seq = 1;
        kohi_shared->tail = 1;
    }
    memset(&info, 0, sizeof(info));
    info.keysize = NAMEDATALEN;
    info.entrysize = sizeof(KohiRoleEntry);
    kohi_roles = ShmemInitHash("kohi_auth roles", kohi_max_roles, kohi_max_roles, &info,
                               HASH_ELEM | HASH_STRINGS);
    LWLockRelease(AddinShmemInitLock);
    kohi_access_shmem_startup();

    /* In the postmaster (or a single-user backend): save the state at a clean shutdown. */
    if (!IsUnderPostmaster)
        on_shmem_exit(kohi_shmem_shutdown, (Datum)0);

    if (!found)
        kohi_load_state();
}

/* ---------------------------------------------------------------------------------------------
 * Role table (caller holds the lock exclusively)
 * ------------------------------------------------------------------------------------------- */

/* Entry for the role, after lifting an expired failure lock. *changed is set on any change. */
static KohiRoleEntry* kohi_find_locked(const char* key, TimestampTz now, const char* addr,
                                       bool* changed)
{
    KohiRoleEntry* e = hash_search(kohi_roles, key, HASH_FIND, NULL);

    if (e != NULL && kohi_lock_expired(e, now)) {
        kohi_append_event_locked(KOHI_EV_LOCK_EXPIRED, key, addr, now);
        hash_search(kohi_roles, key, HASH_REMOVE, NULL);
        *changed = true;
        e = NULL;
    }
    return e;
}

/*
 * Entry for the role, created if needed. When the table is full the unlocked entry with the
 * oldest failure is evicted (locks are never evicted); NULL if every entry is a lock.
 */
static KohiRoleEntry* kohi_enter_locked(const char* key)
{
    KohiRoleEntry* e = hash_search(kohi_roles, key, HASH_FIND, NULL);
    bool found;

    if (e != NULL)
        return e;
    if (hash_get_num_entries(kohi_roles) >= kohi_max_roles) {
        HASH_SEQ_STATUS hs;
        KohiRoleEntry* cur;
        KohiRoleEntry* victim = NULL;

        hash_seq_init(&hs, kohi_roles);
        while ((cur = hash_seq_search(&hs)) != NULL)
            if (!cur->locked && (victim == NULL || cur->last_failure < victim->last_failure))
                victim = cur;
        if (victim == NULL)
            return NULL;
        ereport(LOG, (errmsg("kohi_auth: role table full (kohi_auth.max_roles = %d), forgetting "
                             "the failure count of role \"%s\"",
                             kohi_max_roles, victim->role)));
        hash_search(kohi_roles, victim->role, HASH_REMOVE, NULL);
    }
    e = hash_search(kohi_roles, key, HASH_ENTER_NULL, &found);
    if (e == NULL)
        return NULL;
    if (!found) {
        e->failures = 0;
        e->locked = false;
        e->admin_lock = false;
        e->last_failure = 0;
        e->locked_at = 0;
    }
    return e;
}

/*
 * Count one failed attempt. Returns true if this failure locked the role.
 * Does nothing when kohi_auth.max_failures = 0.
 */
static bool kohi_count_failure_locked(const char* key, TimestampTz now, const char* addr,
                                      bool* changed, bool* untracked)
{
    KohiRoleEntry* e;

    *untracked = false;
    if (kohi_max_failures <= 0)
        return false;
    e = kohi_enter_locked(key);
    if (e == NULL) {
        *untracked = true; /* reported by the caller once the lock is released */
        return false;
    }
    *changed = true;
    if (e->failures < PG_INT32_MAX)
        e->failures++;
    e->last_failure = now;
    if (!e->locked && e->failures >= kohi_max_failures) {
        /* Threshold reached: from now on every login of this role is refused. */
        e->locked = true;
        e->admin_lock = false;
        e->locked_at = now;
        kohi_append_event_locked(KOHI_EV_ACCOUNT_LOCKED, key, addr, now);
        return true;
    }
    return false;
}

static void kohi_report_locked(int elevel, const char* role, bool admin_lock)
{
    /* Same message whether or not the password was right: a locked role is no password oracle. */
    if (admin_lock)
        ereport(elevel, (errcode(ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION),
                         errmsg("account \"%s\" is locked by an administrator", role),
                         errdetail("kohi_auth: locked")));
    else
        ereport(elevel, (errcode(ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION),
                         errmsg("account \"%s\" is locked after repeated failed logins", role),
                         errdetail("kohi_auth: locked")));
}

static void kohi_report_untracked(const char* role)
{
    ereport(WARNING, (errmsg("kohi_auth: role table full of locked roles (kohi_auth.max_roles = "
                             "%d): failure of role \"%s\" not counted",
                             kohi_max_roles, role)));
}

/* ---------------------------------------------------------------------------------------------
 * ClientAuthentication_hook
 * ------------------------------------------------------------------------------------------- */

/* Methods where a failure means a wrong password (or similar secret) was presented. */
static bool kohi_is_password_method(UserAuth m)
{
    switch (m) {
    case uaPassword:
    case uaMD5:
    case uaSCRAM:
    case uaPAM:
    case uaBSD:
    case uaLDAP:
    case uaRADIUS:
        return true;
    default:
        return false;
    }
}

static void kohi_client_auth(Port* port, int status)
{
    char key[NAMEDATALEN];
    const char* addr;
    UserAuth method;
    bool counted;
    bool role_exists = false;
    bool changed = false;
    bool untracked = false;
    TimestampTz now;
    KohiRoleEntry* e;

    if (prev_client_auth_hook)
        prev_client_auth_hook(port, status);

    /* The client hung up at the password prompt (psql does this before asking): no attempt. */
    if (status == STATUS_EOF)
        return;
    if (kohi_shared == NULL || kohi_roles == NULL || port == NULL || port->user_name == NULL)
        return;

    kohi_role_key(key, port->user_name);
    addr = port->remote_host ? port->remote_host : "";
    method = port->hba ? port->hba->auth_method : uaImplicitReject;
    /*
     * Failures count only where a password was checked. A pg_hba "reject" (or no matching line)
     * must not count: otherwise anyone on a forbidden host could lock any account for free.
     */
    counted = status == STATUS_ERROR && kohi_is_password_method(method);
    /* Only existing roles get a record, so unknown names cannot fill the table. Catalog access
     * happens before taking the LWLock. */
    if (counted)
        role_exists = SearchSysCacheExists1(AUTHNAME, CStringGetDatum(key));
    now = GetCurrentTimestamp();

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    e = kohi_find_locked(key, now, addr, &changed);
    if (e != NULL && e->locked && method != uaReject && method != uaImplicitReject) {
        /* Locked: refuse whatever the outcome of the password check. */
        bool admin_lock = e->admin_lock;

        kohi_append_event_locked(KOHI_EV_LOGIN_LOCKED, key, addr, now);
        /* No file write per refused attempt (the event is saved with the next write or at
         * shutdown): hammering a locked account must not turn into an fsync storm. */
        if (changed)
            kohi_persist_locked();
        LWLockRelease(kohi_shared->lock);
        kohi_report_locked(FATAL, key, admin_lock);
        pg_unreachable();
    }

    if (status == STATUS_OK) {
        kohi_append_event_locked(KOHI_EV_LOGIN_OK, key, addr, now);
        if (e != NULL) {
            /* A successful login resets the failure count. */
            hash_search(kohi_roles, key, HASH_REMOVE, NULL);
            changed = true;
        }
    } else {
        kohi_append_event_locked(KOHI_EV_LOGIN_FAILED, key, addr, now);
        if (counted && role_exists)
            (void)kohi_count_failure_locked(key, now, addr, &changed, &untracked);
    }
    if (changed)
        kohi_persist_locked(); /* also saves the events appended so far */
    LWLockRelease(kohi_shared->lock);

    if (untracked)
        kohi_report_untracked(key);
    /* On failure the server goes on to auth_failed() and its usual message. */
}

/* ---------------------------------------------------------------------------------------------
 * SQL: status / lock / unlock
 * ------------------------------------------------------------------------------------------- */

static const char* kohi_my_addr(void)
{
    return (MyProcPort && MyProcPort->remote_host) ? MyProcPort->remote_host : "";
}

KOHI_SQL_FUNCTION(kohi_auth_status);
Datum kohi_auth_status(PG_FUNCTION_ARGS)
{
    ReturnSetInfo* rsinfo = (ReturnSetInfo*)fcinfo->resultinfo;
    char key[NAMEDATALEN];
    KohiRoleEntry copy;
    KohiRoleEntry* e;
    bool have = false;
    bool changed = false;
    TimestampTz now = GetCurrentTimestamp();
    Datum values[4];
    bool nulls[4] = {false, false, false, false};

    kohi_require_loaded();
    kohi_role_key(key, text_to_cstring(PG_GETARG_TEXT_PP(0)));
    InitMaterializedSRF(fcinfo, 0);

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    e = kohi_find_locked(key, now, kohi_my_addr(), &changed);
    if (e != NULL) {
        copy = *e;
        have = true;
    }
    if (changed)
        kohi_persist_locked();
    LWLockRelease(kohi_shared->lock);

    values[0] = Int32GetDatum(have ? copy.failures : 0);
    if (have && copy.last_failure != 0)
        values[1] = TimestampTzGetDatum(copy.last_failure);
    else
        nulls[1] = true;
    values[2] = BoolGetDatum(have && copy.locked);
    if (have && copy.locked)
        values[3] = TimestampTzGetDatum(copy.locked_at);
    else
        nulls[3] = true;
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    return (Datum)0;
}

KOHI_SQL_FUNCTION(kohi_auth_unlock);
Datum kohi_auth_unlock(PG_FUNCTION_ARGS)
{
    char key[NAMEDATALEN];
    KohiRoleEntry* e;
    bool was_locked = false;
    bool changed = false;
    TimestampTz now = GetCurrentTimestamp();

    kohi_require_loaded();
    kohi_role_key(key, text_to_cstring(PG_GETARG_TEXT_PP(0)));

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    e = kohi_find_locked(key, now, kohi_my_addr(), &changed);
    if (e != NULL) {
        was_locked = e->locked;
        hash_search(kohi_roles, key, HASH_REMOVE, NULL); /* clears lock and failure count */
        changed = true;
    }
    if (changed)
        kohi_persist_locked();
    LWLockRelease(kohi_shared->lock);

    PG_RETURN_BOOL(was_locked);
}

KOHI_SQL_FUNCTION(kohi_auth_lock);
Datum kohi_auth_lock(PG_FUNCTION_ARGS)
{
    char key[NAMEDATALEN];
    KohiRoleEntry* e;
    bool changed = false;
    TimestampTz now = GetCurrentTimestamp();

    kohi_require_loaded();
    kohi_role_key(key, text_to_cstring(PG_GETARG_TEXT_PP(0)));
    if (!SearchSysCacheExists1(AUTHNAME, CStringGetDatum(key)))
        ereport(ERROR,
                (errcode(ERRCODE_UNDEFINED_OBJECT), errmsg("role \"%s\" does not exist", key)));

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    (void)kohi_find_locked(key, now, kohi_my_addr(), &changed);
    e = kohi_enter_locked(key);
    if (e != NULL) {
        /* Administrative lock: refused at the next login, never expires by itself. */
        if (!e->locked)
            e->locked_at = now;
        e->locked = true;
        e->admin_lock = true;
        changed = true;
    }
    if (changed)
        kohi_persist_locked();
    LWLockRelease(kohi_shared->lock);

    if (e == NULL)
        ereport(ERROR,
                (errcode(ERRCODE_CONFIGURATION_LIMIT_EXCEEDED),
                 errmsg("kohi_auth: role table full (kohi_auth.max_roles = %d)", kohi_max_roles)));
    PG_RETURN_VOID();
}

/*
 * kohi_auth_reauthenticate(password): the session user proves their password again (idle-lock
 * unlock, old password on a password change). Counts failures exactly like logins, so an open
 * session is no unlimited password oracle. Locked: ERROR with the login's message and detail.
 */
KOHI_SQL_FUNCTION(kohi_auth_reauthenticate);
Datum kohi_auth_reauthenticate(PG_FUNCTION_ARGS)
{
    char key[NAMEDATALEN];
    char* role;
    text* pw_arg;
    char* password;
    const char* addr = kohi_my_addr();
    KohiRoleEntry* e;
    bool changed = false;
    bool untracked = false;
    bool ok;
    bool admin_lock = false;
    bool locked = false;
    TimestampTz now = GetCurrentTimestamp();

    kohi_require_loaded();
    /* Always the session user (not current_user): a SECURITY DEFINER caller cannot redirect it. */
    role = GetUserNameFromId(GetSessionUserId(), false);
    kohi_role_key(key, role);

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    e = kohi_find_locked(key, now, addr, &changed);
    if (e != NULL && e->locked) {
        locked = true;
        admin_lock = e->admin_lock;
        kohi_append_event_locked(KOHI_EV_REAUTH_LOCKED, key, addr, now);
    }
    if (changed)
        kohi_persist_locked();
    LWLockRelease(kohi_shared->lock);
    if (locked)
        kohi_report_locked(ERROR, key, admin_lock); /* checked before any password work */

    pw_arg = PG_GETARG_TEXT_PP(0);
    password = kohi_secret_cstring(pw_arg);
    ok = kohi_verify_role_password(key, password);
    kohi_wipe(password);
    kohi_wipe_arg_copy(fcinfo, 0, pw_arg);

    changed = false;
    now = GetCurrentTimestamp();
    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    e = kohi_find_locked(key, now, addr, &changed);
    if (e != NULL && e->locked) {
        /* Locked by a concurrent attempt while we were verifying. */
        ok = false;
        locked = true;
        admin_lock = e->admin_lock;
        kohi_append_event_locked(KOHI_EV_REAUTH_LOCKED, key, addr, now);
        changed = true;
    } else if (ok) {
        kohi_append_event_locked(KOHI_EV_REAUTH_OK, key, addr, now);
        if (e != NULL)
            hash_search(kohi_roles, key, HASH_REMOVE, NULL); /* success resets the count */
        changed = true;
    } else {
        kohi_append_event_locked(KOHI_EV_REAUTH_FAILED, key, addr, now);
        (void)kohi_count_failure_locked(key, now, addr, &changed, &untracked);
        changed = true;
    }
    if (changed)
        kohi_persist_locked();
    LWLockRelease(kohi_shared->lock);

    if (untracked)
        kohi_report_untracked(key);
    if (locked)
        kohi_report_locked(ERROR, key, admin_lock);
    PG_RETURN_BOOL(ok);
}

/* ---------------------------------------------------------------------------------------------
 * SQL: kohi_auth_drain_events() — transactional hand-over to the audit table
 *
 * Returned events are CLAIMED by this backend. At commit they become DONE (and the state file is
 * rewritten so they are not returned again after a restart); at abort, or when the subtransaction
 * that drained them aborts, they become PENDING again. Concurrent drains never see each other's
 * claims, so every event lands in exactly one committed transaction.
 * ------------------------------------------------------------------------------------------- */

static void kohi_release_claims(bool commit, SubTransactionId min_subid)
{
    int i;
    int kept = 0;

    if (kohi_nclaims == 0 || kohi_shared == NULL)
        return;
    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    for (i = 0; i < kohi_nclaims; i++) {
        KohiClaim c = kohi_claims[i];
        KohiEvent* ev;

        if (!commit && min_subid != InvalidSubTransactionId && c.subid < min_subid) {
            kohi_claims[kept++] = c; /* drained by an enclosing, still open (sub)transaction */
            continue;
        }
        ev = kohi_slot(c.seq);
        /* The slot may have been overwritten meanwhile (ring full): then it is not ours. */
        if (ev->seq == c.seq && ev->state == KOHI_SLOT_CLAIMED && ev->claimer == MyProcPid) {
            ev->state = commit ? KOHI_SLOT_DONE : KOHI_SLOT_PENDING;
            ev->claimer = 0;
        }
    }
    kohi_nclaims = kept;
    if (commit) {
        kohi_advance_tail_locked();
        kohi_persist_locked(); /* drained events must not come back after a restart */
    }
    LWLockRelease(kohi_shared->lock);
}

static void kohi_xact_callback(XactEvent event, void* arg)
{
    switch (event) {
    case XACT_EVENT_PRE_PREPARE:
        if (kohi_nclaims > 0)
            ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                            errmsg("cannot PREPARE a transaction that has drained kohi_auth "
                                   "events")));
        break;
    case XACT_EVENT_COMMIT:
    case XACT_EVENT_PARALLEL_COMMIT:
        kohi_release_claims(true, InvalidSubTransactionId);
        break;
    case XACT_EVENT_ABORT:
    case XACT_EVENT_PARALLEL_ABORT:
        kohi_release_claims(false, InvalidSubTransactionId);
        break;
    default:
        break;
    }
}

static void kohi_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
                                  SubTransactionId parentSubid, void* arg)
{
    /* Subtransaction ids grow: everything drained at or below the aborted level goes back. */
    if (event == SUBXACT_EVENT_ABORT_SUB)
        kohi_release_claims(false, mySubid);
}

KOHI_SQL_FUNCTION(kohi_auth_drain_events);
Datum kohi_auth_drain_events(PG_FUNCTION_ARGS)
{
    ReturnSetInfo* rsinfo = (ReturnSetInfo*)fcinfo->resultinfo;
    KohiEvent* batch;
    int n = 0;
    int i;
    int capacity;
    uint64 s;
    SubTransactionId subid = GetCurrentSubTransactionId();

    kohi_require_loaded();
    InitMaterializedSRF(fcinfo, 0);
    if (!kohi_xact_callbacks_registered) {
        RegisterXactCallback(kohi_xact_callback, NULL);
        RegisterSubXactCallback(kohi_subxact_callback, NULL);
        kohi_xact_callbacks_registered = true;
    }

    /* Allocate everything before taking the lock: no palloc failure may strand a claim. */
    capacity = kohi_shared->capacity;
    batch = palloc(sizeof(KohiEvent) * (Size)capacity);
    if (kohi_claims_cap < kohi_nclaims + capacity) {
        int newcap = kohi_nclaims + capacity;

        kohi_claims = kohi_claims == NULL
                          ? MemoryContextAlloc(TopMemoryContext, sizeof(KohiClaim) * newcap)
                          : repalloc(kohi_claims, sizeof(KohiClaim) * newcap);
        kohi_claims_cap = newcap;
    }

    LWLockAcquire(kohi_shared->lock, LW_EXCLUSIVE);
    for (s = kohi_shared->tail; s < kohi_shared->next_seq && n < capacity; s++) {
        KohiEvent* ev = kohi_slot(s);

        if (ev->seq != s || ev->state != KOHI_SLOT_PENDING)
            continue; /* claimed by another open drain, or already done */
        ev->state = KOHI_SLOT_CLAIMED;
        ev->claimer = MyProcPid;
        batch[n++] = *ev;
        kohi_claims[kohi_nclaims].seq = s;
        kohi_claims[kohi_nclaims].subid = subid;
        kohi_nclaims++;
    }
    LWLockRelease(kohi_shared->lock);

    for (i = 0; i < n; i++) {
        Datum values[5];
        bool nulls[5] = {false, false, false, false, false};
        const KohiEvent* ev = &batch[i];

        values[0] = Int64GetDatum((int64)ev->seq);
        values[1] = TimestampTzGetDatum(ev->at);
        values[2] = CStringGetTextDatum(ev->role);
        if (ev->addr[0] != '\0')
            values[3] = CStringGetTextDatum(ev->addr);
        else
            nulls[3] = true;
        values[4] = CStringGetTextDatum(
            ev->outcome < KOHI_EV_COUNT ? kohi_outcome_names[ev->outcome] : "unknown");
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    pfree(batch);
    return (Datum)0;
}

/* ---------------------------------------------------------------------------------------------
 * check_password_hook: passwords only through Kohi's API (opt-in)
 *
 * PostgreSQL lets every role run ALTER ROLE <self> PASSWORD '...' (psql's \password does it),
 * which would bypass Kohi's password policy, history and age tracking. With
 * kohi_auth.password_change_role set, CREATE/ALTER ROLE ... PASSWORD is accepted only from a
 * superuser or while the current user has the privileges of that role, i.e. inside the
 * SECURITY DEFINER password functions owned by it.
 * ------------------------------------------------------------------------------------------- */

static void kohi_check_password(const char* username, const char* shadow_pass,
                                PasswordType password_type, Datum validuntil_time,
                                bool validuntil_null)
{
    if (prev_check_password_hook)
        prev_check_password_hook(username, shadow_pass, password_type, validuntil_time,
                                 validuntil_null);

    if (kohi_password_change_role != NULL && kohi_password_change_role[0] != '\0' && !superuser()) {
        /* current_user, not session_user: inside the API function it is the function owner. */
        Oid api_role = get_role_oid(kohi_password_change_role, true);

        /* A misspelt role name must not open the gate: nobody but superusers gets through. */
        if (!OidIsValid(api_role) || !has_privs_of_role(GetUserId(), api_role))
            ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                            errmsg("passwords can only be set through Kohi's password change "
                                   "function"),
                            errdetail("kohi_auth: password_change_role")));
    }
}

/* ---------------------------------------------------------------------------------------------
 * Module load
 * ------------------------------------------------------------------------------------------- */

void _PG_init(void)
{
    /* Shared memory and the auth hook exist only when preloaded: refuse anything else. */
    if (!process_shared_preload_libraries_in_progress)
        ereport(ERROR,
                (errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
                 errmsg("kohi_auth must be loaded via shared_preload_libraries"),
                 errdetail("This copy of the library was loaded after server start. If kohi_auth "
                           "is preloaded, dynamic_library_path resolves \"kohi_auth\" to another "
                           "file than the preloaded one.")));

    DefineCustomIntVariable("kohi_auth.max_failures",
                            "Consecutive failed logins after which a role is locked (0 = off).",
                            NULL, &kohi_max_failures, 5, 0, 1000, PGC_SIGHUP, 0, NULL, NULL, NULL);
    DefineCustomIntVariable(
        "kohi_auth.lockout_minutes",
        "Minutes after which a failed-login lock lifts by itself (0 = only an administrator).",
        NULL, &kohi_lockout_minutes, 0, 0, 525600, PGC_SIGHUP, GUC_UNIT_MIN, NULL, NULL, NULL);
    DefineCustomIntVariable(
        "kohi_auth.max_roles", "Roles with failures or locks that kohi_auth can track.", NULL,
        &kohi_max_roles, 1024, 16, 1000000, PGC_POSTMASTER, 0, NULL, NULL, NULL);
    DefineCustomIntVariable(
        "kohi_auth.max_events", "Capacity of the shared-memory auth event buffer.", NULL,
        &kohi_max_events, 4096, 64, 1000000, PGC_POSTMASTER, 0, NULL, NULL, NULL);
    /* The key file's path is visible to superusers only; the key itself never enters SQL. */
    DefineCustomStringVariable(
        "kohi_auth.hmac_key_file", "File holding the My Number HMAC key (64 hex digits).", NULL,
        &kohi_hmac_key_file, "", PGC_SIGHUP, GUC_SUPERUSER_ONLY, NULL, NULL, NULL);
    DefineCustomStringVariable(
        "kohi_auth.password_change_role",
        "If set, only superusers and this role (its SECURITY DEFINER functions) may set passwords.",
        NULL, &kohi_password_change_role, "", PGC_SIGHUP, 0, NULL, NULL, NULL);
    kohi_access_init(); /* its GUCs, the error hook and the sealer launcher */
    MarkGUCPrefixReserved("kohi_auth");

    prev_shmem_request_hook = shmem_request_hook;
    shmem_request_hook = kohi_shmem_request;
    prev_shmem_startup_hook = shmem_startup_hook;
    shmem_startup_hook = kohi_shmem_startup;
    prev_client_auth_hook = ClientAuthentication_hook;
    ClientAuthentication_hook = kohi_client_auth;
    prev_check_password_hook = check_password_hook;
    check_password_hook = kohi_check_password;
    kohi_guard_init(); /* kohi_guard.c: protected settings (its hooks chain after these) */
}
