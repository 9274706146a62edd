/* Unit tests of the text gate (one test per rule), the escape of stored
 * text, the CSV writer's formula guard, and the use cases that hold every
 * text at the gate. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/calendar.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/progress.h"
#include "cli/csv.h"
#include "out/err_words.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/text.h"

static void test_gate_encoding(void)
{
	CHECK(text_check("Čevapi ob 12h", TEXT_LINE, 20) == TEXT_OK, "letters, digits and spaces pass");
	CHECK(text_check("ab\xc0\xaf", TEXT_LINE, 20) == TEXT_ENCODING, "an overlong '/' (c0 af) is refused");
	CHECK(text_check("\xe0\x80\xaf", TEXT_LINE, 20) == TEXT_ENCODING, "a three-byte overlong too");
	CHECK(text_check("a\xed\xa0\x80", TEXT_LINE, 20) == TEXT_ENCODING, "a surrogate (U+D800) is refused");
	CHECK(text_check("a\xe2\x82", TEXT_LINE, 20) == TEXT_ENCODING, "a cut sequence is refused");
	CHECK(text_check("a\x80z", TEXT_LINE, 20) == TEXT_ENCODING, "a stray continuation byte is refused");
	CHECK(text_check("\xf4\x90\x80\x80", TEXT_LINE, 20) == TEXT_ENCODING, "past U+10FFFF is refused");
	CHECK(text_check("\xff", TEXT_LINE, 20) == TEXT_ENCODING, "a byte that starts nothing is refused");
	CHECK(text_check("a\xef\xb7\x90", TEXT_LINE, 20) == TEXT_ENCODING &&
	          text_check("a\xef\xbf\xbe", TEXT_LINE, 20) == TEXT_ENCODING &&
	          text_check("a\xf4\x8f\xbf\xbf", TEXT_LINE, 20) == TEXT_ENCODING,
	      "noncharacters (U+FDD0, U+FFFE, U+10FFFF) are refused");
	CHECK(text_check("\xf0\x9f\x98\x80 \xef\xbf\xbd", TEXT_LINE, 20) == TEXT_OK,
	      "four-byte characters and U+FFFD itself are fine");
}

static void test_gate_controls(void)
{
	CHECK(text_check("a\x1b]0;pwned\a\x1b[2J", TEXT_LINES, 100) == TEXT_CONTROL, "an escape sequence is refused");
	CHECK(text_check("a\x7f", TEXT_LINE, 20) == TEXT_CONTROL, "DEL is refused");
	CHECK(text_check("a\xc2\x9b" "2J", TEXT_LINE, 20) == TEXT_CONTROL, "a C1 control (U+009B, CSI) is refused");
	CHECK(text_check("a\tb", TEXT_LINES, 20) == TEXT_CONTROL && text_check("a\rb", TEXT_LINES, 20) == TEXT_CONTROL,
	      "tab and CR are refused even in a note");
	CHECK(text_check("one\ntwo", TEXT_LINE, 20) == TEXT_CONTROL, "a name keeps to one line");
	CHECK(text_check("one\ntwo", TEXT_LINES, 20) == TEXT_OK, "a note may keep its line breaks");
}

static void test_gate_bidi(void)
{
	CHECK(text_check("Ana \xe2\x80\xae" "cod.exe", TEXT_LINE, 40) == TEXT_BIDI, "a right-to-left override is refused");
	CHECK(text_check("\xe2\x80\xaa" "a", TEXT_LINE, 40) == TEXT_BIDI && text_check("a\xe2\x81\xa6", TEXT_LINE, 40) == TEXT_BIDI &&
	          text_check("a\xe2\x81\xa9", TEXT_LINE, 40) == TEXT_BIDI,
	      "U+202A and the isolates U+2066-2069 are refused");
	CHECK(text_check("a\xe2\x80\x8f" "b", TEXT_LINE, 40) == TEXT_OK, "a right-to-left mark (U+200F) is no override");
}

static void test_gate_blank(void)
{
	CHECK(text_check("", TEXT_LINE, 20) == TEXT_BLANK && text_check(NULL, TEXT_LINE, 20) == TEXT_BLANK,
	      "empty and NULL are blank");
	CHECK(text_check("   ", TEXT_LINE, 20) == TEXT_BLANK, "spaces only are blank");
	CHECK(text_check("\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d\xef\xbb\xbf", TEXT_LINE, 20) == TEXT_BLANK,
	      "zero-width characters only are blank");
	CHECK(text_check("\xc2\xa0\xe3\x80\x80\xe2\x80\x83\xc2\xad", TEXT_LINE, 20) == TEXT_BLANK,
	      "no-break, ideographic and em spaces and a soft hyphen only are blank");
	CHECK(text_check(" \n \n", TEXT_LINES, 20) == TEXT_BLANK, "line breaks and spaces only are blank");
	CHECK(text_check("\xe2\x80\x8b" "A", TEXT_LINE, 20) == TEXT_OK, "one visible letter is enough");
	CHECK(text_check_optional("", TEXT_LINE, 20) == ERR_OK && text_check_optional(NULL, TEXT_LINE, 20) == ERR_OK &&
	          text_check_optional(" ", TEXT_LINE, 20) == ERR_TEXT_BLANK,
	      "an optional text may be left out, not be blank");
}

static void test_gate_length(void)
{
	char name[TEXT_BYTES(TEXT_NAME_CHARS) + 8] = "";
	for (int i = 0; i < 51; i++)
		strcat(name, "Č");
	CHECK(text_check(name, TEXT_LINE, TEXT_NAME_CHARS) == TEXT_OK, "51 x Č (102 bytes) is 51 characters");
	name[0] = '\0';
	for (int i = 0; i < TEXT_NAME_CHARS; i++)
		strcat(name, "\xf0\x9f\x98\x80");
	CHECK(text_check(name, TEXT_LINE, TEXT_NAME_CHARS) == TEXT_OK, "100 four-byte characters are 100");
	strcat(name, "a");
	CHECK(text_check(name, TEXT_LINE, TEXT_NAME_CHARS) == TEXT_TOO_LONG, "101 are too many");
	CHECK(text_check("a\x1b", TEXT_LINE, 1) == TEXT_CONTROL, "the first rule broken is named, not the length");
	CHECK(text_verdict_err(TEXT_TOO_LONG) == ERR_TEXT_TOO_LONG && text_verdict_err(TEXT_OK) == ERR_OK,
	      "each verdict has its sentence");
	CHECK(strstr(err_message(ERR_TEXT_CONTROL), "control characters") != NULL, "the sentence names the rule");
}

static void test_escape(void)
{
	char out[128];
	text_escape(out, sizeof out, "a\x1b]0;pwned\a\x1b[2J", false);
	CHECK(!strcmp(out, "a\\x1b]0;pwned\\x07\\x1b[2J"), "C0 controls show as \\xHH");
	CHECK(text_width("a\x1b[2J") == text_width(text_escape(out, sizeof out, "a\x1b[2J", false)) &&
	          text_width("a\x1b[2J") == 8,
	      "a control is as wide as its escape");
	text_escape(out, sizeof out, "\xc2\x9b\xe2\x80\xae\xf4\x8f\xbf\xbf", false);
	CHECK(!strcmp(out, "\\u009b\\u202e\\U0010ffff"), "C1, bidi and noncharacters show as \\u or \\U");
	text_escape(out, sizeof out, "a\xc0\xaf" "b", false);
	CHECK(!strcmp(out, "a\xef\xbf\xbd\xef\xbf\xbd" "b"), "a malformed byte shows as U+FFFD");
	CHECK(!strcmp(text_escape(out, sizeof out, "x\ny", true), "x\ny") &&
	          !strcmp(text_escape(out, sizeof out, "x\ny", false), "x\\x0ay"),
	      "a line break is kept only when asked");
	CHECK(!strcmp(text_escape(out, 6, "ab\x1b", false), "ab"), "a cut leaves no half escape");
	CHECK(!text_needs_escape("Čedo Đurić", false) && text_needs_escape("a\x1b", false) &&
	          text_needs_escape("a\xc0", false) && !text_needs_escape("a\nb", true),
	      "needs_escape agrees with the escape");
}

/* Text read from the records with its length: a NUL or a broken byte an
 * older rota left there is U+FFFD, never the end of the text. */
