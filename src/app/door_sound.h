/* The door's sound after a scan, as the workshop set it (door_sound: off,
 * tones or speech; door_says_names), and the same sound written to a file
 * for a coordinator to try. */
#ifndef ROTA_APP_DOOR_SOUND_H
#define ROTA_APP_DOOR_SOUND_H

#include <time.h>

#include "app/app.h"
#include "app/scan.h"
#include "core/tone.h"
#include "util/err.h"

/* Returns the cue for a scan's outcome: e, and r when e is ERR_OK. A
 * check-in rises (TONE_IN), a check-out falls (TONE_OUT), a refusal asks
 * the person to see their mentor (TONE_MENTOR); *has_cue is false for what
 * calls for no sound (a repeated scan that changed nothing, a wrong PIN,
 * which the screen answers at once). */
enum tone_cue app_door_cue(enum rota_err e, const struct scan_result *r, bool *has_cue);
/* Sounds the door for a scan's outcome (see app_door_cue): nothing
 * when door_sound is off; the cue's tone; or its words in the person's
 * language (r->lang; the kiosk's for a refusal), greeting by the hour of
 * r->at, with their first name only
 * when door_says_names is on. Returns at once and never fails: a machine
 * without a sound device or without eSpeak NG stays silent (out/sound.h). */
void app_door_sound(const struct app *app, enum rota_err e, const struct scan_result *r);
/* Writes to path, as a WAV file, what the door plays for cue as kind
 * (APP_SOUND_TONES or APP_SOUND_SPEECH) in lang at now, saying first_name
 * when it is not NULL and the workshop's door_says_names is on; the words
 * spoken go into words (n bytes; "" for tones). ERR_INVALID for kind
 * APP_SOUND_OFF; ERR_SOUND_SPEECH when speech cannot be made here; a file's
 * refusal (util/files.h) otherwise. Changes no record. */
enum rota_err app_door_sound_file(const struct app *app, enum app_sound kind, enum tone_cue cue, const char *lang,
                                  const char *first_name, time_t now, const char *path, char *words, size_t n);

#endif
