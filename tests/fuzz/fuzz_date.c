/* Fuzz target: the date and time parsers (src/util/date.c) that read
 * options, settings and ROTA_NOW. Promises checked: what parses is a real
 * day or time, and a day written back reads as the same day. */
#include "tests/fuzz/fuzz.h"

#include <time.h>

#include "util/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_text(data, size);
	int ymd = 0, minutes = -1;
	time_t t = 0;
	char back[32];
	if (date_parse_ymd(s, &ymd)) {
		FUZZ_ASSERT(date_is_valid(ymd), "a day that does not exist parsed");
		date_format_ymd(ymd, back);
		int again = 0;
		FUZZ_ASSERT(date_parse_ymd(back, &again) && again == ymd, "a day does not read back");
		date_format_long(ymd, back, sizeof back);
		(void)date_weekday(ymd);
		(void)date_add_days(ymd, (int)(size % 4000) - 2000);
	}
	if (date_parse_hm(s, &minutes))
		FUZZ_ASSERT(minutes >= 0 && minutes < 24 * 60, "a time outside the day parsed");
	if (date_parse_local(s, &t)) {
		date_format_datetime(t, back);
		date_format_hm(t, back);
		(void)date_ymd(t);
	}
	long secs = 0;
	for (size_t i = 0; i < size && i < sizeof secs; i++)
		secs = (long)((unsigned long)secs << 8 | data[i]);
	date_format_duration(secs, back, sizeof back);
	free(s);
	return 0;
}
