/* The one place a scan result turns into the next screen, shared by every
 * screen that accepts a scan or a name. */
#include "screens/screens.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define MESSAGE_SECONDS 10

int flow_error(struct screen *s, struct flow *f, enum rota_err e, int how)
{
	memset(&f->message, 0, sizeof f->message);
	text_copy(f->message.body, sizeof f->message.body, err_message(e));
	f->message.seconds = MESSAGE_SECONDS;
	f->message.tone = THEME_PLAIN;
	return screen_go(s, how, &message_screen, &f->message);
}

/* "Already" answers in the person's own language. */
static int already(struct screen *s, struct flow *f, int how)
{
	const struct scan_result *r = &f->result;
	char kiosk_lang[3], since[6];
	i18n_switch(r->lang, kiosk_lang);
	date_format_hm(r->since, since);
	memset(&f->message, 0, sizeof f->message);
	text_copy(f->message.title, sizeof f->message.title, r->short_name);
	if (r->action == ATT_ALREADY_IN)
		snprintf(f->message.body, sizeof f->message.body,
		         _("You are already checked in since %s. Have a good day!"), since);
	else
		snprintf(f->message.body, sizeof f->message.body,
		         _("You already checked out at %s. See you next time!"), since);
	f->message.seconds = MESSAGE_SECONDS;
	f->message.tone = r->action == ATT_ALREADY_IN ? THEME_IN : THEME_OUT;
	text_copy(f->message.lang, sizeof f->message.lang, r->lang);
	i18n_restore(kiosk_lang);
	return screen_go(s, how, &message_screen, &f->message);
}

static int after(struct screen *s, struct flow *f, enum rota_err e, int how)
{
	if (e != ERR_OK)
		return flow_error(s, f, e, how);
	if (f->result.action == ATT_ALREADY_IN || f->result.action == ATT_ALREADY_OUT)
		return already(s, f, how);
	return screen_go(s, how, &greeting_screen, &f->result);
}

int flow_scan(struct screen *s, struct flow *f, const char *line, time_t now, int how)
{
	return after(s, f, app_scan(s->app, line, now, &f->result), how);
}

int flow_attend(struct screen *s, struct flow *f, long long person_id, const char *pin,
                time_t now, int how, bool *pin_wrong)
{
	enum rota_err e = app_attend_by_name(s->app, person_id, pin, now, &f->result);
	*pin_wrong = e == ERR_PIN_WRONG;
	if (*pin_wrong)
		return SCR_HANDLED | SCR_REDRAW;
	return after(s, f, e, how);
}
