/* The door's tones as numbers: a check-in rises, a check-out falls, "see
 * your mentor" is one low note, each starts and ends without a click and
 * stays well below full scale; which cue a scan's outcome calls for; the
 * words the door says, with a name only when one is given. */
#include <stdlib.h>
#include <string.h>

#include "app/door_sound.h"
#include "core/tone.h"
#include "out/sound.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"

/* The pitch of pcm[from, to) in hertz, by counting upward zero crossings. */
static double pitch(const int16_t *pcm, size_t from, size_t to, int rate)
{
	int ups = 0;
	size_t first = 0, last = 0;
	for (size_t i = from + 1; i < to; i++)
		if (pcm[i - 1] < 0 && pcm[i] >= 0) {
			if (!ups++)
				first = i;
			last = i;
		}
	return ups > 1 ? (double)(ups - 1) * rate / (double)(last - first) : 0;
}

static int16_t *render(enum tone_cue cue, size_t *n)
{
	*n = tone_length(cue, TONE_RATE);
	int16_t *pcm = calloc(*n ? *n : 1, sizeof *pcm);
	CHECK(tone_render(cue, TONE_RATE, pcm, *n) == *n && *n > 0, "a cue renders whole");
	return pcm;
}

static void test_tones(void)
{
	size_t n;
	int16_t *in = render(TONE_IN, &n);
	double a = pitch(in, 0, n / 2, TONE_RATE), b = pitch(in, n / 2, n, TONE_RATE);
	CHECK(a > 500 && a < 550 && b > 760 && b < 810, "a check-in is C5 then G5");
	CHECK(b > a * 1.4, "a check-in rises");
	CHECK(in[0] == 0 && abs(in[n - 1]) < 200, "it starts and ends without a click");
	int peak = 0;
	for (size_t i = 0; i < n; i++)
		peak = abs(in[i]) > peak ? abs(in[i]) : peak;
	CHECK(peak > 9000 && peak < 12000, "loud enough to hear, never harsh");
	free(in);

	int16_t *out = render(TONE_OUT, &n);
	a = pitch(out, 0, n / 2, TONE_RATE);
	b = pitch(out, n / 2, n, TONE_RATE);
	CHECK(a > b * 1.4, "a check-out falls");
	free(out);

	int16_t *mentor = render(TONE_MENTOR, &n);
	a = pitch(mentor, 0, n, TONE_RATE);
	CHECK(a > 210 && a < 230, "see your mentor is one low A");
	free(mentor);

	int16_t small[10];
	CHECK(tone_render(TONE_IN, TONE_RATE, small, 10) == 0, "a buffer too small is left untouched");
	CHECK(tone_length(TONE_IN, 100) == 0 && tone_render(TONE_IN, 100, small, 10) == 0, "a rate out of range renders nothing");
	CHECK(tone_length(TONE_IN, 48000) == 3 * tone_length(TONE_IN, TONE_RATE), "the length follows the rate");
}

static void test_cues(void)
{
	struct scan_result r = { 0 };
	bool has;
	r.action = ATT_CHECK_IN;
	CHECK(app_door_cue(ERR_OK, &r, &has) == TONE_IN && has, "a check-in rises");
	r.action = ATT_CHECK_OUT;
	CHECK(app_door_cue(ERR_OK, &r, &has) == TONE_OUT && has, "a check-out falls");
	r.action = ATT_ALREADY_IN;
	app_door_cue(ERR_OK, &r, &has);
	CHECK(!has, "a repeated scan is silent");
	CHECK(app_door_cue(ERR_BADGE_UNKNOWN, NULL, &has) == TONE_MENTOR && has, "a card not known: see your mentor");
	CHECK(app_door_cue(ERR_PERSON_INACTIVE, NULL, &has) == TONE_MENTOR && has, "an inactive card: see your mentor");
	app_door_cue(ERR_PIN_WRONG, NULL, &has);
	CHECK(!has, "a wrong PIN is answered on screen, not aloud");
}

static void test_words(void)
{
	char w[256];
	time_t morning = 0, afternoon = 0;
	CHECK(date_parse_local("2026-11-23T08:12:00", &morning) && date_parse_local("2026-11-23T14:00:00", &afternoon),
	      "two times");
	sound_words(TONE_IN, "en", NULL, morning, w, sizeof w);
	CHECK(!strcmp(w, "Good morning. Checked in."), "a morning check-in");
	sound_words(TONE_IN, "en", "Ana", afternoon, w, sizeof w);
	CHECK(!strcmp(w, "Hello, Ana. Checked in."), "an afternoon check-in, named");
	sound_words(TONE_OUT, "en", "", afternoon, w, sizeof w);
	CHECK(!strcmp(w, "Checked out. Goodbye."), "a check-out; an empty name is none");
	sound_words(TONE_MENTOR, "en", "Ana", afternoon, w, sizeof w);
	CHECK(!strcmp(w, "Please see your mentor."), "see your mentor never names anyone");
}

void suite_sound(void)
{
	test_tones();
	test_cues();
	test_words();
}
