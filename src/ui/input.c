/* The key decoder. Curses-aware only for key codes; it never reads input and
 * never reads the clock: the scanner is told from a person by the times it
 * is given. */
#include "ui/input.h"

#include <curses.h>
#include <string.h>

#include "util/text.h"

enum { ESC_NONE, ESC_SEEN, ESC_SS3, ESC_CSI }; /* ESC; ESC O; ESC [ */

void input_init(struct input *in)
{
	memset(in, 0, sizeof *in);
	in->last_end_ms = -1;
}

void input_set_card_test(struct input *in, input_card_test test, void *ctx)
{
	in->card_test = test;
	in->card_ctx = ctx;
}

void input_clear(struct input *in)
{
	in->len = 0;
	in->line[0] = '\0';
}

static struct event *push(struct input *in, enum event_kind kind, time_t now, long long mono_ms)
{
	if (in->q_len == INPUT_QUEUE_MAX) /* cannot happen: a feed queues at most a held line and two */
		return NULL;
	struct event *ev = &in->queue[(in->q_head + in->q_len++) % INPUT_QUEUE_MAX];
	memset(ev, 0, sizeof *ev);
	ev->kind = kind;
	ev->now = now;
	ev->mono_ms = mono_ms;
	memcpy(ev->text, in->line, in->len + 1);
	return ev;
}

static void push_key(struct input *in, int key, time_t now, long long mono_ms)
{
	struct event *ev = push(in, EV_KEY, now, mono_ms);
	if (ev)
		ev->key = key;
}

bool input_next(struct input *in, struct event *ev)
{
	if (!in->q_len)
		return false;
	*ev = in->queue[in->q_head];
	in->q_head = (in->q_head + 1) % INPUT_QUEUE_MAX;
	in->q_len--;
	return true;
}

static void append(struct input *in, uint32_t cp)
{
	char buf[4];
	size_t n = text_encode(cp, buf);
	/* An over-long line keeps its start; it will be refused as a card anyway. */
	if (in->len + n < sizeof in->line) {
		memcpy(in->line + in->len, buf, n);
		in->len += n;
		in->line[in->len] = '\0';
	}
}

static void type_char(struct input *in, uint32_t cp, time_t now, long long mono_ms)
{
	append(in, cp);
	struct event *ev = push(in, EV_CHAR, now, mono_ms);
	if (ev)
		ev->ch = cp;
}

