/* The team-meeting report about one participant, as the document to bring
 * to the meeting. */
#ifndef ROTA_APP_TEAM_REPORT_DOC_H
#define ROTA_APP_TEAM_REPORT_DOC_H

#include <time.h>

#include "app/app.h"
#include "core/meeting.h"

/* Writes the report for the meeting of kind about participant person_id,
 * as at now, to path as a portrait A4 PDF in the current language: what
 * app_team_report() gathers, read in one snapshot. ERR_NOT_FOUND or
 * ERR_INVALID as app_team_report(); ERR_DOCUMENT (or out/doc.h's file
 * errors) when it cannot be written whole, and then no file is left. */
enum rota_err app_team_report_pdf(struct app *app, long long person_id, enum meeting_kind kind, time_t now,
                                  const char *path);

#endif
