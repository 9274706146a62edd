/* A visit: one stay in the workshop, from check-in to check-out. A visit is
 * never deleted; an undone scan and a forgotten check-out keep their visit
 * with a status that says so. */
#ifndef ROTA_CORE_VISIT_H
#define ROTA_CORE_VISIT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "util/err.h"
#include "util/i18n.h"
#include "util/refusal.h"
#include "util/text.h"

/* The reasons rota writes into a visit's or a badge's history by itself:
 * stored in English, translated where they are shown (app_reason_words
 * knows them by these constants). */
#define VISIT_REASON_CLOSING_TIME N_("closing time")
#define VISIT_REASON_BADGE_REPLACED N_("replaced by a new badge")
#define VISIT_REASON_BADGE_REVOKED N_("revoked")
#define VISIT_REASON_BADGE_STOPPED N_("stopped in mentor mode")
#define VISIT_REASON_UNDONE N_("undone at the kiosk")
#define VISIT_REASON_STALE N_("open from an earlier day; closed at the next scan")

enum visit_status { VISIT_OPEN, VISIT_CLOSED, VISIT_END_UNKNOWN, VISIT_UNDONE };

struct visit {
	long long id;
	long long person_id;
	int day;              /* local YYYYMMDD of the check-in */
	time_t check_in;
	time_t check_out;     /* 0 while open, and for end unknown */
	enum visit_status status;
	bool is_held;         /* scanned after the person's programme ended (or
	                         after their exit date) and not yet accepted by a
	                         coordinator: recorded, counted nowhere */
};

/* The one rule of what a visit counts for: every report, every hour sheet
 * and the store's kept hours (store/rules.c) ask it. Returns false for an
 * undone visit and for one held for review after the programme ended;
 * true for every other, whatever its status. */
bool visit_counts(const struct visit *v);

/* Returns "open", "closed", "end_unknown" or "undone". */
const char *visit_status_code(enum visit_status status);
/* Parses a status code; false for anything else. */
bool visit_status_parse(const char *code, enum visit_status *status);

/* One row of a visit export: the visit and its person's full name. */
struct visit_row {
	struct visit visit;
	char name[TEXT_BYTES(TEXT_NAME_CHARS)];
};

typedef void (*visit_row_fn)(const struct visit_row *row, void *ctx);

/* One change to a visit, as the history keeps it. */
struct visit_change {
	long long visit_id;
	int seq;
	time_t at;
	long long by;
	char action[16], reason[TEXT_BYTES(TEXT_REASON_CHARS)], terminal[TEXT_BYTES(TEXT_TERMINAL_CHARS)];
	struct visit before, after;  /* before.status is meaningless when has_before is false */
	bool has_before;
};

typedef void (*visit_change_fn)(const struct visit_change *c, void *ctx);

/* The rules a mentor's correction or added visit must keep, checked in this
 * order: a check-in or check-out later than now is ERR_VISIT_FUTURE; a
 * check-out not after the check-in, or a day or more after it, is
 * ERR_VISIT_ORDER; a check-in before `registered` (the start of the day
 * the person was registered, 0: unknown) is ERR_VISIT_BEFORE_START; times that
 * overlap one of the person's other visits (`others`, n of them; the visit
 * with id self_id and undone visits are skipped; an open visit lasts until
 * now, an end-unknown one is its check-in instant; two visits overlap when
 * each begins before the other ends) is ERR_VISIT_OVERLAP.
 * ERR_OK when all hold. Pure: now is a parameter. *why (when not NULL)
 * names the cause: the field (the later time for FUTURE, with now as the
 * limit; the check-out for ORDER, with the check-in as the limit; the day
 * for BEFORE_START, given the check-in's day, limit `registered`'s (YYYYMMDD); for OVERLAP the
 * time that falls inside the other visit (else the check-in), and that
 * visit's id, check-in and check-out, 0 while open or end unknown). */
enum rota_err visit_check_times(time_t check_in, time_t check_out, time_t now, time_t registered,
                                const struct visit *others, size_t n, long long self_id, struct refusal *why);

#endif
