/* Visit status names and the rules a corrected or added visit keeps. */
#include "core/visit.h"

#include <string.h>

static const char *const codes[] = { "open", "closed", "end_unknown", "undone" };

const char *visit_status_code(enum visit_status status)
{
	return (unsigned)status < 4 ? codes[status] : "open";
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
                                const struct visit *others, size_t n, long long self_id)
{
	if (check_in > now || check_out > now)
		return ERR_VISIT_FUTURE;
	if (check_out <= check_in || check_out - check_in >= 24 * 3600)
		return ERR_VISIT_ORDER;
	if (registered && check_in < registered)
		return ERR_VISIT_BEFORE_START;
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
		if (check_in < end && o->check_in < check_out)
			return ERR_VISIT_OVERLAP;
	}
	return ERR_OK;
}
