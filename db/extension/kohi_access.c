/*
 * kohi_access.c — access events no staff member can undo, and the audit sealer worker.
 *
 * A read (or a refusal) logged in the reader's own transaction dies with it: BEGIN; <read>;
 * ROLLBACK returns the data and leaves nothing. So events that must survive the caller's
 * transaction do not go through it:
 *
 *   - kohi_audit_emit() (called by the API's kohi.audit() for reads and refusals) puts the event
 *     into a shared-memory ring and WAITS until the database's sealer worker has committed it
 *     into the access log. Only then does the API function return its rows. The event is in
 *     PostgreSQL's WAL before any row leaves the server: a rollback, a savepoint, an error after
 *     the read, an aborted pipeline, a dropped connection or a server crash after the rows were
 *     sent cannot remove it. If the worker cannot commit it in time the call fails (fail closed).
 *   - an emit_log_hook records every ERROR a non-superuser client gets (PostgreSQL's own
 *     "permission denied for function" included) in the same ring, without waiting (it runs
 *     inside error reporting). Only events of a server crash in the few milliseconds before the
 *     worker drains them are lost; no data was returned by those calls.
 *   - one background worker per database (started on demand, exits when no client is connected
 *     to the database) drains the ring and the auth event ring and links every event, including
 *     the transactional events of changes committed by their callers (kohi_audit.pending), into
 *     the hash chain in commit order. It is the only writer of the chain head, so no staff
 *     transaction can hold a lock that stops others from being logged.
 *
 * Concurrency: one LWLock (tranche "kohi_access") protects the ring and the worker table; it is
 * never held across palloc, catalog access or ereport(ERROR). A condition variable tells
 * waiting emitters that a drain committed.
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "libpq/libpq-be.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "storage/condition_variable.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/lwlock.h"
#include "storage/proc.h"
#include "storage/procarray.h"
#include "storage/shmem.h"
#include "tcop/tcopprot.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "kohi_auth.h"
#include "kohi_journal.h"

#define KOHI_ACCESS_TRANCHE "kohi_access"
#define KOHI_ACCESS_DATA 8000  /* bytes of encoded fields per event */
#define KOHI_ACCESS_FIELDS 8   /* login, addr, terminal, action, target, programme, outcome, details */
#define KOHI_MAX_WORKERS 64    /* databases with a sealer at the same time */
#define KOHI_WORKER_START_GRACE_MS 15000

static int kohi_max_access_events = 512;
static int kohi_access_wait_seconds = 10;
static int kohi_seal_interval_ms = 1000;
static int kohi_seal_batch_ms = 10;
static bool kohi_access_journal = true;
static char* kohi_auth_event_database = NULL;

typedef enum KohiAccessState
{
    KOHI_AS_FREE = 0,
    KOHI_AS_PENDING,
    KOHI_AS_CLAIMED,
    KOHI_AS_DONE
} KohiAccessState;

typedef struct KohiAccessEvent
{
    uint64 seq;
    Oid dboid;
    uint8 state;
    int32 claimer;
    TimestampTz at;
    uint32 len;
    int64 journal_end;                    /* offset just after its journal entry, or 0 */
    char journal[KOHI_JOURNAL_KEYLEN];    /* its journal (kohi_journal.c), or "" */
    char data[KOHI_ACCESS_DATA];
} KohiAccessEvent;

typedef enum KohiWorkerState
{
    KOHI_WS_NONE = 0,
    KOHI_WS_STARTING,
    KOHI_WS_RUNNING
} KohiWorkerState;

typedef struct KohiWorkerSlot
{
    Oid dboid;
    uint8 state;
    int32 pid;
    TimestampTz since;
    Latch* latch;
    uint64 pass_done; /* number of the last committed sealing pass (from pass_seq) */
    bool batching;     /* collecting events for the next pass: no wake-ups but urgent ones */
    bool wake_pending; /* woken (not urgently) while batching */
    bool pass_wanted;  /* someone waits for a pass (kohi_audit.sync, a waiting emitter) */
} KohiWorkerSlot;

typedef struct KohiAccessShared
{
    LWLock* lock;
    ConditionVariable committed; /* broadcast after every committed drain */
    int capacity;
    uint64 next_seq;
    uint64 dropped; /* unsynchronised events lost because the ring was full */
    Latch* launcher_latch;
    uint64 pass_seq; /* numbers sealing passes of all databases */
    uint64 epoch;    /* this shared memory's generation: journals of another one are recovered */
    KohiWorkerSlot workers[KOHI_MAX_WORKERS];
    KohiAccessEvent events[FLEXIBLE_ARRAY_MEMBER];
} KohiAccessShared;

static KohiAccessShared* kohi_access = NULL;
static emit_log_hook_type prev_emit_log_hook = NULL;

/* Backend-local: events this backend drained in its open transaction. */
typedef struct KohiAccessClaim
{
    uint64 seq;
    SubTransactionId subid;
} KohiAccessClaim;

static KohiAccessClaim* kohi_aclaims = NULL;
static int kohi_naclaims = 0;
static int kohi_aclaims_cap = 0;
static bool kohi_access_callbacks = false;
static bool kohi_pending_written = false; /* this transaction wrote kohi_audit.pending rows */
/* Statement whose refusal the API already recorded: the error hook does not record it twice. */
static TimestampTz kohi_refusal_statement = 0;
static bool kohi_in_hook = false;

static inline KohiAccessEvent* kohi_aslot(uint64 seq)
{
    return &kohi_access->events[seq % (uint64)kohi_access->capacity];
}

static Size kohi_access_size(void)
{
    return add_size(offsetof(KohiAccessShared, events),
                    mul_size((Size)kohi_max_access_events, sizeof(KohiAccessEvent)));
}

KOHI_INTERNAL void kohi_access_shmem_request(void)
{
    RequestAddinShmemSpace(kohi_access_size());
    RequestNamedLWLockTranche(KOHI_ACCESS_TRANCHE, 1);
}

KOHI_INTERNAL void kohi_access_shmem_startup(void)
{
    bool found;

    LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
    kohi_access = ShmemInitStruct("kohi_access ring", kohi_access_size(), &found);
    if (!found) {
        memset(kohi_access, 0, kohi_access_size());
        kohi_access->lock = &(GetNamedLWLockTranche(KOHI_ACCESS_TRANCHE))->lock;
        ConditionVariableInit(&kohi_access->committed);
        kohi_access->capacity = kohi_max_access_events;
        kohi_access->next_seq = 1;
        /* New after every server start and every crash restart (shared memory is rebuilt). */
        kohi_access->epoch = (uint64)GetCurrentTimestamp();
    }
    LWLockRelease(AddinShmemInitLock);
}

static void kohi_access_require(void)
{
    if (kohi_access == NULL)
        ereport(ERROR, (errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
                        errmsg("kohi_auth shared memory is not initialised"),
                        errhint("Add kohi_auth to shared_preload_libraries and restart.")));
}

/* ---------------------------------------------------------------------------------------------
 * Encoding: per field a uint32 length (0xFFFFFFFF = NULL) and the bytes.
 * ------------------------------------------------------------------------------------------- */

