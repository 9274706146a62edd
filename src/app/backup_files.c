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

void files_stamp(time_t t, bool with_seconds, char *out, size_t n)
{
	char dt[20]; /* YYYY-MM-DD HH:MM:SS */
	date_format_datetime(t, dt);
	snprintf(out, n, "%.10sT%.2s%.2s%s", dt, dt + 11, dt + 14, with_seconds ? dt + 17 : "");
}
