/* Unit tests of the summary's small-cell suppression, by an attacker: from
 * the printed cells only, the relations any reader knows (a row's genders
 * add up to its total; disjoint rows add up to at most their parent; an
 * "incl." row is at most the row that includes it) and what a mark says
 * ("<5": 0 to 4, 0 included; "x": 5 or more), it tries to pin down each
 * hidden cell: interval propagation over every relation to a fixpoint,
 * then an exhaustive search, value by value, for whole-number tables that
 * fit. A hidden cell survives only when two such tables give it two
 * different values. The attacker is written apart from core/suppress.c's
 * own check, on purpose: it must break the old rule (every cell below 5
 * hidden on its own) and fail against the new one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/entry.h"
#include "app/people.h"
#include "app/summary.h"
#include "app/summary_annex.h"
#include "core/suppress.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"

#define T 5                 /* the threshold the tests publish with */
#define ATTACK_CAP 1000     /* no count in these tables comes near it */
#define NODES_MAX 200000L   /* the attacker's patience, per search */

/* What the attacker reads: a value where one is printed, else a mark. */
struct printed {
	size_t n;
	const long *shown;                 /* valid where mark is SHOWN */
	const enum suppress_mark *mark;
	const struct suppress_relation *rel;
	size_t nrel;
};

/* Bounds from one relation on every cell in it; false when empty. The sums
 * are taken afresh for each cell, so one pass is exact for the relation. */
static bool tighten(const struct suppress_relation *r, long *lo, long *hi, bool *changed)
{
	for (size_t k = 0; k <= r->nparts; k++) {
		size_t c = k < r->nparts ? r->parts[k] : r->whole;
		long olo = 0, ohi = 0; /* the other parts' sums */
		for (size_t j = 0; j < r->nparts; j++)
			if (r->parts[j] != c || k == r->nparts) {
				olo += lo[r->parts[j]];
				ohi += hi[r->parts[j]];
			}
		long nlo = lo[c], nhi = hi[c];
		if (k == r->nparts) { /* the whole: at least its parts; equal: at most them too */
			if (olo > nlo)
				nlo = olo;
			if (r->kind == SUPPRESS_EQUAL && ohi < nhi)
				nhi = ohi;
		} else {              /* a part: at most what the whole leaves */
			if (hi[r->whole] - olo < nhi)
				nhi = hi[r->whole] - olo;
			if (r->kind == SUPPRESS_EQUAL && lo[r->whole] - ohi > nlo)
				nlo = lo[r->whole] - ohi;
		}
		if (nlo != lo[c] || nhi != hi[c]) {
			lo[c] = nlo;
			hi[c] = nhi;
			*changed = true;
		}
		if (lo[c] > hi[c])
			return false;
	}
	return true;
}

/* Interval propagation over every relation until nothing moves. */
static bool fixpoint(const struct printed *p, long *lo, long *hi)
{
	for (bool changed = true; changed;) {
		changed = false;
		for (size_t r = 0; r < p->nrel; r++)
			if (!tighten(&p->rel[r], lo, hi, &changed))
				return false;
	}
	return true;
}

static void start_bounds(const struct printed *p, long *lo, long *hi)
{
	for (size_t i = 0; i < p->n; i++) {
		lo[i] = p->mark[i] == SUPPRESS_SHOWN ? p->shown[i] : p->mark[i] == SUPPRESS_SMALL ? 0 : T;
		hi[i] = p->mark[i] == SUPPRESS_SHOWN ? p->shown[i] : p->mark[i] == SUPPRESS_SMALL ? T - 1 : ATTACK_CAP;
	}
}

/* Depth first, the cell with the fewest values left first, every value of
 * it in turn: true at the first whole table that fits, written to out. */
