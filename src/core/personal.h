/* A person's data as a whole, as the use cases hand it on: the rows of
 * each kind of record about one person (for a data-access request), and
 * the people the retention rule finds. Plain callback types, no I/O. */
#ifndef ROTA_CORE_PERSONAL_H
#define ROTA_CORE_PERSONAL_H

#include <stdbool.h>

/* One row of a table of a person's data: n texts ("" for NULL). With
 * is_header the texts are the column names. */
typedef void (*personal_row_fn)(bool is_header, int n, const char *const *texts, void *ctx);
/* A participant whose programme ended on `ended` (YYYYMMDD). */
typedef void (*retention_fn)(long long person_id, const char *name, int ended, void *ctx);

#endif
