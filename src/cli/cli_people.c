/* rota person add|list|pin|unlock|set */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "app/mentor.h"
#include "app/entry.h"
#include "app/people.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "out/refusal_words.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

static const char *const roles[] = { "participant", "mentor", "coordinator", NULL };
static const enum person_role role_of[] = { ROLE_PARTICIPANT, ROLE_MENTOR, ROLE_COORDINATOR };

struct add_args {
	const char *name;
	int role, lang;
};

static const struct opt add_opts[] = {
	OPT_STRING("name", "NAME", OPT_REQUIRED, N_("the full name, as the person writes it"),
	           offsetof(struct add_args, name)),
	OPT_CHOICE("role", roles, OPT_REQUIRED, N_("what the person does in the workshop"),
	           offsetof(struct add_args, role)),
	OPT_CHOICE("lang", cli_langs, 0, N_("the language the kiosk greets them in (default sl)"),
	           offsetof(struct add_args, lang)),
	OPT_END,
};
static const struct opt_cmd add_cmd = { "person add", N_("Adds a person and prints the new id."), add_opts };

static int person_add(const struct cli *cli, int argc, char **argv)
{
	struct add_args a = { .lang = 0 };
	int rc = cli_parse(&add_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	long long id;
	enum rota_err e = app_person_add(app, a.name, role_of[a.role], cli_langs[a.lang], clock_now(), &id);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
}

struct list_args {
	bool csv;
};

static const struct opt list_opts[] = {
	CSV_OPTIONS(0, N_("CSV with a header row: id,name,role,lang,active"), offsetof(struct list_args, csv)),
	OPT_END,
};
static const struct opt_cmd list_cmd = { "person list", N_("Lists everyone, in name order."), list_opts };

static int list_people(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	bool csv = ((struct list_args *)args)->csv;
	struct person *people;
	size_t n;
	enum rota_err e = app_person_list(app, false, &people, &n);
	if (e != ERR_OK)
		return cli_fail(e);
	if (csv) {
		static const char *const header[] = { "id", "name", "role", "lang", "active" };
		csv_record(stdout, header, 5);
	}
	for (size_t i = 0; i < n; i++) {
		char id[24];
		snprintf(id, sizeof id, "%lld", people[i].id);
		const char *active = csv ? (people[i].is_active ? "1" : "0")
		                         : (people[i].is_active ? _("active") : _("inactive"));
		const char *fields[] = { id, people[i].name, person_role_code(people[i].role), people[i].lang, active };
		csv_row(stdout, csv, fields, 5);
	}
	free(people);
	return CLI_OK;
}

static int person_list(const struct cli *cli, int argc, char **argv)
{
	struct list_args a = { 0 };
	int rc = cli_parse(&list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_people, &a);
}

/* Reads one line from stdin, without echo when it is a terminal. */
static bool read_pin(char *out, size_t n)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
	if (tty) {
		fprintf(stderr, "%s", _("New PIN: "));
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	bool ok = fgets(out, (int)n, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (ok)
		out[strcspn(out, "\r\n")] = '\0';
	return ok;
}

struct id_args {
	long long id;
};

static const struct opt pin_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct id_args, id)),
	OPT_END,
};
static const struct opt_cmd pin_cmd = { "person pin", N_("Reads a new PIN (4 to 8 digits) from standard input."),
	                                pin_opts };

static int set_pin(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	long long id = ((struct id_args *)args)->id;
	char pin[64];
	struct person p;
	enum rota_err e = app_person_get(app, id, &p);
	if (e != ERR_OK)
		return cli_fail(e);
	if (!read_pin(pin, sizeof pin))
		return cli_fail(ERR_PIN_FORMAT);
	e = app_person_set_pin(app, id, pin);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The PIN was set."));
	return CLI_OK;
}

static int person_pin(const struct cli *cli, int argc, char **argv)
{
	struct id_args a = { 0 };
	int rc = cli_parse(&pin_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, set_pin, &a);
}

static const struct opt_cmd unlock_cmd = {
	"person unlock", N_("Lifts the pause after too many wrong PINs, and forgets the wrong tries."), pin_opts,
};

static int unlock_pin(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	bool was_locked = false;
	enum rota_err e = app_pin_unlock(app, ((struct id_args *)args)->id, &was_locked, clock_now());
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", was_locked ? _("The PIN can be used again.") : _("The PIN was not paused; its wrong tries are forgotten."));
	return CLI_OK;
}

static int person_unlock(const struct cli *cli, int argc, char **argv)
{
	struct id_args a = { 0 };
	int rc = cli_parse(&unlock_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, unlock_pin, &a);
}

/* The entry fields given as dates, in the order of set_args.dates. */
static const enum entry_field date_fields[] = {
	ENTRY_EXIT_DATE, ENTRY_FOLLOWUP_DATE, ENTRY_UNEMPLOYED_SINCE, ENTRY_RESULT_JOB_SEARCHING,
	ENTRY_RESULT_EDUCATION, ENTRY_RESULT_QUALIFICATION, ENTRY_RESULT_EMPLOYED,
};
#define NDATES ((int)(sizeof date_fields / sizeof date_fields[0]))

