/* UTF-8 text measured the way a terminal shows it: columns, not bytes.
 * Nothing here splits a code point. Needs a UTF-8 LC_CTYPE (i18n_init). */
#ifndef ROTA_UTIL_TEXT_H
#define ROTA_UTIL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[*i] and advances *i; a malformed byte gives
 * U+FFFD and advances one byte. Returns 0 at the end of the string. */
uint32_t text_decode(const char *s, size_t *i);
/* Returns true for text a screen may show: at most max_bytes bytes, well
 * formed UTF-8 (no U+FFFD either, the mark of a broken one), no C0, DEL or
 * C1 control, and not empty or all spaces unless may_be_empty. NULL is
 * never printable. */
bool text_is_printable(const char *s, size_t max_bytes, bool may_be_empty);
/* Writes cp as UTF-8 into out; returns the number of bytes (1 to 4). */
size_t text_encode(uint32_t cp, char out[4]);
/* Returns the display width of one code point (0 for combining marks). */
int text_cp_width(uint32_t cp);
/* Returns how many terminal columns s takes. */
int text_width(const char *s);
/* Returns how many bytes of s fit in cols columns, whole code points only;
 * *used (may be NULL) receives the columns they take. */
size_t text_fit(const char *s, int cols, int *used);
/* Copies src into dst (size n, n > 0) without splitting a code point. */
void text_copy(char *dst, size_t n, const char *src);
/* Writes s into out (n bytes) cut to, then padded with spaces to, exactly
 * cols display columns (what printf's %-Ns does for bytes); returns out. */
char *text_pad(char *out, size_t n, const char *s, int cols);

#endif
