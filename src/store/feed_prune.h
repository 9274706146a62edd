/* The outbox kept small, and moved on after a restore: what the centre
 * confirmed it holds, the pruning of changes confirmed long enough ago,
 * the file's room given back, and the moving up of the changes the centre
 * does not have past the numbers it holds (rota central resume-site).
 * Only these may take rows out of the outbox or renumber them, and the
 * outbox's own triggers (migration 15) hold them to it: a change above
 * the confirmed mark, and the newest change, are never deleted. */
#ifndef ROTA_STORE_FEED_PRUNE_H
#define ROTA_STORE_FEED_PRUNE_H

#include <stdbool.h>
#include <time.h>

#include "store/db.h"
#include "store/feed.h"

/* Records that the centre said at at it holds every change up to seq (at
 * most what was sent: store_feed_sent first). Call inside a write. */
enum rota_err store_feed_confirm(struct db *db, long long seq, time_t at);
/* The centre's last confirmation: every change up to *seq is there. */
enum rota_err store_feed_confirmed(struct db *db, long long *seq);
/* Deletes the changes the centre confirmed at or before cutoff (keeping
 * the newest change, so the numbering goes on after it) and the marks
 * older than the one it used; *pruned says how many changes went. Call
 * inside a write. */
enum rota_err store_feed_prune(struct db *db, time_t cutoff, long long *pruned);
/* Gives the room of deleted rows back to the file system when it is more
 * than a quarter of the file and at least 1 MiB: the first time with a
 * VACUUM that also turns on incremental vacuum (the whole file is
 * rewritten once, holding the write lock while it runs: only when
 * may_rewrite, else it waits for a later call), later by incremental
 * vacuum alone. Outside any transaction. *freed: bytes the file shrank by
 * (0: nothing done). A file another terminal is writing is left as it is
 * (ERR_DB_BUSY), to be tried at the next sync. */
enum rota_err store_reclaim(struct db *db, bool may_rewrite, long long *freed);
/* Reads up to limit changes after seq after into *b, as store_feed_batch
 * does. */
enum rota_err store_feed_batch_after(struct db *db, long long after, int limit, struct feed_batch *b);
/* The highest change number at or below upto (0: none), and the lowest
 * above it (0: none). */
enum rota_err store_feed_around(struct db *db, long long upto, long long *below, long long *above);
/* Moves every change above after up by by (> 0), as it is, so the first of
 * them comes after the centre's numbers; a change the centre confirmed is
 * never moved (ERR_INVALID). Then, when no change is above upto, copies
 * the newest change as a 'snapshot' numbered upto + 1, so the numbering
 * goes on after upto. Every change up to upto then counts as sent. Call
 * inside a write. */
enum rota_err store_feed_move_up(struct db *db, long long after, long long by, long long upto);

#endif
