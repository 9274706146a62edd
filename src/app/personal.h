/* A person's data as a whole: everything rota holds about one person, for
 * a data-access request; anonymisation, which replaces their name and free
 * texts with a pseudonym while hours, levels and outcomes stay countable;
 * and the retention rule, which finds those whose programme ended long
 * ago. Anonymisation is the only change here, and it is recorded. */
#ifndef ROTA_APP_PERSONAL_H
#define ROTA_APP_PERSONAL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/personal.h"

/* Calls begin(name) and then row() for the header and each row, for every
 * table of person_id's data in turn (see store/personal.h). ERR_NOT_FOUND
 * for no such person. */
enum rota_err app_person_export(struct app *app, long long person_id, void (*begin)(const char *table, void *ctx),
                                personal_row_fn row, void *ctx);

/* Anonymises person_id (a participant) by coordinator `by` at now for
 * reason (one line the text gate takes, up to TEXT_REASON_CHARS: else its
 * ERR_TEXT_*), and writes the pseudonym given them
 * ("Participant 12") into pseudonym (n bytes). Freed and replaced space is
 * zeroed and the write-ahead log emptied, so the old texts are not left in
 * the file, and the log's lines about their renames lose the names. ERR_NOT_PARTICIPANT (nothing changed) for someone
 * not a participant, ERR_ALREADY_ANONYMISED for a person anonymised already; ERR_NOT_COORDINATOR for a
 * `by` who is not a coordinator; ERR_NOT_FOUND for no such person. */
enum rota_err app_person_anonymise(struct app *app, long long person_id, long long by, const char *reason,
                                   time_t now, char *pseudonym, size_t n);
/* The same anonymisation in a copy of the records (a backup being
 * rewritten after the records were anonymised): as app_person_anonymise,
 * but by is recorded only when it is a coordinator in the copy (else no one
 * is named), since the copy may be older than them. ERR_NOT_FOUND when the
 * copy does not hold person_id; ERR_NOT_PARTICIPANT or ERR_ALREADY_ANONYMISED
 * as app_person_anonymise. */
enum rota_err app_person_anonymise_copy(struct app *app, long long person_id, long long by, const char *reason,
                                        time_t now, char *pseudonym, size_t n);
/* Calls fn for each participant, not yet anonymised, whose programme ended
 * (exit date, else the programme's end) more than `years` years before
 * now, by the day it ended. ERR_INVALID for years outside 1..100. */
enum rota_err app_retention_each(struct app *app, int years, time_t now, retention_fn fn, void *ctx);

#endif
