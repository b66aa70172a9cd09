/*
 * kohi_journal.c — the reader's own crash-safe copy of its access events.
 *
 * Before 0026 a read's event reached disk only through the sealer worker: the reading backend
 * put it into the shared-memory ring and waited for the worker to commit it into the chain (a
 * hand-over between two processes for every read). Now the reading backend writes the event
 * itself to a journal file of its own in the data directory (kohi_journal/), flushed to disk
 * (fdatasync, honouring the server's fsync setting like the WAL) before its rows leave the
 * server, and puts it into the ring without waiting. The sealer links it into the chain from the
 * ring as before. The journal is only read after the ring was lost (a server crash or restart):
 * each file name carries the "epoch" of the shared memory it was written under, and files of an
 * older epoch are recovered by the next sealing pass of their database. Which entries of a file
 * are already in the chain is kept in kohi_audit.journal_progress, in the same transaction as
 * the events themselves (exactly once, crash or not).
 *
 * A file is <database oid>.<epoch>.<pid>.<backend start>.<generation> plus ".journal" while its
 * backend writes it, ".done" after (backend exit, or rotation at KOHI_JOURNAL_ROTATE bytes).
 * Entry: header (magic, length, event time, checksum of time and data) and the encoded fields.
 * Recovery stops at the first entry that does not check (a write cut short by the crash: its
 * call returned no rows).
 *
 * Only events that contain nothing the access log would redact (no 12-digit run, no secret key)
 * are journalled: the journal is plain text on disk, and a My Number must never be. The others
 * take the old path (the emitter waits until the sealer has committed them).
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access/xact.h"
#include "access/xlog.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "storage/ipc.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "kohi_auth.h"
#include "kohi_journal.h"

#define KOHI_JOURNAL_DIR "kohi_journal"
#define KOHI_JOURNAL_MAGIC 0x4B4A4531u /* "KJE1" */
#define KOHI_JOURNAL_ROTATE (1024 * 1024)
#define KOHI_JOURNAL_MAX_FILE (64 * 1024 * 1024) /* never read more than this of one file */

typedef struct KohiJournalHeader
{
    uint32 magic;
    uint32 len;
    int64 at;
    uint64 check; /* hash_bytes_extended of at and the data, seeded with len */
} KohiJournalHeader;

/* This backend's open journal. */
static int kj_fd = -1;
static char kj_key[KOHI_JOURNAL_KEYLEN];
static int64 kj_offset = 0;
static uint32 kj_gen = 0;
static bool kj_exit_registered = false;

/* Files to remove once the transaction that sealed their entries has committed. */
typedef struct KohiJournalDiscard
{
    char name[KOHI_JOURNAL_KEYLEN + 16];
    SubTransactionId subid;
} KohiJournalDiscard;

static KohiJournalDiscard* kj_discard = NULL;
static int kj_ndiscard = 0;
static int kj_discard_cap = 0;

static uint64 kohi_journal_check(int64 at, const char* data, uint32 len)
{
    uint64 h = hash_bytes_extended((const unsigned char*)&at, sizeof(at), len);

    return hash_bytes_extended((const unsigned char*)data, (int)len, h);
}

/* ---------------------------------------------------------------------------------------------
 * What may be journalled: nothing the log's redaction (kohi_audit.redact_text / redact_details)
 * would change. Deliberately wider than the redaction: any run of 12 or more digits (ASCII or
 * full-width, with '-', ' ' or U+3000 between them), any quoted secret key name.
 * ------------------------------------------------------------------------------------------- */

static int kohi_digit_at(const unsigned char* s, uint32 i, uint32 len)
{
    if (s[i] >= '0' && s[i] <= '9')
        return 1;
    /* U+FF10..U+FF19: EF BC 90..99 */
    if (i + 2 < len && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90 && s[i + 2] <= 0x99)
        return 3;
    return 0;
}

