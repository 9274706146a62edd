/* The team-meeting report's plain data. */
#include "core/team_report.h"

#include <stdlib.h>

void team_report_done(struct team_report *r)
{
	if (!r)
		return;
	free(r->months);
	free(r->levels);
	free(r->goals);
	free(r->words);
	free(r->notes);
	r->months = NULL;
	r->levels = NULL;
	r->goals = NULL;
	r->words = NULL;
	r->notes = NULL;
	r->nmonths = r->nlevels = r->ngoals = r->nwords = r->nnotes = 0;
}
