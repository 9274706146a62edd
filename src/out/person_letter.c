/* The words of a person's export: see person_letter.h. */
#include "out/person_letter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/absence.h"
#include "core/entry.h"
#include "core/meeting.h"
#include "core/person.h"
#include "core/progress.h"
#include "core/visit.h"
#include "util/fmt.h"
#include "util/i18n.h"

/* How a column's values read. */
enum kind {
	CODE,    /* an id, a terminal, who by number: in the CSV files only */
	TEXT,    /* as it is */
	DAY,     /* "2026-11-02": a day in words */
	TIME,    /* "2026-11-02 06:00:00": a short day and the time */
	YESNO,   /* "1" / "0" */
	ROLE,    /* "participant", "mentor", "coordinator" */
	LANG,    /* "sl", "hr", "en" */
	HOURS,   /* a number of hours */
	STATE,   /* a visit's state */
	LEVEL,   /* 0..4 on the workshop's scale */
	PKIND,   /* "process" or "skill" */
	MEETING, /* "intro", "mid", "final" */
	ACTION,  /* what was done to a visit: "check_in", "correct" ... */
	CLOCK,   /* a time on the row's day: only the time when it is that day */
	EFIELD,  /* an entry data field's code */
	EVALUE,  /* an entry data value: words of the row's field */
	TOPIC,   /* a work process's or a skill's code */
	REASON,  /* an absence's reason code */
};

struct column {
	const char *table, *name;
	enum kind kind;
	const char *label; /* a msgid; NULL for a code */
};

static const struct {
	const char *table, *heading;
} headings[] = {
	{ "person", N_("About you") },
	{ "entry_data", N_("What you told us when you joined") },
	{ "groups", N_("Your groups") },
	{ "badges", N_("Your cards") },
	{ "visits", N_("Your visits") },
	{ "visit_history", N_("Changes to your visits") },
	{ "absences", N_("Your absences") },
	{ "assignments", N_("Your work processes") },
	{ "progress", N_("Your progress") },
	{ "notes", N_("Your mentors' notes") },
	{ "goals", N_("Your goals") },
	{ "goal_status", N_("How your goals went") },
	{ "meetings", N_("Your team meetings") },
	{ "drafts", N_("Notes not yet finished") },
	{ "anonymisation", N_("Your name taken out of the records") },
};

