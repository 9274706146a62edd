/* The door's tones, computed sample by sample. The notes are pure sines
 * (a fifth apart for in and out, so the rise or fall is heard at once, and
 * a low A for the mentor), with a short fade at each edge. The sine is our
 * own series, so the core needs no maths library. */
#include "core/tone.h"

#include <stdbool.h>

#define PI 3.14159265358979323846

/* The notes of a cue, in hertz; 0 ends the list. */
struct tone_shape {
	double notes[3];
	int note_ms;     /* each note */
	int gap_ms;      /* silence between notes */
};

static const struct tone_shape shapes[] = {
	[TONE_IN] = { { 523.25, 783.99, 0 }, 200, 20 },      /* C5 then G5 */
	[TONE_OUT] = { { 783.99, 523.25, 0 }, 200, 20 },     /* G5 then C5 */
	[TONE_MENTOR] = { { 220.0, 0, 0 }, 450, 0 },         /* A3, held */
};

#define FADE_MS 12
#define AMPLITUDE 0.35 /* of full scale: clear, never harsh */

/* sin(2 pi turns), good to a few millionths: reduced to [-pi/2, pi/2],
 * then a Taylor series to x^9. */
static double sine_turns(double turns)
{
	turns -= (double)(long long)turns;
	if (turns < 0)
		turns += 1.0;
	if (turns > 0.5)
		turns -= 1.0;
	double x = 2 * PI * turns; /* now in [-pi, pi] */
	if (x > PI / 2)
		x = PI - x;
	else if (x < -PI / 2)
		x = -PI - x;
	double x2 = x * x;
	return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72))));
}

static bool rate_ok(int rate)
{
	return rate >= 8000 && rate <= 96000;
}

static size_t samples_of(int ms, int rate)
{
	return (size_t)rate * (size_t)ms / 1000;
}

static int note_count(const struct tone_shape *sh)
{
	int n = 0;
	while (n < 3 && sh->notes[n] > 0)
		n++;
	return n;
}

static const struct tone_shape *shape_of(enum tone_cue cue)
{
	return cue >= TONE_IN && cue <= TONE_MENTOR ? &shapes[cue] : &shapes[TONE_MENTOR];
}

size_t tone_length(enum tone_cue cue, int rate)
{
	if (!rate_ok(rate))
		return 0;
	const struct tone_shape *sh = shape_of(cue);
	int n = note_count(sh);
	return (size_t)n * samples_of(sh->note_ms, rate) + (size_t)(n - 1) * samples_of(sh->gap_ms, rate);
}

size_t tone_render(enum tone_cue cue, int rate, int16_t *pcm, size_t cap)
{
	size_t total = tone_length(cue, rate);
	if (!total || cap < total)
		return 0;
	const struct tone_shape *sh = shape_of(cue);
	size_t note = samples_of(sh->note_ms, rate), gap = samples_of(sh->gap_ms, rate);
	size_t fade = samples_of(FADE_MS, rate);
	size_t at = 0;
	for (int k = 0; k < note_count(sh); k++) {
		if (k > 0)
			for (size_t i = 0; i < gap; i++)
				pcm[at++] = 0;
		for (size_t i = 0; i < note; i++) {
			double edge = 1.0;
			if (i < fade)
				edge = (double)i / (double)fade;
			else if (note - i <= fade)
				edge = (double)(note - 1 - i) / (double)fade;
			double v = AMPLITUDE * edge * sine_turns(sh->notes[k] * (double)i / rate);
			pcm[at++] = (int16_t)(v * 32767.0);
		}
	}
	return at;
}
