/* The records' pages read through in full by SQLite's integrity check, on a
 * connection of the check's own, opened read-only: what the kiosk's check
 * process runs while the kiosk goes on scanning (app/records_check.h).
 * Nothing here writes to the file or touches another connection. */
#ifndef ROTA_STORE_PAGE_CHECK_H
#define ROTA_STORE_PAGE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "store/db.h"

/* Returns the path of the file db was opened on, "" for one in memory. The
 * string belongs to the connection: valid until db_close(). */
const char *db_path(struct db *db);

/* Returns true when db holds no transaction and no statement is part way
 * through its rows: the only time a process may fork a child that opens a
 * connection of its own to the same file. */
bool db_is_idle(struct db *db);

/* Reads every page of the database file at path with SQLite's
 * integrity_check, on a new read-only connection (no migration, no pragma
 * that writes), and sets *findings to what it found: 0 for a sound file,
 * the number of faults it names, or -1 when it could not read the file to
 * the end (a page too broken to walk, or not a database at all). The first
 * finding, SQLite's own words, goes into first (n bytes; "" when none): for
 * the log only, never for a screen. Returns ERR_OK whenever the check ran,
 * sound or not; ERR_NOT_FOUND when there is no file at path. */
enum rota_err store_file_check_pages(const char *path, int *findings, char *first, size_t n);

#endif
