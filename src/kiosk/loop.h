/* The kiosk: the main loop (the only place that reads the keyboard) and the
 * step it repeats, which tests drive directly. Keys become events
 * (ui/input.h), events go to the top screen, idle screens go home, and each
 * frame is drawn whole and sent with one doupdate(). */
#ifndef ROTA_KIOSK_LOOP_H
#define ROTA_KIOSK_LOOP_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "app/app.h"
#include "screens/screens.h"
#include "ui/input.h"
#include "ui/screen.h"

#define KIOSK_TYPED_IDLE_S 20 /* a half-typed number is forgotten after this */
#define KIOSK_KEY_LEAVE_DEMO 0x11 /* Ctrl-Q: leaves a demo kiosk (app_config.is_demo) */
#define KIOSK_KEY_SIGN_OUT KEY_F(10) /* signs a mentor out from any mentor screen */
#define KIOSK_CHECK_QUIET_S 10 /* the records' check starts after this long without a key at the door */

struct records_check;

struct kiosk {
	struct app *app;
	struct screen_mgr mgr;
	struct input in;
	long long last_input_ms;
	bool records_scans;                  /* kiosk_start.records_scans */
	struct mentor_session session;       /* who is signed in, while a mentor screen shows */
	struct scan_overlay_arg overlay_arg; /* a card scanned in mentor mode */
	struct flow flow;                    /* a card scanned at the door: the greeting's argument */
};

/* What the loop shows: the bottom screen and the smallest usable terminal. */
struct kiosk_start {
	const struct screen_ops *home;
	const void *home_arg;
	int min_rows, min_cols;
	bool records_scans;  /* every scanner's card is a visit (the door); else the screens' own */
};

/* The door kiosk: the home screen, at least 80 x 24, recording scans. */
extern const struct kiosk_start kiosk_door;

/* Starts the screens for a rows x cols terminal at now/mono_ms. */
void kiosk_init(struct kiosk *k, struct app *app, const struct kiosk_start *start, int rows, int cols,
                time_t now, long long mono_ms);
/* Ends every screen. */
void kiosk_done(struct kiosk *k);
/* Handles one key from the terminal (is_key: a KEY_* code), or with
 * has_key false one tick of the clock (which also releases held digits).
 * With start.records_scans, a scanner's burst is recorded here, on every
 * screen and at every size, through the home screen's app_scan: while a
 * mentor works it checks its card's person in or out in an overlay over
 * the mentor's screen (the signed-in mentor's own card signs out); at the
 * door it shows the greeting over home. Only two bursts go to the screen
 * instead: at the door, one shaped like a PIN, and on a screen that asks
 * for a mentor's card (the sign-in, its name list and PIN screen) any card
 * but a participant's.
 * A hex number with letters (a MIFARE UID) is a burst only where the
 * decoder's card test (kiosk.c, is_card_here) says it is a card.
 * Without records_scans every burst is the top screen's. Returns true
 * when the screen must be drawn again. On a demo database Ctrl-Q sets k->mgr.wants_quit (the loop
 * then ends); on any other it is ignored. */
bool kiosk_step(struct kiosk *k, bool has_key, bool is_key, uint32_t code, time_t now,
                long long mono_ms);
/* Returns how many ms the loop may wait for a key before kiosk_step() must
 * run without one: the tick, sooner while digits are held, and 0 while the
 * top screen has drawn that it is busy and waits for its next event to do
 * the slow work (screen_ops.wants_tick). */
int kiosk_wait_ms(const struct kiosk *k, long long mono_ms);
/* Applies a new terminal size. */
void kiosk_resize(struct kiosk *k, int rows, int cols);
/* The loop's turn for the records' full check (kiosk/check.c): takes the
 * answer of a check at work without waiting, or starts one when it is due
 * and the door is quiet (home on top, no key for KIOSK_CHECK_QUIET_S).
 * Returns true when an answer came (the mentor screens may show it). */
bool kiosk_check_step(struct kiosk *k, struct records_check *c, time_t now, long long mono_ms);
/* Runs the screens of start on the terminal until SIGTERM/SIGHUP or a
 * screen asks to quit. Returns 0 on a clean stop, 1 when there is no
 * terminal to run on. The terminal is restored. Nothing is checked before
 * the first frame: the records' full check runs later in a child process
 * (kiosk_check_step), which is ended with the loop. */
int kiosk_run(struct app *app, const struct kiosk_start *start);

#endif
