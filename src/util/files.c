/* Folders made, paths cut, and the files rota writes made new beside their
 * target and renamed into place, for the command line, the documents and
 * the backups. Nothing here opens, empties or changes the mode of a file
 * rota did not make. */
#include "util/files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/guard.h"
#include "util/log.h"

/* True when path is a folder already: mkdir leaves it, so it can be no
 * records' name. */
static bool is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

enum rota_err files_dir_check(const char *dir)
{
	char path[4096];
	if (!*dir || (size_t)snprintf(path, sizeof path, "%s", dir) >= sizeof path)
		return ERR_OK; /* nothing to make, or files_make_dirs refuses it for its length */
	for (char *p = path + 1;; p++) {
		if (*p && *p != '/')
			continue;
		char end = *p;
		*p = '\0';
		if (!is_dir(path) && guard_is_records(path)) {
			log_msg(LOG_WARN, "%s is the records' name: no folder made there", path);
			return ERR_FILE_RECORDS;
		}
		if (!end)
			return ERR_OK;
		*p = end;
	}
}

bool files_make_dirs(const char *dir)
{
	char path[4096];
	struct stat sb;
	if ((size_t)snprintf(path, sizeof path, "%s", dir) >= sizeof path || files_dir_check(dir) != ERR_OK)
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

enum rota_err files_target_check_records(const char *path)
{
	struct stat sb;
	if (lstat(path, &sb) != 0) {
		if (errno == ENOENT)
			return ERR_OK;
		log_msg(LOG_ERROR, "cannot look at %s: %s", path, strerror(errno));
		return ERR_FILE_WRITE;
	}
	if (S_ISREG(sb.st_mode))
		return ERR_OK;
	log_msg(LOG_WARN, "%s is a %s, not a plain file: not written", path,
	        S_ISLNK(sb.st_mode)    ? "symbolic link"
	        : S_ISDIR(sb.st_mode)  ? "folder"
	        : S_ISFIFO(sb.st_mode) ? "FIFO"
	        : S_ISSOCK(sb.st_mode) ? "socket"
	                               : "device");
	return ERR_FILE_NOT_PLAIN;
}

enum rota_err files_target_check(const char *path)
{
	if (guard_is_records(path)) {
		log_msg(LOG_WARN, "%s is the records or leads to them: not written", path);
		return ERR_FILE_RECORDS;
	}
	return files_target_check_records(path);
}

/* Makes a new file PATH.XXXXXX.part beside path, mode 0600; returns its
 * descriptor and its name in *tmp (the caller frees), or -1. */
static int make_new(const char *path, char **tmp)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	for (int tries = 0; tries < 100; tries++) {
		unsigned char r[6];
		char suffix[sizeof r + 1];
		if (getentropy(r, sizeof r) != 0)
			return -1;
		for (size_t i = 0; i < sizeof r; i++)
			suffix[i] = letters[r[i] % (sizeof letters - 1)];
		suffix[sizeof r] = '\0';
		*tmp = xasprintf("%s.%s.part", path, suffix);
		int fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			/* ours, just made: the umask may have taken more than 0600 allows */
			if (fchmod(fd, 0600) == 0)
				return fd;
			close(fd);
			unlink(*tmp);
		}
		free(*tmp);
		*tmp = NULL;
		if (fd >= 0 || errno != EEXIST)
			return -1;
	}
	return -1;
}

/* A target's checks: the plain-file ones alone for records. */
static enum rota_err out_check(const char *path, bool is_records)
{
	return is_records ? files_target_check_records(path) : files_target_check(path);
}

/* files_out_open, for records or not. */
static enum rota_err out_open(struct files_out *out, const char *path, bool is_records)
{
	*out = (struct files_out){ 0 };
	enum rota_err e = out_check(path, is_records);
	if (e != ERR_OK)
		return e;
	char *tmp;
	int fd = make_new(path, &tmp);
	if (fd < 0) {
		log_msg(LOG_ERROR, "cannot make a new file beside %s: %s", path, strerror(errno));
		return ERR_FILE_WRITE;
	}
	out->f = fdopen(fd, "w");
	if (!out->f) {
		log_msg(LOG_ERROR, "cannot write %s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return ERR_FILE_WRITE;
	}
	out->path = xstrdup(path);
	out->tmp = tmp;
	out->is_records = is_records;
	return ERR_OK;
}

enum rota_err files_out_open(struct files_out *out, const char *path) { return out_open(out, path, false); }

enum rota_err files_out_open_records(struct files_out *out, const char *path)
{
	return out_open(out, path, true);
}

enum rota_err files_out_probe(const char *path)
{
	struct files_out out;
	enum rota_err e = files_out_open(&out, path);
	files_out_abort(&out);
	return e;
}

void files_out_abort(struct files_out *out)
{
	if (out->f)
		fclose(out->f);
	if (out->tmp)
		unlink(out->tmp);
	free(out->path);
	free(out->tmp);
	*out = (struct files_out){ 0 };
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

enum rota_err files_out_commit(struct files_out *out)
{
	if (!out->tmp)
		return ERR_FILE_WRITE;
	/* ferror: a write that failed at an earlier flush is still a failure */
	bool written = !ferror(out->f) && fflush(out->f) == 0 && fsync(fileno(out->f)) == 0;
	written = fclose(out->f) == 0 && written;
	out->f = NULL;
	if (!written) {
		log_msg(LOG_ERROR, "cannot write %s: %s", out->tmp, strerror(errno));
		files_out_abort(out);
		return ERR_FILE_WRITE;
	}
	/* Again at the last moment: something not a plain file may have been
	 * put there while the file was written, and rename would replace it. */
	enum rota_err e = out_check(out->path, out->is_records);
	if (e == ERR_OK && rename(out->tmp, out->path) != 0) {
		log_msg(LOG_ERROR, "cannot put %s in place: %s", out->path, strerror(errno));
		e = ERR_FILE_WRITE;
	}
	if (e != ERR_OK) {
		files_out_abort(out);
		return e;
	}
	files_sync_parent(out->path);
	free(out->path);
	free(out->tmp);
	*out = (struct files_out){ 0 };
	return ERR_OK;
}
