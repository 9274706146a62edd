/* One person's data as a whole: every row rota holds about them, table by
 * table, for a data-access request; their anonymisation; and who is due
 * for it under the retention rule. Nothing here deletes a record. */
#ifndef ROTA_STORE_PERSONAL_H
#define ROTA_STORE_PERSONAL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/personal.h"
#include "store/db.h"

/* Returns how many tables store_personal_table() knows. */
size_t store_personal_tables(void);
/* Returns the name of table i ("visits"), "" past the last. */
const char *store_personal_table_name(size_t i);
/* Calls fn with the header and then each row of table i (0 to
 * store_personal_tables() - 1) of person_id's data. Times are local, days
 * YYYY-MM-DD. ERR_NOT_FOUND past the last table. */
enum rota_err store_personal_table(struct db *db, size_t i, long long person_id, personal_row_fn fn, void *ctx);
/* Sets *done to whether person_id has been anonymised. */
enum rota_err store_person_is_anonymised(struct db *db, long long person_id, bool *done);
/* Anonymises person_id: records the anonymisation (pseudonym, c's who,
 * when, reason), then replaces their name with pseudonym and every free
 * text of their records (notes, progress notes and own words, goals and
 * their status notes, meetings, absence notes, the reasons in their
 * visits' history, assignments and stopped badges) with the mark "-" or
 * nothing, discards their drafts, and rewrites their earlier changes in
 * the outbox as their rows now are (store_feed_forget()). Visits,
 * levels, entry data and outcomes stay as they were. Call inside a write. */
enum rota_err store_person_anonymise(struct db *db, long long person_id, const char *pseudonym,
                                     const struct change *c);
/* Calls fn for each participant not yet anonymised whose programme ended
 * (the exit date, else the programme's end) before day (YYYYMMDD), by the
 * day it ended. */
enum rota_err store_retention_each(struct db *db, int day, retention_fn fn, void *ctx);
/* Writes what the file still holds of deleted or replaced text out of it:
 * checkpoints the write-ahead log into the file and truncates it, so old
 * pages are no longer on the disk (the anonymisation runs with
 * secure_delete, so freed space is zeroed). Returns ERR_DB_BUSY when a
 * reader kept the log from being emptied. */
enum rota_err store_scrub(struct db *db);
/* Turns SQLite's secure_delete (freed and overwritten space zeroed) on or
 * off for this connection. */
void store_secure_delete(struct db *db, bool on);

#endif
