/* Paths and folders: the few file-system steps both the command line and
 * the backups need. No SQLite, nothing printed (a failure is logged). */
#ifndef ROTA_UTIL_FILES_H
#define ROTA_UTIL_FILES_H

#include <stdbool.h>
#include <stddef.h>

/* Makes the folder dir and any missing parents (mode 0700; a folder that
 * is there already is left as it is). Returns true when dir is a folder
 * afterwards; false (and a line in the log) otherwise, or when dir does not
 * fit in 4096 bytes. */
bool files_make_dirs(const char *dir);
/* Writes the folder of path into out (n bytes): "." when path has no
 * slash, "/" for a file at the root. */
void files_parent(const char *path, char *out, size_t n);

#endif
