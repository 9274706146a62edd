/* The door's sound: tones (core/tone.h) or words spoken through eSpeak NG
 * (out/speech.h), rendered to samples, to a WAV file, or played on the
 * machine's sound device without ever holding the kiosk up. */
#ifndef ROTA_OUT_SOUND_H
#define ROTA_OUT_SOUND_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/tone.h"
#include "util/err.h"

enum sound_kind {
	SOUND_TONES,   /* the cue's tone */
	SOUND_SPEECH,  /* words in the person's language */
};

/* Samples, signed 16-bit mono, owned by whoever holds the struct. */
struct sound {
	int16_t *pcm;
	size_t n;
	int rate;
};

/* Writes into out (n bytes) the words the door says for cue in lang ("sl",
 * "hr", "en"): a greeting fit for the hour of now (local time) and the
 * outcome ("Dobro jutro. Prijava."), with first_name in it when it is not
 * NULL or "" (only when the workshop lets the door say names). */
void sound_words(enum tone_cue cue, const char *lang, const char *first_name, time_t now, char *out, size_t n);
/* Renders cue as kind: tones, or words (spoken in lang). On ERR_OK *out
 * holds the samples (free with sound_free); ERR_SOUND_SPEECH when speech
 * cannot be made here (out/speech.h), with *out empty. */
enum rota_err sound_render(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words,
                           struct sound *out);
/* Frees s's samples and empties it; an empty s is fine. */
void sound_free(struct sound *s);
/* Renders as sound_render and writes a WAV file at path (out/wav.h). */
enum rota_err sound_write_wav(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words,
                              const char *path);
/* Plays what sound_render makes, on the machine's sound device, and returns
 * at once: a process of its own renders it and hands it to aplay (ALSA) or
 * paplay (PulseAudio), and it is left to finish by itself (nothing waits for
 * it, nothing is left behind). With no sound device, no player or no eSpeak
 * NG (for speech: one line in the log, once) nothing is heard and nothing
 * else changes. Never writes to the terminal. Where ROTA_SOUND_PLAYER is
 * set, that shell command plays instead (it reads the WAV on its standard
 * input: another player, or a file for the tests), sound device or not. */
void sound_play(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words);

#endif
