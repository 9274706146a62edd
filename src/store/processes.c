/* SQL for the processes table. */
#include "store/processes.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "util/alloc.h"

void db_read_process(sqlite3_stmt *st, int col, struct process *p)
{
	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, col);
	db_column_text(st, col + 1, p->code, sizeof p->code);
	db_column_text(st, col + 2, p->name_sl, sizeof p->name_sl);
	db_column_text(st, col + 3, p->name_hr, sizeof p->name_hr);
	db_column_text(st, col + 4, p->name_en, sizeof p->name_en);
	p->position = sqlite3_column_int(st, col + 5);
	p->capacity = sqlite3_column_int(st, col + 6);
	p->is_active = sqlite3_column_int(st, col + 7) != 0;
}

enum rota_err store_process_list(struct db *db, struct process **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, code, name_sl, name_hr, name_en, position,"
	                               " capacity, active FROM processes ORDER BY position, code");
	size_t cap = 8, len = 0;
	struct process *list = xmalloc(cap * sizeof *list);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap)
			list = xrealloc(list, (cap *= 2) * sizeof *list);
		db_read_process(st, 0, &list[len++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(list);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "list processes");
	}
	*out = list;
	*n = len;
	return ERR_OK;
}
