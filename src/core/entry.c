/* Entry data and outcome codes, their labels and checks. */
#include "core/entry.h"

#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "util/i18n.h"

static const char *const field_codes[ENTRY_NFIELDS] = {
	"gender", "birth_year", "education", "status", "exit_date",
	"exit_reason", "outcome_exit", "outcome_followup", "followup_date", "unemployed_since",
	"result_job_searching", "result_education", "result_qualification", "result_employed",
	"followup_employed", "followup_improved", "disability", "third_country_national",
	"foreign_background", "minority", "homeless", "rural",
};

static const char *const field_labels[ENTRY_NFIELDS] = {
	N_("Gender"), N_("Birth year"), N_("Education (ISCED)"), N_("Status on entry"), N_("Exit date"),
	N_("Reason for leaving"), N_("Outcome at exit"), N_("Outcome at follow-up"), N_("Follow-up date"),
	N_("Unemployed since"), N_("Result: job searching"), N_("Result: education or training"),
	N_("Result: qualification gained"), N_("Result: in employment"), N_("Follow-up: in employment"),
	N_("Follow-up: better situation"), N_("Disability"), N_("Third-country national"),
	N_("Foreign background"), N_("Minority"), N_("Homeless, housing exclusion"), N_("Rural area"),
};

static const char *const genders[] = { "female", "male", "other", ENTRY_DECLINED, NULL };
static const char *const educations[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", ENTRY_DECLINED, NULL };
static const char *const statuses[] = { "unemployed", "long_term_unemployed", "inactive", "employed",
	                                "self_employed", "in_education", ENTRY_DECLINED, NULL };
static const char *const reasons[] = { "completed", "employment", "education", "health", "moved",
	                               "withdrew", "excluded", "other", NULL };
static const char *const outcomes[] = { "employed", "subsidised", "education", "programme", "none",
	                                "unknown", NULL };
static const char *const yes_no_unknown[] = { "yes", "no", "unknown", NULL };
static const char *const yes_no_declined[] = { "yes", "no", ENTRY_DECLINED, NULL };

/* Codes and their words, one table for all the fields' choices. */
static const struct {
	const char *code, *label;
} labels[] = {
	{ "female", N_("woman") }, { "male", N_("man") }, { "other", N_("other") },
	{ ENTRY_DECLINED, N_("declined to say") },
	{ "0", N_("0: early childhood") }, { "1", N_("1: primary") }, { "2", N_("2: lower secondary") },
	{ "3", N_("3: upper secondary") }, { "4", N_("4: post-secondary") }, { "5", N_("5: short tertiary") },
	{ "6", N_("6: bachelor") }, { "7", N_("7: master") }, { "8", N_("8: doctorate") },
	{ "unemployed", N_("unemployed") }, { "long_term_unemployed", N_("long-term unemployed") },
	{ "inactive", N_("not in work or looking") }, { "employed", N_("employed") },
	{ "self_employed", N_("self-employed") }, { "in_education", N_("in education") },
	{ "completed", N_("programme completed") }, { "employment", N_("found work") },
	{ "education", N_("education or training") }, { "health", N_("health") }, { "moved", N_("moved away") },
	{ "withdrew", N_("left of own will") }, { "excluded", N_("excluded") },
	{ "subsidised", N_("subsidised employment") }, { "programme", N_("another programme") },
	{ "none", N_("none") }, { "unknown", N_("unknown") }, { "yes", N_("yes") }, { "no", N_("no") },
};

const char *entry_field_code(enum entry_field f)
{
	return f >= 0 && f < ENTRY_NFIELDS ? field_codes[f] : "";
}

bool entry_field_parse(const char *code, enum entry_field *f)
{
	for (int i = 0; code && i < ENTRY_NFIELDS; i++)
		if (!strcmp(code, field_codes[i])) {
			*f = (enum entry_field)i;
			return true;
		}
	return false;
}

const char *entry_field_label(enum entry_field f)
{
	return f >= 0 && f < ENTRY_NFIELDS ? field_labels[f] : "";
}

bool entry_field_is_special(enum entry_field f)
{
	return f >= ENTRY_FIRST_SPECIAL && f < ENTRY_NFIELDS;
}

bool entry_field_may_decline(enum entry_field f)
{
	return f <= ENTRY_STATUS || entry_field_is_special(f);
}

const char *const *entry_field_choices(enum entry_field f)
{
	if (entry_field_is_special(f))
		return yes_no_declined;
	switch (f) {
	case ENTRY_GENDER: return genders;
	case ENTRY_EDUCATION: return educations;
	case ENTRY_STATUS: return statuses;
	case ENTRY_EXIT_REASON: return reasons;
	case ENTRY_OUTCOME_EXIT:
	case ENTRY_OUTCOME_FOLLOWUP: return outcomes;
	case ENTRY_FOLLOWUP_EMPLOYED:
	case ENTRY_FOLLOWUP_IMPROVED: return yes_no_unknown;
	default: return NULL;
	}
}

static bool is_year(const char *s)
{
	if (strlen(s) != 4 || strspn(s, "0123456789") != 4)
		return false;
	int y = atoi(s);
	return y >= 1900 && y <= 2100;
}

bool entry_value_is_valid(enum entry_field f, const char *value)
{
	if (!value || f < 0 || f >= ENTRY_NFIELDS)
		return false;
	if (!value[0])
		return true;
	const char *const *choices = entry_field_choices(f);
	if (choices) {
		for (; *choices; choices++)
			if (!strcmp(*choices, value))
				return true;
		return false;
	}
	int ymd;
	if (f == ENTRY_BIRTH_YEAR)
		return !strcmp(value, ENTRY_DECLINED) || is_year(value) ||
		       (strlen(value) == 10 && date_parse_ymd(value, &ymd) && ymd >= 19000101 && ymd <= 21001231);
	return strlen(value) == 10 && date_parse_ymd(value, &ymd);
}

const char *entry_value_label(enum entry_field f, const char *value)
{
	if (!value)
		return "";
	if (entry_field_choices(f) || !strcmp(value, ENTRY_DECLINED))
		for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
			if (!strcmp(labels[i].code, value))
				return labels[i].label;
	return value;
}

int entry_age_at(const char *birth, int entry_ymd)
{
	int born;
	if (!birth)
		return -1;
	if (is_year(birth))
		return entry_ymd / 10000 - atoi(birth);
	if (strlen(birth) != 10 || !date_parse_ymd(birth, &born))
		return -1;
	/* A birthday not yet reached in the year of entry: a year younger. */
	return entry_ymd / 10000 - born / 10000 - (entry_ymd % 10000 < born % 10000);
}

const char *entry_age_band(const char *birth, int entry_ymd)
{
	if (birth && !strcmp(birth, ENTRY_DECLINED))
		return ENTRY_DECLINED;
	int age = entry_age_at(birth, entry_ymd);
	if (age < 0)
		return "unknown";
	return age < 18 ? "under_18" : age < 30 ? "18_29" : age < 55 ? "30_54" : "55_plus";
}

int entry_add_months(int ymd, int n)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int months = ymd / 10000 * 12 + (ymd / 100 % 100 - 1) + n;
	int y = months / 12, m = months % 12 + 1, d = ymd % 100;
	int last = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	return y * 10000 + m * 100 + (d > last ? last : d);
}

