/* The text gate, the escape of stored text, UTF-8 decoding and display
 * width. No I/O, no locale but wcwidth's. */
#include "util/text.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "util/alloc.h"

/* Decodes the code point at p into *cp; returns its length in bytes, or 0
 * when p holds no well-formed one (an overlong form, a surrogate, a code
 * point past Unicode, a stray or cut-short byte) or is the end. */
static size_t decode_one(const unsigned char *p, uint32_t *cp)
{
	size_t len;
	if (p[0] < 0x80) {
		*cp = p[0];
		return p[0] ? 1 : 0;
	}
	if ((p[0] & 0xE0) == 0xC0) {
		*cp = p[0] & 0x1F;
		len = 2;
	} else if ((p[0] & 0xF0) == 0xE0) {
		*cp = p[0] & 0x0F;
		len = 3;
	} else if ((p[0] & 0xF8) == 0xF0) {
		*cp = p[0] & 0x07;
		len = 4;
	} else {
		return 0;
	}
	for (size_t k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[k] & 0x3F);
	}
	/* An overlong form ("c0 af" for '/'), a surrogate or a code point past
	 * Unicode is malformed too: it would slip past a check of the short
	 * form and mean something else to the next reader. */
	static const uint32_t least[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (*cp < least[len] || (*cp >= 0xD800 && *cp <= 0xDFFF) || *cp > 0x10FFFF)
		return 0;
	return len;
}

uint32_t text_decode(const char *s, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	uint32_t cp;
	if (p[0] == 0)
		return 0;
	size_t len = decode_one(p, &cp);
	if (len == 0) {
		(*i)++;
		return 0xFFFD;
	}
	*i += len;
	return cp;
}

static bool cp_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

static bool cp_is_bidi(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

static bool cp_is_noncharacter(uint32_t cp)
{
	return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/* Characters that show nothing: spaces of every width, zero-width and
 * format characters, fillers, variation selectors and tags. A text of only
 * these looks empty, so it is refused as blank. */
static bool cp_is_invisible(uint32_t cp)
{
	static const uint32_t ranges[][2] = {
		{ 0x000A, 0x000A }, { 0x0020, 0x0020 }, { 0x00A0, 0x00A0 }, { 0x00AD, 0x00AD },
		{ 0x034F, 0x034F }, { 0x061C, 0x061C }, { 0x115F, 0x1160 }, { 0x1680, 0x1680 },
		{ 0x17B4, 0x17B5 }, { 0x180B, 0x180F }, { 0x2000, 0x200F }, { 0x2028, 0x202F },
		{ 0x205F, 0x206F }, { 0x2800, 0x2800 }, { 0x3000, 0x3000 }, { 0x3164, 0x3164 },
		{ 0xFE00, 0xFE0F }, { 0xFEFF, 0xFEFF }, { 0xFFA0, 0xFFA0 }, { 0x1D173, 0x1D17A },
		{ 0xE0000, 0xE0FFF },
	};
	for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++)
		if (cp >= ranges[k][0] && cp <= ranges[k][1])
			return true;
	return false;
}

bool text_cp_is_unsafe(uint32_t cp)
{
	return cp_is_control(cp) || cp_is_bidi(cp) || cp_is_noncharacter(cp);
}

enum text_verdict text_check(const char *s, enum text_kind kind, size_t max_chars)
{
	if (!s)
		return TEXT_BLANK;
	const unsigned char *p = (const unsigned char *)s;
	bool has_control = false, has_bidi = false, has_visible = false;
	size_t chars = 0;
	while (*p) {
		uint32_t cp;
		size_t len = decode_one(p, &cp);
		if (len == 0 || cp_is_noncharacter(cp))
			return TEXT_ENCODING;
		p += len;
		chars++;
		if (cp_is_control(cp) && !(cp == '\n' && kind == TEXT_LINES))
			has_control = true;
		has_bidi = has_bidi || cp_is_bidi(cp);
		has_visible = has_visible || !cp_is_invisible(cp);
	}
	if (has_control)
		return TEXT_CONTROL;
	if (has_bidi)
		return TEXT_BIDI;
	if (!has_visible)
		return TEXT_BLANK;
	return chars > max_chars ? TEXT_TOO_LONG : TEXT_OK;
}

enum rota_err text_verdict_err(enum text_verdict v)
{
	switch (v) {
	case TEXT_OK: return ERR_OK;
	case TEXT_ENCODING: return ERR_TEXT_ENCODING;
	case TEXT_CONTROL: return ERR_TEXT_CONTROL;
	case TEXT_BIDI: return ERR_TEXT_BIDI;
	case TEXT_BLANK: return ERR_TEXT_BLANK;
	case TEXT_TOO_LONG: return ERR_TEXT_TOO_LONG;
	}
	return ERR_INVALID;
}

enum rota_err text_check_err(const char *s, enum text_kind kind, size_t max_chars)
{
	return text_verdict_err(text_check(s, kind, max_chars));
}

enum rota_err text_check_optional(const char *s, enum text_kind kind, size_t max_chars)
{
	return !s || !*s ? ERR_OK : text_check_err(s, kind, max_chars);
}

/* Writes the escape of unsafe cp into buf; returns its length. */
static size_t escape_one(uint32_t cp, char buf[11])
{
	if (cp < 0x80)
		return (size_t)snprintf(buf, 11, "\\x%02x", (unsigned)cp);
	if (cp <= 0xFFFF)
		return (size_t)snprintf(buf, 11, "\\u%04x", (unsigned)cp);
	return (size_t)snprintf(buf, 11, "\\U%08x", (unsigned)cp);
}

char *text_escape(char *out, size_t n, const char *s, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = 0;
	while (*p) {
		uint32_t cp;
		char buf[11];
		const char *piece = buf;
		size_t plen = decode_one(p, &cp), take = plen;
		if (plen == 0) {
			piece = "\xEF\xBF\xBD"; /* U+FFFD for a byte that is no character */
			plen = 3;
			take = 1;
		} else if (text_cp_is_unsafe(cp) && !(cp == '\n' && keep_newlines)) {
			plen = escape_one(cp, buf);
		} else {
			piece = (const char *)p;
		}
		if (len + plen >= n)
			break;
		memcpy(out + len, piece, plen);
		len += plen;
		p += take;
	}
	out[len] = '\0';
	return out;
}

char *text_escape_dup(const char *s, bool keep_newlines)
{
	/* The longest escape of one byte: \xHH, 4 bytes. */
	size_t n = 4 * strlen(s) + 1;
	return text_escape(xmalloc(n), n, s, keep_newlines);
}

/* decode_one over at most len bytes (a text read with its length need not
 * end in a NUL just after them). */
static size_t decode_bounded(const unsigned char *p, size_t len, uint32_t *cp)
{
	unsigned char buf[5] = { 0 };
	memcpy(buf, p, len < 4 ? len : 4);
	return decode_one(buf, cp);
}

bool text_is_whole(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = decode_bounded(p + i, len - i, &cp);
		if (k == 0)
			return false;
		i += k;
	}
	return true;
}

