/* The door's sound: which cue a scan's outcome calls for, in which language,
 * with or without a name, as the workshop's settings say. The sound itself
 * is out/sound.c's; the words are its too, so the kiosk and `rota sound`
 * say the same. */
#include "app/door_sound.h"

#include <string.h>

#include "out/sound.h"
#include "util/text.h"

enum tone_cue app_door_cue(enum rota_err e, const struct scan_result *r, bool *has_cue)
{
	*has_cue = true;
	if (e == ERR_PIN_WRONG) {
		*has_cue = false;
		return TONE_MENTOR;
	}
	if (e != ERR_OK)
		return TONE_MENTOR;
	switch (r->action) {
	case ATT_CHECK_IN: return TONE_IN;
	case ATT_CHECK_OUT: return TONE_OUT;
	case ATT_ALREADY_IN:
	case ATT_ALREADY_OUT: break;
	}
	*has_cue = false;
	return TONE_MENTOR;
}

/* The first word of a short name ("Ana K." -> "Ana"). */
static void first_name_of(const char *short_name, char *out, size_t n)
{
	text_copy(out, n, short_name);
	char *space = strchr(out, ' ');
	if (space)
		*space = '\0';
}

static void words_for(const struct app *app, enum tone_cue cue, const char *lang, const char *first_name,
                      time_t now, char *out, size_t n)
{
	bool named = app->cfg.door_says_names && first_name && *first_name && cue != TONE_MENTOR;
	sound_words(cue, lang, named ? first_name : NULL, now, out, n);
}

void app_door_sound(const struct app *app, enum rota_err e, const struct scan_result *r)
{
	bool has_cue;
	if (app->cfg.door_sound == APP_SOUND_OFF)
		return;
	enum tone_cue cue = app_door_cue(e, r, &has_cue);
	if (!has_cue)
		return;
	if (app->cfg.door_sound == APP_SOUND_TONES) {
		sound_play(SOUND_TONES, cue, NULL, NULL);
		return;
	}
	const char *lang = e == ERR_OK && r->lang[0] ? r->lang : app_kiosk_lang(app);
	char first[PERSON_SHORT_MAX], words[512];
	first_name_of(e == ERR_OK ? r->short_name : "", first, sizeof first);
	words_for(app, cue, lang, first, e == ERR_OK ? r->at : 0, words, sizeof words);
	sound_play(SOUND_SPEECH, cue, lang, words);
}

enum rota_err app_door_sound_file(const struct app *app, enum app_sound kind, enum tone_cue cue, const char *lang,
                                  const char *first_name, time_t now, const char *path, char *words, size_t n)
{
	text_copy(words, n, "");
	if (kind == APP_SOUND_OFF)
		return ERR_INVALID;
	if (kind == APP_SOUND_TONES)
		return sound_write_wav(SOUND_TONES, cue, NULL, NULL, path);
	words_for(app, cue, lang, first_name, now, words, n);
	return sound_write_wav(SOUND_SPEECH, cue, lang, words, path);
}
