/* The one place the wall clock is read. ROTA_NOW=YYYY-MM-DDTHH:MM:SS (local
 * time) sets the clock to that instant: a command records exactly that time;
 * the kiosk's clock runs on from it, so its timers still work. */
#ifndef ROTA_UTIL_CLOCK_H
#define ROTA_UTIL_CLOCK_H

#include <stdbool.h>
#include <time.h>

/* Reads ROTA_NOW; with runs_on the clock moves on from it, else it stays.
 * Returns false (and leaves the real clock) when it is set but malformed. */
bool clock_init(bool runs_on);
/* Returns the current time in UTC epoch seconds. */
time_t clock_now(void);
/* Returns a monotonic millisecond counter for measuring short intervals. */
long long clock_mono_ms(void);

#endif
