/* The one place a scan result turns into the next screen, shared by every
 * screen that accepts a scan or a name. */
#include "out/err_words.h"
#include "screens/screens.h"

#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/door_sound.h"
#include "app/scan_repeat.h"
#include "core/badge.h"
#include "core/mentor.h"
#include "out/refusal_words.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define MESSAGE_SECONDS 10

const char *flow_words(enum rota_err e, bool to_mentor)
{
	return refusal_code_words(e, to_mentor ? REFUSAL_FOR_MENTOR : REFUSAL_FOR_DOOR);
}

int flow_error(struct screen *s, struct flow *f, enum rota_err e, int how)
{
	return flow_error_to(s, f, e, false, how);
}

static void error_message(struct flow *f, enum rota_err e, bool to_mentor)
{
	memset(&f->message, 0, sizeof f->message);
	text_copy(f->message.body, sizeof f->message.body, flow_words(e, to_mentor));
	f->message.seconds = MESSAGE_SECONDS;
	f->message.tone = THEME_PLAIN;
}

int flow_error_to(struct screen *s, struct flow *f, enum rota_err e, bool to_mentor, int how)
{
	error_message(f, e, to_mentor);
	return screen_go(s, how, &message_screen, &f->message);
}

void flow_pause_words(enum rota_err e, const struct pause_words *w, time_t now, char *out, size_t n)
{
	int m = mentor_minutes_left(w->until, now);
	if (m < 1)
		m = 1; /* a pause that ends this very second still asks for a moment */
	if (e == ERR_DOOR_PAUSED && w->to_mentor)
		snprintf(out, n, P_("Too many wrong PINs here. Signing in by name is paused for %d minute. "
		                    "Please use your badge, or ask a coordinator.",
		                    "Too many wrong PINs here. Signing in by name is paused for %d minutes. "
		                    "Please use your badge, or ask a coordinator.", m), m);
	else if (e == ERR_DOOR_PAUSED)
		snprintf(out, n, P_("Too many wrong PINs here. Checking in by name is paused for %d minute. "
		                    "Please scan your card, or ask a mentor.",
		                    "Too many wrong PINs here. Checking in by name is paused for %d minutes. "
		                    "Please scan your card, or ask a mentor.", m), m);
	else if (w->with_badge)
		snprintf(out, n, P_("Too many wrong PINs with this badge. Mentor mode is paused for %d minute. "
		                    "A coordinator can open it sooner.",
		                    "Too many wrong PINs with this badge. Mentor mode is paused for %d minutes. "
		                    "A coordinator can open it sooner.", m), m);
	else if (w->to_mentor)
		snprintf(out, n, P_("Too many wrong PINs for this name. It is paused for %d minute. "
		                    "Please use your badge, or ask a coordinator.",
		                    "Too many wrong PINs for this name. It is paused for %d minutes. "
		                    "Please use your badge, or ask a coordinator.", m), m);
	else
		snprintf(out, n, P_("Too many wrong PINs for this name. It is paused for %d minute. "
		                    "Please scan your card, or ask a mentor.",
		                    "Too many wrong PINs for this name. It is paused for %d minutes. "
		                    "Please scan your card, or ask a mentor.", m), m);
}

int flow_paused(struct screen *s, struct flow *f, enum rota_err e, const struct pause_words *w, time_t now,
                int how)
{
	memset(&f->message, 0, sizeof f->message);
	flow_pause_words(e, w, now, f->message.body, sizeof f->message.body);
	f->message.seconds = MESSAGE_SECONDS;
	f->message.tone = THEME_PLAIN;
	return screen_go(s, how, &message_screen, &f->message);
}

enum theme_role flow_result_words(const struct scan_result *r, char *word, size_t nword, char *body,
                                  size_t nbody)
{
	char at[6];
	bool is_in = r->action == ATT_CHECK_IN || r->action == ATT_ALREADY_IN;
	if (r->action == ATT_ALREADY_IN || r->action == ATT_ALREADY_OUT) {
		date_format_hm(r->since, at);
		text_copy(word, nword, "");
		snprintf(body, nbody,
		         is_in ? _("You are already checked in since %s. Have a good day!")
		               : _("You already checked out at %s. See you next time!"),
		         at);
	} else {
		date_format_hm(r->at, at);
		text_copy(word, nword, is_in ? _("CHECKED IN") : _("CHECKED OUT"));
		snprintf(body, nbody, is_in ? _("Welcome! You checked in at %s.") : _("You checked out at %s. Thank you!"),
		         at);
	}
	return is_in ? THEME_IN : THEME_OUT;
}

