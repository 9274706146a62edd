/* The block font. Each glyph is five strings of cells: '#' a full block,
 * '^' an upper half, '_' a lower half; a mark (Č's caron) is one more row,
 * drawn above the letter. */
#include "ui/bigtext.h"

#include <string.h>

#include "ui/draw.h"
#include "util/text.h"

struct glyph {
	uint32_t cp;
	const char *rows[BIGTEXT_ROWS];
	const char *mark;     /* the row above, or NULL */
};

#define CARON " ^_^ " /* a small v over a five-column letter */
#define ACUTE "  _^ " /* a stroke rising to the right */

static const struct glyph font[] = {
	{ 'A', { " ### ", "#   #", "#####", "#   #", "#   #" }, NULL },
	{ 'B', { "#### ", "#   #", "#### ", "#   #", "#### " }, NULL },
	{ 'C', { " ####", "#    ", "#    ", "#    ", " ####" }, NULL },
	{ 'D', { "#### ", "#   #", "#   #", "#   #", "#### " }, NULL },
	{ 'E', { "#####", "#    ", "#### ", "#    ", "#####" }, NULL },
	{ 'F', { "#####", "#    ", "#### ", "#    ", "#    " }, NULL },
	{ 'G', { " ####", "#    ", "#  ##", "#   #", " ####" }, NULL },
	{ 'H', { "#   #", "#   #", "#####", "#   #", "#   #" }, NULL },
	{ 'I', { "###", " # ", " # ", " # ", "###" }, NULL },
	{ 'J', { "  ###", "    #", "    #", "#   #", " ### " }, NULL },
	{ 'K', { "#   #", "#  # ", "###  ", "#  # ", "#   #" }, NULL },
	{ 'L', { "#    ", "#    ", "#    ", "#    ", "#####" }, NULL },
	{ 'M', { "#   #", "## ##", "# # #", "#   #", "#   #" }, NULL },
	{ 'N', { "#   #", "##  #", "# # #", "#  ##", "#   #" }, NULL },
	{ 'O', { " ### ", "#   #", "#   #", "#   #", " ### " }, NULL },
	{ 'P', { "#### ", "#   #", "#### ", "#    ", "#    " }, NULL },
	{ 'Q', { " ### ", "#   #", "# # #", "#  # ", " ## #" }, NULL },
	{ 'R', { "#### ", "#   #", "#### ", "#  # ", "#   #" }, NULL },
	{ 'S', { " ####", "#    ", " ### ", "    #", "#### " }, NULL },
	{ 'T', { "#####", "  #  ", "  #  ", "  #  ", "  #  " }, NULL },
	{ 'U', { "#   #", "#   #", "#   #", "#   #", " ### " }, NULL },
	{ 'V', { "#   #", "#   #", "#   #", " # # ", "  #  " }, NULL },
	{ 'W', { "#   #", "#   #", "# # #", "## ##", "#   #" }, NULL },
	{ 'X', { "#   #", " # # ", "  #  ", " # # ", "#   #" }, NULL },
	{ 'Y', { "#   #", " # # ", "  #  ", "  #  ", "  #  " }, NULL },
	{ 'Z', { "#####", "   # ", "  #  ", " #   ", "#####" }, NULL },
	{ 0x010C /* Č */, { " ####", "#    ", "#    ", "#    ", " ####" }, CARON },
	{ 0x0106 /* Ć */, { " ####", "#    ", "#    ", "#    ", " ####" }, ACUTE },
	{ 0x0110 /* Đ */, { " #### ", " #   #", "###  #", " #   #", " #### " }, NULL },
	{ 0x0160 /* Š */, { " ####", "#    ", " ### ", "    #", "#### " }, CARON },
	{ 0x017D /* Ž */, { "#####", "   # ", "  #  ", " #   ", "#####" }, CARON },
	{ '0', { " ### ", "#  ##", "# # #", "##  #", " ### " }, NULL },
	{ '1', { "  #  ", " ##  ", "  #  ", "  #  ", " ### " }, NULL },
	{ '2', { " ### ", "#   #", "   # ", "  #  ", "#####" }, NULL },
	{ '3', { "#### ", "    #", " ### ", "    #", "#### " }, NULL },
	{ '4', { "#   #", "#   #", "#####", "    #", "    #" }, NULL },
	{ '5', { "#####", "#    ", "#### ", "    #", "#### " }, NULL },
	{ '6', { " ### ", "#    ", "#### ", "#   #", " ### " }, NULL },
	{ '7', { "#####", "    #", "   # ", "  #  ", "  #  " }, NULL },
	{ '8', { " ### ", "#   #", " ### ", "#   #", " ### " }, NULL },
	{ '9', { " ### ", "#   #", " ####", "    #", " ### " }, NULL },
	{ ':', { " ", "#", " ", "#", " " }, NULL },
	{ '.', { " ", " ", " ", " ", "#" }, NULL },
	{ '-', { "   ", "   ", "###", "   ", "   " }, NULL },
	{ '\'', { "#", "#", " ", " ", " " }, NULL },
	{ ' ', { "  ", "  ", "  ", "  ", "  " }, NULL },
};

