/* The closing's words on the attendance lists. */
#include "app/month_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/month.h"
#include "app/people.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

const char *app_month_what_words(const char *what)
{
	if (!strcmp(what, "visit_correct"))
		return _("visit corrected");
	if (!strcmp(what, "visit_add"))
		return _("visit added");
	if (!strcmp(what, "visit_accept"))
		return _("visit after the programme ended accepted");
	if (!strcmp(what, "absence_add"))
		return _("excused absence added");
	if (!strcmp(what, "absence_cancel"))
		return _("excused absence cancelled");
	return what;
}

void app_month_person_name(struct app *app, long long id, char *out, size_t n)
{
	struct person p;
	if (app_person_get(app, id, &p) == ERR_OK)
		text_copy(out, n, p.name);
	else
		snprintf(out, n, "#%lld", id);
}

struct changes {
	struct app *app;
	char *text;
};

static void on_amendment(const struct month_amendment *a, void *ctx)
{
	struct changes *c = ctx;
	char month[64], day[32], at[32], who[128], by[128], before[24], after[24];
	fmt_month(a->month, month, sizeof month);
	fmt_date_short(a->day, day, sizeof day);
	fmt_date_short(date_ymd(a->at), at, sizeof at);
	app_month_person_name(c->app, a->person_id, who, sizeof who);
	app_month_person_name(c->app, a->by, by, sizeof by);
	fmt_hours(a->before_seconds, before, sizeof before);
	fmt_hours(a->after_seconds, after, sizeof after);
	/* TRANSLATORS: a change to a closed month on the next list: the month,
	 * the person, the day, what, the hours before and after, who, when, why. */
	char *one = xasprintf(_("%s: %s, %s, %s, %s h → %s h, by %s on %s: %s"), month, who, day,
	                      app_month_what_words(a->what), before, after, by, at, a->reason);
	char *more = xasprintf("%s%s%s", c->text ? c->text : "", c->text ? "; " : "", one);
	free(one);
	free(c->text);
	c->text = more;
}

enum rota_err app_month_list_words(struct app *app, int yyyymm, char **closed, char **changes)
{
	*closed = *changes = NULL;
	bool is_closed = false;
	struct month_close mc;
	enum rota_err e = db_begin_read(app->db); /* one snapshot: the closing and its changes */
	if (e != ERR_OK)
		return e;
	e = app_month_closed(app, yyyymm, &mc, &is_closed);
	if (e == ERR_OK && is_closed) {
		char day[64], by[128];
		fmt_date_text(date_ymd(mc.at), day, sizeof day);
		app_month_person_name(app, mc.by, by, sizeof by);
		*closed = xasprintf(_("Closed on %s by %s. Fingerprint (SHA-256): %s."), day, by, mc.fingerprint);
	}
	struct changes c = { .app = app };
	if (e == ERR_OK)
		e = app_month_amendments(app, 0, yyyymm, on_amendment, &c);
	if (e == ERR_OK && c.text) {
		*changes = xasprintf(_("Changes to closed months: %s."), c.text);
	}
	free(c.text);
	e = db_end_read(app->db, e);
	if (e != ERR_OK) {
		free(*closed);
		*closed = NULL;
	}
	return e;
}
