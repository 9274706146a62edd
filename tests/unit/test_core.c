/* Unit tests of src/core: badge payloads, the attendance rules, hours,
 * names, idle. */
#include <string.h>

#include "core/attendance.h"
#include "core/badge.h"
#include "core/draft.h"
#include "core/hours.h"
#include "core/person.h"
#include "core/session.h"
#include "core/visit.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"

static void test_badge(void)
{
	/* The published Damm example: 572 gets check digit 4. */
	CHECK(badge_damm_digit("572", 3) == '4', "Damm check digit of 572 is 4");

	const unsigned char digits[BADGE_RANDOM_DIGITS] = { 3, 1, 4, 1, 5, 9, 2, 6, 5 };
	char p[BADGE_DIGITS + 1];
	badge_payload_make(digits, p);
	CHECK(strlen(p) == BADGE_DIGITS && !strncmp(p, "314159265", 9), "payload keeps its digits");
	CHECK(badge_payload_check(p) == BADGE_OK, "a made payload is valid");

	int missed = 0;
	for (int i = 0; i < BADGE_DIGITS; i++) {
		for (char d = '0'; d <= '9'; d++) {
			char q[BADGE_DIGITS + 1];
			memcpy(q, p, sizeof q);
			if (q[i] == d)
				continue;
			q[i] = d;
			missed += badge_payload_check(q) == BADGE_OK;
		}
	}
	CHECK(missed == 0, "every single wrong digit is caught");
	missed = 0;
	for (int i = 0; i + 1 < BADGE_DIGITS; i++) {
		char q[BADGE_DIGITS + 1];
		memcpy(q, p, sizeof q);
		if (q[i] == q[i + 1])
			continue;
		char t = q[i];
		q[i] = q[i + 1];
		q[i + 1] = t;
		missed += badge_payload_check(q) == BADGE_OK;
	}
	CHECK(missed == 0, "every swap of neighbours is caught");

	CHECK(badge_payload_check("4006381333931") == BADGE_WRONG_LENGTH, "an EAN-13 is refused");
	CHECK(badge_payload_check("036000291452") == BADGE_WRONG_LENGTH, "a UPC-A is refused");
	CHECK(badge_payload_check("31415926") == BADGE_WRONG_LENGTH, "a partial read is refused");
	CHECK(badge_payload_check("31415926x5") == BADGE_NOT_DIGITS, "letters are refused");
	CHECK(badge_payload_check("") == BADGE_EMPTY, "an empty line is refused");

	char grouped[16];
	badge_payload_grouped("1234567890", grouped, sizeof grouped);
	CHECK(!strcmp(grouped, "12345 67890"), "payload grouped in fives");
}

/* A card number is kept in one form, whichever way it was typed. */
static void test_badge_number(void)
{
	char n[BADGE_NUMBER_MAX + 1];
	CHECK(badge_number_normalise("0004567890", n) == BADGE_NUMBER_OK && !strcmp(n, "0004567890"),
	      "an EM4100 number keeps its leading zeros");
	CHECK(badge_number_normalise("1234 5678 90", n) == BADGE_NUMBER_OK && !strcmp(n, "1234567890"),
	      "spaces between groups are dropped");
	CHECK(badge_number_normalise("1234-5678-90", n) == BADGE_NUMBER_OK && !strcmp(n, "1234567890"),
	      "and dashes");
	CHECK(badge_number_normalise("00637 34721", n) == BADGE_NUMBER_OK && !strcmp(n, "0063734721"),
	      "a number as the sheet prints it");
	CHECK(badge_number_normalise("04:a2:1b:c3", n) == BADGE_NUMBER_OK && !strcmp(n, "04A21BC3"),
	      "a MIFARE UID in hex is upper case, without colons");
	CHECK(badge_number_normalise("04A21BC3", n) == BADGE_NUMBER_OK && !strcmp(n, "04A21BC3"),
	      "and the same typed in capitals");
	CHECK(badge_number_normalise("04A21BC3D4E5F6", n) == BADGE_NUMBER_OK, "a 7-byte UID");
	CHECK(badge_number_normalise("123456", n) == BADGE_NUMBER_OK, "6 characters are enough");
	CHECK(badge_number_normalise("12345", n) == BADGE_NUMBER_BAD_LENGTH && !n[0], "5 are not");
	CHECK(badge_number_normalise("12345678901234567890", n) == BADGE_NUMBER_OK, "20 are the most");
	CHECK(badge_number_normalise("123456789012345678901", n) == BADGE_NUMBER_BAD_LENGTH && !n[0],
	      "21 are too many");
	CHECK(badge_number_normalise("12 34 5", n) == BADGE_NUMBER_BAD_LENGTH, "separators do not count");
	CHECK(badge_number_normalise("hello world", n) == BADGE_NUMBER_BAD_CHAR && !n[0], "letters past F are refused");
	CHECK(badge_number_normalise("1234567z90", n) == BADGE_NUMBER_BAD_CHAR, "a z (QWERTZ swap) too");
	CHECK(badge_number_normalise("12345\t6789", n) == BADGE_NUMBER_BAD_CHAR, "a control character too");
	CHECK(badge_number_normalise(" - ", n) == BADGE_NUMBER_EMPTY, "separators alone are empty");
	CHECK(badge_number_normalise("", n) == BADGE_NUMBER_EMPTY, "and nothing is empty");
}

