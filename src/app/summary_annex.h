/* The summary's table of the ESF+ common output indicators on participants
 * (Regulation (EU) 2021/1057, Annex I), each row broken down by gender,
 * counted from the raw entry data first, then protected as a whole
 * (core/suppress.h): the rows' own sums, the disjoint rows under their
 * parent, an "incl." row under the row that includes it.
 *
 * The rows are data: one row is a code, its words, where it sits (the row
 * it is part of, and the group of rows beside it that no one is in twice)
 * and which participants it counts: Annex I's output indicators of those
 * who entered in the period, then its result indicators, upon leaving of
 * those who left in it and six months after leaving of those whose
 * follow-up fell in it. */
#ifndef ROTA_APP_SUMMARY_ANNEX_H
#define ROTA_APP_SUMMARY_ANNEX_H

#include <stdbool.h>
#include <stddef.h>

#include "core/entry.h"
#include "core/summary.h"

/* One participant as the indicators see them: their entry data, the day
 * they entered and the day they left (YYYYMMDD; left 0 while still in),
 * and the period counted (from..to, both included). The results upon
 * leaving are read from the entry data (its exit date and results), the
 * follow-up from its follow-up date and answers. */
struct annex_person {
	const struct entry_data *entry;
	int entered, left;
	int from, to;
};

/* One row of the table. parent is the code of the row it is part of (NULL
 * for the participants themselves, the leavers, those followed up, or a
 * row no other row holds); rows with the same parent and group count no
 * one twice, so together they are at most the parent (a group of one row
 * is at most it too). counts says whether the row counts p, the period
 * included: the output indicators count those who entered in it, a result
 * upon leaving those who left in it, a result six months after leaving
 * those whose follow-up date is in it. */
struct annex_row {
	const char *code, *words;       /* words untranslated (N_()) */
	const char *parent, *group;
	bool (*counts)(const struct annex_person *p);
};

/* The gender columns in order, the total last: women, men, non_binary,
 * declined (declined or not recorded), total. */
#define ANNEX_NCOLUMNS 5
extern const char *const annex_column_codes[ANNEX_NCOLUMNS];
extern const char *const annex_column_words[ANNEX_NCOLUMNS]; /* untranslated */

/* Returns the rows in their order; *n receives how many. */
const struct annex_row *annex_rows(size_t *n);

/* Adds every cell of the table to s at 0, rows in order, each row's
 * columns in order: the table is whole even where no one is in it. */
void annex_start(struct summary *s);
/* Counts participant p in every row that counts them (none when they
 * neither entered, left nor were followed up in the period), in their
 * gender's column and the total. */
void annex_count(struct summary *s, const struct annex_person *p);

/* Marks every count of s (core/suppress.h) with s->min_count as the
 * threshold (SUMMARY_MIN_PEOPLE when it is not set, and then s->min_count
 * is set to it): the indicators' table with its relations, any other
 * section (processes mastered) cell by cell, as no sum of them is shown. */
void annex_protect(struct summary *s);

#endif
