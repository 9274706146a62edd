/* Badge payload arithmetic: the Damm algorithm and the payload shape. */
#include "core/badge.h"

static const unsigned char damm[10][10] = {
	{ 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 }, { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
	{ 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 }, { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
	{ 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 }, { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
	{ 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 }, { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
	{ 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 }, { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
};

char badge_damm_digit(const char *digits, size_t n)
{
	unsigned interim = 0;
	for (size_t i = 0; i < n; i++)
		interim = damm[interim][(unsigned)(digits[i] - '0') % 10];
	return (char)('0' + interim);
}

enum badge_check badge_payload_check(const char *s)
{
	size_t n = 0;
	if (!s || !*s)
		return BADGE_EMPTY;
	for (; s[n]; n++)
		if (s[n] < '0' || s[n] > '9')
			return BADGE_NOT_DIGITS;
	if (n != BADGE_DIGITS)
		return BADGE_WRONG_LENGTH;
	/* Damm: the whole string, check digit included, folds to zero. */
	return badge_damm_digit(s, n) == '0' ? BADGE_OK : BADGE_BAD_CHECK_DIGIT;
}

void badge_payload_make(const unsigned char random_digits[BADGE_RANDOM_DIGITS],
                        char payload[BADGE_DIGITS + 1])
{
	for (int i = 0; i < BADGE_RANDOM_DIGITS; i++)
		payload[i] = (char)('0' + random_digits[i] % 10);
	payload[BADGE_RANDOM_DIGITS] = badge_damm_digit(payload, BADGE_RANDOM_DIGITS);
	payload[BADGE_DIGITS] = '\0';
}

void badge_payload_grouped(const char *payload, char *out, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; payload[i] && o + 2 < n; i++) {
		if (i && i % 5 == 0)
			out[o++] = ' ';
		out[o++] = payload[i];
	}
	if (n)
		out[o < n ? o : n - 1] = '\0';
}

enum badge_number badge_number_normalise(const char *s, char out[BADGE_NUMBER_MAX + 1])
{
	size_t n = 0;
	out[0] = '\0';
	if (!s || !*s)
		return BADGE_NUMBER_EMPTY;
	for (; *s; s++) {
		char c = *s;
		if (c == ' ' || c == '-' || c == ':')
			continue;
		if (c >= 'a' && c <= 'f')
			c = (char)(c - 'a' + 'A');
		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
			out[0] = '\0';
			return BADGE_NUMBER_BAD_CHAR;
		}
		if (n == BADGE_NUMBER_MAX) {
			out[0] = '\0';
			return BADGE_NUMBER_BAD_LENGTH;
		}
		out[n++] = c;
	}
	out[n] = '\0';
	if (n == 0)
		return BADGE_NUMBER_EMPTY;
	if (n < BADGE_NUMBER_MIN) {
		out[0] = '\0';
		return BADGE_NUMBER_BAD_LENGTH;
	}
	return BADGE_NUMBER_OK;
}
