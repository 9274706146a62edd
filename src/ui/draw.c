/* Width-aware text placement. No allocation. */
#include "ui/draw.h"

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

int draw_wrapped(WINDOW *w, int y, int width, const char *s, attr_t attr)
{
	char line[512];
	int rows = 0;
	const char *p = s;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		/* Take words while they fit. */
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
			if (used + ww > width) {
				if (take == 0) /* one word wider than the line: cut it */
					take = text_fit(p, width, NULL);
				break;
			}
			used += ww;
			take = word_end;
			i = word_end;
		}
		if (take == 0)
			break;
		size_t n = take < sizeof line - 1 ? take : sizeof line - 1;
		memcpy(line, p, n);
		line[n] = '\0';
		draw_centered(w, y + rows, line, attr);
		rows++;
		p += take;
	}
	return rows;
}
