/* Closing a month: a coordinator freezes the month's attendance list as
 * it is signed (store/months.h keeps each row and day), with a fingerprint
 * (SHA-256 over the list's cells and totals in a canonical form) printed
 * on it. Every later document of the month shows the frozen numbers; a
 * change to a day of a closed month needs a coordinator and a reason and
 * is recorded as an amendment, shown on the next open month's list. */
#ifndef ROTA_APP_MONTH_H
#define ROTA_APP_MONTH_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "app/attendance_list.h"
#include "core/month.h"
#include "util/refusal.h"

/* A change to one person's day, as the closed-month rule weighs it. */
struct month_change {
	long long person_id;
	int day;                 /* YYYYMMDD changed */
	const char *what;        /* visit_correct, visit_add, visit_accept, absence_add, absence_cancel */
	long long ref_id;        /* the visit or the absence */
	long before_seconds, after_seconds;
	long long by;
	const char *reason;
	time_t now;
};

/* Closes month yyyymm (it must be over at now) by coordinator `by`:
 * freezes its whole attendance list and stores its fingerprint; *out
 * (may be NULL) gets the closing. ERR_NOT_COORDINATOR when by is no
 * coordinator; ERR_INVALID when the month is not over yet;
 * ERR_MONTH_CLOSED_ALREADY when it is closed; each names the month
 * (REFUSAL_MONTH, given yyyymm) in *why when why is not NULL.
 * Nothing changes on a refusal. */
enum rota_err app_month_close(struct app *app, int yyyymm, long long by, time_t now, struct month_close *out,
                              struct refusal *why);
/* Reopens closed month yyyymm by coordinator `by` with a reason, recorded
 * on the closing and logged. ERR_MONTH_OPEN when it is not closed;
 * ERR_NOT_COORDINATOR when by is no coordinator (both naming the month in
 * *why, as app_month_close); ERR_VISIT_REASON for no reason (REFUSAL_REASON). */
enum rota_err app_month_reopen(struct app *app, int yyyymm, long long by, const char *reason, time_t now,
                               struct refusal *why);
/* Returns ERR_OK when `by` may close or reopen month yyyymm (an active
 * coordinator), else ERR_NOT_COORDINATOR naming the month in *why (as
 * app_month_close): what a screen asks before it asks its question. */
enum rota_err app_month_may_close(struct app *app, int yyyymm, long long by, time_t now, struct refusal *why);
/* Reads month yyyymm's standing closing into *out; *closed false when open. */
enum rota_err app_month_closed(struct app *app, int yyyymm, struct month_close *out, bool *closed);
/* Writes into hex the fingerprint recomputed from closing c's frozen list
 * (equal to c->fingerprint while the record is whole). */
enum rota_err app_month_fingerprint(struct app *app, const struct month_close *c,
                                    char hex[MONTH_FINGERPRINT_HEX + 1]);
/* Calls fn for each closing, reopened ones too, oldest first. */
enum rota_err app_month_each(struct app *app, void (*fn)(const struct month_close *c, void *ctx), void *ctx);
/* The closed-month rule, called inside the write that makes change ch:
 * ERR_OK and nothing more when ch's day is in an open month; when it is
 * closed, ERR_MONTH_CLOSED unless ch->by is a coordinator and ch->reason
 * has words, else the change is recorded as an amendment. */
enum rota_err app_month_amend(struct app *app, const struct month_change *ch);
/* The rule for a change spanning days from..to of one person (an
 * absence): app_month_amend for each month it touches, at its first day
 * there, with no hours before or after. */
enum rota_err app_month_amend_span(struct app *app, long long person_id, int from, int to, const char *what,
                                   long long ref_id, long long by, const char *reason, time_t now);
/* The rule for cancelling absence id: as app_month_amend_span over its
 * days. */
enum rota_err app_month_amend_absence(struct app *app, long long id, long long by, const char *reason, time_t now);
/* Calls fn for each amendment of closed month `month` (0: all), or with
 * list_month > 0 of those the list of that month shows. */
enum rota_err app_month_amendments(struct app *app, int month, int list_month, month_amendment_fn fn, void *ctx);
/* When l's month is closed, puts the signed list's columns (its days) in
 * place of the counted ones; l's rows are the closed ones already, as
 * app_hours_month gives them (app/month_hours.h). Part of
 * app_attendance_list(). */
enum rota_err app_month_frozen_apply(struct app *app, struct attendance_list *l);
/* Returns the month after yyyymm. */
int app_month_next(int yyyymm);

#endif