void flow_closed_words(const struct scan_result *r, char *body, size_t nbody)
{
	char whole[sizeof r->closed_why + 256];
	/* TRANSLATORS: the public holiday's name or the closure's reason */
	snprintf(whole, sizeof whole, _("The workshop is closed today: %s. Nothing was recorded. If the workshop is "
	                                "open after all, please ask a mentor."),
	         app_day_name_words(r->closed_is_holiday, r->closed_why));
	text_copy(body, nbody, whole); /* a long reason is cut between characters, never inside one */
}

/* A closed day answers in the person's own language, with the reason. */
static void closed_message(struct flow *f)
{
	const struct scan_result *r = &f->result;
	char kiosk_lang[3];
	i18n_switch(r->lang, kiosk_lang);
	memset(&f->message, 0, sizeof f->message);
	text_copy(f->message.title, sizeof f->message.title, r->short_name);
	flow_closed_words(r, f->message.body, sizeof f->message.body);
	f->message.seconds = MESSAGE_SECONDS;
	f->message.tone = THEME_PLAIN;
	text_copy(f->message.lang, sizeof f->message.lang, r->lang);
	i18n_restore(kiosk_lang);
}

/* "Already" answers in the person's own language. */
static void already_message(struct flow *f)
{
	const struct scan_result *r = &f->result;
	char kiosk_lang[3], word[64];
	i18n_switch(r->lang, kiosk_lang);
	memset(&f->message, 0, sizeof f->message);
	text_copy(f->message.title, sizeof f->message.title, r->short_name);
	f->message.tone = flow_result_words(r, word, sizeof word, f->message.body, sizeof f->message.body);
	f->message.seconds = MESSAGE_SECONDS;
	text_copy(f->message.lang, sizeof f->message.lang, r->lang);
	i18n_restore(kiosk_lang);
}

const struct screen_ops *flow_next(const struct app *app, struct flow *f, enum rota_err e, const void **arg)
{
	app_door_sound(app, e, &f->result);
	*arg = &f->message;
	if (e == ERR_DAY_CLOSED)
		closed_message(f);
	else if (e != ERR_OK)
		error_message(f, e, false);
	else if ((f->result.action == ATT_ALREADY_IN || f->result.action == ATT_ALREADY_OUT) &&
	         !app_scan_repeat_can_undo(app, &f->result, f->result.at))
		already_message(f);
	else
		*arg = &f->result;
	return *arg == &f->result ? &greeting_screen : &message_screen;
}

int flow_after(struct screen *s, struct flow *f, enum rota_err e, int how)
{
	const void *arg;
	const struct screen_ops *next = flow_next(s->app, f, e, &arg);
	return screen_go(s, how, next, arg);
}

const char *flow_typed_words(enum rota_err e)
{
	if (e == ERR_BADGE_UNKNOWN)
		return _("This number is not known here. Please check it, or ask a mentor.");
	if (e == ERR_BADGE_UNREADABLE)
		return _("This is not a card number. Please check the digits and type them again, or ask a mentor.");
	return err_message(e);
}

int flow_scan(struct screen *s, struct flow *f, const char *line, bool by_hand, time_t now, int how)
{
	enum rota_err e = app_scan(s->app, line, now, &f->result);
	/* Digits typed by hand are a number, not a card read: a well-formed one
	 * nobody has is "not known", a malformed one (a slip of a finger, which
	 * the check digit catches) asks for the digits again. */
	if (by_hand && (e == ERR_BADGE_UNKNOWN || e == ERR_BADGE_UNREADABLE)) {
		app_door_sound(s->app, e, &f->result);
		error_message(f, e, false);
		text_copy(f->message.body, sizeof f->message.body, flow_typed_words(e));
		return screen_go(s, how, &message_screen, &f->message);
	}
	return flow_after(s, f, e, how);
}

int flow_attend(struct screen *s, struct flow *f, long long person_id, const char *pin, bool to_mentor,
                time_t now, int how, bool *pin_wrong)
{
	enum rota_err e = app_attend_by_name(s->app, person_id, pin, now, &f->result);
	*pin_wrong = e == ERR_PIN_WRONG;
	if (*pin_wrong)
		return SCR_HANDLED | SCR_REDRAW;
	if (e == ERR_LOCKED || e == ERR_DOOR_PAUSED) {
		struct pause_words w = { .until = f->result.paused_until, .to_mentor = to_mentor };
		return flow_paused(s, f, e, &w, now, how);
	}
	return flow_after(s, f, e, how);
}
