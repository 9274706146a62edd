/* Backups, restores and the soundness check of the records, as use cases:
 * they work on the database's path (no open struct app), print nothing,
 * and return what happened in a struct for the command line to say. The
 * copies themselves are SQLite's online backup (the store's backup), so
 * kiosks keep scanning while a backup is made. */
#ifndef ROTA_APP_BACKUP_H
#define ROTA_APP_BACKUP_H

#include <stdbool.h>
#include <time.h>

#include "core/records.h"
#include "util/err.h"

#define BACKUP_KEEP_DEFAULT 30
#define BACKUP_PATH_MAX 4096

struct backup_result {
	char path[BACKUP_PATH_MAX];      /* the verified copy */
	char dir[BACKUP_PATH_MAX + 16];  /* the folder it went to, or would have */
	bool has_key;                    /* the badge key went with it (PATH.key) */
	int pruned;                      /* older copies removed under keep */
	struct records_report report; /* what the copy holds */
};

/* Copies the database at db_path into dir (NULL: a "backups" folder beside
 * the database, made with mode 0700), named rota-YYYY-MM-DDTHHMM.db from
 * the local time now, with the seconds after the minutes when that name is
 * taken and a sequence number after them for more copies in one second
 * (files_stamp); the name sorts after every copy there. The copy is written under a temporary name, verified (integrity
 * check, and every table's row count equal to the records at the moment of
 * the copy), synced, and only then renamed; the badge key goes beside it as
 * NAME.key (0600). Then only the newest keep (>= 1) copies of this naming
 * stay: older ones are removed, oldest first, with their keys; no other file
 * is touched. ERR_NOT_FOUND without a database; ERR_DB_DAMAGED when a
 * quick check of the database finds a fault first; ERR_BACKUP_BAD when the copy
 * did not verify, ERR_BACKUP_FULL when the disk of the folder (out->dir) has
 * no room for it, and ERR_FILE_WRITE when a file could not be written
 * otherwise (no copy is left then); a store error otherwise. */
enum rota_err app_backup(const char *db_path, const char *dir, int keep, time_t now, struct backup_result *out);

/* Writes into out the path of the newest copy of db_path in its default
 * backups folder; returns false when there is none (or it does not fit). */
bool app_backup_newest(const char *db_path, char *out, size_t n);

struct restore_result {
	struct records_report backup; /* what the backup holds */
	time_t live_newest;              /* the newest record it would replace; 0 for none */
	char kept[BACKUP_PATH_MAX];      /* where the replaced records are kept; "" for none */
};

/* Restores the backup file into the database at db_path. First the backup
 * is proved whole on a copy beside the database (app/backup_proof.h): a
 * sound rota database of this schema or an older one, whose tables are
 * rota's, with its own badge key beside it when it needs one; a backup that
 * fails leaves the database, its write-ahead log and its key untouched.
 * Unless force, a database holding a record
 * newer than the backup's newest is left alone (ERR_RESTORE_NEWER; out has
 * both times). The replaced records are kept first, with their key, as
 * DB.replaced-STAMP (and .key; STAMP as files_stamp makes it). The copy goes into the live file
 * through the backup API under its write lock, so a running kiosk waits a
 * moment and then works on the restored records (it keeps the badge key it
 * read at its start: restart it when the key changed). Errors: ERR_NOT_FOUND
 * (no such file), ERR_RESTORE_BAD, ERR_DB_NEWER, ERR_RESTORE_SCHEMA,
 * ERR_RESTORE_NO_KEY, ERR_RESTORE_KEY_WRONG, ERR_RESTORE_NEWER,
 * ERR_FILE_WRITE, ERR_DB_FULL, ERR_DB_BUSY; nothing changes then. */
enum rota_err app_restore(const char *db_path, const char *file, bool force, time_t now,
                          struct restore_result *out);

struct check_result {
	struct records_report report;
	bool key_checked;  /* badges exist and the key file was tried on one */
	bool key_ok;       /* the key file makes the badges' payloads */
};

/* Looks at the database at db_path. First it is opened as every command
 * opens it (app_open): whatever that refuses is returned as the same error
 * every command gives (ERR_NOT_FOUND, ERR_DB_EMPTY, ERR_DB_NOT_ROTA,
 * ERR_DB_NEWER, ERR_DB_DAMAGED, ERR_DB_READONLY, ERR_DB_FULL,
 * ERR_DB_WAL_FOREIGN, ERR_BADGE_KEY, ERR_BADGE_KEY_WRONG, ...). Then
 * SQLite's integrity and foreign key checks read every page, and the key
 * file is tried on a badge; ERR_OK then, with the findings in *out. */
enum rota_err app_check(const char *db_path, struct check_result *out);
/* Returns true when the check found nothing wrong. */
bool app_check_is_sound(const struct check_result *r);

#endif
