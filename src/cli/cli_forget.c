/* The backups' part of rota person anonymise: sentences only; the work is
 * in app/backup_forget.h. */
#include "cli/cli_forget.h"

#include <stdio.h>

#include "app/backup_forget.h"
#include "util/clock.h"
#include "util/i18n.h"

/* Says where the name still is and how long it stays there. */
static int say_holding(const struct cli *cli, long long id, long long by)
{
	struct backup_forget f;
	app_backup_holding(cli->db_path, id, &f);
	if (f.holding == 0)
		return CLI_OK;
	printf(P_("The name is still in %d earlier backup in %s.\n", "The name is still in %d earlier backups in %s.\n",
	          f.holding),
	       f.holding, f.dir);
	printf(P_("The last of them is removed after %d more backup (rota backup keeps the newest %d).\n",
	          "The last of them is removed after %d more backups (rota backup keeps the newest %d).\n",
	          f.leaves_after),
	       f.leaves_after, BACKUP_KEEP_DEFAULT);
	printf(_("To take the name out of them now: rota person anonymise %lld --by %lld --reason TEXT --rewrite-backups\n"),
	       id, by);
	return CLI_OK;
}

int cli_forget_backups(struct app *app, const struct cli *cli, long long id, long long by, const char *reason,
                       bool rewrite)
{
	if (!rewrite)
		return say_holding(cli, id, by);
	struct backup_forget f;
	enum rota_err e = app_backup_forget(app, cli->db_path, id, by, reason, clock_now(), &f);
	if (e != ERR_OK && e != ERR_FILE_WRITE)
		return cli_fail_person(e, id);
	if (f.holding == 0)
		printf(_("No backup in %s holds the name.\n"), f.dir);
	if (f.rewritten > 0)
		printf(P_("Rewritten without the name: %d backup in %s.\n", "Rewritten without the name: %d backups in %s.\n",
		          f.rewritten),
		       f.rewritten, f.dir);
	if (f.failed > 0) {
		fprintf(stderr,
		        P_("rota: %d backup could not be rewritten and still holds the name (the first: %s). It was left as it was; the log beside the records says why.\n",
		           "rota: %d backups could not be rewritten and still hold the name (the first: %s). They were left as they were; the log beside the records says why.\n",
		           f.failed),
		        f.failed, f.failed_path);
		return CLI_FAIL;
	}
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}
