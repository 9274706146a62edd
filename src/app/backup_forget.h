/* Forgetting a person in the backups rota manages: after an anonymisation
 * their name is still in the earlier copies of the records, in the backups
 * folder beside the database, until newer backups replace them. This says
 * which copies hold it and, when asked, rewrites them with the same
 * anonymisation. Copies elsewhere (rota backup --to, a USB stick) and the
 * records kept by a restore are not looked at. */
#ifndef ROTA_APP_BACKUP_FORGET_H
#define ROTA_APP_BACKUP_FORGET_H

#include <time.h>

#include "app/app.h"
#include "app/backup.h"

struct backup_forget {
	char dir[BACKUP_PATH_MAX + 16]; /* the backups folder looked in */
	int holding;     /* copies there that still hold the name */
	int leaves_after; /* more backups, at the default keep, until the last of them is pruned; 0 for none */
	int rewritten;   /* copies rewritten without the name */
	int failed;      /* copies that could not be rewritten (left as they were) */
	char failed_path[BACKUP_PATH_MAX + 320]; /* the first of those */
};

/* Looks through the backups of db_path in its backups folder for the ones
 * that hold person_id and have not anonymised them, and fills *out
 * (holding, leaves_after). A copy that cannot be read is counted as
 * holding. Changes nothing; ERR_OK. */
enum rota_err app_backup_holding(const char *db_path, long long person_id, struct backup_forget *out);

/* Rewrites each backup of db_path in its backups folder that still holds
 * person_id, once the records open in live (those of db_path) have
 * anonymised them and by is a coordinator there (else, nothing changed,
 * ERR_NOT_ANONYMISED, ERR_NOT_FOUND for no such person, or
 * ERR_NOT_COORDINATOR for by): a copy of it is made there, anonymised by the same use case
 * (app_person_anonymise_copy, by coordinator by for reason at now), checked
 * again (sound, rota's, the person anonymised) and renamed over it; its
 * key stays. A copy that fails any step is left as it was and counted in
 * out->failed (out->failed_path names the first). Fills *out; returns
 * ERR_OK when every copy holding the name was rewritten, else
 * ERR_FILE_WRITE. */
enum rota_err app_backup_forget(struct app *live, const char *db_path, long long person_id, long long by, const char *reason,
                                time_t now, struct backup_forget *out);

#endif
