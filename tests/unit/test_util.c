/* Unit tests of src/util: collation, display width, dates, translation. */
#include <limits.h>
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
#include "util/fmt.h"
#include "util/guard.h"
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
	int minutes;
	CHECK(date_parse_hm("16:30", &minutes) && minutes == 990, "HH:MM parses");
}

/* The reader's forms, language by language: each row is what a reader of
 * that language must see (CLDR's forms; sl and hr months in the genitive
 * after a day, the nominative in a heading). */
static void test_fmt(void)
{
	static const struct {
		const char *lang;
		long long scaled;
		int decimals;
		const char *want;
	} numbers[] = {
		{ "sl", 12345, 1, "1.234,5" }, { "hr", 12345, 1, "1.234,5" }, { "en", 12345, 1, "1,234.5" },
		{ "sl", 431698, 2, "4.316,98" }, { "en", 431698, 2, "4,316.98" }, { "sl", 999, 0, "999" },
		{ "hr", 1000, 0, "1.000" }, { "en", 1234567, 0, "1,234,567" }, { "sl", 5, 2, "0,05" },
		{ "en", 0, 2, "0.00" }, { "sl", -12345, 1, "-1.234,5" },
	};
	static const struct {
		const char *lang;
		long seconds;
		const char *want;
	} hours[] = {
		{ "sl", 400932, "111,37" }, { "hr", 122400, "34,00" }, { "en", 400932, "111.37" },
		{ "sl", 15541128, "4.316,98" }, { "en", 15541128, "4,316.98" }, { "hr", 5400, "1,50" },
		{ "sl", 0, "0,00" },
	};
	static const struct {
		const char *lang;
		int ymd;
		const char *weekday, *text, *figures, *heading;
	} dates[] = {
		{ "sl", 20261123, "ponedeljek, 23. novembra 2026", "23. novembra 2026", "23. 11. 2026", "november 2026" },
		{ "hr", 20261123, "ponedjeljak, 23. studenoga 2026.", "23. studenoga 2026.", "23. 11. 2026.",
		  "studeni 2026." },
		{ "en", 20261123, "Monday, 23 November 2026", "23 November 2026", "2026-11-23", "November 2026" },
		{ "sl", 20270101, "petek, 1. januarja 2027", "1. januarja 2027", "1. 1. 2027", "januar 2027" },
		{ "hr", 20261001, "četvrtak, 1. listopada 2026.", "1. listopada 2026.", "1. 10. 2026.",
		  "listopad 2026." },
		{ "sl", 20260301, "nedelja, 1. marca 2026", "1. marca 2026", "1. 3. 2026", "marec 2026" },
		{ "hr", 20260729, "srijeda, 29. srpnja 2026.", "29. srpnja 2026.", "29. 7. 2026.", "srpanj 2026." },
		{ "en", 20261231, "Thursday, 31 December 2026", "31 December 2026", "2026-12-31", "December 2026" },
	};
	static const char *const months[3][2][12] = {
		{ { "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
		    "oktobra", "novembra", "decembra" },
		  { "januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
		    "november", "december" } },
		{ { "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
		    "listopada", "studenoga", "prosinca" },
		  { "siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan",
		    "listopad", "studeni", "prosinac" } },
		{ { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		    "November", "December" },
		  { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		    "November", "December" } },
	};
	static const char *const langs[3] = { "sl", "hr", "en" };
	char s[96], want[96], msg[192];
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
		i18n_set_lang(numbers[i].lang);
		fmt_number(numbers[i].scaled, numbers[i].decimals, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: a number reads %s (got %s)", numbers[i].lang, numbers[i].want, s);
		CHECK(!strcmp(s, numbers[i].want), msg);
	}
	for (size_t i = 0; i < sizeof hours / sizeof hours[0]; i++) {
		i18n_set_lang(hours[i].lang);
		fmt_hours(hours[i].seconds, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: %ld s read %s h (got %s)", hours[i].lang, hours[i].seconds,
		         hours[i].want, s);
		CHECK(!strcmp(s, hours[i].want), msg);
	}
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		i18n_set_lang(dates[i].lang);
		fmt_date_weekday(dates[i].ymd, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: %s (got %s)", dates[i].lang, dates[i].weekday, s);
		CHECK(!strcmp(s, dates[i].weekday), msg);
		fmt_date_text(dates[i].ymd, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: %s (got %s)", dates[i].lang, dates[i].text, s);
		CHECK(!strcmp(s, dates[i].text), msg);
		fmt_date_short(dates[i].ymd, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: %s (got %s)", dates[i].lang, dates[i].figures, s);
		CHECK(!strcmp(s, dates[i].figures), msg);
		fmt_month(dates[i].ymd / 100, s, sizeof s);
		snprintf(msg, sizeof msg, "%s: the heading %s (got %s)", dates[i].lang, dates[i].heading, s);
		CHECK(!strcmp(s, dates[i].heading), msg);
	}
	/* Every month of every language, after a day and as a heading. */
	for (int l = 0; l < 3; l++) {
		i18n_set_lang(langs[l]);
		bool after = true, heading = true;
		for (int m = 0; m < 12; m++) {
			fmt_date_text(20260000 + (m + 1) * 100 + 15, s, sizeof s);
			snprintf(want, sizeof want, "15%s %s 2026%s", l == 2 ? "" : ".", months[l][0][m], l == 1 ? "." : "");
			after = after && !strcmp(s, want);
			fmt_month(202600 + m + 1, s, sizeof s);
			snprintf(want, sizeof want, "%s 2026%s", months[l][1][m], l == 1 ? "." : "");
			heading = heading && !strcmp(s, want);
		}
		snprintf(msg, sizeof msg, "%s: the twelve months after a day number", langs[l]);
		CHECK(after, msg);
		snprintf(msg, sizeof msg, "%s: the twelve months as headings", langs[l]);
		CHECK(heading, msg);
	}
	fmt_date_short(0, s, sizeof s);
	CHECK(!strcmp(s, "-"), "no day is a dash");
	i18n_set_lang("en");
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

/* Returns how many PATH.*.part files are beside path. */
static int parts_beside(const char *dir)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "ls '%s' | grep -c '\\.part$'", dir);
	FILE *p = popen(cmd, "r");
	int n = -1;
	if (p) {
		if (fscanf(p, "%d", &n) != 1)
			n = -1;
		pclose(p);
	}
	return n;
}

static void test_files_out(void)
{
	char top[96], path[128], fifo[128], link[128], dir[128], kept[128], buf[64] = "";
	struct stat before, after;
	struct files_out out;
	snprintf(top, sizeof top, "%s/files-out", test_tmpdir());
	CHECK(mkdir(top, 0700) == 0, "a scratch folder");
	snprintf(path, sizeof path, "%s/list.txt", top);
	snprintf(fifo, sizeof fifo, "%s/fifo", top);
	snprintf(link, sizeof link, "%s/link", top);
	snprintf(dir, sizeof dir, "%s/dir", top);
	snprintf(kept, sizeof kept, "%s/kept", top);

	CHECK(files_target_check(path) == ERR_OK, "nothing there: may be written");
	CHECK(files_out_open(&out, path) == ERR_OK && out.f && access(path, F_OK) != 0,
	      "a new file is made beside the name, not at it");
	fputs("new\n", out.f);
	CHECK(files_out_commit(&out) == ERR_OK && stat(path, &after) == 0 && (after.st_mode & 07777) == 0600,
	      "and put in place whole, 0600");

	FILE *f = fopen(path, "w");
	fputs("old\n", f);
	fclose(f);
	chmod(path, 0644);
	stat(path, &before);
	CHECK(files_out_open(&out, path) == ERR_OK, "a plain file there: may be replaced");
	fputs("half", out.f);
	files_out_abort(&out);
	f = fopen(path, "r");
	CHECK(f && fgets(buf, sizeof buf, f) && !strcmp(buf, "old\n") && stat(path, &after) == 0 &&
	          after.st_ino == before.st_ino && (after.st_mode & 07777) == 0644,
	      "a write that went wrong leaves the old file as it was, mode too");
	if (f)
		fclose(f);
	CHECK(files_out_open(&out, path) == ERR_OK && fputs("new\n", out.f) >= 0 && files_out_commit(&out) == ERR_OK,
	      "replacing a plain file");
	CHECK(stat(path, &after) == 0 && after.st_ino != before.st_ino && (after.st_mode & 07777) == 0600,
	      "gives a new 0600 file: the old one's mode is never changed, it is replaced");

	f = fopen(kept, "w");
	fputs("kept\n", f);
	fclose(f);
	chmod(kept, 0644);
	CHECK(mkfifo(fifo, 0644) == 0 && symlink(kept, link) == 0 && mkdir(dir, 0755) == 0, "a FIFO, a link, a folder");
	const char *const refused[] = { fifo, link, dir };
	for (size_t i = 0; i < 3; i++) {
		lstat(refused[i], &before);
		CHECK(files_target_check(refused[i]) == ERR_FILE_NOT_PLAIN, "not a plain file: refused by the check");
		CHECK(files_out_open(&out, refused[i]) == ERR_FILE_NOT_PLAIN && !out.f && !out.tmp,
		      "and by the open, with nothing made");
		CHECK(lstat(refused[i], &after) == 0 && after.st_ino == before.st_ino && after.st_mode == before.st_mode,
		      "and left as it was");
	}
	CHECK(stat(kept, &after) == 0 && (after.st_mode & 07777) == 0644 && after.st_size == 5,
	      "the file a link points to is as it was");

	/* Something not a plain file put at the name while the new file was written. */
	unlink(fifo);
	CHECK(files_out_open(&out, fifo) == ERR_OK, "a free name");
	mkfifo(fifo, 0644);
	CHECK(files_out_commit(&out) == ERR_FILE_NOT_PLAIN && lstat(fifo, &after) == 0 && S_ISFIFO(after.st_mode),
	      "a FIFO made there meanwhile is refused at the end, and stays");
	files_out_abort(&out);
	CHECK(parts_beside(top) == 0, "no temporary file is left");

	unlink(path);
	unlink(fifo);
	unlink(link);
	unlink(kept);
	rmdir(dir);
	CHECK(rmdir(top) == 0, "the scratch folder is empty at the end");
}

/* Writes text into a new file at path. */
static void put(const char *path, const char *text, size_t n)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fwrite(text, 1, n, f);
		fclose(f);
	}
}

