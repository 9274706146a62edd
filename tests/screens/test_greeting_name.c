/* The door's greeting for someone who reads little: the name in big block
 * letters (Č Ć Đ Š Ž with their marks), plain bold when it is too long or
 * has a letter the font lacks, and the sign beside CHECKED IN / CHECKED OUT
 * (an arrow into the door, or out of it) that needs no reading. */
#include <string.h>

#include "app/people.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "ui/bigtext.h"

#define SIGN_IN_TOP "█   █████"   /* the arrow's head, a gap, the door's lintel */
#define SIGN_OUT_TOP "█     █████"

/* Whether a line of the screen begins (after its spaces) with text: the
 * sign is the leftmost thing on its rows. */
static bool line_starts(struct rig *r, const char *text)
{
	const char *t = rig_screen(r);
	for (const char *line = t; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		const char *p = line;
		while (*p == ' ')
			p++;
		if (!strncmp(p, text, strlen(text)))
			return true;
	}
	return false;
}

static void test_font(void)
{
	char row[256], upper[256];
	CHECK(bigtext_width("Đurđa M.") > 0 && bigtext_width("Ćiro Ž.") > 0 && bigtext_width("Šime Č.") > 0,
	      "the font has every Slovenian and Croatian letter, in both cases");
	CHECK(bigtext_row_text("č", -1, row, sizeof row) && !strcmp(row, " ▀▄▀") &&
	          bigtext_row_text("ć", -1, upper, sizeof upper) && !strcmp(upper, "  ▄▀"),
	      "č has its caron and ć its acute in the row above, and they differ");
	CHECK(bigtext_row_text("c", -1, row, sizeof row) && !row[0], "c has no mark");
	CHECK(bigtext_row_text("đ", 2, row, sizeof row) && !strcmp(row, "███  █") &&
	          bigtext_row_text("d", 2, upper, sizeof upper) && strcmp(row, upper) != 0,
	      "đ has its stroke, which d has not");
	CHECK(bigtext_row_text("luka č.", 0, row, sizeof row) && bigtext_row_text("LUKA Č.", 0, upper, sizeof upper) &&
	          !strcmp(row, upper),
	      "lower case is drawn as upper case");
	CHECK(bigtext_width("Zoë M.") < 0 && !bigtext_row_text("Zoë M.", 0, row, sizeof row) && !row[0],
	      "a letter the font lacks has no big form");
}

static void test_greeting(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, LUKA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Luka Č.") && !rig_shows(&r, "Luka Č.") &&
	          rig_shows(&r, "▀▄▀"),
	      "Luka's name is in big letters, Č with its caron");
	CHECK(line_starts(&r, SIGN_IN_TOP) && !line_starts(&r, SIGN_OUT_TOP), "beside PRIJAVA, the arrow into the door");
	rig_golden(&r, "greeting-name-sl-80x24");
	rig_type(&r, "\r", 0);

	rig_scan(&r, DJURDJA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Đurđa M.") && rig_shows(&r, "Dobro došli"),
	      "Đurđa's name is big too, in her Croatian greeting");
	rig_golden(&r, "greeting-name-hr-80x24");
	rig_type(&r, "\r", 0);

	r.now += 3 * 3600;
	rig_scan(&r, LUKA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Luka Č.") && line_starts(&r, SIGN_OUT_TOP) &&
	          !line_starts(&r, SIGN_IN_TOP),
	      "checking out, the arrow leaves the same door the other way");
	rig_type(&r, "\r", 0);

	CHECK(app_person_set_name_lang(r.app, r.person[TOM], "Zoë Brown", "en") == ERR_OK, "Tom is renamed Zoë");
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "greeting") && rig_shows(&r, "Zoë B.") && line_starts(&r, SIGN_IN_TOP),
	      "a name with a letter the font lacks is plain bold text, as written, the sign still big");
	rig_golden(&r, "greeting-name-plain-en-80x24");
	rig_type(&r, "\r", 0);

	CHECK(app_person_set_name_lang(r.app, r.person[NINA], "Aleksandrina-Marjetka Krajnc", "sl") == ERR_OK,
	      "Nina is renamed with a long first name");
	rig_scan(&r, NINA);
	CHECK(rig_on(&r, "greeting") && rig_shows(&r, "Aleksandrina-Marjetka K."),
	      "a name too wide for 80 columns in big letters is plain bold text");
	rig_close(&r);
}

void suite_greeting_name(void)
{
	test_font();
	test_greeting();
}
