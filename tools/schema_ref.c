/* Writes, as C, the hash of the schema rota's migrations make: the
 * reference every opened file is held to (src/store/schema_check.c). Run
 * by make; it opens an empty database in memory, which db_open migrates but
 * does not check, and hashes the result. */
#include <stdio.h>

#include "store/db_internal.h"

/* This program makes the reference, so it carries none of its own. */
const unsigned long long db_schema_ref_hash = 0;

int main(void)
{
	struct db *db;
	unsigned long long h;
	if (db_open(":memory:", true, &db) != ERR_OK || db_schema_hash(db, &h) != ERR_OK) {
		fputs("schema_ref: the migrations did not make a schema\n", stderr);
		return 1;
	}
	db_close(db);
	printf("/* Made by tools/schema_ref.c when rota was built: the hash of the schema\n"
	       " * rota's migrations make. */\n"
	       "extern const unsigned long long db_schema_ref_hash;\n"
	       "const unsigned long long db_schema_ref_hash = 0x%016llxULL;\n", h);
	return 0;
}
