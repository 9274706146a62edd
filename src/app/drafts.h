/* Drafts: a form's unsaved text kept when mentor mode times out, found
 * again by the same mentor at the next sign-in. A draft never enters the
 * record; it is private to its mentor (every call names the mentor in the
 * draft's key) and is dropped when the form is saved or discarded. */
#ifndef ROTA_APP_DRAFTS_H
#define ROTA_APP_DRAFTS_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "core/draft.h"

/* Keeps d (its key and body) at now, replacing an older draft with the same
 * key; a body with nothing typed drops the draft instead. */
enum rota_err app_draft_keep(struct app *app, const struct draft *d, time_t now);
/* Reads the body of the draft with d's key into d->body; *found says if
 * there is one (d->body is "" when not). */
enum rota_err app_draft_find(struct app *app, struct draft *d, bool *found);
/* Drops the draft with d's key, if any. */
enum rota_err app_draft_drop(struct app *app, const struct draft *d);
/* Counts into *n the drafts mentor_id keeps about person_id. */
enum rota_err app_draft_count(struct app *app, long long mentor_id, long long person_id, int *n);

#endif
