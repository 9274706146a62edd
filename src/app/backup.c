/* rota backup: a verified live copy, its badge key, and the last N kept. */
#include "app/backup.h"

#include <fcntl.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/backup_files.h"
#include "store/backup.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/log.h"

bool app_backup_newest(const char *db_path, char *out, size_t n)
{
	char folder[BACKUP_PATH_MAX + 16];
	size_t count;
	files_backup_folder(db_path, folder, sizeof folder);
	char **names = files_backup_list(folder, &count);
	bool found = count > 0 && (size_t)snprintf(out, n, "%s/%s", folder, names[count - 1]) < n;
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return found;
}

/* Removes the oldest copies of our naming in dir beyond keep, with their
 * keys; returns how many were removed. */
static int prune(const char *dir, int keep)
{
	size_t n;
	char **names = files_backup_list(dir, &n);
	int removed = 0;
	for (size_t i = 0; i + (size_t)keep < n; i++) {
		char path[BACKUP_PATH_MAX + 300], key[BACKUP_PATH_MAX + 310];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		snprintf(key, sizeof key, "%s.key", path);
		if (unlink(path) == 0) {
			removed++;
			unlink(key);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (removed)
		files_sync_parent(dir);
	return removed;
}

/* Verifies the copy at tmp against the counts taken with it. */
static bool verified(const char *tmp, const struct records_report *at_copy, struct records_report *copy)
{
	if (store_file_examine(tmp, copy) != ERR_OK || !records_report_is_sound(copy) || !copy->is_rota ||
	    copy->ntables != at_copy->ntables)
		return false;
	for (int i = 0; i < copy->ntables; i++) {
		if (strcmp(copy->tables[i].name, at_copy->tables[i].name) != 0 ||
		    copy->tables[i].rows != at_copy->tables[i].rows) {
			log_msg(LOG_ERROR, "backup: %s has %lld rows, the records %lld", copy->tables[i].name,
			        copy->tables[i].rows, at_copy->tables[i].rows);
			return false;
		}
	}
	return true;
}

/* Writes into out the candidate name in dir for now at attempt (see
 * files_stamp) and says whether it is free: no copy and no key under it. */
static bool candidate(const char *dir, time_t now, int attempt, char *out, size_t n, bool *is_free)
{
	char stamp[32], key[BACKUP_PATH_MAX + 8];
	if (!files_stamp(now, attempt, stamp, sizeof stamp) ||
	    (size_t)snprintf(out, n, "%s/rota-%s.db", dir, stamp) >= n)
		return false;
	snprintf(key, sizeof key, "%s.key", out);
	*is_free = access(out, F_OK) != 0 && access(key, F_OK) != 0;
	return true;
}

/* Takes the name path for this copy alone: an empty file made only when
 * none is there (O_EXCL), so a second backup in the same second, in
 * another process, takes the next name instead of writing over this one.
 * False when the name is taken. */
static bool reserve(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

/* Picks the final name in dir for now: the minutes, or the seconds when
 * that is taken, or the seconds and a sequence number (files_stamp). The
 * name must also sort after the newest copy there, so pruning, which goes
 * by the names, removes the oldest: a minute's name freed by pruning is not
 * taken again later in that minute. Only when the newest copy is from a
 * later time (the clock went back) is the first free name taken. The name
 * is reserved (an empty file) for the caller, who fills it or removes it.
 * False when none is free. */
static bool final_name(const char *dir, time_t now, char *out, size_t n)
{
	size_t count;
	char **names = files_backup_list(dir, &count);
	const char *newest = count > 0 ? names[count - 1] : "";
	bool found = false, is_free;
	for (int pass = 0; pass < 2 && !found; pass++)
		for (int attempt = 0; !found && candidate(dir, now, attempt, out, n, &is_free); attempt++)
			found = is_free && (pass == 1 || strcmp(strrchr(out, '/') + 1, newest) > 0) && reserve(out);
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	if (!found)
		log_msg(LOG_ERROR, "backup: no free name for a copy in %s", dir);
	return found;
}

enum rota_err app_backup(const char *db_path, const char *dir, int keep, time_t now, struct backup_result *out)
{
	char folder[BACKUP_PATH_MAX + 16], tmp[BACKUP_PATH_MAX + 64] = "", key[BACKUP_PATH_MAX + 8];
	char dest_key[BACKUP_PATH_MAX + 8];
	struct records_report at_copy;
	struct db *db = NULL;
	bool reserved = false;
	memset(out, 0, sizeof *out);
	if (keep < 1)
		return ERR_INVALID;
	if (dir) {
		snprintf(folder, sizeof folder, "%s", dir);
	} else {
		files_backup_folder(db_path, folder, sizeof folder);
	}
	snprintf(out->dir, sizeof out->dir, "%s", folder);
	enum rota_err e = db_open(db_path, false, &db);
	/* A damaged file is named before it is copied, not after. */
	if (e == ERR_OK && (e = db_quick_check(db, 0)) != ERR_OK) {
		db_close(db);
		return e;
	}
	if (e != ERR_OK)
		return e;
	e = ERR_FILE_WRITE;
	if (!files_make_dirs(folder) || !files_temp_in(folder, tmp, sizeof tmp))
		goto out;
	if ((e = store_backup_copy(db, tmp, &at_copy)) != ERR_OK)
		goto out;
	e = ERR_BACKUP_BAD;
	if (!verified(tmp, &at_copy, &out->report))
		goto out;
	e = ERR_FILE_WRITE;
	if (!files_sync(tmp) || !final_name(folder, now, out->path, sizeof out->path))
		goto out;
	reserved = true;
	/* The key first: a copy that is there has its key beside it. */
	snprintf(key, sizeof key, "%s.key", db_path);
	snprintf(dest_key, sizeof dest_key, "%s.key", out->path);
	if (access(key, F_OK) == 0) {
		if (!files_copy_private(key, dest_key))
			goto out;
		out->has_key = true;
	}
	if (rename(tmp, out->path) != 0 || !files_sync_parent(out->path))
		goto out;
	tmp[0] = '\0';
	reserved = false;
	out->pruned = prune(folder, keep);
	e = ERR_OK;
out:
	if (tmp[0])
		unlink(tmp);
	if (e != ERR_OK && out->has_key)
		unlink(dest_key);
	if (reserved)
		unlink(out->path); /* the name taken for a copy that did not come */
	/* A copy that could not be written is said to be for want of space
	 * when SQLite said so, or when the disk has not the room it needs. */
	if (e == ERR_DB_FULL || ((e == ERR_FILE_WRITE || e == ERR_DB_WRITE) && files_is_full_for(folder, db_path)))
		e = ERR_BACKUP_FULL;
	if (e != ERR_OK)
		out->path[0] = '\0';
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "backup of %s: %s %s", db_path, err_name(e), out->path);
	db_close(db);
	return e;
}