struct set_args {
	long long id, by;
	int start, end, target, active, lang;
	const char *name;
	const char *entry[ENTRY_NFIELDS];  /* as given; NULL when not */
	int dates[NDATES];                 /* -1 when not given, 0 to clear; by date_fields */
};

#define ENTRY_OPT(name, f, help) \
	OPT_STRING(name, "CODE", 0, help, offsetof(struct set_args, entry) + (f) * sizeof(const char *))
#define ENTRY_DATE(name, i, help) \
	OPT_DATE(name, OPT_EMPTY, help, offsetof(struct set_args, dates) + (i) * sizeof(int))

static const struct opt set_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct set_args, id)),
	OPT_DATE("programme-start", OPT_EMPTY, N_("when their programme starts (an empty value clears it)"),
	         offsetof(struct set_args, start)),
	OPT_DATE("programme-end", OPT_EMPTY, N_("when their programme ends (an empty value clears it)"),
	         offsetof(struct set_args, end)),
	OPT_INT("target-hours", "N", 0, 0, 10000, N_("the hours their programme asks for (0: the workshop's default)"),
	        offsetof(struct set_args, target)),
	OPT_CHOICE("active", cli_yes_no, 0, N_("whether they still come (nobody is ever deleted)"),
	           offsetof(struct set_args, active)),
	OPT_STRING("name", "NAME", 0, N_("a new name (the log keeps the one before)"), offsetof(struct set_args, name)),
	OPT_CHOICE("lang", cli_langs, 0, N_("the language the kiosk greets them in"), offsetof(struct set_args, lang)),
	ENTRY_OPT("gender", ENTRY_GENDER, N_("on entry: female, male, other or declined")),
	OPT_STRING("birth-year", "YYYY", 0, N_("on entry: the year they were born (or the date, YYYY-MM-DD), or declined"),
	           offsetof(struct set_args, entry) + ENTRY_BIRTH_YEAR * sizeof(const char *)),
	ENTRY_OPT("education", ENTRY_EDUCATION, N_("on entry: the ISCED level 0 to 8, or declined")),
	ENTRY_OPT("status", ENTRY_STATUS, N_("on entry: unemployed, long_term_unemployed, inactive, employed, self_employed, in_education or declined")),
	ENTRY_DATE("unemployed-since", 2, N_("on entry: unemployed without a break since this day")),
	ENTRY_DATE("exit-date", 0, N_("the day they left the programme")),
	ENTRY_OPT("exit-reason", ENTRY_EXIT_REASON, N_("why: completed, employment, education, health, moved, withdrew, excluded or other")),
	ENTRY_OPT("outcome-exit", ENTRY_OUTCOME_EXIT, N_("on leaving: employed, subsidised, education, programme, none or unknown")),
	ENTRY_OPT("outcome-followup", ENTRY_OUTCOME_FOLLOWUP, N_("at the follow-up: the same choices as --outcome-exit")),
	ENTRY_DATE("result-job-searching", 3, N_("on leaving: the day they began searching for a job")),
	ENTRY_DATE("result-education", 4, N_("on leaving: the day they began education or training")),
	ENTRY_DATE("result-qualification", 5, N_("on leaving: the day they gained a qualification (an NPK counts)")),
	ENTRY_DATE("result-employed", 6, N_("on leaving: the day they began work, self-employment included")),
	ENTRY_DATE("followup-date", 1, N_("the day of the follow-up")),
	ENTRY_OPT("followup-employed", ENTRY_FOLLOWUP_EMPLOYED, N_("six months after leaving, in employment: yes, no or unknown")),
	ENTRY_OPT("followup-improved", ENTRY_FOLLOWUP_IMPROVED, N_("six months after leaving, a better situation on the labour market: yes, no or unknown")),
	ENTRY_OPT("disability", ENTRY_DISABILITY, N_("special category, when the programme records it: yes, no or declined")),
	ENTRY_OPT("third-country-national", ENTRY_THIRD_COUNTRY, N_("special category: yes, no or declined")),
	ENTRY_OPT("foreign-background", ENTRY_FOREIGN_BACKGROUND, N_("special category: yes, no or declined")),
	ENTRY_OPT("minority", ENTRY_MINORITY, N_("special category: yes, no or declined")),
	ENTRY_OPT("homeless", ENTRY_HOMELESS, N_("special category, homeless or excluded from housing: yes, no or declined")),
	ENTRY_OPT("rural", ENTRY_RURAL, N_("special category, living in a rural area: yes, no or declined")),
	OPT_ID("by", "ID", 0, N_("the coordinator who records the entry data and outcomes"), offsetof(struct set_args, by)),
	OPT_END,
};
static const struct opt_cmd set_cmd = { "person set", N_("Changes what is given; the rest stays as it is. An empty value clears entry data."),
	                                set_opts };

