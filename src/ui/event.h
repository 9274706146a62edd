/* What reaches a screen: keys, typed characters, completed scans and clock
 * ticks, each with the time it happened. A resize (EV_RESIZE, sent by the
 * input decoder) reaches the manager only: screen_mgr_resize has called each
 * screen's layout() and screen_mgr_dispatch redraws without handing it on.
 * Only the main loop reads the keyboard; screens see events. */
#ifndef ROTA_UI_EVENT_H
#define ROTA_UI_EVENT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#define EVENT_TEXT_MAX 64

enum event_kind {
	EV_KEY,     /* a key: see enum ui_key, or a curses KEY_* code */
	EV_CHAR,    /* a printable character, added to the typed line */
	EV_SCAN,    /* a line ended by Enter/Tab: a scanner burst (is_burst) or a typed line */
	EV_TICK,    /* the clock moved on (about four times a second) */
	EV_RESIZE,  /* the terminal changed size */
};

enum ui_key {
	UI_KEY_ENTER = 0x10000,
	UI_KEY_ESC,
	UI_KEY_BACKSPACE,
	UI_KEY_TAB,
	UI_KEY_CLEAR,  /* the typed line was forgotten after a pause; text is "" */
};

struct event {
	enum event_kind kind;
	int key;                      /* EV_KEY; for EV_SCAN the key that ended the line */
	uint32_t ch;                  /* EV_CHAR */
	char text[EVENT_TEXT_MAX];    /* EV_SCAN: the line; EV_CHAR/EV_KEY: the line so far */
	time_t now;                   /* wall clock, epoch seconds */
	long long mono_ms;            /* monotonic milliseconds */
	bool is_burst;                /* EV_SCAN: digits (or a card's hex number, ui/input.h)
	                                 at scanner speed; text is only them, and the
	                                 typed line is left as it was */
};

#endif
