/* The demo workshop behind `rota init --demo` and `make run`: two mentors
 * and ten participants with Slovenian and Croatian names, badges for all. */
#ifndef ROTA_APP_DEMO_H
#define ROTA_APP_DEMO_H

#include <stdio.h>
#include <time.h>

#include "app/app.h"

/* Adds the demo people at now and issues their badges; writes one line
 * "name<TAB>payload" per badge to badges_out (may be NULL). The mentors'
 * PIN is 1234. Returns the first error; what was added before it stays. */
enum rota_err app_demo_seed(struct app *app, time_t now, FILE *badges_out);

/* Gives the demo people a working day: a group, each participant at a
 * station with a mentor, and a first level where they work. For `rota init
 * --demo`, so the kiosk shows a lively workshop from the first start. */
enum rota_err app_demo_workshop(struct app *app, time_t now);

/* The whole demo for `rota init --demo` in one write transaction: the
 * people and their badges (app_demo_seed), their working day
 * (app_demo_workshop) and the demo setting. ERR_CONFLICT when the
 * database already has people. On any error nothing was added, so a
 * killed or failed run leaves no half workshop. On success *badge_lines
 * holds the lines app_demo_seed writes (the caller frees it); on an error
 * it is NULL. */
enum rota_err app_demo_create(struct app *app, time_t now, char **badge_lines);

#endif