static bool kohi_encode(char* out, uint32* len, const char* const fields[KOHI_ACCESS_FIELDS],
                        const uint32 lens[KOHI_ACCESS_FIELDS])
{
    uint32 used = 0;
    int i;

    for (i = 0; i < KOHI_ACCESS_FIELDS; i++) {
        uint32 l = fields[i] ? lens[i] : 0xFFFFFFFFu;
        uint32 n = fields[i] ? lens[i] : 0;

        if (used + sizeof(uint32) + n > KOHI_ACCESS_DATA)
            return false;
        memcpy(out + used, &l, sizeof(uint32));
        used += sizeof(uint32);
        if (n > 0)
            memcpy(out + used, fields[i], n);
        used += n;
    }
    *len = used;
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Worker table
 * ------------------------------------------------------------------------------------------- */

static KohiWorkerSlot* kohi_worker_slot_locked(Oid dboid, bool create)
{
    int i;
    KohiWorkerSlot* free_slot = NULL;

    for (i = 0; i < KOHI_MAX_WORKERS; i++) {
        KohiWorkerSlot* w = &kohi_access->workers[i];

        if (w->state != KOHI_WS_NONE && w->dboid == dboid)
            return w;
        if (w->state == KOHI_WS_NONE && free_slot == NULL)
            free_slot = w;
    }
    if (create && free_slot != NULL) {
        free_slot->dboid = dboid;
        free_slot->state = KOHI_WS_NONE;
        return free_slot;
    }
    return NULL;
}

/* Wake a running sealer (lock held). A journalled event is durable already: while the sealer
 * collects events for its next pass it is not woken for it (urgent: someone waits for a pass). */
static void kohi_wake_locked(KohiWorkerSlot* w, bool urgent)
{
    if (urgent)
        w->pass_wanted = true;
    if (urgent || !w->batching)
        SetLatch(w->latch);
    else
        w->wake_pending = true;
}

/*
 * Make sure the sealer of database dboid runs (or is starting) and wake it. With raise = false
 * (the launcher) a failure is logged and false returned.
 */
static bool kohi_start_worker(Oid dboid, bool raise, bool urgent)
{
    KohiWorkerSlot* w;
    bool start = false;
    TimestampTz now = GetCurrentTimestamp();
    BackgroundWorker bgw;
    BackgroundWorkerHandle* handle;

    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(dboid, true);
    if (w == NULL) {
        LWLockRelease(kohi_access->lock);
        ereport(raise ? ERROR : LOG,
                (errcode(ERRCODE_CONFIGURATION_LIMIT_EXCEEDED),
                 errmsg("アクセスログの記録処理を開始できません（データベースが多すぎます）。"),
                 errdetail("kohi_auth: too many databases with an audit sealer")));
        return false;
    }
    if (w->state == KOHI_WS_RUNNING && w->latch != NULL)
        kohi_wake_locked(w, urgent);
    else if (w->state == KOHI_WS_NONE ||
             (w->state == KOHI_WS_STARTING &&
              TimestampDifferenceExceeds(w->since, now, KOHI_WORKER_START_GRACE_MS))) {
        w->dboid = dboid;
        w->state = KOHI_WS_STARTING;
        w->since = now;
        w->pid = 0;
        w->latch = NULL;
        w->batching = false;
        w->wake_pending = false;
        w->pass_wanted = false;
        start = true;
    }
    LWLockRelease(kohi_access->lock);
    if (!start)
        return true;

    memset(&bgw, 0, sizeof(bgw));
    bgw.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
    bgw.bgw_start_time = BgWorkerStart_RecoveryFinished;
    bgw.bgw_restart_time = BGW_NEVER_RESTART;
    strlcpy(bgw.bgw_library_name, "kohi_auth", BGW_MAXLEN);
    strlcpy(bgw.bgw_function_name, "kohi_audit_worker_main", BGW_MAXLEN);
    snprintf(bgw.bgw_name, BGW_MAXLEN, "kohi audit sealer (database %u)", dboid);
    strlcpy(bgw.bgw_type, "kohi audit sealer", BGW_MAXLEN);
    bgw.bgw_main_arg = ObjectIdGetDatum(dboid);
    bgw.bgw_notify_pid = 0;
    if (!RegisterDynamicBackgroundWorker(&bgw, &handle)) {
        LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
        w = kohi_worker_slot_locked(dboid, false);
        if (w != NULL && w->state == KOHI_WS_STARTING)
            w->state = KOHI_WS_NONE;
        LWLockRelease(kohi_access->lock);
        ereport(raise ? ERROR : LOG,
                (errcode(ERRCODE_CONFIGURATION_LIMIT_EXCEEDED),
                 errmsg("アクセスログの記録処理を開始できません。"),
                 errdetail("kohi_auth: could not register the audit sealer worker"),
                 errhint("Raise max_worker_processes.")));
        return false;
    }
    return true;
}

/* Someone waits for the next pass. */
static void kohi_ensure_worker(void)
{
    (void)kohi_start_worker(MyDatabaseId, true, true);
}

/* A durable event is waiting: seal it soon. */
static void kohi_nudge_worker(void)
{
    (void)kohi_start_worker(MyDatabaseId, true, false);
}

/*
 * A journalled event is durable already: nobody waits for it to be chained. The sealer links
 * it at its next regular pass (kohi_auth.seal_interval) together with everything else that
 * arrived meanwhile, instead of being woken for each one — one sealing transaction per pass,
 * not per read (the sealer's cost per event fell from about 1 ms to a fraction). It is woken
 * early when the ring is half full, and started if it does not run.
 */
static bool kohi_ring_filling(uint64 seq)
{
    KohiAccessEvent* ahead;
    bool filling;

    LWLockAcquire(kohi_access->lock, LW_SHARED);
    /* The slot seq + capacity/2 will reuse holds event seq - capacity/2: if that one still
     * waits, so does every event after it — half the ring. */
    ahead = kohi_aslot(seq + (uint64)kohi_access->capacity / 2);
    filling = ahead->state == KOHI_AS_PENDING || ahead->state == KOHI_AS_CLAIMED;
    LWLockRelease(kohi_access->lock);
    return filling;
}

/* Starts the sealer of this database if it does not run, without waking a running one. */
static void kohi_start_quietly(void)
{
    KohiWorkerSlot* w;
    bool running;

    LWLockAcquire(kohi_access->lock, LW_SHARED);
    w = kohi_worker_slot_locked(MyDatabaseId, false);
    running = w != NULL && w->state == KOHI_WS_RUNNING && w->latch != NULL;
    LWLockRelease(kohi_access->lock);
    if (!running)
        kohi_nudge_worker();
}

/* Wake the sealer of this database if it runs; never throws (used in commit callbacks). */
static void kohi_wake_worker(void)
{
    KohiWorkerSlot* w;

    if (kohi_access == NULL || !OidIsValid(MyDatabaseId))
        return;
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(MyDatabaseId, false);
    if (w != NULL && w->state == KOHI_WS_RUNNING && w->latch != NULL)
        kohi_wake_locked(w, false);
    LWLockRelease(kohi_access->lock);
}

/* ---------------------------------------------------------------------------------------------
 * Transaction callbacks: drained events and pending-row nudges
 * ------------------------------------------------------------------------------------------- */

static void kohi_access_release(bool commit, SubTransactionId min_subid)
{
    int i;
    int kept = 0;
    bool any_done = false;

    if (kohi_naclaims == 0 || kohi_access == NULL)
        return;
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    for (i = 0; i < kohi_naclaims; i++) {
        KohiAccessClaim c = kohi_aclaims[i];
        KohiAccessEvent* ev;

        if (!commit && min_subid != InvalidSubTransactionId && c.subid < min_subid) {
            kohi_aclaims[kept++] = c;
            continue;
        }
        ev = kohi_aslot(c.seq);
        if (ev->seq == c.seq && ev->state == KOHI_AS_CLAIMED && ev->claimer == MyProcPid) {
            ev->state = commit ? KOHI_AS_DONE : KOHI_AS_PENDING;
            ev->claimer = 0;
            any_done |= commit;
        }
    }
    kohi_naclaims = kept;
    LWLockRelease(kohi_access->lock);
    if (any_done)
        ConditionVariableBroadcast(&kohi_access->committed);
}

static void kohi_access_xact_callback(XactEvent event, void* arg)
{
    switch (event) {
    case XACT_EVENT_PRE_COMMIT:
        /* Errors are still allowed here: a change whose events nobody could seal aborts. */
        if (kohi_pending_written && kohi_access != NULL)
            kohi_nudge_worker();
        break;
    case XACT_EVENT_PRE_PREPARE:
        if (kohi_naclaims > 0)
            ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                            errmsg("cannot PREPARE a transaction that drained access events")));
        break;
    case XACT_EVENT_COMMIT:
    case XACT_EVENT_PARALLEL_COMMIT:
        kohi_access_release(true, InvalidSubTransactionId);
        kohi_journal_xact_end(true);
        if (kohi_pending_written)
            kohi_wake_worker();
        kohi_pending_written = false;
        break;
    case XACT_EVENT_ABORT:
    case XACT_EVENT_PARALLEL_ABORT:
        kohi_access_release(false, InvalidSubTransactionId);
        kohi_journal_xact_end(false);
        kohi_pending_written = false;
        break;
    default:
        break;
    }
}

