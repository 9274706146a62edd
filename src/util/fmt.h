/* Numbers and dates written for a reader, in the language _() speaks now
 * (i18n_lang()): the decimal separator and grouping ("1.234,5" sl and hr,
 * "1,234.5" en), hours in the two-decimal form of the sheets, and dates
 * with the month in the case its place asks for (sl "23. novembra 2026",
 * hr "23. studenoga 2026." after a day; "november 2026", "studeni 2026." as
 * a heading). The forms are CLDR's (main/sl.xml, hr.xml, en.xml), held in
 * one table here and not in the catalogs: they are the language's grammar,
 * not a sentence to translate.
 *
 * Machine forms are not made here: CSV keeps the decimal point and ISO dates
 * (date_format_ymd, app_hours_format, csv_decimal). Every function writes a
 * NUL-terminated string into out (n bytes), cut when it does not fit. */
#ifndef ROTA_UTIL_FMT_H
#define ROTA_UTIL_FMT_H

#include <stddef.h>

/* Writes scaled / 10^decimals (decimals 0..6) with the reader's grouping
 * and decimal separator: fmt_number(12345, 1) is "1.234,5" in sl and hr,
 * "1,234.5" in en. */
void fmt_number(long long scaled, int decimals, char *out, size_t n);
/* Writes seconds as hours with two decimals, rounded to the nearest
 * hundredth as the hour sheet rounds them: 400932 s is "111,37" in sl and
 * hr, "111.37" in en. No unit. */
void fmt_hours(long seconds, char *out, size_t n);
/* Returns seconds as hundredths of an hour, rounded to the nearest (the one
 * rounding of every hour figure: screens, documents, CSV). */
long fmt_hour_hundredths(long seconds);
/* Writes a day with its weekday, for running text and the kiosk's home:
 * "ponedeljek, 23. novembra 2026", "ponedjeljak, 23. studenoga 2026.",
 * "Monday, 23 November 2026". */
void fmt_date_weekday(int ymd, char *out, size_t n);
/* Writes a day in words without the weekday, for running text:
 * "23. novembra 2026", "23. studenoga 2026.", "23 November 2026". */
void fmt_date_text(int ymd, char *out, size_t n);
/* Writes a day in figures, for tables and short lines: "23. 11. 2026" sl,
 * "23. 11. 2026." hr, and in en the ISO "2026-11-23" (an English reader
 * here may read 01/12 either way round). A day <= 0 is written "-". */
void fmt_date_short(int ymd, char *out, size_t n);
/* Writes a month (YYYYMM) as a heading, its name in the nominative:
 * "november 2026", "studeni 2026.", "November 2026". */
void fmt_month(int yyyymm, char *out, size_t n);

#endif
