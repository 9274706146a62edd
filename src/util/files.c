/* Folders made and paths cut, for the command line and the backups. */
#include "util/files.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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