static void kohi_access_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
                                         SubTransactionId parentSubid, void* arg)
{
    if (event == SUBXACT_EVENT_ABORT_SUB) {
        kohi_access_release(false, mySubid);
        kohi_journal_subxact_abort(mySubid);
    }
}

static void kohi_access_register_callbacks(void)
{
    if (!kohi_access_callbacks) {
        RegisterXactCallback(kohi_access_xact_callback, NULL);
        RegisterSubXactCallback(kohi_access_subxact_callback, NULL);
        kohi_access_callbacks = true;
    }
}

KOHI_INTERNAL void kohi_access_register_xact_callbacks(void)
{
    kohi_access_require();
    kohi_access_register_callbacks();
}

KOHI_INTERNAL uint64 kohi_access_epoch(void)
{
    kohi_access_require();
    return kohi_access->epoch;
}

/* ---------------------------------------------------------------------------------------------
 * Ring append (caller holds the lock). Returns the seq, or 0 when the ring is full.
 * ------------------------------------------------------------------------------------------- */

static uint64 kohi_access_append_locked(const char* data, uint32 len, TimestampTz at,
                                        const char* journal, int64 journal_end)
{
    KohiAccessEvent* ev = kohi_aslot(kohi_access->next_seq);

    if (ev->state == KOHI_AS_PENDING || ev->state == KOHI_AS_CLAIMED)
        return 0;
    ev->seq = kohi_access->next_seq++;
    ev->dboid = MyDatabaseId;
    ev->state = KOHI_AS_PENDING;
    ev->claimer = 0;
    ev->at = at;
    ev->len = len;
    ev->journal_end = journal ? journal_end : 0;
    strlcpy(ev->journal, journal ? journal : "", sizeof(ev->journal));
    memcpy(ev->data, data, len);
    return ev->seq;
}

static bool kohi_event_done(uint64 seq)
{
    KohiAccessEvent* ev;
    bool done;

    LWLockAcquire(kohi_access->lock, LW_SHARED);
    ev = kohi_aslot(seq);
    /* A reused slot was DONE before it was reused. */
    done = ev->seq != seq || ev->state == KOHI_AS_DONE;
    LWLockRelease(kohi_access->lock);
    return done;
}

static void kohi_text_field(FunctionCallInfo fcinfo, int argno, const char** field, uint32* len)
{
    if (PG_ARGISNULL(argno)) {
        *field = NULL;
        *len = 0;
    } else {
        text* t = PG_GETARG_TEXT_PP(argno);

        *field = VARDATA_ANY(t);
        *len = VARSIZE_ANY_EXHDR(t);
    }
}

/*
 * kohi_audit_emit(login, client_addr, terminal_id, action, target, programme, outcome, details)
 * Durable event: returns once the sealer has committed it into the access log.
 * kohi_audit_emit_journaled(the same): returns once the event is in this backend's journal on
 * disk and in the ring (the sealer links it into the chain shortly after; after a crash, from
 * the journal). An event the journal must not hold as it is (kohi_journal_safe) is handled as
 * by kohi_audit_emit.
 */
/*
 * Guesses at a My Number this backend has put into the ring, ever (never rolled back, never
 * reset): the events kohi.mynumber_guesses_today() counts — a refused registration of a number
 * already registered or of a second number for one person (0033), a refused confirmation that
 * did not match. kohi.mynumber_guess_check()
 * (0041) adds the ones emitted since its last full count instead of waiting for the sealer
 * again within one transaction that holds the login's gate.
 */
static int64 kohi_guesses_emitted = 0;

static bool kohi_field_is(const char* f, uint32 len, const char* s)
{
    return f != NULL && len == strlen(s) && memcmp(f, s, len) == 0;
}

static bool kohi_field_has(const char* f, uint32 len, const char* s)
{
    size_t n = strlen(s);
    uint32 i;

    if (f == NULL || len < n)
        return false;
    for (i = 0; i + n <= len; i++)
        if (memcmp(f + i, s, n) == 0)
            return true;
    return false;
}

/* fields: login, addr, terminal, action, target, programme, outcome, details (jsonb text, whose
 * output puts one space after a key's colon). */
static bool kohi_is_guess(const char** fields, const uint32* lens)
{
    if (!kohi_field_is(fields[6], lens[6], "refused"))
        return false;
    return (kohi_field_is(fields[3], lens[3], "mynumber_register") &&
            (kohi_field_has(fields[7], lens[7], "\"reason\": \"duplicate\"") ||
             kohi_field_has(fields[7], lens[7], "\"reason\": \"person_number\""))) ||
           (kohi_field_is(fields[3], lens[3], "mynumber_confirm") &&
            kohi_field_has(fields[7], lens[7], "\"reason\": \"mismatch\""));
}

KOHI_SQL_FUNCTION(kohi_audit_guesses_emitted);
Datum kohi_audit_guesses_emitted(PG_FUNCTION_ARGS)
{
    PG_RETURN_INT64(kohi_guesses_emitted);
}

