/* What rota attendance's CSV and its PDF share: one person's day in words,
 * so that the file and the paper say the same of every day. */
#ifndef ROTA_CLI_ATTENDANCE_H
#define ROTA_CLI_ATTENDANCE_H

#include "core/hours.h"

/* One person's day in words: a code for the CSV, the times and hours. */
struct day_words {
	const char *code;              /* present, absent, excused, holiday, closure, off, outside */
	char in[8], out[8], hours[24]; /* out "": no check-out known; hours: the CSV's */
	char shown[24];                /* the hours as the paper's reader writes them */
};

/* Fills *w with day's words (a static code, the rest copied in). */
void cli_attendance_word_day(const struct hours_day *day, struct day_words *w);

#endif