static struct att_last open_visit(int day, time_t in)
{
	struct att_last l;
	memset(&l, 0, sizeof l);
	l.has_open = true;
	l.open.id = 7;
	l.open.day = day;
	l.open.check_in = in;
	l.open.status = VISIT_OPEN;
	l.latest = in;
	return l;
}

static void test_attendance(void)
{
	const time_t t0 = 1795420320; /* any instant */
	struct att_last none;
	memset(&none, 0, sizeof none);
	struct att_decision d = att_decide(&none, t0, 20261123, 120);
	CHECK(d.action == ATT_CHECK_IN && !d.close_stale, "first scan checks in");

	struct att_last l = open_visit(20261123, t0);
	d = att_decide(&l, t0 + 30, 20261123, 120);
	CHECK(d.action == ATT_ALREADY_IN && d.since == t0, "a repeat within the guard changes nothing");
	d = att_decide(&l, t0 + 119, 20261123, 120);
	CHECK(d.action == ATT_ALREADY_IN, "still guarded at 119 s");
	d = att_decide(&l, t0 + 120, 20261123, 120);
	CHECK(d.action == ATT_CHECK_OUT, "after the guard a scan checks out");

	l = open_visit(20261120, t0 - 3 * 86400);
	d = att_decide(&l, t0, 20261123, 120);
	CHECK(d.action == ATT_CHECK_IN && d.close_stale, "an open visit of an earlier day: end unknown, then check in");

	memset(&l, 0, sizeof l);
	l.has_out_today = true;
	l.last_out = t0;
	d = att_decide(&l, t0 + 60, 20261123, 120);
	CHECK(d.action == ATT_ALREADY_OUT && d.since == t0, "a repeat of a check-out is guarded too");
	d = att_decide(&l, t0 + 3600, 20261123, 120);
	CHECK(d.action == ATT_CHECK_IN, "back after lunch: a new check-in");

	CHECK(att_can_undo(t0, t0 + 30, 30), "undo at 30 s of 30");
	CHECK(!att_can_undo(t0, t0 + 31, 30), "no undo at 31 s");
	CHECK(!att_can_undo(t0, t0 - 5, 30), "no undo before the scan (clock set back)");

	l = open_visit(20261123, t0);
	d = att_decide(&l, t0 - 7200, 20261123, 120);
	CHECK(d.action == ATT_CHECK_OUT && d.at == t0,
	      "a clock set back is no repeat: the scan is recorded, at the check-in, never before it");
}

/* Two terminals scan one card at once: each read the clock before it
 * waited for the write lock, so the one that waited holds an older time
 * than the one that won. */
static void test_attendance_race(void)
{
	const time_t t0 = 1795420320;
	CHECK(att_record_time(t0, 0) == t0 && att_record_time(t0, t0 - 5) == t0 && att_record_time(t0 - 1, t0) == t0,
	      "a scan is recorded when its clock read, or at the latest record when that is later");
	struct att_last l = open_visit(20261123, t0);
	struct att_decision d = att_decide(&l, t0 - 1, 20261123, 0);
	CHECK(d.action == ATT_CHECK_OUT && d.at == t0, "without a guard: checked out, at the check-in, not a second before it");
	d = att_decide(&l, t0 - 1, 20261123, 120);
	CHECK(d.action == ATT_ALREADY_IN && d.since == t0, "with the guard: one scan, not two");
	memset(&l, 0, sizeof l);
	l.has_out_today = true;
	l.last_out = l.latest = t0;
	d = att_decide(&l, t0 - 2, 20261123, 0);
	CHECK(d.action == ATT_CHECK_IN && d.at == t0, "checked in again when the other checked out, not inside that visit");
	d = att_decide(&l, t0 - 2, 20261123, 120);
	CHECK(d.action == ATT_ALREADY_OUT, "or, with the guard, one scan");
	l.last_out = l.latest = t0 + 3600; /* a visit that ended on a clock further on */
	d = att_decide(&l, t0, 20261123, 120);
	CHECK(d.action == ATT_CHECK_IN && d.at == t0 + 3600, "a clock an hour behind is no repeat either");
}

