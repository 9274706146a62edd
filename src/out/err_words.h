/* The calm sentence each error code says to the person at the door (and,
 * where out/refusal_words.h has none of its own, to a mentor or a shell):
 * a translatable table, one entry per code of util/err.h. */
#ifndef ROTA_OUT_ERR_WORDS_H
#define ROTA_OUT_ERR_WORDS_H

#include <stdbool.h>

#include "util/err.h"

/* Returns the translated sentence for e, in the current language (a code
 * without one, or out of range: ERR_INVALID's). */
const char *err_message(enum rota_err e);
/* Returns true when e has a sentence of its own in the table. */
bool err_has_words(enum rota_err e);

#endif
