/* The words of a person's own export (`rota person export`): the CSV files
 * keep the records' machine form, and the PDF beside them reads like a
 * letter — each table under a heading in words, each column under a label,
 * each value as a person reads it (a date in words, "yes", "works on their
 * own"), and the codes (ids, terminals, who recorded what by number) left
 * to the CSV files. One table per store table of store/personal.c, by its
 * name; a column this table does not know is shown as it is, so nothing of
 * a person's data is ever left out of their letter. */
#ifndef ROTA_OUT_PERSON_LETTER_H
#define ROTA_OUT_PERSON_LETTER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/progress.h"

/* Returns the heading of the export's table (such as "visits") in the
 * current language, or table itself when it has no words. */
const char *person_letter_heading(const char *table);
/* Returns true when the column of table is shown in the letter: false for
 * a code kept only in the CSV files. */
bool person_letter_shows(const char *table, const char *column);
/* Returns the label of the column in the current language, or column
 * itself when it has no words. */
const char *person_letter_label(const char *table, const char *column);
/* Returns true when the column of table has words (heading, label and a
 * way to read its values): what the export's test holds every column to. */
bool person_letter_knows(const char *table, const char *column);
/* One row of an export's table as the store reads it: the column names and
 * their values ("2026-11-02", "2026-11-02 06:00:00", "1", "end_unknown"). */
struct letter_row {
	const char *table;
	int ncols;
	const char *const *names;
	const char *const *values;
	const struct topic *topics; /* the workshop's processes and skills, by */
	size_t ntopics;             /* which their codes are named (or none) */
};

/* Writes the value of column col of row as a person reads it, in the
 * current language, into out (size n): a day in words, a time with its day
 * (only the time when the row's day is that day), "yes", a level in words,
 * a code of the entry data or an absence's reason by its label, a process or
 * skill by the name the workshop gave it. An empty value stays empty; a value
 * of an unknown form is copied as it is. */
void person_letter_value(const struct letter_row *row, int col, char *out, size_t n);

#endif