static Datum kohi_audit_emit_common(FunctionCallInfo fcinfo, bool journaled)
{
    const char* fields[KOHI_ACCESS_FIELDS];
    uint32 lens[KOHI_ACCESS_FIELDS];
    char* buf;
    uint32 len;
    uint64 seq = 0;
    int i;
    TimestampTz start = GetCurrentTimestamp();
    TimestampTz at;
    long wait_ms = (long)kohi_access_wait_seconds * 1000L;
    char journal[KOHI_JOURNAL_KEYLEN];
    int64 journal_end = 0;

    kohi_access_require();
    if (!OidIsValid(MyDatabaseId))
        elog(ERROR, "kohi_audit_emit needs a database connection");
    for (i = 0; i < KOHI_ACCESS_FIELDS; i++)
        kohi_text_field(fcinfo, i, &fields[i], &lens[i]);
    /* Refuse here what the access log would refuse: a bad event must never reach the sealer. */
    if (fields[0] == NULL || fields[3] == NULL || fields[6] == NULL ||
        !((lens[6] == 2 && memcmp(fields[6], "ok", 2) == 0) ||
          (lens[6] == 7 && memcmp(fields[6], "refused", 7) == 0) ||
          (lens[6] == 6 && memcmp(fields[6], "failed", 6) == 0)))
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("kohi_audit_emit: login, action and outcome (ok, refused, failed) "
                               "are required")));
    /* Indexed columns of the log have a size limit: over-long values would stop every
     * sealing pass, so they are refused here, where only the caller's call fails. */
    if (lens[2] > 200 || lens[3] > 200 || lens[4] > 500 || lens[5] > 200 || lens[0] > 63)
        ereport(ERROR, (errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
                        errmsg("アクセスログに記録できない長さの値です。"),
                        errdetail("kohi_auth: login, terminal, action, programme or target too long")));
    buf = palloc(KOHI_ACCESS_DATA);
    if (!kohi_encode(buf, &len, fields, lens))
        ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
                        errmsg("アクセスログの記録が大きすぎます。"),
                        errdetail("kohi_auth: access event over %d bytes", KOHI_ACCESS_DATA)));
    if (PG_ARGISNULL(6) == false && lens[6] == 7 && memcmp(fields[6], "refused", 7) == 0)
        kohi_refusal_statement = GetCurrentStatementStartTimestamp();

    /* Only what the log's redaction would leave as it is goes to disk before it is sealed. */
    journaled = journaled && kohi_access_journal && kohi_journal_safe(fields[4], lens[4]) &&
                kohi_journal_safe(fields[7], lens[7]);
    if (journaled)
        kohi_journal_reserve(kohi_access->epoch, len, journal, &journal_end);
    at = GetCurrentTimestamp();

    /* Wait for room in the ring (it is full only while the sealer is behind). The sealer is
     * started or woken once the event is in (waking it before would cost it an empty pass). */
    for (;;) {
        LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
        seq = kohi_access_append_locked(buf, len, at, journaled ? journal : NULL, journal_end);
        LWLockRelease(kohi_access->lock);
        if (seq != 0)
            break;
        if (TimestampDifferenceExceeds(start, GetCurrentTimestamp(), (int)wait_ms))
            ereport(ERROR, (errcode(ERRCODE_CONFIGURATION_LIMIT_EXCEEDED),
                            errmsg("アクセスログを記録できないため、処理を中止しました。"),
                            errdetail("kohi_auth: access event ring full")));
        kohi_ensure_worker();
        (void)ConditionVariableTimedSleep(&kohi_access->committed, 100, PG_WAIT_EXTENSION);
    }
    ConditionVariableCancelSleep();
    if (kohi_is_guess(fields, lens))
        kohi_guesses_emitted++;
    if (!journaled)
        kohi_ensure_worker();
    else if (kohi_ring_filling(seq))
        kohi_nudge_worker();
    else
        kohi_start_quietly();

    if (journaled) {
        /* On disk before the rows of this call leave the server; the sealer meanwhile links
         * it from the ring. (Should the write fail, the event is still sealed from the ring:
         * an event for a call that returned nothing, never the other way round.) */
        kohi_journal_write(buf, len, at);
        pfree(buf);
        PG_RETURN_INT64((int64)seq);
    }

    /* The rows of this call leave the server only after the event is committed. */
    ConditionVariablePrepareToSleep(&kohi_access->committed);
    while (!kohi_event_done(seq)) {
        if (TimestampDifferenceExceeds(start, GetCurrentTimestamp(), (int)wait_ms)) {
            ConditionVariableCancelSleep();
            ereport(ERROR, (errcode(ERRCODE_CONNECTION_EXCEPTION),
                            errmsg("アクセスログを記録できないため、処理を中止しました。"),
                            errdetail("kohi_auth: the audit sealer did not commit the event in time")));
        }
        if (ConditionVariableTimedSleep(&kohi_access->committed, 200, PG_WAIT_EXTENSION))
            kohi_ensure_worker(); /* timed out: the worker may have exited; start it again */
    }
    ConditionVariableCancelSleep();
    pfree(buf);
    PG_RETURN_INT64((int64)seq);
}

KOHI_SQL_FUNCTION(kohi_audit_emit);
Datum kohi_audit_emit(PG_FUNCTION_ARGS)
{
    return kohi_audit_emit_common(fcinfo, false);
}

KOHI_SQL_FUNCTION(kohi_audit_emit_journaled);
Datum kohi_audit_emit_journaled(PG_FUNCTION_ARGS)
{
    return kohi_audit_emit_common(fcinfo, true);
}

/* kohi_audit_note_pending(): this transaction wrote kohi_audit.pending rows; wake the sealer
 * after commit. */
KOHI_SQL_FUNCTION(kohi_audit_note_pending);
Datum kohi_audit_note_pending(PG_FUNCTION_ARGS)
{
    kohi_access_require();
    kohi_access_register_callbacks();
    kohi_pending_written = true;
    PG_RETURN_VOID();
}

/* One drained event as a row: seq (NULL for a recovered one), time, the fields and, for the
 * journal-aware drain, its journal and end offset. */
typedef struct KohiDrainOut
{
    ReturnSetInfo* rsinfo;
    bool journaled;
} KohiDrainOut;

static void kohi_drain_put(KohiDrainOut* out, uint64 seq, TimestampTz at, const char* data,
                           const char* journal, int64 journal_end)
{
    Datum values[4 + KOHI_ACCESS_FIELDS];
    bool nulls[4 + KOHI_ACCESS_FIELDS];
    uint32 off = 0;
    int f;

    values[0] = Int64GetDatum((int64)seq);
    nulls[0] = seq == 0;
    values[1] = TimestampTzGetDatum(at);
    nulls[1] = false;
    for (f = 0; f < KOHI_ACCESS_FIELDS; f++) {
        uint32 l;

        memcpy(&l, data + off, sizeof(uint32));
        off += sizeof(uint32);
        if (l == 0xFFFFFFFFu) {
            nulls[2 + f] = true;
            values[2 + f] = (Datum)0;
        } else {
            nulls[2 + f] = false;
            values[2 + f] = PointerGetDatum(cstring_to_text_with_len(data + off, (int)l));
            off += l;
        }
    }
    if (out->journaled) {
        nulls[2 + KOHI_ACCESS_FIELDS] = journal == NULL || journal[0] == '\0';
        values[2 + KOHI_ACCESS_FIELDS] =
            nulls[2 + KOHI_ACCESS_FIELDS] ? (Datum)0 : CStringGetTextDatum(journal);
        nulls[3 + KOHI_ACCESS_FIELDS] = nulls[2 + KOHI_ACCESS_FIELDS];
        values[3 + KOHI_ACCESS_FIELDS] = Int64GetDatum(journal_end);
    }
    tuplestore_putvalues(out->rsinfo->setResult, out->rsinfo->setDesc, values, nulls);
}

/* A recovered journal entry: checked like a ring event (a torn or foreign entry is skipped). */
static void kohi_drain_recovered(void* arg, const char* key, int64 end_offset, TimestampTz at,
                                 const char* data, uint32 len)
{
    uint32 off = 0;

    for (int f = 0; f < KOHI_ACCESS_FIELDS; f++) {
        uint32 l;

        if (off + sizeof(uint32) > len)
            return;
        memcpy(&l, data + off, sizeof(uint32));
        off += sizeof(uint32);
        if (l != 0xFFFFFFFFu) {
            if (l > len - off)
                return;
            off += l;
        }
    }
    kohi_drain_put((KohiDrainOut*)arg, 0, at, data, key, end_offset);
}

