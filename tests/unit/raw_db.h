/* Reads the database file straight with SQLite, past rota's own layers,
 * for unit tests that check what is on disk. */
#ifndef ROTA_TESTS_UNIT_RAW_DB_H
#define ROTA_TESTS_UNIT_RAW_DB_H

/* Opens path read-only, runs sql and returns the first column of its first
 * row as an integer; -1 when the file does not open, the SQL does not
 * compile or there is no row. */
long long raw_db_int(const char *path, const char *sql);

#endif
