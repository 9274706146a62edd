/* libFuzzer target for the text gate and the escape of stored text: any
 * bytes go to text_check (both kinds), text_escape (both ways) and the
 * width and fit functions, and the invariants below must hold. A crash or
 * a failed invariant aborts, which libFuzzer reports with the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Checks that s (NUL-terminated) is well-formed UTF-8, decoding it
 * independently of the gate: no overlong form, surrogate or code point
 * past U+10FFFF. */
static int is_utf8(const unsigned char *s)
{
	while (*s) {
		unsigned c = *s;
		size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (len == 0)
			return 0;
		uint32_t cp = len == 1 ? c : c & (0x7F >> len);
		for (size_t k = 1; k < len; k++) {
			if ((s[k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[k] & 0x3F);
		}
		static const uint32_t least[] = { 0, 0, 0x80, 0x800, 0x10000 };
		if (cp < least[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return 0;
		s += len;
	}
	return 1;
}

/* Checks that nothing in s could drive a terminal: no C0 control, DEL or
 * C1 control (an LF only when keep_newlines), no bidi override or isolate. */
static int is_inert(const unsigned char *s, int keep_newlines)
{
	size_t i = 0;
	uint32_t cp;
	while ((cp = text_decode((const char *)s, &i)) != 0) {
		if (cp == '\n' && keep_newlines)
			continue;
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			return 0;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0'; /* text reaches rota as C strings: stop at the first NUL */

	for (int kind = TEXT_LINE; kind <= TEXT_LINES; kind++) {
		enum text_verdict v = text_check(s, (enum text_kind)kind, 100);
		if (v == TEXT_OK && (!is_utf8((const unsigned char *)s) || !is_inert((const unsigned char *)s, kind == TEXT_LINES)))
			abort(); /* the gate let through what it must not */
		if (v == TEXT_OK && text_check(s, (enum text_kind)kind, strlen(s)) != TEXT_OK)
			abort(); /* no more characters than bytes */
		if (text_verdict_err(v) == ERR_OK && v != TEXT_OK)
			abort();
	}

	/* Escaped, with room for the longest escape of every byte. */
	size_t n = size * 4 + 1;
	char *out = malloc(n);
	for (int keep = 0; keep <= 1; keep++) {
		text_escape(out, n, s, keep);
		if (strlen(out) >= n || !is_utf8((const unsigned char *)out) || !is_inert((const unsigned char *)out, keep))
			abort(); /* escaped text is always UTF-8 and inert */
		if (!text_needs_escape(s, keep) && strcmp(out, s) != 0)
			abort(); /* what needs nothing is left as it is */
		if (text_needs_escape(out, keep))
			abort(); /* escaping twice changes nothing more */
		if (!keep && text_width(out) != text_width(s))
			abort(); /* the kiosk measures what it draws */
	}
	/* A short buffer still gets a terminated, whole result. */
	char small[8];
	text_escape(small, sizeof small, s, 0);
	if (strlen(small) >= sizeof small || !is_utf8((const unsigned char *)small))
		abort();
	size_t fit = text_fit(s, 10, NULL);
	if (fit > size)
		abort();
	char pad[64];
	text_pad(pad, sizeof pad, s, 12);
	if (strlen(pad) >= sizeof pad)
		abort();
	free(out);
	free(s);
	return 0;
}