static void test_clock_rule(void)
{
	/* Thursday 2026-11-19 16:00 local is the newest trusted record. */
	const time_t thu = 1795100400;
	const int d_thu = 20261119;
	const struct workshop_calendar mon_fri = { .country = CAL_SI, .workdays = CAL_WEEKDAYS };
	CHECK(!att_clock_doubtful(&mon_fri, thu - 86400 * 365, 20251119, 0, 0), "nothing recorded yet: nothing to doubt");
	CHECK(!att_clock_doubtful(&mon_fri, thu + 600, d_thu, thu, d_thu), "ten minutes later the same day");
	CHECK(!att_clock_doubtful(&mon_fri, thu - 30, d_thu, thu, d_thu), "half a minute behind: two terminals, not a wrong clock");
	CHECK(att_clock_doubtful(&mon_fri, thu - 3600, d_thu, thu, d_thu), "an hour before the newest record");
	CHECK(att_clock_doubtful(&mon_fri, 1000, 19700101, thu, d_thu), "a board that booted in 1970");
	CHECK(!att_clock_doubtful(&mon_fri, thu + 16 * 3600, 20261120, thu, d_thu), "the next morning");
	CHECK(att_clock_doubtful(&mon_fri, thu + 4 * 86400 - 8 * 3600, 20261123, thu, d_thu),
	      "Monday after Thursday with nobody on Friday");
	CHECK(!att_clock_doubtful(&mon_fri, thu + 3 * 86400 - 8 * 3600, 20261122, thu + 86400, 20261120),
	      "a weekend is no gap");
	CHECK(!att_clock_doubtful(&mon_fri, thu + 4 * 86400 - 8 * 3600, 20261123, thu + 86400, 20261120),
	      "Monday after Friday");
	CHECK(att_clock_doubtful(&mon_fri, thu + 5 * 86400, 20261124, thu + 86400, 20261120),
	      "Tuesday after Friday with nobody on Monday: more than a day ahead");
	CHECK(att_clock_doubtful(&mon_fri, thu + 86400 * 400, 20271224, thu, d_thu), "a year ahead");

	/* Holidays, closures and the workshop's own weekdays are no gap. */
	CHECK(!att_clock_doubtful(&mon_fri, thu + 4 * 86400 - 8 * 3600, 20260407, thu, 20260403),
	      "the Tuesday after Easter Monday");
	const struct closure friday = { 1, 20261120, 20261120, "inventory" };
	const struct workshop_calendar closed_fri = { .country = CAL_SI, .workdays = CAL_WEEKDAYS, .closures = &friday,
		                                      .nclosures = 1 };
	CHECK(!att_clock_doubtful(&closed_fri, thu + 4 * 86400 - 8 * 3600, 20261123, thu, d_thu),
	      "Monday after a Thursday and a closed Friday");
	const struct workshop_calendar tue_sat = { .country = CAL_SI, .workdays = 0x3eu };
	CHECK(!att_clock_doubtful(&tue_sat, thu + 4 * 86400 - 8 * 3600, 20261124, thu, 20261121),
	      "a Tuesday to Saturday workshop's Tuesday");
	CHECK(att_clock_doubtful(&tue_sat, thu + 6 * 86400 - 8 * 3600, 20261126, thu, 20261121),
	      "a Tuesday to Saturday workshop's Thursday with nobody on Tuesday or Wednesday");
	CHECK(att_clock_doubtful(&closed_fri, thu + 5 * 86400, 20261124, thu, d_thu),
	      "a closure excuses its own days only");
}

