/* SQL for closed months (migration 15): the closings, the frozen lists,
 * the amendments made afterwards, and each participant's transport amount.
 * The frozen rows are only ever added; a reopening marks the closing. */
#ifndef ROTA_STORE_MONTHS_H
#define ROTA_STORE_MONTHS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/month.h"
#include "store/db.h"

/* Reads the standing closing of month (YYYYMM) into *out; *found false
 * when the month is open. */
enum rota_err store_month_closed(struct db *db, int month, struct month_close *out, bool *found);
/* Adds a closing (month, fingerprint, by, at); *id gets its id.
 * ERR_CONFLICT when the month is closed already. */
enum rota_err store_month_close_add(struct db *db, const struct month_close *c, long long *id);
/* Adds a frozen row at position (its order on the list) to closing close_id. */
enum rota_err store_month_row_add(struct db *db, long long close_id, int position, const struct month_row *r);
/* Adds a frozen day of a row to closing close_id. */
enum rota_err store_month_cell_add(struct db *db, long long close_id, const struct month_cell *c);
/* Returns closing close_id's rows in list order (*n of them, caller frees). */
enum rota_err store_month_rows(struct db *db, long long close_id, struct month_row **out, size_t *n);
/* Returns closing close_id's cells by person and day (caller frees). */
enum rota_err store_month_cells(struct db *db, long long close_id, struct month_cell **out, size_t *n);
/* Marks closing close_id reopened by `by` at `at` with a reason. */
enum rota_err store_month_reopen(struct db *db, long long close_id, long long by, time_t at, const char *reason);
/* Calls fn for each closing (reopened ones too), oldest first. */
enum rota_err store_month_close_each(struct db *db, void (*fn)(const struct month_close *c, void *ctx), void *ctx);
/* Adds an amendment (its id is ignored). */
enum rota_err store_month_amend_add(struct db *db, const struct month_amendment *a);
/* Calls fn for each amendment of closed month `month` (0: every month),
 * or with list_month > 0 those the list of that month shows; in order. */
enum rota_err store_month_amend_each(struct db *db, int month, int list_month, month_amendment_fn fn, void *ctx);
/* Reads absence id's person and days (for the closed-month rule). */
enum rota_err store_absence_span(struct db *db, long long id, long long *person_id, int *from, int *to);
/* Records person_id's transport per day, in cents, by `by` at `at`. */
enum rota_err store_transport_set(struct db *db, long long person_id, long cents, long long by, time_t at);
/* Reads person_id's newest transport amount; *found false when none. */
enum rota_err store_transport_get(struct db *db, long long person_id, long *cents, bool *found);

#endif
