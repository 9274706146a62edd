/* Turns raw keys into events. A USB scanner types its payload fast and ends
 * it with CR, LF, CR LF or Tab; a person types slowly and presses Enter.
 * Both give one EV_SCAN with the line. The LF of a CR LF (an empty line end
 * right after a line end, with no key between) is swallowed. Ctrl-C, Ctrl-Z, Ctrl-\ and other
 * control characters do nothing at all. */
#ifndef ROTA_UI_INPUT_H
#define ROTA_UI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/event.h"

#define INPUT_SWALLOW_MS 300 /* an empty line end this soon after a line is its tail */

struct input {
	char line[EVENT_TEXT_MAX];
	size_t len;
	long long last_end_ms;   /* when the last line ended; -1 for never */
};

/* Starts with an empty line. */
void input_init(struct input *in);
/* Forgets the line typed so far (the screen changed). */
void input_clear(struct input *in);
/* Forgets the line typed so far after a pause, and fills *ev with the
 * UI_KEY_CLEAR that tells the screen its typed text is now empty. */
void input_forget(struct input *in, time_t now, long long mono_ms, struct event *ev);
/* Feeds one key as wget_wch returned it (is_key: KEY_CODE_YES). Returns
 * true and fills *ev when the key makes an event. */
bool input_feed(struct input *in, bool is_key, uint32_t code, time_t now, long long mono_ms,
                struct event *ev);

#endif
