/* Level 2: screen tests in one process, curses on /dev/null. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tests/harness.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

SCREEN *screens_main;

int main(void)
{
	setenv("TZ", "Europe/Ljubljana", 1);
	tzset();
	setenv("TERM", "xterm-256color", 1);
	i18n_init();
	i18n_set_lang("en");
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *scr = newterm("xterm-256color", out, in);
	screens_main = scr;
	if (!scr) {
		printf("cannot start curses\n0 passed, 1 failed\n");
		return 1;
	}
	suite_input();
	suite_keys();
	suite_kiosk();
	suite_mentor();
	suite_door();
	suite_door_words();
	suite_visits();
	suite_drafts();
	suite_scan_anywhere();
	suite_cards();
	suite_greeting_name();
	suite_every_screen();
	suite_every_screen_keys();
	suite_calendar_screens();
	suite_fit();
	suite_fit_file();
	suite_text_screens();
	suite_records_screens();
	suite_months_screen();
	suite_dates_screens();
	suite_closed_day();
	suite_door_sound();
	suite_console();
	endwin();
	delscreen(scr);
	fclose(out);
	fclose(in);
	printf("screens: ");
	return test_report();
}
