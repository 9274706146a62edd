/* Width-aware text placement. No allocation. */
#include "ui/draw.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "util/text.h"

void draw_char(WINDOW *w, int y, int x, wchar_t ch, attr_t attr)
{
	cchar_t cell;
	const wchar_t s[] = { ch, 0 };
	/* setcchar takes the colour pair apart from the other attributes. */
	setcchar(&cell, s, attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
	mvwadd_wch(w, y, x, &cell);
}

void draw_text(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr)
{
	int maxy = getmaxy(w), maxx = getmaxx(w);
	if (y < 0 || y >= maxy || x < 0 || x >= maxx || cols <= 0)
		return;
	if (cols > maxx - x)
		cols = maxx - x;
	/* A control character kept in the records is drawn as its escape
	 * (\x1b), as wide as text_width counted it, never sent raw. */
	char shown[2048];
	if (text_needs_escape(s, false))
		s = text_escape(shown, sizeof shown, s, false);
	size_t n = text_fit(s, cols, NULL);
	wattrset(w, attr);
	mvwaddnstr(w, y, x, s, (int)n);
	wattrset(w, A_NORMAL);
}

void draw_centered(WINDOW *w, int y, const char *s, attr_t attr)
{
	int cols = getmaxx(w), width = text_width(s);
	int x = width >= cols ? 0 : (cols - width) / 2;
	draw_text(w, y, x, cols, s, attr);
}

/* The bytes of p (no leading space) that make its first line of at most
 * width columns: as many whole words as fit, or, when the first word alone
 * is wider, as much of it as fits (0 when not even one character does). */
static size_t break_line(const char *p, int width)
{
	size_t take = 0, i = 0;
	int used = 0;
	while (p[i]) {
		size_t word_end = i;
		while (p[word_end] == ' ')
			word_end++;
		while (p[word_end] && p[word_end] != ' ')
			word_end++;
		char word[512];
		size_t wl = word_end - i < sizeof word - 1 ? word_end - i : sizeof word - 1;
		memcpy(word, p + i, wl);
		word[wl] = '\0';
		int ww = text_width(word);
		if (used + ww > width)
			break;
		used += ww;
		take = word_end;
		i = word_end;
	}
	return take ? take : text_fit(p, width, NULL);
}

/* Copies the first n bytes of p into line (of size size), cut to fit. */
static void take_line(char *line, size_t size, const char *p, size_t n)
{
	if (n > size - 1)
		n = size - 1;
	memcpy(line, p, n);
	line[n] = '\0';
}

int draw_wrapped(WINDOW *w, int y, int width, const char *s, attr_t attr)
{
	return draw_wrapped_max(w, y, width, INT_MAX, s, attr);
}

int draw_wrapped_max(WINDOW *w, int y, int width, int max_lines, const char *s, attr_t attr)
{
	char line[512];
	int rows = 0;
	const char *p = s;
	while (*p && rows < max_lines) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (rows == max_lines - 1 && text_width(p) > width) { /* the last line left: cut, with "…" */
			int cols = getmaxx(w);
			draw_text_fit(w, y + rows++, width >= cols ? 0 : (cols - width) / 2, width, p, attr);
			break;
		}
		size_t take = break_line(p, width);
		if (take == 0)
			break;
		take_line(line, sizeof line, p, take);
		draw_centered(w, y + rows, line, attr);
		rows++;
		p += take;
	}
	return rows;
}

void draw_text_fit(WINDOW *w, int y, int x, int cols, const char *text, attr_t attr)
{
	if (cols <= 0)
		return;
	if (text_width(text) <= cols) {
		draw_text(w, y, x, cols, text, attr);
		return;
	}
	char buf[1024];
	size_t n = text_fit(text, cols - 1, NULL);
	if (n > sizeof buf - 4)
		n = sizeof buf - 4;
	memcpy(buf, text, n);
	while (n > 0 && buf[n - 1] == ' ')
		n--;
	memcpy(buf + n, "\xe2\x80\xa6", 4); /* … */
	draw_text(w, y, x, cols, buf, attr);
}

int draw_text_wrap(WINDOW *w, int y, int x, int cols, int max_lines, const char *text, attr_t attr)
{
	const char *p = text;
	int lines = 0;
	while (*p && lines < max_lines) {
		while (*p == ' ')
			p++;
		if (text_width(p) <= cols || lines == max_lines - 1) {
			draw_text_fit(w, y + lines++, x, cols, p, attr);
			break;
		}
		size_t take = break_line(p, cols);
		if (take == 0)
			break;
		char line[512];
		take_line(line, sizeof line, p, take);
		draw_text(w, y + lines++, x, cols, line, attr);
		p += take;
	}
	return lines;
}

int draw_items_line(const char *const *items, int n, int cols, const char *sep, char *line, size_t size)
{
	int taken = 0, used = 0, sep_cols = text_width(sep);
	line[0] = '\0';
	while (taken < n) {
		int need = text_width(items[taken]) + (taken ? sep_cols : 0);
		if (taken && used + need > cols)
			break;
		size_t len = strlen(line);
		snprintf(line + len, size - len, "%s%s", taken ? sep : "", items[taken]);
		used += need;
		taken++;
	}
	return taken;
}

int draw_items(WINDOW *w, int y, int x, int cols, int max_lines, const char *const *items, int n,
               const char *sep, attr_t attr)
{
	char line[512] = "";
	int lines = 0, used = 0, sep_cols = text_width(sep);
	for (int i = 0; i < n && lines < max_lines; i++) {
		int need = text_width(items[i]) + (used ? sep_cols : 0);
		if (used && used + need > cols) {
			if (w)
				draw_text(w, y + lines, x, cols, line, attr);
			lines++;
			line[0] = '\0';
			used = 0;
			need = text_width(items[i]);
		}
		if (lines < max_lines) {
			size_t len = strlen(line);
			snprintf(line + len, sizeof line - len, "%s%s", used ? sep : "", items[i]);
			used += need;
		}
	}
	if (line[0] && lines < max_lines) {
		if (w)
			draw_text(w, y + lines, x, cols, line, attr);
		lines++;
	}
	return lines;
}
