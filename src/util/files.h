/* Paths, folders and the files rota writes: the file-system steps the
 * command line, the documents and the backups share. A file rota writes is
 * made new and renamed into place; nothing here changes a file rota did not
 * make. No SQLite, nothing printed (a failure is logged). */
#ifndef ROTA_UTIL_FILES_H
#define ROTA_UTIL_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util/err.h"

/* Makes the folder dir and any missing parents (mode 0700; a folder that
 * is there already is left as it is). Returns true when dir is a folder
 * afterwards; false (and a line in the log) otherwise, when dir does not
 * fit in 4096 bytes, or when a folder to make would take the name of
 * records (files_dir_check). */
bool files_make_dirs(const char *dir);
/* Says whether files_make_dirs may make dir: ERR_FILE_RECORDS (and a line
 * in the log) when dir, or a parent of it that is not a folder yet, is
 * records (util/guard.h: a folder named rota.db-wal would keep SQLite from
 * making its -wal); ERR_OK otherwise. Looks only. */
enum rota_err files_dir_check(const char *dir);
/* Says whether rota may put a file it writes at path: ERR_OK when nothing
 * is there or a plain file is (the file rota writes then replaces it);
 * ERR_FILE_RECORDS when path is the records or leads to them
 * (util/guard.h: the database, its -wal, -shm, key or log, a backup; by
 * device and inode, through links); ERR_FILE_NOT_PLAIN when path names a
 * device, a FIFO, a socket, a folder or a symbolic link, none of which rota
 * writes into, replaces or changes; ERR_FILE_WRITE (and a line in the log)
 * when path cannot be looked at. Looks only: a command calls it before its
 * work, so a refusal changes nothing; files_out_open checks again. */
enum rota_err files_target_check(const char *path);
/* files_target_check for the records themselves (a restore putting the
 * badge key in place): the same refusal of what is not a plain file, none
 * of the records' names. */
enum rota_err files_target_check_records(const char *path);
/* Says whether a file rota writes can be put at path now: the checks of
 * files_target_check, then a new file made beside it and removed again, so
 * a folder that is missing or not writable is found too. Returns what
 * files_out_open would (ERR_OK, ERR_FILE_RECORDS, ERR_FILE_NOT_PLAIN,
 * ERR_FILE_WRITE) and leaves path as it was. A command calls it before it
 * changes any record for the file's sake. */
enum rota_err files_out_probe(const char *path);

/* A file being written anew: made under a temporary name in the folder of
 * its target and renamed onto the target only when written whole. The
 * target is then either as it was or the new file, and no file rota did
 * not make has its contents, mode or owner changed. */
struct files_out {
	char *path;       /* the target, as given */
	char *tmp;        /* the new file beside it: PATH.XXXXXX.part, mode 0600 */
	FILE *f;          /* open on tmp for writing */
	bool is_records;  /* records themselves (files_out_open_records) */
};

/* Starts writing path: checks it as files_target_check does, then makes a
 * new file beside it (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600 whatever the
 * umask) and opens it as out->f. Write through out->f, or, for a library
 * that opens a file by name, into out->tmp. Returns ERR_OK, or
 * ERR_FILE_RECORDS, ERR_FILE_NOT_PLAIN or ERR_FILE_WRITE (logged) with out
 * emptied and nothing made. After ERR_OK, exactly one of files_out_commit or
 * files_out_abort ends it. */
enum rota_err files_out_open(struct files_out *out, const char *path);
/* files_out_open for a file of the records themselves, which only the
 * backups and restores write (a badge key copied beside a backup, or back
 * beside the database): the same steps without the refusal of records. */
enum rota_err files_out_open_records(struct files_out *out, const char *path);
/* Ends a whole write: flushes and closes out->f, makes the new file durable,
 * checks the target again and renames the new file onto it, then syncs the
 * folder. Returns ERR_OK; on ERR_FILE_RECORDS, ERR_FILE_NOT_PLAIN or
 * ERR_FILE_WRITE (logged)
 * the new file is removed and the target is as it was. Frees out's names
 * either way. */
enum rota_err files_out_commit(struct files_out *out);
/* Ends a write that went wrong: closes out->f and removes the new file; the
 * target is as it was. Fine on an emptied or already ended out. */
void files_out_abort(struct files_out *out);
/* Flushes the folder holding path (a renamed or new entry in it) to the
 * disk; false when it cannot. */
bool files_sync_parent(const char *path);
/* Writes the folder of path into out (n bytes): "." when path has no
 * slash, "/" for a file at the root. */
void files_parent(const char *path, char *out, size_t n);

#endif
