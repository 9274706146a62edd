/* Team meeting kinds. */
#include "core/meeting.h"

#include <string.h>

#include "util/i18n.h"

static const char *const codes[] = { "intro", "mid", "final" };
static const char *const names[] = { N_("intro meeting"), N_("mid-term meeting"), N_("final meeting") };

const char *meeting_kind_code(enum meeting_kind k)
{
	return k >= MEETING_INTRO && k <= MEETING_FINAL ? codes[k] : "";
}

bool meeting_kind_parse(const char *code, enum meeting_kind *k)
{
	for (int i = 0; code && i < 3; i++)
		if (!strcmp(code, codes[i])) {
			*k = (enum meeting_kind)i;
			return true;
		}
	return false;
}

const char *meeting_kind_label(enum meeting_kind k)
{
	return k >= MEETING_INTRO && k <= MEETING_FINAL ? names[k] : "";
}
