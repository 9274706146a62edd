/* The PIN lockout. */
#include "core/mentor.h"

bool mentor_is_locked(const struct pin_guard *g, time_t now)
{
	return g->locked_until > now;
}

struct pin_guard mentor_after_wrong_pin(struct pin_guard g, time_t now)
{
	if (g.locked_until && g.locked_until <= now)
		g.locked_until = 0;
	if (++g.failures >= MENTOR_PIN_TRIES) {
		g.failures = 0;
		g.locked_until = now + MENTOR_LOCK_SECONDS;
	}
	return g;
}

struct pin_guard mentor_after_right_pin(void) { return (struct pin_guard){ 0, 0 }; }
