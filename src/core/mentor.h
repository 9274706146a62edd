/* PIN lockout rules, pure. Per person and per path: every fifth wrong PIN
 * since the last right one pauses that person's PIN on that path, first
 * for five minutes, then fifteen, then an hour each time; a right PIN (or
 * a coordinator's unlock) starts again from zero. The two paths are kept
 * apart so that nobody can lock a mentor out from the door: a pause earned
 * by typing PINs after a picked name never stops the mentor's own badge
 * with their PIN, and only someone holding that badge can pause that. For
 * the door as a whole: too many wrong PINs in a short window, whoever they
 * were for and on whichever path, pause every PIN after a picked name. */
#ifndef ROTA_CORE_MENTOR_H
#define ROTA_CORE_MENTOR_H

#include <stdbool.h>
#include <time.h>

#define MENTOR_PIN_TRIES 5
#define DOOR_PIN_TRIES 10       /* wrong PINs at the door ... */
#define DOOR_PIN_WINDOW 600     /* ... within ten minutes ... */
#define DOOR_PIN_PAUSE 300      /* ... pause PINs after a picked name for five */

/* How the person at the kiosk said who they are before the PIN. */
enum pin_path {
	PIN_BY_NAME,      /* a name picked from the list: anyone at the door can do that */
	PIN_WITH_BADGE,   /* their own badge scanned: proof that they are here */
};

struct pin_guard {
	int failures;          /* wrong PINs since the last right one (the door: in this window) */
	time_t locked_until;   /* 0 when not locked; for the door, also when its window began */
};

/* Returns true while sign-in is paused at now. */
bool mentor_is_locked(const struct pin_guard *g, time_t now);
/* Returns the guard after a wrong PIN at now: every MENTOR_PIN_TRIES-th
 * wrong PIN locks for mentor_lock_seconds() of that lock's number. */
struct pin_guard mentor_after_wrong_pin(struct pin_guard g, time_t now);
/* Returns the guard after a right PIN. */
struct pin_guard mentor_after_right_pin(void);
/* Returns how long the nth lock (1, 2, 3 ...) lasts: 5, 15, then 60 minutes. */
int mentor_lock_seconds(int nth);
/* Returns the whole minutes a pause that ends at until still runs at now,
 * rounded up (a pause with 10 seconds left is "1 minute"); 0 when it has
 * ended. */
int mentor_minutes_left(time_t until, time_t now);

/* The door's guard: window_start is when the counted tries began. */
struct door_guard {
	int failures;
	time_t window_start;
	time_t paused_until;
};

/* Returns true while every PIN after a picked name is paused at now. */
bool door_is_paused(const struct door_guard *g, time_t now);
/* Returns the door's guard after a wrong PIN at now. */
struct door_guard door_after_wrong_pin(struct door_guard g, time_t now);

#endif