static int kohi_separator_at(const unsigned char* s, uint32 i, uint32 len)
{
    if (s[i] == '-' || s[i] == ' ')
        return 1;
    /* U+3000: E3 80 80 */
    if (i + 2 < len && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80)
        return 3;
    return 0;
}

KOHI_INTERNAL bool kohi_journal_safe(const char* text, uint32 len)
{
    static const char* const secret_keys[] = {
        "\"password\"",          "\"passwd\"",     "\"new_password\"", "\"current_password\"",
        "\"old_password\"",      "\"pw\"",         "\"secret\"",       "\"scram_secret\"",
        "\"mynumber\"",          "\"my_number\"",  "\"kojin_bango\"",  "\"individual_number\"",
        "\"個人番号\"",          "\"パスワード\""};
    const unsigned char* s = (const unsigned char*)text;
    uint32 i = 0;
    int digits = 0;

    if (text == NULL)
        return true;
    while (i < len) {
        int d = kohi_digit_at(s, i, len);
        int sep;

        if (d > 0) {
            if (++digits >= 12)
                return false;
            i += (uint32)d;
            continue;
        }
        sep = kohi_separator_at(s, i, len);
        if (sep > 0 && digits > 0) {
            i += (uint32)sep; /* a separator inside a run keeps the run going */
            continue;
        }
        digits = 0;
        i++;
    }
    /* Every key name starts with a quote: compare only there. */
    for (i = 0; i < len; i++) {
        if (s[i] != '"')
            continue;
        for (size_t k = 0; k < lengthof(secret_keys); k++) {
            size_t kl = strlen(secret_keys[k]);

            if (i + kl <= len && pg_strncasecmp(text + i, secret_keys[k], kl) == 0)
                return false;
        }
    }
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Writing (the emitting backend)
 * ------------------------------------------------------------------------------------------- */

static void kohi_journal_path(char* out, size_t outlen, const char* key, bool open)
{
    snprintf(out, outlen, "%s/%s%s", KOHI_JOURNAL_DIR, key, open ? ".journal" : ".done");
}

/* Close this backend's journal and mark it done (no more entries will be added to it). */
static void kohi_journal_close(void)
{
    char from[MAXPGPATH];
    char to[MAXPGPATH];

    if (kj_fd < 0)
        return;
    close(kj_fd);
    kj_fd = -1;
    kohi_journal_path(from, sizeof(from), kj_key, true);
    kohi_journal_path(to, sizeof(to), kj_key, false);
    /* Not made durable: after a crash both names are recovered alike. */
    (void)rename(from, to);
}

static void kohi_journal_exit(int code, Datum arg)
{
    kohi_journal_close();
}

static void kohi_journal_open(uint64 epoch)
{
    char path[MAXPGPATH];
    struct stat st;

    if (stat(KOHI_JOURNAL_DIR, &st) != 0) {
        if (MakePGDirectory(KOHI_JOURNAL_DIR) != 0 && errno != EEXIST)
            ereport(ERROR, (errcode_for_file_access(),
                            errmsg("アクセスログを記録できないため、処理を中止しました。"),
                            errdetail("kohi_auth: could not create directory \"%s\": %m",
                                      KOHI_JOURNAL_DIR)));
        fsync_fname(".", true);
    }
    snprintf(kj_key, sizeof(kj_key), "%u.%016llx.%d.%llx.%u", MyDatabaseId,
             (unsigned long long)epoch, MyProcPid, (unsigned long long)MyStartTimestamp, ++kj_gen);
    kohi_journal_path(path, sizeof(path), kj_key, true);
    kj_fd = BasicOpenFile(path, O_WRONLY | O_CREAT | O_EXCL | PG_BINARY);
    if (kj_fd < 0)
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("アクセスログを記録できないため、処理を中止しました。"),
                        errdetail("kohi_auth: could not create \"%s\": %m", path)));
    kj_offset = 0;
    /* The new name must survive a crash as well as the entries in it. */
    fsync_fname(KOHI_JOURNAL_DIR, true);
    if (!kj_exit_registered) {
        before_shmem_exit(kohi_journal_exit, (Datum)0);
        kj_exit_registered = true;
    }
}

