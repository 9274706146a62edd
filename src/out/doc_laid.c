/* Text laid out once, then measured and drawn from that one layout; and
 * the document's cache of the short lines a table repeats on every row and
 * page (times, hours, "0,00", the absence words, day numbers and names):
 * shaping is most of a long list's time, and such a line is shaped once.
 *
 * A text with a few short lines is laid out line by line, each line a
 * layout of its own from the cache, stacked: Pango breaks every line
 * ("paragraph") of a text on its own and stacks them by their heights, and
 * a column's width aligns each one within it, so the stack is drawn where
 * the single layout would draw its lines. Any other text gets one layout of
 * its own. Cached layouts are made on a page (every page is set up alike)
 * and drawn only on pages, never on the PDF's own surface (the footers). */
#include "out/doc_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/text.h"

#define LINE_MAX_BYTES 40   /* a longer line is shaped for its text alone */
#define CACHE_MAX 8192      /* lines kept; then new ones are laid out uncached */

struct doc_cached {
	char *text;             /* NULL: a free slot */
	int width;              /* Pango units */
	double size;
	bool bold;
	enum doc_align align;
	PangoLayout *layout;
	int height;             /* Pango units */
};

struct doc_cache {
	struct doc_cached *slots;
	size_t cap, n;          /* cap is a power of two, n at most half of it */
};

static uint64_t hash_of(const char *s, size_t len, int width, const struct doc_style *st)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	h = (h ^ (uint64_t)(unsigned)width) * 1099511628211ULL;
	h = (h ^ (uint64_t)(st->size * 64)) * 1099511628211ULL;
	h = (h ^ (uint64_t)(st->bold * 2 + (unsigned)st->align * 4)) * 1099511628211ULL;
	return h;
}

static bool same(const struct doc_cached *c, const char *s, size_t len, int width, const struct doc_style *st)
{
	return c->width == width && c->size == st->size && c->bold == st->bold && c->align == st->align &&
	       !strncmp(c->text, s, len) && c->text[len] == '\0';
}

static void cache_grow(struct doc_cache *c)
{
	size_t cap = c->cap ? c->cap * 2 : 256;
	struct doc_cached *slots = xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < c->cap; i++) {
		struct doc_cached *o = &c->slots[i];
		if (!o->text)
			continue;
		const struct doc_style st = { o->size, o->bold, o->align };
		size_t j = hash_of(o->text, strlen(o->text), o->width, &st) & (cap - 1);
		while (slots[j].text)
			j = (j + 1) & (cap - 1);
		slots[j] = *o;
	}
	free(c->slots);
	c->slots = slots;
	c->cap = cap;
}

/* Returns the cached layout of the line s[0..len) (made now when new), its
 * height in *height; NULL when it is neither kept nor can be (the cache is
 * full, the document failed). */
static PangoLayout *cache_line(struct doc *d, const char *s, size_t len, double width, const struct doc_style *st,
                               int *height)
{
	if (!d->cache)
		d->cache = xcalloc(1, sizeof *d->cache);
	struct doc_cache *c = d->cache;
	int w = (int)(width * PANGO_SCALE);
	uint64_t h = hash_of(s, len, w, st);
	if (c->cap) {
		for (size_t j = h & (c->cap - 1); c->slots[j].text; j = (j + 1) & (c->cap - 1))
			if (same(&c->slots[j], s, len, w, st)) {
				*height = c->slots[j].height;
				return c->slots[j].layout;
			}
	}
	if (c->n >= CACHE_MAX)
		return NULL;
	char *text = xmalloc(len + 1);
	memcpy(text, s, len);
	text[len] = '\0';
	PangoLayout *layout = doc_layout(d, width, text, st);
	if (!layout) {
		free(text);
		return NULL;
	}
	if (2 * (c->n + 1) > c->cap)
		cache_grow(c);
	size_t j = h & (c->cap - 1);
	while (c->slots[j].text)
		j = (j + 1) & (c->cap - 1);
	int lw;
	d->P->pango_layout_get_size(layout, &lw, height);
	c->slots[j] = (struct doc_cached){ text, w, st->size, st->bold, st->align, layout, *height };
	c->n++;
	return layout;
}

void doc_cache_free(struct doc *d)
{
	struct doc_cache *c = d->cache;
	if (!c)
		return;
	for (size_t i = 0; i < c->cap; i++)
		if (c->slots[i].text) {
			d->P->g_object_unref(c->slots[i].layout);
			free(c->slots[i].text);
		}
	free(c->slots);
	free(c);
	d->cache = NULL;
}

/* True when text may be drawn as a stack of cached lines: a page is being
 * drawn, the width aligns each line, there are a few short lines and
 * nothing to escape (an escaped text is laid out whole, as it always was). */
static bool stackable(const struct doc *d, double width, const char *text)
{
	if (d->uncached || width <= 0 || !text)
		return false;
	int lines = 1;
	size_t run = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n') {
			if (++lines > DOC_LINES_MAX)
				return false;
			run = 0;
			continue;
		}
		if (++run > LINE_MAX_BYTES)
			return false;
	}
	return !text_needs_escape(text, true);
}

void doc_lay(struct doc *d, double width, const char *text, const struct doc_style *style, struct doc_laid *out)
{
	*out = (struct doc_laid){ 0 };
	if (d->failed)
		return;
	const struct doc_style plain = { 0 };
	const struct doc_style *st = style ? style : &plain;
	if (stackable(d, width, text)) {
		const char *p = text;
		for (;;) {
			const char *end = strchr(p, '\n');
			size_t len = end ? (size_t)(end - p) : strlen(p);
			PangoLayout *l = cache_line(d, p, len, width, st, &out->height[out->n]);
			if (!l)
				break;
			out->layout[out->n++] = l;
			if (!end)
				return;
			p = end + 1;
		}
		*out = (struct doc_laid){ 0 }; /* not kept: laid out whole below */
		if (d->failed)
			return;
	}
	PangoLayout *l = doc_layout(d, width, text, style);
	if (!l)
		return;
	int w;
	d->P->pango_layout_get_size(l, &w, &out->height[0]);
	out->layout[0] = l;
	out->n = 1;
	out->owned = true;
}

double doc_laid_height(const struct doc_laid *l)
{
	int h = 0;
	for (int i = 0; i < l->n; i++)
		h += l->height[i];
	return (double)h / PANGO_SCALE;
}

void doc_laid_draw(struct doc *d, double x, double y, const struct doc_laid *l)
{
	if (d->failed || l->n == 0)
		return;
	int h = 0;
	d->C->cairo_set_source_rgb(d->cr, 0, 0, 0);
	for (int i = 0; i < l->n; i++) {
		d->C->cairo_move_to(d->cr, x, y + (double)h / PANGO_SCALE);
		d->P->pango_cairo_show_layout(d->cr, l->layout[i]);
		h += l->height[i];
	}
	doc_check(d, "text");
}

void doc_laid_done(struct doc *d, struct doc_laid *l)
{
	if (l->owned && l->n > 0)
		d->P->g_object_unref(l->layout[0]);
	*l = (struct doc_laid){ 0 };
}
