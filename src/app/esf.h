/* ESF+ 2021-2027 follow-up and participant-level export: who is due a
 * follow-up six months after leaving, and the participant-level rows for
 * the managing authority (core/esf.h), exact and pseudonymous, for a
 * coordinator only, every export recorded with who, when and why. */
#ifndef ROTA_APP_ESF_H
#define ROTA_APP_ESF_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/esf.h"
#include "core/person.h"

/* One participant whose follow-up is due. */
struct esf_due {
	long long person_id;
	char name[PERSON_NAME_MAX];
	int exit_day, due_day; /* YYYYMMDD: the exit date and six months after it */
};

/* Fills *out (n in *n; free() it) with the participants who left (an exit
 * date is recorded) and have no follow-up date recorded, whose follow-up
 * falls due (the exit date plus 6 months) on or before `within` days after
 * today (0: due today or earlier), by due day, then id. */
enum rota_err app_followup_due(struct app *app, int today, int within, struct esf_due **out, size_t *n);

/* A participant-level export, as made. */
struct esf_export {
	struct esf_person *rows;
	size_t n;
	bool special;  /* the special-category columns are in it (esf_special_fields on) */
	long long id;  /* the export's record (esf_exports.id) */
};

/* Reads, in one write, the participant-level rows of the period from ..
 * to (YYYYMMDD): one per participant who entered or was active in it
 * (entered on or before `to`, not left before `from`), by pseudonymous id,
 * and records the export (by, now, the period, reason, format "csv" or
 * "excel", the number of rows, whether the special-category columns are in
 * it). ERR_NOT_COORDINATOR for a `by` who is not an active coordinator, a
 * reason the gate refuses (one line, TEXT_REASON_CHARS) its ERR_TEXT_*,
 * ERR_INVALID for a period that does not exist or ends before it begins:
 * nothing is read or recorded then. Free *out with app_esf_export_free(). */
enum rota_err app_esf_export(struct app *app, int from, int to, long long by, const char *reason,
                             const char *format, time_t now, struct esf_export *out);
/* Frees what app_esf_export() filled; a zeroed *x is fine. */
void app_esf_export_free(struct esf_export *x);

#endif
