/* rota backup: a verified live copy, its badge key, and the last N kept. */
#include "app/backup.h"

#include <dirent.h>
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

/* True for rota-YYYY-MM-DDTHHMM.db and rota-YYYY-MM-DDTHHMMSS.db only. */
static bool is_backup_name(const char *s)
{
	static const char shape[] = "rota-dddd-dd-ddTdddd";
	size_t n = strlen(s), len = sizeof shape - 1;
	if (n != len + 3 && n != len + 5)
		return false;
	for (size_t i = 0; i < n - 3; i++) {
		char want = i < len ? shape[i] : 'd';
		if (want == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != want)
			return false;
	}
	return !strcmp(s + n - 3, ".db");
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of our copies in dir, oldest first (the names sort by time);
 * *n of them. The caller frees each and the array. */
static char **list_backups(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t cap = 0;
	struct dirent *ent;
	*n = 0;
	if (!d)
		return NULL;
	while ((ent = readdir(d))) {
		if (!is_backup_name(ent->d_name))
			continue;
		names = xgrow(names, *n, &cap, sizeof *names);
		names[(*n)++] = xstrdup(ent->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(names, *n, sizeof *names, by_name);
	return names;
}

void app_backup_folder(const char *db_path, char *out, size_t n)
{
	char parent[BACKUP_PATH_MAX];
	files_parent(db_path, parent, sizeof parent);
	snprintf(out, n, "%s/backups", parent);
}

bool app_backup_newest(const char *db_path, char *out, size_t n)
{
	char folder[BACKUP_PATH_MAX + 16];
	size_t count;
	app_backup_folder(db_path, folder, sizeof folder);
	char **names = list_backups(folder, &count);
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
	char **names = list_backups(dir, &n);
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

/* Picks the final name in dir for now: minutes, or seconds when taken. */
static bool final_name(const char *dir, time_t now, char *out, size_t n)
{
	char stamp[32];
	files_stamp(now, false, stamp, sizeof stamp);
	if ((size_t)snprintf(out, n, "%s/rota-%s.db", dir, stamp) >= n)
		return false;
	if (access(out, F_OK) != 0)
		return true;
	files_stamp(now, true, stamp, sizeof stamp);
	return (size_t)snprintf(out, n, "%s/rota-%s.db", dir, stamp) < n && access(out, F_OK) != 0;
}

enum rota_err app_backup(const char *db_path, const char *dir, int keep, time_t now, struct backup_result *out)
{
	char folder[BACKUP_PATH_MAX + 16], tmp[BACKUP_PATH_MAX + 64] = "", key[BACKUP_PATH_MAX + 8];
	char dest_key[BACKUP_PATH_MAX + 8];
	struct records_report at_copy;
	struct db *db = NULL;
	memset(out, 0, sizeof *out);
	if (keep < 1)
		return ERR_INVALID;
	if (dir) {
		snprintf(folder, sizeof folder, "%s", dir);
	} else {
		app_backup_folder(db_path, folder, sizeof folder);
	}
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
	out->pruned = prune(folder, keep);
	e = ERR_OK;
out:
	if (tmp[0])
		unlink(tmp);
	if (e != ERR_OK && out->has_key)
		unlink(dest_key);
	if (e != ERR_OK)
		out->path[0] = '\0';
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "backup of %s: %s %s", db_path, err_name(e), out->path);
	db_close(db);
	return e;
}
