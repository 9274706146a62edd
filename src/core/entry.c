/* Entry data and outcome codes, their labels and checks. */
#include "core/entry.h"

#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "util/i18n.h"

static const char *const field_codes[ENTRY_NFIELDS] = {
	"gender", "birth_year", "education", "status", "exit_date",
	"exit_reason", "outcome_exit", "outcome_followup", "followup_date",
};

static const char *const field_labels[ENTRY_NFIELDS] = {
	N_("Gender"), N_("Birth year"), N_("Education (ISCED)"), N_("Status on entry"), N_("Exit date"),
	N_("Reason for leaving"), N_("Outcome at exit"), N_("Outcome at follow-up"), N_("Follow-up date"),
};

static const char *const genders[] = { "female", "male", "other", ENTRY_DECLINED, NULL };
static const char *const educations[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", ENTRY_DECLINED, NULL };
static const char *const statuses[] = { "unemployed", "long_term_unemployed", "inactive", "employed",
	                                "in_education", ENTRY_DECLINED, NULL };
static const char *const reasons[] = { "completed", "employment", "education", "health", "moved",
	                               "withdrew", "excluded", "other", NULL };
static const char *const outcomes[] = { "employed", "subsidised", "education", "programme", "none",
	                                "unknown", NULL };

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
	{ "in_education", N_("in education") },
	{ "completed", N_("programme completed") }, { "employment", N_("found work") },
	{ "education", N_("education or training") }, { "health", N_("health") }, { "moved", N_("moved away") },
	{ "withdrew", N_("left of own will") }, { "excluded", N_("excluded") },
	{ "subsidised", N_("subsidised employment") }, { "programme", N_("another programme") },
	{ "none", N_("none") }, { "unknown", N_("unknown") },
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

const char *const *entry_field_choices(enum entry_field f)
{
	switch (f) {
	case ENTRY_GENDER: return genders;
	case ENTRY_EDUCATION: return educations;
	case ENTRY_STATUS: return statuses;
	case ENTRY_EXIT_REASON: return reasons;
	case ENTRY_OUTCOME_EXIT:
	case ENTRY_OUTCOME_FOLLOWUP: return outcomes;
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
	if (f == ENTRY_BIRTH_YEAR)
		return !strcmp(value, ENTRY_DECLINED) || is_year(value);
	int ymd;
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

const char *entry_age_band(const char *birth_year, int year)
{
	if (birth_year && !strcmp(birth_year, ENTRY_DECLINED))
		return ENTRY_DECLINED;
	if (!birth_year || !is_year(birth_year))
		return "unknown";
	int age = year - atoi(birth_year);
	return age < 25 ? "under_25" : age < 55 ? "25_54" : "55_plus";
}
