/* What rota person anonymise says about the backups: where the name still
 * is, and the rewriting of the backups rota manages (--rewrite-backups). */
#ifndef ROTA_CLI_CLI_FORGET_H
#define ROTA_CLI_CLI_FORGET_H

#include <stdbool.h>

#include "app/app.h"
#include "cli/cli.h"

/* After person id was anonymised in the records app has open (those of
 * cli->db_path): without rewrite, says which earlier backups in the
 * backups folder still hold the name and when the last of them goes;
 * with rewrite, rewrites them without it (coordinator by, for reason) and
 * says how many. Returns CLI_OK, or CLI_FAIL after a sentence on stderr
 * when one could not be rewritten, or when the records have not anonymised
 * id or by is no coordinator there. */
int cli_forget_backups(struct app *app, const struct cli *cli, long long id, long long by, const char *reason,
                       bool rewrite);

#endif
