/* rota restore and rota check. A backup is proved whole before anything is
 * touched (app/backup_proof.h); then it goes into the live file through
 * SQLite's backup API under its write lock rather than by renaming files: a
 * kiosk that has the database open keeps a valid file and simply sees the
 * restored records at its next scan. The records replaced are kept first. */
#include "app/backup.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/backup_files.h"
#include "app/backup_proof.h"
#include "app/badge.h"
#include "app/people.h"
#include "store/backup.h"
#include "store/db.h"
#include "util/log.h"

#define SUFFIX_MAX 64

/* Makes the empty private file DB.replaced-STAMP for the replaced records. */
static bool make_kept_file(const char *db_path, time_t now, char *out, size_t n)
{
	char stamp[32];
	for (int attempt = 0; files_stamp(now, attempt, stamp, sizeof stamp); attempt++) {
		if ((size_t)snprintf(out, n, "%s.replaced-%s", db_path, stamp) >= n)
			return false;
		int fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd >= 0) {
			close(fd);
			return true;
		}
		if (errno != EEXIST)
			return false;
	}
	return false;
}

static void with_suffix(char *out, size_t n, const char *path, const char *suffix)
{
	snprintf(out, n, "%s%s", path, suffix);
}

/* A damaged database cannot be read for a copy: it is moved aside whole
 * (with its write-ahead log) to the kept name, and a new file is made. */
static bool move_damaged_aside(const char *db_path, const char *kept)
{
	char from[BACKUP_PATH_MAX + SUFFIX_MAX], to[BACKUP_PATH_MAX + SUFFIX_MAX];
	if (rename(db_path, kept) != 0)
		return false;
	with_suffix(from, sizeof from, db_path, "-wal");
	with_suffix(to, sizeof to, kept, "-wal");
	rename(from, to);
	with_suffix(from, sizeof from, db_path, "-shm");
	unlink(from);
	return files_sync_parent(db_path);
}

/* Puts the backup's records into db_path, keeping the replaced ones in kept
 * (NULL when there is no database yet). */
static enum rota_err put_records(const char *db_path, const char *file, const char *kept, bool damaged)
{
	struct db *db = NULL;
	enum rota_err e;
	if (damaged && !move_damaged_aside(db_path, kept))
		return ERR_FILE_WRITE;
	e = db_open(db_path, kept == NULL || damaged, &db);
	if (e == ERR_OK)
		e = store_restore_from(db, file, damaged ? NULL : kept);
	db_close(db);
	if (e != ERR_OK && damaged) {
		/* Put the damaged file back where it was: nothing changes. */
		unlink(db_path);
		rename(kept, db_path);
	}
	return e;
}

enum rota_err app_restore(const char *db_path, const char *file, bool force, time_t now,
                          struct restore_result *out)
{
	struct records_report live;
	char staged[BACKUP_PATH_MAX + 64] = "", staged_key[BACKUP_PATH_MAX + 80];
	char db_key[BACKUP_PATH_MAX + 8], kept_key[BACKUP_PATH_MAX + SUFFIX_MAX];
	memset(out, 0, sizeof *out);
	enum rota_err e = store_file_examine(file, &out->backup);
	if (e != ERR_OK)
		return e;
	/* Everything about the backup is proved before the live file is even
	 * looked at: a refusal leaves it, its log and its key as they were. */
	if ((e = backup_proof_stage(db_path, file, &out->backup, staged, sizeof staged)) != ERR_OK)
		goto out;
	with_suffix(staged_key, sizeof staged_key, staged, ".key");
	with_suffix(db_key, sizeof db_key, db_path, ".key");
	bool has_key = access(staged_key, F_OK) == 0;
	/* The key goes in by a rename, which would replace a link or a device
	 * standing in its place: that is refused before anything changes. */
	if (has_key && (e = files_target_check_records(db_key)) != ERR_OK)
		goto out;

	bool exists = store_file_examine(db_path, &live) == ERR_OK;
	bool damaged = exists && (!records_report_is_sound(&live) || !live.is_rota);
	if (exists && live.is_rota && !damaged)
		out->live_newest = live.newest;
	e = ERR_RESTORE_NEWER;
	if (!force && out->live_newest > out->backup.newest)
		goto out;
	e = ERR_DB_NOT_ROTA; /* another program's file is never replaced */
	if (exists && !live.is_rota && live.is_database)
		goto out;

	e = ERR_FILE_WRITE;
	if (exists) {
		if (!make_kept_file(db_path, now, out->kept, sizeof out->kept))
			goto out;
		with_suffix(kept_key, sizeof kept_key, out->kept, ".key");
		if (access(db_key, F_OK) == 0 && !files_copy_private(db_key, kept_key)) {
			unlink(out->kept);
			out->kept[0] = '\0';
			goto out;
		}
	}
	e = put_records(db_path, staged, exists ? out->kept : NULL, damaged);
	if (e == ERR_OK && exists && !(files_sync(out->kept) && files_sync_parent(out->kept)))
		log_msg(LOG_WARN, "the kept copy %s may not be on the disk yet", out->kept);
	/* The key proved with the records goes in by a rename: the last step
	 * cannot stop half-way for want of space. */
	if (e == ERR_OK && has_key && (rename(staged_key, db_key) != 0 || !files_sync_parent(db_key)))
		e = ERR_FILE_WRITE; /* the records are back; the key must be copied by hand */
	if (e != ERR_OK && exists && !damaged) {
		unlink(out->kept);
		unlink(kept_key);
		out->kept[0] = '\0';
	}
	if (e == ERR_OK) {
		/* Opened once as every command opens it: the file is usable. */
		struct db *db = NULL;
		e = db_open(db_path, false, &db);
		db_close(db);
	}
out:
	backup_proof_remove(staged);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "restore of %s into %s: %s", file, db_path, err_name(e));
	return e;
}

/* Tries the key file on one current badge of the open app: its payload,
 * made with the key, must find that badge again. */
static void check_key(struct app *app, struct check_result *out)
{
	struct person *people = NULL;
	size_t n = 0;
	if (app_person_list(app, false, &people, &n) != ERR_OK)
		return;
	for (size_t i = 0; i < n && !out->key_checked; i++) {
		char payload[BADGE_DIGITS + 1];
		struct person owner;
		if (app_badge_current(app, people[i].id, payload) != ERR_OK)
			continue;
		out->key_checked = true;
		out->key_ok = app_badge_owner(app, payload, &owner) != ERR_BADGE_UNKNOWN;
	}
	free(people);
}

enum rota_err app_check(const char *db_path, struct check_result *out)
{
	memset(out, 0, sizeof *out);
	/* First exactly as every command and the kiosk open the file, so that
	 * what is wrong with it (missing, empty, not rota's, newer, a schema
	 * changed by hand, read-only, a full disk, a journal of other records,
	 * the key) is named in the same words everywhere; then the checks only
	 * this command makes, which read every page. */
	struct app *app = NULL;
	enum rota_err e = app_open(db_path, false, NULL, &app);
	if (e != ERR_OK)
		return e;
	check_key(app, out);
	app_close(app);
	return store_file_examine(db_path, &out->report);
}

bool app_check_is_sound(const struct check_result *r)
{
	return records_report_is_sound(&r->report) && r->report.is_rota && (!r->key_checked || r->key_ok);
}
