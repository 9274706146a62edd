/* Every screen records a scan. Each screen of the kiosk's own table
 * (ROTA_SCREENS in screens/screens.h) is opened at 80 x 24 and again at a
 * size too small to use, a participant's card is scanned, and the visit is
 * recorded and shown: the greeting at the door, the overlay over a mentor's
 * screen. A screen added to the table is covered here without more. */
#include <stdio.h>
#include <string.h>

#include "app/scan.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

struct table_row {
	const struct screen_ops *ops;
	enum screen_arg arg;
};

static const struct table_row every_screen[] = {
#define SCREEN_ROW(ops, arg) { &ops, arg },
	ROTA_SCREENS(SCREEN_ROW)
#undef SCREEN_ROW
};

/* What a screen may be entered with; one of each. */
struct args {
	struct scan_result result;
	struct message_arg message;
	struct names_arg names;
	struct name_pick pick;
	struct mentor_session session;
	struct person_arg person;
	struct correct_arg correct;
	struct prompt_arg prompt;
	struct badge_qr_arg qr;
	struct scan_overlay_arg overlay;
};

static void count_open(const struct visit_row *row, void *ctx)
{
	long long *c = ctx;
	if (row->visit.status == VISIT_OPEN && row->visit.person_id == c[0])
		c[1]++;
}

static bool is_in(struct rig *r, int who)
{
	long long c[2] = { r->person[who], 0 };
	app_visits_each(r->app, 0, 0, count_open, c);
	return c[1] > 0;
}

/* Fills a with an argument of every kind: Ana's, with Maja signed in. */
static void make_args(struct rig *r, struct args *a)
{
	memset(a, 0, sizeof *a);
	app_scan(r->app, r->payload[ANA], r->now, &a->result);
	text_copy(a->message.title, sizeof a->message.title, "A calm message");
	a->message.seconds = 10;
	a->pick.person_id = r->person[ANA];
	text_copy(a->pick.short_name, sizeof a->pick.short_name, "Ana K.");
	a->session.mentor_id = r->person[MAJA];
	text_copy(a->session.short_name, sizeof a->session.short_name, "Maja N.");
	a->session.is_coordinator = true; /* the entry form is a coordinator's */
	a->person.session = a->session;
	a->person.person_id = r->person[ANA];
	a->correct.session = a->session;
	a->correct.person_id = r->person[ANA];
	text_copy(a->correct.name, sizeof a->correct.name, "Ana Kovač");
	a->correct.day = date_ymd(r->now);
	a->prompt.who = a->person;
	a->prompt.kind = PROMPT_NOTE;
	text_copy(a->qr.payload, sizeof a->qr.payload, r->payload[ANA]);
	text_copy(a->qr.name, sizeof a->qr.name, "Ana Kovač");
	text_copy(a->overlay.payload, sizeof a->overlay.payload, r->payload[IVAN]);
}

/* Opens row's screen as the kiosk would show it; returns the name of the
 * screen that is then on top of the stack. */
static const char *open_screen(struct rig *r, const struct table_row *row, struct args *a)
{
	struct screen_mgr *m = &r->kiosk.mgr;
	const void *arg = NULL;
	switch (row->arg) {
	case SCREEN_ARG_NONE: break;
	case SCREEN_ARG_SCAN_RESULT: arg = &a->result; break;
	case SCREEN_ARG_MESSAGE: arg = &a->message; break;
	case SCREEN_ARG_NAMES: arg = &a->names; break;
	case SCREEN_ARG_NAME_PICK: arg = &a->pick; break;
	case SCREEN_ARG_SESSION: arg = &a->session; break;
	case SCREEN_ARG_PERSON: arg = &a->person; break;
	case SCREEN_ARG_CORRECT: arg = &a->correct; break;
	case SCREEN_ARG_PROMPT: arg = &a->prompt; break;
	case SCREEN_ARG_BADGE_QR: arg = &a->qr; break;
	case SCREEN_ARG_OVERLAY: /* over the mentor's first screen, with another card's answer */
		screen_mgr_open(m, &review_screen, &a->session, r->now);
		screen_mgr_overlay(m, row->ops, &a->overlay, r->now);
		return review_screen.name;
	case SCREEN_ARG_TOO_SMALL: /* over whatever shows: the door */
		screen_mgr_open(m, &home_screen, NULL, r->now);
		return home_screen.name;
	}
	screen_mgr_open(m, row->ops, arg, r->now);
	return row->ops->name;
}

/* Opens row's screen (shrunk too small with is_small), scans Tom's card and
 * checks his visit is recorded and shown. */
static void scan_on(const struct table_row *row, bool is_small)
{
	struct rig r;
	struct args a;
	char what[200];
	const char *size = is_small ? "too small" : "80x24";
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	const char *under = open_screen(&r, row, &a);
	bool is_mentor = screen_mgr_top(&r.kiosk.mgr)->ops->is_mentor;
	snprintf(what, sizeof what, "%s (%s): the screen is open", row->ops->name, size);
	CHECK(rig_on(&r, under), what);
	if (is_small || row->arg == SCREEN_ARG_TOO_SMALL)
		rig_resize(&r, 20, 60);
	rig_scan(&r, TOM);
	snprintf(what, sizeof what, "%s (%s): a card scanned here is recorded", row->ops->name, size);
	CHECK(is_in(&r, TOM), what);
	rig_resize(&r, 24, 80); /* what the scan answered, once it can be read */
	if (is_mentor) {
		snprintf(what, sizeof what, "%s (%s): the overlay says so, over the same screen", row->ops->name, size);
		CHECK(rig_on(&r, under) && rig_shows(&r, "┌") && rig_shows(&r, "Tom B."), what);
	} else {
		snprintf(what, sizeof what, "%s (%s): the greeting says so", row->ops->name, size);
		CHECK(rig_on(&r, "greeting") && rig_shows(&r, "Tom B."), what);
	}
	rig_close(&r);
}

