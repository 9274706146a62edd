/* The files that hold the records, kept from rota's own outputs: a document,
 * a list, an export or a folder rota makes never lands on the database, its
 * -wal, -shm or -journal, its badge key, its log (and the log's older files)
 * or the backups rota keeps, however the path names them (a symbolic link, a
 * hard link, a relative path, a folder reached by another name). It only
 * looks: nothing here writes, and the command line names the records once,
 * before any command runs. */
#ifndef ROTA_UTIL_GUARD_H
#define ROTA_UTIL_GUARD_H

#include <stdbool.h>

/* Names this run's records: the database at db_path with the files SQLite,
 * the badge key and the log keep beside it, and backup_dir, the folder rota
 * keeps its copies in (NULL: none). Both are copied; db_path NULL or
 * ":memory:" forgets the records named before. Paths are used as given, so
 * a relative one means the same folder as long as the process does not
 * change its folder. */
void guard_set(const char *db_path, const char *backup_dir);

/* Returns true when writing path would write onto records: one of the files
 * named by guard_set (the same file by device and inode when it is there,
 * the same name in the same folder when it is not yet); a file already in
 * the backup folder, or one linked to a file there; or, wherever it is, a
 * SQLite database, or the -wal, -shm, -journal, .key or .log beside one. A
 * symbolic link is followed to the name it leads to, even when nothing is
 * there yet. A path whose folder cannot be looked at is not called records
 * (writing there fails on its own). */
bool guard_is_records(const char *path);

#endif
