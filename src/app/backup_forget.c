/* Rewriting the managed backups after an anonymisation. Each copy is
 * rewritten beside itself and renamed into place: a copy is always either
 * as it was or whole without the name. */
#include "app/backup_forget.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/backup_files.h"
#include "app/backup_proof.h"
#include "app/entry.h"
#include "app/personal.h"
#include "store/backup.h"
#include "store/db.h"
#include "store/personal.h"
#include "util/alloc.h"
#include "util/log.h"

#define NAME_MAX_BYTES 320

/* The copies in dir that hold person_id's name: holds[i] for names[i]. */
static int count_holding(const char *dir, char **names, size_t n, long long person_id, bool *holds)
{
	int holding = 0;
	for (size_t i = 0; i < n; i++) {
		char path[BACKUP_PATH_MAX + NAME_MAX_BYTES];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		/* One that cannot be read may hold it all the same. */
		if (store_file_holds_name(path, person_id, &holds[i]) != ERR_OK)
			holds[i] = true;
		holding += holds[i];
	}
	return holding;
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* How many more backups, at the default keep, until the newest copy that
 * holds the name (index newest of n, oldest first) is pruned. */
static int leaves_after(size_t n, size_t newest)
{
	int after = BACKUP_KEEP_DEFAULT - (int)(n - newest) + 1;
	return after < 1 ? 1 : after;
}

enum rota_err app_backup_holding(const char *db_path, long long person_id, struct backup_forget *out)
{
	size_t n;
	memset(out, 0, sizeof *out);
	files_backup_folder(db_path, out->dir, sizeof out->dir);
	char **names = files_backup_list(out->dir, &n);
	bool *holds = xcalloc(n ? n : 1, sizeof *holds);
	out->holding = count_holding(out->dir, names, n, person_id, holds);
	for (size_t i = n; i-- > 0 && !out->leaves_after;)
		if (holds[i])
			out->leaves_after = leaves_after(n, i);
	free(holds);
	free_names(names, n);
	return ERR_OK;
}

/* Anonymises person_id in the staged copy, then writes it as one file
 * (no write-ahead log, as rota backup writes them) into whole. */
static enum rota_err anonymise_copy(const char *staged, const char *whole, long long person_id, long long by,
                                    const char *reason, time_t now)
{
	struct db *db = NULL;
	struct app *app = NULL;
	char pseudonym[64];
	enum rota_err e = db_open(staged, false, &db);
	if (e == ERR_OK && (e = app_open_db(db, NULL, &app)) == ERR_OK)
		e = app_person_anonymise_copy(app, person_id, by, reason, now, pseudonym, sizeof pseudonym);
	app_close(app);
	if (e == ERR_OK)
		e = store_file_copy(staged, whole);
	return e;
}

/* Checks the rewritten copy again: sound, rota's, the name gone. */
static enum rota_err recheck(const char *whole, long long person_id)
{
	struct records_report r;
	bool holds = true;
	if (store_file_examine(whole, &r) != ERR_OK || !records_report_is_sound(&r) || !r.is_rota ||
	    store_file_holds_name(whole, person_id, &holds) != ERR_OK || holds)
		return ERR_BACKUP_BAD;
	return ERR_OK;
}

/* Rewrites the copy at path without person_id's name. */
static enum rota_err rewrite(const char *dir, const char *path, long long person_id, long long by,
                             const char *reason, time_t now)
{
	char staged[BACKUP_PATH_MAX + 64] = "", whole[BACKUP_PATH_MAX + 64] = "";
	enum rota_err e = ERR_FILE_WRITE;
	if (!files_temp_in(dir, staged, sizeof staged) || !files_temp_in(dir, whole, sizeof whole))
		goto out;
	if ((e = store_file_copy(path, staged)) != ERR_OK)
		goto out;
	if ((e = anonymise_copy(staged, whole, person_id, by, reason, now)) != ERR_OK)
		goto out;
	if ((e = recheck(whole, person_id)) != ERR_OK)
		goto out;
	e = ERR_FILE_WRITE;
	if (!files_sync(whole) || rename(whole, path) != 0 || !files_sync_parent(path))
		goto out;
	whole[0] = '\0';
	e = ERR_OK;
out:
	backup_proof_remove(staged);
	backup_proof_remove(whole);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "backup %s rewritten without person %lld: %s", path, person_id,
	        err_name(e));
	return e;
}

enum rota_err app_backup_forget(struct app *live, const char *db_path, long long person_id, long long by,
                                const char *reason, time_t now, struct backup_forget *out)
{
	size_t n;
	bool done = false;
	memset(out, 0, sizeof *out);
	enum rota_err e = db_begin_read(live->db);
	if (e != ERR_OK)
		return e;
	e = app_require_coordinator(live, by);
	if (e == ERR_OK)
		e = store_person_is_anonymised(live->db, person_id, &done);
	if ((e = db_end_read(live->db, e)) != ERR_OK || !done)
		return e == ERR_OK ? ERR_NOT_ANONYMISED : e;
	files_backup_folder(db_path, out->dir, sizeof out->dir);
	char **names = files_backup_list(out->dir, &n);
	bool *holds = xcalloc(n ? n : 1, sizeof *holds);
	out->holding = count_holding(out->dir, names, n, person_id, holds);
	for (size_t i = 0; i < n; i++) {
		char path[BACKUP_PATH_MAX + NAME_MAX_BYTES];
		if (!holds[i])
			continue;
		snprintf(path, sizeof path, "%s/%s", out->dir, names[i]);
		if (rewrite(out->dir, path, person_id, by, reason, now) == ERR_OK) {
			out->rewritten++;
		} else if (out->failed++ == 0) {
			snprintf(out->failed_path, sizeof out->failed_path, "%s", path);
		}
	}
	free(holds);
	free_names(names, n);
	return out->failed ? ERR_FILE_WRITE : ERR_OK;
}