static bool enumerate(const struct printed *p, const long *lo0, const long *hi0, long *nodes, long *out)
{
	if (++*nodes > NODES_MAX)
		return false;
	long *lo = malloc(2 * p->n * sizeof *lo), *hi = lo + p->n;
	memcpy(lo, lo0, p->n * sizeof *lo);
	memcpy(hi, hi0, p->n * sizeof *hi);
	bool found = false;
	if (fixpoint(p, lo, hi)) {
		size_t c = p->n;
		for (size_t i = 0; i < p->n; i++)
			if (lo[i] < hi[i] && (c == p->n || hi[i] - lo[i] < hi[c] - lo[c]))
				c = i;
		if (c == p->n) {
			found = true;
			for (size_t r = 0; r < p->nrel && found; r++) {
				long sum = 0;
				for (size_t k = 0; k < p->rel[r].nparts; k++)
					sum += lo[p->rel[r].parts[k]];
				found = p->rel[r].kind == SUPPRESS_EQUAL ? sum == lo[p->rel[r].whole] : sum <= lo[p->rel[r].whole];
			}
			if (found)
				memcpy(out, lo, p->n * sizeof *out);
		}
		for (long v = c < p->n ? lo[c] : 0; c < p->n && v <= hi[c] && !found; v++) {
			long keep_lo = lo[c], keep_hi = hi[c];
			lo[c] = hi[c] = v;
			found = enumerate(p, lo, hi, nodes, out);
			lo[c] = keep_lo;
			hi[c] = keep_hi;
		}
	}
	free(lo);
	return found;
}

/* The attack on every hidden cell. Returns how many it pinned: a hidden
 * cell whose interval closes to one value, or for which every whole table
 * that fits gives the same value (an exhaustive search for one that gives
 * another finds none, or runs out of patience: counted as pinned, the
 * careful side for a test). *first (may be NULL) receives the first. */
static size_t attack(const struct printed *p, size_t *first)
{
	size_t n = p->n;
	long *lo = malloc(2 * n * sizeof *lo), *hi = lo + n;
	long *a = malloc(2 * n * sizeof *a), *sol = malloc(n * sizeof *sol);
	long *seen_lo = malloc(2 * n * sizeof *seen_lo), *seen_hi = seen_lo + n;
	start_bounds(p, lo, hi);
	size_t pinned = 0;
	bool any = fixpoint(p, lo, hi);
	for (size_t i = 0; i < n; i++) {
		seen_lo[i] = ATTACK_CAP + 1;
		seen_hi[i] = -1;
	}
	for (size_t h = 0; any && h < n; h++) {
		if (p->mark[h] == SUPPRESS_SHOWN)
			continue;
		/* look for a table whose value of h is another than any seen yet */
		for (int side = 0; side < 3 && seen_lo[h] >= seen_hi[h]; side++) {
			memcpy(a, lo, n * sizeof *a);
			memcpy(a + n, hi, n * sizeof *a);
			if (side == 1 && seen_hi[h] >= 0)
				a[n + h] = seen_lo[h] - 1;
			else if (side == 2 && seen_hi[h] >= 0)
				a[h] = seen_hi[h] + 1;
			else if (side > 0)
				continue;
			long nodes = 0;
			if (a[h] <= a[n + h] && enumerate(p, a, a + n, &nodes, sol))
				for (size_t i = 0; i < n; i++) {
					if (sol[i] < seen_lo[i])
						seen_lo[i] = sol[i];
					if (sol[i] > seen_hi[i])
						seen_hi[i] = sol[i];
				}
		}
		if (seen_lo[h] >= seen_hi[h]) {
			if (!pinned && first)
				*first = h;
			pinned++;
		}
	}
	free(seen_lo);
	free(sol);
	free(a);
	free(lo);
	return any ? pinned : SIZE_MAX; /* SIZE_MAX: the printed table contradicts itself */
}

/* --- the indicators' table as a reader knows it, written out here apart
 * from app/summary_annex.c: the rows, the columns, the sums. */

static const char *const rows[] = { "participants", "unemployed", "long_term_unemployed", "inactive", "employed",
	                            "age_under_18", "age_18_29", "age_55_plus", "isced_0_2", "isced_3_4",
	                            "isced_5_8", "leavers", "result_job_searching", "result_education",
	                            "result_qualification", "result_employed", "followups", "followup_employed",
	                            "followup_improved" };
#define NR (sizeof rows / sizeof rows[0])
#define NC 5
#define CELL(r, c) ((r) * NC + (c))
#define NREL (NR + 10 * NC)