/*
 * kohi_audit_access_drain(): this database's waiting events, oldest first, claimed by this
 * transaction (DONE at commit, back to PENDING at abort). Like kohi_auth_drain_events().
 * kohi_audit_access_drain_journaled(): the same with each event's journal and end offset, then
 * the entries of this database's journals written under an earlier shared memory (a crash or
 * restart lost the ring: they may not be in the chain; the caller skips what its progress
 * table says is), whose files are removed when the caller commits.
 */
static Datum kohi_audit_access_drain_common(FunctionCallInfo fcinfo, bool journaled)
{
    ReturnSetInfo* rsinfo = (ReturnSetInfo*)fcinfo->resultinfo;
    KohiAccessEvent* batch;
    int n = 0;
    int i;
    int capacity;
    uint64 s;
    uint64 from;
    uint64 dropped;
    SubTransactionId subid = GetCurrentSubTransactionId();
    KohiDrainOut out;

    kohi_access_require();
    InitMaterializedSRF(fcinfo, 0);
    out.rsinfo = rsinfo;
    out.journaled = journaled;
    kohi_access_register_callbacks();
    capacity = kohi_access->capacity;
    batch = palloc(sizeof(KohiAccessEvent) * (Size)capacity);
    if (kohi_aclaims_cap < kohi_naclaims + capacity) {
        int newcap = kohi_naclaims + capacity;

        kohi_aclaims = kohi_aclaims == NULL
                           ? MemoryContextAlloc(TopMemoryContext, sizeof(KohiAccessClaim) * newcap)
                           : repalloc(kohi_aclaims, sizeof(KohiAccessClaim) * newcap);
        kohi_aclaims_cap = newcap;
    }

    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    from = kohi_access->next_seq > (uint64)capacity ? kohi_access->next_seq - capacity : 1;
    for (s = from; s < kohi_access->next_seq && n < capacity; s++) {
        KohiAccessEvent* ev = kohi_aslot(s);

        if (ev->seq != s || ev->state != KOHI_AS_PENDING || ev->dboid != MyDatabaseId)
            continue;
        ev->state = KOHI_AS_CLAIMED;
        ev->claimer = MyProcPid;
        batch[n++] = *ev;
        kohi_aclaims[kohi_naclaims].seq = s;
        kohi_aclaims[kohi_naclaims].subid = subid;
        kohi_naclaims++;
    }
    dropped = kohi_access->dropped;
    kohi_access->dropped = 0;
    LWLockRelease(kohi_access->lock);

    if (dropped > 0)
        ereport(WARNING, (errmsg("kohi_auth: %llu unsynchronised access events were discarded (ring full, or their database was dropped)",
                                 (unsigned long long)dropped)));

    for (i = 0; i < n; i++)
        kohi_drain_put(&out, batch[i].seq, batch[i].at, batch[i].data, batch[i].journal,
                       batch[i].journal_end);
    pfree(batch);
    if (journaled)
        kohi_journal_recover(MyDatabaseId, kohi_access->epoch, kohi_drain_recovered, &out);
    return (Datum)0;
}

KOHI_SQL_FUNCTION(kohi_audit_access_drain);
Datum kohi_audit_access_drain(PG_FUNCTION_ARGS)
{
    return kohi_audit_access_drain_common(fcinfo, false);
}

KOHI_SQL_FUNCTION(kohi_audit_access_drain_journaled);
Datum kohi_audit_access_drain_journaled(PG_FUNCTION_ARGS)
{
    return kohi_audit_access_drain_common(fcinfo, true);
}

/*
 * kohi_audit_sync(): waits until a sealing pass that began after the call has committed, so
 * that every event committed or emitted before it is in the chain. Nothing is written.
 */
KOHI_SQL_FUNCTION(kohi_audit_sync);
Datum kohi_audit_sync(PG_FUNCTION_ARGS)
{
    uint64 target;
    TimestampTz start = GetCurrentTimestamp();

    kohi_access_require();
    kohi_ensure_worker();
    LWLockAcquire(kohi_access->lock, LW_SHARED);
    target = kohi_access->pass_seq + 1;
    LWLockRelease(kohi_access->lock);
    ConditionVariablePrepareToSleep(&kohi_access->committed);
    for (;;) {
        KohiWorkerSlot* w;
        bool done;

        LWLockAcquire(kohi_access->lock, LW_SHARED);
        w = kohi_worker_slot_locked(MyDatabaseId, false);
        done = w != NULL && w->pass_done >= target;
        LWLockRelease(kohi_access->lock);
        if (done)
            break;
        if (TimestampDifferenceExceeds(start, GetCurrentTimestamp(),
                                       kohi_access_wait_seconds * 1000)) {
            ConditionVariableCancelSleep();
            ereport(ERROR, (errcode(ERRCODE_CONNECTION_EXCEPTION),
                            errmsg("アクセスログの記録処理が応答しません。"),
                            errdetail("kohi_auth: no sealing pass completed in time")));
        }
        if (ConditionVariableTimedSleep(&kohi_access->committed, 200, PG_WAIT_EXTENSION))
            kohi_ensure_worker();
    }
    ConditionVariableCancelSleep();
    PG_RETURN_VOID();
}

/* kohi_audit_sealer_status(): is this database's sealer running (pid) — for tests and status. */
KOHI_SQL_FUNCTION(kohi_audit_sealer_pid);
Datum kohi_audit_sealer_pid(PG_FUNCTION_ARGS)
{
    KohiWorkerSlot* w;
    int32 pid = 0;

    kohi_access_require();
    LWLockAcquire(kohi_access->lock, LW_SHARED);
    w = kohi_worker_slot_locked(MyDatabaseId, false);
    if (w != NULL && w->state == KOHI_WS_RUNNING)
        pid = w->pid;
    LWLockRelease(kohi_access->lock);
    if (pid == 0)
        PG_RETURN_NULL();
    PG_RETURN_INT32(pid);
}

/* ---------------------------------------------------------------------------------------------
 * Errors reported to non-superuser clients become refusal events (no wait: error context).
 * ------------------------------------------------------------------------------------------- */

static bool kohi_error_ignored(int sqlerrcode)
{
    switch (sqlerrcode) {
    case ERRCODE_IN_FAILED_SQL_TRANSACTION: /* follow-up noise of an earlier error */
    case ERRCODE_QUERY_CANCELED:
    case ERRCODE_ADMIN_SHUTDOWN:
    case ERRCODE_CRASH_SHUTDOWN:
    case ERRCODE_IDLE_SESSION_TIMEOUT:
    case ERRCODE_IDLE_IN_TRANSACTION_SESSION_TIMEOUT:
        return true;
    default:
        return false;
    }
}

/* "kohi_api.some_function" named in the error context, or in a permission-denied message. */
static bool kohi_api_function_name(const ErrorData* edata, char* out, size_t outlen)
{
    const char* hit = NULL;
    const char* p = edata->context;

    /*
     * Only from the error context that PostgreSQL writes for the frames of the API's own
     * functions (the outermost API frame is the last one), or from PostgreSQL's own
     * permission message: never from text a user could have chosen.
     */
    while (p != NULL && (p = strstr(p, "function kohi_api.")) != NULL) {
        hit = p + strlen("function kohi_api.");
        p = hit;
    }
    if (hit == NULL && edata->sqlerrcode == ERRCODE_INSUFFICIENT_PRIVILEGE &&
        edata->message != NULL &&
        strncmp(edata->message, "permission denied for function ", 31) == 0)
        hit = edata->message + 31;
    if (hit != NULL) {
        size_t n = 0;

        while (n + 1 < outlen && (isalnum((unsigned char)hit[n]) || hit[n] == '_'))
            n++;
        memcpy(out, hit, n);
        out[n] = '\0';
        return n > 0;
    }
    return false;
}

