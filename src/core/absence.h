/* Excused absences: a participant away for a day or a range of days with a
 * reason from a short list (a code people read in their own language). An
 * absence is never deleted; a cancellation is recorded. */
#ifndef ROTA_CORE_ABSENCE_H
#define ROTA_CORE_ABSENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/calendar.h"
#include "util/text.h"

#define ABSENCE_NOTE_MAX TEXT_BYTES(TEXT_REASON_CHARS)

struct absence {
	long long id, person_id, by_person, cancelled_by;
	int from, to;                /* YYYYMMDD, inclusive */
	char reason[16];             /* a code: illness, appointment, ... */
	char note[ABSENCE_NOTE_MAX];
	time_t at, cancelled_at;     /* cancelled_at 0 while it stands */
};

typedef void (*absence_fn)(const struct absence *a, void *ctx);

#define ABSENCE_REASONS_MAX 9
#define ABSENCE_REASON_MAX 15      /* bytes of a code */

/* Returns the code of known reason number i (0..), or NULL past the last. */
const char *absence_reason_code(int i);
/* Returns the reason's label for people to read, untranslated (marked with
 * N_(): the caller shows it through _()), or NULL for a code rota does not
 * know (a workshop's own reason, shown as written). */
const char *absence_reason_label(const char *code);
/* Returns true when list is a workshop's list of reasons: 1 to
 * ABSENCE_REASONS_MAX codes separated by commas, each 1 to
 * ABSENCE_REASON_MAX of a-z, 0-9 and _, none twice. */
bool absence_reasons_are_valid(const char *list);
/* Copies code number i (0..) of a valid list into code (ABSENCE_REASON_MAX
 * + 1 bytes); returns false past the last. */
bool absence_reasons_nth(const char *list, int i, char *code);
/* Returns true when ymd lies in a standing (not cancelled) absence. */
bool absence_covers(const struct absence *a, int ymd);

/* What one day is for one person. */
enum person_day {
	PDAY_EXPECTED,     /* a working day of their programme */
	PDAY_OFF,          /* not one of the workshop's weekdays */
	PDAY_HOLIDAY,      /* a public holiday */
	PDAY_CLOSURE,      /* the workshop was closed */
	PDAY_OUTSIDE,      /* before or after their programme */
	PDAY_EXCUSED,      /* an excused absence on a working day */
};

/* Returns what ymd is for a person whose programme runs start..end (0:
 * open) and whose absences are a[0..n): a holiday, a closure or a day the
 * workshop does not work first, then a day outside the programme, then an
 * excused day, else an expected one. *name (may be NULL) gets the holiday's
 * name or the closure's reason, else ""; *why (may be NULL) the absence
 * that excuses the day, else NULL. The one rule the review, Today, the
 * person's month and the hour sheet read. */
enum person_day absence_day_kind(const struct workshop_calendar *cal, int start, int end, const struct absence *a,
                                 size_t n, int ymd, const char **name, const struct absence **why);
/* Returns true when the person would have been expected on ymd but the
 * workshop was closed: a holiday or a closure on one of its weekdays,
 * within their programme (start..end, 0: open). */
bool absence_day_is_closed(const struct workshop_calendar *cal, int start, int end, int ymd);
/* Returns true when a[0..n) excuses ymd. */
bool absence_any_covers(const struct absence *a, size_t n, int ymd);
/* Returns how many days strictly between from and to the person was
 * expected at the workshop: days it works, within their programme
 * (start..end, 0: open), not excused by a[0..n). */
int absence_expected_days_between(const struct workshop_calendar *cal, int start, int end, const struct absence *a,
                                  size_t n, int from, int to);
/* Returns true when the person is expected on ymd (see above). */
bool absence_is_expected(const struct workshop_calendar *cal, int start, int end, const struct absence *a, size_t n,
                         int ymd);

#endif
