/* The record of every participant-level export for the managing
 * authority (table esf_exports): who, when, the period, why, its format
 * and how many rows. Only ever added to. */
#ifndef ROTA_STORE_ESF_H
#define ROTA_STORE_ESF_H

#include <stdbool.h>

#include "store/db.h"

/* One export, as recorded. */
struct esf_export_log {
	int from, to;        /* YYYYMMDD, the period */
	const char *reason;  /* why, as the coordinator wrote it */
	const char *format;  /* "csv" or "excel" */
	int rows;
	bool special;        /* the special-category columns were in it */
};

/* Records l, by and at c; *id (may be NULL) receives its id. */
enum rota_err store_esf_export_log(struct db *db, const struct esf_export_log *l, const struct change *c,
                                   long long *id);

#endif