KOHI_INTERNAL void kohi_journal_reserve(uint64 epoch, uint32 len, char* key, int64* end_offset)
{
    if (kj_fd >= 0 && kj_offset >= KOHI_JOURNAL_ROTATE)
        kohi_journal_close();
    if (kj_fd < 0)
        kohi_journal_open(epoch);
    strlcpy(key, kj_key, KOHI_JOURNAL_KEYLEN);
    *end_offset = kj_offset + (int64)sizeof(KohiJournalHeader) + (int64)len;
}

KOHI_INTERNAL void kohi_journal_write(const char* data, uint32 len, TimestampTz at)
{
    KohiJournalHeader h;
    char* buf;
    size_t total = sizeof(h) + len;
    ssize_t written;

    Assert(kj_fd >= 0);
    h.magic = KOHI_JOURNAL_MAGIC;
    h.len = len;
    h.at = at;
    h.check = kohi_journal_check(at, data, len);
    buf = palloc(total);
    memcpy(buf, &h, sizeof(h));
    memcpy(buf + sizeof(h), data, len);
    written = pg_pwrite(kj_fd, buf, total, (off_t)kj_offset);
    pfree(buf);
    if (written != (ssize_t)total) {
        int save_errno = errno;

        /* The file may now end in a torn entry: later entries go to a new file. */
        kohi_journal_close();
        errno = written < 0 ? save_errno : ENOSPC;
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("アクセスログを記録できないため、処理を中止しました。"),
                        errdetail("kohi_auth: could not write the access journal: %m")));
    }
    kj_offset += (int64)total;
    /* Durable before the rows leave (a failed flush may have lost the data: PostgreSQL's rule). */
    if (pg_fdatasync(kj_fd) != 0)
        ereport(data_sync_elevel(ERROR),
                (errcode_for_file_access(),
                 errmsg("アクセスログを記録できないため、処理を中止しました。"),
                 errdetail("kohi_auth: could not flush the access journal: %m")));
}

/* ---------------------------------------------------------------------------------------------
 * Reading (the sealer) and removal after commit
 * ------------------------------------------------------------------------------------------- */

/* Parses "<db>.<epoch>.…" file names; the key is the name without its suffix. */
static bool kohi_journal_parse_name(const char* name, Oid* db, uint64* epoch, char* key,
                                    bool* open)
{
    unsigned int d;
    unsigned long long e;
    const char* dot;
    size_t keylen;

    if (sscanf(name, "%u.%16llx.", &d, &e) != 2)
        return false;
    if ((dot = strrchr(name, '.')) == NULL)
        return false;
    if (strcmp(dot, ".journal") == 0)
        *open = true;
    else if (strcmp(dot, ".done") == 0)
        *open = false;
    else
        return false;
    keylen = (size_t)(dot - name);
    if (keylen == 0 || keylen >= KOHI_JOURNAL_KEYLEN)
        return false;
    memcpy(key, name, keylen);
    key[keylen] = '\0';
    *db = (Oid)d;
    *epoch = (uint64)e;
    return true;
}

static void kohi_journal_discard_at_commit(const char* name)
{
    if (kj_discard_cap <= kj_ndiscard) {
        int newcap = kj_discard_cap == 0 ? 16 : kj_discard_cap * 2;

        kj_discard = kj_discard == NULL
                         ? MemoryContextAlloc(TopMemoryContext, sizeof(KohiJournalDiscard) * newcap)
                         : repalloc(kj_discard, sizeof(KohiJournalDiscard) * newcap);
        kj_discard_cap = newcap;
    }
    strlcpy(kj_discard[kj_ndiscard].name, name, sizeof(kj_discard[kj_ndiscard].name));
    kj_discard[kj_ndiscard].subid = GetCurrentSubTransactionId();
    kj_ndiscard++;
}

