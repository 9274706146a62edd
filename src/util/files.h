/* Paths and folders: the few file-system steps both the command line and
 * the backups need. No SQLite, nothing printed (a failure is logged). */
#ifndef ROTA_UTIL_FILES_H
#define ROTA_UTIL_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Makes the folder dir and any missing parents (mode 0700; a folder that
 * is there already is left as it is). Returns true when dir is a folder
 * afterwards; false (and a line in the log) otherwise, or when dir does not
 * fit in 4096 bytes. */
bool files_make_dirs(const char *dir);
/* Opens path for writing, emptied, as a file only its owner may read and
 * write (0600, also when it was there before with another mode). Returns
 * NULL (and a line in the log) when it cannot. */
FILE *files_open_private(const char *path);
/* files_open_private and close: path is then an empty 0600 file, for a
 * library that opens it by name and keeps its mode. Returns false (and a
 * line in the log) when it cannot. */
bool files_create_private(const char *path);
/* Writes the folder of path into out (n bytes): "." when path has no
 * slash, "/" for a file at the root. */
void files_parent(const char *path, char *out, size_t n);

#endif