char *text_repair(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(3 * len + 1);
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = decode_bounded(p + i, len - i, &cp);
		if (k == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		} else {
			memcpy(out + o, p + i, k);
			o += k;
			i += k;
		}
	}
	out[o] = '\0';
	return out;
}

bool text_needs_escape(const char *s, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		uint32_t cp;
		size_t len = decode_one(p, &cp);
		if (len == 0 || (text_cp_is_unsafe(cp) && !(cp == '\n' && keep_newlines)))
			return true;
		p += len;
	}
	return false;
}

size_t text_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int text_cp_width(uint32_t cp)
{
	if (text_cp_is_unsafe(cp)) {
		char buf[11];
		return (int)escape_one(cp, buf);
	}
	int w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1;
	return w;
}

int text_width(const char *s)
{
	int w = 0;
	size_t i = 0;
	uint32_t cp;
	while ((cp = text_decode(s, &i)) != 0)
		w += text_cp_width(cp);
	return w;
}

size_t text_fit(const char *s, int cols, int *used)
{
	size_t i = 0, fit = 0;
	int w = 0;
	uint32_t cp;
	while ((cp = text_decode(s, &i)) != 0) {
		int cw = text_cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		fit = i;
	}
	if (used)
		*used = w;
	return fit;
}

void text_copy(char *dst, size_t n, const char *src)
{
	size_t i = 0, keep = 0;
	while (src[i]) {
		size_t j = i;
		text_decode(src, &j);
		if (j >= n)
			break;
		keep = i = j;
	}
	memcpy(dst, src, keep);
	dst[keep] = '\0';
}

char *text_pad(char *out, size_t n, const char *s, int cols)
{
	int used;
	size_t fit = text_fit(s, cols, &used);
	if (fit >= n)
		fit = text_fit(s, 0, &used); /* no room: nothing of s */
	memcpy(out, s, fit);
	size_t len = fit;
	while (used < cols && len + 1 < n) {
		out[len++] = ' ';
		used++;
	}
	out[len] = '\0';
	return out;
}
