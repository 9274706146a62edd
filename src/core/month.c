/* The allowance's arithmetic: whole cents, rounded once per part. */
#include "core/month.h"

#include "util/fmt.h"

long month_hour_hundredths(long seconds)
{
	return fmt_hour_hundredths(seconds < 0 ? 0 : seconds);
}

long month_hours_cents(long hundredths, long hour_cents)
{
	/* hundredths × cents / 100, half up: the product stays far within a
	 * long for any month (744 h × 1000.00). */
	return (hundredths * hour_cents + 50) / 100;
}

void month_allowance(long seconds, int days, const long *day_seconds, size_t n, long transport_cents,
                     const struct allowance_rules *r, struct allowance_pay *out)
{
	out->hundredths = month_hour_hundredths(seconds);
	out->days = days;
	out->meal_days = 0;
	for (size_t i = 0; i < n; i++)
		if (day_seconds[i] > 0 && day_seconds[i] >= (long)r->meal_min_hours * 3600)
			out->meal_days++;
	out->hours_cents = month_hours_cents(out->hundredths, r->hour_cents);
	out->transport_cents = (long)days * transport_cents;
	out->meal_cents = (long)out->meal_days * r->meal_cents;
	out->total_cents = out->hours_cents + out->transport_cents + out->meal_cents;
}

bool month_parse_cents(const char *s, long *cents)
{
	long whole = 0, frac = 0;
	int digits = 0, decimals = -1;
	for (const char *c = s; *c; c++) {
		if (*c == '.' && decimals < 0 && digits > 0) {
			decimals = 0;
			continue;
		}
		if (*c < '0' || *c > '9')
			return false;
		if (decimals < 0) {
			if (++digits > 6)
				return false;
			whole = whole * 10 + (*c - '0');
		} else {
			if (++decimals > 2)
				return false;
			frac = frac * 10 + (*c - '0');
		}
	}
	if (!digits || decimals == 0)
		return false;
	if (decimals == 1)
		frac *= 10;
	long v = whole * 100 + frac;
	if (v > 10000000)
		return false;
	*cents = v;
	return true;
}
