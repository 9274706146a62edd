/* The hour attribution rule as SQL functions: the triggers that keep the
 * hours per month and per process (migrations 16 and 19) count a visit as
 * core/hours.c counts it, so the rule is written once, in C. Registered on
 * every connection the store opens (db_raw_open). */
#include "store/db_internal.h"

#include <string.h>

#include "core/hours.h"

/* Reads the visit (status, check_in, check_out) of argv, and whether it
 * is held for review (argv[held], when held >= 0: the form of migration 19
 * on); false for a status no rota writes. */
static bool visit_of(sqlite3_value **argv, int held, struct visit *v)
{
	memset(v, 0, sizeof *v);
	const char *status = (const char *)sqlite3_value_text(argv[0]);
	if (!status || !visit_status_parse(status, &v->status))
		return false;
	v->check_in = (time_t)sqlite3_value_int64(argv[1]);
	v->check_out = (time_t)sqlite3_value_int64(argv[2]); /* NULL: 0 */
	v->is_held = held >= 0 && sqlite3_value_int(argv[held]) != 0;
	return true;
}

/* rota_visit_seconds(status, check_in, check_out[, held]):
 * hours_recorded_seconds. */
static void visit_seconds(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct visit v;
	sqlite3_result_int64(cx, visit_of(argv, argc == 4 ? 3 : -1, &v) ? hours_recorded_seconds(&v) : 0);
}

/* rota_process_seconds(status, check_in, check_out, start_at, end_at[,
 * held]): hours_recorded_overlap_seconds (end_at NULL or 0: an open
 * assignment). */
static void process_seconds(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct visit v;
	if (!visit_of(argv, argc == 6 ? 5 : -1, &v)) {
		sqlite3_result_int64(cx, 0);
		return;
	}
	sqlite3_result_int64(cx, hours_recorded_overlap_seconds(&v, (time_t)sqlite3_value_int64(argv[3]),
	                                                        (time_t)sqlite3_value_int64(argv[4])));
}

int db_register_rules(sqlite3 *h)
{
	const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
	int rc = sqlite3_create_function(h, "rota_visit_seconds", 3, flags, NULL, visit_seconds, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(h, "rota_process_seconds", 5, flags, NULL, process_seconds, NULL, NULL);
	/* Migration 19's triggers pass whether the visit is held (the
	 * earlier forms stay for the migrations before it). */
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(h, "rota_visit_seconds", 4, flags, NULL, visit_seconds, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(h, "rota_process_seconds", 6, flags, NULL, process_seconds, NULL, NULL);
	return rc;
}
