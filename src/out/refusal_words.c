/* Refusals worded for the door, a mentor and a coordinator at a shell; see
 * refusal_words.h. A sentence names its values as {given}, {limit},
 * {limit_day}, {other} (a record's id), {other_from} and {other_to}; they
 * are written here in the reader's form, so a translator moves them
 * freely. */
#include "out/refusal_words.h"

#include <stdio.h>
#include <string.h>

#include "out/err_words.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

/* When a row applies beyond its code and field. */
enum row_when {
	WHEN_ALWAYS,
	WHEN_NOT_AFTER_LIMIT,  /* given <= limit */
	WHEN_AFTER_LIMIT,      /* given > limit */
	WHEN_OTHER_OPEN,       /* the other record has no end */
	WHEN_OTHER_CLOSED,     /* the other record has an end */
};

struct row {
	enum rota_err code;
	enum refusal_field field;
	enum row_when when;
	const char *words[2]; /* a mentor's, a shell's */
};

/* TRANSLATORS: the words in braces stand for values and stay as they are;
 * move them where the sentence needs them. */
static const struct row rows[] = {
	{ ERR_VISIT_FUTURE, REFUSAL_CHECK_IN, WHEN_ALWAYS,
	  { N_("Check-in {given} is after now, {limit}."),
	    N_("--check-in {given} is later than now, {limit}: a time to come cannot be recorded yet. Nothing was changed.") } },
	{ ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, WHEN_ALWAYS,
	  { N_("Check-out {given} is after now, {limit}."),
	    N_("--check-out {given} is later than now, {limit}: a time to come cannot be recorded yet. Nothing was changed.") } },
	{ ERR_VISIT_ORDER, REFUSAL_CHECK_OUT, WHEN_NOT_AFTER_LIMIT,
	  { N_("Check-out {given} is not after check-in {limit}."),
	    N_("--check-out {given} is not after the check-in, {limit}. Nothing was changed.") } },
	{ ERR_VISIT_ORDER, REFUSAL_CHECK_OUT, WHEN_AFTER_LIMIT,
	  { N_("Check-out {given} is a day or more after check-in {limit}."),
	    N_("--check-out {given} is a day or more after the check-in, {limit}. Nothing was changed.") } },
	{ ERR_VISIT_BEFORE_START, REFUSAL_DAY, WHEN_ALWAYS,
	  { N_("Day {given} is before this person was registered here, {limit}."),
	    N_("--date {given} is before the person was registered here, {limit}. Nothing was changed.") } },
	{ ERR_VISIT_OVERLAP, REFUSAL_CHECK_IN, WHEN_OTHER_CLOSED,
	  { N_("Check-in {given} falls in another visit of this person, {other_from} to {other_to}."),
	    N_("--check-in {given} falls in visit {other} of the same person, {other_from} to {other_to}. Nothing was changed.") } },
	{ ERR_VISIT_OVERLAP, REFUSAL_CHECK_OUT, WHEN_OTHER_CLOSED,
	  { N_("Check-out {given} falls in another visit of this person, {other_from} to {other_to}."),
	    N_("--check-out {given} falls in visit {other} of the same person, {other_from} to {other_to}. Nothing was changed.") } },
	{ ERR_VISIT_OVERLAP, REFUSAL_CHECK_IN, WHEN_OTHER_OPEN,
	  { N_("Check-in {given} falls in another visit of this person, from {other_from}, which has no check-out."),
	    N_("--check-in {given} falls in visit {other} of the same person, from {other_from}, which has no check-out. Nothing was changed.") } },
	{ ERR_VISIT_OVERLAP, REFUSAL_CHECK_OUT, WHEN_OTHER_OPEN,
	  { N_("Check-out {given} falls in another visit of this person, from {other_from}, which has no check-out."),
	    N_("--check-out {given} falls in visit {other} of the same person, from {other_from}, which has no check-out. Nothing was changed.") } },
	{ ERR_VISIT_DAY, REFUSAL_CHECK_IN, WHEN_ALWAYS,
	  { N_("Check-in {given} is not on the visit's day, {limit_day}."),
	    N_("--check-in {given} is not on the visit's day, {limit_day}. Nothing was changed.") } },
	{ ERR_TIME_FORMAT, REFUSAL_CHECK_IN, WHEN_ALWAYS,
	  { N_("Check-in: please write the time like 16:30."),
	    N_("--check-in takes a time like 16:30. Nothing was changed.") } },
	{ ERR_TIME_FORMAT, REFUSAL_CHECK_OUT, WHEN_ALWAYS,
	  { N_("Check-out: please write the time like 16:30."),
	    N_("--check-out takes a time like 16:30 (after midnight: YYYY-MM-DD HH:MM). Nothing was changed.") } },
	{ ERR_TIME_FORMAT, REFUSAL_DAY, WHEN_ALWAYS,
	  { N_("Day: please write the day like 2026-11-23."),
	    N_("--date takes a day that exists, like 2026-11-23. Nothing was changed.") } },
	{ ERR_VISIT_REASON, REFUSAL_REASON, WHEN_ALWAYS,
	  { N_("Reason: please write why, in a few words."),
	    N_("--reason needs a few words: why. Nothing was changed.") } },
	{ ERR_NOT_MENTOR, REFUSAL_BY, WHEN_ALWAYS,
	  { N_("Only an active mentor or coordinator can change this."),
	    N_("--by {given} is not an active mentor or coordinator. Nothing was changed.") } },
	{ ERR_NOT_FOUND, REFUSAL_VISIT, WHEN_ALWAYS,
	  { N_("This visit was not found."),
	    N_("There is no visit {given}. Nothing was changed.") } },
	{ ERR_ABSENCE_PRESENT, REFUSAL_NONE, WHEN_ALWAYS,
	  { N_("This person was here on {given}, and a day is either present or excused."),
	    N_("The person was here on {given}, a day of this absence, and a day is either present or excused. Nothing was changed.") } },
	{ ERR_DAYS_RANGE, REFUSAL_TO, WHEN_NOT_AFTER_LIMIT,
	  { N_("Last day {given} is before the first day, {limit}."),
	    N_("--to {given} is before the first day, {limit}. Nothing was changed.") } },
	{ ERR_DAYS_RANGE, REFUSAL_TO, WHEN_AFTER_LIMIT,
	  { N_("Last day {given} is more than a year after the first day, {limit}."),
	    N_("--to {given} is more than a year after the first day, {limit}. Nothing was changed.") } },
	{ ERR_ABSENCE_REASON, REFUSAL_REASON, WHEN_ALWAYS,
	  { N_("This is not one of the workshop's reasons for an absence."),
	    N_("--reason is not one of the workshop's reasons for an absence (rota config: absence_reasons). Nothing was changed.") } },
	{ ERR_NOT_PARTICIPANT, REFUSAL_PERSON, WHEN_ALWAYS,
	  { N_("This can be recorded only for a participant."),
	    N_("Person {given} is not a participant, and this is recorded only for participants. Nothing was changed.") } },
	{ ERR_VISITS_AFTER_END, REFUSAL_EXIT, WHEN_ALWAYS,
	  { N_("Exit date {given} is before {limit}, a day this person was here."),
	    N_("--exit-date {given} is before {limit}, a day the person was here. Nothing was changed.") } },
	{ ERR_VISITS_AFTER_END, REFUSAL_END, WHEN_ALWAYS,
	  { N_("Programme end {given} is before {limit}, a day this person was here."),
	    N_("--programme-end {given} is before {limit}, a day the person was here. Nothing was changed.") } },
	{ ERR_DAYS_RANGE, REFUSAL_END, WHEN_ALWAYS,
	  { N_("Programme end {given} is before its start, {limit}."),
	    N_("--programme-end {given} is before the programme's start, {limit}. Nothing was changed.") } },
	{ ERR_NOT_COORDINATOR, REFUSAL_BY, WHEN_ALWAYS,
	  { N_("Only a coordinator can change this."),
	    N_("--by {given} is not an active coordinator. Nothing was changed.") } },
	{ ERR_VISIT_NOT_HELD, REFUSAL_VISIT, WHEN_ALWAYS,
	  { N_("This visit is not waiting to be accepted."),
	    N_("Visit {given} is not waiting to be accepted: it was within the programme, or it was accepted already. Nothing was changed.") } },
	{ ERR_NOT_FOUND, REFUSAL_PERSON, WHEN_ALWAYS,
	  { N_("This person was not found."),
	    N_("There is no person {given}. Nothing was changed.") } },
	{ ERR_NOT_COORDINATOR, REFUSAL_MONTH, WHEN_ALWAYS,
	  { N_("Only a coordinator closes or reopens a month. {given} stays as it is."),
	    N_("--by is not an active coordinator. {given} stays as it is.") } },
	{ ERR_INVALID, REFUSAL_MONTH, WHEN_ALWAYS,
	  { N_("{given} is not over yet: a month is closed once it is over."),
	    N_("{given} was not closed: a month is closed once it is over.") } },
	{ ERR_MONTH_CLOSED_ALREADY, REFUSAL_MONTH, WHEN_ALWAYS,
	  { N_("{given} is closed already."),
	    N_("{given} is closed already. Nothing was changed.") } },
	{ ERR_MONTH_OPEN, REFUSAL_MONTH, WHEN_ALWAYS,
	  { N_("{given} is not closed: there is nothing to reopen."),
	    N_("{given} is not closed: there is nothing to reopen. Nothing was changed.") } },
};

