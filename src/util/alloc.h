/* Allocation wrappers that never return NULL, and die() for the two
 * situations that may end the program: out of memory and a broken invariant.
 * die() runs the registered hook first, so the kiosk restores the terminal. */
#ifndef ROTA_UTIL_ALLOC_H
#define ROTA_UTIL_ALLOC_H

#include <stddef.h>

/* Like malloc/calloc/realloc, but end the program on exhaustion. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Returns p, an array of *cap items of size bytes that holds n, with room
 * for one more: when n has reached *cap, *cap doubles (from 16) and the
 * array moves. The one way rota grows a list it reads row by row. */
void *xgrow(void *p, size_t n, size_t *cap, size_t size);
/* Returns a new copy of s (NULL gives NULL); the caller frees it. */
char *xstrdup(const char *s);
/* Returns a new formatted string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Registers a function die() calls before printing (e.g. terminal restore). */
void die_set_hook(void (*hook)(void));
/* Prints the message to stderr and the log, then exits with status 70. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
