/* Copies, restores and checks of a rota file through SQLite's online backup
 * API, never a file copy: a live WAL database copied file by file can be
 * torn, this copy cannot. Kiosks keep scanning while a copy is made. Files
 * are opened here without migrations or pragmas that would change them; the
 * file system work around them (names, fsync, renames) is the caller's. */
#ifndef ROTA_STORE_BACKUP_H
#define ROTA_STORE_BACKUP_H

#include <stdbool.h>
#include <time.h>

#include "core/records.h"
#include "store/db.h"

/* Copies the open database into the empty file dest_path in one backup step
 * inside one read transaction, and fills counts->tables with each table's
 * rows read in that same transaction: exactly what the copy holds. The copy
 * is switched to a plain rollback journal (one self-contained file). Other
 * connections keep writing meanwhile. ERR_DB_FULL when the disk of
 * dest_path is full, ERR_DB_WRITE when the copy fails otherwise (the file
 * may then be half written: the caller removes it). */
enum rota_err store_backup_copy(struct db *db, const char *dest_path, struct records_report *counts);

/* Copies the database file src_path (left unchanged) into the empty file
 * dest_path with the backup API, as one file (no write-ahead log).
 * ERR_DB_FULL when the disk of dest_path is full, else ERR_DB_WRITE when it
 * cannot. */
enum rota_err store_file_copy(const char *src_path, const char *dest_path);

/* Examines the file at path without changing it: opened read-only, no
 * migration. Fills *out; returns ERR_NOT_FOUND when there is no such file,
 * else ERR_OK, even for a damaged file or another program's (the report
 * says which). */
enum rota_err store_file_examine(const char *path, struct records_report *out);

/* Replaces the records of the open database with those of the file at
 * src_path, through the backup API in the reverse direction, under the
 * database's write lock: a kiosk's scan waits and then lands in the
 * restored records. Holding that lock, it first copies the records being
 * replaced into the empty file keep_path (NULL: no copy, for a database
 * just made), so no write can fall between the two. ERR_DB_BUSY when the
 * lock cannot be had; nothing is replaced then. The connection should be
 * reopened afterwards (the schema may be older). */
enum rota_err store_restore_from(struct db *db, const char *src_path, const char *keep_path);
/* Sets *holds to whether the rota file at path (opened read-only, no
 * migration) holds person_id and has not anonymised them: their name is in
 * it. ERR_DB_DAMAGED (*holds false) when it cannot be read. */
enum rota_err store_file_holds_name(const char *path, long long person_id, bool *holds);

#endif