static void test_hours(void)
{
	struct visit v[4];
	memset(v, 0, sizeof v);
	v[0] = (struct visit){ .check_in = 1000, .check_out = 4600, .status = VISIT_CLOSED };
	v[1] = (struct visit){ .check_in = 5000, .status = VISIT_END_UNKNOWN };
	v[2] = (struct visit){ .check_in = 6000, .status = VISIT_UNDONE };
	v[3] = (struct visit){ .check_in = 7000, .status = VISIT_OPEN };
	CHECK(hours_seconds(v, 4, 7600) == 3600 + 600, "closed and open count; end unknown and undone do not");
	v[0].check_out = 500;
	CHECK(hours_seconds(v, 1, 0) == 0, "a negative span counts as zero");
	CHECK(hours_seconds(v, 0, 0) == 0, "no visits, no time");
	struct visit held = { .check_in = 1000, .check_out = 4600, .status = VISIT_CLOSED, .is_held = true };
	CHECK(!visit_counts(&held) && hours_recorded_seconds(&held) == 0 && hours_visit_seconds(&held, 9000) == 0 &&
	      hours_recorded_overlap_seconds(&held, 0, 0) == 0,
	      "a visit held after the programme ended counts nothing, in no way of counting");
	held.is_held = false;
	CHECK(visit_counts(&held) && hours_recorded_seconds(&held) == 3600, "accepted, it counts as any other");
	held.status = VISIT_UNDONE;
	CHECK(!visit_counts(&held), "an undone visit counts for nothing");
}

static void test_person(void)
{
	char s[PERSON_SHORT_MAX];
	person_short_name("Ana Kovač", s, sizeof s);
	CHECK(!strcmp(s, "Ana K."), "first name and last initial");
	person_short_name("Luka Čeh", s, sizeof s);
	CHECK(!strcmp(s, "Luka Č."), "a diacritic initial stays whole");
	person_short_name("  Đurđa   Marić ", s, sizeof s);
	CHECK(!strcmp(s, "Đurđa M."), "extra spaces are ignored");
	person_short_name("Ana Marija Novak", s, sizeof s);
	CHECK(!strcmp(s, "Ana N."), "the last name's initial");
	person_short_name_n("Ana Čeh", 2, s, sizeof s);
	CHECK(!strcmp(s, "Ana Če."), "more of the last name, whole characters");
	person_short_name_n("Ana Kos", 5, s, sizeof s);
	CHECK(!strcmp(s, "Ana Kos"), "a whole last name has no full stop");
	person_short_name("Cher", s, sizeof s);
	CHECK(!strcmp(s, "Cher"), "a single name stays");

	CHECK(person_name_check("Špela Zupan") == ERR_OK, "a name with diacritics is valid");
	CHECK(person_name_check("   ") == ERR_TEXT_BLANK, "a blank name is not");
	CHECK(person_name_check("Ana\nKovač") == ERR_TEXT_CONTROL, "a control character is not");
	CHECK(person_name_check("") == ERR_TEXT_BLANK, "an empty name is not");
	CHECK(person_name_check("Ana\xc0\xaf") == ERR_TEXT_ENCODING && person_name_check("Ana\xc2\x9b") == ERR_TEXT_CONTROL,
	      "nor malformed UTF-8 or a C1 control");

	CHECK(person_pin_is_well_formed("1234") && person_pin_is_well_formed("12345678"), "4 and 8 digits");
	CHECK(!person_pin_is_well_formed("123") && !person_pin_is_well_formed("123456789"), "3 and 9 digits are not");
	CHECK(!person_pin_is_well_formed("12a4"), "letters are not");

	enum person_role r;
	CHECK(person_role_parse("mentor", &r) && r == ROLE_MENTOR, "role parses");
	CHECK(!person_role_parse("boss", &r), "an unknown role does not");
}

static void test_session(void)
{
	CHECK(!session_is_idle(1000, 60999, 60), "59.999 s is not idle");
	CHECK(session_is_idle(1000, 61000, 60), "60 s is idle");
	CHECK(!session_is_idle(0, 999999, 0), "a zero timeout never ends");
}

