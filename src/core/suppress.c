/* Small-cell suppression with complementary cells, and the exact check of
 * what a reader can work out (core/suppress.h). The check looks for a
 * second table that fits everything shown: bounds propagation over the
 * relations prunes, halving a hidden cell's range branches, and a table is
 * accepted only after every relation is verified on whole numbers. */
#include "core/suppress.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

/* Nodes one search may visit before it gives up (and the cell counts as
 * pinned): far more than a summary's table needs. */
#define SEARCH_BUDGET 20000
/* Sweeps of propagation before a branch is taken anyway: a sweep only
 * prunes, the leaves are verified, so stopping early costs time only. */
#define SWEEPS_MAX 64

enum found { FOUND_NO, FOUND_YES, FOUND_UNKNOWN };

static long max_l(long a, long b) { return a > b ? a : b; }
static long min_l(long a, long b) { return a < b ? a : b; }

/* Tightens lo/hi by every relation until nothing changes; false when some
 * cell has no value left. */
static bool propagate(const struct suppress_table *t, long *lo, long *hi)
{
	for (int sweep = 0; sweep < SWEEPS_MAX; sweep++) {
		bool changed = false;
		for (size_t r = 0; r < t->nrel; r++) {
			const struct suppress_relation *rel = &t->rel[r];
			long sumlo = 0, sumhi = 0;
			for (size_t k = 0; k < rel->nparts; k++) {
				sumlo += lo[rel->parts[k]];
				sumhi += hi[rel->parts[k]];
			}
			size_t w = rel->whole;
			long wlo = max_l(lo[w], sumlo);
			long whi = rel->kind == SUPPRESS_EQUAL ? min_l(hi[w], sumhi) : hi[w];
			if (wlo != lo[w] || whi != hi[w]) {
				lo[w] = wlo;
				hi[w] = whi;
				changed = true;
			}
			if (lo[w] > hi[w])
				return false;
			for (size_t k = 0; k < rel->nparts; k++) {
				size_t p = rel->parts[k];
				long plo = lo[p], phi = min_l(hi[p], hi[w] - (sumlo - lo[p]));
				if (rel->kind == SUPPRESS_EQUAL)
					plo = max_l(plo, lo[w] - (sumhi - hi[p]));
				if (plo != lo[p] || phi != hi[p]) {
					lo[p] = plo;
					hi[p] = phi;
					changed = true;
				}
				if (lo[p] > hi[p])
					return false;
			}
		}
		if (!changed)
			break;
	}
	return true;
}

static bool satisfies(const struct suppress_table *t, const long *x)
{
	for (size_t r = 0; r < t->nrel; r++) {
		const struct suppress_relation *rel = &t->rel[r];
		long sum = 0;
		for (size_t k = 0; k < rel->nparts; k++)
			sum += x[rel->parts[k]];
		if (rel->kind == SUPPRESS_EQUAL ? sum != x[rel->whole] : sum > x[rel->whole])
			return false;
	}
	return true;
}

/* Looks for whole numbers within lo..hi (changed on the way) that satisfy
 * every relation. */
static enum found search(const struct suppress_table *t, long *lo, long *hi, long *budget)
{
	if (--*budget < 0)
		return FOUND_UNKNOWN;
	if (!propagate(t, lo, hi))
		return FOUND_NO;
	size_t pick = SIZE_MAX;
	for (size_t i = 0; i < t->ncells; i++)
		if (lo[i] < hi[i] && (pick == SIZE_MAX || hi[i] - lo[i] < hi[pick] - lo[pick]))
			pick = i;
	if (pick == SIZE_MAX)
		return satisfies(t, lo) ? FOUND_YES : FOUND_NO;
	size_t n = t->ncells;
	long *sub = xmalloc(2 * n * sizeof *sub);
	long mid = lo[pick] + (hi[pick] - lo[pick]) / 2;
	enum found result = FOUND_NO;
	for (int half = 0; half < 2 && result != FOUND_YES; half++) {
		memcpy(sub, lo, n * sizeof *sub);
		memcpy(sub + n, hi, n * sizeof *sub);
		if (half == 0)
			sub[n + pick] = mid;
		else
			sub[pick] = mid + 1;
		enum found f = search(t, sub, sub + n, budget);
		if (f != FOUND_NO)
			result = f;
	}
	free(sub);
	return result;
}

/* The reader's bounds of each cell: shown cells exact, small ones below
 * min_count, hidden ones from min_count to cap. */
static void reader_bounds(const struct suppress_table *t, int min_count, long cap, long *lo, long *hi)
{
	for (size_t i = 0; i < t->ncells; i++)
		switch (t->mark[i]) {
		case SUPPRESS_SHOWN: lo[i] = hi[i] = t->value[i]; break;
		case SUPPRESS_SMALL: lo[i] = 0; hi[i] = min_count - 1; break;
		case SUPPRESS_HIDDEN: lo[i] = min_count; hi[i] = cap; break;
		}
}

