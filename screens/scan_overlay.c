/* A card scanned while a mentor works: the person is checked in or out
 * exactly as at the door, and a small box over the mentor's screen says so
 * (the word beside the greeting's sign in small, an arrow into or out of
 * the door) for a few seconds (in the person's own language), then closes
 * by itself or
 * on any key; a typing key then goes on to the screen below (Enter and Esc
 * only send the box away, src/ui/screen.c). On a closed day (a public
 * holiday or a closure) a check-in asks the mentor first: their yes key
 * checks the person in all the same, recorded as their word; any other key
 * (or no answer within SCAN_OVERLAY_ASK_SECONDS) records nothing, and that
 * key is the box's own. That screen and
 * everything typed into it stay as they were (the manager draws it first
 * and keeps its state); it reads its records again when the box closes. */
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/door_sound.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"
#include "util/text.h"

#define OVERLAY_WIDTH 62
#define OVERLAY_HEIGHT 8
#define OVERLAY_HEIGHT_CLOSED 12 /* room for a closure's reason and the question */

struct overlay_state {
	struct scan_overlay_arg arg;
	bool asking;         /* a closed day: waiting for the mentor's yes or no */
	bool is_closed;      /* a closed day's words: the taller box */
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
	/* after the programme ended: the door's kind word, here too (the visit
	 * waits in the review until a coordinator accepts it) */
	if (r->after_end) {
		char whole[sizeof st->body + 128];
		snprintf(whole, sizeof whole, "%s %s", st->body,
		         _("Good to see you. Please have a word with your mentor today."));
		text_copy(st->body, sizeof st->body, whole);
	}
	i18n_restore(kiosk_lang);
}

/* The closed day's words, and the question to the mentor when one is
 * signed in (in the kiosk's language: it is the mentor who answers). */
static void compose_closed(struct overlay_state *st, const struct scan_result *r)
{
	char words[384], ask[200];
	text_copy(st->name, sizeof st->name, r->short_name);
	flow_closed_words(r, words, sizeof words);
	st->is_closed = true;
	st->asking = st->arg.mentor_id != 0;
	if (!st->asking) {
		text_copy(st->body, sizeof st->body, words);
		return;
	}
	/* TRANSLATORS: the yes key, then the no key of your language (D, N) */
	snprintf(ask, sizeof ask, _("Press %s to check them in all the same: the day is worked after all. "
	                            "%s or Esc: no."),
	         yes_key(), no_key());
	char whole[sizeof st->body + sizeof ask];
	/* TRANSLATORS: the holiday's name or the closure's reason, then the question */
	snprintf(whole, sizeof whole, _("The workshop is closed today: %s. %s"),
	         app_day_name_words(r->closed_is_holiday, r->closed_why), ask);
	text_copy(st->body, sizeof st->body, whole);
}

/* Shows what a scan answered: the result, a closed day, or a refusal. */
static void show(struct screen *s, struct overlay_state *st, enum rota_err e, const struct scan_result *r)
{
	app_door_sound(s->app, e, r);
	st->asking = st->is_closed = false;
	st->word[0] = st->name[0] = '\0';
	st->tone = THEME_PLAIN;
	if (e == ERR_OK)
		compose(st, r);
	else if (e == ERR_DAY_CLOSED)
		compose_closed(st, r);
	else
		text_copy(st->body, sizeof st->body, err_message(e));
}

static void overlay_enter(struct screen *s, const void *arg)
{
	struct overlay_state *st = s->state;
	struct scan_result r;
	st->arg = *(const struct scan_overlay_arg *)arg;
	st->shown_at = s->now;
	show(s, st, app_scan(s->app, st->arg.payload, s->now, &r), &r);
}

/* The mentor's answer on a closed day: yes records the check-in as their
 * word; anything else records nothing and says so. */
static int answer(struct screen *s, struct overlay_state *st, const struct event *ev)
{
	struct scan_result r;
	st->shown_at = ev->now;
	if (is_yes(ev)) {
		show(s, st, app_scan_confirmed(s->app, st->arg.payload, st->arg.mentor_id, ev->now, &r), &r);
	} else {
		st->asking = false;
		text_copy(st->body, sizeof st->body, _("Nothing was recorded."));
	}
	return SCR_HANDLED | SCR_REDRAW;
}

static void overlay_draw(const struct screen *s, WINDOW *w)
{
	const struct overlay_state *st = s->state;
	int width = s->cols - 4 < OVERLAY_WIDTH ? s->cols - 4 : OVERLAY_WIDTH;
	int height = st->is_closed ? OVERLAY_HEIGHT_CLOSED : OVERLAY_HEIGHT;
	int top = (s->rows - height) / 2, left = (s->cols - width) / 2;
	for (int y = top; y < top + height; y++)
		mvwhline(w, y, left, ' ', width);
	mvwadd_wch(w, top, left, WACS_ULCORNER);
	mvwadd_wch(w, top, left + width - 1, WACS_URCORNER);
	mvwadd_wch(w, top + height - 1, left, WACS_LLCORNER);
	mvwadd_wch(w, top + height - 1, left + width - 1, WACS_LRCORNER);
	mvwhline_set(w, top, left + 1, WACS_HLINE, width - 2);
	mvwhline_set(w, top + height - 1, left + 1, WACS_HLINE, width - 2);
	mvwvline_set(w, top + 1, left, WACS_VLINE, height - 2);
	mvwvline_set(w, top + 1, left + width - 1, WACS_VLINE, height - 2);
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
	if (st->is_closed) /* the reason and the question, inside the box */
		draw_text_wrap(w, y + 2, left + 2, width - 4, height - 5, st->body, st->asking ? A_BOLD : A_NORMAL);
	else
		draw_wrapped(w, y + 2, width - 4, st->body, A_NORMAL);
}

static int overlay_on_event(struct screen *s, const struct event *ev)
{
	struct overlay_state *st = s->state;
	if (ev->kind == EV_TICK)
		return ev->now - st->shown_at >= (st->asking ? SCAN_OVERLAY_ASK_SECONDS : SCAN_OVERLAY_SECONDS) ? SCR_POP
		                                                                                             : 0;
	if (st->asking)
		return answer(s, st, ev);
	return SCR_POP | SCR_HANDLED; /* any key closes it; the manager hands a typing key on */
}

const struct screen_ops scan_overlay_screen = {
	.name = "scan-overlay",
	.state_size = sizeof(struct overlay_state),
	.enter = overlay_enter,
	.draw = overlay_draw,
	.on_event = overlay_on_event,
};