static void test_visit_rules(void)
{
	const time_t h = 3600, now = 16 * h + 1800; /* 16:30 on a day starting at 0 */
	struct visit others[] = {
		{ .id = 1, .check_in = 8 * h, .check_out = 12 * h, .status = VISIT_CLOSED },
		{ .id = 2, .check_in = 14 * h, .status = VISIT_OPEN },
		{ .id = 3, .check_in = 6 * h, .status = VISIT_UNDONE },
	};
	CHECK(visit_check_times(8 * h, 17 * h + 1800, now, 0, NULL, 0, 0, NULL) == ERR_VISIT_FUTURE,
	      "at 16:30 a check-out at 17:30 is in the future");
	CHECK(visit_check_times(17 * h, 16 * h, now, 0, NULL, 0, 0, NULL) == ERR_VISIT_FUTURE,
	      "so is a check-in at 17:00");
	CHECK(visit_check_times(8 * h, 16 * h + 1800, now, 0, NULL, 0, 0, NULL) == ERR_OK, "now itself is fine");
	CHECK(visit_check_times(9 * h, 8 * h, now, 0, NULL, 0, 0, NULL) == ERR_VISIT_ORDER, "an end before the start");
	CHECK(visit_check_times(9 * h, 9 * h, now, 0, NULL, 0, 0, NULL) == ERR_VISIT_ORDER, "an end at the start");
	CHECK(visit_check_times(9 * h, 9 * h + 24 * h, now + 48 * h, 0, NULL, 0, 0, NULL) == ERR_VISIT_ORDER,
	      "a visit of a whole day or more");
	CHECK(visit_check_times(8 * h, 9 * h, now, 10 * h, NULL, 0, 0, NULL) == ERR_VISIT_BEFORE_START,
	      "before the registration");
	CHECK(visit_check_times(11 * h, 13 * h, now, 0, others, 3, 0, NULL) == ERR_VISIT_OVERLAP,
	      "across a closed visit's end");
	CHECK(visit_check_times(12 * h, 13 * h, now, 0, others, 3, 0, NULL) == ERR_OK,
	      "coming back when the other visit ended");
	CHECK(visit_check_times(15 * h, 16 * h, now, 0, others, 3, 0, NULL) == ERR_VISIT_OVERLAP,
	      "an open visit lasts until now");
	CHECK(visit_check_times(6 * h, 7 * h, now, 0, others, 3, 0, NULL) == ERR_OK, "an undone visit is no visit");
	CHECK(visit_check_times(9 * h, 11 * h, now, 0, others, 3, 1, NULL) == ERR_OK,
	      "a visit never overlaps itself (a correction)");
	struct visit unknown = { .id = 4, .check_in = 10 * h, .status = VISIT_END_UNKNOWN };
	CHECK(visit_check_times(9 * h, 11 * h, now, 0, &unknown, 1, 0, NULL) == ERR_VISIT_OVERLAP &&
	      visit_check_times(11 * h, 12 * h, now, 0, &unknown, 1, 0, NULL) == ERR_OK,
	      "an end-unknown visit holds its check-in");
	struct visit blink = { .id = 5, .check_in = 12 * h, .check_out = 12 * h, .status = VISIT_CLOSED };
	CHECK(visit_check_times(12 * h, 13 * h, now, 0, &blink, 1, 0, NULL) == ERR_OK &&
	      visit_check_times(11 * h, 12 * h, now, 0, &blink, 1, 0, NULL) == ERR_OK,
	      "in and out in one second, at either end of a visit, is no overlap");
	CHECK(visit_check_times(11 * h, 13 * h, now, 0, &blink, 1, 0, NULL) == ERR_VISIT_OVERLAP,
	      "but inside one it is");
}

static void test_draft_fields(void)
{
	const char *f[] = { "2026-11-20", "08:00", "", "told me, Ana K." };
	char body[64], out[5][DRAFT_FIELD_MAX];
	CHECK(draft_join(f, 4, body, sizeof body) && draft_split(body, out, 5) == 4 && !strcmp(out[0], "2026-11-20") &&
	      !out[2][0] && !strcmp(out[3], "told me, Ana K."), "a draft's fields come back as they were");
	CHECK(!draft_join(f, 4, body, 12) && !body[0], "fields that do not fit are refused whole");
	const char *empty[] = { "", "", "" };
	draft_join(empty, 3, body, sizeof body);
	CHECK(draft_is_empty(body) && !draft_is_empty("a"), "nothing typed is an empty draft");
}

void suite_core(void)
{
	test_draft_fields();
	test_visit_rules();
	test_badge();
	test_badge_number();
	test_attendance();
	test_attendance_race();
	test_clock_rule();
	test_hours();
	test_person();
	test_session();
}