/*
 * Per backend: at most KOHI_HOOK_BURST error events per KOHI_HOOK_WINDOW_MS; the rest are
 * counted and reported as one 'error_flood' event, so one session cannot flood the ring (and
 * push out other people's events) or the log.
 */
#define KOHI_HOOK_BURST 30
#define KOHI_HOOK_WINDOW_MS 10000
static TimestampTz kohi_hook_window_start = 0;
static int kohi_hook_in_window = 0;
static int64 kohi_hook_suppressed = 0;

static void kohi_emit_log(ErrorData* edata)
{
    const char* is_super;
    char fn[NAMEDATALEN];
    char details[900];
    char state[6];
    const char* fields[KOHI_ACCESS_FIELDS];
    uint32 lens[KOHI_ACCESS_FIELDS];
    char buf[2048];
    uint32 len;
    bool held;
    bool api;

    if (prev_emit_log_hook)
        prev_emit_log_hook(edata);
    if (kohi_in_hook || edata->elevel < ERROR || kohi_access == NULL || !IsUnderPostmaster ||
        MyBackendType != B_BACKEND || !OidIsValid(MyDatabaseId) || MyProcPort == NULL ||
        MyProcPort->user_name == NULL || kohi_error_ignored(edata->sqlerrcode))
        return;
    /* A GUC lookup, no catalog access: the transaction is failing. */
    is_super = GetConfigOption("is_superuser", true, false);
    if (is_super == NULL || strcmp(is_super, "off") != 0)
        return;
    /* The API recorded this refusal with its details (only errors raised inside an API function
     * are skipped: PostgreSQL's own refusal of another call in the statement is not). */
    if (kohi_refusal_statement != 0 &&
        kohi_refusal_statement == GetCurrentStatementStartTimestamp() && edata->context != NULL &&
        strstr(edata->context, "function kohi_api.") != NULL)
        return;
    kohi_in_hook = true;

    {
        TimestampTz now = GetCurrentTimestamp();

        if (kohi_hook_window_start == 0 ||
            TimestampDifferenceExceeds(kohi_hook_window_start, now, KOHI_HOOK_WINDOW_MS)) {
            kohi_hook_window_start = now;
            kohi_hook_in_window = 0;
        }
        if (++kohi_hook_in_window > KOHI_HOOK_BURST) {
            kohi_hook_suppressed++;
            kohi_in_hook = false;
            return;
        }
    }
    strlcpy(state, unpack_sql_state(edata->sqlerrcode), sizeof(state));
    api = kohi_api_function_name(edata, fn, sizeof(fn));
    /*
     * Kohi's own messages and permission refusals carry no secrets (12-digit runs are redacted
     * again when sealed); other errors may quote what the user typed, so only their code is kept.
     */
    if (api || (edata->sqlerrcode == ERRCODE_INSUFFICIENT_PRIVILEGE && edata->message != NULL &&
                strncmp(edata->message, "permission denied for ", 22) == 0)) {
        char msg[400];
        size_t i;

        strlcpy(msg, edata->message ? edata->message : "", sizeof(msg));
        for (i = 0; msg[i]; i++)
            if (msg[i] == '"' || msg[i] == '\\' || (unsigned char)msg[i] < 0x20)
                msg[i] = ' ';
        /* Cut at a character boundary (UTF-8). */
        i = strlen(msg);
        while (i > 0 && ((unsigned char)msg[i - 1] & 0xC0) == 0x80)
            i--;
        if (i > 0 && ((unsigned char)msg[i - 1] & 0x80) != 0 && strlen(msg) == sizeof(msg) - 1)
            msg[i - 1] = '\0';
        snprintf(details, sizeof(details),
                 "{\"sqlstate\": \"%s\", \"message\": \"%s\", \"source\": \"server_error\"}", state,
                 msg);
    } else
        snprintf(details, sizeof(details),
                 "{\"sqlstate\": \"%s\", \"source\": \"server_error\"}", state);
    if (kohi_hook_suppressed > 0) {
        /* Errors of this session not recorded one by one since the last recorded one. */
        size_t used = strlen(details);

        if (used > 1 && used + 48 < sizeof(details))
            snprintf(details + used - 1, sizeof(details) - used + 1,
                     ", \"errors_not_itemised\": %lld}", (long long)kohi_hook_suppressed);
        kohi_hook_suppressed = 0;
    }

    fields[0] = MyProcPort->user_name;
    fields[1] = MyProcPort->remote_host;
    fields[2] = NULL;
    fields[3] = api ? fn : "statement_error";
    fields[4] = NULL;
    fields[5] = NULL;
    fields[6] = (edata->sqlerrcode == ERRCODE_INSUFFICIENT_PRIVILEGE || api ||
                 ERRCODE_TO_CATEGORY(edata->sqlerrcode) == ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION)
                    ? "refused"
                    : "failed";
    fields[7] = details;
    for (int i = 0; i < KOHI_ACCESS_FIELDS; i++)
        lens[i] = fields[i] ? (uint32)strlen(fields[i]) : 0;

    if (kohi_encode(buf, &len, fields, lens)) {
        /* The error may have been raised while this backend held the lock. */
        held = LWLockHeldByMe(kohi_access->lock);
        /* Blocking: holders of this lock never wait for anything while holding it. */
        if (!held)
            LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
        if (kohi_access_append_locked(buf, len, GetCurrentTimestamp(), NULL, 0) == 0)
            kohi_access->dropped++;
        /* Wake this database's sealer; if none runs, the launcher starts one. */
        {
            KohiWorkerSlot* w = kohi_worker_slot_locked(MyDatabaseId, false);

            if (w != NULL && w->state == KOHI_WS_RUNNING && w->latch != NULL)
                SetLatch(w->latch);
            else if (kohi_access->launcher_latch != NULL)
                SetLatch(kohi_access->launcher_latch);
        }
        if (!held)
            LWLockRelease(kohi_access->lock);
    }
    kohi_in_hook = false;
}

/* ---------------------------------------------------------------------------------------------
 * The sealer worker
 * ------------------------------------------------------------------------------------------- */

static volatile sig_atomic_t kohi_worker_stop = false;
static bool kohi_worker_connected = false;

static void kohi_worker_sigterm(SIGNAL_ARGS)
{
    int save_errno = errno;

    kohi_worker_stop = true;
    SetLatch(MyLatch);
    errno = save_errno;
}

static void kohi_worker_detach(int code, Datum arg)
{
    KohiWorkerSlot* w;

    if (kohi_access == NULL)
        return;
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(DatumGetObjectId(arg), false);
    if (w != NULL && w->pid == MyProcPid) {
        w->state = KOHI_WS_NONE;
        w->pid = 0;
        w->latch = NULL;
    }
    if (!kohi_worker_connected) {
        /* The database is gone (dropped): nobody will ever seal its events. */
        uint64 s;

        for (s = 1; s <= (uint64)kohi_access->capacity && s < kohi_access->next_seq; s++) {
            KohiAccessEvent* ev = kohi_aslot(kohi_access->next_seq - s);

            if (ev->dboid == DatumGetObjectId(arg) && ev->state == KOHI_AS_PENDING) {
                ev->state = KOHI_AS_FREE;
                kohi_access->dropped++;
            }
        }
    }
    LWLockRelease(kohi_access->lock);
}

