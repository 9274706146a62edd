/* Proving a backup whole before a restore touches anything: the copy that
 * will be put in place is made beside the database first and proved there,
 * so what was proved is exactly what goes in, and a backup that fails
 * leaves the live file, its write-ahead log and its key as they were. */
#ifndef ROTA_APP_BACKUP_PROOF_H
#define ROTA_APP_BACKUP_PROOF_H

#include <stddef.h>

#include "core/records.h"
#include "util/err.h"

/* Copies the backup file (report: what store_file_examine found in it) into
 * a new private file beside the database at db_path, its name written into
 * staged (n bytes), with the backup's badge key (FILE.key) beside the copy
 * as STAGED.key, and proves the copy: SQLite's integrity and reference
 * checks found nothing (report), it opens as every command opens a
 * database (an older schema brought up to this one, then the schema hash),
 * and the key belongs to its records. On ERR_OK the caller puts the copy in
 * place and removes it with backup_proof_remove(). Otherwise nothing is
 * left and staged is "": ERR_RESTORE_BAD (damaged, not rota's, or a
 * schema version below 1), ERR_DB_NEWER, ERR_RESTORE_SCHEMA (tables,
 * indexes or triggers not rota's), ERR_RESTORE_NO_KEY, ERR_RESTORE_KEY_WRONG
 * (the key is no key or another's), or ERR_DB_FULL, ERR_DB_READONLY,
 * ERR_FILE_WRITE when the copy cannot be made beside the database. */
enum rota_err backup_proof_stage(const char *db_path, const char *file, const struct records_report *report,
                                 char *staged, size_t n);
/* Removes the staged copy, its write-ahead log, shared memory and key;
 * nothing for "". */
void backup_proof_remove(const char *staged);

#endif
