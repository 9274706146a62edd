/* When the kiosk's loop runs the full check of the records: after the
 * first frame, at a quiet moment (the door's home screen, no key for
 * KIOSK_CHECK_QUIET_S; the door's kiosk only, not a badge shown alone), at most once a day (app/records_check.h). The
 * check is a child process; the loop only starts it and takes its answer
 * without waiting, so a scan never waits for it. */
#include "kiosk/loop.h"

#include "app/records_check.h"
#include "core/session.h"

bool kiosk_check_step(struct kiosk *k, struct records_check *c, time_t now, long long mono_ms)
{
	if (c->pid)
		return app_records_check_poll(k->app, c, now);
	if (k->records_scans && k->mgr.depth == 1 && !screen_mgr_is_too_small(&k->mgr) &&
	    session_is_idle(k->last_input_ms, mono_ms, KIOSK_CHECK_QUIET_S) && app_records_check_due(k->app, c, now))
		app_records_check_start(k->app, c, now);
	return false;
}
