/* A card scanned again within the guard: which scan it repeats, so the
 * person who scanned keeps that scan's undo while its window lasts. */
#ifndef ROTA_APP_SCAN_REPEAT_H
#define ROTA_APP_SCAN_REPEAT_H

#include <stdbool.h>

#include "app/app.h"
#include "app/scan.h"

/* For a repeat r (ATT_ALREADY_IN or ATT_ALREADY_OUT from app_scan), fills
 * *first with the check-in or check-out it repeats (made at r->since), as
 * app_scan would have described it, so app_scan_undo can undo it (which
 * checks again that the visit is as that scan left it). ERR_NOT_FOUND when
 * r is no repeat or the visit is not found; nothing is changed. */
enum rota_err app_scan_repeated(struct app *app, const struct scan_result *r, struct scan_result *first);
/* Returns true when the scan that r repeats may still be undone at now. */
bool app_scan_repeat_can_undo(const struct app *app, const struct scan_result *r, time_t now);

#endif
