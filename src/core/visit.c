/* Visit status names. */
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
