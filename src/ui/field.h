/* A one-line text field a person types into: characters are added,
 * Backspace takes one back (a whole character, never a byte). */
#ifndef ROTA_UI_FIELD_H
#define ROTA_UI_FIELD_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "ui/event.h"

#define FIELD_MAX 512

struct field {
	char text[FIELD_MAX];
	size_t len;
};

/* Takes a typed character or Backspace; returns true when the text changed. */
bool field_feed(struct field *f, const struct event *ev);
/* Draws the field at (y, x) in width columns, showing its end when it is
 * longer, with a cursor mark when is_focused. */
void field_draw(const struct field *f, WINDOW *w, int y, int x, int width, bool is_focused);

#endif
