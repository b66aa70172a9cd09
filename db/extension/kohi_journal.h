/*
 * kohi_journal.h — the reader's crash-safe journal of access events (kohi_journal.c), used by
 * the ring and the sealer in kohi_access.c.
 */
#ifndef KOHI_JOURNAL_H
#define KOHI_JOURNAL_H

#include "postgres.h"

#include "datatype/timestamp.h"

#include "kohi_auth.h"

#define KOHI_JOURNAL_KEYLEN 80

/* One recovered entry: journal key, offset just after it, event time, encoded fields. */
typedef void (*kohi_journal_entry_cb)(void* arg, const char* key, int64 end_offset, TimestampTz at,
                                      const char* data, uint32 len);

/* May this event (its target and details) be written to disk as it is? */
extern KOHI_INTERNAL bool kohi_journal_safe(const char* text, uint32 len);
/* Open (or rotate) this backend's journal; the key and end offset the next entry will have. */
extern KOHI_INTERNAL void kohi_journal_reserve(uint64 epoch, uint32 len, char* key,
                                               int64* end_offset);
/* Append the reserved entry and flush it to disk (ERROR on failure: no rows then). */
extern KOHI_INTERNAL void kohi_journal_write(const char* data, uint32 len, TimestampTz at);
/* Entries of this database's journals of an older epoch; the files go when the caller commits. */
extern KOHI_INTERNAL void kohi_journal_recover(Oid db, uint64 epoch, kohi_journal_entry_cb cb,
                                               void* arg);
/* Databases with journals of an older epoch (for the launcher). */
extern KOHI_INTERNAL int kohi_journal_databases_to_recover(uint64 epoch, Oid* out, int max);
extern KOHI_INTERNAL void kohi_journal_xact_end(bool commit);
extern KOHI_INTERNAL void kohi_journal_subxact_abort(SubTransactionId subid);

/* kohi_access.c */
extern KOHI_INTERNAL uint64 kohi_access_epoch(void);
extern KOHI_INTERNAL void kohi_access_register_xact_callbacks(void);

#endif /* KOHI_JOURNAL_H */
