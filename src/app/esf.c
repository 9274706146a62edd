/* ESF+ follow-up due list and participant-level export use cases. */
#include "app/esf.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "core/entry.h"
#include "core/person.h"
#include "store/db.h"
#include "store/entry.h"
#include "store/esf.h"
#include "store/feed.h"
#include "store/people.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

static int ymd_of_text(const char *s)
{
	int ymd = 0;
	return s[0] && date_parse_ymd(s, &ymd) ? ymd : 0;
}

static int due_order(const void *a, const void *b)
{
	const struct esf_due *x = a, *y = b;
	if (x->due_day != y->due_day)
		return x->due_day < y->due_day ? -1 : 1;
	return (x->person_id > y->person_id) - (x->person_id < y->person_id);
}

static enum rota_err read_due(struct app *app, int until, struct esf_due **out, size_t *nout)
{
	struct person *people;
	size_t n, k = 0;
	enum rota_err e = store_person_list(app->db, false, &people, &n);
	if (e != ERR_OK)
		return e;
	struct esf_due *due = xmalloc((n ? n : 1) * sizeof *due);
	for (size_t i = 0; e == ERR_OK && i < n; i++) {
		struct entry_data d;
		if (people[i].role != ROLE_PARTICIPANT || (e = store_entry_get(app->db, people[i].id, &d)) != ERR_OK)
			continue;
		int day = entry_followup_due(&d);
		if (!day || day > until)
			continue;
		due[k] = (struct esf_due){ .person_id = people[i].id, .due_day = day,
		                           .exit_day = ymd_of_text(d.value[ENTRY_EXIT_DATE]) };
		text_copy(due[k].name, sizeof due[k].name, people[i].name);
		k++;
	}
	free(people);
	if (e != ERR_OK) {
		free(due);
		return e;
	}
	qsort(due, k, sizeof *due, due_order);
	*out = due;
	*nout = k;
	return ERR_OK;
}

enum rota_err app_followup_due(struct app *app, int today, int within, struct esf_due **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!date_is_valid(today) || within < 0)
		return ERR_INVALID;
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, read_due(app, date_add_days(today, within), out, n));
}

/* The pseudonymous id of person id at this site: a hash keyed with the
 * site's badge key (never in the records) of a label, the site and the
 * id. The same at every export; without the key nobody can tell whose. */
static void pseudonym(const struct app *app, const char *site, long long id, char out[ESF_PID_HEX + 1])
{
	char msg[96];
	unsigned char hash[ESF_PID_HEX / 2];
	int len = snprintf(msg, sizeof msg, "rota esf participant %s %lld", site, id);
	crypto_generichash(hash, sizeof hash, (const unsigned char *)msg, (size_t)len, app->badge_key,
	                   sizeof app->badge_key);
	sodium_bin2hex(out, ESF_PID_HEX + 1, hash, sizeof hash);
}

static int by_pid(const void *a, const void *b)
{
	return strcmp(((const struct esf_person *)a)->pid, ((const struct esf_person *)b)->pid);
}

static enum rota_err read_rows(struct app *app, int from, int to, struct esf_export *x)
{
	char site[40];
	struct person *people;
	size_t n;
	enum rota_err e = store_site_id(app->db, site, sizeof site);
	if (e != ERR_OK || (e = store_person_list(app->db, false, &people, &n)) != ERR_OK)
		return e;
	x->rows = xmalloc((n ? n : 1) * sizeof *x->rows);
	for (size_t i = 0; e == ERR_OK && i < n; i++) {
		struct esf_person *r = &x->rows[x->n];
		if (people[i].role != ROLE_PARTICIPANT)
			continue;
		memset(r, 0, sizeof *r);
		if ((e = store_entry_get(app->db, people[i].id, &r->entry)) != ERR_OK)
			break;
		/* Entered on the programme's start, else when registered; left on
		 * the exit date, else the programme's end (as the summary counts). */
		r->entered = people[i].programme_start ? people[i].programme_start : date_ymd(people[i].created_at);
		r->left = ymd_of_text(r->entry.value[ENTRY_EXIT_DATE]);
		if (!r->left)
			r->left = people[i].programme_end;
		if (r->entered > to || (r->left && r->left < from))
			continue;
		if (!x->special)
			for (int f = ENTRY_FIRST_SPECIAL; f < ENTRY_NFIELDS; f++)
				r->entry.value[f][0] = '\0';
		pseudonym(app, site, people[i].id, r->pid);
		x->n++;
	}
	free(people);
	qsort(x->rows, x->n, sizeof *x->rows, by_pid);
	return e;
}

enum rota_err app_esf_export(struct app *app, int from, int to, long long by, const char *reason,
                             const char *format, time_t now, struct esf_export *out)
{
	memset(out, 0, sizeof *out);
	if (!date_is_valid(from) || !date_is_valid(to) || to < from ||
	    (strcmp(format, "csv") && strcmp(format, "excel")))
		return ERR_INVALID;
	enum rota_err e = text_check_err(reason, TEXT_LINE, TEXT_REASON_CHARS);
	if (e != ERR_OK)
		return e;
	if ((e = db_begin_write(app->db)) != ERR_OK)
		return e;
	e = app_require_coordinator(app, by);
	out->special = app->cfg.esf_special_fields;
	if (e == ERR_OK)
		e = read_rows(app, from, to, out);
	struct esf_export_log log = { .from = from, .to = to, .reason = reason, .format = format,
		                      .rows = (int)out->n, .special = out->special };
	struct change c = { .at = now, .by = by, .terminal = app->terminal };
	if (e == ERR_OK)
		e = store_esf_export_log(app->db, &log, &c, &out->id);
	e = db_end_write(app->db, e);
	if (e != ERR_OK)
		app_esf_export_free(out);
	return e;
}

void app_esf_export_free(struct esf_export *x)
{
	free(x->rows);
	memset(x, 0, sizeof *x);
}