static const struct column columns[] = {
	{ "person", "id", CODE, NULL },
	{ "person", "name", TEXT, N_("Name") },
	{ "person", "role", ROLE, N_("Here as") },
	{ "person", "lang", LANG, N_("Language") },
	{ "person", "active", YESNO, N_("Taking part now") },
	{ "person", "target_hours", HOURS, N_("Hours planned") },
	{ "person", "programme_start", DAY, N_("Programme starts") },
	{ "person", "programme_end", DAY, N_("Programme ends") },
	{ "person", "created_at", TIME, N_("Registered") },
	{ "entry_data", "id", CODE, NULL },
	{ "entry_data", "field", EFIELD, N_("What") },
	{ "entry_data", "value", EVALUE, N_("What you said") },
	{ "entry_data", "at", TIME, N_("Written down") },
	{ "entry_data", "by_person", CODE, NULL },
	{ "entry_data", "terminal", CODE, NULL },
	{ "entry_data", "special", YESNO, N_("Special category of personal data") },
	{ "groups", "name", TEXT, N_("Group") },
	{ "groups", "joined_at", TIME, N_("From") },
	{ "groups", "left_at", TIME, N_("To") },
	{ "badges", "id", CODE, NULL },
	{ "badges", "issued_at", TIME, N_("Given") },
	{ "badges", "issued_by", CODE, NULL },
	{ "badges", "revoked_at", TIME, N_("Withdrawn") },
	{ "badges", "revoked_by", CODE, NULL },
	{ "badges", "revoke_reason", TEXT, N_("Why withdrawn") },
	{ "badges", "terminal", CODE, NULL },
	{ "visits", "id", CODE, NULL },
	{ "visits", "day", DAY, N_("Day") },
	{ "visits", "check_in", CLOCK, N_("Came") },
	{ "visits", "check_out", CLOCK, N_("Went") },
	{ "visits", "status", STATE, N_("State") },
	{ "visits", "terminal", CODE, NULL },
	{ "visits", "out_terminal", CODE, NULL },
	{ "visits", "clock_doubtful", YESNO, N_("Kiosk clock in doubt") },
	{ "visit_history", "visit_id", CODE, NULL },
	{ "visit_history", "seq", CODE, NULL },
	{ "visit_history", "at", TIME, N_("When") },
	{ "visit_history", "by_person", CODE, NULL },
	{ "visit_history", "action", ACTION, N_("What") },
	{ "visit_history", "reason", TEXT, N_("Why") },
	{ "visit_history", "terminal", CODE, NULL },
	{ "visit_history", "old_check_in", TIME, N_("Came, before") },
	{ "visit_history", "old_check_out", TIME, N_("Went, before") },
	{ "visit_history", "old_status", STATE, N_("State, before") },
	{ "visit_history", "new_check_in", TIME, N_("Came, after") },
	{ "visit_history", "new_check_out", TIME, N_("Went, after") },
	{ "visit_history", "new_status", STATE, N_("State, after") },
	{ "absences", "id", CODE, NULL },
	{ "absences", "from_day", DAY, N_("From") },
	{ "absences", "to_day", DAY, N_("To") },
	{ "absences", "reason", REASON, N_("Reason") },
	{ "absences", "note", TEXT, N_("Note") },
	{ "absences", "by_person", CODE, NULL },
	{ "absences", "at", TIME, N_("Written down") },
	{ "absences", "cancelled_at", TIME, N_("Cancelled") },
	{ "absences", "cancelled_by", CODE, NULL },
	{ "assignments", "id", CODE, NULL },
	{ "assignments", "process_code", TOPIC, N_("Work process") },
	{ "assignments", "mentor_id", CODE, NULL },
	{ "assignments", "start_at", TIME, N_("From") },
	{ "assignments", "end_at", TIME, N_("To") },
	{ "assignments", "by_person", CODE, NULL },
	{ "assignments", "reason", TEXT, N_("Why") },
	{ "assignments", "terminal", CODE, NULL },
	{ "progress", "id", CODE, NULL },
	{ "progress", "kind", PKIND, N_("Kind") },
	{ "progress", "code", TOPIC, N_("Work or skill") },
	{ "progress", "level", LEVEL, N_("Level") },
	{ "progress", "day", DAY, N_("Day") },
	{ "progress", "mentor_id", CODE, NULL },
	{ "progress", "note", TEXT, N_("Mentor's note") },
	{ "progress", "words", TEXT, N_("Your own words") },
	{ "progress", "recorded_at", TIME, N_("Written down") },
	{ "progress", "terminal", CODE, NULL },
	{ "notes", "id", CODE, NULL },
	{ "notes", "mentor_id", CODE, NULL },
	{ "notes", "at", TIME, N_("Written down") },
	{ "notes", "text", TEXT, N_("Note") },
	{ "notes", "for_team", YESNO, N_("For the team meeting") },
	{ "notes", "terminal", CODE, NULL },
	{ "goals", "id", CODE, NULL },
	{ "goals", "text", TEXT, N_("Goal") },
	{ "goals", "set_on", DAY, N_("Set on") },
	{ "goals", "set_by", CODE, NULL },
	{ "goals", "created_at", TIME, N_("Written down") },
	{ "goal_status", "goal_id", CODE, NULL },
	{ "goal_status", "seq", CODE, NULL },
	{ "goal_status", "status", TEXT, N_("State") },
	{ "goal_status", "at", TIME, N_("Written down") },
	{ "goal_status", "by_person", CODE, NULL },
	{ "goal_status", "note", TEXT, N_("Note") },
	{ "meetings", "id", CODE, NULL },
	{ "meetings", "kind", MEETING, N_("Meeting") },
	{ "meetings", "day", DAY, N_("Day") },
	{ "meetings", "with_whom", TEXT, N_("With") },
	{ "meetings", "agreed", TEXT, N_("Agreed") },
	{ "meetings", "by_person", CODE, NULL },
	{ "meetings", "at", TIME, N_("Written down") },
	{ "meetings", "terminal", CODE, NULL },
	{ "drafts", "mentor_id", CODE, NULL },
	{ "drafts", "form", TEXT, N_("Form") },
	{ "drafts", "ref", CODE, NULL },
	{ "drafts", "body", TEXT, N_("Text") },
	{ "drafts", "saved_at", TIME, N_("Saved") },
	{ "anonymisation", "pseudonym", TEXT, N_("Name now") },
	{ "anonymisation", "at", TIME, N_("Done") },
	{ "anonymisation", "by_person", CODE, NULL },
	{ "anonymisation", "reason", TEXT, N_("Why") },
	{ "anonymisation", "terminal", CODE, NULL },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Returns the column of table, or NULL. */
static const struct column *find(const char *table, const char *column)
{
	for (size_t i = 0; i < COUNT(columns); i++)
		if (!strcmp(columns[i].table, table) && !strcmp(columns[i].name, column))
			return &columns[i];
	return NULL;
}

const char *person_letter_heading(const char *table)
{
	for (size_t i = 0; i < COUNT(headings); i++)
		if (!strcmp(headings[i].table, table))
			return _(headings[i].heading);
	return table;
}

bool person_letter_shows(const char *table, const char *column)
{
	const struct column *c = find(table, column);
	return !c || c->kind != CODE;
}

const char *person_letter_label(const char *table, const char *column)
{
	const struct column *c = find(table, column);
	return c && c->label ? _(c->label) : column;
}

bool person_letter_knows(const char *table, const char *column)
{
	bool has_heading = false;
	for (size_t i = 0; i < COUNT(headings); i++)
		has_heading = has_heading || !strcmp(headings[i].table, table);
	return has_heading && find(table, column) != NULL;
}

/* Reads "YYYY-MM-DD" at the start of s as YYYYMMDD; 0 if it is not one. */
static int read_day(const char *s)
{
	int y, m, d;
	char dash1, dash2;
	if (sscanf(s, "%4d%c%2d%c%2d", &y, &dash1, &m, &dash2, &d) != 5 || dash1 != '-' || dash2 != '-')
		return 0;
	return y * 10000 + m * 100 + d;
}

/* Returns the words of a code among n codes, or NULL. */
static const char *word_of(const char *value, const char *const *codes, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(value, codes[i]))
			return _(words[i]);
	return NULL;
}

