/* The log file writer. It must not touch the terminal while curses runs, and
 * it never grows without bound: at its size limit the file is renamed to
 * PATH.1 (PATH.1 to PATH.2 ...) and a new one begun. Several processes (a
 * kiosk and the command line) may share one log: an flock on the file and a
 * look at which file the path names now make exactly one of them rotate. */
#include "util/log.h"

#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/text.h"

static FILE *log_file;
static bool use_stderr;
static char log_path[PATH_MAX];
static long log_limit = LOG_LIMIT_BYTES;
static int log_keep = LOG_KEEP_FILES;

static FILE *open_append(const char *path)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "a");
	if (!f)
		close(fd);
	return f;
}

bool log_open(const char *path)
{
	log_close();
	if (snprintf(log_path, sizeof log_path, "%s", path) >= (int)sizeof log_path) {
		log_path[0] = '\0';
		return false;
	}
	log_file = open_append(path);
	return log_file != NULL;
}

void log_close(void)
{
	if (log_file)
		fclose(log_file);
	log_file = NULL;
}

void log_to_stderr(bool on) { use_stderr = on; }

void log_set_limit(long bytes, int keep)
{
	log_limit = bytes > 0 ? bytes : LOG_LIMIT_BYTES;
	log_keep = keep > 0 ? keep : LOG_KEEP_FILES;
}

/* Renames PATH.(keep-1) to PATH.keep ... PATH to PATH.1. */
static void shift_files(void)
{
	char from[PATH_MAX + 16], to[PATH_MAX + 16];
	for (int i = log_keep - 1; i >= 1; i--) {
		snprintf(from, sizeof from, "%s.%d", log_path, i);
		snprintf(to, sizeof to, "%s.%d", log_path, i + 1);
		rename(from, to); /* a missing one is fine */
	}
	snprintf(to, sizeof to, "%s.1", log_path);
	rename(log_path, to);
}

/* Rotates when the open file has reached the limit, then writes to the file
 * the path names now (another process may have rotated it already). */
static void rotate_if_full(void)
{
	struct stat mine, named;
	int fd = fileno(log_file);
	if (fstat(fd, &mine) != 0 || mine.st_size < log_limit)
		return;
	flock(fd, LOCK_EX);
	if (stat(log_path, &named) == 0 && named.st_dev == mine.st_dev && named.st_ino == mine.st_ino)
		shift_files();
	flock(fd, LOCK_UN);
	FILE *fresh = open_append(log_path);
	if (fresh) {
		fclose(log_file);
		log_file = fresh;
	}
}

void log_msg(enum log_level level, const char *fmt, ...)
{
	static const char *const names[] = { "debug", "info", "warn", "error" };
	if (log_file)
		rotate_if_full();
	FILE *out = log_file ? log_file : (use_stderr ? stderr : NULL);
	if (!out)
		return;
	char stamp[32] = "";
	time_t t = time(NULL);
	struct tm tm;
	if (localtime_r(&t, &tm))
		strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
	fprintf(out, "%s [%d] %s: ", stamp, (int)getpid(), names[level]);
	/* A line may quote a name from the records: one line, nothing raw for
	 * the terminal that shows the log. */
	char line[4096], shown[8192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	fputs(text_escape(shown, sizeof shown, line, false), out);
	fputc('\n', out);
	fflush(out);
}

/* Rewrites one file's lines that contain needle; see log_redact(). */
static bool redact_file(const char *path, const char *needle, const char *with)
{
	int fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return true; /* a rotated file that is not there is fine */
	flock(fd, LOCK_EX);
	bool ok = false;
	struct stat st;
	char *text = NULL, *out = NULL;
	if (fstat(fd, &st) != 0 || st.st_size > 4 * log_limit + 4096)
		goto done;
	size_t n = (size_t)st.st_size, used = 0;
	text = malloc(n + 1);
	out = malloc(n + 1 + strlen(with) * (n / 2 + 1));
	if (!text || !out || read(fd, text, n) != (ssize_t)n)
		goto done;
	text[n] = '\0';
	bool changed = false;
	for (char *line = text; *line;) {
		char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
		char keep = line[len - (end ? 1 : 0)];
		line[len - (end ? 1 : 0)] = '\0';
		if (strstr(line, needle)) {
			used += (size_t)sprintf(out + used, "%s%s", with, end ? "\n" : "");
			changed = true;
		} else {
			memcpy(out + used, line, strlen(line));
			used += strlen(line);
			if (end)
				out[used++] = '\n';
		}
		line[len - (end ? 1 : 0)] = keep;
		line += len;
	}
	ok = !changed || (ftruncate(fd, 0) == 0 && pwrite(fd, out, used, 0) == (ssize_t)used && fsync(fd) == 0);
done:
	free(text);
	free(out);
	flock(fd, LOCK_UN);
	close(fd);
	return ok;
}

bool log_redact(const char *needle, const char *with)
{
	if (!log_path[0] || !needle || !*needle)
		return true;
	bool ok = redact_file(log_path, needle, with);
	char path[PATH_MAX + 16];
	for (int i = 1; i <= log_keep; i++) {
		snprintf(path, sizeof path, "%s.%d", log_path, i);
		ok = redact_file(path, needle, with) && ok;
	}
	return ok;
}
