/* Speech through eSpeak NG in its synchronous mode: each call of
 * espeak_Synth hands the samples to a callback before it returns, which
 * collects them here. eSpeak keeps one voice per process, so this is not
 * for two threads at once (rota has one). */
#include "out/speech.h"

#include <stdlib.h>
#include <string.h>

#include "out/espeak_lib.h"
#include "util/alloc.h"
#include "util/log.h"

/* Where the callback puts what it is given, during one speech_render. */
static struct collect {
	int16_t *pcm;
	size_t n, cap;
} *collecting;

static int collect_samples(short *wav, int numsamples, struct espeak_event *events)
{
	(void)events;
	struct collect *c = collecting;
	if (!c || !wav || numsamples <= 0)
		return 0;
	if (c->n + (size_t)numsamples > c->cap) {
		size_t cap = c->cap ? c->cap : 16384;
		while (cap < c->n + (size_t)numsamples)
			cap *= 2;
		c->pcm = xrealloc(c->pcm, cap * sizeof *c->pcm);
		c->cap = cap;
	}
	memcpy(c->pcm + c->n, wav, (size_t)numsamples * sizeof *wav);
	c->n += (size_t)numsamples;
	return 0; /* go on */
}

/* Starts eSpeak once; its rate, or 0 when it cannot start. */
static int espeak_start(const struct espeak_lib *lib)
{
	static int rate = -1;
	if (rate < 0) {
		/* eSpeak NG 1.51 makes an audio device even to only synthesise,
		 * and libpulse then makes a folder of its own in /tmp (and one in
		 * ~/.config) when the session has no XDG_RUNTIME_DIR. rota plays
		 * through a player of its own, so the probe is sent to no server
		 * and the environment put back for that player. */
		const char *was = getenv("PULSE_SERVER");
		char *kept = was ? xstrdup(was) : NULL;
		setenv("PULSE_SERVER", "unix:/nonexistent/rota-renders-only", 1);
		int r = lib->espeak_Initialize(ESPEAK_OUTPUT_SYNCHRONOUS, 200, NULL, ESPEAK_INIT_DONT_EXIT);
		if (kept)
			setenv("PULSE_SERVER", kept, 1);
		else
			unsetenv("PULSE_SERVER");
		free(kept);
		rate = r > 0 ? r : 0;
		if (!rate)
			log_msg(LOG_ERROR, "eSpeak NG could not start (is espeak-ng-data installed?)");
		else
			lib->espeak_SetSynthCallback(collect_samples);
	}
	return rate;
}

static const char *voice_of(const char *lang)
{
	if (lang && (!strcmp(lang, "hr") || !strcmp(lang, "en")))
		return lang;
	return "sl";
}

enum rota_err speech_render(const char *lang, const char *text, int16_t **pcm, size_t *n, int *rate)
{
	*pcm = NULL;
	*n = 0;
	const struct espeak_lib *lib = espeak_lib_get();
	int r = lib ? espeak_start(lib) : 0;
	if (!r)
		return ERR_SOUND_SPEECH;
	const char *voice = voice_of(lang);
	if (lib->espeak_SetVoiceByName(voice) != ESPEAK_OK) {
		log_msg(LOG_ERROR, "eSpeak NG has no voice %s", voice);
		return ERR_SOUND_SPEECH;
	}
	struct collect c = { 0 };
	collecting = &c;
	int e = lib->espeak_Synth(text, strlen(text) + 1, 0, ESPEAK_POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, NULL, NULL);
	if (e == ESPEAK_OK)
		e = lib->espeak_Synchronize();
	collecting = NULL;
	if (e != ESPEAK_OK || !c.n) {
		log_msg(LOG_ERROR, "eSpeak NG said nothing in %s (error %d)", voice, e);
		free(c.pcm);
		return ERR_SOUND_SPEECH;
	}
	*pcm = c.pcm;
	*n = c.n;
	*rate = r;
	return ERR_OK;
}
