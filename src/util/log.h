/* A small log for technical detail. The user sees friendly sentences; what
 * went wrong underneath goes here. While curses owns the terminal nothing
 * may reach stderr, so before log_open() messages are only kept when
 * log_to_stderr(true) was asked for (the command line does that). */
#ifndef ROTA_UTIL_LOG_H
#define ROTA_UTIL_LOG_H

#include <stdbool.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

/* Appends to the file at path (created 0600). Returns false when it cannot. */
bool log_open(const char *path);
/* Closes the log file; later messages go nowhere (or stderr, see below). */
void log_close(void);
/* Whether messages without an open log file go to stderr. */
void log_to_stderr(bool on);
/* Writes one line with a local timestamp. Never fails visibly. */
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
