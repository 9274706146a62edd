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
#define FILES_STAMP_ATTEMPTS 1000
/* Writes the stamp of the local time t for a name's attempt-th try into out
 * (n bytes): "YYYY-MM-DDTHHMM" for 0, with the seconds after the minutes for
 * 1 ("YYYY-MM-DDTHHMMSS"), and with a sequence number for 2 and on
 * ("YYYY-MM-DDTHHMMSS_002"), so names made one after another in one second
 * never clash and still sort in the order they were made. Returns false
 * past the last attempt (FILES_STAMP_ATTEMPTS) or when out is too small. */
bool files_stamp(time_t t, int attempt, char *out, size_t n);
/* Makes a new empty file beside dir/prefix with mode 0600 and writes its
 * path into out (n bytes); false when it cannot. */
bool files_temp_in(const char *dir, char *out, size_t n);
/* Returns true when the disk that holds dir (or, while dir is not made yet,
 * its nearest folder that is) has less free space than the size of the file
 * at like, or no free file entries: a copy of like cannot go there. False
 * when there is room, or when it cannot be told. */
bool files_is_full_for(const char *dir, const char *like);
/* The names (not paths) of rota's backups in dir, as files_stamp names
 * them (rota-STAMP.db), oldest first: the names sort by time. *n of them;
 * NULL with *n 0 for none or no folder. The caller frees each and the
 * array. */
char **files_backup_list(const char *dir, size_t *n);
/* Writes into out (n bytes) the folder rota keeps backups of db_path in
 * unless told another: "backups" beside the database. */
void files_backup_folder(const char *db_path, char *out, size_t n);

#endif