/* A mentor screen's argument names who is signed in, read as the kind the
 * table declares: the session the kiosk keeps is Maja's, the one handed. */
static void session_on(const struct table_row *row)
{
	struct rig r;
	struct args a;
	char what[200];
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	open_screen(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	if (top->ops == row->ops && row->ops->is_mentor) {
		snprintf(what, sizeof what, "%s: the kiosk knows who is signed in from its argument",
		         row->ops->name);
		CHECK(r.kiosk.session.mentor_id == r.person[MAJA] &&
		      !strcmp(r.kiosk.session.short_name, "Maja N."), what);
	} else if (top->ops == row->ops) {
		snprintf(what, sizeof what, "%s: a screen at the door carries no session", row->ops->name);
		CHECK(r.kiosk.session.mentor_id == 0, what);
	}
	rig_close(&r);
}

void suite_every_screen(void)
{
	for (size_t i = 0; i < sizeof every_screen / sizeof every_screen[0]; i++) {
		scan_on(&every_screen[i], false);
		scan_on(&every_screen[i], true);
		session_on(&every_screen[i]);
	}
}

/* The screens with no keys of their own: the too-small notice, the scan
 * overlay (its box closes on any key) and a badge's code (any key closes
 * it, and the code may take the whole window). Every other screen declares
 * its keys. */
static bool is_keyless(const struct screen_ops *ops)
{
	return ops == &too_small_screen || ops == &scan_overlay_screen || ops == &badge_qr_screen;
}

/* Returns row y of the screen text (without its newline) in out. */
static void screen_row(struct rig *r, int y, char *out, size_t n)
{
	const char *p = rig_screen(r);
	for (int i = 0; i < y && p; i++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	out[0] = '\0';
	if (!p)
		return;
	const char *end = strchr(p, '\n');
	size_t len = end ? (size_t)(end - p) : strlen(p);
	if (len >= n)
		len = n - 1;
	memcpy(out, p, len);
	out[len] = '\0';
}

/* Opens row's screen at 80 x 24: its hint line is on the row every screen
 * has it on and is what its key table says, Esc among it; F1 opens the help
 * listing every key of the table (its menu too), and Esc closes the help. */
static void keys_on(const struct table_row *row)
{
	struct rig r;
	struct args a;
	char what[800], line[512], want[512];
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	const char *under = open_screen(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	snprintf(what, sizeof what, "%s: declares its keys", row->ops->name);
	CHECK(top->ops->keys != NULL, what);
	if (!top->ops->keys) {
		rig_close(&r);
		return;
	}
	const struct keymap *km = top->ops->keys(top);
	keys_hint_line(km, 80 - 2, want, sizeof want);
	screen_row(&r, keys_hint_row(24), line, sizeof line);
	snprintf(what, sizeof what, "%s: the hint line (row %d) is its key table's: '%s'", row->ops->name,
	         keys_hint_row(24), want);
	CHECK(!strncmp(line, " ", 1) && strstr(line, want) == line + 1, what);
	for (const struct key_bind *b = km->binds; b->hint; b++)
		if (b->key == UI_KEY_ESC && !b->is_help_only) {
			snprintf(what, sizeof what, "%s: Esc is on the hint line", row->ops->name);
			CHECK(strstr(want, _(b->hint)) && strstr(line, _(b->hint)), what);
		}
	char saved[3];
	i18n_switch(km->lang, saved); /* the footer and help speak the screen's language */
	snprintf(what, sizeof what, "%s: the hint line offers the help", row->ops->name);
	CHECK(strstr(line, _("F1: help")) != NULL, what);
	rig_key(&r, KEY_F(1));
	snprintf(what, sizeof what, "%s: F1 opens the help", row->ops->name);
	CHECK(rig_shows(&r, _("Help: the keys on this screen")), what);
	for (const struct keymap *m = km; m; m = m->more)
		for (const struct key_bind *b = m->binds; b->hint; b++) {
			const char *hint = _(b->hint), *colon = strstr(hint, ": ");
			const char *words = b->help ? _(b->help) : colon ? colon + 2 : hint;
			snprintf(what, sizeof what, "%s: the help lists '%s'", row->ops->name, b->hint);
			CHECK(rig_shows(&r, words), what);
		}
	rig_key(&r, UI_KEY_ESC);
	snprintf(what, sizeof what, "%s: Esc closes the help, back on the screen", row->ops->name);
	CHECK(!rig_shows(&r, _("Help: the keys on this screen")) && rig_on(&r, under), what);
	i18n_restore(saved);
	rig_close(&r);
}

void suite_every_screen_keys(void)
{
	for (size_t i = 0; i < sizeof every_screen / sizeof every_screen[0]; i++)
		if (!is_keyless(every_screen[i].ops))
			keys_on(&every_screen[i]);
}
