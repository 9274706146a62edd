/* Badge payloads: what a QR badge carries. Digits only (a scanner types
 * digits the same on every keyboard layout), a fixed length that no product
 * barcode has (EAN-8/13, UPC-A and GTIN-14 are 8, 12, 13 and 14 digits), and
 * a Damm check digit that catches every single wrong digit and every swap of
 * two neighbours. The digits are random and never derived from a person. */
#ifndef ROTA_CORE_BADGE_H
#define ROTA_CORE_BADGE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/person.h"
#include "util/text.h"

#define BADGE_DIGITS 10          /* payload length, check digit included */
#define BADGE_RANDOM_DIGITS (BADGE_DIGITS - 1)

enum badge_check {
	BADGE_OK,
	BADGE_EMPTY,
	BADGE_NOT_DIGITS,
	BADGE_WRONG_LENGTH,
	BADGE_BAD_CHECK_DIGIT,
};

/* Returns the Damm check digit ('0'..'9') of n ASCII digits. */
char badge_damm_digit(const char *digits, size_t n);
/* Says whether s is a well-formed payload (and if not, why). */
enum badge_check badge_payload_check(const char *s);
/* Fills payload (BADGE_DIGITS + 1 bytes) from BADGE_RANDOM_DIGITS values in
 * 0..9 followed by their check digit, NUL-terminated. */
void badge_payload_make(const unsigned char random_digits[BADGE_RANDOM_DIGITS],
                        char payload[BADGE_DIGITS + 1]);
/* Writes payload in groups people can type: "12345 67890" (out >= 16 bytes). */
void badge_payload_grouped(const char *payload, char *out, size_t n);

/* A card number as a reader or a person types it: rota's own payload, or
 * the number of a card the workshop already has (an RFID fob's EM4100
 * number, a MIFARE UID) that a keyboard-wedge reader types. One form is
 * kept for each: spaces, dashes and colons between the characters are
 * dropped ("1234 5678 90", "04:A2:1B:C3"), letters a-f become A-F, and
 * what is left must be 6 to 20 characters of 0-9 and A-F. Decimal and hex
 * are not told apart: a reader types one form of a card every time, and
 * that form is the card's number (leading zeros kept). A decimal number
 * of rota's length with a valid check digit is rota's own payload. */
#define BADGE_NUMBER_MIN 6
#define BADGE_NUMBER_MAX 20

enum badge_number {
	BADGE_NUMBER_OK,
	BADGE_NUMBER_EMPTY,
	BADGE_NUMBER_BAD_CHAR,     /* not 0-9, A-F, a-f or a separator */
	BADGE_NUMBER_BAD_LENGTH,   /* fewer than 6 or more than 20 once separators are gone */
};

/* Writes the kept form of the card number typed as s into out
 * (BADGE_NUMBER_MAX + 1 bytes); out is "" unless BADGE_NUMBER_OK. */
enum badge_number badge_number_normalise(const char *s, char out[BADGE_NUMBER_MAX + 1]);

/* A badge as recorded: the random seed its payload is made from with the
 * key file, never the payload itself; revoked badges stay. An enrolled
 * card (is_card) has no seed: only the keyed hash of its number is kept,
 * so its number cannot be shown again. */
#define BADGE_HASH_BYTES 32
#define BADGE_SEED_BYTES 16

struct badge {
	long long id;
	long long person_id;
	bool is_card;            /* an enrolled card: no seed, no payload to make */
	unsigned char seed[BADGE_SEED_BYTES];
	time_t issued_at;
	long long issued_by;     /* 0 when nobody was named */
	time_t revoked_at;       /* 0 while active */
	long long revoked_by;
	char reason[TEXT_BYTES(TEXT_REASON_CHARS)];
};

struct badge_owner {
	long long badge_id;
	bool is_revoked;
	struct person person;
};

typedef void (*badge_fn)(const struct badge *b, void *ctx);

#endif