/* The sign's parts: an arrow each way and a door with its handle. */
static const struct glyph arrow_in = { 0, { "    #  ", "    ## ", "#######", "    ## ", "    #  " }, NULL };
static const struct glyph arrow_out = { 0, { "  #    ", " ##    ", "#######", " ##    ", "  #    " }, NULL };
static const struct glyph door = { 0, { "#####", "#   #", "#  _#", "#   #", "#   #" }, NULL };

#define SIGN_GAP 3 /* columns between the sign and its word */

/* Lower case is drawn as upper case, č as Č. */
static uint32_t upper(uint32_t cp)
{
	if (cp >= 'a' && cp <= 'z')
		return cp - 'a' + 'A';
	switch (cp) {
	case 0x010D: return 0x010C; /* č */
	case 0x0107: return 0x0106; /* ć */
	case 0x0111: return 0x0110; /* đ */
	case 0x0161: return 0x0160; /* š */
	case 0x017E: return 0x017D; /* ž */
	default: return cp;
	}
}

static const struct glyph *glyph_of(uint32_t cp)
{
	cp = upper(cp);
	for (size_t i = 0; i < sizeof font / sizeof font[0]; i++)
		if (font[i].cp == cp)
			return &font[i];
	return NULL;
}

static int glyph_width(const struct glyph *g) { return (int)strlen(g->rows[0]); }

int bigtext_width(const char *s)
{
	int w = 0;
	size_t i = 0;
	uint32_t cp;
	while ((cp = text_decode(s, &i)) != 0) {
		const struct glyph *g = glyph_of(cp);
		if (!g)
			return -1;
		w += glyph_width(g) + (w ? 1 : 0);
	}
	return w;
}

static wchar_t cell_char(char c)
{
	return c == '#' ? 0x2588 : c == '^' ? 0x2580 : c == '_' ? 0x2584 : 0;
}

static void draw_cells(WINDOW *w, int y, int x, const char *row, attr_t attr)
{
	for (int c = 0; row[c]; c++) {
		wchar_t ch = cell_char(row[c]);
		if (ch && y >= 0 && y < getmaxy(w) && x + c >= 0 && x + c < getmaxx(w))
			draw_char(w, y, x + c, ch, attr);
	}
}

static void draw_glyph(WINDOW *w, int y, int x, const struct glyph *g, attr_t attr)
{
	if (g->mark)
		draw_cells(w, y - 1, x, g->mark, attr);
	for (int r = 0; r < BIGTEXT_ROWS; r++)
		draw_cells(w, y + r, x, g->rows[r], attr);
}

void bigtext_draw(WINDOW *w, int y, int x, const char *s, attr_t attr)
{
	size_t i = 0;
	uint32_t cp;
	while ((cp = text_decode(s, &i)) != 0) {
		const struct glyph *g = glyph_of(cp);
		if (!g)
			continue;
		draw_glyph(w, y, x, g, attr);
		x += glyph_width(g) + 1;
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

int bigtext_sign_width(void) { return glyph_width(&arrow_in) + 1 + glyph_width(&door); }

int bigtext_draw_signed(WINDOW *w, int y, enum bigtext_sign sign, const char *word, attr_t attr)
{
	int cols = getmaxx(w), sign_w = bigtext_sign_width();
	int word_w = bigtext_width(word);
	bool is_big = word_w >= 0 && sign_w + SIGN_GAP + word_w <= cols - 2;
	if (!is_big)
		word_w = text_width(word);
	int x = (cols - (sign_w + SIGN_GAP + word_w)) / 2;
	if (x < 0)
		x = 0;
	draw_glyph(w, y, x, sign == BIGTEXT_SIGN_IN ? &arrow_in : &arrow_out, attr);
	draw_glyph(w, y, x + glyph_width(&arrow_in) + 1, &door, attr);
	x += sign_w + SIGN_GAP;
	if (is_big)
		bigtext_draw(w, y, x, word, attr);
	else
		draw_text(w, y + BIGTEXT_ROWS / 2, x, cols - x, word, attr | A_BOLD);
	return BIGTEXT_ROWS;
}

/* Appends the cells of one row as text. */
static void row_text(const char *row, char *out, size_t n, size_t *len)
{
	for (int c = 0; row[c]; c++) {
		wchar_t ch = cell_char(row[c]);
		char buf[4];
		size_t k = ch ? text_encode((uint32_t)ch, buf) : (buf[0] = ' ', 1);
		if (*len + k < n) {
			memcpy(out + *len, buf, k);
			*len += k;
		}
	}
}

bool bigtext_row_text(const char *s, int row, char *out, size_t n)
{
	size_t len = 0, i = 0;
	uint32_t cp;
	if (n)
		out[0] = '\0';
	if (!n || bigtext_width(s) < 0 || row < -1 || row >= BIGTEXT_ROWS)
		return false;
	while ((cp = text_decode(s, &i)) != 0) {
		const struct glyph *g = glyph_of(cp);
		int gw = glyph_width(g);
		if (len)
			row_text(" ", out, n, &len);
		if (row >= 0)
			row_text(g->rows[row], out, n, &len);
		else if (g->mark)
			row_text(g->mark, out, n, &len);
		else
			for (int c = 0; c < gw; c++)
				row_text(" ", out, n, &len);
	}
	while (len && out[len - 1] == ' ')
		len--;
	out[len] = '\0';
	return true;
}
