/* The sentence a refusal is worded in, for the one who reads it: a mentor
 * at a form (the field's label, the reader's date format) or a coordinator
 * at a shell (the option's name, ISO dates, as typed). One table holds both
 * readers' sentences side by side, so a rule is worded once per reader and
 * the two stay together. Writes words only: it reads no records and draws
 * nothing. */
#ifndef ROTA_OUT_REFUSAL_WORDS_H
#define ROTA_OUT_REFUSAL_WORDS_H

#include <stddef.h>

#include "util/refusal.h"

enum refusal_reader {
	REFUSAL_AT_FORM,   /* a mentor at one of the kiosk's forms */
	REFUSAL_AT_SHELL,  /* a coordinator at a shell, who typed options */
};

/* Writes into out (n bytes) the sentence that says which field broke which
 * rule and with what values, in the current language, for reader: a rule's
 * own sentence when the table has one for r's code and field, else the
 * field's name before the code's sentence ("Reason: ..."), else the code's
 * sentence alone (a refusal that names no field). Returns out. */
const char *refusal_words(const struct refusal *r, enum refusal_reader reader, char *out, size_t n);

#endif
