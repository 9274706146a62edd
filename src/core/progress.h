/* Progress on the workshop's scale, the same for work processes and for
 * social and functional skills: 0 not yet started, 1 introduced, 2 works
 * with help, 3 works independently, 4 can show others. Level 3 at the
 * current process is what makes a rotation possible. */
#ifndef ROTA_CORE_PROGRESS_H
#define ROTA_CORE_PROGRESS_H

#include <stdbool.h>
#include <time.h>

#include "util/text.h"

#define PROGRESS_LEVEL_MAX 4
#define PROGRESS_MASTERED 3

enum progress_kind { PROGRESS_PROCESS, PROGRESS_SKILL };

struct progress_entry {
	long long id;
	long long person_id;
	enum progress_kind kind;
	char code[32];
	int level;
	int day;                 /* YYYYMMDD the level was seen */
	long long mentor_id;
	char note[TEXT_BYTES(TEXT_NOTE_CHARS)];
	char words[TEXT_BYTES(TEXT_NOTE_CHARS)];         /* the participant's own words */
	time_t recorded_at;
};

/* Returns true for 0..4. */
bool progress_level_is_valid(int level);
/* Returns the words of a level (0..4) on the scale as a msgid ("works on
 * their own"), to be translated by the caller; "?" for any other. */
const char *progress_level_label(int level);
/* Returns "process" or "skill". */
const char *progress_kind_code(enum progress_kind kind);
/* Parses "process" or "skill". */
bool progress_kind_parse(const char *code, enum progress_kind *kind);

/* A mentor's note on a participant's file. */
struct note {
	long long id, person_id, mentor_id;
	time_t at;
	char text[TEXT_BYTES(TEXT_NOTE_CHARS)];
	bool for_team;           /* marked for the team meeting's report */
};

struct goal {
	long long id, person_id, set_by;
	char text[TEXT_BYTES(TEXT_NOTE_CHARS)];
	int set_on;              /* YYYYMMDD */
	char status[16];         /* the latest: open, working, reached, changed, dropped */
	time_t status_at;
};

/* A work process or a skill a level can be recorded for. */
struct topic {
	enum progress_kind kind;
	char code[32];
	char name_sl[64], name_hr[64], name_en[64];
	bool is_active;
};

/* Returns the topic's name in lang ("sl", "hr", else English), as the
 * workshop wrote it. */
const char *topic_name_in(const struct topic *t, const char *lang);

typedef void (*progress_fn)(const struct progress_entry *e, void *ctx);
typedef void (*note_fn)(const struct note *n, void *ctx);
typedef void (*goal_fn)(const struct goal *g, void *ctx);

#endif