static bool kohi_ring_has_pending(Oid dboid)
{
    uint64 s;
    uint64 from;
    bool any = false;

    LWLockAcquire(kohi_access->lock, LW_SHARED);
    from = kohi_access->next_seq > (uint64)kohi_access->capacity
               ? kohi_access->next_seq - kohi_access->capacity
               : 1;
    for (s = from; s < kohi_access->next_seq && !any; s++) {
        KohiAccessEvent* ev = kohi_aslot(s);

        any = ev->seq == s && ev->dboid == dboid && ev->state == KOHI_AS_PENDING;
    }
    LWLockRelease(kohi_access->lock);
    return any;
}

/* Runs one SQL statement in its own transaction; false (and logged) on error. */
static bool kohi_worker_run(const char* sql, int64* result)
{
    MemoryContext oldcxt = CurrentMemoryContext;
    bool ok = true;

    SetCurrentStatementStartTimestamp();
    StartTransactionCommand();
    PG_TRY();
    {
        int rc;

        SPI_connect();
        PushActiveSnapshot(GetTransactionSnapshot());
        pgstat_report_activity(STATE_RUNNING, sql);
        {
            /* The sealing statement runs many times a second: planned once, kept (the plan
             * cache replans it when the function is replaced). */
            static SPIPlanPtr seal_plan = NULL;

            if (strcmp(sql, "SELECT kohi_audit.seal()") == 0) {
                if (seal_plan == NULL) {
                    SPIPlanPtr plan = SPI_prepare(sql, 0, NULL);

                    if (plan == NULL || SPI_keepplan(plan) != 0)
                        elog(ERROR, "kohi audit sealer: cannot prepare the sealing statement");
                    seal_plan = plan;
                }
                rc = SPI_execute_plan(seal_plan, NULL, NULL, false, 0);
            } else
                rc = SPI_execute(sql, false, 0);
        }
        if (rc != SPI_OK_SELECT)
            elog(ERROR, "kohi audit sealer: unexpected SPI result %d", rc);
        if (result != NULL) {
            bool isnull = true;
            Datum d = (SPI_processed > 0) ? SPI_getbinval(SPI_tuptable->vals[0],
                                                          SPI_tuptable->tupdesc, 1, &isnull)
                                          : (Datum)0;

            *result = isnull ? 0 : DatumGetInt64(d);
        }
        SPI_finish();
        PopActiveSnapshot();
        CommitTransactionCommand();
    }
    PG_CATCH();
    {
        ErrorData* edata;

        MemoryContextSwitchTo(oldcxt);
        edata = CopyErrorData();
        FlushErrorState();
        AbortCurrentTransaction();
        ereport(LOG, (errmsg("kohi audit sealer: %s", edata->message)));
        FreeErrorData(edata);
        ok = false;
    }
    PG_END_TRY();
    pgstat_report_activity(STATE_IDLE, NULL);
    return ok;
}

/* Collect events for up to kohi_auth.seal_batch ms (cut short by an urgent wake or SIGTERM). */
static void kohi_worker_batch_wait(Oid dboid)
{
    TimestampTz until = TimestampTzPlusMilliseconds(GetCurrentTimestamp(), kohi_seal_batch_ms);
    KohiWorkerSlot* w;

    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(dboid, false);
    if (w != NULL && w->pid == MyProcPid)
        w->batching = true;
    LWLockRelease(kohi_access->lock);
    for (;;) {
        bool wanted;
        long ms;

        LWLockAcquire(kohi_access->lock, LW_SHARED);
        w = kohi_worker_slot_locked(dboid, false);
        wanted = w != NULL && w->pid == MyProcPid && w->pass_wanted;
        LWLockRelease(kohi_access->lock);
        ms = TimestampDifferenceMilliseconds(GetCurrentTimestamp(), until);
        if (wanted || kohi_worker_stop || ms <= 0)
            break;
        (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH, ms,
                        PG_WAIT_EXTENSION);
        ResetLatch(MyLatch);
        CHECK_FOR_INTERRUPTS();
    }
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(dboid, false);
    if (w != NULL && w->pid == MyProcPid)
        w->batching = false;
    LWLockRelease(kohi_access->lock);
}

/* Anything for another pass right away (events in the ring, a wake while batching, a waiter)? */
static bool kohi_worker_wanted(Oid dboid)
{
    KohiWorkerSlot* w;
    bool wanted;

    LWLockAcquire(kohi_access->lock, LW_SHARED);
    w = kohi_worker_slot_locked(dboid, false);
    wanted = w != NULL && w->pid == MyProcPid && (w->wake_pending || w->pass_wanted);
    LWLockRelease(kohi_access->lock);
    return wanted || kohi_ring_has_pending(dboid);
}

extern PGDLLEXPORT void kohi_audit_worker_main(Datum main_arg);

void kohi_audit_worker_main(Datum main_arg)
{
    Oid dboid = DatumGetObjectId(main_arg);
    KohiWorkerSlot* w;
    TimestampTz last_client = GetCurrentTimestamp();
    TimestampTz last_limits = 0;

    pqsignal(SIGTERM, kohi_worker_sigterm);
    BackgroundWorkerUnblockSignals();

    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    w = kohi_worker_slot_locked(dboid, true);
    if (w == NULL || w->state == KOHI_WS_RUNNING) {
        LWLockRelease(kohi_access->lock);
        proc_exit(0); /* another sealer already serves this database */
    }
    w->dboid = dboid;
    w->state = KOHI_WS_RUNNING;
    w->pid = MyProcPid;
    w->latch = MyLatch;
    LWLockRelease(kohi_access->lock);
    before_shmem_exit(kohi_worker_detach, ObjectIdGetDatum(dboid));

    BackgroundWorkerInitializeConnectionByOid(dboid, InvalidOid, 0);
    kohi_worker_connected = true;
    /* The staff limits are not the sealer's: it must never be cut short. */
    SetConfigOption("statement_timeout", "0", PGC_SUSET, PGC_S_OVERRIDE);
    SetConfigOption("lock_timeout", "0", PGC_SUSET, PGC_S_OVERRIDE);
    SetConfigOption("idle_in_transaction_session_timeout", "0", PGC_SUSET, PGC_S_OVERRIDE);
    SetConfigOption("synchronous_commit", "on", PGC_SUSET, PGC_S_OVERRIDE);
    SetConfigOption("application_name", "kohi audit sealer", PGC_SUSET, PGC_S_OVERRIDE);
    pgstat_report_appname("kohi audit sealer");

    while (!kohi_worker_stop) {
        TimestampTz now;
        int64 sealed = 0;
        bool ok;

        uint64 pass;

        ResetLatch(MyLatch);
        LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
        pass = ++kohi_access->pass_seq;
        w = kohi_worker_slot_locked(dboid, false);
        if (w != NULL && w->pid == MyProcPid) {
            w->pass_wanted = false;
            w->wake_pending = false;
        }
        LWLockRelease(kohi_access->lock);
        ok = kohi_worker_run("SELECT kohi_audit.seal()", &sealed);
        if (ok) {
            LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
            w = kohi_worker_slot_locked(dboid, false);
            if (w != NULL && w->pid == MyProcPid)
                w->pass_done = pass;
            LWLockRelease(kohi_access->lock);
            ConditionVariableBroadcast(&kohi_access->committed);
        }
        now = GetCurrentTimestamp();
        if (ok && TimestampDifferenceExceeds(last_limits, now, 5000)) {
            int64 journals = 0;

            (void)kohi_worker_run("SELECT kohi_audit.enforce_session_limits()", NULL);
            /* Finished journals whose every entry is sealed (databases migrated to 0026). */
            if (kohi_worker_run("SELECT count(*) FROM pg_catalog.pg_proc"
                                " WHERE oid = pg_catalog.to_regprocedure("
                                "'kohi_audit.journal_cleanup()')",
                                &journals) &&
                journals > 0)
                (void)kohi_worker_run("SELECT kohi_audit.journal_cleanup()", NULL);
            last_limits = now;
        }
        if (CountDBConnections(dboid) > 0)
            last_client = now;
        else if (TimestampDifferenceExceeds(last_client, now, 300) &&
                 !kohi_ring_has_pending(dboid)) {
            /* Nobody left to log for (DROP DATABASE must not wait for us). A last pass links
             * what the last clients committed after the pass above began. */
            (void)kohi_worker_run("SELECT kohi_audit.seal()", NULL);
            break;
        }
        if (ok && sealed > 0 && kohi_seal_batch_ms > 0) {
            /* Readers do not wait for this (their events are in their journals): what arrives
             * in the next moment is sealed together, one transaction instead of one each. */
            kohi_worker_batch_wait(dboid);
            if (kohi_worker_wanted(dboid))
                continue;
        } else if (ok && sealed > 0)
            continue; /* more may have arrived meanwhile */
        (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
                        ok ? (CountDBConnections(dboid) > 0 ? kohi_seal_interval_ms : 100) : 1000,
                        PG_WAIT_EXTENSION);
        CHECK_FOR_INTERRUPTS();
    }
    proc_exit(0);
}

