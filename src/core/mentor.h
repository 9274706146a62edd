/* Mentor sign-in rules: five wrong PINs pause that person's sign-in for
 * five minutes; a right PIN starts again from zero. Pure. */
#ifndef ROTA_CORE_MENTOR_H
#define ROTA_CORE_MENTOR_H

#include <stdbool.h>
#include <time.h>

#define MENTOR_PIN_TRIES 5
#define MENTOR_LOCK_SECONDS 300

struct pin_guard {
	int failures;          /* wrong PINs since the last right one or lock */
	time_t locked_until;   /* 0 when not locked */
};

/* Returns true while sign-in is paused at now. */
bool mentor_is_locked(const struct pin_guard *g, time_t now);
/* Returns the guard after a wrong PIN at now. */
struct pin_guard mentor_after_wrong_pin(struct pin_guard g, time_t now);
/* Returns the guard after a right PIN. */
struct pin_guard mentor_after_right_pin(void);

#endif