/* A ceiling for hidden cells above every true value: the search looks no
 * higher, which can only make it find less (the careful side). */
static long cap_of(const struct suppress_table *t, int min_count)
{
	long cap = min_count;
	for (size_t i = 0; i < t->ncells; i++)
		cap += t->value[i];
	return cap;
}

bool suppress_is_pinned(const struct suppress_table *t, int min_count, size_t i)
{
	if (i >= t->ncells || t->mark[i] == SUPPRESS_SHOWN)
		return true;
	size_t n = t->ncells;
	long *b = xmalloc(2 * n * sizeof *b);
	long v = t->value[i], cap = cap_of(t, min_count);
	bool other = false;
	for (int side = 0; side < 2 && !other; side++) {
		reader_bounds(t, min_count, cap, b, b + n);
		if (side == 0)
			b[n + i] = v - 1;
		else
			b[i] = v + 1;
		long budget = SEARCH_BUDGET;
		other = b[i] <= b[n + i] && search(t, b, b + n, &budget) == FOUND_YES;
	}
	free(b);
	return !other;
}

/* Returns how many relations have cell i as their whole (a total). */
static int wholes_of(const struct suppress_table *t, size_t i)
{
	int n = 0;
	for (size_t r = 0; r < t->nrel; r++)
		n += t->rel[r].whole == i;
	return n;
}

/* Whether shown cell a (dist_a relations away from the pinned cell) is a
 * better one to hide than b: a cell that is no total first, then the
 * nearest, then the one with the fewest people. */
static bool better(const struct suppress_table *t, size_t a, size_t dist_a, size_t b, size_t dist_b)
{
	if (b == SIZE_MAX)
		return true;
	bool total_a = wholes_of(t, a) > 0, total_b = wholes_of(t, b) > 0;
	if (total_a != total_b)
		return !total_a;
	if (dist_a != dist_b)
		return dist_a < dist_b;
	return t->value[a] < t->value[b];
}

/* The shown cell to hide next for pinned cell i, among the relations of i
 * and of the hidden cells joined to it by relations (better() decides).
 * SIZE_MAX when no cell is shown. */
static size_t cover_for(const struct suppress_table *t, size_t i)
{
	size_t *dist = xmalloc(t->ncells * sizeof *dist); /* hidden cells: hops from i */
	for (size_t c = 0; c < t->ncells; c++)
		dist[c] = SIZE_MAX;
	dist[i] = 0;
	size_t best = SIZE_MAX, best_dist = SIZE_MAX;
	for (size_t d = 0;; d++) {
		bool grew = false;
		for (size_t r = 0; r < t->nrel; r++) {
			const struct suppress_relation *rel = &t->rel[r];
			bool touches = false;
			for (size_t k = 0; k <= rel->nparts && !touches; k++)
				touches = dist[k < rel->nparts ? rel->parts[k] : rel->whole] == d;
			if (!touches)
				continue;
			for (size_t k = 0; k <= rel->nparts; k++) {
				size_t c = k < rel->nparts ? rel->parts[k] : rel->whole;
				if (t->mark[c] == SUPPRESS_SHOWN) {
					if (better(t, c, d, best, best_dist)) {
						best = c;
						best_dist = d;
					}
				} else if (dist[c] == SIZE_MAX) {
					dist[c] = d + 1;
					grew = true;
				}
			}
		}
		if (!grew)
			break;
	}
	if (best == SIZE_MAX) /* nothing shown near it: the best anywhere */
		for (size_t c = 0; c < t->ncells; c++)
			if (t->mark[c] == SUPPRESS_SHOWN && better(t, c, SIZE_MAX, best, best_dist))
				best = c;
	free(dist);
	return best;
}

size_t suppress_cells(const struct suppress_table *t, int min_count)
{
	if (min_count < 1)
		min_count = 1;
	for (size_t i = 0; i < t->ncells; i++)
		t->mark[i] = t->value[i] < min_count ? SUPPRESS_SMALL : SUPPRESS_SHOWN;
	/* Hiding a cell only widens what fits, so a cell found safe stays
	 * safe: each is settled once. */
	bool *safe = xcalloc(t->ncells ? t->ncells : 1, sizeof *safe);
	size_t hidden = 0;
	for (size_t i = 0; i < t->ncells;) {
		if (t->mark[i] == SUPPRESS_SHOWN || safe[i]) {
			i++;
			continue;
		}
		if (!suppress_is_pinned(t, min_count, i)) {
			safe[i++] = true;
			continue;
		}
		size_t c = cover_for(t, i);
		if (c == SIZE_MAX)
			break; /* everything is hidden already */
		t->mark[c] = SUPPRESS_HIDDEN;
		hidden++;
		i = 0; /* a newly hidden cell may itself be pinned */
	}
	free(safe);
	return hidden;
}
