/* The rotation planner, pure. When a participant reaches level 3 at their
 * current process, it proposes the next process in the workshop's order
 * that they have not mastered and that has a free place; it says why in a
 * reason code, and when nothing fits, why not. A mentor confirms or picks
 * another. */
#ifndef ROTA_CORE_ROTATION_H
#define ROTA_CORE_ROTATION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/process.h"

#define ROTATION_MAX_STATIONS 64

/* One station as the planner sees it for one participant. */
struct rot_station {
	const struct process *process; /* its order (position, then code), capacity, activity */
	int occupied;        /* others assigned there now (not this participant) */
	int level;           /* this participant's latest level there; -1 for none */
};

enum rot_reason {
	ROT_FIRST,            /* no current process: the first that fits */
	ROT_NEXT,             /* the next in order, not yet mastered, with room */
	ROT_NEXT_SKIPPING_FULL, /* the same, after passing full stations */
	ROT_NOT_YET,          /* the current process is not mastered yet (level < 3) */
	ROT_ALL_MASTERED,     /* every active process is mastered */
	ROT_ALL_FULL,         /* the processes not yet mastered are all full */
	ROT_NO_PROCESSES,     /* no active process at all */
};

struct rot_plan {
	int index;            /* into the stations; -1 when nothing is proposed */
	enum rot_reason reason;
	int skipped_full;     /* how many full stations were passed over */
};

/* Plans for a participant at stations[current] (-1: none). The stations may
 * come in any order (at most ROTATION_MAX_STATIONS are looked at); the plan
 * follows position, then code. */
struct rot_plan rotation_plan(const struct rot_station *stations, size_t n, int current);

#endif