/* ---------------------------------------------------------------------------------------------
 * The launcher (one per server, no database): starts the sealer of every database that has
 * events waiting in the ring, e.g. refusals recorded by the error hook, which cannot start a
 * worker itself. Events of a database whose sealer cannot start (dropped) are discarded.
 * ------------------------------------------------------------------------------------------- */

extern PGDLLEXPORT void kohi_audit_launcher_main(Datum main_arg);

void kohi_audit_launcher_main(Datum main_arg)
{
    pqsignal(SIGTERM, kohi_worker_sigterm);
    BackgroundWorkerUnblockSignals();
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    kohi_access->launcher_latch = MyLatch;
    LWLockRelease(kohi_access->lock);

    {
        /* After a crash or restart: databases whose journals may hold events that never
         * reached the chain get their sealer now, not only when someone connects. */
        Oid recover[KOHI_MAX_WORKERS];
        int nrecover = kohi_journal_databases_to_recover(kohi_access->epoch, recover,
                                                         KOHI_MAX_WORKERS);

        for (int i = 0; i < nrecover; i++)
            (void)kohi_start_worker(recover[i], false, true);
    }

    while (!kohi_worker_stop) {
        Oid want[KOHI_MAX_WORKERS];
        int nwant = 0;
        uint64 s;
        uint64 from;
        int i;
        TimestampTz now = GetCurrentTimestamp();

        ResetLatch(MyLatch);
        /* Exclusive only for discarding events of a database that is gone (rare). */
        LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
        from = kohi_access->next_seq > (uint64)kohi_access->capacity
                   ? kohi_access->next_seq - kohi_access->capacity
                   : 1;
        for (s = from; s < kohi_access->next_seq; s++) {
            KohiAccessEvent* ev = kohi_aslot(s);
            KohiWorkerSlot* w;
            bool listed = false;

            if (ev->seq != s || ev->state != KOHI_AS_PENDING)
                continue;
            w = kohi_worker_slot_locked(ev->dboid, false);
            if (w != NULL && w->state == KOHI_WS_RUNNING)
                continue;
            if (w != NULL && w->state == KOHI_WS_STARTING &&
                TimestampDifferenceExceeds(ev->at, now, 4 * KOHI_WORKER_START_GRACE_MS)) {
                /* Nobody could seal it for a minute: its database is gone. */
                ev->state = KOHI_AS_FREE;
                kohi_access->dropped++;
                continue;
            }
            for (i = 0; i < nwant; i++)
                listed |= want[i] == ev->dboid;
            if (!listed && nwant < KOHI_MAX_WORKERS)
                want[nwant++] = ev->dboid;
        }
        LWLockRelease(kohi_access->lock);
        for (i = 0; i < nwant; i++)
            (void)kohi_start_worker(want[i], false, true);

        (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
                        nwant > 0 ? 1000 : 5000, PG_WAIT_EXTENSION);
    }
    LWLockAcquire(kohi_access->lock, LW_EXCLUSIVE);
    kohi_access->launcher_latch = NULL;
    LWLockRelease(kohi_access->lock);
    proc_exit(0);
}

KOHI_INTERNAL void kohi_access_init(void)
{
    BackgroundWorker bgw;

    DefineCustomIntVariable("kohi_auth.max_access_events",
                            "Capacity of the shared-memory ring of durable access events.", NULL,
                            &kohi_max_access_events, 512, 32, 100000, PGC_POSTMASTER, 0, NULL, NULL,
                            NULL);
    DefineCustomIntVariable(
        "kohi_auth.access_event_wait",
        "Seconds an API call waits for its access event to be committed before it fails.", NULL,
        &kohi_access_wait_seconds, 10, 1, 600, PGC_SIGHUP, GUC_UNIT_S, NULL, NULL, NULL);
    DefineCustomIntVariable("kohi_auth.seal_interval",
                            "Milliseconds between the sealer's passes when nothing wakes it.", NULL,
                            &kohi_seal_interval_ms, 1000, 10, 60000, PGC_SIGHUP, GUC_UNIT_MS,
                            NULL, NULL, NULL);
    DefineCustomBoolVariable(
        "kohi_auth.access_journal",
        "Reads' events are made durable by the reading backend's own journal (on) or by waiting "
        "for the sealer's commit (off: one WAL flush shared by concurrent readers).",
        NULL, &kohi_access_journal, true, PGC_SIGHUP, 0, NULL, NULL, NULL);
    DefineCustomIntVariable(
        "kohi_auth.seal_batch",
        "Milliseconds the sealer collects journalled events after a pass before the next one.",
        NULL, &kohi_seal_batch_ms, 10, 0, 1000, PGC_SIGHUP, GUC_UNIT_MS, NULL, NULL, NULL);
    DefineCustomStringVariable(
        "kohi_auth.auth_event_database",
        "The database whose access log receives the authentication events of the whole cluster.",
        NULL, &kohi_auth_event_database, "kohi", PGC_SIGHUP, 0, NULL, NULL, NULL);
    prev_emit_log_hook = emit_log_hook;
    emit_log_hook = kohi_emit_log;

    memset(&bgw, 0, sizeof(bgw));
    bgw.bgw_flags = BGWORKER_SHMEM_ACCESS;
    bgw.bgw_start_time = BgWorkerStart_RecoveryFinished;
    bgw.bgw_restart_time = 5;
    strlcpy(bgw.bgw_library_name, "kohi_auth", BGW_MAXLEN);
    strlcpy(bgw.bgw_function_name, "kohi_audit_launcher_main", BGW_MAXLEN);
    strlcpy(bgw.bgw_name, "kohi audit launcher", BGW_MAXLEN);
    strlcpy(bgw.bgw_type, "kohi audit launcher", BGW_MAXLEN);
    RegisterBackgroundWorker(&bgw);
}