static size_t reader_relations(struct suppress_relation *rel)
{
	size_t n = 0;
	for (size_t r = 0; r < NR; r++) /* women + men + non-binary + declined = total */
		rel[n++] = (struct suppress_relation){ SUPPRESS_EQUAL, CELL(r, 4),
			                               { CELL(r, 0), CELL(r, 1), CELL(r, 2), CELL(r, 3) }, 4 };
	for (size_t c = 0; c < NC; c++) {
		rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(0, c),
			                               { CELL(1, c), CELL(3, c), CELL(4, c) }, 3 };
		rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(1, c), { CELL(2, c) }, 1 };
		rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(0, c),
			                               { CELL(5, c), CELL(6, c), CELL(7, c) }, 3 };
		rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(0, c),
			                               { CELL(8, c), CELL(9, c), CELL(10, c) }, 3 };
		/* each result is a share of the leavers, each follow-up's of those
		 * followed up; one person may have several, so one at a time */
		for (size_t r = 12; r <= 15; r++)
			rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(11, c), { CELL(r, c) }, 1 };
		for (size_t r = 17; r <= 18; r++)
			rel[n++] = (struct suppress_relation){ SUPPRESS_AT_MOST, CELL(16, c), { CELL(r, c) }, 1 };
	}
	return n;
}

/* Reads the indicators' table out of a summary in the reader's order:
 * its raw counts, and its marks as printed. */
static void table_of(const struct summary *s, long *value, enum suppress_mark *mark)
{
	for (size_t r = 0; r < NR; r++)
		for (size_t c = 0; c < NC; c++) {
			const struct summary_count *n = summary_count_find(s, rows[r], annex_column_codes[c]);
			value[CELL(r, c)] = n ? n->people : -1;
			mark[CELL(r, c)] = n ? n->mark : SUPPRESS_SHOWN;
		}
}

/* The old rule: each cell below T hidden on its own. */
static void old_rule(const long *value, enum suppress_mark *mark)
{
	for (size_t i = 0; i < NR * NC; i++)
		mark[i] = value[i] < T ? SUPPRESS_SMALL : SUPPRESS_SHOWN;
}

static size_t attack_table(const long *value, const enum suppress_mark *mark, size_t *first)
{
	struct suppress_relation rel[NREL];
	struct printed p = { NR * NC, value, mark, rel, reader_relations(rel) };
	return attack(&p, first);
}

/* One participant: entry data as gender, ISCED, status, birth year, the
 * day they entered, then other fields as "field=value ..." (their exit
 * date is the day they left). */
struct who {
	const char *gender, *isced, *status, *birth;
	int entered;
	const char *more;
};

/* The workshop of tests/cli/summary.sh: the twelve who entered in
 * December, then those who left or were followed up in it. */
static const struct who workshop[] = {
	{ "female", "0", "unemployed", "2000", 20261201, "exit_date=2026-12-11 result_employed=2026-12-14" },
	{ "female", "0", "unemployed", "1999", 20261201, "" },
	{ "female", "1", "long_term_unemployed", "1980", 20261201, "" },
	{ "female", "1", "long_term_unemployed", "1970", 20261201, "" },
	{ "female", "2", "long_term_unemployed", "1985", 20261201, "" },
	{ "female", "2", "inactive", "2009", 20261201, "" },
	{ "male", "3", "unemployed", "2001", 20261201, "unemployed_since=2026-02-02" },
	{ "male", "3", "unemployed", "1998", 20261201, "unemployed_since=2025-03-02" },
	{ "male", "4", "long_term_unemployed", "1965", 20261201, "" },
	{ "male", "5", "employed", "1990", 20261201, "exit_date=2026-12-11 result_employed=2026-12-11" },
	{ "male", "declined", "self_employed", "1960", 20261201, "" },
	{ "other", "2", "long_term_unemployed", "1975", 20261201, "" },
	{ "female", "3", "unemployed", "1995", 20260302,
	  "exit_date=2026-12-04 result_qualification=2026-12-04 result_employed=2026-12-21" },
	{ "female", "2", "unemployed", "1988", 20260302,
	  "exit_date=2026-12-04 result_qualification=2026-11-27 result_job_searching=2026-12-07 "
	  "result_education=2027-01-04" },
	{ "female", "1", "inactive", "1979", 20260406,
	  "exit_date=2026-12-18 result_job_searching=2026-12-01 result_employed=2027-01-15" },
	{ "female", "3", "inactive", "2004", 20260406, "exit_date=2026-12-18 result_education=2027-01-04" },
	{ "male", "2", "unemployed", "1970", 20260406,
	  "exit_date=2026-12-22 result_job_searching=2026-12-22 result_employed=2027-01-20" },
	{ "female", "4", "unemployed", "1992", 20260302, "exit_date=2026-11-30 result_employed=2026-12-03" },
	{ "male", "3", "unemployed", "1983", 20260302, "exit_date=2026-12-04 result_employed=2026-12-10" },
	{ "female", "2", "unemployed", "1990", 20260105,
	  "exit_date=2026-06-05 followup_date=2026-12-07 followup_employed=yes followup_improved=yes" },
	{ "female", "3", "inactive", "1985", 20260105,
	  "exit_date=2026-06-05 followup_date=2026-12-07 followup_employed=no followup_improved=yes" },
	{ "male", "2", "long_term_unemployed", "1975", 20260105,
	  "exit_date=2026-06-12 followup_date=2026-12-14 followup_employed=yes followup_improved=unknown" },
	{ "male", "4", "unemployed", "1996", 20260105,
	  "exit_date=2026-06-12 followup_date=2026-12-14 followup_employed=yes followup_improved=no" },
	{ "male", "1", "unemployed", "1968", 20260105,
	  "exit_date=2026-06-19 followup_date=2026-12-21 followup_employed=no followup_improved=yes" },
	{ "female", "3", "unemployed", "1993", 20260105,
	  "exit_date=2026-05-29 followup_date=2026-11-30 followup_employed=yes followup_improved=yes" },
};

