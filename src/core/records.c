/* Questions about a report of what a file of records holds. */
#include "core/records.h"

#include <string.h>

bool records_report_is_sound(const struct records_report *r)
{
	return r->is_database && r->integrity_problems == 0 && r->reference_problems == 0;
}

long long records_report_rows(const struct records_report *r, const char *name)
{
	for (int i = 0; i < r->ntables; i++)
		if (!strcmp(r->tables[i].name, name))
			return r->tables[i].rows;
	return -1;
}
