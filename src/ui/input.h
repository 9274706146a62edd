/* Turns raw keys into events, and tells a scanner from a person.
 *
 * A USB scanner types its payload fast (a few ms a key) and ends it with CR,
 * LF, CR LF or Tab; a person types slowly. Digits are held back for a short
 * window (INPUT_HOLD_MS) while they come at scanner speed: if a line end
 * follows at once, the held digits become one EV_SCAN with is_burst set (the
 * typed line is left as it was); otherwise they are released as ordinary
 * EV_CHARs. A typed line ended by Enter/Tab is an EV_SCAN without is_burst,
 * as before. The LF of a CR LF (a line end right after a line end, with no
 * key between) is swallowed. Keypad digits and keypad Enter count as digits
 * and Enter in either keypad mode (curses' KEY_A1 ... KEY_C3 and KEY_ENTER,
 * or the raw application-mode sequences ESC O p ... ESC O y, ESC O M).
 * Unknown escape sequences are dropped whole; a lone ESC is UI_KEY_ESC.
 * Ctrl-C, Ctrl-Z, Ctrl-\ and other control characters do nothing at all.
 *
 * The decoder never reads input and keeps no clock: every call is given the
 * time. Events wait in a small queue; take them with input_next(). */
#ifndef ROTA_UI_INPUT_H
#define ROTA_UI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/event.h"

#define INPUT_SWALLOW_MS 300 /* an empty line end this soon after a line is its tail */
#define INPUT_BURST_GAP_MS 50 /* a scanner's keys come at most this far apart (a person
                                 types four digits this fast only by accident) */
#define INPUT_HOLD_MS 60     /* held digits become typing after this without a line end */
#define INPUT_BURST_MIN 4    /* fewer digits than this are never a burst */
#define INPUT_ESC_GAP_MS 30  /* a sequence's bytes follow its ESC at once */
#define INPUT_QUEUE_MAX (EVENT_TEXT_MAX + 8)

struct input {
	char line[EVENT_TEXT_MAX];   /* the typed line so far */
	size_t len;
	long long last_end_ms;       /* when the last line ended; -1 for never */
	char held[EVENT_TEXT_MAX];   /* digits held back: maybe a scanner's burst */
	size_t held_len;
	long long held_ms;           /* when the last held digit came */
	int esc;                     /* inside an escape sequence: enum in input.c */
	long long esc_ms;            /* when its ESC came */
	struct event queue[INPUT_QUEUE_MAX];
	size_t q_head, q_len;
};

/* Starts with an empty line, nothing held, nothing queued. */
void input_init(struct input *in);
/* Forgets the line typed so far (the screen changed). Held digits stay:
 * they came after. */
void input_clear(struct input *in);
/* Forgets the line typed so far after a pause, and fills *ev with the
 * UI_KEY_CLEAR that tells the screen its typed text is now empty. */
void input_forget(struct input *in, time_t now, long long mono_ms, struct event *ev);
/* Feeds one key as wget_wch returned it (is_key: KEY_CODE_YES) at now /
 * mono_ms. Held digits whose window has passed are released first. Returns
 * true when events are waiting in the queue. */
bool input_feed(struct input *in, bool is_key, uint32_t code, time_t now, long long mono_ms);
/* Releases what is held longer than its window at mono_ms (digits as typing,
 * a lone ESC as UI_KEY_ESC). Returns true when events are waiting. */
bool input_poll(struct input *in, time_t now, long long mono_ms);
/* Takes the oldest waiting event into *ev; false when none waits. */
bool input_next(struct input *in, struct event *ev);
/* Returns how many ms after mono_ms input_poll() must run to release what is
 * held (0: now), or -1 when nothing is held. */
int input_wait_ms(const struct input *in, long long mono_ms);

#endif
