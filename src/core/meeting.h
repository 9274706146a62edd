/* Team meetings: at the start, the middle and the end of a programme a
 * participant's mentor meets the social work centre and the employment
 * office; what was agreed is recorded and read again at the next one. */
#ifndef ROTA_CORE_MEETING_H
#define ROTA_CORE_MEETING_H

#include <stdbool.h>
#include <time.h>

#include "util/text.h"

enum meeting_kind { MEETING_INTRO, MEETING_MID, MEETING_FINAL };

#define MEETING_TEXT_MAX TEXT_BYTES(TEXT_NOTE_CHARS)

struct meeting {
	long long id, person_id, by;
	enum meeting_kind kind;
	int day;                          /* YYYYMMDD */
	char with[MEETING_TEXT_MAX];      /* who took part */
	char agreed[MEETING_TEXT_MAX];    /* what was agreed */
	time_t at;                        /* when it was recorded */
};

typedef void (*meeting_fn)(const struct meeting *m, void *ctx);

/* Returns "intro", "mid" or "final". */
const char *meeting_kind_code(enum meeting_kind k);
/* Parses a kind code; false for anything else. */
bool meeting_kind_parse(const char *code, enum meeting_kind *k);
/* Returns the kind's name for people to read, untranslated (N_()). */
const char *meeting_kind_label(enum meeting_kind k);

#endif
