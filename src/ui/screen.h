/* Screens and the screen manager. A screen is a table of functions with a
 * private state the manager allocates. A screen never changes the stack
 * itself: on_event returns flags and, for push/replace, names the next
 * screen with screen_go(); the manager does the rest. */
#ifndef ROTA_UI_SCREEN_H
#define ROTA_UI_SCREEN_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "ui/event.h"

struct app; /* what screens pass to app_* functions; opaque here */
struct screen;
struct keymap;

struct screen_ops {
	const char *name;
	size_t state_size;
	/* Starts the screen; arg is what the previous screen passed (may be NULL),
	 * valid only during the call. */
	void (*enter)(struct screen *s, const void *arg);
	/* Ends the screen before its state is freed (may be NULL). */
	void (*leave)(struct screen *s);
	/* Recomputes positions on enter and on every resize (may be NULL). */
	void (*layout)(struct screen *s);
	/* Draws the whole screen from its state; changes nothing. */
	void (*draw)(const struct screen *s, WINDOW *w);
	/* Handles one event; returns SCR_* flags. */
	int (*on_event)(struct screen *s, const struct event *ev);
	/* Called when the screen is on top again after the one above it or an
	 * overlay over it ended (may be NULL): the time to read changed records. */
	void (*resume)(struct screen *s);
	/* Mentor screens go home after the mentor timeout, others after the
	 * kiosk's. */
	bool is_mentor;
	/* Called by screen_mgr_home before it takes the screen away (may be
	 * NULL): whatever sends the kiosk home (an idle timeout, F10, a sign-out
	 * key, the mentor's own card), a form keeps its unsaved text as a draft
	 * for the mentor at time now. */
	void (*save_draft)(struct screen *s, time_t now);
	/* Returns true while the screen has drawn that it is busy ("Checking
	 * …") and does the slow work on its next event (may be NULL): the loop
	 * draws, then sends that event at once instead of a tick later. */
	bool (*wants_tick)(const struct screen *s);
	/* Returns the keys the screen answers as it is now (ui/keys.h; may be
	 * NULL: a screen with no keys of its own). The manager draws the footer
	 * from them after draw() and opens the help on F1 (or ?). */
	const struct keymap *(*keys)(const struct screen *s);
};

struct screen {
	const struct screen_ops *ops;
	void *state;
	struct app *app;
	int rows, cols;
	int min_rows, min_cols;          /* below this the too-small screen shows */
	time_t now;                      /* the time of the latest event */
	const struct screen_ops *next;   /* set by screen_go */
	const void *next_arg;
};

enum screen_flag {
	SCR_HANDLED = 1 << 0,
	SCR_REDRAW = 1 << 1,
	SCR_PUSH = 1 << 2,
	SCR_POP = 1 << 3,
	SCR_REPLACE = 1 << 4,
	SCR_HOME = 1 << 5,
	SCR_QUIT = 1 << 6,
	SCR_PASS_ON = 1 << 7,  /* with SCR_HOME or SCR_POP: the event goes on to
	                          the screen on top afterwards (a digit that ends a
	                          greeting begins the card typed on home) */
};

#define SCREEN_STACK_MAX 8

struct screen_mgr {
	struct screen stack[SCREEN_STACK_MAX];
	int depth;
	struct app *app;
	struct screen too_small;
	int rows, cols, min_rows, min_cols;
	time_t now;                      /* the time of the latest event */
	bool wants_quit;
	struct screen overlay;           /* drawn over the top screen; ops NULL when none */
	/* Called with each screen started on the stack and its argument (may be
	 * NULL): how the kiosk learns what screens were handed. */
	void (*on_start)(void *ctx, const struct screen *s, const void *arg);
	void *on_start_ctx;
};

/* Asks for a push or replace (how) of ops with arg; returns the flags to
 * return from on_event. The manager enters the next screen after on_event
 * has returned, so arg must outlive the call: point into the screen's state
 * or its argument, never at a local. */
int screen_go(struct screen *s, int how, const struct screen_ops *ops, const void *arg);

/* Starts a manager at time now with the home screen (entered with home_arg)
 * at the bottom of the stack, and the screen shown instead of any other
 * while the terminal is smaller than min_rows x min_cols. Free with
 * screen_mgr_done(). */
void screen_mgr_init(struct screen_mgr *m, struct app *app, const struct screen_ops *home,
                     const void *home_arg, const struct screen_ops *too_small, int rows, int cols,
                     int min_rows, int min_cols, time_t now);
/* Leaves and frees every screen. */
void screen_mgr_done(struct screen_mgr *m);
/* Applies a new terminal size and lays every screen out again. */
void screen_mgr_resize(struct screen_mgr *m, int rows, int cols);
/* Returns true while the terminal is below the minimum size. */
bool screen_mgr_is_too_small(const struct screen_mgr *m);
/* Gives ev to the top screen and applies its flags. While an overlay is
 * shown every event goes to it first: a key that closes it goes on to the
 * top screen too (nothing typed is lost), ticks go to both, and a key it
 * keeps open is its own. When the overlay closes, the top screen resumes
 * (reads its records again) before it sees the event. Returns true when the
 * picture may have changed; *changed_screen says whether the top changed. */
bool screen_mgr_dispatch(struct screen_mgr *m, const struct event *ev, bool *changed_screen);
/* Pops back to the home screen at time now, closing any overlay; every
 * screen above home that keeps drafts keeps its unsaved work first. Home,
 * when something was over it, is resumed (reads its records again). */
void screen_mgr_home(struct screen_mgr *m, time_t now);
/* Pops back to the home screen at now as screen_mgr_home() does, then
 * starts ops (entered with arg) on top of it; ops the home screen's own:
 * home alone. */
void screen_mgr_open(struct screen_mgr *m, const struct screen_ops *ops, const void *arg, time_t now);
/* Erases w and draws the top screen and its overlay (or the too-small
 * screen). */
void screen_mgr_draw(const struct screen_mgr *m, WINDOW *w);
/* Shows ops (entered with arg at now) over the top screen, in place of any
 * overlay already shown. The top screen and its state stay as they were: the
 * overlay draws over it, sees every key first, and the ticks with it; it
 * closes when its on_event returns SCR_POP (or SCR_HOME), and goes with
 * every screen on screen_mgr_home(). */
void screen_mgr_overlay(struct screen_mgr *m, const struct screen_ops *ops, const void *arg,
                        time_t now);
/* Returns true while an overlay is shown. */
bool screen_mgr_has_overlay(const struct screen_mgr *m);
/* Closes the overlay, if one is shown. */
void screen_mgr_overlay_close(struct screen_mgr *m);
/* Returns the top screen (never the overlay). */
const struct screen *screen_mgr_top(const struct screen_mgr *m);

#endif
