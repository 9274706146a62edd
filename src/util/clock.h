/* The one place the wall clock is read. ROTA_NOW=YYYY-MM-DDTHH:MM:SS (local
 * time) sets the clock to that instant when the program starts; from there
 * it runs on, so demos and tests see a known day and timers still work. */
#ifndef ROTA_UTIL_CLOCK_H
#define ROTA_UTIL_CLOCK_H

#include <stdbool.h>
#include <time.h>

/* Reads ROTA_NOW. Returns false (and leaves the real clock) when it is set
 * but malformed. */
bool clock_init(void);
/* Returns the current time in UTC epoch seconds. */
time_t clock_now(void);
/* Returns a monotonic millisecond counter for measuring short intervals. */
long long clock_mono_ms(void);

#endif