/* Counts who[0..n) into s as the summary of December 2026 does. */
static void count_people(struct summary *s, const struct who *who, size_t n)
{
	s->min_count = T;
	annex_start(s);
	for (size_t i = 0; i < n; i++) {
		struct entry_data e = { 0 };
		strcpy(e.value[ENTRY_GENDER], who[i].gender);
		strcpy(e.value[ENTRY_EDUCATION], who[i].isced);
		strcpy(e.value[ENTRY_STATUS], who[i].status);
		strcpy(e.value[ENTRY_BIRTH_YEAR], who[i].birth);
		char more[400];
		snprintf(more, sizeof more, "%s", who[i].more);
		for (char *save = NULL, *w = strtok_r(more, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
			char *eq = strchr(w, '=');
			enum entry_field f;
			if (eq) {
				*eq = 0;
				if (entry_field_parse(w, &f))
					snprintf(e.value[f], sizeof e.value[f], "%s", eq + 1);
			}
		}
		int left = 0;
		if (e.value[ENTRY_EXIT_DATE][0])
			date_parse_ymd(e.value[ENTRY_EXIT_DATE], &left);
		struct annex_person p = { &e, who[i].entered, left, 20261201, 20261231 };
		annex_count(s, &p);
	}
}

static void test_workshop(void)
{
	struct summary s = { 0 };
	count_people(&s, workshop, sizeof workshop / sizeof workshop[0]);
	long raw[NR * NC];
	enum suppress_mark mark[NR * NC], old[NR * NC];
	table_of(&s, raw, mark);
	CHECK(raw[CELL(8, 0)] == 6 && raw[CELL(1, 4)] == 9 && raw[CELL(2, 4)] == 6,
	      "the bands are counted from the raw records: ISCED 0-2 women 6, unemployed incl. LTU 9, LTU 6");
	CHECK(raw[CELL(0, 4)] == 12 && raw[CELL(4, 1)] == 2 && raw[CELL(2, 1)] == 2,
	      "only the twelve entered; employed men 2, one self-employed; long-term unemployed men 2, one by the date");
	CHECK(raw[CELL(6, 4)] == 4 && raw[CELL(7, 4)] == 3, "the core's age bands: 18-29 4, 55 and above 3");
	CHECK(raw[CELL(11, 0)] == 5 && raw[CELL(11, 1)] == 3 && raw[CELL(11, 4)] == 8,
	      "the leavers of December: 5 women and 3 men; not one who left in November");
	CHECK(raw[CELL(12, 4)] == 2 && raw[CELL(13, 4)] == 1 && raw[CELL(14, 4)] == 2 && raw[CELL(15, 4)] == 5,
	      "upon leaving, up to 28 days after: job searching 2, education 1, a qualification 2, employed 5");
	CHECK(raw[CELL(16, 4)] == 5 && raw[CELL(17, 4)] == 3 && raw[CELL(18, 4)] == 3 && raw[CELL(17, 0)] == 1,
	      "followed up in December 5: in employment 3 (1 woman), a better situation 3");
	old_rule(raw, old);
	size_t first = SIZE_MAX, pinned = attack_table(raw, old, &first);
	CHECK(pinned > 0 && pinned != SIZE_MAX, "the old rule: the attacker pins a hidden cell");
	if (pinned && first < NR * NC)
		printf("  (the old rule gives away %s,%s = %ld, and %zu hidden cells in all)\n", rows[first / NC],
		       annex_column_codes[first % NC], raw[first], pinned);
	annex_protect(&s);
	table_of(&s, raw, mark);
	first = SIZE_MAX;
	pinned = attack_table(raw, mark, &first);
	CHECK(pinned == 0, "the summary's rule: the attacker pins no hidden cell");
	if (pinned && first < NR * NC)
		printf("  (it pinned %s,%s = %ld)\n", rows[first / NC], annex_column_codes[first % NC], raw[first]);
	size_t small = 0, hidden = 0;
	for (size_t i = 0; i < NR * NC; i++) {
		small += mark[i] == SUPPRESS_SMALL;
		hidden += mark[i] == SUPPRESS_HIDDEN;
		if (mark[i] == SUPPRESS_SMALL && raw[i] >= T)
			CHECK(false, "a cell of 5 or more is never printed as <5");
		if (mark[i] == SUPPRESS_SHOWN && raw[i] < T)
			CHECK(false, "a cell below 5 is never printed");
	}
	CHECK(hidden > 0 && small > 0, "some cells are small, some hidden beside them");
	summary_free(&s);
}

/* Workshops drawn at random (a fixed seed): whatever the mix, no hidden
 * cell can be pinned, and the old rule gives cells away in most of them. */
static void test_random_workshops(void)
{
	static const char *const genders[] = { "female", "male", "other", "declined", "" };
	static const char *const levels[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "declined", "" };
	static const char *const statuses[] = { "unemployed", "long_term_unemployed", "inactive", "employed",
		                                "self_employed", "in_education", "declined", "" };
	static const char *const years[] = { "2010", "2005", "1999", "1990", "1980", "1970", "1965", "1950",
		                             "declined", "" };
	static const char *const results[] = { "result_job_searching", "result_education", "result_qualification",
		                               "result_employed" };
	static const char *const answers[] = { "yes", "no", "unknown" };
	unsigned seed = 20261201;
	int safe = 0, broken_old = 0, tables = 40;
	for (int k = 0; k < tables; k++) {
		size_t n = 4 + (size_t)(rand_r(&seed) % 30);
		struct who *who = calloc(n, sizeof *who);
		char (*more)[200] = calloc(n, sizeof *more);
		for (size_t i = 0; i < n; i++) {
			/* mostly women and men, ISCED 0-4, unemployed: a workshop's mix */
			unsigned g = (unsigned)rand_r(&seed) % 20;
			who[i].gender = genders[g < 9 ? 0 : g < 18 ? 1 : g == 18 ? 2 : 3 + (unsigned)rand_r(&seed) % 2];
			who[i].isced = levels[(unsigned)rand_r(&seed) % 11];
			who[i].status = statuses[(unsigned)rand_r(&seed) % 8];
			who[i].birth = years[(unsigned)rand_r(&seed) % 10];
			/* half entered in December; some leave in it or before, with
			 * results from before leaving to past four weeks after; some
			 * are followed up in it or before */
			who[i].entered = rand_r(&seed) % 2 ? 20261201 : 20260302;
			size_t at = 0;
			if (!strcmp(who[i].status, "unemployed") && rand_r(&seed) % 2)
				at += (size_t)snprintf(more[i] + at, sizeof more[i] - at, "unemployed_since=%s ",
				                       rand_r(&seed) % 2 ? "2025-01-10" : "2026-06-10");
			unsigned x = (unsigned)rand_r(&seed) % 3;
			int exit = x == 0 ? 0 : x == 1 ? 20261202 + (int)((unsigned)rand_r(&seed) % 28) : 20261115;
			char day[11];
			if (exit) {
				date_format_ymd(exit, day);
				at += (size_t)snprintf(more[i] + at, sizeof more[i] - at, "exit_date=%s ", day);
				for (size_t r = 0; r < 4; r++)
					if (rand_r(&seed) % 2) {
						date_format_ymd(date_add_days(exit, (int)((unsigned)rand_r(&seed) % 45) - 10), day);
						at += (size_t)snprintf(more[i] + at, sizeof more[i] - at, "%s=%s ", results[r], day);
					}
			}
			x = (unsigned)rand_r(&seed) % 3;
			if (x)
				at += (size_t)snprintf(more[i] + at, sizeof more[i] - at,
				                       "followup_date=%s followup_employed=%s followup_improved=%s",
				                       x == 1 ? "2026-12-10" : "2026-11-30", answers[rand_r(&seed) % 3],
				                       answers[rand_r(&seed) % 3]);
			who[i].more = more[i];
		}
		struct summary s = { 0 };
		count_people(&s, who, n);
		long raw[NR * NC];
		enum suppress_mark mark[NR * NC], old[NR * NC];
		table_of(&s, raw, mark);
		old_rule(raw, old);
		broken_old += attack_table(raw, old, NULL) > 0;
		annex_protect(&s);
		table_of(&s, raw, mark);
		size_t first = SIZE_MAX;
		size_t pinned = attack_table(raw, mark, &first);
		safe += pinned == 0;
		if (pinned && first >= NR * NC)
			printf("  (workshop %d of %zu: the printed table contradicts itself)\n", k, n);
		else if (pinned) {
			printf("  (workshop %d of %zu: %s,%s = %ld pinned)\n", k, n, rows[first / NC],
			       annex_column_codes[first % NC], raw[first]);
			for (size_t r = 0; r < NR; r++) {
				printf("  %-22s", rows[r]);
				for (size_t c = 0; c < NC; c++)
					printf(" %3ld%c", raw[CELL(r, c)], " sx"[mark[CELL(r, c)]]);
				printf("\n");
			}
		}
		summary_free(&s);
		free(more);
		free(who);
	}
	CHECK(safe == tables, "40 workshops at random: no hidden cell is ever pinned");
	printf("  (the old rule gave a cell away in %d of the %d)\n", broken_old, tables);
	CHECK(broken_old > 0, "and the old rule gives cells away in some of them");
}

/* The core on a plain table with its totals: 2 x 2 and the margins. */
static void test_core_table(void)
{
	/* a b | a+b     cells 0 1 2
	 * c d | c+d           3 4 5
	 * --------
	 * a+c b+d | all       6 7 8 */
	int v[9] = { 3, 9, 12, 8, 7, 15, 11, 16, 27 };
	struct suppress_relation rel[] = {
		{ SUPPRESS_EQUAL, 2, { 0, 1 }, 2 }, { SUPPRESS_EQUAL, 5, { 3, 4 }, 2 }, { SUPPRESS_EQUAL, 8, { 6, 7 }, 2 },
		{ SUPPRESS_EQUAL, 6, { 0, 3 }, 2 }, { SUPPRESS_EQUAL, 7, { 1, 4 }, 2 }, { SUPPRESS_EQUAL, 8, { 2, 5 }, 2 },
	};
	enum suppress_mark mark[9];
	struct suppress_table t = { v, 9, rel, 6, mark };
	size_t extra = suppress_cells(&t, T);
	CHECK(mark[0] == SUPPRESS_SMALL && extra == 3, "one small cell needs three more hidden around it (a square)");
	CHECK(mark[4] == SUPPRESS_HIDDEN && mark[1] == SUPPRESS_HIDDEN && mark[3] == SUPPRESS_HIDDEN,
	      "the smallest cells beside it, not the totals");
	long shown[9];
	for (size_t i = 0; i < 9; i++)
		shown[i] = v[i];
	struct printed p = { 9, shown, mark, rel, 6 };
	CHECK(attack(&p, NULL) == 0, "and the attacker pins none of the four");
	CHECK(!suppress_is_pinned(&t, T, 0) && suppress_is_pinned(&t, T, 2), "the core's own check agrees");
	/* A 0 beside a total: hidden too, and not given away by the others. */
	int z[3] = { 0, 9, 9 };
	struct suppress_relation zr[] = { { SUPPRESS_EQUAL, 2, { 0, 1 }, 2 } };
	enum suppress_mark zm[3];
	struct suppress_table zt = { z, 3, zr, 1, zm };
	suppress_cells(&zt, T);
	long zs[3] = { 0, 9, 9 };
	struct printed zp = { 3, zs, zm, zr, 1 };
	CHECK(zm[0] == SUPPRESS_SMALL && zm[1] + zm[2] > 0 && attack(&zp, NULL) == 0,
	      "0 is a small cell, and the row hides one more so that it cannot be worked out");
}

void suite_suppress(void)
{
	test_core_table();
	test_workshop();
	test_random_workshops();
}