/* Puts the dates given as YYYYMMDD among the entry values, as YYYY-MM-DD
 * ("" clears). Returns true when any entry value was given. */
static bool entry_given(struct set_args *a, char dates[NDATES][11])
{
	bool any = false;
	for (int i = 0; i < NDATES; i++) {
		dates[i][0] = '\0';
		if (a->dates[i] > 0)
			date_format_ymd(a->dates[i], dates[i]);
		if (a->dates[i] >= 0)
			a->entry[date_fields[i]] = dates[i];
	}
	for (int i = 0; i < ENTRY_NFIELDS; i++)
		any |= a->entry[i] != NULL;
	return any;
}

/* Returns the name of field f's option (without its --), from the table. */
static const char *set_option_name(enum entry_field f)
{
	for (const struct opt *o = set_opts; o->kind != OPT_KIND_END; o++)
		if (o->kind == OPT_KIND_STRING && o->name &&
		    o->offset == offsetof(struct set_args, entry) + (size_t)f * sizeof(const char *))
			return o->name;
	return entry_field_code(f);
}

/* Returns a usage problem for the first entry value its field does not
 * take, else NULL. */
static const char *entry_problem(const struct set_args *a, char *buf, size_t n)
{
	for (int f = 0; f < ENTRY_NFIELDS; f++) {
		if (!a->entry[f] || entry_value_is_valid((enum entry_field)f, a->entry[f]))
			continue;
		const char *const *c = entry_field_choices((enum entry_field)f);
		if (!c) {
			snprintf(buf, n, "%s", _("--birth-year takes a year like 1984, a date like 1984-03-17, or declined"));
			return buf;
		}
		size_t len = (size_t)snprintf(buf, n, _("--%s takes one of:"), set_option_name((enum entry_field)f));
		for (; *c && len < n; c++)
			len += (size_t)snprintf(buf + len, n - len, " %s", *c);
		for (char *u = buf; *u && *u != ' '; u++)
			if (*u == '_')
				*u = '-';
		return buf;
	}
	return NULL;
}

/* Says which option broke which rule, and for an end before a visit which
 * days after `end` the person was here. */
static int refuse_set(struct app *app, long long id, int end, const struct refusal *why)
{
	char words[512], days[160] = "";
	cli_refuse(refusal_words(why, REFUSAL_FOR_SHELL, words, sizeof words));
	if (why->code == ERR_VISITS_AFTER_END &&
	    app_visit_days_words(app, id, date_add_days(end, 1), 99991231, days, sizeof days) == ERR_OK)
		fprintf(stderr, _("rota: days with a visit: %s\n"), days);
	return CLI_FAIL;
}

static int set_person(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct set_args *a = args;
	struct refusal why;
	/* cli_yes_no: index 0 is yes */
	int active = a->active < 0 ? -1 : a->active == 0;
	enum rota_err e = app_person_update(app, a->id, a->start, a->end, a->target, active, &why);
	if (e != ERR_OK)
		return refuse_set(app, a->id, a->end, &why);
	if (e == ERR_OK && (a->name || a->lang >= 0))
		e = app_person_set_name_lang(app, a->id, a->name, a->lang >= 0 ? cli_langs[a->lang] : NULL);
	if (e == ERR_OK && a->by) {
		e = app_entry_set(app, a->id, a->entry, a->by, clock_now(), &why);
		if (e != ERR_OK)
			return refuse_set(app, a->id, a->dates[0], &why);
	}
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int person_set(const struct cli *cli, int argc, char **argv)
{
	struct set_args a = { .start = -1, .end = -1, .target = -1, .active = -1, .lang = -1 };
	for (int i = 0; i < NDATES; i++)
		a.dates[i] = -1;
	char dates[NDATES][11], problem[256];
	int rc = cli_parse(&set_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	bool has_entry = entry_given(&a, dates);
	if (entry_problem(&a, problem, sizeof problem))
		return cli_usage(&set_cmd, problem);
	if (has_entry != (a.by > 0))
		return cli_usage(&set_cmd, has_entry ? _("entry data and outcomes need --by, the coordinator who records them")
		                                     : _("--by goes with entry data and outcomes"));
	return cli_with_app(cli, set_person, &a);
}

int cli_person(const struct cli *cli)
{
	static const struct cli_verb verbs[] = {
		{ &add_cmd, person_add }, { &list_cmd, person_list }, { &pin_cmd, person_pin }, { &set_cmd, person_set },
		{ &unlock_cmd, person_unlock },
		{ &cli_person_entry_cmd, cli_person_entry }, { &cli_person_export_cmd, cli_person_export },
		{ &cli_person_anonymise_cmd, cli_person_anonymise },
	};
	return cli_run_verb(cli, verbs, sizeof verbs / sizeof verbs[0], NULL);
}
