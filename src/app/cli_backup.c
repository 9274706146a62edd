/* rota backup, rota restore, rota check: parsing and sentences only; the
 * work is in app/backup.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/backup.h"
#include "app/cli.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/log.h"

static void print_counts(const struct store_file_report *r)
{
	printf(_("%lld people, %lld visits, %lld badges, %lld progress entries"),
	       app_report_rows(r, "people"), app_report_rows(r, "visits"), app_report_rows(r, "badges"),
	       app_report_rows(r, "progress"));
}

/* The technical detail of a backup or a restore goes to the database's own
 * log, as for every other command that opens it. */
static void open_log(const struct cli *cli)
{
	char path[4200];
	if (access(cli->db_path, F_OK) != 0)
		return;
	snprintf(path, sizeof path, "%s.log", cli->db_path);
	log_open(path);
}

int cli_backup(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	const char *dir = NULL;
	int keep = BACKUP_KEEP_DEFAULT;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota backup [--to DIR] [--keep N]\n"
		               "      a verified copy of the records while the kiosks keep working,\n"
		               "      named rota-YYYY-MM-DDTHHMM.db, with the badge key beside it\n"
		               "      (NAME.key); DIR is a 'backups' folder beside the database unless\n"
		               "      given; only the newest N copies (30) of that naming are kept\n"));
		return CLI_OK;
	}
	for (int i = 0; i < argc; i++) {
		char *end;
		if (!strcmp(argv[i], "--to") && i + 1 < argc && *argv[i + 1]) {
			dir = argv[++i];
		} else if (!strcmp(argv[i], "--keep") && i + 1 < argc) {
			long v = strtol(argv[++i], &end, 10);
			if (*end || end == argv[i] || v < 1 || v > 100000)
				return cli_usage("backup", _("--keep takes a number of copies, 1 or more"));
			keep = (int)v;
		} else {
			return cli_usage("backup", _("backup takes --to DIR and --keep N"));
		}
	}
	struct backup_result r;
	open_log(cli);
	enum rota_err e = app_backup(cli->db_path, dir, keep, clock_now(), &r);
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, _("rota: there is no database at %s yet. Create it with: rota init\n"), cli->db_path);
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	printf(_("Backed up and verified: %s ("), r.path);
	print_counts(&r.report);
	printf(").\n");
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

int cli_restore(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	const char *file = NULL;
	bool force = false;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota restore FILE [--force]\n"
		               "      puts the records of a backup back, with its badge key; the records\n"
		               "      replaced are kept as DATABASE.replaced-YYYY-MM-DDTHHMM. A database\n"
		               "      with records newer than the backup is replaced only with --force.\n"
		               "      Kiosks may keep running; restart them if the badge key changed.\n"));
		return CLI_OK;
	}
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--force"))
			force = true;
		else if (!file && argv[i][0] != '-' && argv[i][0])
			file = argv[i];
		else
			return cli_usage("restore", _("restore takes one FILE and --force"));
	}
	if (!file)
		return cli_usage("restore", _("restore takes one FILE and --force"));
	struct restore_result r;
	open_log(cli);
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
	printf(_("Restored from %s ("), file);
	print_counts(&r.backup);
	printf(").\n");
	if (r.kept[0])
		printf(_("The records it replaced are kept in %s\n"), r.kept);
	return CLI_OK;
}

int cli_check(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota check\n"
		               "      SQLite's integrity and reference checks of the database, and whether\n"
		               "      the badge key file belongs to it; exit 0 when sound, 1 otherwise\n"));
		return CLI_OK;
	}
	if (argc > 0)
		return cli_usage("check", _("check takes no arguments"));
	struct check_result r;
	enum rota_err e = app_check(cli->db_path, &r);
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, _("rota: there is no database at %s yet. Create it with: rota init\n"), cli->db_path);
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	if (app_check_is_sound(&r)) {
		printf("%s", _("The database is sound: "));
		print_counts(&r.report);
		printf(".\n");
		if (r.key_checked)
			printf("%s\n", _("The badge key file belongs to it."));
		return CLI_OK;
	}
	const struct store_file_report *f = &r.report;
	if (!f->is_database || (f->is_database && !f->is_rota && f->integrity_problems == 0)) {
		printf("%s\n", err_message(ERR_DB_NOT_ROTA));
		return CLI_FAIL;
	}
	if (store_report_is_sound(f)) {
		printf("%s\n", _("The records are sound, but the badge key file beside them does not belong to them: no badge would work."));
		printf("%s\n", _("Put back the .key file of the latest backup beside the database."));
		return CLI_FAIL;
	}
	printf("%s\n", _("The database is damaged."));
	if (f->integrity_problems < 0)
		printf("%s\n", _("It could not even be read to the end."));
	else if (f->integrity_problems > 0)
		printf(_("The integrity check found %d problems.\n"), f->integrity_problems);
	if (f->reference_problems > 0)
		printf(_("%d records point to records that are not there.\n"), f->reference_problems);
	printf("%s\n", _("Restore the latest backup with: rota restore FILE"));
	return CLI_FAIL;
}
