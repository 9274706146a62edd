/* The drafts table: a form's unsaved text kept for the mentor who typed
 * it. A draft is no part of the record (no history, no report reads it);
 * one per mentor, form, person and ref, replaced when saved again. */
#ifndef ROTA_STORE_DRAFTS_H
#define ROTA_STORE_DRAFTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/draft.h"
#include "store/db.h"

/* Writes (or replaces) the draft d at time at. */
enum rota_err store_draft_put(struct db *db, const struct draft *d, time_t at);
/* Reads the draft with d's key (mentor_id, form, person_id, ref) into
 * d->body; *found says if there was one. */
enum rota_err store_draft_get(struct db *db, struct draft *d, bool *found);
/* Deletes the draft with d's key; none is fine. */
enum rota_err store_draft_drop(struct db *db, const struct draft *d);
/* Counts the mentor's drafts about person_id into *n. */
enum rota_err store_draft_count(struct db *db, long long mentor_id, long long person_id, int *n);

#endif