KOHI_INTERNAL void kohi_journal_xact_end(bool commit)
{
    char path[MAXPGPATH];
    int i;

    if (kj_ndiscard == 0)
        return;
    if (commit) {
        /* The entries are in the chain only once the commit is on disk (even for a caller that
         * switched synchronous_commit off). */
        XLogFlush(XactLastCommitEnd);
        for (i = 0; i < kj_ndiscard; i++) {
            snprintf(path, sizeof(path), "%s/%s", KOHI_JOURNAL_DIR, kj_discard[i].name);
            if (unlink(path) != 0 && errno != ENOENT)
                ereport(WARNING, (errcode_for_file_access(),
                                  errmsg("kohi_auth: could not remove \"%s\": %m", path)));
        }
        /* A removal that a crash undid would bring back entries whose progress row is gone. */
        fsync_fname(KOHI_JOURNAL_DIR, true);
    }
    kj_ndiscard = 0;
}

KOHI_INTERNAL void kohi_journal_subxact_abort(SubTransactionId subid)
{
    int kept = 0;

    for (int i = 0; i < kj_ndiscard; i++)
        if (kj_discard[i].subid < subid)
            kj_discard[kept++] = kj_discard[i];
    kj_ndiscard = kept;
}

/* Reads one file's valid entries (up to the first torn one) and passes each to cb. */
static void kohi_journal_read_file(const char* name, const char* key, kohi_journal_entry_cb cb,
                                   void* arg)
{
    char path[MAXPGPATH];
    int fd;
    struct stat st;
    char* buf;
    int64 size;
    int64 off = 0;

    snprintf(path, sizeof(path), "%s/%s", KOHI_JOURNAL_DIR, name);
    fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
    if (fd < 0) {
        if (errno == ENOENT)
            return;
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not open \"%s\": %m", path)));
    }
    if (fstat(fd, &st) != 0)
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not stat \"%s\": %m", path)));
    size = Min((int64)st.st_size, (int64)KOHI_JOURNAL_MAX_FILE);
    buf = palloc(size + 1);
    if (size > 0 && pg_pread(fd, buf, (size_t)size, 0) != (ssize_t)size)
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not read \"%s\": %m", path)));
    CloseTransientFile(fd);
    while (off + (int64)sizeof(KohiJournalHeader) <= size) {
        KohiJournalHeader h;

        memcpy(&h, buf + off, sizeof(h));
        if (h.magic != KOHI_JOURNAL_MAGIC || h.len > (uint32)(size - off - sizeof(h)) ||
            h.check != kohi_journal_check(h.at, buf + off + sizeof(h), h.len))
            break;
        off += (int64)sizeof(h) + h.len;
        cb(arg, key, off, h.at, buf + off - h.len, h.len);
    }
    pfree(buf);
}

KOHI_INTERNAL void kohi_journal_recover(Oid db, uint64 epoch, kohi_journal_entry_cb cb, void* arg)
{
    DIR* dir;
    struct dirent* de;

    dir = AllocateDir(KOHI_JOURNAL_DIR);
    if (dir == NULL) {
        if (errno == ENOENT)
            return;
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not open directory \"%s\": %m", KOHI_JOURNAL_DIR)));
    }
    while ((de = ReadDir(dir, KOHI_JOURNAL_DIR)) != NULL) {
        char key[KOHI_JOURNAL_KEYLEN];
        Oid fdb;
        uint64 fepoch;
        bool open;

        if (!kohi_journal_parse_name(de->d_name, &fdb, &fepoch, key, &open) || fdb != db ||
            fepoch == epoch)
            continue;
        /* Written under shared memory that is gone: its events may never have been sealed. */
        kohi_journal_read_file(de->d_name, key, cb, arg);
        kohi_journal_discard_at_commit(de->d_name);
    }
    FreeDir(dir);
}

