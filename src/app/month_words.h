/* What a month's attendance list says of closing, in the reader's
 * language: the closed list's "closed on ... by ..." with its fingerprint,
 * and the next list's "changes to closed months". */
#ifndef ROTA_APP_MONTH_WORDS_H
#define ROTA_APP_MONTH_WORDS_H

#include "app/app.h"
#include "core/month.h"

/* Sets *closed (allocated; NULL when month yyyymm is open) to "Closed on
 * DAY by NAME. Fingerprint (SHA-256): HEX." and *changes (allocated; NULL
 * when none) to the amendments of closed months the list of yyyymm shows,
 * each with the month, the person, the day, the hours before and after,
 * who, when and why. */
enum rota_err app_month_list_words(struct app *app, int yyyymm, char **closed, char **changes);
/* Writes what an amendment changed ("visit corrected", ...) in words. */
const char *app_month_what_words(const char *what);
/* Writes a person's name by id into out (n bytes); "#ID" when unknown. */
void app_month_person_name(struct app *app, long long id, char *out, size_t n);

#endif
