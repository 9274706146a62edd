/* Whether the journal beside a database (its -wal file) belongs to it,
 * decided before SQLite applies a single page of it.
 *
 * SQLite's journal names no database: a -wal left beside a file by
 * another copy of the records (a database put back by hand, a folder
 * mixed up) is replayed into whatever file it finds, page by page, and the
 * records become a mixture of two. rota can tell: the file carries a mark
 * (site.file_mark, a random id of this file, and site.commits, which every
 * write rota commits counts up; a restore keeps the mark of the file it
 * fills), so every journal rota writes holds the mark of the file it was
 * written for. The mark is read twice, read-only and without a
 * checkpoint: from the file alone (SQLite's immutable mode ignores the
 * journal) and through the journal. A journal of this file shows the same
 * id and a count at least as high; another file's journal shows another
 * id, a count from the past, or pages SQLite itself calls corrupt. Any
 * other trouble (a file too old to have the mark, a read that meets a
 * checkpoint under way) gives no verdict, and opening goes on as usual;
 * a verdict against the journal is read once more after a moment, so a
 * restore caught half-way is not mistaken for it. */
#include "store/db_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "util/alloc.h"
#include "util/log.h"

#define WAL_HEADER_BYTES 32 /* a journal no longer than its header holds no page */
#define MARK_SQL "SELECT file_mark, commits FROM site WHERE id = 1"

struct mark {
	char file[40];
	long long commits;
};

/* Returns path as an SQLite URI with its query, every byte that is not
 * plainly safe %-escaped (a '?', '#' or '%' in a folder name). */
static char *uri_of(const char *path, const char *query)
{
	size_t n = strlen(path);
	char *u = xmalloc(3 * n + strlen(query) + 16), *p = u;
	p += sprintf(p, "%s", path[0] == '/' ? "file://" : "file:");
	for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    strchr("/._-~", *s))
			*p++ = (char)*s;
		else
			p += sprintf(p, "%%%02X", *s);
	}
	sprintf(p, "?%s", query);
	return u;
}

int db_mark_read(sqlite3 *h, char *mark, size_t n, long long *commits)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(h, MARK_SQL, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			const unsigned char *m = sqlite3_column_text(st, 0);
			snprintf(mark, n, "%s", m ? (const char *)m : "");
			*commits = sqlite3_column_int64(st, 1);
			rc = SQLITE_OK;
		} else if (rc == SQLITE_DONE) {
			rc = SQLITE_NOTFOUND;
		}
	}
	if (rc != SQLITE_OK && rc != SQLITE_NOTFOUND && sqlite3_extended_errcode(h))
		rc = sqlite3_extended_errcode(h);
	sqlite3_finalize(st);
	return rc;
}

/* Reads the mark through a read-only connection to uri; returns SQLite's
 * result (SQLITE_OK when *m was filled). Never checkpoints. */
static int read_mark(const char *uri, struct mark *m)
{
	sqlite3 *h = NULL;
	int rc = db_raw_open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &h);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)NULL);
	if (rc == SQLITE_OK)
		rc = db_mark_read(h, m->file, sizeof m->file, &m->commits);
	else if (h && sqlite3_extended_errcode(h))
		rc = sqlite3_extended_errcode(h);
	sqlite3_close(h);
	return rc;
}

/* One look at the journal of path: NULL when it belongs or no verdict can
 * be reached, else why it does not (into the log). */
static const char *look(const char *path, char *detail, size_t n)
{
	struct mark file = { 0 }, journal = { 0 };
	/* The file first: a checkpoint after this read only brings the file
	 * nearer to what the journal read sees. */
	char *immutable = uri_of(path, "immutable=1"), *plain = uri_of(path, "mode=ro");
	int rc_file = read_mark(immutable, &file);
	int rc_journal = rc_file == SQLITE_OK ? read_mark(plain, &journal) : SQLITE_OK;
	free(immutable);
	free(plain);
	if (rc_file != SQLITE_OK)
		return NULL; /* no mark to compare with */
	int kind = rc_journal & 0xFF;
	const char *why = NULL;
	if (kind == SQLITE_CORRUPT || kind == SQLITE_NOTADB)
		why = "its pages do not fit the file";
	else if (rc_journal == SQLITE_NOTFOUND)
		why = "through it the file has no mark";
	else if (rc_journal != SQLITE_OK)
		return NULL; /* busy, no memory */
	else if (strcmp(file.file, journal.file) != 0)
		why = "it was written for another file";
	else if (journal.commits < file.commits)
		why = "it is older than the file";
	snprintf(detail, n, "file %s, %lld commits; through the journal %s, %lld", file.file, file.commits,
	         journal.file, journal.commits);
	return why;
}

enum rota_err db_wal_check(const char *path)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat sb;
	bool has_pages = stat(wal, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > WAL_HEADER_BYTES;
	free(wal);
	if (!has_pages)
		return ERR_OK;
	/* A journal with pages beside no file, or beside an empty one, would
	 * be replayed into the file about to be made. */
	if (stat(path, &sb) != 0 || sb.st_size == 0) {
		log_msg(LOG_ERROR, "%s-wal holds pages but %s is missing or empty", path, path);
		return ERR_DB_WAL_FOREIGN;
	}
	char detail[160];
	if (!look(path, detail, sizeof detail))
		return ERR_OK;
	struct timespec moment = { 0, 200 * 1000 * 1000 };
	nanosleep(&moment, NULL);
	const char *why = look(path, detail, sizeof detail);
	if (!why)
		return ERR_OK;
	log_msg(LOG_ERROR, "%s-wal does not belong to %s: %s (%s)", path, path, why, detail);
	return ERR_DB_WAL_FOREIGN;
}
