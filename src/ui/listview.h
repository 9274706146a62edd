/* The state of a scrolling list with one selected line: which line is
 * chosen and which are in view. Screens draw the lines themselves. */
#ifndef ROTA_UI_LISTVIEW_H
#define ROTA_UI_LISTVIEW_H

#include <stdbool.h>
#include <stddef.h>

struct listview {
	size_t count;   /* lines in the list */
	size_t sel;     /* the chosen line */
	size_t top;     /* the first line in view */
	int rows;       /* lines that fit */
};

/* Sets the number of lines (keeping the choice in range). */
void listview_set_count(struct listview *lv, size_t count);
/* Sets how many lines fit, keeping the choice in view. */
void listview_set_rows(struct listview *lv, int rows);
/* Moves the choice for arrow, page, Home and End keys; returns true when
 * the key was one of those. */
bool listview_key(struct listview *lv, int key);

#endif
