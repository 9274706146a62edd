/* Gathers what a team-meeting report about one participant shows into one
 * struct (core/team_report.h); the document is drawn from it elsewhere. */
#ifndef ROTA_APP_TEAM_REPORT_H
#define ROTA_APP_TEAM_REPORT_H

#include <time.h>

#include "app/app.h"
#include "core/team_report.h"

/* Fills *out for participant person_id and the meeting of kind, as at now:
 * the person, their group, programme and mentors (the current one first),
 * attendance per month from the programme's start (else their
 * registration) to its end or now, every level recorded, the goals with
 * their status, the participant's own words, the notes marked for the team
 * meeting, and for a mid or final meeting the last meeting of an earlier
 * kind. ERR_NOT_FOUND for no such person, ERR_NOT_PARTICIPANT for someone
 * who is not a participant. Free with team_report_done(), also after an error. */
enum rota_err app_team_report(struct app *app, long long person_id, enum meeting_kind kind, time_t now,
                              struct team_report *out);

#endif
