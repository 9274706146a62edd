/* A kiosk in one process for screen tests: a real SQLite file with the demo
 * people, curses on /dev/null, keys fed through the real decoder and the
 * real screens, the picture read back as text. */
#ifndef ROTA_TESTS_SCREENS_RIG_H
#define ROTA_TESTS_SCREENS_RIG_H

#include <stdbool.h>
#include <time.h>

#include "core/visit.h"
#include "kiosk/loop.h"

/* The demo's people, in the order rig.payload and rig.person hold them. */
enum rig_person { MAJA, IVANA, ANA, MARKO, SPELA, LUKA, NINA, IVAN, DJURDJA, JOSIP, MARIJA, TOM };

struct rig {
	struct app *app;
	struct kiosk kiosk;
	time_t now;
	long long mono;
	char payload[16][16];   /* demo badges, in demo order */
	long long person[16];
	char path[256];         /* the database file */
};

/* Opens a fresh database with the demo people and a kiosk of rows x cols
 * at 2026-11-23 08:12 local time. */
void rig_open(struct rig *r, int rows, int cols);
/* Ends the kiosk and closes the database. */
void rig_close(struct rig *r);
/* Types text (UTF-8; \r \n \t as keys) with ms_per_key between keys. */
void rig_type(struct rig *r, const char *text, int ms_per_key);
/* Presses one curses key (KEY_DOWN ...). */
void rig_key(struct rig *r, int key);
/* Lets seconds pass, with a tick every 250 ms. */
void rig_wait(struct rig *r, int seconds);
/* Resizes the terminal. */
void rig_resize(struct rig *r, int rows, int cols);
/* Draws and returns the screen text (static buffer until the next call). */
const char *rig_screen(struct rig *r);
/* Returns the top screen's name. */
const char *rig_top(const struct rig *r);
/* Compares the screen with tests/screens/golden/NAME.txt (ROTA_UPDATE_GOLDEN=1
 * writes it instead); records a check. */
void rig_golden(struct rig *r, const char *name);

/* Returns true when the screen shows text. */
bool rig_shows(struct rig *r, const char *text);
/* Returns true when the screen shows a person's name (first name and
 * initial, as the greeting has it): as text, or in big letters (their
 * rows one under the other, ui/bigtext.h). */
bool rig_shows_name(struct rig *r, const char *name);
/* Returns true when the top screen is the one named. */
bool rig_on(const struct rig *r, const char *screen);
/* Scans who's card as a scanner does: the digits and CR LF in a burst. */
void rig_scan(struct rig *r, int who);
/* Signs mentor who in at the door: M, their card, the demo PIN 1234. */
void rig_sign_in(struct rig *r, int who);

/* Returns how many visits of any day have status. */
int rig_count_visits(struct rig *r, enum visit_status status);
/* Returns true when who has a visit open (of any day). */
bool rig_is_in(struct rig *r, int who);

#endif
