/* The key decoder. Curses-aware only for key codes; it never reads input. */
#include "ui/input.h"

#include <curses.h>
#include <string.h>

#include "util/text.h"

void input_init(struct input *in)
{
	memset(in, 0, sizeof *in);
	in->last_end_ms = -1;
}

void input_clear(struct input *in)
{
	in->len = 0;
	in->line[0] = '\0';
}

static void start(struct event *ev, enum event_kind kind, const struct input *in, time_t now,
                  long long mono_ms)
{
	memset(ev, 0, sizeof *ev);
	ev->kind = kind;
	ev->now = now;
	ev->mono_ms = mono_ms;
	memcpy(ev->text, in->line, in->len + 1);
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

static void drop_last(struct input *in)
{
	while (in->len > 0) {
		in->len--;
		if (((unsigned char)in->line[in->len] & 0xC0) != 0x80)
			break;
	}
	in->line[in->len] = '\0';
}

static bool line_end(struct input *in, bool is_tab, time_t now, long long mono_ms, struct event *ev)
{
	if (in->len > 0) {
		start(ev, EV_SCAN, in, now, mono_ms);
		ev->key = is_tab ? UI_KEY_TAB : UI_KEY_ENTER; /* which key ended it, for forms */
		input_clear(in);
		in->last_end_ms = mono_ms;
		return true;
	}
	if (in->last_end_ms >= 0 && mono_ms - in->last_end_ms < INPUT_SWALLOW_MS) {
		in->last_end_ms = -1; /* only the one tail */
		return false;
	}
	start(ev, EV_KEY, in, now, mono_ms);
	ev->key = is_tab ? UI_KEY_TAB : UI_KEY_ENTER;
	return true;
}

void input_forget(struct input *in, time_t now, long long mono_ms, struct event *ev)
{
	input_clear(in);
	start(ev, EV_KEY, in, now, mono_ms);
	ev->key = UI_KEY_CLEAR;
}

bool input_feed(struct input *in, bool is_key, uint32_t code, time_t now, long long mono_ms,
                struct event *ev)
{
	bool is_line_end = is_key ? code == KEY_ENTER : (code == '\r' || code == '\n' || code == '\t');
	if (!is_line_end)
		in->last_end_ms = -1; /* a key between two line ends: the second is no CR LF tail */
	if (is_key) {
		switch (code) {
		case KEY_ENTER:
			return line_end(in, false, now, mono_ms, ev);
		case KEY_BACKSPACE:
			drop_last(in);
			start(ev, EV_KEY, in, now, mono_ms);
			ev->key = UI_KEY_BACKSPACE;
			return true;
		case KEY_RESIZE:
			start(ev, EV_RESIZE, in, now, mono_ms);
			return true;
		default:
			start(ev, EV_KEY, in, now, mono_ms);
			ev->key = (int)code;
			return true;
		}
	}
	switch (code) {
	case '\r':
	case '\n':
		return line_end(in, false, now, mono_ms, ev);
	case '\t':
		return line_end(in, true, now, mono_ms, ev);
	case 0x1B:
		input_clear(in);
		start(ev, EV_KEY, in, now, mono_ms);
		ev->key = UI_KEY_ESC;
		return true;
	case 0x7F:
	case 0x08:
		drop_last(in);
		start(ev, EV_KEY, in, now, mono_ms);
		ev->key = UI_KEY_BACKSPACE;
		return true;
	default:
		break;
	}
	if (code < 0x20 || (code >= 0x80 && code < 0xA0))
		return false; /* Ctrl-C, Ctrl-Z, Ctrl-\ and friends: nothing */
	append(in, code);
	start(ev, EV_CHAR, in, now, mono_ms);
	ev->ch = code;
	return true;
}