/* The records named by guard_set are refused however the path names them;
 * anything else is written as before. */
static void test_guard(void)
{
	char top[96], db[128], key[128], wal[128], backups[160], copy[200], p[256], here[4096];
	struct files_out out;
	snprintf(top, sizeof top, "%s/guard", test_tmpdir());
	snprintf(db, sizeof db, "%s/rota.db", top);
	snprintf(key, sizeof key, "%s/rota.db.key", top);
	snprintf(wal, sizeof wal, "%s/rota.db-wal", top);
	snprintf(backups, sizeof backups, "%s/backups", top);
	snprintf(copy, sizeof copy, "%s/rota-2026-11-23T0800.db.key", backups);
	CHECK(files_make_dirs(backups), "a scratch folder with a backups folder");
	put(db, "not a database yet", 18);
	put(key, "0123456789abcdef0123456789abcdef", 32);
	put(copy, "0123456789abcdef0123456789abcdef", 32);
	guard_set(db, backups);

	CHECK(guard_is_records(db) && guard_is_records(key), "the database and its key are records");
	CHECK(guard_is_records(wal), "so is the -wal's name while no -wal is there");
	snprintf(p, sizeof p, "%s/backups/../rota.db", top);
	CHECK(guard_is_records(p), "the database by a longer way round");
	snprintf(p, sizeof p, "%s/to-key.pdf", top);
	CHECK(symlink(key, p) == 0 && guard_is_records(p), "a symbolic link to the key");
	unlink(p);
	snprintf(p, sizeof p, "%s/to-wal.pdf", top);
	CHECK(symlink("rota.db-wal", p) == 0 && guard_is_records(p), "a link to the -wal that is not there yet");
	unlink(p);
	snprintf(p, sizeof p, "%s/hard.pdf", top);
	CHECK(link(db, p) == 0 && guard_is_records(p), "a second name of the database");
	unlink(p);
	snprintf(p, sizeof p, "%s/copy.txt", top);
	CHECK(link(copy, p) == 0 && guard_is_records(p), "a second name of a backup's key");
	unlink(p);
	CHECK(guard_is_records(copy) && guard_is_records(backups), "the backups and their folder");
	CHECK(getcwd(here, sizeof here) && chdir(top) == 0, "into the scratch folder");
	CHECK(guard_is_records("./rota.db") && guard_is_records("rota.db.log") &&
	          guard_is_records("rota.db.log.3"),
	      "the database, its log and the log's oldest file, relatively");
	CHECK(chdir(here) == 0, "and back");

	snprintf(p, sizeof p, "%s/other.db", top);
	put(p, "SQLite format 3", 16);
	CHECK(guard_is_records(p), "any SQLite database");
	snprintf(p, sizeof p, "%s/other.db.key", top);
	CHECK(guard_is_records(p), "and the key beside one");
	snprintf(p, sizeof p, "%s/report.pdf", top);
	CHECK(!guard_is_records(p), "a new name is no records");
	snprintf(p, sizeof p, "%s/backups/new.pdf", top);
	CHECK(!guard_is_records(p), "nor a new name in the backups folder");

	CHECK(files_target_check(key) == ERR_FILE_RECORDS && files_out_open(&out, key) == ERR_FILE_RECORDS && !out.f,
	      "the key is refused by the check and the open, with nothing made");
	CHECK(files_out_probe(key) == ERR_FILE_RECORDS, "and by the probe");
	snprintf(p, sizeof p, "%s/export", wal);
	CHECK(files_dir_check(p) == ERR_FILE_RECORDS && !files_make_dirs(p) && access(wal, F_OK) != 0,
	      "no folder is made on the -wal's name");
	CHECK(files_dir_check(backups) == ERR_OK, "the backups folder itself may take backups");
	CHECK(files_out_open_records(&out, key) == ERR_OK && fputs("fedcba9876543210fedcba9876543210", out.f) >= 0 &&
	          files_out_commit(&out) == ERR_OK,
	      "the records themselves are written as records");
	guard_set(NULL, NULL);
	CHECK(!guard_is_records(db) && files_target_check(db) == ERR_OK, "with no records named, the file is free");

	snprintf(p, sizeof p, "%s/other.db", top);
	unlink(p);
	unlink(copy);
	unlink(key);
	unlink(db);
	rmdir(backups);
	CHECK(rmdir(top) == 0 && parts_beside(test_tmpdir()) == 0, "the scratch folder is empty at the end");
}

/* The one rounding of hours: the hour sheet's (seconds * 100 + 1800) / 3600
 * for every figure a workshop has, and no overflow for any seconds (a value
 * the fuzzer found made the product overflow). */
static void test_hour_hundredths(void)
{
	bool same = true;
	for (long s = 0; s <= 400L * 3600 && same; s += 7)
		same = fmt_hour_hundredths(s) == (s * 100 + 1800) / 3600;
	CHECK(same, "hundredths of an hour as the hour sheet rounds them, up to 400 h");
	CHECK(fmt_hour_hundredths(17) == 0 && fmt_hour_hundredths(18) == 1, "rounded to the nearest hundredth");
	CHECK(fmt_hour_hundredths(LONG_MAX) == (LONG_MAX - 18 + 18) / 36, "the largest number of seconds does not overflow");
	char s[96];
	fmt_hours(3616445709046329645L, s, sizeof s);
	CHECK(s[0] != '\0', "and is written whole");
}

void suite_util(void)
{
	test_hour_hundredths();
	test_files();
	test_files_out();
	test_guard();
	test_collate();
	test_text();
	test_date();
	test_fmt();
	test_i18n();
}
