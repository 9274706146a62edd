/* When the kiosk's loop runs the full check of the records: after the
 * first frame, at a quiet moment (the door's home screen, no key for
 * KIOSK_CHECK_QUIET_S; the door's kiosk only, not a badge shown alone), at most once a day (app/records_check.h).
 * ROTA_TEST_CHECK_QUIET_S (tests only) shortens the quiet. The
 * check is a child process; the loop only starts it and takes its answer
 * without waiting, so a scan never waits for it. */
#include "kiosk/loop.h"

#include <stdlib.h>

#include "app/records_check.h"
#include "core/session.h"

/* The quiet the check waits for: KIOSK_CHECK_QUIET_S, or (tests only, so a
 * level need not sit through it) ROTA_TEST_CHECK_QUIET_S seconds, 1 to 60. */
static int quiet_seconds(void)
{
	static int quiet = -1;
	if (quiet < 0) {
		const char *t = getenv("ROTA_TEST_CHECK_QUIET_S");
		int v = t ? atoi(t) : 0;
		quiet = v >= 1 && v <= 60 ? v : KIOSK_CHECK_QUIET_S;
	}
	return quiet;
}

bool kiosk_check_step(struct kiosk *k, struct records_check *c, time_t now, long long mono_ms)
{
	if (c->pid)
		return app_records_check_poll(k->app, c, now);
	if (k->records_scans && k->mgr.depth == 1 && !screen_mgr_is_too_small(&k->mgr) &&
	    session_is_idle(k->last_input_ms, mono_ms, quiet_seconds()) && app_records_check_due(k->app, c, now))
		app_records_check_start(k->app, c, now);
	return false;
}