static void test_repair(void)
{
	static const char nul[] = "Ana\0Kova\xc4\x8d", bad[] = "Bor\xc0\xaf", ff[] = "Cv\xff" "et";
	CHECK(text_is_whole("Čedo", 5) && !text_is_whole(nul, sizeof nul - 1) && !text_is_whole(bad, sizeof bad - 1) &&
	          !text_is_whole(ff, sizeof ff - 1) && !text_is_whole("\xc4", 1),
	      "whole means well-formed UTF-8 without a NUL, a cut-short sequence included");
	char *t = text_repair(nul, sizeof nul - 1);
	CHECK(!strcmp(t, "Ana\xef\xbf\xbdKovač"), "a NUL is U+FFFD and the name goes on after it");
	free(t);
	t = text_repair(bad, sizeof bad - 1);
	CHECK(!strcmp(t, "Bor\xef\xbf\xbd\xef\xbf\xbd"), "an overlong '/' is two U+FFFD, as text_escape shows it");
	free(t);
	t = text_repair(ff, sizeof ff - 1);
	CHECK(!strcmp(t, "Cv\xef\xbf\xbd" "et") && text_is_whole(t, strlen(t)), "ff is U+FFFD, and the result is whole");
	free(t);
	t = text_escape_dup("a\x1b\xff\nb", true);
	CHECK(!strcmp(t, "a\\x1b\xef\xbf\xbd\nb"), "escape_dup escapes all of a text of any length");
	free(t);
}

