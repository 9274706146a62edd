/* The key decoder: scanner bursts, slow typing, line ends, control keys. */
#include <curses.h>
#include <string.h>

#include "tests/harness.h"
#include "tests/screens/suites.h"
#include "ui/input.h"

struct fed {
	int scans, enters, chars, keys;
	char last_scan[EVENT_TEXT_MAX];
	bool is_burst;   /* the last scan's */
};

static void feed(struct input *in, struct fed *f, const char *keys, long long *ms, int step)
{
	for (const char *p = keys; *p; p++) {
		struct event ev;
		input_feed(in, false, (unsigned char)*p, 0, *ms);
		while (input_next(in, &ev)) {
			if (ev.kind == EV_SCAN) {
				f->scans++;
				strcpy(f->last_scan, ev.text);
				f->is_burst = ev.is_burst;
			} else if (ev.kind == EV_KEY && ev.key == UI_KEY_ENTER) {
				f->enters++;
			} else if (ev.kind == EV_CHAR) {
				f->chars++;
			} else {
				f->keys++;
			}
		}
		*ms += step;
	}
}

/* Feeds one key and takes the last event it made; false when none. */
static bool last(struct input *in, bool is_key, uint32_t code, long long ms, struct event *ev)
{
	bool any = false;
	input_feed(in, is_key, code, 0, ms);
	while (input_next(in, ev))
		any = true;
	return any;
}

/* Takes every waiting event into f (after the hold has passed at ms). */
static void drain(struct input *in, struct fed *f, long long ms, bool *is_burst)
{
	struct event ev;
	input_poll(in, 0, ms);
	while (input_next(in, &ev)) {
		if (ev.kind == EV_SCAN) {
			f->scans++;
			strcpy(f->last_scan, ev.text);
			f->is_burst = ev.is_burst;
			if (is_burst)
				*is_burst = ev.is_burst;
		} else if (ev.kind == EV_CHAR) {
			f->chars++;
		} else if (ev.kind == EV_KEY && ev.key == UI_KEY_ENTER) {
			f->enters++;
		} else {
			f->keys++;
		}
	}
}

/* Scanner speed against a person's, keypad keys, escape sequences. */
static void suite_input_burst(void)
{
	struct input in;
	struct fed f;
	long long ms = 50000;
	bool is_burst = false;
	struct event ev;

	input_init(&in);
	memset(&f, 0, sizeof f);
	feed(&in, &f, "ab", &ms, 300);
	feed(&in, &f, "5872371290\r\n", &ms, 3);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && f.is_burst && !strcmp(f.last_scan, "5872371290") && f.enters == 0,
	      "a burst is one scan marked as a burst, with only its digits, the LF swallowed");
	CHECK(!strcmp(in.line, "ab"), "a burst leaves the typed line as it was");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "5872371290", &ms, 3);
	CHECK(f.chars == 0 && input_wait_ms(&in, ms) > 0 && input_wait_ms(&in, ms) <= INPUT_HOLD_MS + 1,
	      "digits at scanner speed are held back, for less than a blink");
	ms += INPUT_HOLD_MS + 2;
	drain(&in, &f, ms, NULL);
	CHECK(f.chars == 10 && f.scans == 0 && !strcmp(in.line, "ab5872371290"),
	      "held digits with no line end after them are released as typing, in order");
	CHECK(input_wait_ms(&in, ms) == -1, "nothing held, nothing to wait for");

	input_init(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "5872371290", &ms, 3);
	ms += INPUT_HOLD_MS + 2;
	feed(&in, &f, "\r", &ms, 3);
	drain(&in, &f, ms, &is_burst);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 10,
	      "a line end long after the digits ends a typed line, not a burst");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "5872371290\t", &ms, 3);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && f.is_burst, "a burst may end in Tab");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "587\r", &ms, 2);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 3, "three fast digits and Enter are typing, not a card");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "58723\r", &ms, 120);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 5, "digits typed by a person and Enter are a typed line");

	/* The keypad in application mode: xterm's terminfo names five keys,
	 * the other five come as raw ESC O sequences; keypad Enter is
	 * KEY_ENTER or ESC O M. */
	input_init(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	static const char *const ss3[] = { "\x1bOu", "\x1bOx", "\x1bOr", "\x1bOw", "\x1bOs",
	                                   "\x1bOv", "\x1bOq", "\x1bOy", "\x1bOr", "\x1bOp" };
	for (int i = 0; i < 10; i++)
		feed(&in, &f, ss3[i], &ms, 1);
	feed(&in, &f, "\x1bOM", &ms, 1);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && f.is_burst && !strcmp(f.last_scan, "5827361920") && f.keys == 0,
	      "keypad digits and Enter as ESC O sequences are a burst");

	memset(&f, 0, sizeof f);
	ms += 1000;
	static const int curses_kp[] = { KEY_B2, KEY_C1, KEY_A1, KEY_C3, KEY_A3 };
	for (int i = 0; i < 5; i++) {
		input_feed(&in, true, (uint32_t)curses_kp[i], 0, ms);
		ms += 2;
	}
	input_feed(&in, true, KEY_ENTER, 0, ms);
	drain(&in, &f, ms + 100, &is_burst);
	CHECK(f.scans == 1 && f.is_burst && !strcmp(f.last_scan, "51739"),
	      "keypad keys as curses names them (KEY_B2 ..., KEY_ENTER) are digits and Enter");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "\x1bOQ\x1b[24~\x1b[1;5P", &ms, 1);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.chars == 0 && f.keys == 0 && in.len == 0, "unknown escape sequences are dropped whole");

	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "\x1bx", &ms, 1);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.keys == 1 && f.chars == 1 && !strcmp(in.line, "x"), "Esc and then a letter are both kept");

	input_init(&in);
	ms += 1000;
	feed(&in, &f, "58", &ms, 3);
	CHECK(last(&in, true, KEY_DOWN, ms, &ev) && ev.key == KEY_DOWN && !strcmp(ev.text, "58"),
	      "another key releases the held digits before itself");
}

