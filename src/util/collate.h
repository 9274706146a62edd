/* Name order for Slovenian and Croatian: c < č < ć < d < đ, s < š, z < ž,
 * case-insensitive first, other accents sorted with their base letter. The
 * same everywhere, whatever locales the machine has. */
#ifndef ROTA_UTIL_COLLATE_H
#define ROTA_UTIL_COLLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Compares a (alen bytes) with b (blen bytes); <0, 0, >0 like strcmp. Equal
 * only for identical bytes, so it is a total order. */
int collate_sl(const char *a, size_t alen, const char *b, size_t blen);
/* Returns the lower-case ASCII letter a code point is written with ('č' and
 * 'Č' give 'c'), or the code point itself when it is no Latin letter. */
uint32_t collate_base_letter(uint32_t cp);
/* Returns true when name starts with prefix, ignoring case and accents
 * ("c" finds "Čedo"). */
bool collate_has_prefix(const char *name, const char *prefix);

#endif
