/* SQLite's integrity_check over a file, on a read-only connection of its
 * own: a reader in WAL mode, so the kiosk's writes go on meanwhile. */
#include "store/page_check.h"

#include <string.h>
#include <sys/stat.h>

#include "store/db_internal.h"
#include "util/text.h"

const char *db_path(struct db *db)
{
	const char *p = sqlite3_db_filename(db->handle, "main");
	return p ? p : "";
}

bool db_is_idle(struct db *db)
{
	if (!sqlite3_get_autocommit(db->handle))
		return false;
	for (sqlite3_stmt *st = sqlite3_next_stmt(db->handle, NULL); st; st = sqlite3_next_stmt(db->handle, st))
		if (sqlite3_stmt_busy(st))
			return false;
	return true;
}

enum rota_err store_file_check_pages(const char *path, int *findings, char *first, size_t n)
{
	struct stat sb;
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	*findings = -1;
	if (n)
		first[0] = '\0';
	if (stat(path, &sb) != 0)
		return ERR_NOT_FOUND;
	int rc = db_raw_open(path, SQLITE_OPEN_READONLY, &h);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		int count = 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *row = (const char *)sqlite3_column_text(st, 0);
			if (row && !strcmp(row, "ok"))
				continue;
			/* A finding may begin "*** in database main ***" and a line
			 * end: the page it names follows. */
			if (row && !strncmp(row, "*** in database ", 16))
				row = strchr(row, '\n') ? strchr(row, '\n') + 1 : "";
			if (count++ == 0 && n)
				text_copy(first, n, row && *row ? row : "(no text)");
		}
		if (rc == SQLITE_DONE)
			*findings = count;
	}
	if (*findings < 0 && n && !first[0])
		text_copy(first, n, h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
	for (char *c = first; n && *c; c++)
		if (*c == '\n' || *c == '\r')
			*c = ' '; /* one line in the log */
	sqlite3_finalize(st);
	sqlite3_close(h);
	return ERR_OK;
}