static char *csv_of(const char *const *fields, int n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	csv_record(f, fields, n);
	fclose(f);
	return buf;
}

static void test_csv_formulas(void)
{
	const char *cells[] = { "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx" };
	char *s = csv_of(cells, 6);
	CHECK(!strcmp(s, "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\\x09x,'\\x0dx\r\n"),
	      "cells that begin like a formula (or tab, CR) get a leading quote");
	free(s);
	const char *numbers[] = { "-3.5", "-12", "7.50", "0", "Ana" };
	s = csv_of(numbers, 5);
	CHECK(!strcmp(s, "-3.5,-12,7.50,0,Ana\r\n"), "plain numbers stay numbers");
	free(s);
	const char *tricky[] = { "-", "-3.", "-3.5e9", "--1", "-1,5" };
	s = csv_of(tricky, 5);
	CHECK(!strcmp(s, "'-,'-3.,'-3.5e9,'--1,\"'-1,5\"\r\n"), "anything else that starts with - is text");
	free(s);
	const char *controls[] = { "a\x1b[2J", "line\nbreak" };
	s = csv_of(controls, 2);
	CHECK(!strcmp(s, "a\\x1b[2J,\"line\nbreak\"\r\n"), "a control is escaped, a line break kept and quoted");
	free(s);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *plain[] = { "a\x1b]0;x\a", "b\tc" };
	csv_row(f, false, plain, 2);
	fclose(f);
	CHECK(!strcmp(buf, "a\\x1b]0;x\\x07\tb\\x09c\n"), "plain rows escape controls, tabs inside a field too");
	free(buf);
}

