/* Unit tests of what the fuzzers (tests/fuzz/) found, one per finding,
 * each beside its regression seed in tests/fuzz/corpus/. */
#include <sqlite3.h>
#include <stdlib.h>

#include "app/app.h"
#include "app/review.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"

/* fuzz_dbfile, regress-schema-byte-flipped: one byte of a column's name in
 * the schema changed ("id" to "i1"). The file opened, and the review queue
 * then stopped the program on a statement that could not compile. */
static void test_altered_schema(void)
{
	char *path = xasprintf("%s/altered.db", test_tmpdir());
	struct app *app = NULL;
	sqlite3 *raw;
	app_open(path, true, NULL, &app);
	app_close(app);
	sqlite3_open(path, &raw);
	int rc = sqlite3_exec(raw, "ALTER TABLE assignments RENAME COLUMN id TO i1", NULL, NULL, NULL);
	sqlite3_close(raw);
	CHECK(rc == SQLITE_OK, "the schema was changed by hand");
	CHECK(app_open(path, false, NULL, &app) == ERR_DB_DAMAGED && !app,
	      "a file whose schema is not rota's is refused at open, not used");
	free(path);
}

void suite_fuzz_finds(void)
{
	test_altered_schema();
}
