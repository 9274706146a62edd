/* The block font. Each glyph is five strings; '#' is a filled cell. */
#include "ui/bigtext.h"

#include <string.h>

#include "ui/draw.h"
#include "util/text.h"

struct glyph {
	char ch;
	const char *rows[BIGTEXT_ROWS];
};

static const struct glyph font[] = {
	{ 'A', { " ### ", "#   #", "#####", "#   #", "#   #" } },
	{ 'B', { "#### ", "#   #", "#### ", "#   #", "#### " } },
	{ 'C', { " ####", "#    ", "#    ", "#    ", " ####" } },
	{ 'D', { "#### ", "#   #", "#   #", "#   #", "#### " } },
	{ 'E', { "#####", "#    ", "#### ", "#    ", "#####" } },
	{ 'F', { "#####", "#    ", "#### ", "#    ", "#    " } },
	{ 'G', { " ####", "#    ", "#  ##", "#   #", " ####" } },
	{ 'H', { "#   #", "#   #", "#####", "#   #", "#   #" } },
	{ 'I', { "###", " # ", " # ", " # ", "###" } },
	{ 'J', { "  ###", "    #", "    #", "#   #", " ### " } },
	{ 'K', { "#   #", "#  # ", "###  ", "#  # ", "#   #" } },
	{ 'L', { "#    ", "#    ", "#    ", "#    ", "#####" } },
	{ 'M', { "#   #", "## ##", "# # #", "#   #", "#   #" } },
	{ 'N', { "#   #", "##  #", "# # #", "#  ##", "#   #" } },
	{ 'O', { " ### ", "#   #", "#   #", "#   #", " ### " } },
	{ 'P', { "#### ", "#   #", "#### ", "#    ", "#    " } },
	{ 'Q', { " ### ", "#   #", "# # #", "#  # ", " ## #" } },
	{ 'R', { "#### ", "#   #", "#### ", "#  # ", "#   #" } },
	{ 'S', { " ####", "#    ", " ### ", "    #", "#### " } },
	{ 'T', { "#####", "  #  ", "  #  ", "  #  ", "  #  " } },
	{ 'U', { "#   #", "#   #", "#   #", "#   #", " ### " } },
	{ 'V', { "#   #", "#   #", "#   #", " # # ", "  #  " } },
	{ 'W', { "#   #", "#   #", "# # #", "## ##", "#   #" } },
	{ 'X', { "#   #", " # # ", "  #  ", " # # ", "#   #" } },
	{ 'Y', { "#   #", " # # ", "  #  ", "  #  ", "  #  " } },
	{ 'Z', { "#####", "   # ", "  #  ", " #   ", "#####" } },
	{ '0', { " ### ", "#  ##", "# # #", "##  #", " ### " } },
	{ '1', { "  #  ", " ##  ", "  #  ", "  #  ", " ### " } },
	{ '2', { " ### ", "#   #", "   # ", "  #  ", "#####" } },
	{ '3', { "#### ", "    #", " ### ", "    #", "#### " } },
	{ '4', { "#   #", "#   #", "#####", "    #", "    #" } },
	{ '5', { "#####", "#    ", "#### ", "    #", "#### " } },
	{ '6', { " ### ", "#    ", "#### ", "#   #", " ### " } },
	{ '7', { "#####", "    #", "   # ", "  #  ", "  #  " } },
	{ '8', { " ### ", "#   #", " ### ", "#   #", " ### " } },
	{ '9', { " ### ", "#   #", " ####", "    #", " ### " } },
	{ ':', { " ", "#", " ", "#", " " } },
	{ '.', { " ", " ", " ", " ", "#" } },
	{ '-', { "   ", "   ", "###", "   ", "   " } },
	{ ' ', { "  ", "  ", "  ", "  ", "  " } },
};

static const struct glyph *glyph_of(char c)
{
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	for (size_t i = 0; i < sizeof font / sizeof font[0]; i++)
		if (font[i].ch == c)
			return &font[i];
	return NULL;
}

int bigtext_width(const char *s)
{
	int w = 0;
	for (const char *p = s; *p; p++) {
		const struct glyph *g = glyph_of(*p);
		if (!g)
			return -1;
		w += (int)strlen(g->rows[0]) + (p[1] ? 1 : 0);
	}
	return w;
}

void bigtext_draw(WINDOW *w, int y, int x, const char *s, attr_t attr)
{
	for (const char *p = s; *p; p++) {
		const struct glyph *g = glyph_of(*p);
		if (!g)
			continue;
		int gw = (int)strlen(g->rows[0]);
		for (int r = 0; r < BIGTEXT_ROWS; r++)
			for (int c = 0; c < gw; c++)
				if (g->rows[r][c] == '#' && y + r < getmaxy(w) && x + c < getmaxx(w))
					draw_char(w, y + r, x + c, 0x2588, attr);
		x += gw + 1;
	}
}

int bigtext_draw_centered(WINDOW *w, int y, const char *s, attr_t attr)
{
	int width = bigtext_width(s), cols = getmaxx(w);
	if (width < 0 || width > cols - 2) {
		draw_centered(w, y + BIGTEXT_ROWS / 2, s, attr | A_BOLD);
		return BIGTEXT_ROWS;
	}
	bigtext_draw(w, y, (cols - width) / 2, s, attr);
	return BIGTEXT_ROWS;
}