/* The day a date field holds, or 0 when it holds none. */
static int day_of(const char *value)
{
	int ymd;
	return value && strlen(value) == 10 && date_parse_ymd(value, &ymd) ? ymd : 0;
}

bool entry_is_long_term_unemployed(const struct entry_data *e, int entry_ymd)
{
	const char *status = e->value[ENTRY_STATUS];
	if (!strcmp(status, "long_term_unemployed"))
		return true;
	int since = day_of(e->value[ENTRY_UNEMPLOYED_SINCE]);
	if (strcmp(status, "unemployed") || !since)
		return false;
	int age = entry_age_at(e->value[ENTRY_BIRTH_YEAR], entry_ymd);
	return entry_add_months(since, age >= 0 && age < 25 ? 6 : 12) < entry_ymd;
}

bool entry_result_upon_leaving(const struct entry_data *e, enum entry_field result)
{
	if (result < ENTRY_RESULT_JOB_SEARCHING || result > ENTRY_RESULT_EMPLOYED)
		return false;
	int exit = day_of(e->value[ENTRY_EXIT_DATE]), day = day_of(e->value[result]);
	if (!exit || !day || day > date_add_days(exit, 28))
		return false;
	return day >= exit || result == ENTRY_RESULT_QUALIFICATION;
}

int entry_followup_due(const struct entry_data *e)
{
	int exit = day_of(e->value[ENTRY_EXIT_DATE]);
	return exit && !e->value[ENTRY_FOLLOWUP_DATE][0] ? entry_add_months(exit, 6) : 0;
}

static bool status_in(const struct entry_data *e, const char *a, const char *b)
{
	return !strcmp(e->value[ENTRY_STATUS], a) || !strcmp(e->value[ENTRY_STATUS], b);
}

bool entry_is_unemployed(const struct entry_data *e, int entry_ymd)
{
	return status_in(e, "unemployed", "long_term_unemployed") || entry_is_long_term_unemployed(e, entry_ymd);
}

bool entry_is_inactive(const struct entry_data *e) { return status_in(e, "inactive", "in_education"); }

bool entry_is_employed(const struct entry_data *e) { return status_in(e, "employed", "self_employed"); }