/* A code's own sentence for a reader other than the door (NULL: the
 * door's): a mentor asks a coordinator where a participant asks a mentor,
 * and a shell names the option. */
static const struct {
	enum rota_err code;
	const char *words[2]; /* a mentor's, a shell's */
} codes[] = {
	{ ERR_DB_WRITE, { N_("This could not be saved. Nothing was changed. Please ask a coordinator."), NULL } },
	{ ERR_BADGE_UNREADABLE, { N_("This card could not be read. Please try again, or ask a coordinator."), NULL } },
	{ ERR_BADGE_UNKNOWN, { N_("This card is not known here. Please ask a coordinator."), NULL } },
	{ ERR_BADGE_REPLACED, { N_("This card was replaced. Please use your new card, or ask a coordinator."), NULL } },
	{ ERR_PERSON_INACTIVE, { N_("This card is not active just now. Please ask a coordinator."), NULL } },
	{ ERR_PIN_WRONG, { N_("That PIN did not match. Please try again, or ask a coordinator."), NULL } },
	{ ERR_NOT_MENTOR, { NULL, N_("The mentor given (--by or --mentor) is not an active mentor or coordinator. Nothing was changed.") } },
	{ ERR_NOT_COORDINATOR, { NULL, N_("The coordinator given with --by is not an active coordinator. Nothing was changed.") } },
	{ ERR_END_BEFORE_START, { NULL, N_("--end is before --start. Nothing was changed.") } },
};