/* The card test a kiosk would set: here every number shaped like a card. */
static bool any_card(void *ctx, const char *text)
{
	(void)text;
	(*(int *)ctx)++;
	return true;
}

/* A reader that types a card's number in hex (a MIFARE UID), against a
 * person typing letters A-F. */
static void suite_input_hex(void)
{
	struct input in;
	struct fed f;
	long long ms = 90000;
	int asked = 0;

	input_init(&in);
	memset(&f, 0, sizeof f);
	feed(&in, &f, "04A3B2C1D2E3F4\r\n", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 14,
	      "with no card test a hex burst is typing and a typed line, as before");

	input_set_card_test(&in, any_card, &asked);
	input_clear(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "04A3B2C1D2E3F4\r\n", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && f.is_burst && !strcmp(f.last_scan, "04A3B2C1D2E3F4") && f.chars == 0 && f.enters == 0 &&
	          asked == 1,
	      "a hex burst the card test takes is one scan, upper case");
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "04a3b2c1d2e3f4\t", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && f.is_burst && !strcmp(f.last_scan, "04a3b2c1d2e3f4"), "and lower case, ended by Tab");

	asked = 0;
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "04A3b2C1\r", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 8 && asked == 0, "mixed case is a person's, never asked");
	input_clear(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "face\r", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 4 && asked == 0, "fewer than INPUT_HEX_MIN is typing");
	input_clear(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "decade", &ms, 120);
	feed(&in, &f, "\r", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.scans == 1 && !f.is_burst && f.chars == 6 && !strcmp(f.last_scan, "decade") && asked == 0,
	      "letters typed at a person's pace are typing, in order");
	input_clear(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "decade", &ms, 3);
	ms += INPUT_HOLD_MS + 2;
	drain(&in, &f, ms, NULL);
	CHECK(f.chars == 6 && !strcmp(in.line, "decade") && asked == 0, "fast letters with no line end are released as typing");
	input_clear(&in);
	memset(&f, 0, sizeof f);
	ms += 1000;
	feed(&in, &f, "cafe12x", &ms, 3);
	drain(&in, &f, ms + 100, NULL);
	CHECK(f.chars == 7 && !strcmp(in.line, "cafe12x"), "a letter past F releases the held ones before itself");
}

void suite_input(void)
{
	struct input in;
	struct fed f;
	long long ms = 10000;

	input_init(&in);
	memset(&f, 0, sizeof f);
	feed(&in, &f, "5872371290\r\n", &ms, 2);
	CHECK(f.scans == 1 && !strcmp(f.last_scan, "5872371290") && f.enters == 0,
	      "a scanner burst ending in CR LF is one scan, the LF swallowed");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "5872371290\t", &ms, 2);
	CHECK(f.scans == 1, "a Tab ends a scan too");

	memset(&f, 0, sizeof f);
	ms += 5000;
	feed(&in, &f, "5872371290\r", &ms, 700);
	CHECK(f.scans == 1 && f.chars == 10, "slow typing and Enter is one scan, each digit seen");

	memset(&f, 0, sizeof f);
	ms += 5000;
	feed(&in, &f, "\r", &ms, 10);
	CHECK(f.enters == 1 && f.scans == 0, "Enter on an empty line is a key, not a scan");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "12\r", &ms, 10);
	struct event ev;
	CHECK(last(&in, true, KEY_DOWN, ms, &ev) && ev.key == KEY_DOWN, "an arrow is a key");
	feed(&in, &f, "\r", &ms, 10);
	CHECK(f.enters == 1, "an Enter after another key is a real Enter, however soon");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "\x03\x1a\x1c", &ms, 10);
	CHECK(f.scans + f.enters + f.chars + f.keys == 0 && in.len == 0,
	      "Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "12x", &ms, 10);
	last(&in, true, KEY_BACKSPACE, ms, &ev);
	CHECK(ev.kind == EV_KEY && ev.key == UI_KEY_BACKSPACE && !strcmp(ev.text, "12"),
	      "Backspace takes back one character");
	ms += 100;
	input_feed(&in, false, 0x1B, 0, ms);
	CHECK(!input_next(&in, &ev) && input_wait_ms(&in, ms) > 0, "an Esc waits to see if a sequence follows");
	ms += 100;
	CHECK(input_poll(&in, 0, ms) && input_next(&in, &ev) && ev.key == UI_KEY_ESC && in.len == 0,
	      "a lone Esc is Esc, and forgets the line");
	last(&in, false, 0x10D, ms, &ev); /* č */
	CHECK(ev.kind == EV_CHAR && !strcmp(ev.text, "č"), "letters with diacritics are typed whole");
	last(&in, true, KEY_BACKSPACE, ms, &ev);
	CHECK(!strcmp(ev.text, "") , "and taken back whole");

	suite_input_burst();
	suite_input_hex();
}
