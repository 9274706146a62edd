/* Turns a tmux pane capture (capture-pane -p -e) back into a picture, as a
 * phone camera would see the terminal, so zbarimg can read a QR drawn there.
 * Usage: pane2pgm blocks|spaces < capture > picture.pgm
 * blocks: each cell is two modules, read from ▀ ▄ █ (other cells light);
 * spaces: each cell is half a module, dark where its background is dark
 * (reverse video and SGR colours followed as a terminal would). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"

#define SCALE 6
#define MAX_ROWS 200
#define MAX_COLS 400

static unsigned char dark[2 * MAX_ROWS][MAX_COLS];

struct pen {
	int fg, bg;        /* 0..15, or -1 for the terminal's default */
	bool reverse;
};

static bool is_dark_colour(int c, bool is_fg)
{
	/* The terminal's default: light text on a dark background. */
	if (c < 0)
		return !is_fg;
	return c == 0 || c == 8;
}

static void sgr(struct pen *p, const char *params)
{
	int v[32], n = 0;
	const char *s = params;
	while (n < 32) {
		v[n++] = atoi(s);
		s = strchr(s, ';');
		if (!s)
			break;
		s++;
	}
	for (int i = 0; i < n; i++) {
		int c = v[i];
		if (c == 0)
			*p = (struct pen){ -1, -1, false };
		else if (c == 7)
			p->reverse = true;
		else if (c == 27)
			p->reverse = false;
		else if (c >= 30 && c <= 37)
			p->fg = c - 30;
		else if (c >= 90 && c <= 97)
			p->fg = c - 90 + 8;
		else if (c == 39)
			p->fg = -1;
		else if (c >= 40 && c <= 47)
			p->bg = c - 40;
		else if (c >= 100 && c <= 107)
			p->bg = c - 100 + 8;
		else if (c == 49)
			p->bg = -1;
		else if ((c == 38 || c == 48) && i + 2 < n && v[i + 1] == 5) {
			int col = v[i + 2] < 16 ? v[i + 2] : (v[i + 2] == 16 ? 0 : 15);
			if (c == 38)
				p->fg = col;
			else
				p->bg = col;
			i += 2;
		}
	}
}

int main(int argc, char **argv)
{
	bool spaces = argc > 1 && !strcmp(argv[1], "spaces");
	char line[65536];
	int rows = 0, width = 0;
	struct pen pen = { -1, -1, false };
	while (rows < MAX_ROWS && fgets(line, sizeof line, stdin)) {
		size_t i = 0;
		int col = 0;
		while (line[i] && line[i] != '\n' && col < MAX_COLS) {
			if (line[i] == 0x1B && line[i + 1] == '[') {
				size_t j = i + 2;
				while (line[j] && !(line[j] >= 0x40 && line[j] <= 0x7E))
					j++;
				if (line[j] == 'm') {
					char params[256];
					size_t len = j - i - 2 < sizeof params - 1 ? j - i - 2 : sizeof params - 1;
					memcpy(params, line + i + 2, len);
					params[len] = '\0';
					sgr(&pen, params);
				}
				i = line[j] ? j + 1 : j;
				continue;
			}
			uint32_t cp = text_decode(line, &i);
			bool top, bottom;
			if (spaces) {
				bool bg_dark = pen.reverse ? is_dark_colour(pen.fg, true) : is_dark_colour(pen.bg, false);
				top = bottom = bg_dark;
			} else {
				top = cp == 0x2588 || cp == 0x2580;
				bottom = cp == 0x2588 || cp == 0x2584;
			}
			dark[2 * rows][col] = top;
			dark[2 * rows + 1][col] = bottom;
			col++;
		}
		if (col > width)
			width = col;
		rows++;
	}
	/* A cell is SCALE wide and each half row SCALE high: a module is one
	 * cell by one half row in blocks, two cells by a whole row in spaces;
	 * square either way, as on a terminal with cells twice as high as wide. */
	int px_w = SCALE, px_h = SCALE;
	int margin = 8 * SCALE;
	int w = width * px_w + 2 * margin, h = 2 * rows * px_h + 2 * margin;
	printf("P5\n%d %d\n255\n", w, h);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			int cx = (x - margin) / px_w, cy = (y - margin) / px_h;
			bool inside = x >= margin && y >= margin && cx < width && cy < 2 * rows;
			putchar(inside && dark[cy][cx] ? 0 : 255);
		}
	return 0;
}
