/* What the door says aloud: a few words in the person's language, the same
 * the greeting shows ("Dobro jutro. Prijava."), short enough to hear while
 * walking on. A name only when the caller passes one. */
#include "out/sound.h"

#include <stdio.h>
#include <string.h>

#include "util/i18n.h"
#include "util/text.h"

/* Before this hour a check-in is greeted "good morning". */
#define MORNING_ENDS_HOUR 10

void sound_words(enum tone_cue cue, const char *lang, const char *first_name, time_t now, char *out, size_t n)
{
	char saved[3], hello[128];
	bool named = first_name && *first_name;
	struct tm tm;
	localtime_r(&now, &tm);
	i18n_switch(lang, saved);
	switch (cue) {
	case TONE_IN:
		/* TRANSLATORS: spoken aloud at the door; %s is a first name */
		if (tm.tm_hour < MORNING_ENDS_HOUR && named)
			snprintf(hello, sizeof hello, _("Good morning, %s."), first_name);
		else if (tm.tm_hour < MORNING_ENDS_HOUR)
			text_copy(hello, sizeof hello, _("Good morning."));
		/* TRANSLATORS: spoken aloud at the door; %s is a first name */
		else if (named)
			snprintf(hello, sizeof hello, _("Hello, %s."), first_name);
		else
			text_copy(hello, sizeof hello, _("Hello."));
		/* TRANSLATORS: spoken aloud at the door after a check-in, after the greeting */
		snprintf(out, n, "%s %s", hello, _("Checked in."));
		break;
	case TONE_OUT:
		/* TRANSLATORS: spoken aloud at the door; %s is a first name */
		if (named)
			snprintf(hello, sizeof hello, _("Goodbye, %s."), first_name);
		else
			text_copy(hello, sizeof hello, _("Goodbye."));
		/* TRANSLATORS: spoken aloud at the door after a check-out, before the goodbye */
		snprintf(out, n, "%s %s", _("Checked out."), hello);
		break;
	case TONE_MENTOR:
	default:
		/* TRANSLATORS: spoken aloud at the door when a card is not known or a scan needs a mentor */
		snprintf(out, n, "%s", _("Please see your mentor."));
		break;
	}
	i18n_restore(saved);
}
