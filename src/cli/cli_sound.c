/* rota sound: what the door plays after a scan, written to a WAV file, so a
 * workshop can hear its setting before it turns it on, and the tests can
 * measure it. Changes no record. */
#include <stddef.h>
#include <stdio.h>

#include "app/door_sound.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/i18n.h"

static const char *const outcomes[] = { "checkin", "checkout", "mentor", NULL };
static const enum tone_cue outcome_cues[] = { TONE_IN, TONE_OUT, TONE_MENTOR };
static const char *const kinds[] = { "tones", "speech", NULL };

struct sound_args {
	int outcome;
	const char *to;
	int kind;       /* -1: the workshop's door_sound */
	int lang;       /* -1: the kiosk's language */
	const char *name;
};

static const struct opt sound_opts[] = {
	OPT_CHOICE("outcome", outcomes, OPT_REQUIRED,
	           N_("the scan's outcome (mentor: please see your mentor)"),
	           offsetof(struct sound_args, outcome)),
	OPT_STRING("to", "FILE", OPT_REQUIRED, N_("the WAV file to write"), offsetof(struct sound_args, to)),
	OPT_CHOICE("as", kinds, 0, N_("tones or speech (default: the workshop's door_sound)"),
	           offsetof(struct sound_args, kind)),
	OPT_CHOICE("lang", cli_langs, 0, N_("the person's language, for speech (default: the kiosk's)"),
	           offsetof(struct sound_args, lang)),
	OPT_STRING("name", "FIRST", 0, N_("a first name, said only where door_says_names is on"),
	           offsetof(struct sound_args, name)),
	OPT_END,
};
static const struct opt_cmd sound_cmd = {
	"sound",
	N_("Writes the sound the door plays after a scan to a WAV file, to try it before\n"
	   "turning it on (rota config set door_sound tones|speech), and prints the words\n"
	   "it speaks. Changes no record."),
	sound_opts,
};

static int sound_run(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct sound_args *a = args;
	enum app_sound kind = a->kind < 0 ? app->cfg.door_sound : a->kind == 0 ? APP_SOUND_TONES : APP_SOUND_SPEECH;
	if (kind == APP_SOUND_OFF)
		return cli_refuse(_("The door is silent here (door_sound is off). Choose what to try with "
		                    "--as tones or --as speech."));
	const char *lang = a->lang < 0 ? app_kiosk_lang(app) : cli_langs[a->lang];
	char words[512];
	enum rota_err e = app_door_sound_file(app, kind, outcome_cues[a->outcome], lang, a->name, clock_now(), a->to,
	                                      words, sizeof words);
	if (e == ERR_FILE_RECORDS || e == ERR_FILE_NOT_PLAIN || e == ERR_FILE_WRITE)
		return cli_fail_write(e, a->to);
	if (e != ERR_OK)
		return cli_fail(e);
	if (words[0]) { /* what was said, to read beside what is heard */
		cli_put_text(stdout, words);
		putchar('\n');
	}
	return CLI_OK;
}

int cli_sound(const struct cli *cli)
{
	struct sound_args a = { .kind = -1, .lang = -1 };
	int rc = cli_parse(&sound_cmd, &a, cli->argc, cli->argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.to);
	return rc != CLI_GO ? rc : cli_with_app(cli, sound_run, &a);
}
