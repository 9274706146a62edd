/* What the mentors' review reads: visits that need a real end, undone
 * scans, participants' own words, and what a mentor has already looked
 * at. */
#ifndef ROTA_STORE_REVIEW_H
#define ROTA_STORE_REVIEW_H

#include <time.h>

#include "store/progress.h"
#include "store/visits.h"

/* Calls fn for every visit with status (open, end_unknown or undone) on or
 * after day since, leaving out undone visits a mentor has seen. */
enum rota_err store_review_visits(struct db *db, enum visit_status status, int since, visit_row_fn fn,
                                  void *ctx);
/* Calls fn for every visit from day since to day until (both included)
 * whose clock was doubtful at a scan and that no mentor has corrected since
 * (undone ones left out). */
enum rota_err store_review_clock_doubtful(struct db *db, int since, int until, visit_row_fn fn, void *ctx);
/* Calls fn for every visit on or after day since that was scanned after
 * the person's programme ended and that no coordinator has accepted yet
 * (undone ones left out). */
enum rota_err store_review_after_end(struct db *db, int since, visit_row_fn fn, void *ctx);
/* Calls fn for progress entries with the participant's own words that no
 * mentor has marked as seen. */
enum rota_err store_review_words(struct db *db, progress_fn fn, void *ctx);
/* Calls fn for the first visit that counts (visit_counts) of each person and day since
 * `since` that a standing excused absence covers: presence wins the day,
 * and the absence is there to be cancelled. */
enum rota_err store_review_present_excused(struct db *db, int since, visit_row_fn fn, void *ctx);
/* Records that a mentor looked at an item (kind "undone", "not_seen" or
 * "words"; ref the visit, person or progress entry). */
enum rota_err store_review_mark_seen(struct db *db, const char *kind, long long ref, const struct change *c);

#endif
