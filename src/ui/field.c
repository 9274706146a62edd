/* The text field. */
#include "ui/field.h"

#include <string.h>

#include "ui/draw.h"
#include "util/text.h"

bool field_feed(struct field *f, const struct event *ev)
{
	if (ev->kind == EV_CHAR) {
		char buf[4];
		size_t n = text_encode(ev->ch, buf);
		if (f->len + n >= sizeof f->text)
			return false;
		memcpy(f->text + f->len, buf, n);
		f->len += n;
		f->text[f->len] = '\0';
		return true;
	}
	if (ev->kind == EV_KEY && ev->key == UI_KEY_BACKSPACE && f->len > 0) {
		do
			f->len--;
		while (f->len > 0 && ((unsigned char)f->text[f->len] & 0xC0) == 0x80);
		f->text[f->len] = '\0';
		return true;
	}
	return false;
}

void field_draw(const struct field *f, WINDOW *w, int y, int x, int width, bool is_focused)
{
	const char *shown = f->text;
	int room = width - 1;
	/* Show the end of a long text, where the typing happens. */
	while (text_width(shown) > room) {
		size_t i = 0;
		text_decode(shown, &i);
		shown += i;
	}
	attr_t attr = is_focused ? A_UNDERLINE | A_BOLD : A_UNDERLINE;
	for (int c = 0; c < width; c++)
		draw_char(w, y, x + c, L' ', attr);
	draw_text(w, y, x, room, shown, attr);
	if (is_focused)
		draw_text(w, y, x + text_width(shown), 1, "_", A_BOLD);
}