/* Writes value of a kind that names one of a few things in words. */
static const char *named(enum kind kind, const char *value)
{
	static const char *const yesno[] = { "1", "0" }, *const yesno_w[] = { N_("yes"), N_("no") };
	static const char *const langs[] = { "sl", "hr", "en" };
	static const char *const langs_w[] = { N_("Slovenian"), N_("Croatian"), N_("English") };
	static const char *const pkinds[] = { "process", "skill" };
	static const char *const pkinds_w[] = { N_("work process"), N_("skill") };
	static const char *const actions[] = { "check_in", "check_out", "end_unknown", "undo", "correct", "added",
		                               "close_open" };
	static const char *const actions_w[] = { N_("checked in"), N_("checked out"), N_("closed, end not known"),
		                                 N_("undone"), N_("corrected"), N_("added by a mentor"),
		                                 N_("closed by a mentor") };
	static const char *const states_w[] = { N_("here, leaving not yet recorded"), N_("whole"), N_("end not known"),
		                                N_("undone") };
	switch (kind) {
	case YESNO: return word_of(value, yesno, yesno_w, COUNT(yesno));
	case LANG: return word_of(value, langs, langs_w, COUNT(langs));
	case PKIND: return word_of(value, pkinds, pkinds_w, COUNT(pkinds));
	case ACTION: return word_of(value, actions, actions_w, COUNT(actions));
	case STATE: {
		enum visit_status st;
		return visit_status_parse(value, &st) ? _(states_w[st]) : NULL;
	}
	case ROLE: {
		enum person_role r;
		return person_role_parse(value, &r) ? _(person_role_label(r)) : NULL;
	}
	case MEETING: {
		enum meeting_kind k;
		return meeting_kind_parse(value, &k) ? _(meeting_kind_label(k)) : NULL;
	}
	case LEVEL: {
		char *end;
		long level = strtol(value, &end, 10);
		return *end == '\0' && progress_level_is_valid((int)level) ? _(progress_level_label((int)level)) : NULL;
	}
	default: return NULL;
	}
}

