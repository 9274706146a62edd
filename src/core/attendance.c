/* The attendance rules, as pure functions. */
#include "core/attendance.h"

#include "core/calendar.h"

time_t att_record_time(time_t now, time_t latest)
{
	return now < latest ? latest : now;
}

struct att_decision att_decide(const struct att_last *last, time_t now, int today, int guard_s)
{
	struct att_decision d = { .action = ATT_CHECK_IN, .close_stale = false, .since = 0,
		                  .at = att_record_time(now, last->latest) };
	/* The time the guard judges: a reading a lock's wait behind is the
	 * moment recorded; one further back stays as read, so that a clock set
	 * back is no repeat. */
	time_t t = d.at - now <= ATT_CLOCK_SLACK_S ? d.at : now;

	if (last->has_open && last->open.day < today) {
		d.close_stale = true;
		return d;
	}
	if (last->has_open) {
		/* A clock set back is no repeat: the scan is recorded (and doubtful). */
		if (t >= last->open.check_in && t - last->open.check_in < guard_s) {
			d.action = ATT_ALREADY_IN;
			d.since = last->open.check_in;
		} else {
			d.action = ATT_CHECK_OUT;
		}
		return d;
	}
	if (last->has_out_today && t >= last->last_out && t - last->last_out < guard_s) {
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
