/* Spoken words as sound samples through eSpeak NG (out/espeak_lib.h), in
 * one of rota's languages. Only rendering: playing is out/sound.c's. */
#ifndef ROTA_OUT_SPEECH_H
#define ROTA_OUT_SPEECH_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

/* Renders text (UTF-8) spoken in lang ("sl", "hr", "en"; anything else is
 * spoken in Slovenian) into *pcm, n samples at *rate samples per second,
 * signed 16-bit mono; the caller frees *pcm. ERR_SOUND_SPEECH (with a line
 * in the log) when eSpeak NG is not installed, lacks its data or the voice,
 * or says nothing; then *pcm is NULL. */
enum rota_err speech_render(const char *lang, const char *text, int16_t **pcm, size_t *n, int *rate);

#endif
