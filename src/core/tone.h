/* The door's tones as sound samples: a rising two-note for a check-in, a
 * falling one for a check-out, one low note for "please see your mentor".
 * Pure: the caller gives the rate and the buffer; nothing here plays,
 * writes or allocates (src/out/sound.h plays them). */
#ifndef ROTA_CORE_TONE_H
#define ROTA_CORE_TONE_H

#include <stddef.h>
#include <stdint.h>

/* What the door has to say without words. */
enum tone_cue {
	TONE_IN,      /* checked in: two notes, the second higher */
	TONE_OUT,     /* checked out: two notes, the second lower */
	TONE_MENTOR,  /* see your mentor (a card not known, a refusal): one low note */
};

/* The rate tones are made at unless a caller asks for another, in samples
 * per second. */
#define TONE_RATE 16000

/* Returns how many samples cue takes at rate samples per second (rate
 * from 8000 to 96000; 0 for another rate). */
size_t tone_length(enum tone_cue cue, int rate);
/* Writes cue's samples (signed 16-bit, one channel) into pcm, which holds
 * cap samples; returns how many it wrote: tone_length(cue, rate), or 0
 * when cap is smaller or rate is out of range (then pcm is untouched). Each
 * note fades in and out, so it starts and ends without a click. */
size_t tone_render(enum tone_cue cue, int rate, int16_t *pcm, size_t cap);

#endif
