/* Filling a refusal; see refusal.h. */
#include "util/refusal.h"


enum rota_err refusal_set(struct refusal *r, enum rota_err code, enum refusal_field field, long long given,
                          long long limit)
{
	if (r)
		*r = (struct refusal){ .code = code, .field = field, .given = given, .limit = limit };
	return code;
}

void refusal_other(struct refusal *r, long long id, long long from, long long to)
{
	if (!r)
		return;
	r->other = id;
	r->other_from = from;
	r->other_to = to;
}

enum rota_err refusal_code(struct refusal *r, enum rota_err code)
{
	if (r && r->code != code)
		refusal_set(r, code, REFUSAL_NONE, 0, 0);
	return code;
}
