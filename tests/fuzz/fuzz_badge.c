/* Fuzz target: the badge payload check (src/core/badge.c), the gate every
 * scanned or typed line passes, the grouping that prints a payload, and
 * the QR symbol made of any text (src/out/qrcode.c, src/core/qr.c).
 * Promises checked: only ten digits with a right Damm check digit pass, a
 * payload made from any nine digits passes, and a symbol fits its matrix
 * and is light outside it; a card number's kept form is 6 to 20 of 0-9 and
 * A-F, stays itself when normalised again, and a payload is its own. */
#include "tests/fuzz/fuzz.h"

#include "core/badge.h"
#include "core/person.h"
#include "core/qr.h"
#include "out/qrcode.h"

static void check_symbol(const char *text)
{
	static struct qr_matrix m;
	if (qrcode_encode(text, &m) != ERR_OK)
		return;
	FUZZ_ASSERT(m.width > 0 && m.width <= QR_MAX_WIDTH, "a symbol wider than its matrix");
	FUZZ_ASSERT(!qr_is_dark(&m, -1, 0) && !qr_is_dark(&m, 0, m.width) && !qr_is_dark(&m, m.width, m.width),
	            "the quiet zone is dark");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_text(data, size);
	char grouped[32];
	if (badge_payload_check(s) == BADGE_OK) {
		FUZZ_ASSERT(strlen(s) == BADGE_DIGITS, "a payload of the wrong length passed");
		for (int i = 0; i < BADGE_DIGITS; i++)
			FUZZ_ASSERT(s[i] >= '0' && s[i] <= '9', "a payload with more than digits passed");
		FUZZ_ASSERT(badge_damm_digit(s, BADGE_RANDOM_DIGITS) == s[BADGE_RANDOM_DIGITS],
		            "a wrong check digit passed");
		badge_payload_grouped(s, grouped, sizeof grouped);
		FUZZ_ASSERT(strlen(grouped) == BADGE_DIGITS + 1, "grouping lost or added digits");
	}
	char number[BADGE_NUMBER_MAX + 1], again[BADGE_NUMBER_MAX + 1];
	if (badge_number_normalise(s, number) == BADGE_NUMBER_OK) {
		size_t n = strlen(number);
		FUZZ_ASSERT(n >= BADGE_NUMBER_MIN && n <= BADGE_NUMBER_MAX, "a card number of the wrong length");
		for (size_t i = 0; i < n; i++)
			FUZZ_ASSERT((number[i] >= '0' && number[i] <= '9') || (number[i] >= 'A' && number[i] <= 'F'),
			            "a card number with more than 0-9 and A-F");
		FUZZ_ASSERT(badge_number_normalise(number, again) == BADGE_NUMBER_OK && !strcmp(again, number),
		            "a kept card number changes when normalised again");
	} else {
		FUZZ_ASSERT(!number[0], "a refused card number left text behind");
		FUZZ_ASSERT(badge_payload_check(s) != BADGE_OK, "a payload is no card number");
	}
	if (badge_payload_check(s) == BADGE_OK)
		FUZZ_ASSERT(!strcmp(number, s), "a payload is not kept as it is");
	(void)person_pin_is_well_formed(s);
	check_symbol(s);
	if (size >= BADGE_RANDOM_DIGITS) {
		unsigned char random[BADGE_RANDOM_DIGITS];
		char payload[BADGE_DIGITS + 1];
		for (int i = 0; i < BADGE_RANDOM_DIGITS; i++)
			random[i] = data[i] % 10;
		badge_payload_make(random, payload);
		FUZZ_ASSERT(badge_payload_check(payload) == BADGE_OK, "a made payload does not pass");
	}
	free(s);
	return 0;
}
