/* rota month close|reopen|list|amendments, and what the attendance CSV
 * adds of a closing. */
#ifndef ROTA_CLI_MONTH_H
#define ROTA_CLI_MONTH_H

#include "app/app.h"
#include "cli/cli.h"

/* Writes the attendance CSV's records about closing for month yyyymm: a
 * closed month's record "closed" (person_id and name of who closed it, the
 * day, the fingerprint in the hours column as sha256:HEX), then one record
 * "amended" per amendment of a closed month this list shows (the person,
 * the day changed, its hours after); each after the site's id when site
 * is not NULL (the centre's list of every site). */
void cli_month_csv_records(struct app *app, const char *site, int yyyymm);
/* Says on stderr which month a refusal with ERR_MONTH_CLOSED is about
 * (day: YYYYMMDD), then the sentence; returns CLI_FAIL. */
int cli_month_refuse_closed(int day);
/* rota month ... and rota allowance ... */
int cli_month(const struct cli *cli);
int cli_allowance(const struct cli *cli);

#endif
