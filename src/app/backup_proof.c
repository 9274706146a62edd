/* A backup proved whole on a staged copy beside the database. Every check
 * here reads the copy; the live records are not opened. */
#include "app/backup_proof.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/backup.h"
#include "app/backup_files.h"
#include "app/badge_key.h"
#include "store/backup.h"
#include "store/db.h"
#include "util/log.h"

#define SIDE_MAX (BACKUP_PATH_MAX + 80)

void backup_proof_remove(const char *staged)
{
	static const char *const sides[] = { "-wal", "-shm", ".key" };
	char side[SIDE_MAX];
	if (!staged[0])
		return;
	unlink(staged);
	for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
		snprintf(side, sizeof side, "%s%s", staged, sides[i]);
		unlink(side);
	}
}

/* What opening the staged copy found wrong, as the backup's fault: the
 * copy passed SQLite's checks, so a copy that then does not open as rota's
 * (the schema hash, a migration) holds tables rota did not make. */
static enum rota_err as_backup_fault(enum rota_err e)
{
	switch (e) {
	case ERR_OK:
	case ERR_DB_NEWER:
	case ERR_DB_FULL:
	case ERR_DB_READONLY:
		return e;
	case ERR_DB_NOT_ROTA:
	case ERR_DB_EMPTY:
	case ERR_NOT_FOUND:
		return ERR_RESTORE_BAD;
	default:
		return ERR_RESTORE_SCHEMA;
	}
}

static enum rota_err as_key_fault(enum rota_err e)
{
	switch (e) {
	case ERR_NOT_FOUND:
		return ERR_RESTORE_NO_KEY;
	case ERR_BADGE_KEY:
	case ERR_BADGE_KEY_WRONG:
		return ERR_RESTORE_KEY_WRONG;
	default:
		return e;
	}
}

/* Opens the staged copy as every command does and tries its key on it. */
static enum rota_err prove(const char *staged, const char *staged_key)
{
	struct db *db = NULL;
	struct app *app = NULL;
	enum rota_err e = as_backup_fault(db_open(staged, false, &db));
	if (e != ERR_OK)
		return e;
	if ((e = app_open_db(db, NULL, &app)) != ERR_OK)
		return as_backup_fault(e);
	e = as_key_fault(badge_key_verify(app, staged_key));
	app_close(app);
	return e;
}

enum rota_err backup_proof_stage(const char *db_path, const char *file, const struct records_report *report,
                                 char *staged, size_t n)
{
	char dir[BACKUP_PATH_MAX], key[SIDE_MAX], staged_key[SIDE_MAX];
	enum rota_err e;
	staged[0] = '\0';
	if (!records_report_is_sound(report) || !report->is_rota || report->schema < 1) {
		log_msg(LOG_ERROR, "restore: %s is not a sound rota backup (schema %d)", file, report->schema);
		return ERR_RESTORE_BAD;
	}
	if (report->schema > db_schema_version())
		return ERR_DB_NEWER;
	files_parent(db_path, dir, sizeof dir);
	if (!files_temp_in(dir, staged, n)) {
		e = errno == ENOSPC || errno == EDQUOT ? ERR_DB_FULL : ERR_FILE_WRITE;
		staged[0] = '\0';
		return e;
	}
	snprintf(key, sizeof key, "%s.key", file);
	snprintf(staged_key, sizeof staged_key, "%s.key", staged);
	e = store_file_copy(file, staged);
	if (e == ERR_OK && access(key, F_OK) == 0 && !files_copy_private(key, staged_key))
		e = ERR_FILE_WRITE;
	if (e == ERR_OK)
		e = prove(staged, staged_key);
	if (e != ERR_OK) {
		log_msg(LOG_ERROR, "restore: %s is refused: %s", file, err_name(e));
		backup_proof_remove(staged);
		staged[0] = '\0';
	}
	return e;
}
