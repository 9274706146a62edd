/* Small-cell suppression of a table of counts of people, with the cells
 * hidden beside them (complementary suppression) so that no hidden count
 * can be worked out from what is shown and the sums a reader knows.
 *
 * A table is a list of cells (counts) and the linear relations between
 * them that anyone reading the report knows: a row's parts add up to its
 * total, a group of disjoint rows adds up to at most their parent row, an
 * "incl." row is at most the row that includes it. Every cell below the
 * threshold, 0 included, is hidden as SUPPRESS_SMALL ("<5"): a 0 beside a
 * total says "nobody in this group is ..." of each person the reader knows
 * to be in the group, as much as a 1 or a 2 would. Cells hidden only to
 * protect those are SUPPRESS_HIDDEN and shown apart from "<5" (they are not
 * below it), so a reader knows each of them is at least the threshold.
 *
 * A reader pins a hidden cell when exactly one value of it fits what is
 * shown, the relations, and those bounds. The table is suppressed once no
 * hidden cell can be pinned: checked exactly, by a search for a second
 * whole-number table that fits everything shown and differs in that cell.
 * Pure: no I/O, no globals. */
#ifndef ROTA_CORE_SUPPRESS_H
#define ROTA_CORE_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#define SUPPRESS_PARTS_MAX 8

enum suppress_mark {
	SUPPRESS_SHOWN,   /* the number is shown */
	SUPPRESS_SMALL,   /* below the threshold (0 included): shown as "<5" */
	SUPPRESS_HIDDEN,  /* at least the threshold, hidden to protect a small one */
};

enum suppress_kind {
	SUPPRESS_EQUAL,   /* the parts add up to the whole */
	SUPPRESS_AT_MOST, /* the parts add up to the whole or less */
};

/* One relation between cells, by their place in the table. */
struct suppress_relation {
	enum suppress_kind kind;
	size_t whole;
	size_t parts[SUPPRESS_PARTS_MAX];
	size_t nparts;
};

/* A table: ncells counts (value[i] >= 0) and nrel relations, which the
 * true values satisfy. mark[i] is the table's output. */
struct suppress_table {
	const int *value;
	size_t ncells;
	const struct suppress_relation *rel;
	size_t nrel;
	enum suppress_mark *mark;
};

/* Marks every cell of t below min_count (>= 1) SUPPRESS_SMALL, then, while
 * a reader could pin a hidden cell (suppress_is_pinned()), hides one more
 * cell (SUPPRESS_HIDDEN) among those sharing a relation with it or with the
 * hidden cells joined to it: a cell that is no relation's whole (a total)
 * before any total, then the nearest, then the one with the fewest people.
 * Writes t->mark; returns how many cells it hid to protect others. */
size_t suppress_cells(const struct suppress_table *t, int min_count);

/* Returns whether hidden cell i of t (marked as t->mark says) has only one
 * value that fits the shown cells, the relations, and the bounds a reader
 * knows: 0..min_count-1 for SUPPRESS_SMALL, min_count or more for
 * SUPPRESS_HIDDEN. A search that could not settle it within its budget
 * counts as pinned (the careful answer). A shown cell is pinned. */
bool suppress_is_pinned(const struct suppress_table *t, int min_count, size_t i);

#endif
