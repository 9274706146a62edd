/* rota backup, rota restore, rota check: parsing and sentences only; the
 * work is in app/backup.h. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/backup.h"
#include "cli/cli.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/files.h"
#include "util/i18n.h"

/* Writes what the records hold ("3 people, 12 visits, ..."), to be put in
 * a whole sentence. Each count takes its noun's form for that number in the
 * reader's language (sl has four, hr three: "2 osebi", "5 osoba"). */
static void format_counts(const struct records_report *r, char *out, size_t n)
{
	long long people = records_report_rows(r, "people"), visits = records_report_rows(r, "visits"),
	          badges = records_report_rows(r, "badges"), entries = records_report_rows(r, "progress");
	char a[64], b[64], c[64], d[64];
	snprintf(a, sizeof a, P_("%lld person", "%lld people", people), people);
	snprintf(b, sizeof b, P_("%lld visit", "%lld visits", visits), visits);
	snprintf(c, sizeof c, P_("%lld badge", "%lld badges", badges), badges);
	snprintf(d, sizeof d, P_("%lld progress entry", "%lld progress entries", entries), entries);
	/* TRANSLATORS: the counts of people, visits, badges and progress
	   entries, each already in its plural form. */
	snprintf(out, n, _("%s, %s, %s, %s"), a, b, c, d);
}

struct backup_args {
	const char *dir;
	int keep;
};

static const struct opt backup_opts[] = {
	OPT_STRING("to", "DIR", 0, N_("where the copies go (else a 'backups' folder beside the database)"),
	           offsetof(struct backup_args, dir)),
	OPT_INT("keep", "N", 0, 1, 100000, N_("how many of the newest copies stay (30)"),
	        offsetof(struct backup_args, keep)),
	OPT_END,
};
static const struct opt_cmd backup_cmd = {
	"backup",
	N_("Makes a verified copy of the records while the kiosks keep working, named\n"
	   "rota-YYYY-MM-DDTHHMM.db, with the badge key beside it (NAME.key); only the\n"
	   "newest copies of that naming are kept."),
	backup_opts,
};