/* A field's name before a sentence that names no value. */
static const char *const field_names[][2] = {
	[REFUSAL_DAY] = { N_("Day"), "--date" },
	[REFUSAL_CHECK_IN] = { N_("Check-in"), "--check-in" },
	[REFUSAL_CHECK_OUT] = { N_("Check-out"), "--check-out" },
	[REFUSAL_REASON] = { N_("Reason"), "--reason" },
	[REFUSAL_NOTE] = { N_("Note"), "--note" },
	[REFUSAL_WORDS] = { N_("Their own words"), "--words" },
	[REFUSAL_BY] = { N_("Mentor"), "--by" },
	[REFUSAL_FROM] = { N_("From"), "--from" },
	[REFUSAL_TO] = { N_("To"), "--to" },
	[REFUSAL_END] = { N_("Programme end"), "--programme-end" },
	[REFUSAL_EXIT] = { N_("Exit date"), "--exit-date" },
	[REFUSAL_MONTH] = { N_("Month"), "YYYY-MM" },
};

static bool is_time(enum refusal_field f) { return f == REFUSAL_CHECK_IN || f == REFUSAL_CHECK_OUT; }

static bool is_day(enum refusal_field f)
{
	return f == REFUSAL_DAY || f == REFUSAL_FROM || f == REFUSAL_TO || f == REFUSAL_END || f == REFUSAL_EXIT;
}

static void write_day(int ymd, enum refusal_reader reader, char *out, size_t n)
{
	char iso[11];
	if (reader == REFUSAL_FOR_MENTOR) {
		fmt_date_short(ymd, out, n);
		return;
	}
	date_format_ymd(ymd, iso);
	text_copy(out, n, iso);
}

/* Writes value v of field f for reader; a time carries its day when that
 * is not the day of `beside` (the value it is read next to). */
