/* Fuzz target: the keyboard decoder (src/ui/input.c), which turns keys and
 * scanner bursts into events. Each 4 bytes of input are one step: a flag
 * byte (bit 7: a curses key code, bit 6: a pause, bit 5: clear the typed
 * line, low bits: ms since the last key) and a 24-bit code. Promises
 * checked: every event's text is terminated, a burst scan holds only
 * digits, or hex digits of one case that the card test took (it takes
 * those of even length), and the queue never overflows. */
#include "tests/fuzz/fuzz.h"

#include "ui/input.h"

/* The card test: a card when its length is even; counts what it took. */
static bool even_card(void *ctx, const char *text)
{
	bool is_card = strlen(text) % 2 == 0;
	*(int *)ctx += is_card;
	return is_card;
}

static void drain(struct input *in, int *taken)
{
	struct event ev;
	while (input_next(in, &ev)) {
		FUZZ_ASSERT(memchr(ev.text, '\0', sizeof ev.text) != NULL, "an event's text is not terminated");
		if (ev.kind == EV_SCAN && ev.is_burst) {
			bool upper = false, lower = false;
			FUZZ_ASSERT(ev.text[0] != '\0', "an empty burst");
			for (const char *c = ev.text; *c; c++) {
				upper = upper || (*c >= 'A' && *c <= 'F');
				lower = lower || (*c >= 'a' && *c <= 'f');
				FUZZ_ASSERT((*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'F') || (*c >= 'a' && *c <= 'f'),
				            "a burst holds more than hex digits");
			}
			if (upper || lower) {
				FUZZ_ASSERT(!(upper && lower), "a burst of mixed case");
				FUZZ_ASSERT(strlen(ev.text) >= INPUT_HEX_MIN && strlen(ev.text) % 2 == 0 && *taken > 0,
				            "a burst with letters the card test did not take");
				(*taken)--;
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in;
	int taken = 0;
	long long ms = 1000;
	time_t now = 1800000000;
	input_init(&in);
	input_set_card_test(&in, even_card, &taken);
	for (size_t i = 0; i + 4 <= size; i += 4) {
		uint8_t flags = data[i];
		uint32_t code = (uint32_t)data[i + 1] | (uint32_t)data[i + 2] << 8 | (uint32_t)data[i + 3] << 16;
		ms += flags & 0x1f;
		if (flags & 0x40) {
			ms += 100 * (flags & 0x1f);
			input_poll(&in, now, ms);
			FUZZ_ASSERT(input_wait_ms(&in, ms) >= -1, "a wait below -1");
		}
		if (flags & 0x20) {
			struct event ev;
			if (code & 1)
				input_clear(&in);
			else
				input_forget(&in, now, ms, &ev);
		}
		input_feed(&in, (flags & 0x80) != 0, code, now, ms);
		if (code % 7 == 0)
			drain(&in, &taken); /* sometimes the loop is slow to take them */
	}
	input_poll(&in, now, ms + 10000);
	drain(&in, &taken);
	return 0;
}
