/* Progress scale helpers. */
#include "core/progress.h"

#include <string.h>

bool progress_level_is_valid(int level) { return level >= 0 && level <= PROGRESS_LEVEL_MAX; }

const char *progress_kind_code(enum progress_kind kind)
{
	return kind == PROGRESS_SKILL ? "skill" : "process";
}

bool progress_kind_parse(const char *code, enum progress_kind *kind)
{
	if (code && !strcmp(code, "process"))
		*kind = PROGRESS_PROCESS;
	else if (code && !strcmp(code, "skill"))
		*kind = PROGRESS_SKILL;
	else
		return false;
	return true;
}
