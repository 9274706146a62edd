/* Durable small file operations for backups and restores. */
#include "app/backup_files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool files_sync_parent(const char *path)
{
	char dir[4096];
	files_parent(path, dir, sizeof dir);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0;
	close(fd);
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
	char dir[4096], tmp[4200], buf[4096];
	int in = -1, out = -1;
	bool ok = false;
	files_parent(to, dir, sizeof dir);
	if ((in = open(from, O_RDONLY | O_CLOEXEC)) < 0 || !files_temp_in(dir, tmp, sizeof tmp))
		goto out;
	if ((out = open(tmp, O_WRONLY | O_TRUNC | O_CLOEXEC)) < 0)
		goto out_unlink;
	ssize_t got;
	while ((got = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)got) != got)
			goto out_unlink;
	if (got < 0 || fsync(out) != 0 || close(out) != 0) {
		out = -1;
		goto out_unlink;
	}
	out = -1;
	if (rename(tmp, to) != 0)
		goto out_unlink;
	ok = files_sync_parent(to);
	goto out;
out_unlink:
	log_msg(LOG_ERROR, "cannot copy %s to %s: %s", from, to, strerror(errno));
	unlink(tmp);
out:
	if (out >= 0)
		close(out);
	if (in >= 0)
		close(in);
	return ok;
}

void files_stamp(time_t t, bool with_seconds, char *out, size_t n)
{
	char dt[20]; /* YYYY-MM-DD HH:MM:SS */
	date_format_datetime(t, dt);
	snprintf(out, n, "%.10sT%.2s%.2s%s", dt, dt + 11, dt + 14, with_seconds ? dt + 17 : "");
}
