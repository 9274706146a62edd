/* The log file writer. It must not touch the terminal while curses runs. */
#include "util/log.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static FILE *log_file;
static bool use_stderr;

bool log_open(const char *path)
{
	log_close();
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	log_file = fdopen(fd, "a");
	if (!log_file) {
		close(fd);
		return false;
	}
	return true;
}

void log_close(void)
{
	if (log_file)
		fclose(log_file);
	log_file = NULL;
}

void log_to_stderr(bool on) { use_stderr = on; }

void log_msg(enum log_level level, const char *fmt, ...)
{
	static const char *const names[] = { "debug", "info", "warn", "error" };
	FILE *out = log_file ? log_file : (use_stderr ? stderr : NULL);
	if (!out)
		return;
	char stamp[32] = "";
	time_t t = time(NULL);
	struct tm tm;
	if (localtime_r(&t, &tm))
		strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
	fprintf(out, "%s [%d] %s: ", stamp, (int)getpid(), names[level]);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputc('\n', out);
	fflush(out);
}
