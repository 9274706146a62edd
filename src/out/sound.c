/* The door's sound, rendered and played. Playing forks twice: the kiosk's
 * child starts a grandchild and ends at once, so the kiosk waits only for
 * that fork (no zombie is left, no SIGCHLD is needed) and the grandchild,
 * which belongs to init from then on, renders the sound (eSpeak may take a
 * tenth of a second) and feeds it to the player. Nothing it does reaches
 * the terminal or the records: its output goes to /dev/null and it ends
 * with _exit, running none of the kiosk's exit handlers. */
#include "out/sound.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "out/espeak_lib.h"
#include "out/speech.h"
#include "out/wav.h"
#include "util/alloc.h"
#include "util/log.h"

enum rota_err sound_render(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words,
                           struct sound *out)
{
	memset(out, 0, sizeof *out);
	if (kind == SOUND_SPEECH)
		return speech_render(lang, words ? words : "", &out->pcm, &out->n, &out->rate);
	size_t n = tone_length(cue, TONE_RATE);
	out->pcm = xcalloc(n ? n : 1, sizeof *out->pcm);
	out->n = tone_render(cue, TONE_RATE, out->pcm, n);
	out->rate = TONE_RATE;
	return ERR_OK;
}

void sound_free(struct sound *s)
{
	free(s->pcm);
	memset(s, 0, sizeof *s);
}

enum rota_err sound_write_wav(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words,
                              const char *path)
{
	struct sound s;
	enum rota_err e = sound_render(kind, cue, lang, words, &s);
	if (e == ERR_OK)
		e = wav_write(path, s.pcm, s.n, s.rate);
	sound_free(&s);
	return e;
}

/* Whether this machine has anything to play on: an ALSA device, or a
 * PulseAudio (or PipeWire) server. A cheap terminal may have neither. */
static bool has_sound_device(void)
{
	struct stat st;
	if (stat("/dev/snd", &st) == 0 && S_ISDIR(st.st_mode))
		return true;
	if (getenv("PULSE_SERVER"))
		return true;
	const char *run = getenv("XDG_RUNTIME_DIR");
	char sock[512];
	if (run && snprintf(sock, sizeof sock, "%s/pulse/native", run) < (int)sizeof sock)
		return stat(sock, &st) == 0;
	return false;
}

static bool write_all(int fd, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* In the grandchild: renders and plays, then returns (the caller exits). */
static void play_here(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words)
{
	struct sound s;
	if (sound_render(kind, cue, lang, words, &s) != ERR_OK)
		return;
	int fds[2];
	if (pipe(fds) != 0) {
		sound_free(&s);
		return;
	}
	pid_t player = fork();
	if (player == 0) {
		dup2(fds[0], 0);
		close(fds[0]);
		close(fds[1]);
		const char *command = getenv("ROTA_SOUND_PLAYER");
		if (command && *command)
			execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		execlp("aplay", "aplay", "-q", (char *)NULL);
		execlp("paplay", "paplay", (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	if (player > 0) {
		unsigned char h[WAV_HEADER_BYTES];
		wav_header(h, s.n, s.rate);
		bool ok = write_all(fds[1], h, sizeof h);
		for (size_t i = 0; ok && i < s.n; i++) {
			uint16_t v = (uint16_t)s.pcm[i];
			unsigned char b[2] = { (unsigned char)(v & 0xff), (unsigned char)(v >> 8) };
			ok = write_all(fds[1], b, 2);
		}
	}
	close(fds[1]);
	if (player > 0)
		while (waitpid(player, NULL, 0) < 0 && errno == EINTR)
			;
	sound_free(&s);
}

void sound_play(enum sound_kind kind, enum tone_cue cue, const char *lang, const char *words)
{
	const char *player = getenv("ROTA_SOUND_PLAYER");
	if (!(player && *player) && !has_sound_device())
		return; /* a terminal with nothing to play on never loads eSpeak */
	if (kind == SOUND_SPEECH && !espeak_lib_get())
		return; /* said once in the log; the door goes on without a voice */
	pid_t child = fork();
	if (child < 0) {
		log_msg(LOG_WARN, "no sound: cannot start a process (%s)", strerror(errno));
		return;
	}
	if (child == 0) {
		if (fork() != 0)
			_exit(0);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGPIPE, SIG_IGN); /* a player that quits early ends the write, not us */
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
			if (null > 2)
				close(null);
		}
		play_here(kind, cue, lang, words);
		_exit(0);
	}
	while (waitpid(child, NULL, 0) < 0 && errno == EINTR)
		;
}
