/* What a file of records holds and whether it is sound: filled by the
 * store's read-only look at a file (a live database, a backup), read by the
 * backup, restore and check use cases. Plain data and pure questions. */
#ifndef ROTA_CORE_RECORDS_H
#define ROTA_CORE_RECORDS_H

#include <stdbool.h>
#include <time.h>

#define RECORDS_TABLES_MAX 48

struct records_report {
	bool is_database;          /* SQLite could read it at all */
	bool is_rota;              /* it carries rota's application id */
	int schema;                /* its schema version (user_version) */
	int integrity_problems;    /* integrity_check findings; -1: it could not even run */
	int reference_problems;    /* foreign_key_check findings; -1: it could not run */
	int ntables;
	struct {
		char name[64];
		long long rows;
	} tables[RECORDS_TABLES_MAX]; /* in name order */
	time_t newest;             /* the newest time recorded in it; 0 for none */
};

/* Returns true when the report shows a sound database: readable, both
 * checks clean. */
bool records_report_is_sound(const struct records_report *r);
/* Returns the rows of table name in a report, -1 when it has no such table. */
long long records_report_rows(const struct records_report *r, const char *name);

#endif
