/* Unit tests of src/util: collation, display width, dates, translation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/collate.h"
#include "util/date.h"
#include "util/files.h"
#include "util/i18n.h"
#include "util/text.h"

static int by_collation(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	return collate_sl(x, strlen(x), y, strlen(y));
}

static void test_collate(void)
{
	const char *names[] = { "Žan", "Zala", "ana", "Ćiro", "Čedo", "Cvetka", "Đuro", "Dino",
		                "Šime", "Sara", "Eva", "Ana" };
	const char *want[] = { "Ana", "ana", "Cvetka", "Čedo", "Ćiro", "Dino", "Đuro", "Eva",
		               "Sara", "Šime", "Zala", "Žan" };
	qsort(names, 12, sizeof names[0], by_collation);
	bool same = true;
	for (int i = 0; i < 12; i++)
		same = same && !strcmp(names[i], want[i]);
	CHECK(same, "Slovenian/Croatian alphabet: c < č < ć < d < đ, s < š, z < ž");
	CHECK(collate_sl("Ana", 3, "ana", 3) != 0, "only identical names compare equal");
	CHECK(collate_has_prefix("Čedo M.", "ce"), "typing c e finds Čedo");
	CHECK(collate_has_prefix("Đuro", "D"), "typing D finds Đuro");
	CHECK(!collate_has_prefix("Ana", "Anab"), "a longer prefix does not match");
}

static void test_text(void)
{
	CHECK(text_width("Čćžšđ") == 5, "each Slovenian letter is one column");
	CHECK(text_width("日本") == 4, "wide characters take two columns");
	int used;
	size_t n = text_fit("Žan Žagar", 2, &used);
	CHECK(n == strlen("Ža") && used == 2, "cutting to two columns keeps Ž whole");
	n = text_fit("日本", 3, &used);
	CHECK(n == strlen("日") && used == 2, "a wide character that does not fit is left out");
	char pad[32];
	CHECK(!strcmp(text_pad(pad, sizeof pad, "Špela", 8), "Špela   ") && text_width(pad) == 8,
	      "padding counts columns, not bytes");
	CHECK(!strcmp(text_pad(pad, sizeof pad, "Čćžšđ Čćžšđ", 4), "Čćžš"), "and cuts whole characters");
	char buf[4];
	text_copy(buf, sizeof buf, "ččč");
	CHECK(!strcmp(buf, "č"), "copying never splits a code point");
}

static void test_date(void)
{
	int ymd;
	time_t t;
	char s[32];
	CHECK(date_parse_ymd("2026-11-23", &ymd) && ymd == 20261123, "a date parses");
	CHECK(!date_parse_ymd("2026-02-30", &ymd), "30 February does not");
	CHECK(date_is_valid(20240229) && !date_is_valid(20260229) && !date_is_valid(21000229) &&
	          date_is_valid(20000229),
	      "29 February in leap years only");
	CHECK(!date_is_valid(20261131) && !date_is_valid(20261300) && date_is_valid(20261231),
	      "no 31 November, no month 13");
	CHECK(!date_parse_ymd("2026-1-5", &ymd), "a short date does not");
	CHECK(date_parse_local("2026-11-23T08:12:00", &t), "a local time parses");
	date_format_hm(t, s);
	CHECK(!strcmp(s, "08:12"), "and reads back as 08:12");
	CHECK(date_ymd(t) == 20261123, "on its day");
	date_format_datetime(t, s);
	CHECK(!strcmp(s, "2026-11-23 08:12:00"), "full local time");
	CHECK(!date_parse_local("2026-11-23T25:00:00", &t), "hour 25 is refused");
	CHECK(date_add_days(20261231, 1) == 20270101, "New Year follows 31 December");
	CHECK(date_add_days(20260329, 1) == 20260330, "across the spring clock change");
	CHECK(date_weekday(20261123) == 0, "23 November 2026 is a Monday");
	date_format_duration(7 * 3600 + 5 * 60 + 59, s, sizeof s);
	CHECK(!strcmp(s, "7 h 05 min"), "durations read as hours and minutes");
	date_format_long(20261123, s, sizeof s);
	CHECK(!strcmp(s, "Monday, 23 November 2026"), "a long date in English");
	int minutes;
	CHECK(date_parse_hm("16:30", &minutes) && minutes == 990, "HH:MM parses");
}

static void test_i18n(void)
{
	i18n_set_lang("sl");
	bool sl = !strcmp(_("CHECKED IN"), "PRIJAVA");
	i18n_set_lang("hr");
	bool hr = !strcmp(_("Please scan your card."), "Molimo, skenirajte svoju karticu.");
	i18n_set_lang("en");
	bool en = !strcmp(_("CHECKED IN"), "CHECKED IN");
	CHECK(sl, "Slovenian catalog is used");
	CHECK(hr, "Croatian catalog is used");
	CHECK(en, "English comes back");
	CHECK(!i18n_set_lang("de") && !strcmp(i18n_lang(), "en"), "an unknown language changes nothing");
}

static void test_files(void)
{
	char top[] = "/tmp/rota-files-XXXXXX", deep[128], parent[128];
	struct stat sb;
	CHECK(mkdtemp(top) != NULL, "a scratch folder");
	snprintf(deep, sizeof deep, "%s/a/b/rota.db", top);
	files_parent(deep, parent, sizeof parent);
	CHECK(files_make_dirs(parent) && stat(parent, &sb) == 0 && S_ISDIR(sb.st_mode) && (sb.st_mode & 0777) == 0700,
	      "a file's missing folders are made, private");
	CHECK(files_make_dirs(parent), "and being there already is fine");
	files_parent("rota.db", parent, sizeof parent);
	CHECK(!strcmp(parent, "."), "a bare name's folder is the current one");
	files_parent("/rota.db", parent, sizeof parent);
	CHECK(!strcmp(parent, "/"), "a file at the root has the root");
	snprintf(parent, sizeof parent, "%s/a/b", top);
	rmdir(parent);
	snprintf(parent, sizeof parent, "%s/a", top);
	rmdir(parent);
	rmdir(top);
}

void suite_util(void)
{
	test_files();
	test_collate();
	test_text();
	test_date();
	test_i18n();
}
