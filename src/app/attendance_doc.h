/* The month's attendance list as the landscape A4 PDF its people sign. */
#ifndef ROTA_APP_ATTENDANCE_DOC_H
#define ROTA_APP_ATTENDANCE_DOC_H

#include <time.h>

#include "app/app.h"
#include "app/attendance_list.h"

/* Writes list l (from app_attendance_list()) to path as a landscape A4
 * PDF in the current language, headed with app's workshop, made at now
 * (the footer's time; days after now's are still to come) by `by` (a name
 * for the footer; NULL or "": none). Reads no records. ERR_DOCUMENT (or
 * out/doc.h's file errors) when it cannot be written whole, and then no
 * file is left. */
enum rota_err app_attendance_pdf(struct app *app, const struct attendance_list *l, const char *by, time_t now,
                                 const char *path);

#endif
