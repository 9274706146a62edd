/* The file work around backups and restores: private folders, durable
 * small copies (the badge key), fsync of a file and of its folder, and the
 * timestamped names. No SQLite here and nothing printed. */
#ifndef ROTA_APP_BACKUP_FILES_H
#define ROTA_APP_BACKUP_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "util/files.h" /* files_make_dirs, files_parent, files_sync_parent: the backups use them with these */

/* Flushes the file at path to the disk; false on failure. */
bool files_sync(const char *path);
/* Copies the small file from into to durably, through files_out (as
 * records: the badge key beside a backup or the database): a new file
 * beside to (mode 0600), fsync, rename, fsync of the folder. False on any
 * failure, or when to is not a plain file (to is then unchanged). */
bool files_copy_private(const char *from, const char *to);
/* Writes "YYYY-MM-DDTHHMM" for the local time t into out (n bytes), with
 * the seconds after the minutes when with_seconds. */
void files_stamp(time_t t, bool with_seconds, char *out, size_t n);
/* Makes a new empty file beside dir/prefix with mode 0600 and writes its
 * path into out (n bytes); false when it cannot. */
bool files_temp_in(const char *dir, char *out, size_t n);

#endif
