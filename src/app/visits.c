/* Visit record use cases. */
#include "app/visits.h"

enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx)
{
	return store_visit_each(app->db, from, to, fn, ctx);
}
