/* The screen reader for tests. */
#include "ui/dump.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "util/alloc.h"

char *dump_window(WINDOW *w)
{
	int rows = getmaxy(w), cols = getmaxx(w);
	size_t cap = (size_t)rows * ((size_t)cols * 4 + 1) + 1, len = 0;
	char *out = xmalloc(cap);
	wchar_t *line = xmalloc(((size_t)cols + 1) * sizeof *line);
	for (int y = 0; y < rows; y++) {
		int n = mvwinnwstr(w, y, 0, line, cols);
		if (n < 0)
			n = 0;
		line[n] = L'\0';
		while (n > 0 && line[n - 1] == L' ')
			line[--n] = L'\0';
		for (int i = 0; i < n; i++) {
			char mb[8];
			int k = wctomb(mb, line[i]);
			if (k > 0 && len + (size_t)k < cap - 1) {
				memcpy(out + len, mb, (size_t)k);
				len += (size_t)k;
			}
		}
		out[len++] = '\n';
	}
	out[len] = '\0';
	free(line);
	return out;
}
