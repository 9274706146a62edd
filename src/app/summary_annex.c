/* The ESF+ indicators' table of the summary (app/summary_annex.h): its rows
 * as data, counting participants into them, and the relations a reader
 * knows between its cells, handed to core/suppress.h.
 *
 * The rules of who is in a band, long-term unemployed or has a result upon
 * leaving are the entry data's own (core/entry.h): the summary only asks
 * them, so the table and the entry screens never disagree. */
#include "app/summary_annex.h"

#include <stdlib.h>
#include <string.h>

#include "core/esf.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"

const char *const annex_column_codes[ANNEX_NCOLUMNS] = { "women", "men", "non_binary", "declined", "total" };
const char *const annex_column_words[ANNEX_NCOLUMNS] = {
	N_("women"), N_("men"), N_("non-binary or other"), N_("declined or not recorded"), N_("total"),
};

static const char *value_of(const struct annex_person *p, enum entry_field f) { return p->entry->value[f]; }

static bool age_is(const struct annex_person *p, const char *band)
{
	return !strcmp(entry_age_band(value_of(p, ENTRY_BIRTH_YEAR), p->entered), band);
}

/* The ISCED band on entry ("0_2", "3_4", "5_8"), as the export groups it. */
static bool isced_is(const struct annex_person *p, const char *band)
{
	return !strcmp(esf_isced_group(value_of(p, ENTRY_EDUCATION)), band);
}

/* The output indicators count the participants who entered in the period;
 * the results upon leaving those who left in it; the results six months
 * after leaving those whose follow-up fell in it. */
static bool entered(const struct annex_person *p) { return p->entered >= p->from && p->entered <= p->to; }
static bool left(const struct annex_person *p) { return p->left && p->left >= p->from && p->left <= p->to; }
static bool followed_up(const struct annex_person *p)
{
	int day;
	const char *v = value_of(p, ENTRY_FOLLOWUP_DATE);
	return v[0] && date_parse_ymd(v, &day) && day >= p->from && day <= p->to;
}

static bool everyone(const struct annex_person *p) { return entered(p); }
static bool long_term_unemployed(const struct annex_person *p)
{
	return entered(p) && entry_is_long_term_unemployed(p->entry, p->entered);
}
/* Unemployed on entry, the long-term unemployed among them: whoever the
 * row below counts (by the status, or by unemployed_since) this one does. */
static bool unemployed(const struct annex_person *p)
{
	return entered(p) && entry_is_unemployed(p->entry, p->entered);
}
/* Not in the labour force: neither in work nor looking; in education too. */
static bool inactive(const struct annex_person *p)
{
	return entered(p) && entry_is_inactive(p->entry);
}
static bool employed(const struct annex_person *p)
{
	return entered(p) && entry_is_employed(p->entry);
}
static bool under_18(const struct annex_person *p) { return entered(p) && age_is(p, "under_18"); }
static bool age_18_29(const struct annex_person *p) { return entered(p) && age_is(p, "18_29"); }
static bool age_55_plus(const struct annex_person *p) { return entered(p) && age_is(p, "55_plus"); }
static bool isced_0_2(const struct annex_person *p) { return entered(p) && isced_is(p, "0_2"); }
static bool isced_3_4(const struct annex_person *p) { return entered(p) && isced_is(p, "3_4"); }
static bool isced_5_8(const struct annex_person *p) { return entered(p) && isced_is(p, "5_8"); }

static bool leaver(const struct annex_person *p) { return left(p); }
static bool job_searching(const struct annex_person *p)
{
	return left(p) && entry_result_upon_leaving(p->entry, ENTRY_RESULT_JOB_SEARCHING);
}
static bool in_education(const struct annex_person *p)
{
	return left(p) && entry_result_upon_leaving(p->entry, ENTRY_RESULT_EDUCATION);
}
static bool qualified(const struct annex_person *p)
{
	return left(p) && entry_result_upon_leaving(p->entry, ENTRY_RESULT_QUALIFICATION);
}
static bool employed_on_leaving(const struct annex_person *p)
{
	return left(p) && entry_result_upon_leaving(p->entry, ENTRY_RESULT_EMPLOYED);
}
static bool followup(const struct annex_person *p) { return followed_up(p); }
static bool employed_after(const struct annex_person *p)
{
	return followed_up(p) && !strcmp(value_of(p, ENTRY_FOLLOWUP_EMPLOYED), "yes");
}
static bool improved_after(const struct annex_person *p)
{
	return followed_up(p) && !strcmp(value_of(p, ENTRY_FOLLOWUP_IMPROVED), "yes");
}

/* Annex I's list, in its order and words: the common output indicators
 * on participants, then the common result indicators (immediate and
 * longer-term), each under the row of the people it is a share of. */
