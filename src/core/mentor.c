/* The PIN lockout: per person and path, escalating; for the door, a rate. */
#include "core/mentor.h"

bool mentor_is_locked(const struct pin_guard *g, time_t now)
{
	return g->locked_until > now;
}

int mentor_lock_seconds(int nth)
{
	return nth <= 1 ? 5 * 60 : nth == 2 ? 15 * 60 : 60 * 60;
}

int mentor_minutes_left(time_t until, time_t now)
{
	return until > now ? (int)((until - now + 59) / 60) : 0;
}

struct pin_guard mentor_after_wrong_pin(struct pin_guard g, time_t now)
{
	if (g.locked_until && g.locked_until <= now)
		g.locked_until = 0;
	if (g.failures < 0 || g.failures > 1000000)
		g.failures = 0; /* a value no rota wrote */
	if (++g.failures % MENTOR_PIN_TRIES == 0)
		g.locked_until = now + mentor_lock_seconds(g.failures / MENTOR_PIN_TRIES);
	return g;
}

struct pin_guard mentor_after_right_pin(void) { return (struct pin_guard){ 0, 0 }; }

bool door_is_paused(const struct door_guard *g, time_t now)
{
	return g->paused_until > now;
}

struct door_guard door_after_wrong_pin(struct door_guard g, time_t now)
{
	/* A window from the future (the clock was set back) starts again too. */
	if (g.failures <= 0 || now - g.window_start >= DOOR_PIN_WINDOW || g.window_start > now) {
		g.failures = 0;
		g.window_start = now;
	}
	if (++g.failures >= DOOR_PIN_TRIES) {
		g.failures = 0;
		g.paused_until = now + DOOR_PIN_PAUSE;
	}
	return g;
}
