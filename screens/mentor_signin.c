/* Mentor sign-in: scan your own badge (it identifies you and checks
 * nobody in), or pick your name; then your PIN. */
#include <string.h>

#include "app/mentor.h"
#include "core/badge.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"
#include "util/text.h"

struct signin_state {
	enum rota_err refused;      /* the last refusal, shown calmly */
	struct name_pick pick;
	struct names_arg names;
	struct flow flow;
};

enum signin_action { SIGNIN_NAMES = 1, SIGNIN_BACK };

static const struct key_bind signin_binds[] = {
	{ .hint = N_("Scan: your badge"), .help = N_("a mentor's badge signs in") },
	{ .key = KEY_F(3), .ch = 'N', .action = SIGNIN_NAMES, .hint = N_("N: find your name"),
	  .help = N_("pick your name, then type your PIN") },
	{ .key = UI_KEY_ESC, .action = SIGNIN_BACK, .hint = N_("Esc: back to the start") },
	{ 0 },
};
static const struct keymap signin_map = { .binds = signin_binds };

static const struct keymap *signin_keys(const struct screen *s)
{
	(void)s;
	return &signin_map;
}

static void signin_draw(const struct screen *s, WINDOW *w)
{
	const struct signin_state *st = s->state;
	draw_centered(w, 3, _("Mentor mode"), theme_attr(THEME_TITLE));
	draw_wrapped(w, 6, s->cols - 8, _("Scan your badge, or press N to find your name."), A_BOLD);
	if (st->refused != ERR_OK)
		draw_wrapped(w, 10, s->cols - 12, flow_words(st->refused, true), A_NORMAL);
}

static int signin_on_event(struct screen *s, const struct event *ev)
{
	struct signin_state *st = s->state;
	struct person p;
	switch (ev->kind) {
	case EV_SCAN:
		st->refused = app_mentor_by_badge(s->app, ev->text, &p);
		if (st->refused != ERR_OK)
			return SCR_HANDLED | SCR_REDRAW;
		st->pick.person_id = p.id;
		st->pick.for_mentor = true;
		text_copy(st->pick.badge, sizeof st->pick.badge, ev->text); /* the PIN goes with the badge */
		person_short_name(p.name, st->pick.short_name, sizeof st->pick.short_name);
		return screen_go(s, SCR_REPLACE, &pin_screen, &st->pick);
	case EV_CHAR:
	case EV_KEY:
		/* N alone, not a letter of something typed before it */
		if (ev->kind == EV_CHAR && ev->text[1])
			return SCR_HANDLED;
		switch (keys_action(signin_keys(s), ev)) {
		case SIGNIN_NAMES:
			st->names.for_mentor = true;
			return screen_go(s, SCR_REPLACE, &names_screen, &st->names);
		case SIGNIN_BACK:
			return SCR_HOME | SCR_HANDLED;
		default:
			return SCR_HANDLED;
		}
	default:
		return 0;
	}
}

const struct screen_ops mentor_signin_screen = {
	.name = "mentor-signin",
	.state_size = sizeof(struct signin_state),
	.draw = signin_draw,
	.on_event = signin_on_event,
	.keys = signin_keys,
};