static bool is_hex_letter(uint32_t c) { return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Whether what is held, with a line end at mono_ms, is a scanner's burst
 * (the rule at the top of input.h): digits only from INPUT_BURST_MIN on;
 * with letters A-F only when long enough, of one case, and a card by the
 * owner's test. */
static bool held_is_burst(struct input *in, long long mono_ms)
{
	bool has_upper = false, has_lower = false;
	if (mono_ms - in->held_ms > INPUT_BURST_GAP_MS)
		return false;
	for (size_t i = 0; i < in->held_len; i++) {
		has_upper = has_upper || (in->held[i] >= 'A' && in->held[i] <= 'F');
		has_lower = has_lower || (in->held[i] >= 'a' && in->held[i] <= 'f');
	}
	if (!has_upper && !has_lower)
		return in->held_len >= INPUT_BURST_MIN;
	/* Mixed case is a person's word: a reader types one case throughout. */
	if ((has_upper && has_lower) || in->held_len < INPUT_HEX_MIN || !in->card_test)
		return false;
	in->held[in->held_len] = '\0';
	return in->card_test(in->card_ctx, in->held);
}

/* The held digits were typing after all: each becomes a typed character. */
static void release_held(struct input *in, time_t now, long long mono_ms)
{
	for (size_t i = 0; i < in->held_len; i++)
		type_char(in, (unsigned char)in->held[i], now, mono_ms);
	in->held_len = 0;
}

static void release_esc(struct input *in, time_t now, long long mono_ms)
{
	if (in->esc == ESC_SEEN) {
		release_held(in, now, mono_ms);
		input_clear(in);
		push_key(in, UI_KEY_ESC, now, mono_ms);
	}
	in->esc = ESC_NONE; /* a sequence cut short is dropped */
}

static void drop_last(struct input *in)
{
	while (in->len > 0) {
		in->len--;
		if (((unsigned char)in->line[in->len] & 0xC0) != 0x80)
			break;
	}
	in->line[in->len] = '\0';
}

static void line_end(struct input *in, bool is_tab, time_t now, long long mono_ms)
{
	int key = is_tab ? UI_KEY_TAB : UI_KEY_ENTER; /* which key ended it, for forms */
	if (held_is_burst(in, mono_ms)) {
		struct event *ev = push(in, EV_SCAN, now, mono_ms);
		if (ev) {
			memcpy(ev->text, in->held, in->held_len);
			ev->text[in->held_len] = '\0';
			ev->key = key;
			ev->is_burst = true;
		}
		in->held_len = 0;
		in->last_end_ms = mono_ms;
		return;
	}
	release_held(in, now, mono_ms);
	/* The tail of a CR LF: no key came between the two line ends. Checked
	 * before the typed line, which a burst leaves as it was. */
	if (in->last_end_ms >= 0 && mono_ms - in->last_end_ms < INPUT_SWALLOW_MS) {
		in->last_end_ms = -1; /* only the one tail */
		return;
	}
	if (in->len > 0) {
		struct event *ev = push(in, EV_SCAN, now, mono_ms);
		if (ev)
			ev->key = key;
		input_clear(in);
		in->last_end_ms = mono_ms;
		return;
	}
	push_key(in, key, now, mono_ms);
}

void input_forget(struct input *in, time_t now, long long mono_ms, struct event *ev)
{
	input_clear(in);
	memset(ev, 0, sizeof *ev);
	ev->kind = EV_KEY;
	ev->now = now;
	ev->mono_ms = mono_ms;
	ev->key = UI_KEY_CLEAR;
}

bool input_poll(struct input *in, time_t now, long long mono_ms)
{
	if (in->esc != ESC_NONE && mono_ms - in->esc_ms > INPUT_ESC_GAP_MS)
		release_esc(in, now, mono_ms);
	if (in->held_len && mono_ms - in->held_ms > INPUT_HOLD_MS)
		release_held(in, now, mono_ms);
	return in->q_len > 0;
}

int input_wait_ms(const struct input *in, long long mono_ms)
{
	long long due = -1;
	if (in->held_len)
		due = in->held_ms + INPUT_HOLD_MS + 1;
	if (in->esc != ESC_NONE && (due < 0 || in->esc_ms + INPUT_ESC_GAP_MS + 1 < due))
		due = in->esc_ms + INPUT_ESC_GAP_MS + 1;
	if (due < 0)
		return -1;
	return due > mono_ms ? (int)(due - mono_ms) : 0;
}

/* The keypad's keys as curses names them in application mode: the corners
 * and the centre have fixed codes, the others (xterm's extended terminfo
 * capabilities ka2, kb1, kb3, kc2, kpZRO, kp5) codes given at start-up,
 * found by their names. */
static int keypad_digit(uint32_t code)
{
	static const struct { const char *name; char digit; } extended[] = {
		{ "kpZRO", '0' }, { "kc2", '2' }, { "kb1", '4' }, { "kp5", '5' }, { "kb3", '6' }, { "ka2", '8' },
	};
	switch (code) {
	case KEY_A1: return '7';
	case KEY_A3: return '9';
	case KEY_B2: return '5';
	case KEY_C1: return '1';
	case KEY_C3: return '3';
	default: break;
	}
	if (code <= KEY_MAX)
		return 0;
	const char *name = keyname((int)code);
	for (size_t i = 0; name && i < sizeof extended / sizeof extended[0]; i++)
		if (!strcmp(name, extended[i].name))
			return extended[i].digit;
	return 0;
}

/* Inside an escape sequence: returns true when code was taken by it; else
 * code is a plain key again (*code may have become a keypad digit or CR). */
static bool escape_step(struct input *in, bool is_key, uint32_t *code, time_t now,
                        long long mono_ms)
{
	if (is_key || mono_ms - in->esc_ms > INPUT_ESC_GAP_MS) {
		release_esc(in, now, mono_ms);
		return false;
	}
	switch (in->esc) {
	case ESC_SEEN:
		if (*code == 'O' || *code == '[') {
			in->esc = *code == 'O' ? ESC_SS3 : ESC_CSI;
			return true;
		}
		release_esc(in, now, mono_ms); /* Esc, then a key of its own */
		return false;
	case ESC_SS3:
		in->esc = ESC_NONE;
		if (*code >= 'p' && *code <= 'y') { /* ESC O p ... ESC O y: keypad 0 ... 9 */
			*code = '0' + (*code - 'p');
			return false;
		}
		if (*code == 'M') { /* keypad Enter */
			*code = '\r';
			return false;
		}
		return true; /* anything else unknown: dropped */
	default: /* ESC_CSI: parameters and intermediates, then one final byte */
		if (*code < 0x20 || *code > 0x3F)
			in->esc = ESC_NONE;
		return true;
	}
}

bool input_feed(struct input *in, bool is_key, uint32_t code, time_t now, long long mono_ms)
{
	input_poll(in, now, mono_ms);
	if (in->esc != ESC_NONE && escape_step(in, is_key, &code, now, mono_ms))
		return in->q_len > 0;
	int digit = is_key ? keypad_digit(code) : 0;
	if (digit) {
		code = (uint32_t)digit;
		is_key = false;
	}
	if (is_key && code == KEY_ENTER) {
		code = '\r';
		is_key = false;
	}
	bool is_line_end = !is_key && (code == '\r' || code == '\n' || code == '\t');
	if (!is_line_end)
		in->last_end_ms = -1; /* a key between two line ends: the second is no CR LF tail */
	if (!is_key && ((code >= '0' && code <= '9') || is_hex_letter(code))) {
		if (in->held_len && mono_ms - in->held_ms > INPUT_BURST_GAP_MS)
			release_held(in, now, mono_ms); /* too slow for a scanner */
		if (in->held_len + 1 < sizeof in->held)
			in->held[in->held_len++] = (char)code;
		in->held_ms = mono_ms;
		return in->q_len > 0;
	}
	if (is_line_end) {
		line_end(in, code == '\t', now, mono_ms);
		return in->q_len > 0;
	}
	if (!is_key && code == 0x1B) {
		/* A key of its own, or a sequence's start (maybe a keypad digit of
		 * a burst: what is held stays held). */
		in->esc = ESC_SEEN;
		in->esc_ms = mono_ms;
		return in->q_len > 0;
	}
	release_held(in, now, mono_ms); /* any other key: what was held was typed */
	if (is_key) {
		switch (code) {
		case KEY_BACKSPACE:
			drop_last(in);
			push_key(in, UI_KEY_BACKSPACE, now, mono_ms);
			break;
		case KEY_RESIZE:
			push(in, EV_RESIZE, now, mono_ms);
			break;
		default:
			push_key(in, (int)code, now, mono_ms);
			break;
		}
		return in->q_len > 0;
	}
	switch (code) {
	case 0x7F:
	case 0x08:
		drop_last(in);
		push_key(in, UI_KEY_BACKSPACE, now, mono_ms);
		break;
	default:
		if (code < 0x20 || (code >= 0x80 && code < 0xA0))
			break; /* Ctrl-C, Ctrl-Z, Ctrl-\ and friends: nothing */
		type_char(in, code, now, mono_ms);
		break;
	}
	return in->q_len > 0;
}
