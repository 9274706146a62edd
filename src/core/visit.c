/* Visit status names and the rules a corrected or added visit keeps. */
#include "core/visit.h"

#include <string.h>

#include "util/date.h"

static const char *const codes[] = { "open", "closed", "end_unknown", "undone" };

const char *visit_status_code(enum visit_status status)
{
	return (unsigned)status < 4 ? codes[status] : "open";
}

bool visit_counts(const struct visit *v)
{
	return v->status != VISIT_UNDONE && !v->is_held;
}

bool visit_status_parse(const char *code, enum visit_status *status)
{
	for (int i = 0; code && i < 4; i++) {
		if (!strcmp(code, codes[i])) {
			*status = (enum visit_status)i;
			return true;
		}
	}
	return false;
}

enum rota_err visit_check_times(time_t check_in, time_t check_out, time_t now, time_t registered,
                                const struct visit *others, size_t n, long long self_id, struct refusal *why)
{
	if (check_in > now)
		return refusal_set(why, ERR_VISIT_FUTURE, REFUSAL_CHECK_IN, check_in, now);
	if (check_out > now)
		return refusal_set(why, ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, check_out, now);
	if (check_out <= check_in || check_out - check_in >= 24 * 3600)
		return refusal_set(why, ERR_VISIT_ORDER, REFUSAL_CHECK_OUT, check_out, check_in);
	if (registered && check_in < registered)
		return refusal_set(why, ERR_VISIT_BEFORE_START, REFUSAL_DAY, date_ymd(check_in), date_ymd(registered));
	for (size_t i = 0; i < n; i++) {
		const struct visit *o = &others[i];
		if (o->id == self_id || o->status == VISIT_UNDONE)
			continue;
		time_t end = o->status == VISIT_CLOSED ? o->check_out
		             : o->status == VISIT_OPEN ? (now > o->check_in ? now : o->check_in)
		                                        : o->check_in;
		/* Half-open intervals: leaving at 12:00 and coming back at 12:00
		 * is fine, and so is a visit of no length at either end of this
		 * one (in and out in one second, as a quick double scan records
		 * it). The store's guard on visits (migration 14) is this rule. */
		if (check_in < end && o->check_in < check_out) {
			/* the time that falls inside the other visit is the one to fix */
			bool out_inside = check_in < o->check_in;
			refusal_set(why, ERR_VISIT_OVERLAP, out_inside ? REFUSAL_CHECK_OUT : REFUSAL_CHECK_IN,
			            out_inside ? check_out : check_in, 0);
			refusal_other(why, o->id, o->check_in, o->status == VISIT_CLOSED ? o->check_out : 0);
			return ERR_VISIT_OVERLAP;
		}
	}
	return refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
}
