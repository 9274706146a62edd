/* Durable small file operations for backups and restores. */
#include "app/backup_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/date.h"
#include "util/files.h"
#include "util/log.h"

bool files_sync(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0;
	close(fd);
	if (!ok)
		log_msg(LOG_ERROR, "fsync %s: %s", path, strerror(errno));
	return ok;
}

bool files_temp_in(const char *dir, char *out, size_t n)
{
	if ((size_t)snprintf(out, n, "%s/.rota-tmp-XXXXXX", dir) >= n)
		return false;
	int fd = mkstemp(out); /* mode 0600 */
	if (fd < 0) {
		log_msg(LOG_ERROR, "cannot make a file in %s: %s", dir, strerror(errno));
		return false;
	}
	close(fd);
	return true;
}

bool files_copy_private(const char *from, const char *to)
{
	char buf[4096];
	struct files_out out;
	int in = open(from, O_RDONLY | O_CLOEXEC);
	if (in < 0 || files_out_open_records(&out, to) != ERR_OK) {
		log_msg(LOG_ERROR, "cannot copy %s to %s: %s", from, to, strerror(errno));
		if (in >= 0)
			close(in);
		return false;
	}
	ssize_t got;
	while ((got = read(in, buf, sizeof buf)) > 0 && fwrite(buf, 1, (size_t)got, out.f) == (size_t)got)
		continue;
	close(in);
	if (got != 0) { /* a read or a write failed */
		log_msg(LOG_ERROR, "cannot copy %s to %s: %s", from, to, strerror(errno));
		files_out_abort(&out);
		return false;
	}
	return files_out_commit(&out) == ERR_OK;
}

bool files_stamp(time_t t, int attempt, char *out, size_t n)
{
	char dt[20]; /* YYYY-MM-DD HH:MM:SS */
	if (attempt < 0 || attempt > FILES_STAMP_ATTEMPTS - 1)
		return false;
	date_format_datetime(t, dt);
	int len = snprintf(out, n, "%.10sT%.2s%.2s%s", dt, dt + 11, dt + 14, attempt > 0 ? dt + 17 : "");
	if (attempt > 1)
		len += snprintf(out + len, n - (size_t)len, "_%03d", attempt);
	return (size_t)len < n;
}

bool files_is_full_for(const char *dir, const char *like)
{
	char at[4096], up[4096];
	struct statvfs vfs;
	struct stat sb;
	if (stat(like, &sb) != 0 || (size_t)snprintf(at, sizeof at, "%s", dir) >= sizeof at)
		return false;
	while (statvfs(at, &vfs) != 0) {
		int err = errno;
		files_parent(at, up, sizeof up);
		if (err != ENOENT || !strcmp(up, at))
			return false;
		memcpy(at, up, sizeof at);
	}
	unsigned long long room = (unsigned long long)vfs.f_bavail * vfs.f_frsize;
	bool full = room < (unsigned long long)sb.st_size || vfs.f_favail == 0;
	if (full)
		log_msg(LOG_ERROR, "%s: %llu bytes free, %lld needed", at, room, (long long)sb.st_size);
	return full;
}

/* True for the names rota gives its backups: rota-YYYY-MM-DDTHHMM.db,
 * rota-YYYY-MM-DDTHHMMSS.db and rota-YYYY-MM-DDTHHMMSS_NNN.db. */
static bool is_backup_name(const char *s)
{
	static const char shape[] = "rota-dddd-dd-ddTdddd", seconds[] = "dd", sequence[] = "dd_ddd";
	size_t n = strlen(s), len = sizeof shape - 1;
	const char *tail;
	if (n == len + 3)
		tail = "";
	else if (n == len + 2 + 3)
		tail = seconds;
	else if (n == len + 6 + 3)
		tail = sequence;
	else
		return false;
	for (size_t i = 0; i < n - 3; i++) {
		char want = i < len ? shape[i] : tail[i - len];
		if (want == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != want)
			return false;
	}
	return !strcmp(s + n - 3, ".db");
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **files_backup_list(const char *dir, size_t *n)
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

void files_backup_folder(const char *db_path, char *out, size_t n)
{
	char parent[4096];
	files_parent(db_path, parent, sizeof parent);
	snprintf(out, n, "%s/backups", parent);
}
