/* The rotation planner. */
#include "core/rotation.h"

#include <string.h>

#include "core/progress.h"

/* Returns true when station a comes before b in the workshop's order. */
static bool before(const struct rot_station *a, const struct rot_station *b)
{
	if (a->process->position != b->process->position)
		return a->process->position < b->process->position;
	return strcmp(a->process->code, b->process->code) < 0;
}

struct rot_plan rotation_plan(const struct rot_station *s, size_t n, int current)
{
	struct rot_plan plan = { .index = -1, .reason = ROT_NO_PROCESSES, .skipped_full = 0 };
	bool any_active = false, any_open = false;
	for (size_t i = 0; i < n; i++) {
		any_active = any_active || s[i].process->is_active;
		any_open = any_open || (s[i].process->is_active && s[i].level < PROGRESS_MASTERED && (int)i != current);
	}
	if (!any_active)
		return plan;
	if (current >= 0 && s[current].level < PROGRESS_MASTERED) {
		plan.reason = ROT_NOT_YET;
		return plan;
	}
	if (!any_open) {
		plan.reason = ROT_ALL_MASTERED;
		return plan;
	}
	/* The other stations in the workshop's order (a workshop has a handful). */
	int order[ROTATION_MAX_STATIONS], m = 0;
	for (size_t k = 0; k < n && m < ROTATION_MAX_STATIONS; k++) {
		if ((int)k == current)
			continue;
		int at = m++;
		while (at > 0 && before(&s[k], &s[order[at - 1]])) {
			order[at] = order[at - 1];
			at--;
		}
		order[at] = (int)k;
	}
	/* Start after the current station and go round. */
	int start = 0;
	while (current >= 0 && start < m && before(&s[order[start]], &s[current]))
		start++;
	for (int step = 0; step < m; step++) {
		int j = order[(start + step) % m];
		if (!s[j].process->is_active || s[j].level >= PROGRESS_MASTERED)
			continue;
		if (s[j].occupied >= s[j].process->capacity) {
			plan.skipped_full++;
			continue;
		}
		plan.index = j;
		plan.reason = current < 0 ? ROT_FIRST : plan.skipped_full ? ROT_NEXT_SKIPPING_FULL : ROT_NEXT;
		return plan;
	}
	plan.reason = ROT_ALL_FULL;
	return plan;
}
