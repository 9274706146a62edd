/* UTF-8 decoding and display width. */
#include "util/text.h"

#include <string.h>
#include <wchar.h>

uint32_t text_decode(const char *s, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	uint32_t cp;
	int len;

	if (p[0] == 0)
		return 0;
	if (p[0] < 0x80) {
		(*i)++;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0) {
		cp = p[0] & 0x1F;
		len = 2;
	} else if ((p[0] & 0xF0) == 0xE0) {
		cp = p[0] & 0x0F;
		len = 3;
	} else if ((p[0] & 0xF8) == 0xF0) {
		cp = p[0] & 0x07;
		len = 4;
	} else {
		(*i)++;
		return 0xFFFD;
	}
	for (int k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80) {
			(*i)++;
			return 0xFFFD;
		}
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	/* An overlong form ("c0 af" for '/'), a surrogate or a code point past
	 * Unicode is malformed too: it would slip past a check of the short
	 * form and mean something else to the next reader. */
	static const uint32_t least[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (cp < least[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
		(*i)++;
		return 0xFFFD;
	}
	*i += (size_t)len;
	return cp;
}

bool text_is_printable(const char *s, size_t max_bytes, bool may_be_empty)
{
	size_t i = 0;
	uint32_t cp;
	bool blank = true;
	if (!s || strlen(s) > max_bytes)
		return false;
	while ((cp = text_decode(s, &i)) != 0) {
		/* C0, DEL and C1 controls: an escape sequence typed into a name or
		 * a reason would reach the terminals that show it. */
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD)
			return false;
		blank = blank && cp == ' ';
	}
	return may_be_empty || !blank;
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
	int w = wcwidth((wchar_t)cp);
	if (w < 0)
		return cp < 0x20 ? 0 : 1;
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
