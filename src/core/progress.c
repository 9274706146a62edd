/* Progress scale helpers. */
#include "core/progress.h"

#include <string.h>

#include "util/i18n.h"

bool progress_level_is_valid(int level) { return level >= 0 && level <= PROGRESS_LEVEL_MAX; }

const char *progress_level_label(int level)
{
	static const char *const words[PROGRESS_LEVEL_MAX + 1] = {
		N_("not started yet"), N_("has been shown the work"), N_("works with some help"),
		N_("works on their own"), N_("can show others"),
	};
	return progress_level_is_valid(level) ? words[level] : "?";
}

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

const char *topic_name_in(const struct topic *t, const char *lang)
{
	return !strcmp(lang, "sl") ? t->name_sl : !strcmp(lang, "hr") ? t->name_hr : t->name_en;
}