/* The use cases refuse with the rule, and change nothing. */
static void test_use_cases(void)
{
	char *path = xasprintf("%s/gate.db", test_tmpdir());
	struct app *app;
	long long ana = 0, mentor = 0, id = 0;
	enum rota_err opened = app_open(path, true, "door", &app);
	if (!CHECK(opened == ERR_OK, "app opens")) {
		fprintf(stderr, "%s\n", err_name(opened));
		free(path);
		return;
	}
	CHECK(app_person_add(app, "Ana\xc0\xaf", ROLE_PARTICIPANT, "sl", 0, &ana) == ERR_TEXT_ENCODING,
	      "a name with c0 af is refused as broken");
	CHECK(app_person_add(app, "\xe2\x80\x8b\xe2\x80\x8b", ROLE_PARTICIPANT, "sl", 0, &ana) == ERR_TEXT_BLANK,
	      "a zero-width name is refused as blank");
	CHECK(app_person_add(app, "Ana \xe2\x80\xae" "vokK", ROLE_PARTICIPANT, "sl", 0, &ana) == ERR_TEXT_BIDI,
	      "a name with an override is refused");
	struct person *people;
	size_t n = 9;
	app_person_list(app, false, &people, &n);
	free(people);
	CHECK(n == 0, "and nobody was added");
	char name[TEXT_BYTES(TEXT_NAME_CHARS)] = "";
	for (int i = 0; i < TEXT_NAME_CHARS; i++)
		strcat(name, "Č");
	CHECK(app_person_add(app, name, ROLE_PARTICIPANT, "sl", 0, &ana) == ERR_OK, "100 x Č is a name");
	struct person p;
	CHECK(app_person_get(app, ana, &p) == ERR_OK && !strcmp(p.name, name), "and kept whole");
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 0, &mentor);
	CHECK(app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, mentor, "ok", "\x1b]0;pwned\a\x1b[2J", 0,
	                       &id, NULL) == ERR_TEXT_CONTROL,
	      "words with an escape sequence are refused");
	CHECK(app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, mentor, "line one\nline two", NULL, 0, &id, NULL) ==
	          ERR_OK,
	      "a note keeps its line breaks");
	CHECK(app_note_add(app, ana, mentor, "\xc2\x9b" "2J", false, 0) == ERR_TEXT_CONTROL, "a note with CSI is refused");
	CHECK(app_goal_add(app, ana, mentor, " ", 0, &id) == ERR_TEXT_BLANK, "a blank goal is refused");
	CHECK(app_config_set(app, "workshop_name", "Nit\x1b[2J") == ERR_TEXT_CONTROL, "a workshop name with ESC is refused");
	CHECK(app_config_set(app, "workshop_name", "Delavnica Čipka") == ERR_OK, "a good one is taken");
	CHECK(app_config_set(app, "kiosk_lang", "") == ERR_OK, "an empty kiosk_lang still means the workshop's language");
	CHECK(app_config_set(app, "workshop_name", "") == ERR_TEXT_BLANK, "an empty workshop name is blank");
	CHECK(app_badge_revoke(app, ana, mentor, "lost\x1b[2J", 0) == ERR_TEXT_CONTROL, "a revoke reason is checked");
	CHECK(app_group_add(app, "\xe2\x81\xa6G", 0, 0, 0, &id) == ERR_TEXT_BIDI, "a group name is checked");
	CHECK(app_closure_add(app, 20261224, 20261224, "\x7f", mentor, 0, &id, NULL) == ERR_TEXT_CONTROL,
	      "a closure's reason is checked");
	app_close(app);
	struct app *bad = NULL;
	CHECK(app_open(path, false, "door\x1b[2J", &bad) == ERR_TEXT_CONTROL && !bad, "a terminal name is checked");
	free(path);
}

/* The log quotes names from the records: escaped, one line each. */
static void test_log_escaped(void)
{
	char *path = xasprintf("%s/text.log", test_tmpdir());
	CHECK(log_open(path), "a log opens");
	log_msg(LOG_INFO, "person 7 renamed from '%s'", "Ana\x1b]0;x\a\nKovač");
	log_close();
	char *text = test_read_file(path);
	CHECK(text && strstr(text, "renamed from 'Ana\\x1b]0;x\\x07\\x0aKovač'\n") && !strchr(text, '\x1b'),
	      "a control character in a log line is escaped");
	free(text);
	free(path);
}

void suite_text(void)
{
	test_log_escaped();
	test_gate_encoding();
	test_gate_controls();
	test_gate_bidi();
	test_gate_blank();
	test_gate_length();
	test_escape();
	test_repair();
	test_csv_formulas();
	test_use_cases();
}