/* Returns the value of the row's column name, or "". */
static const char *row_value(const struct letter_row *row, const char *name)
{
	for (int i = 0; i < row->ncols; i++)
		if (!strcmp(row->names[i], name))
			return row->values[i] ? row->values[i] : "";
	return "";
}

/* Returns the words of an entry data field's code, or of a value of the
 * row's field, or NULL. */
static const char *entry_words(const struct letter_row *row, enum kind kind, const char *value)
{
	enum entry_field f;
	if (!entry_field_parse(kind == EFIELD ? value : row_value(row, "field"), &f))
		return NULL;
	if (kind == EFIELD)
		return _(entry_field_label(f));
	/* A year or a date is written as it is; a choice by its label. */
	const char *label = entry_field_choices(f) ? entry_value_label(f, value) : NULL;
	return label && *label ? _(label) : NULL;
}

/* Returns the name of a process or skill code, an absence reason's words,
 * or NULL. */
static const char *code_words(const struct letter_row *row, enum kind kind, const char *value)
{
	if (kind == REASON) {
		const char *label = absence_reason_label(value);
		return label ? _(label) : NULL;
	}
	for (size_t i = 0; i < row->ntopics; i++)
		if (!strcmp(row->topics[i].code, value))
			return topic_name_in(&row->topics[i], i18n_lang());
	return NULL;
}

void person_letter_value(const struct letter_row *row, int col, char *out, size_t n)
{
	const char *value = row->values[col] ? row->values[col] : "";
	const struct column *c = find(row->table, row->names[col]);
	enum kind kind = c ? c->kind : TEXT;
	const char *words = !*value                        ? NULL
	                    : kind == EFIELD || kind == EVALUE ? entry_words(row, kind, value)
	                    : kind == TOPIC || kind == REASON  ? code_words(row, kind, value)
	                                                       : named(kind, value);
	int day = (kind == DAY || kind == TIME || kind == CLOCK) ? read_day(value) : 0;
	char *end = NULL;
	double hours = kind == HOURS && *value ? strtod(value, &end) : 0;
	if (words) {
		snprintf(out, n, "%s", words);
	} else if (day && kind == DAY && strlen(value) == 10) {
		fmt_date_text(day, out, n);
	} else if (day && kind == CLOCK && strlen(value) >= 16 && day == read_day(row_value(row, "day"))) {
		snprintf(out, n, "%.5s", value + 11);
	} else if (day && (kind == TIME || kind == CLOCK) && strlen(value) >= 16) {
		char date[48];
		fmt_date_short(day, date, sizeof date);
		snprintf(out, n, "%s, %.5s", date, value + 11);
	} else if (end && *end == '\0' && hours == (double)(long long)hours) {
		fmt_number((long long)hours, 0, out, n);
	} else if (end && *end == '\0') {
		fmt_number((long long)(hours * 100 + (hours < 0 ? -0.5 : 0.5)), 2, out, n);
	} else {
		snprintf(out, n, "%s", value);
	}
}