KOHI_INTERNAL int kohi_journal_databases_to_recover(uint64 epoch, Oid* out, int max)
{
    DIR* dir;
    struct dirent* de;
    int n = 0;

    dir = AllocateDir(KOHI_JOURNAL_DIR);
    if (dir == NULL)
        return 0;
    while ((de = ReadDirExtended(dir, KOHI_JOURNAL_DIR, LOG)) != NULL) {
        char key[KOHI_JOURNAL_KEYLEN];
        Oid fdb;
        uint64 fepoch;
        bool open;
        bool listed = false;

        if (!kohi_journal_parse_name(de->d_name, &fdb, &fepoch, key, &open) || fepoch == epoch)
            continue;
        for (int i = 0; i < n; i++)
            listed |= out[i] == fdb;
        if (!listed && n < max)
            out[n++] = fdb;
    }
    FreeDir(dir);
    return n;
}

/*
 * kohi_audit.journal_files(): this database's journal files written under the current shared
 * memory: key, size, and whether a backend may still add to it.
 */
KOHI_SQL_FUNCTION(kohi_audit_journal_files);
Datum kohi_audit_journal_files(PG_FUNCTION_ARGS)
{
    ReturnSetInfo* rsinfo = (ReturnSetInfo*)fcinfo->resultinfo;
    DIR* dir;
    struct dirent* de;
    uint64 epoch = kohi_access_epoch();

    InitMaterializedSRF(fcinfo, 0);
    dir = AllocateDir(KOHI_JOURNAL_DIR);
    if (dir == NULL) {
        if (errno == ENOENT)
            return (Datum)0;
        ereport(ERROR, (errcode_for_file_access(),
                        errmsg("kohi_auth: could not open directory \"%s\": %m", KOHI_JOURNAL_DIR)));
    }
    while ((de = ReadDir(dir, KOHI_JOURNAL_DIR)) != NULL) {
        char key[KOHI_JOURNAL_KEYLEN];
        char path[MAXPGPATH];
        Oid fdb;
        uint64 fepoch;
        bool open;
        struct stat st;
        Datum values[4];
        bool nulls[4] = {false, false, false, false};

        if (!kohi_journal_parse_name(de->d_name, &fdb, &fepoch, key, &open) ||
            fdb != MyDatabaseId)
            continue;
        snprintf(path, sizeof(path), "%s/%s", KOHI_JOURNAL_DIR, de->d_name);
        if (stat(path, &st) != 0)
            continue; /* removed meanwhile */
        values[0] = CStringGetTextDatum(key);
        values[1] = Int64GetDatum((int64)st.st_size);
        values[2] = BoolGetDatum(open);
        values[3] = BoolGetDatum(fepoch == epoch);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    FreeDir(dir);
    return (Datum)0;
}

/*
 * kohi_audit.journal_discard(key): remove a finished journal of this database once the calling
 * transaction commits. Only finished files (".done"): an open one is still being written.
 */
KOHI_SQL_FUNCTION(kohi_audit_journal_discard);
Datum kohi_audit_journal_discard(PG_FUNCTION_ARGS)
{
    char* key = text_to_cstring(PG_GETARG_TEXT_PP(0));
    char name[KOHI_JOURNAL_KEYLEN + 16];
    char k2[KOHI_JOURNAL_KEYLEN];
    Oid fdb;
    uint64 fepoch;
    bool open;

    snprintf(name, sizeof(name), "%s.done", key);
    if (!kohi_journal_parse_name(name, &fdb, &fepoch, k2, &open) || fdb != MyDatabaseId ||
        strchr(key, '/') != NULL)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("kohi_auth: not a journal of this database")));
    kohi_access_register_xact_callbacks();
    kohi_journal_discard_at_commit(name);
    PG_RETURN_VOID();
}