int cli_backup(const struct cli *cli)
{
	struct backup_args a = { .keep = BACKUP_KEEP_DEFAULT };
	int rc = cli_parse(&backup_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	if (a.dir && !*a.dir)
		return cli_usage(&backup_cmd, _("--to needs a folder"));
	/* A folder made on the records' name would keep SQLite from its -wal. */
	enum rota_err can = a.dir ? files_dir_check(a.dir) : ERR_OK;
	if (can != ERR_OK)
		return cli_fail(can);
	struct backup_result r;
	/* The technical detail goes to the database's own log, as for every
	 * other command that opens it. */
	cli_log_open(cli);
	enum rota_err e = app_backup(cli->db_path, a.dir, a.keep, clock_now(), &r);
	if (e == ERR_NOT_FOUND)
		return cli_no_database(cli);
	if (e == ERR_BACKUP_FULL) {
		fprintf(stderr, _("rota: the disk of %s is full, so no copy was kept there. The records are unchanged. Please free some space there, or choose another folder with --to.\n"),
		        r.dir);
		return CLI_FAIL;
	}
	if (e != ERR_OK) {
		cli_fail(e);
		cli_say_way_out(cli, e);
		return CLI_FAIL;
	}
	char counts[256];
	format_counts(&r.report, counts, sizeof counts);
	printf(_("Backed up and verified: %s (%s).\n"), r.path, counts);
	if (r.has_key)
		printf(_("The badge key is beside it: %s.key\n"), r.path);
	if (r.pruned > 0)
		printf(_("Older copies removed: %d.\n"), r.pruned);
	return CLI_OK;
}

static void format_time(time_t t, char out[20])
{
	if (t)
		date_format_datetime(t, out);
	else
		snprintf(out, 20, "-");
}

struct restore_args {
	const char *file;
	bool force;
};

static const struct opt restore_opts[] = {
	OPT_FLAG("force", 0, N_("replace records newer than the backup's too (they are kept)"),
	         offsetof(struct restore_args, force)),
	OPT_ARG("FILE", 0, N_("the backup, as rota backup made it"), offsetof(struct restore_args, file)),
	OPT_END,
};
static const struct opt_cmd restore_cmd = {
	"restore",
	N_("Puts the records of a backup back, with its badge key; the records replaced\n"
	   "are kept as DATABASE.replaced-YYYY-MM-DDTHHMM. Kiosks may keep running;\n"
	   "restart them if the badge key changed."),
	restore_opts,
};

int cli_restore(const struct cli *cli)
{
	struct restore_args a = { 0 };
	int rc = cli_parse(&restore_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	const char *file = a.file;
	bool force = a.force;
	if (!*file)
		return cli_usage(&restore_cmd, _("restore needs the backup's FILE"));
	struct restore_result r;
	cli_log_open(cli);
	enum rota_err e = app_restore(cli->db_path, file, force, clock_now(), &r);
	if (e == ERR_RESTORE_NEWER) {
		char live[20], backup[20];
		format_time(r.live_newest, live);
		format_time(r.backup.newest, backup);
		fprintf(stderr, _("rota: the records here go up to %s; the backup's newest record is from %s.\n"
		                  "Nothing was restored. To replace the newer records all the same (they\n"
		                  "are kept beside the database), add --force.\n"),
		        live, backup);
		return CLI_FAIL;
	}
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, _("rota: there is no file %s.\n"), file);
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	char counts[256];
	format_counts(&r.backup, counts, sizeof counts);
	printf(_("Restored from %s (%s).\n"), file, counts);
	if (r.kept[0])
		printf(_("The records it replaced are kept in %s\n"), r.kept);
	return CLI_OK;
}

static const struct opt check_opts[] = { OPT_END };
static const struct opt_cmd check_cmd = {
	"check",
	N_("Opens the database as every command does (and says what is wrong with it in\n"
	   "the same words), runs SQLite's integrity and reference checks on every page,\n"
	   "and tries the badge key file on a badge; exit 0 when sound, 1 otherwise."),
	check_opts,
};

int cli_check(const struct cli *cli)
{
	int rc = cli_parse(&check_cmd, NULL, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	struct check_result r;
	cli_log_open(cli);
	enum rota_err e = app_check(cli->db_path, &r);
	if (e == ERR_NOT_FOUND)
		return cli_no_database(cli);
	if (e != ERR_OK) {
		/* The words every command gives for this file. */
		cli_fail(e);
		cli_say_way_out(cli, e);
		return CLI_FAIL;
	}
	if (app_check_is_sound(&r)) {
		char counts[256];
		format_counts(&r.report, counts, sizeof counts);
		printf(_("The database is sound: %s.\n"), counts);
		if (r.key_checked)
			printf("%s\n", _("The badge key file belongs to it."));
		return CLI_OK;
	}
	const struct records_report *f = &r.report;
	if (records_report_is_sound(f)) {
		printf("%s\n", _("The records are sound, but the badge key file beside them does not belong to them: no badge would work."));
		printf("%s\n", _("Put back the .key file of the latest backup beside the database."));
		return CLI_FAIL;
	}
	printf("%s\n", _("The database is damaged."));
	if (f->integrity_problems < 0)
		printf("%s\n", _("It could not even be read to the end."));
	else if (f->integrity_problems > 0)
		printf(P_("The integrity check found %d problem.\n", "The integrity check found %d problems.\n",
		          f->integrity_problems),
		       f->integrity_problems);
	if (f->reference_problems > 0)
		printf(P_("%d record points to a record that is not there.\n",
		          "%d records point to records that are not there.\n", f->reference_problems),
		       f->reference_problems);
	printf("%s\n", _("Restore the latest backup with: rota restore FILE"));
	return CLI_FAIL;
}
