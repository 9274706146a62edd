/* The attendance rules, as pure functions. */
#include "core/attendance.h"

#include "core/calendar.h"

struct att_decision att_decide(const struct att_last *last, time_t now, int today, int guard_s)
{
	struct att_decision d = { .action = ATT_CHECK_IN, .close_stale = false, .since = 0 };

	if (last->has_open && last->open.day < today) {
		d.close_stale = true;
		return d;
	}
	if (last->has_open) {
		/* A clock set back is no repeat: the scan is recorded (and doubtful). */
		if (now >= last->open.check_in && now - last->open.check_in < guard_s) {
			d.action = ATT_ALREADY_IN;
			d.since = last->open.check_in;
		} else {
			d.action = ATT_CHECK_OUT;
		}
		return d;
	}
	if (last->has_out_today && now >= last->last_out && now - last->last_out < guard_s) {
		d.action = ATT_ALREADY_OUT;
		d.since = last->last_out;
	}
	return d;
}

bool att_can_undo(time_t scanned_at, time_t now, int undo_s)
{
	return now >= scanned_at && now - scanned_at <= undo_s;
}

bool att_clock_needs_calendar(time_t now, time_t newest)
{
	return newest > 0 && now - newest > 24 * 3600;
}

bool att_clock_doubtful(const struct workshop_calendar *cal, time_t now, int today, time_t newest,
                        int newest_day)
{
	if (newest <= 0)
		return false;
	if (now < newest - ATT_CLOCK_SLACK_S)
		return true;
	return att_clock_needs_calendar(now, newest) && calendar_open_days_between(cal, newest_day, today) > 0;
}
