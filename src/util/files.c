/* Folders made, paths cut and private files opened, for the command line,
 * the backups and the badge sheets. */
#include "util/files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/log.h"

bool files_make_dirs(const char *dir)
{
	char path[4096];
	struct stat sb;
	if ((size_t)snprintf(path, sizeof path, "%s", dir) >= sizeof path)
		return false;
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST)
			return false;
		*p = '/';
	}
	if (mkdir(path, 0700) != 0 && errno != EEXIST) {
		log_msg(LOG_ERROR, "cannot make %s: %s", dir, strerror(errno));
		return false;
	}
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

void files_parent(const char *path, char *out, size_t n)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(out, n, ".");
	else if (slash == path)
		snprintf(out, n, "/");
	else
		snprintf(out, n, "%.*s", (int)(slash - path), path);
}

FILE *files_open_private(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	/* a file that was there keeps its old mode through open: set it */
	if (fd < 0 || fchmod(fd, 0600) != 0) {
		log_msg(LOG_ERROR, "cannot write %s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	FILE *f = fdopen(fd, "w");
	if (!f) {
		log_msg(LOG_ERROR, "cannot write %s: %s", path, strerror(errno));
		close(fd);
	}
	return f;
}

bool files_create_private(const char *path)
{
	FILE *f = files_open_private(path);
	return f && fclose(f) == 0;
}
