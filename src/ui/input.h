/* Turns raw keys into events, and tells a scanner from a person.
 *
 * A USB scanner types its payload fast (a few ms a key) and ends it with CR,
 * LF, CR LF or Tab; a person types slowly. Digits are held back for a short
 * window (INPUT_HOLD_MS) while they come at scanner speed: if a line end
 * follows at once, the held digits become one EV_SCAN with is_burst set (the
 * typed line is left as it was); otherwise they are released as ordinary
 * EV_CHARs. A typed line ended by Enter/Tab is an EV_SCAN without is_burst,
 * as before.
 *
 * A card's number a keyboard-wedge RFID reader types may be hex (a MIFARE
 * UID, 04A3B2C1D2E3F4 or 04a3b2c1d2e3f4), so A-F and a-f are held as digits
 * are. A held burst with such letters is a scan only when all of these
 * hold, else its keys are typing, as a person's: every key came at scanner
 * speed (INPUT_BURST_GAP_MS) and Enter/Tab at once after the last; it is
 * INPUT_HEX_MIN characters or more; its letters are all of one case (a
 * reader types one case throughout; Caps Lock flips them all); and the
 * card test the owner set with input_set_card_test() says it is a card
 * there (the kiosk: on a door screen with no text field, on the screen
 * that enrols a card, or else the number of a card once enrolled). With no
 * test set, such a burst is never a scan. So a mentor's word typed fast in
 * a form stays text, and only a card's number at a card's speed is a scan.
 * The LF of a CR LF (a line end right after a line end, with no
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
#define INPUT_HEX_MIN 6      /* a burst with letters A-F is at least this long (a card's number) */
#define INPUT_ESC_GAP_MS 30  /* a sequence's bytes follow its ESC at once */
#define INPUT_QUEUE_MAX (EVENT_TEXT_MAX + 8)

/* Says whether text (a burst of hex digits with letters, ended by Enter or
 * Tab at scanner speed) is a card's number here and now; ctx as given. */
typedef bool (*input_card_test)(void *ctx, const char *text);

struct input {
	char line[EVENT_TEXT_MAX];   /* the typed line so far */
	size_t len;
	long long last_end_ms;       /* when the last line ended; -1 for never */
	char held[EVENT_TEXT_MAX];   /* hex digits held back: maybe a scanner's burst */
	size_t held_len;
	long long held_ms;           /* when the last held digit came */
	int esc;                     /* inside an escape sequence: enum in input.c */
	long long esc_ms;            /* when its ESC came */
	input_card_test card_test;   /* NULL: a burst with letters is never a scan */
	void *card_ctx;
	struct event queue[INPUT_QUEUE_MAX];
	size_t q_head, q_len;
};

/* Starts with an empty line, nothing held, nothing queued. */
void input_init(struct input *in);
/* Sets the test that tells a hex burst with letters from typing (see the
 * top of this file); test NULL: none is a scan. input_init() clears it. */
void input_set_card_test(struct input *in, input_card_test test, void *ctx);
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