static void write_value(enum refusal_field f, long long v, long long beside, enum refusal_reader reader,
                        char *out, size_t n)
{
	if (is_time(f)) {
		char hm[6], day[32] = "";
		date_format_hm((time_t)v, hm);
		if (beside && date_ymd((time_t)v) != date_ymd((time_t)beside))
			write_day(date_ymd((time_t)v), reader, day, sizeof day);
		snprintf(out, n, "%s%s%s", day, *day ? " " : "", hm);
	} else if (is_day(f)) {
		write_day((int)v, reader, out, n);
	} else if (f == REFUSAL_MONTH && reader == REFUSAL_FOR_MENTOR) {
		fmt_month((int)v, out, n);
	} else if (f == REFUSAL_MONTH) {
		snprintf(out, n, "%04lld-%02lld", v / 100, v % 100);
	} else {
		snprintf(out, n, "%lld", v);
	}
}

static bool row_applies(const struct row *row, const struct refusal *r)
{
	/* a row for no one field words the code whichever field is named */
	if (row->code != r->code || (row->field != r->field && row->field != REFUSAL_NONE))
		return false;
	switch (row->when) {
	case WHEN_NOT_AFTER_LIMIT: return r->given <= r->limit;
	case WHEN_AFTER_LIMIT: return r->given > r->limit;
	case WHEN_OTHER_OPEN: return !r->other_to;
	case WHEN_OTHER_CLOSED: return r->other_to != 0;
	case WHEN_ALWAYS: break;
	}
	return true;
}

/* Returns true when the n bytes at s are the name word. */
static bool is_name(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && !strncmp(s, word, n);
}

/* Writes template t into out with its {names} replaced by their values. */
static void expand(const char *t, const struct refusal *r, enum refusal_reader reader, char *out, size_t n)
{
	size_t len = 0;
	out[0] = '\0';
	while (*t && len + 1 < n) {
		const char *end = *t == '{' ? strchr(t, '}') : NULL;
		char v[64] = "";
		size_t name = end ? (size_t)(end - t - 1) : 0;
		if (end && is_name(t + 1, name, "given"))
			write_value(r->field, r->given, r->limit, reader, v, sizeof v);
		else if (end && is_name(t + 1, name, "limit_day"))
			write_day(is_time(r->field) ? date_ymd((time_t)r->limit) : (int)r->limit, reader, v, sizeof v);
		else if (end && is_name(t + 1, name, "limit"))
			write_value(r->field, r->limit, r->given, reader, v, sizeof v);
		else if (end && is_name(t + 1, name, "other_from"))
			write_value(r->field, r->other_from, r->given, reader, v, sizeof v);
		else if (end && is_name(t + 1, name, "other_to"))
			write_value(r->field, r->other_to, r->other_from, reader, v, sizeof v);
		else if (end && is_name(t + 1, name, "other"))
			snprintf(v, sizeof v, "%lld", r->other);
		else
			end = NULL;
		if (end) {
			len += (size_t)snprintf(out + len, n - len, "%s", v);
			t = end + 1;
			/* a Croatian date ends in its own full stop: the sentence's is not doubled */
			if (*v && v[strlen(v) - 1] == '.' && *t == '.')
				t++;
		} else {
			out[len++] = *t++;
			out[len] = '\0';
		}
	}
	if (len >= n)
		out[n - 1] = '\0';
}

const char *refusal_code_words(enum rota_err code, enum refusal_reader reader)
{
	for (size_t i = 0; reader != REFUSAL_FOR_DOOR && i < sizeof codes / sizeof *codes; i++)
		if (codes[i].code == code && codes[i].words[reader - REFUSAL_FOR_MENTOR])
			return _(codes[i].words[reader - REFUSAL_FOR_MENTOR]);
	return err_message(code);
}

const char *refusal_words(const struct refusal *r, enum refusal_reader reader, char *out, size_t n)
{
	/* the door reads the code's calm sentence, without fields or values */
	if (reader == REFUSAL_FOR_DOOR) {
		text_copy(out, n, err_message(r->code));
		return out;
	}
	int col = reader - REFUSAL_FOR_MENTOR;
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		if (row_applies(&rows[i], r)) {
			expand(_(rows[i].words[col]), r, reader, out, n);
			return out;
		}
	}
	const char *name = (unsigned)r->field < sizeof field_names / sizeof *field_names ? field_names[r->field][col]
	                                                                                 : NULL;
	if (name)
		snprintf(out, n, "%s: %s", reader == REFUSAL_FOR_MENTOR ? _(name) : name, err_message(r->code));
	else
		text_copy(out, n, refusal_code_words(r->code, reader));
	return out;
}
