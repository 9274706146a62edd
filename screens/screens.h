/* The kiosk's screens, one file each, and the arguments they take. */
#ifndef ROTA_SCREENS_SCREENS_H
#define ROTA_SCREENS_SCREENS_H

#include "app/scan.h"
#include "core/badge.h"
#include "ui/qrdraw.h"
#include "ui/screen.h"
#include "ui/theme.h"

#define KIOSK_MIN_ROWS 24
#define KIOSK_MIN_COLS 80

extern const struct screen_ops home_screen;      /* no argument */
extern const struct screen_ops greeting_screen;  /* const struct scan_result * */
extern const struct screen_ops message_screen;   /* const struct message_arg * */
extern const struct screen_ops names_screen;     /* no argument */
extern const struct screen_ops pin_screen;       /* const struct name_pick * */
extern const struct screen_ops too_small_screen; /* no argument */
extern const struct screen_ops badge_qr_screen;  /* const struct badge_qr_arg * */

/* A badge to show on screen. */
struct badge_qr_arg {
	char payload[BADGE_DIGITS + 1];
	char name[128];
	enum qrdraw_style style;
	bool is_alone;       /* the only screen (rota badge show): closing quits */
};

/* A calm message, already in the language it should be read in. */
struct message_arg {
	char big[32];          /* big letters, or "" */
	char title[128];       /* a bold line, or "" */
	char body[384];        /* wrapped text, or "" */
	char lang[3];          /* the language it speaks ("" = the kiosk's) */
	int seconds;           /* back home after this */
	enum theme_role tone;
};

/* A person picked from the name list. */
struct name_pick {
	long long person_id;
	char short_name[64];
};

/* What a screen keeps so it can hand the next screen its argument. */
struct flow {
	struct scan_result result;
	struct message_arg message;
};

/* Handles a scanned or typed line at ev->now: checks in or out and moves to
 * the greeting, or to a calm message. how is SCR_PUSH or SCR_REPLACE. */
int flow_scan(struct screen *s, struct flow *f, const char *line, time_t now, int how);
/* The same for a person picked by name, with their PIN (or NULL). Returns 0
 * and leaves the screen as it is for a wrong PIN (*pin_wrong set). */
int flow_attend(struct screen *s, struct flow *f, long long person_id, const char *pin,
                time_t now, int how, bool *pin_wrong);
/* Moves to a message screen saying e's sentence in the kiosk's language. */
int flow_error(struct screen *s, struct flow *f, enum rota_err e, int how);

#endif
