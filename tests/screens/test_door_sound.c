/* The door's sound at the kiosk: with door_sound tones, a scan at the door
 * plays the rising two-note, the next scan of the card the falling one, a
 * number nobody has the low "see your mentor"; off plays nothing; speech
 * says the person's words in their language without their name unless the
 * workshop allows it. The player is ROTA_SOUND_PLAYER, here a command that
 * keeps the WAV it is given, so what would be heard is compared byte for
 * byte with what out/sound.h renders. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/app.h"
#include "app/people.h"
#include "core/person.h"
#include "out/sound.h"
#include "out/wav.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"

/* Has the player keep what it is given in dir/name. */
static void player_to(const char *name, char *path, size_t n)
{
	snprintf(path, n, "%s/%s", test_tmpdir(), name);
	unlink(path);
	char cmd[600];
	snprintf(cmd, sizeof cmd, "cat >'%s.part' && mv '%s.part' '%s'", path, path, path);
	setenv("ROTA_SOUND_PLAYER", cmd, 1);
}

/* Waits (up to 10 s of real time: the player is a process of its own) for
 * the file at path; returns its contents (free it) or NULL. */
static char *played(const char *path, size_t *len)
{
	struct stat st;
	for (int i = 0; i < 1000 && stat(path, &st) != 0; i++)
		nanosleep(&(struct timespec){ .tv_nsec = 10 * 1000 * 1000 }, NULL);
	if (stat(path, &st) != 0)
		return NULL;
	*len = (size_t)st.st_size;
	return test_read_file(path);
}

/* Whether the file at path holds exactly what kind and cue render to. */
static bool is_sound(const char *path, enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words)
{
	size_t len = 0;
	char *got = played(path, &len);
	struct sound s;
	bool same = false;
	if (got && sound_render(kind, cue, lang, words, &s) == ERR_OK) {
		unsigned char h[WAV_HEADER_BYTES];
		wav_header(h, s.n, s.rate);
		same = len == sizeof h + 2 * s.n && !memcmp(got, h, sizeof h) &&
		       !memcmp(got + sizeof h, s.pcm, 2 * s.n); /* little-endian, as the machines rota runs on */
		sound_free(&s);
	}
	free(got);
	return same;
}

static void test_tones_at_the_door(void)
{
	struct rig r;
	char path[512];
	rig_open(&r, 24, 80);
	CHECK(app_config_set(r.app, "door_sound", "tones") == ERR_OK, "door_sound tones is set");
	player_to("in.wav", path, sizeof path);
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "greeting"), "the scan greets as ever");
	CHECK(is_sound(path, SOUND_TONES, TONE_IN, NULL, NULL), "a check-in plays the rising two-note");
	rig_type(&r, "\r", 0);
	rig_wait(&r, 150);
	player_to("out.wav", path, sizeof path);
	rig_scan(&r, TOM);
	CHECK(is_sound(path, SOUND_TONES, TONE_OUT, NULL, NULL), "a check-out plays the falling two-note");
	rig_type(&r, "\r", 0);
	player_to("mentor.wav", path, sizeof path);
	rig_type(&r, "1234567890\r", 200);
	CHECK(rig_on(&r, "message"), "a number nobody has is answered calmly");
	CHECK(is_sound(path, SOUND_TONES, TONE_MENTOR, NULL, NULL), "and plays the low see-your-mentor note");
	rig_close(&r);
}

static void test_off_is_silent(void)
{
	struct rig r;
	char path[512];
	rig_open(&r, 24, 80);
	player_to("off.wav", path, sizeof path);
	rig_scan(&r, ANA);
	CHECK(rig_on(&r, "greeting"), "with door_sound off (the default) a scan greets");
	/* Off starts no process at all: nothing can come later. */
	CHECK(access(path, F_OK) != 0, "and plays nothing");
	rig_close(&r);
}

static void test_speech_in_the_persons_language(void)
{
	struct rig r;
	char path[512], words[256];
	struct person p;
	rig_open(&r, 24, 80);
	CHECK(app_config_set(r.app, "door_sound", "speech") == ERR_OK, "door_sound speech is set");
	CHECK(app_person_get(r.app, r.person[NINA], &p) == ERR_OK, "Nina is there");
	player_to("speech.wav", path, sizeof path);
	time_t at = r.now;
	rig_scan(&r, NINA);
	sound_words(TONE_IN, p.lang, NULL, at, words, sizeof words);
	CHECK(is_sound(path, SOUND_SPEECH, TONE_IN, p.lang, words), "a check-in is spoken in her language, without her name");
	rig_close(&r);

	rig_open(&r, 24, 80);
	CHECK(app_config_set(r.app, "door_sound", "speech") == ERR_OK &&
	      app_config_set(r.app, "door_says_names", "on") == ERR_OK, "door_says_names on is set");
	player_to("named.wav", path, sizeof path);
	at = r.now;
	rig_scan(&r, NINA);
	char first[sizeof p.name];
	snprintf(first, sizeof first, "%s", p.name);
	first[strcspn(first, " ")] = '\0';
	sound_words(TONE_IN, p.lang, first, at, words, sizeof words);
	CHECK(is_sound(path, SOUND_SPEECH, TONE_IN, p.lang, words), "with names on, her first name is said");
	rig_close(&r);
}

void suite_door_sound(void)
{
	test_tones_at_the_door();
	test_off_is_silent();
	test_speech_in_the_persons_language();
	unsetenv("ROTA_SOUND_PLAYER");
}
