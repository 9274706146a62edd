/* The programme summary's counts and how each cell shows. */
#include "core/summary.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/text.h"

void summary_free(struct summary *s)
{
	if (!s)
		return;
	free(s->counts);
	free(s->mentoring);
	s->counts = NULL;
	s->mentoring = NULL;
	s->ncounts = s->counts_cap = s->nmentoring = s->mentoring_cap = 0;
}

static struct summary_count *find_count(const struct summary *s, const char *section, const char *item)
{
	for (size_t i = 0; i < s->ncounts; i++)
		if (!strcmp(s->counts[i].section, section) && !strcmp(s->counts[i].item, item))
			return &s->counts[i];
	return NULL;
}

void summary_count_add(struct summary *s, const char *section, const char *item, int n)
{
	struct summary_count *c = find_count(s, section, item);
	if (!c) {
		s->counts = xgrow(s->counts, s->ncounts, &s->counts_cap, sizeof *s->counts);
		c = &s->counts[s->ncounts++];
		memset(c, 0, sizeof *c);
		text_copy(c->section, sizeof c->section, section);
		text_copy(c->item, sizeof c->item, item);
	}
	c->people += n;
}

const struct summary_count *summary_count_find(const struct summary *s, const char *section, const char *item)
{
	return find_count(s, section, item);
}

int summary_count_get(const struct summary *s, const char *section, const char *item)
{
	const struct summary_count *c = find_count(s, section, item);
	return c ? c->people : 0;
}

void summary_mentoring_add(struct summary *s, long long person_id, const char *name, int month, long seconds)
{
	/* The rows stay sorted by person and month: find the place by halving. */
	size_t i = 0, hi = s->nmentoring;
	while (i < hi) {
		size_t mid = i + (hi - i) / 2;
		const struct summary_mentoring *m = &s->mentoring[mid];
		if (m->person_id < person_id || (m->person_id == person_id && m->month < month))
			i = mid + 1;
		else
			hi = mid;
	}
	if (i < s->nmentoring && s->mentoring[i].person_id == person_id && s->mentoring[i].month == month) {
		s->mentoring[i].seconds += seconds;
		return;
	}
	s->mentoring = xgrow(s->mentoring, s->nmentoring, &s->mentoring_cap, sizeof *s->mentoring);
	memmove(&s->mentoring[i + 1], &s->mentoring[i], (s->nmentoring - i) * sizeof *s->mentoring);
	s->nmentoring++;
	struct summary_mentoring *m = &s->mentoring[i];
	memset(m, 0, sizeof *m);
	m->person_id = person_id;
	text_copy(m->name, sizeof m->name, name ? name : "");
	m->month = month;
	m->seconds = seconds;
}

const char *summary_cell(const struct summary_count *c, int min_count, char out[12])
{
	char digits[12];
	int n = 0, i = 0, people = c->people;
	if (c->mark == SUPPRESS_HIDDEN) {
		text_copy(out, 12, SUMMARY_HIDDEN_CELL);
		return out;
	}
	if (c->mark == SUPPRESS_SMALL) {
		out[i++] = '<';
		people = min_count;
	}
	if (people < 0)
		people = 0;
	do
		digits[n++] = (char)('0' + people % 10);
	while ((people /= 10) > 0 && n < 10);
	while (n > 0)
		out[i++] = digits[--n];
	out[i] = '\0';
	return out;
}

long summary_mentoring_total(const struct summary *s)
{
	long total = 0;
	for (size_t i = 0; i < s->nmentoring; i++)
		total += s->mentoring[i].seconds;
	return total;
}

static time_t max_t(time_t a, time_t b) { return a > b ? a : b; }
static time_t min_t(time_t a, time_t b) { return a < b ? a : b; }

long summary_common_seconds(time_t a0, time_t a1, time_t b0, time_t b1, time_t c0, time_t c1)
{
	time_t from = max_t(a0, max_t(b0, c0)), to = min_t(a1, min_t(b1, c1));
	return to > from ? (long)(to - from) : 0;
}
