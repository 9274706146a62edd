/* Text kept in the records as an older rota let it in (a raw escape
 * sequence in a name) is drawn as its escape (\x1b) and measured as wide as
 * drawn; a participant whose file holds nothing yet opens calmly (no sort of
 * an empty list: undefined behaviour that make asan catches). */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "app/people.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

/* Signs Maja in and opens the participant whose name starts with prefix. */
static void open_file_of(struct rig *r, const char *prefix)
{
	rig_sign_in(r, MAJA);
	rig_type(r, "p", 0);
	rig_type(r, prefix, 100);
	rig_type(r, "\r", 0);
}

static void test_empty_file(void)
{
	struct rig r;
	long long id = 0;
	rig_open(&r, 24, 80);
	CHECK(app_person_add(r.app, "Nova Oseba", ROLE_PARTICIPANT, "sl", r.now, &id) == ERR_OK, "a new participant");
	open_file_of(&r, "Nova");
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Nova Oseba"), "a file with nothing in it opens");
	for (const char *k = "1234"; *k; k++) {
		char key[2] = { *k, 0 };
		rig_type(&r, key, 0);
		CHECK(rig_on(&r, "person-file"), "and each of its views too");
	}
	rig_close(&r);
}

static void test_stored_escape(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	sqlite3 *db;
	char *err = NULL;
	sqlite3_open(r.path, &db);
	int rc = sqlite3_exec(db, "UPDATE people SET name = 'Ana' || char(27) || '[2J' || char(27) || ']0;x' || char(7) "
	                          "|| ' Kovač' WHERE id = 3",
	                      NULL, NULL, &err);
	if (!CHECK(rc == SQLITE_OK && sqlite3_changes(db) == 1, "an escape sequence written into a name with SQLite directly"))
		fprintf(stderr, "%s\n", err ? err : "");
	sqlite3_free(err);
	sqlite3_close(db);
	open_file_of(&r, "Ana");
	CHECK(rig_on(&r, "person-file"), "the file opens");
	CHECK(rig_shows(&r, "Ana\\x1b[2J\\x1b]0;x\\x07 Kovač"), "the name is drawn with its escapes visible");
	CHECK(!rig_shows(&r, "^["), "never as curses' ^[");
	rig_close(&r);
}

/* A note typed at the kiosk passes the same gate, and its refusal names
 * the rule, not just "not valid". */
static void test_refusal_named(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_file_of(&r, "Ana");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt"), "N opens a note");
	rig_type(&r, "Ana \xe2\x80\xae" "drow", 0);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "prompt") && rig_shows(&r, "writing direction"),
	      "a note with a right-to-left override is refused, naming why");
	CHECK(rig_shows(&r, "Ana \\u202edrow"), "and the override is shown, not obeyed");
	rig_close(&r);
}

/* In the progress form the refusal names the field as well as the rule,
 * and the cursor goes back to that field, whichever was in focus. */
static void test_refusal_field(void)
{
	/* level 2, a note, their words with an override, back to the topics, save */
	static const char *const steps[] = { "l", "2", "\t", "careful", "\t", "I \xe2\x80\xae" "ekil", "\t", "\r" };
	struct rig r;
	rig_open(&r, 24, 80);
	open_file_of(&r, "Ana");
	for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
		rig_type(&r, steps[i], 20);
		rig_wait(&r, 1);
	}
	CHECK(rig_on(&r, "progress-form") && rig_shows(&r, "Their own words: Text may not contain characters that turn"),
	      "the refusal names the participant's words and the rule");
	CHECK(rig_shows(&r, "ekil_") && !rig_shows(&r, "careful_"), "the cursor is back in their words");
	rig_close(&r);
}

/* A note of only spaces is refused with the whole sentence, in each
 * language, up to its last word: what to do and that nothing changed. */
static void test_refusal_whole(void)
{
	static const struct { const char *lang, *end; } want[] = {
		{ "en", "changed." }, { "sl", "spremenjeno." }, { "hr", "promijenjeno." },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		struct rig r;
		i18n_set_lang(want[i].lang);
		rig_open(&r, 24, 80);
		open_file_of(&r, "Ana");
		rig_type(&r, "n", 0);
		rig_type(&r, "   \r", 0);
		CHECK(rig_on(&r, "prompt") && rig_shows(&r, want[i].end), "a note of spaces: the refusal read to its end");
		rig_close(&r);
	}
	i18n_set_lang("en");
}

/* A file without programme dates says nothing of them, not "- to -". */
static void test_no_programme(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_file_of(&r, "Ana");
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Group:") && !rig_shows(&r, "Programme"),
	      "no programme dates: the header shows the group alone");
	rig_close(&r);
}

void suite_text_screens(void)
{
	test_no_programme();
	test_refusal_whole();
	i18n_set_lang("en");
	test_refusal_named();
	test_refusal_field();
	test_empty_file();
	test_stored_escape();
}
