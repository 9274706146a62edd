/* Looking at a database file before SQLite opens it: a missing, empty,
 * foreign, zeroed or read-only file is named for what it is, where SQLite
 * would call most of them "not a database" or make an empty database of
 * them. Reads the first 100 bytes and stats; changes nothing.
 *
 * Nothing here calls a file damaged from figures a running checkpoint can
 * change: the header's page count and the file's size move apart while
 * another terminal copies its journal into the file, so a file cut short
 * is left to SQLite, which reads both under its own lock and reports
 * corruption only when it is there. What is decided here (the magic, the
 * application id, a wiped header, a schema version below 0) no checkpoint
 * ever writes. */
#include "store/db_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/log.h"

enum rota_err db_err_of_errno(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
		return ERR_DB_FULL;
	case EROFS:
	case EACCES:
	case EPERM:
		return ERR_DB_READONLY;
	}
	return ERR_DB_OPEN;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* True when path (or, with folder, the folder it is in) cannot be written:
 * no write permission, or no write bit at all (meant read-only, even for root). */
static bool is_read_only(const char *path, bool folder)
{
	char *dir = NULL;
	if (folder) {
		const char *slash = strrchr(path, '/');
		dir = slash ? xasprintf("%.*s", (int)(slash - path > 0 ? slash - path : 1), path) : xasprintf(".");
		path = dir;
	}
	struct stat sb;
	bool ro = access(path, W_OK) != 0 || (stat(path, &sb) == 0 && !(sb.st_mode & 0222));
	free(dir);
	return ro;
}

enum rota_err db_probe(const char *path, bool create)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && create)
			return ERR_OK;
		log_msg(LOG_ERROR, "open %s: %s", path, strerror(errno));
		return errno == ENOENT ? ERR_NOT_FOUND : db_err_of_errno(errno);
	}
	if (!S_ISREG(sb.st_mode)) {
		log_msg(LOG_ERROR, "%s is not a regular file", path);
		return ERR_DB_NOT_ROTA;
	}
	if (sb.st_size == 0) {
		if (create)
			return ERR_OK;
		log_msg(LOG_ERROR, "%s is empty (0 bytes)", path);
		return ERR_DB_EMPTY;
	}
	unsigned char h[100];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		log_msg(LOG_ERROR, "open %s: %s", path, strerror(errno));
		return db_err_of_errno(errno);
	}
	ssize_t n = pread(fd, h, sizeof h, 0);
	close(fd);
	bool is_sqlite = n >= 16 && !memcmp(h, "SQLite format 3", 16);
	if (!is_sqlite) {
		bool zeros = n == (ssize_t)sizeof h && sb.st_size >= 512;
		for (ssize_t i = 0; zeros && i < n; i++)
			zeros = h[i] == 0;
		/* A header wiped to zeros is a rota file that lost its first
		 * bytes; anything else is another program's file. */
		log_msg(LOG_ERROR, "%s: %s", path, zeros ? "header is zeroed" : "not an SQLite file");
		return zeros ? ERR_DB_DAMAGED : ERR_DB_NOT_ROTA;
	}
	if (n < (ssize_t)sizeof h) {
		/* Under 100 bytes no checkpoint ever leaves: SQLite writes whole pages. */
		log_msg(LOG_ERROR, "%s: header cut short (%lld bytes)", path, (long long)sb.st_size);
		return ERR_DB_DAMAGED;
	}
	uint32_t app_id = be32(h + 68);
	int32_t version = (int32_t)be32(h + 60);
	if (app_id != 0 && app_id != DB_APPLICATION_ID) {
		log_msg(LOG_ERROR, "%s is another program's SQLite file", path);
		return ERR_DB_NOT_ROTA;
	}
	if (version < 0) {
		log_msg(LOG_ERROR, "%s: schema version %d is out of range", path, (int)version);
		return ERR_DB_DAMAGED;
	}
	if (is_read_only(path, false) || is_read_only(path, true)) {
		log_msg(LOG_ERROR, "%s or its folder is read-only", path);
		return ERR_DB_READONLY;
	}
	return ERR_OK;
}
