/* The kiosk's screens, one file each, and the arguments they take. */
#ifndef ROTA_SCREENS_SCREENS_H
#define ROTA_SCREENS_SCREENS_H

#include "app/scan.h"
#include "core/badge.h"
#include "ui/keys.h"
#include "ui/qrdraw.h"
#include "ui/screen.h"
#include "ui/theme.h"

#define KIOSK_MIN_ROWS 24
#define KIOSK_MIN_COLS 80

/* What a screen is entered with. */
enum screen_arg {
	SCREEN_ARG_NONE,
	SCREEN_ARG_SCAN_RESULT,  /* const struct scan_result * */
	SCREEN_ARG_MESSAGE,      /* const struct message_arg * */
	SCREEN_ARG_NAMES,        /* const struct names_arg * or NULL */
	SCREEN_ARG_NAME_PICK,    /* const struct name_pick * */
	SCREEN_ARG_SESSION,      /* const struct mentor_session * */
	SCREEN_ARG_PERSON,       /* const struct person_arg *: a mentor's session and a person */
	SCREEN_ARG_CORRECT,      /* const struct correct_arg * */
	SCREEN_ARG_PROMPT,       /* const struct prompt_arg * */
	SCREEN_ARG_BADGE_QR,     /* const struct badge_qr_arg * */
	SCREEN_ARG_OVERLAY,      /* const struct scan_overlay_arg *: shown over a mentor screen
	                            (screen_mgr_overlay) */
	SCREEN_ARG_TOO_SMALL,    /* none: shown by the manager instead of any screen while the
	                            terminal is too small */
};

/* Every screen the kiosk has, with what it is entered with: X(ops, arg).
 * Each is declared from here, and the screen tests open each one and scan
 * a card on it, so a screen added here is covered without more. Notes:
 * groups_screen's person_id 0 manages the groups, else chooses that
 * person's group; entry_form_screen's and closure_form_screen's session
 * is a coordinator's. */
#define ROTA_SCREENS(X)                                   \
	X(home_screen, SCREEN_ARG_NONE)                   \
	X(greeting_screen, SCREEN_ARG_SCAN_RESULT)        \
	X(message_screen, SCREEN_ARG_MESSAGE)             \
	X(names_screen, SCREEN_ARG_NAMES)                 \
	X(pin_screen, SCREEN_ARG_NAME_PICK)               \
	X(mentor_signin_screen, SCREEN_ARG_NONE)          \
	X(self_view_screen, SCREEN_ARG_SCAN_RESULT)       \
	X(too_small_screen, SCREEN_ARG_TOO_SMALL)         \
	X(review_screen, SCREEN_ARG_SESSION)              \
	X(correct_screen, SCREEN_ARG_CORRECT)             \
	X(participants_screen, SCREEN_ARG_SESSION)        \
	X(person_file_screen, SCREEN_ARG_PERSON)          \
	X(progress_form_screen, SCREEN_ARG_PERSON)        \
	X(prompt_screen, SCREEN_ARG_PROMPT)               \
	X(today_screen, SCREEN_ARG_SESSION)               \
	X(floor_screen, SCREEN_ARG_SESSION)               \
	X(rotation_screen, SCREEN_ARG_PERSON)             \
	X(groups_screen, SCREEN_ARG_PERSON)               \
	X(stations_screen, SCREEN_ARG_SESSION)            \
	X(absence_form_screen, SCREEN_ARG_PERSON)         \
	X(closures_screen, SCREEN_ARG_SESSION)            \
	X(closure_form_screen, SCREEN_ARG_SESSION)        \
	X(entry_form_screen, SCREEN_ARG_PERSON)           \
	X(badge_qr_screen, SCREEN_ARG_BADGE_QR)           \
	X(card_enrol_screen, SCREEN_ARG_PERSON)           \
	X(months_screen, SCREEN_ARG_SESSION)              \
	X(scan_overlay_screen, SCREEN_ARG_OVERLAY)

#define SCREEN_DECLARE(ops, arg) extern const struct screen_ops ops;
ROTA_SCREENS(SCREEN_DECLARE)
#undef SCREEN_DECLARE


#define SCAN_OVERLAY_SECONDS 4

/* A card scanned in mentor mode: checked in or out in the overlay. On a
 * closed day (a holiday or a closure) a check-in waits for the signed-in
 * mentor's yes (mentor_id; 0: nobody to ask, so it is refused). */
struct scan_overlay_arg {
	char payload[EVENT_TEXT_MAX];
	long long mentor_id;
};

/* How long the overlay waits for a mentor's answer on a closed day. */
#define SCAN_OVERLAY_ASK_SECONDS 30

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
	long long confirm_for;   /* a mentor is picked to confirm this person's check-in */
	char confirm_name[64];
};

