/* Scrolling list arithmetic. */
#include "ui/listview.h"

#include <curses.h>

static void keep_in_view(struct listview *lv)
{
	if (lv->count == 0) {
		lv->sel = lv->top = 0;
		return;
	}
	if (lv->sel >= lv->count)
		lv->sel = lv->count - 1;
	size_t rows = lv->rows > 0 ? (size_t)lv->rows : 1;
	/* no empty room at the bottom while lines above are hidden */
	if (lv->top + rows > lv->count)
		lv->top = lv->count > rows ? lv->count - rows : 0;
	if (lv->sel < lv->top)
		lv->top = lv->sel;
	else if (lv->sel >= lv->top + rows)
		lv->top = lv->sel - rows + 1;
}

void listview_set_count(struct listview *lv, size_t count)
{
	lv->count = count;
	keep_in_view(lv);
}

void listview_set_rows(struct listview *lv, int rows)
{
	lv->rows = rows;
	keep_in_view(lv);
}

bool listview_key(struct listview *lv, int key)
{
	long page = lv->rows > 1 ? lv->rows - 1 : 1, sel = (long)lv->sel;
	switch (key) {
	case KEY_UP: sel--; break;
	case KEY_DOWN: sel++; break;
	case KEY_PPAGE: sel -= page; break;
	case KEY_NPAGE: sel += page; break;
	case KEY_HOME: sel = 0; break;
	case KEY_END: sel = (long)lv->count - 1; break;
	default: return false;
	}
	if (sel < 0)
		sel = 0;
	lv->sel = (size_t)sel;
	keep_in_view(lv);
	return true;
}
