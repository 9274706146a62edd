/* A card scanned while a mentor works: the person is checked in or out
 * exactly as at the door, and a small box over the mentor's screen says so
 * (the word beside the greeting's sign in small, an arrow into or out of
 * the door) for a few seconds (in the person's own language), then closes
 * by itself or
 * on any key; a typing key then goes on to the screen below (Enter and Esc
 * only send the box away, src/ui/screen.c). That screen and
 * everything typed into it stay as they were (the manager draws it first
 * and keeps its state); it reads its records again when the box closes. */
#include <stdio.h>
#include <string.h>

#include "app/door_sound.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"
#include "util/text.h"

#define OVERLAY_WIDTH 62
#define OVERLAY_HEIGHT 8

struct overlay_state {
	time_t shown_at;
	enum theme_role tone;
	char name[128];
	char word[64];       /* "CHECKED IN", or "" */
	char body[384];
};

static void compose(struct overlay_state *st, const struct scan_result *r)
{
	char kiosk_lang[3];
	i18n_switch(r->lang, kiosk_lang);
	text_copy(st->name, sizeof st->name, r->short_name);
	st->tone = flow_result_words(r, st->word, sizeof st->word, st->body, sizeof st->body);
	i18n_restore(kiosk_lang);
}

static void overlay_enter(struct screen *s, const void *arg)
{
	struct overlay_state *st = s->state;
	const struct scan_overlay_arg *a = arg;
	struct scan_result r;
	st->shown_at = s->now;
	st->tone = THEME_PLAIN;
	enum rota_err e = app_scan(s->app, a->payload, s->now, &r);
	app_door_sound(s->app, e, &r);
	if (e == ERR_OK)
		compose(st, &r);
	else
		text_copy(st->body, sizeof st->body, err_message(e));
}

static void overlay_draw(const struct screen *s, WINDOW *w)
{
	const struct overlay_state *st = s->state;
	int width = s->cols - 4 < OVERLAY_WIDTH ? s->cols - 4 : OVERLAY_WIDTH;
	int top = (s->rows - OVERLAY_HEIGHT) / 2, left = (s->cols - width) / 2;
	for (int y = top; y < top + OVERLAY_HEIGHT; y++)
		mvwhline(w, y, left, ' ', width);
	mvwadd_wch(w, top, left, WACS_ULCORNER);
	mvwadd_wch(w, top, left + width - 1, WACS_URCORNER);
	mvwadd_wch(w, top + OVERLAY_HEIGHT - 1, left, WACS_LLCORNER);
	mvwadd_wch(w, top + OVERLAY_HEIGHT - 1, left + width - 1, WACS_LRCORNER);
	mvwhline_set(w, top, left + 1, WACS_HLINE, width - 2);
	mvwhline_set(w, top + OVERLAY_HEIGHT - 1, left + 1, WACS_HLINE, width - 2);
	mvwvline_set(w, top + 1, left, WACS_VLINE, OVERLAY_HEIGHT - 2);
	mvwvline_set(w, top + 1, left + width - 1, WACS_VLINE, OVERLAY_HEIGHT - 2);
	int y = top + 1;
	if (st->word[0]) {
		/* The greeting's sign, small: an arrow into the door, or out of it. */
		char line[sizeof st->word + 16];
		snprintf(line, sizeof line, "%s  %s", st->tone == THEME_IN ? "→▐" : "←▐", st->word);
		draw_centered(w, y, line, A_BOLD | theme_attr(st->tone));
	}
	y++;
	if (st->name[0])
		draw_centered(w, y, st->name, A_BOLD);
	draw_wrapped(w, y + 2, width - 4, st->body, A_NORMAL);
}

static int overlay_on_event(struct screen *s, const struct event *ev)
{
	const struct overlay_state *st = s->state;
	if (ev->kind == EV_TICK)
		return ev->now - st->shown_at >= SCAN_OVERLAY_SECONDS ? SCR_POP : 0;
	return SCR_POP | SCR_HANDLED; /* any key closes it; the manager hands a typing key on */
}

const struct screen_ops scan_overlay_screen = {
	.name = "scan-overlay",
	.state_size = sizeof(struct overlay_state),
	.enter = overlay_enter,
	.draw = overlay_draw,
	.on_event = overlay_on_event,
};