/* A person picked from the name list. */
struct name_pick {
	long long person_id;
	char short_name[64];
	bool for_mentor;     /* the PIN opens mentor mode, not attendance */
	char badge[EVENT_TEXT_MAX]; /* for_mentor: the mentor's own badge, scanned first ("": a picked name) */
	bool is_mentor;      /* the person picked is a mentor or coordinator */
	bool needs_mentor;   /* check-in waits for a mentor's card, not a PIN */
	long long confirm_for;   /* the mentor's PIN confirms this person's check-in */
	char confirm_name[64];
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

/* Handles a scanned or typed (by_hand: digits typed, not a scanner's
 * burst) line at now: checks in or out and moves to the greeting, or to a
 * calm message; a typed number that is no card is worded as a number
 * (flow_typed_words). how is SCR_PUSH or SCR_REPLACE. */
int flow_scan(struct screen *s, struct flow *f, const char *line, bool by_hand, time_t now, int how);
/* Returns the sentence for a number typed by hand that app_scan refused
 * with e: ERR_BADGE_UNKNOWN (well-formed, but no card has it: "not known
 * here"), ERR_BADGE_UNREADABLE (malformed: check the digits); any other e's
 * own sentence. */
const char *flow_typed_words(enum rota_err e);
/* Says which screen answers a check-in or out recorded in f->result (e
 * ERR_OK), or its refusal e: the greeting (also for a repeat within the
 * guard while the scan it repeats may still be undone: the greeting keeps
 * that undo), or a calm message ("already", or e's sentence in the kiosk's
 * language) written into f. *arg is what to enter it with, inside f. */
const struct screen_ops *flow_next(const struct app *app, struct flow *f, enum rota_err e, const void **arg);
/* Moves on from a check-in or out already recorded in f->result (e ERR_OK),
 * or from its refusal e: the greeting, "already", or a calm message. */
int flow_after(struct screen *s, struct flow *f, enum rota_err e, int how);
/* The same for a person picked by name, with their PIN (or NULL). Returns
 * SCR_HANDLED | SCR_REDRAW and leaves the screen as it is for a wrong PIN
 * (*pin_wrong set). A pause is said with how long it lasts, in the words
 * for a mentor (to_mentor) or a participant. */
int flow_attend(struct screen *s, struct flow *f, long long person_id, const char *pin, bool to_mentor,
                time_t now, int how, bool *pin_wrong);
/* A visit to correct from the review queue. */
struct correct_arg {
	struct mentor_session session;
	long long visit_id;     /* 0: add a visit that was never scanned */
	long long person_id;    /* whose visit it is (or is added, visit_id 0) */
	char name[128];
	int day;                /* the visit's day; for an add, the day offered */
	time_t check_in;        /* 0: the check-in field starts empty */
};

/* Returns the session of who is signed in that arg carries, read as the
 * argument ops is declared with in ROTA_SCREENS (SCREEN_ARG_SESSION, _PERSON,
 * _CORRECT, _PROMPT), or NULL for a screen entered with no session (or arg
 * NULL, or ops not in the table). How the kiosk learns whose card signs
 * out, without reading one argument as another. */
const struct mentor_session *screen_arg_session(const struct screen_ops *ops, const void *arg);

/* Draws the mentor screens' top line: the title and who is signed in. */
void mentor_header(const struct screen *s, WINDOW *w, const char *title,
                   const struct mentor_session *session);
/* The actions the mentor screens share, numbered above every screen's own. */
enum mentor_action {
	MENTOR_BACK = 100, MENTOR_REVIEW, MENTOR_PARTICIPANTS, MENTOR_TODAY, MENTOR_FLOOR, MENTOR_GROUPS,
	MENTOR_WORK, MENTOR_MONTHS
};
/* Writes day ymd as the reader writes it in a list (fmt_date_short: "7. 12.
 * 2026" sl, "7. 12. 2026." hr, "2026-12-07" en; a day <= 0 is "-"), padded
 * with spaces to the width of the widest day in that form, so that what
 * follows it stands in one column on every row. out needs 32 bytes. */
void mentor_day_column(int ymd, char *out, size_t n);
/* The mentor screens' last row, under each screen's own hint line
 * (ui/keys.h): the menu (R review, P participants, T today, F the floor, G
 * groups, W work processes, H months (in the help only: closing a month is
 * a coordinator's, now and then); mentor_menu_key acts on them) without the
 * screen it is shown on, and "F10: sign out" (the kiosk's), or that alone
 * for a screen without the menu. A mentor screen's keymap names one of them
 * as its more. */
extern const struct keymap mentor_menu_on_review, mentor_menu_on_today, mentor_menu_on_floor,
	mentor_menu_on_groups, mentor_menu_on_stations, mentor_menu_on_months;
extern const struct keymap mentor_signout_keys;
/* The Esc of a mentor screen opened on top of another (one step back),
 * and of the review (the top of mentor mode: signing out). */
#define MENTOR_KEY_BACK { .key = UI_KEY_ESC, .action = MENTOR_BACK, .hint = N_("Esc: back") }
#define MENTOR_KEY_SIGN_OUT { .key = UI_KEY_ESC, .action = MENTOR_BACK, .hint = N_("Esc: sign out") }
/* Draws a yes-or-no question ("Press D to …. N or Esc: no.", its letters
 * from yes_key and no_key) on the row above the hint line; the answer is read
 * with is_yes. */
void mentor_ask(const struct screen *s, WINDOW *w, const char *question);
/* Returns the key that answers yes in the language spoken now: "D" (da) in
 * Slovenian and Croatian, "Y" in English. */
const char *yes_key(void);
/* Returns the key that answers no: "N" (ne, no) in every language. */
const char *no_key(void);
/* Returns the keys of a mentor_ask question in the language spoken now
 * (a screen's table while it asks): yes_key() yes; N, Esc and every other
 * key no; F10 the kiosk's sign-out. */
const struct keymap *mentor_ask_keys(void);
/* Returns true when ev answers a mentor_ask question yes: yes_key(), any
 * case, as mentor_ask_keys() says. Every other key means no: N, Esc, and Enter, since every question
 * asked so far defaults to no (a question whose default were yes would
 * take Enter as yes). */
bool is_yes(const struct event *ev);
/* Returns true when ev is a whole card number typed in by hand (a line as
 * long as a badge's): not a form's own input, which a form leaves alone. */
bool is_card_line(const struct event *ev);
/* mentor_ask with "leave this form without saving?". */
void mentor_ask_leave(const struct screen *s, WINDOW *w);
struct draft;
/* Esc (the form's MENTOR_BACK) on a form that keeps a draft under key: with has_unsaved it asks
 * first (*asking set, drawn with mentor_ask_leave), and while *asking the
 * next event is the answer. Leaving drops the draft. Returns the flags, or
 * 0 for an event that is not Esc or an answer (the form's own). */
int mentor_form_leave_key(struct screen *s, const struct event *ev, bool *asking, bool has_unsaved,
                          const struct draft *key);
/* Handles the keys every top-level mentor screen shares, as its own table
 * (s->ops->keys) names them: R review, P participants, T today, F the
 * floor, G groups, W work processes, H months, Esc one step back (to the review; on
 * the review, signing out). who is the calling screen's own (person_id 0),
 * so the next screen can be handed it. Returns 0 for any other event. */
int mentor_menu_key(struct screen *s, const struct event *ev, const struct person_arg *who);

/* Words a scan's result r in the language set now (the caller switches to
 * the person's): the big word ("CHECKED IN"; "" for an "already") into
 * word, the sentence with its time into body. Returns the tone to show it in. */
enum theme_role flow_result_words(const struct scan_result *r, char *word, size_t nword, char *body,
                                  size_t nbody);
/* Words a check-in refused on a closed day (r->closed_why: the holiday or
 * the closure's reason) in the language set now, into body. */
void flow_closed_words(const struct scan_result *r, char *body, size_t nbody);
/* Moves to a message screen saying e's sentence in the kiosk's language. */
int flow_error(struct screen *s, struct flow *f, enum rota_err e, int how);
/* Who a PIN pause is told to, and which pause it is. */
struct pause_words {
	time_t until;        /* when the pause ends */
	bool to_mentor;      /* a mentor is at the kiosk: sent to their badge and a coordinator */
	bool with_badge;     /* the pause of a mentor's badge path, not a picked name's */
};
/* Writes the sentence for a PIN refused for a while (e: ERR_LOCKED or
 * ERR_DOOR_PAUSED) at now: what happened, for how many minutes (rounded
 * up), and what to do meanwhile. */
void flow_pause_words(enum rota_err e, const struct pause_words *w, time_t now, char *out, size_t n);
/* Moves to a message screen saying flow_pause_words(). */
int flow_paused(struct screen *s, struct flow *f, enum rota_err e, const struct pause_words *w, time_t now,
                int how);
/* Returns e's sentence for whoever is at the kiosk: a mentor (to_mentor) is
 * sent to a coordinator, never told to "ask a mentor". */
const char *flow_words(enum rota_err e, bool to_mentor);
/* flow_error with flow_words(e, to_mentor). */
int flow_error_to(struct screen *s, struct flow *f, enum rota_err e, bool to_mentor, int how);

#endif