static const struct annex_row rows[] = {
	{ "participants", N_("Participants"), NULL, NULL, everyone },
	{ "unemployed", N_("Unemployed, including long-term unemployed"), "participants", "status", unemployed },
	{ "long_term_unemployed", N_("Long-term unemployed"), "unemployed", "long_term", long_term_unemployed },
	{ "inactive", N_("Inactive"), "participants", "status", inactive },
	{ "employed", N_("Employed, including self-employed"), "participants", "status", employed },
	{ "age_under_18", N_("Below 18 years of age"), "participants", "age", under_18 },
	{ "age_18_29", N_("18 to 29 years of age"), "participants", "age", age_18_29 },
	{ "age_55_plus", N_("55 years of age and above"), "participants", "age", age_55_plus },
	{ "isced_0_2", N_("With lower secondary education or less (ISCED 0–2)"), "participants", "isced", isced_0_2 },
	{ "isced_3_4", N_("With upper secondary or post-secondary education (ISCED 3–4)"), "participants", "isced",
	  isced_3_4 },
	{ "isced_5_8", N_("With tertiary education (ISCED 5–8)"), "participants", "isced", isced_5_8 },
	/* The results: each its own group, as one person may have several. */
	{ "leavers", N_("Participants who left"), NULL, NULL, leaver },
	{ "result_job_searching", N_("Participants engaged in job searching upon leaving"), "leavers", "job_searching",
	  job_searching },
	{ "result_education", N_("Participants in education or training upon leaving"), "leavers", "education",
	  in_education },
	{ "result_qualification", N_("Participants gaining a qualification upon leaving"), "leavers", "qualification",
	  qualified },
	{ "result_employed", N_("Participants in employment, including self-employment, upon leaving"), "leavers",
	  "employed", employed_on_leaving },
	{ "followups", N_("Participants followed up six months after leaving"), NULL, NULL, followup },
	{ "followup_employed", N_("Participants in employment, including self-employment, six months after leaving"),
	  "followups", "employed", employed_after },
	{ "followup_improved", N_("Participants with an improved labour market situation six months after leaving"),
	  "followups", "improved", improved_after },
};
#define NROWS (sizeof rows / sizeof rows[0])

const struct annex_row *annex_rows(size_t *n)
{
	*n = NROWS;
	return rows;
}

void annex_start(struct summary *s)
{
	for (size_t r = 0; r < NROWS; r++)
		for (size_t c = 0; c < ANNEX_NCOLUMNS; c++)
			summary_count_add(s, rows[r].code, annex_column_codes[c], 0);
}

/* The column of p's gender: one who declined and one not yet asked are
 * alike to the report, so a row's columns always add up to its total. */
static size_t column_of(const struct annex_person *p)
{
	const char *g = value_of(p, ENTRY_GENDER);
	return !strcmp(g, "female") ? 0 : !strcmp(g, "male") ? 1 : !strcmp(g, "other") ? 2 : 3;
}

void annex_count(struct summary *s, const struct annex_person *p)
{
	size_t col = column_of(p);
	for (size_t r = 0; r < NROWS; r++)
		if (rows[r].counts(p)) {
			summary_count_add(s, rows[r].code, annex_column_codes[col], 1);
			summary_count_add(s, rows[r].code, "total", 1);
		}
}

/* The place of section/item among s's counts, SIZE_MAX when it has none. */
static size_t cell_of(const struct summary *s, const char *section, const char *item)
{
	for (size_t i = 0; i < s->ncounts; i++)
		if (!strcmp(s->counts[i].section, section) && !strcmp(s->counts[i].item, item))
			return i;
	return SIZE_MAX;
}

/* Adds the relations of one column (or the totals) of the table: each
 * group of rows under its parent. A row's parent counts the same people in
 * the same period, so a row under it is at most it. */
static void column_relations(const struct summary *s, const char *col, struct suppress_relation *rel, size_t *n)
{
	for (size_t r = 0; r < NROWS; r++) {
		if (!rows[r].parent)
			continue;
		bool first = true; /* one relation per parent and group, at its first row */
		for (size_t q = 0; q < r && first; q++)
			first = !(rows[q].parent && !strcmp(rows[q].parent, rows[r].parent) &&
			          !strcmp(rows[q].group, rows[r].group));
		size_t whole = cell_of(s, rows[r].parent, col);
		if (!first || whole == SIZE_MAX)
			continue;
		struct suppress_relation *x = &rel[(*n)++];
		memset(x, 0, sizeof *x);
		x->kind = SUPPRESS_AT_MOST;
		x->whole = whole;
		for (size_t q = r; q < NROWS && x->nparts < SUPPRESS_PARTS_MAX; q++) {
			size_t part = cell_of(s, rows[q].code, col);
			if (part != SIZE_MAX && rows[q].parent && !strcmp(rows[q].parent, rows[r].parent) &&
			    !strcmp(rows[q].group, rows[r].group))
				x->parts[x->nparts++] = part;
		}
	}
}

void annex_protect(struct summary *s)
{
	if (s->min_count < 1)
		s->min_count = SUMMARY_MIN_PEOPLE; /* every cell then shows with the rule it was given */
	int *value = xmalloc((s->ncounts ? s->ncounts : 1) * sizeof *value);
	enum suppress_mark *mark = xmalloc((s->ncounts ? s->ncounts : 1) * sizeof *mark);
	struct suppress_relation *rel = xmalloc((NROWS * (ANNEX_NCOLUMNS + 1)) * sizeof *rel);
	size_t nrel = 0;
	for (size_t i = 0; i < s->ncounts; i++)
		value[i] = s->counts[i].people;
	/* Each row's columns add up to its total. */
	for (size_t r = 0; r < NROWS; r++) {
		struct suppress_relation x = { .kind = SUPPRESS_EQUAL, .whole = cell_of(s, rows[r].code, "total") };
		for (size_t c = 0; c + 1 < ANNEX_NCOLUMNS; c++) {
			size_t part = cell_of(s, rows[r].code, annex_column_codes[c]);
			if (part != SIZE_MAX)
				x.parts[x.nparts++] = part;
		}
		if (x.whole != SIZE_MAX && x.nparts == ANNEX_NCOLUMNS - 1)
			rel[nrel++] = x;
	}
	for (size_t c = 0; c < ANNEX_NCOLUMNS; c++)
		column_relations(s, annex_column_codes[c], rel, &nrel);
	struct suppress_table t = { value, s->ncounts, rel, nrel, mark };
	suppress_cells(&t, s->min_count);
	for (size_t i = 0; i < s->ncounts; i++)
		s->counts[i].mark = mark[i];
	free(rel);
	free(mark);
	free(value);
}
