/* The sentence a refusal is worded in, for the one who reads it: a
 * participant at the door (the code's calm sentence), a mentor at the kiosk
 * (the field's label, the reader's date format; "ask a coordinator" where a
 * participant reads "ask a mentor") or a coordinator at a shell (the
 * option's name, ISO dates, as typed). One table holds the readers'
 * sentences side by side, so a rule is worded once per reader and they stay
 * together. Writes words only: it reads no records and draws nothing. */
#ifndef ROTA_OUT_REFUSAL_WORDS_H
#define ROTA_OUT_REFUSAL_WORDS_H

#include <stddef.h>

#include "util/refusal.h"

enum refusal_reader {
	REFUSAL_FOR_DOOR,    /* a participant at the door */
	REFUSAL_FOR_MENTOR,  /* a mentor at the kiosk, at a form or signing in */
	REFUSAL_FOR_SHELL,   /* a coordinator at a shell, who typed options */
};

/* Writes into out (n bytes) the sentence that says which field broke which
 * rule and with what values, in the current language, for reader: a rule's
 * own sentence when the table has one for r's code and field, else the
 * field's name before the code's sentence ("Reason: ..."), else the code's
 * sentence alone (a refusal that names no field). Returns out. */
const char *refusal_words(const struct refusal *r, enum refusal_reader reader, char *out, size_t n);
/* Returns the sentence for code alone (no field, no values) for reader, in
 * the current language: the reader's own where the table has one, else
 * the code's sentence (err_message), which is the door's. */
const char *refusal_code_words(enum rota_err code, enum refusal_reader reader);

#endif
