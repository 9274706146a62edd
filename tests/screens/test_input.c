/* The key decoder: scanner bursts, slow typing, line ends, control keys. */
#include <curses.h>
#include <string.h>

#include "tests/harness.h"
#include "tests/screens/suites.h"
#include "ui/input.h"

struct fed {
	int scans, enters, chars, keys;
	char last_scan[EVENT_TEXT_MAX];
};

static void feed(struct input *in, struct fed *f, const char *keys, long long *ms, int step)
{
	for (const char *p = keys; *p; p++) {
		struct event ev;
		if (input_feed(in, false, (unsigned char)*p, 0, *ms, &ev)) {
			if (ev.kind == EV_SCAN) {
				f->scans++;
				strcpy(f->last_scan, ev.text);
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
	struct event key_ev;
	input_feed(&in, true, KEY_DOWN, 0, ms, &key_ev);
	feed(&in, &f, "\r", &ms, 10);
	CHECK(f.enters == 1, "an Enter after another key is a real Enter, however soon");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "\x03\x1a\x1c", &ms, 10);
	CHECK(f.scans + f.enters + f.chars + f.keys == 0 && in.len == 0,
	      "Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing");

	memset(&f, 0, sizeof f);
	feed(&in, &f, "12x", &ms, 10);
	struct event ev;
	input_feed(&in, true, KEY_BACKSPACE, 0, ms, &ev);
	CHECK(ev.kind == EV_KEY && ev.key == UI_KEY_BACKSPACE && !strcmp(ev.text, "12"),
	      "Backspace takes back one character");
	input_feed(&in, false, 0x1B, 0, ms, &ev);
	CHECK(ev.key == UI_KEY_ESC && in.len == 0, "Esc forgets the line");
	input_feed(&in, false, 0x10D, 0, ms, &ev); /* č */
	CHECK(ev.kind == EV_CHAR && !strcmp(ev.text, "č"), "letters with diacritics are typed whole");
	input_feed(&in, true, KEY_BACKSPACE, 0, ms, &ev);
	CHECK(!strcmp(ev.text, "") , "and taken back whole");
}
