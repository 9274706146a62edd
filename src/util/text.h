/* UTF-8 text: the one gate for what text may enter rota (text_check), the
 * one way stored text is shown safely (text_escape), and text measured the
 * way a terminal shows it: columns, not bytes. Nothing here splits a code
 * point. Widths need a UTF-8 LC_CTYPE (i18n_init); the gate and the escape
 * do not depend on the locale. */
#ifndef ROTA_UTIL_TEXT_H
#define ROTA_UTIL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

/* The bytes a buffer needs for chars characters of any kind, NUL included. */
#define TEXT_BYTES(chars) ((chars) * 4 + 1)

/* The most characters (not bytes) each kind of text may have. */
#define TEXT_NAME_CHARS 100      /* a person, a group, a process, the workshop */
#define TEXT_REASON_CHARS 200    /* why: a correction, a closure, a revoked card, an absence note */
#define TEXT_NOTE_CHARS 1000     /* a mentor's note, a goal, the participant's own words */
#define TEXT_TERMINAL_CHARS 40   /* how a terminal is named in the records */

/* What a text is for, which decides whether it may keep line breaks. */
enum text_kind {
	TEXT_LINE,   /* one line: a name, a reason, a terminal, a setting */
	TEXT_LINES,  /* may keep newlines (LF only): a note, the participant's words */
};

/* What the gate found: TEXT_OK, or the first rule the text breaks. */
enum text_verdict {
	TEXT_OK,
	TEXT_ENCODING,  /* not UTF-8: a broken or overlong sequence, a surrogate,
	                 * past U+10FFFF, or a noncharacter */
	TEXT_CONTROL,   /* a C0 control, DEL or a C1 control (LF allowed in TEXT_LINES) */
	TEXT_BIDI,      /* a direction override or isolate (U+202A-202E, U+2066-2069) */
	TEXT_BLANK,     /* empty, or only invisible characters (spaces, zero-width ...) */
	TEXT_TOO_LONG,  /* more than max_chars characters (code points) */
};

/* The one gate for text that enters rota: returns TEXT_OK when s is valid
 * UTF-8 with no noncharacter, no control (a TEXT_LINES text may keep LF),
 * no bidi override or isolate, at least one visible character, and at most
 * max_chars characters; else the first rule broken, in the order of enum
 * text_verdict (NULL is TEXT_BLANK). Reads s only. */
enum text_verdict text_check(const char *s, enum text_kind kind, size_t max_chars);
/* Returns the error whose calm sentence names the rule v breaks (ERR_OK for
 * TEXT_OK). */
enum rota_err text_verdict_err(enum text_verdict v);
/* text_check for a text that may be left out: NULL and "" are ERR_OK, else
 * text_verdict_err of the verdict. */
enum rota_err text_check_optional(const char *s, enum text_kind kind, size_t max_chars);
/* text_verdict_err(text_check(s, kind, max_chars)). */
enum rota_err text_check_err(const char *s, enum text_kind kind, size_t max_chars);
/* Returns true when cp is shown escaped by text_escape: a C0 control, DEL,
 * a C1 control, a bidi override or isolate, or a noncharacter. */
bool text_cp_is_unsafe(uint32_t cp);
/* Writes s into out (n bytes, n > 0, always terminated, cut between whole
 * escapes) with every unsafe code point (text_cp_is_unsafe) written as a
 * visible escape: \xHH below U+0080 (ESC is \x1b), \uHHHH up to U+FFFF,
 * \UHHHHHHHH above, in lower-case hex; a malformed byte becomes U+FFFD.
 * With keep_newlines an LF stays as it is. Returns out. What a terminal
 * shows of the result is text_width(s) columns (LFs aside). */
char *text_escape(char *out, size_t n, const char *s, bool keep_newlines);
/* text_escape into a new string with room for all of s; the caller frees
 * it. What every document hands to its text layout: a stored text that an
 * older rota or a hand edit left broken is drawn, never refused. */
char *text_escape_dup(const char *s, bool keep_newlines);
/* Returns true when the len bytes at s are well-formed UTF-8 with no NUL
 * among them: what text_repair would return unchanged. */
bool text_is_whole(const char *s, size_t len);
/* Returns a new string (the caller frees it) of the len bytes at s, which
 * may hold NULs, made well-formed: each NUL and each byte that is no
 * character (as text_escape sees them) becomes U+FFFD, everything else is
 * kept byte for byte, so a NUL no longer cuts the text short and no
 * reader is handed broken UTF-8. At most 3 * len + 1 bytes. */
char *text_repair(const char *s, size_t len);
/* Returns true when s needs text_escape (has an unsafe code point, a
 * malformed byte, or an LF unless keep_newlines). */
bool text_needs_escape(const char *s, bool keep_newlines);
/* Decodes one code point at s[*i] and advances *i; a malformed byte gives
 * U+FFFD and advances one byte. Returns 0 at the end of the string. */
uint32_t text_decode(const char *s, size_t *i);
/* Writes cp as UTF-8 into out; returns the number of bytes (1 to 4). */
size_t text_encode(uint32_t cp, char out[4]);
/* Returns the display width of one code point (0 for combining marks); an
 * unsafe one (text_cp_is_unsafe) counts as wide as its escape. */
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
