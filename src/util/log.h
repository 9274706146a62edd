/* A small log for technical detail. The user sees friendly sentences; what
 * went wrong underneath goes here. Never a badge payload, a PIN or anything
 * else that opens a door: ids, sizes and error names only. While curses
 * owns the terminal nothing may reach stderr, so before log_open() messages
 * are only kept when log_to_stderr(true) was asked for (the command line
 * does that). */
#ifndef ROTA_UTIL_LOG_H
#define ROTA_UTIL_LOG_H

#include <stdbool.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

#define LOG_LIMIT_BYTES (1L << 20) /* a log file is rotated at 1 MiB ... */
#define LOG_KEEP_FILES 3           /* ... keeping PATH.1 to PATH.3 */

/* Appends to the file at path (created 0600). Returns false when it cannot.
 * Once the file reaches the size limit it becomes PATH.1 (the older ones
 * move up, the oldest beyond PATH.keep is dropped) and a new PATH begins. */
bool log_open(const char *path);
/* Closes the log file; later messages go nowhere (or stderr, see below). */
void log_close(void);
/* Whether messages without an open log file go to stderr. */
void log_to_stderr(bool on);
/* Sets the size limit and how many rotated files are kept (0 or less: the
 * defaults above). For tests. */
void log_set_limit(long bytes, int keep);
/* Writes one line with a local timestamp, rotating first when the file is
 * full. Never fails visibly. */
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Rewrites every line of the open log and its rotated files (PATH.1 ...)
 * that contains needle as the line `with` instead, in place: for what must
 * not stay in the log (the names of a person anonymised). Returns false
 * when a file could not be read or written (true with no log open). */
bool log_redact(const char *needle, const char *with);

#endif
