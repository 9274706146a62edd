/* The Slovenian/Croatian collation behind name lists. */
#include "util/collate.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/text.h"

struct fold {
	uint32_t cp;
	char base;
	int rank; /* 0 for the base letter, 1..n for letters after it */
};

/* Letters with their own place in the alphabet, then plain accents. */
static const struct fold folds[] = {
	{ 0x10D, 'c', 1 }, { 0x10C, 'c', 1 }, /* č Č */
	{ 0x107, 'c', 2 }, { 0x106, 'c', 2 }, /* ć Ć */
	{ 0x111, 'd', 1 }, { 0x110, 'd', 1 }, /* đ Đ */
	{ 0x161, 's', 1 }, { 0x160, 's', 1 }, /* š Š */
	{ 0x17E, 'z', 1 }, { 0x17D, 'z', 1 }, /* ž Ž */
	{ 0xE1, 'a', 0 }, { 0xE0, 'a', 0 }, { 0xE2, 'a', 0 }, { 0xE4, 'a', 0 }, { 0xE3, 'a', 0 },
	{ 0xC1, 'a', 0 }, { 0xC0, 'a', 0 }, { 0xC2, 'a', 0 }, { 0xC4, 'a', 0 }, { 0xC3, 'a', 0 },
	{ 0xE9, 'e', 0 }, { 0xE8, 'e', 0 }, { 0xEA, 'e', 0 }, { 0xEB, 'e', 0 }, { 0x11B, 'e', 0 },
	{ 0xC9, 'e', 0 }, { 0xC8, 'e', 0 }, { 0xCA, 'e', 0 }, { 0xCB, 'e', 0 }, { 0x11A, 'e', 0 },
	{ 0xED, 'i', 0 }, { 0xEC, 'i', 0 }, { 0xEE, 'i', 0 }, { 0xEF, 'i', 0 },
	{ 0xCD, 'i', 0 }, { 0xCC, 'i', 0 }, { 0xCE, 'i', 0 }, { 0xCF, 'i', 0 },
	{ 0xF3, 'o', 0 }, { 0xF2, 'o', 0 }, { 0xF4, 'o', 0 }, { 0xF6, 'o', 0 }, { 0xF5, 'o', 0 },
	{ 0xD3, 'o', 0 }, { 0xD2, 'o', 0 }, { 0xD4, 'o', 0 }, { 0xD6, 'o', 0 }, { 0xD5, 'o', 0 },
	{ 0xFA, 'u', 0 }, { 0xF9, 'u', 0 }, { 0xFB, 'u', 0 }, { 0xFC, 'u', 0 },
	{ 0xDA, 'u', 0 }, { 0xD9, 'u', 0 }, { 0xDB, 'u', 0 }, { 0xDC, 'u', 0 },
	{ 0xF1, 'n', 0 }, { 0xD1, 'n', 0 }, { 0xE7, 'c', 0 }, { 0xC7, 'c', 0 },
	{ 0xFD, 'y', 0 }, { 0xDD, 'y', 0 }, { 0x159, 'r', 0 }, { 0x158, 'r', 0 },
};

static const struct fold *fold_of(uint32_t cp)
{
	for (size_t i = 0; i < sizeof folds / sizeof folds[0]; i++)
		if (folds[i].cp == cp)
			return &folds[i];
	return NULL;
}

uint32_t collate_base_letter(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp - 'A' + 'a';
	const struct fold *f = fold_of(cp);
	return f ? (uint32_t)f->base : cp;
}

/* Primary weight: spaces, then digits, then letters in alphabet order, then
 * everything else by code point. */
static uint32_t primary(uint32_t cp)
{
	if (cp == ' ' || cp == '-' || cp == '\'')
		return 1;
	if (cp >= '0' && cp <= '9')
		return 10 + (cp - '0');
	uint32_t base = collate_base_letter(cp);
	if (base >= 'a' && base <= 'z') {
		const struct fold *f = fold_of(cp);
		return 100 + (base - 'a') * 4 + (uint32_t)(f ? f->rank : 0);
	}
	return 1000 + cp;
}

static int compare_bounded(const char *a, size_t alen, const char *b, size_t blen, int pass)
{
	size_t i = 0, j = 0;
	while (i < alen && j < blen) {
		uint32_t ca = text_decode(a, &i), cb = text_decode(b, &j);
		uint32_t wa = pass == 0 ? primary(ca) : ca, wb = pass == 0 ? primary(cb) : cb;
		if (wa != wb)
			return wa < wb ? -1 : 1;
	}
	if (i < alen)
		return 1;
	if (j < blen)
		return -1;
	return 0;
}

int collate_sl(const char *a, size_t alen, const char *b, size_t blen)
{
	/* SQLite passes lengths, not NUL-terminated strings: decode copies. */
	char small_a[256], small_b[256];
	char *sa = alen < sizeof small_a ? small_a : xmalloc(alen + 1);
	char *sb = blen < sizeof small_b ? small_b : xmalloc(blen + 1);
	memcpy(sa, a, alen);
	sa[alen] = '\0';
	memcpy(sb, b, blen);
	sb[blen] = '\0';
	int c = compare_bounded(sa, alen, sb, blen, 0);
	if (c == 0)
		c = compare_bounded(sa, alen, sb, blen, 1);
	if (sa != small_a)
		free(sa);
	if (sb != small_b)
		free(sb);
	return c;
}

bool collate_has_prefix(const char *name, const char *prefix)
{
	size_t i = 0, j = 0;
	uint32_t cp;
	while ((cp = text_decode(prefix, &j)) != 0) {
		uint32_t cn = text_decode(name, &i);
		if (cn == 0 || collate_base_letter(cn) != collate_base_letter(cp))
			return false;
	}
	return true;
}
