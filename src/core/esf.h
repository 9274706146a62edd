/* The participant-level rows ESF+ 2021-2027 asks of a programme for the
 * managing authority (Regulation (EU) 2021/1057, Annex I): one row per
 * participant, each column a code, exact (no suppression: the file is
 * personal data, for a coordinator only). The columns, their order and
 * their codes are fixed here once, so every export and the manual read
 * the same list. Pure: no I/O. */
#ifndef ROTA_CORE_ESF_H
#define ROTA_CORE_ESF_H

#include <stdbool.h>
#include <stddef.h>

#include "core/entry.h"

#define ESF_VALUE_MAX 40
#define ESF_PID_HEX 32 /* the pseudonymous id: 16 bytes as hex */

/* One participant as the export sees them. */
struct esf_person {
	char pid[ESF_PID_HEX + 1]; /* a keyed hash of the person's id: stable, not reversible */
	int entered, left;         /* YYYYMMDD; left 0 while still in */
	struct entry_data entry;
};

/* Returns the number of columns of a row, with the special-category
 * columns (special) or without. */
int esf_ncolumns(bool special);
/* Returns the name of column i (0 .. esf_ncolumns(special) - 1) for the
 * header row; a special-category column's name begins "special_". */
const char *esf_column_name(int i);
/* Writes the value of column i of p into out (ESF_VALUE_MAX bytes): a
 * date as YYYY-MM-DD, a code as core/entry.h has it, a yes/no indicator
 * as 1 or 0, "" for what is not recorded. */
void esf_column_value(const struct esf_person *p, int i, char out[ESF_VALUE_MAX]);
/* Returns the ISCED group of Annex I for an education code: "0_2", "3_4",
 * "5_8", "declined", or "unknown" (not recorded). */
const char *esf_isced_group(const char *education);

#endif
