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
extern const struct screen_ops names_screen;     /* const struct names_arg * or NULL */
extern const struct screen_ops pin_screen;       /* const struct name_pick * */
extern const struct screen_ops mentor_signin_screen; /* no argument */
extern const struct screen_ops review_screen;    /* const struct mentor_session * */
extern const struct screen_ops correct_screen;   /* const struct correct_arg * */
extern const struct screen_ops participants_screen; /* const struct mentor_session * */
extern const struct screen_ops person_file_screen;  /* const struct person_arg * */
extern const struct screen_ops progress_form_screen; /* const struct person_arg * */
extern const struct screen_ops prompt_screen;    /* const struct prompt_arg * */
extern const struct screen_ops today_screen;     /* const struct mentor_session * */
extern const struct screen_ops self_view_screen; /* const struct scan_result * */
extern const struct screen_ops floor_screen;     /* const struct mentor_session * */
extern const struct screen_ops rotation_screen;  /* const struct person_arg * */
extern const struct screen_ops groups_screen;    /* const struct person_arg *: person_id 0 manages
                                                    the groups, else chooses that person's group */
extern const struct screen_ops stations_screen;  /* const struct mentor_session * */
extern const struct screen_ops too_small_screen; /* no argument */
extern const struct screen_ops badge_qr_screen;  /* const struct badge_qr_arg * */
extern const struct screen_ops absence_form_screen; /* const struct person_arg * */

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

/* The name list: for the door (check in) or for mentor sign-in. */
struct names_arg {
	bool for_mentor;
};

/* A person picked from the name list. */
struct name_pick {
	long long person_id;
	char short_name[64];
	bool for_mentor;     /* the PIN opens mentor mode, not attendance */
};

/* Who is signed in to mentor mode; every mentor screen keeps a copy. */
struct mentor_session {
	long long mentor_id;
	char short_name[64];
	bool is_coordinator;     /* may change the work processes */
};

/* A participant's file, or an action on it, in a mentor session. */
struct person_arg {
	struct mentor_session session;
	long long person_id;
};

/* What a one-line prompt adds to a participant's file. */
enum prompt_kind { PROMPT_NOTE, PROMPT_GOAL, PROMPT_GROUP };

struct prompt_arg {
	struct person_arg who;
	enum prompt_kind kind;
};

/* What a screen keeps so it can hand the next screen its argument. */
struct flow {
	struct scan_result result;
	struct message_arg message;
};

/* Handles a scanned or typed line at ev->now: checks in or out and moves to
 * the greeting, or to a calm message. how is SCR_PUSH or SCR_REPLACE. */
int flow_scan(struct screen *s, struct flow *f, const char *line, time_t now, int how);
/* The same for a person picked by name, with their PIN (or NULL). Returns
 * SCR_HANDLED | SCR_REDRAW and leaves the screen as it is for a wrong PIN
 * (*pin_wrong set). */
int flow_attend(struct screen *s, struct flow *f, long long person_id, const char *pin,
                time_t now, int how, bool *pin_wrong);
/* A visit to correct from the review queue. */
struct correct_arg {
	struct mentor_session session;
	long long visit_id;
	char name[128];
	int day;
	time_t check_in;
};

/* Draws the mentor screens' top line: the title and who is signed in. */
void mentor_header(const struct screen *s, WINDOW *w, const char *title,
                   const struct mentor_session *session);
/* Handles the keys every top-level mentor screen shares: R review, P
 * participants, T today, F the floor, G groups, W work processes, Esc sign
 * out. who is the calling screen's own (person_id 0), so the next screen
 * can be handed it. Returns 0 for any other event. */
int mentor_menu_key(struct screen *s, const struct event *ev, const struct person_arg *who);

/* Moves to a message screen saying e's sentence in the kiosk's language. */
int flow_error(struct screen *s, struct flow *f, enum rota_err e, int how);

#endif
