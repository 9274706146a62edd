/* Fuzz target: the date and time parsers (src/util/date.c) that read
 * options, settings and ROTA_NOW, and the reader's forms of what they read
 * (src/util/fmt.c). Promises checked: what parses is a real day or time, a
 * day written back reads as the same day, and a day in words is never empty. */
#include "tests/fuzz/fuzz.h"

#include <time.h>

#include "util/date.h"
#include "util/fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_text(data, size);
	int ymd = 0, minutes = -1;
	time_t t = 0;
	char back[32], words[96];
	if (date_parse_ymd(s, &ymd)) {
		FUZZ_ASSERT(date_is_valid(ymd), "a day that does not exist parsed");
		date_format_ymd(ymd, back);
		int again = 0;
		FUZZ_ASSERT(date_parse_ymd(back, &again) && again == ymd, "a day does not read back");
		/* The reader's forms of the day: always something, always whole. */
		fmt_date_weekday(ymd, words, sizeof words);
		FUZZ_ASSERT(words[0] != '\0', "a day written in words is empty");
		fmt_date_text(ymd, words, sizeof words);
		fmt_date_short(ymd, words, sizeof words);
		fmt_month(ymd / 100, words, sizeof words);
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
	fmt_hours(secs, words, sizeof words);
	fmt_number(secs, (int)(size % 4), words, sizeof words);
	free(s);
	return 0;
}
