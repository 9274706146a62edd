/* Unit tests of badges: the key file, payloads made again from seeds,
 * revoking, the history, QR encoding, sheet file names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "out/badge_sheet.h"
#include "app/people.h"
#include "out/qrcode.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"

struct history {
	int total, revoked;
	char last_reason[128];
};

static void count_badge(const struct badge *b, void *ctx)
{
	struct history *h = ctx;
	h->total++;
	if (b->revoked_at) {
		h->revoked++;
		strcpy(h->last_reason, b->reason);
	}
}

/* The times of these tests: a Monday, 5 January 1970, an ordinary working
 * day (the first two days of January are holidays, when the door is
 * closed). */
#define AT(s) (4 * 86400 + (s))

static void test_key_and_payloads(void)
{
	char *path = xasprintf("%s/badges.db", test_tmpdir());
	char *key = xasprintf("%s.key", path);
	struct app *app;
	long long ana;
	char issued[BADGE_DIGITS + 1], again[BADGE_DIGITS + 1];
	struct stat sb;

	CHECK(app_open(path, true, NULL, &app) == ERR_OK, "opens and makes a key");
	CHECK(stat(key, &sb) == 0 && (sb.st_mode & 0777) == 0600 && sb.st_size == 32,
	      "the key file is 32 private bytes beside the database");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", AT(1), &ana);
	CHECK(app_badge_current(app, ana, again) == ERR_NOT_FOUND, "no badge yet");
	app_badge_issue(app, ana, 0, AT(100), issued);
	CHECK(badge_payload_check(issued) == BADGE_OK, "an issued payload is well formed");
	CHECK(app_badge_current(app, ana, again) == ERR_OK && !strcmp(again, issued),
	      "the current badge's payload is made again from its seed");
	app_close(app);

	CHECK(app_open(path, false, NULL, &app) == ERR_OK, "opens again with the same key");
	CHECK(app_badge_current(app, ana, again) == ERR_OK && !strcmp(again, issued),
	      "and gives the same payload");
	struct scan_result r;
	CHECK(app_scan(app, issued, AT(200), &r) == ERR_OK, "the badge scans");

	CHECK(app_badge_revoke(app, ana, 0, "lost", AT(300)) == ERR_OK, "a badge is revoked");
	CHECK(app_badge_current(app, ana, again) == ERR_NOT_FOUND, "then there is no current badge");
	CHECK(app_scan(app, issued, AT(400), &r) == ERR_BADGE_REPLACED, "and the card is refused");
	CHECK(app_badge_revoke(app, ana, 0, NULL, AT(500)) == ERR_NOT_FOUND, "nothing left to revoke");
	app_badge_issue(app, ana, 0, AT(600), again);
	app_badge_issue(app, ana, 0, AT(700), again);
	struct history h = { 0 };
	app_badge_history(app, ana, count_badge, &h);
	CHECK(h.total == 3 && h.revoked == 2 && !strcmp(h.last_reason, "replaced by a new badge"),
	      "the history keeps every badge, and why each ended");
	app_close(app);

	char *moved = xasprintf("%s/moved.key", test_tmpdir());
	rename(key, moved);
	CHECK(app_open(path, false, NULL, &app) == ERR_BADGE_KEY, "without its key file badges cannot be checked");
	CHECK(access(key, F_OK) != 0, "and no new key is made over them");
	FILE *f = fopen(key, "w");
	fputs("short", f);
	fclose(f);
	CHECK(app_open(path, false, NULL, &app) == ERR_BADGE_KEY, "a damaged key file is refused");
	rename(moved, key);
	free(moved);
	CHECK(app_open(path, false, NULL, &app) == ERR_OK, "with the key back, all is well");
	app_close(app);
	free(key);
	free(path);
}

/* A card the workshop already has: enrolled by the number its reader
 * types, found by it in any of its typed forms, with a badge's history;
 * its number is not kept, and the key check still finds rota's own. */
static void test_enrolled_cards(void)
{
	char *path = xasprintf("%s/cards.db", test_tmpdir());
	struct app *app;
	long long ana, iva, coord;
	char printed[BADGE_DIGITS + 1], shown[BADGE_DIGITS + 1];
	struct person p;
	struct scan_result r;

	CHECK(app_open(path, true, NULL, &app) == ERR_OK, "cards: opens");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", AT(1), &ana);
	app_person_add(app, "Iva Horvat", ROLE_PARTICIPANT, "hr", AT(1), &iva);
	app_person_add(app, "Vesna Zupan", ROLE_COORDINATOR, "sl", AT(1), &coord);
	app_badge_issue(app, iva, 0, AT(50), printed);
	app_badge_issue(app, ana, 0, AT(100), printed);
	CHECK(app_badge_number(app, ana, coord, shown) == ERR_OK && !strcmp(shown, printed),
	      "a coordinator is told the current badge's number");
	CHECK(app_badge_number(app, ana, iva, shown) == ERR_NOT_COORDINATOR, "a participant is not");
	CHECK(app_badge_owner(app, "0004567890", &p) == ERR_BADGE_UNREADABLE,
	      "a number nobody enrolled is not known as a card");
	CHECK(app_badge_enrol(app, ana, "0004567890", coord, AT(200)) == ERR_OK, "a fob's number is enrolled");
	CHECK(app_badge_owner(app, "0004567890", &p) == ERR_OK && p.id == ana, "and finds Ana");
	CHECK(app_badge_owner(app, "00045-67890", &p) == ERR_OK && p.id == ana, "typed with a dash too");
	CHECK(app_badge_owner(app, printed, &p) == ERR_BADGE_REPLACED, "the printed badge it replaced is refused");
	CHECK(app_badge_current(app, ana, shown) == ERR_BADGE_IS_CARD, "an enrolled card has no payload to make");
	CHECK(app_badge_number(app, ana, coord, shown) == ERR_BADGE_IS_CARD, "nor a number to show");
	CHECK(app_badge_enrol(app, iva, "0004567890", 0, AT(300)) == ERR_BADGE_IN_USE, "it is nobody else's");
	CHECK(app_badge_enrol(app, iva, printed, 0, AT(300)) == ERR_BADGE_IN_USE, "nor is a replaced badge's number");
	CHECK(app_badge_enrol(app, iva, "12345", 0, AT(300)) == ERR_BADGE_NUMBER, "a short number is refused");
	CHECK(app_badge_enrol(app, 999, "0001112223", 0, AT(300)) == ERR_NOT_FOUND, "and nobody has no card");
	CHECK(app_badge_enrol(app, ana, "04:a2:1b:c3", 0, AT(400)) == ERR_OK, "a MIFARE UID replaces the fob");
	CHECK(app_scan(app, "04A21BC3", AT(500), &r) == ERR_OK && r.person_id == ana, "and scans in capitals");
	CHECK(app_scan(app, "0004567890", AT(600), &r) == ERR_BADGE_REPLACED, "the fob is replaced");
	struct history h = { 0 };
	app_badge_history(app, ana, count_badge, &h);
	CHECK(h.total == 3 && h.revoked == 2 && !strcmp(h.last_reason, "replaced by a new badge"),
	      "the history has the badge, the fob and the UID");
	app_close(app);
	CHECK(app_open(path, false, NULL, &app) == ERR_OK,
	      "the key is checked on the badge rota made last, not on a card");
	CHECK(app_badge_revoke(app, ana, coord, "lost", AT(700)) == ERR_OK && app_scan(app, "04a21bc3", AT(800), &r) == ERR_BADGE_REPLACED,
	      "an enrolled card is revoked like a badge");
	app_close(app);
	free(path);
}

static void test_qr(void)
{
	struct qr_matrix m;
	CHECK(qrcode_encode("1234567894", &m) == ERR_OK && m.width == 21,
	      "ten digits fit a version 1 symbol at level H");
	bool finder = true;
	for (int i = 0; i < 7; i++)
		finder = finder && m.dark[0][i] && m.dark[6][i] && m.dark[i][0] && m.dark[i][6];
	CHECK(finder && !m.dark[1][1] && m.dark[3][3], "with its finder pattern in the corner");
	CHECK(!qr_is_dark(&m, -1, 0) && !qr_is_dark(&m, 21, 3), "the quiet zone is light");
}

static void test_sheet_names(void)
{
	enum sheet_format f;
	CHECK(badge_sheet_format_of("a.PDF", &f) && f == SHEET_PDF, "PDF by its ending");
	CHECK(badge_sheet_format_of("b.png", &f) && f == SHEET_PNG, "PNG by its ending");
	CHECK(!badge_sheet_format_of("c.jpg", &f), "nothing else");
	char *p = badge_sheet_page_path("out/sheet.png", SHEET_PNG, 2);
	CHECK(!strcmp(p, "out/sheet-2.png"), "PNG page 2 gets its own file");
	free(p);
	p = badge_sheet_page_path("sheet.pdf", SHEET_PDF, 2);
	CHECK(!strcmp(p, "sheet.pdf"), "a PDF keeps every page in one file");
	free(p);
}

/* fontconfig, which cairo loads to draw the names, keeps its caches until
 * the process ends; LeakSanitizer (make asan) is told they are not ours. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:libfontconfig\n"; }

/* A card that cannot be drawn fails the whole sheet, naming the card, and
 * leaves no file: never a sheet with a card silently missing. */
static void test_sheet_whole_or_nothing(void)
{
	/* cairo is part of what the tests need: without it this is a failure,
	 * not a test left out. */
	if (!CHECK(badge_sheet_available(), "cairo is there to draw badge sheets"))
		return;
	struct sheet_badge cards[12];
	memset(cards, 0, sizeof cards);
	for (int i = 0; i < 12; i++) {
		snprintf(cards[i].payload, sizeof cards[i].payload, "%010d", 1000000 + i);
		snprintf(cards[i].name, sizeof cards[i].name, "Card %d", i + 1);
	}
	char *pdf = xasprintf("%s/whole.pdf", test_tmpdir());
	int pages = -1;
	size_t bad = 99;
	CHECK(badge_sheet_write(pdf, SHEET_PDF, "Nit", 0, cards, 12, &pages, &bad) == ERR_OK && pages == 2 && bad == 12,
	      "twelve good cards make two pages");
	struct stat sb;
	CHECK(stat(pdf, &sb) == 0 && (sb.st_mode & 0777) == 0600, "the sheet holds payloads: 0600");
	cards[11].payload[0] = '\0'; /* no QR code can be made of nothing */
	CHECK(badge_sheet_write(pdf, SHEET_PDF, "Nit", 0, cards, 12, &pages, &bad) == ERR_SHEET_CARD && bad == 11 &&
	          pages == 0,
	      "a card that cannot be drawn fails the sheet and is named");
	CHECK(access(pdf, F_OK) != 0, "and no PDF is left behind");
	char *png = xasprintf("%s/whole.png", test_tmpdir());
	CHECK(badge_sheet_write(png, SHEET_PNG, "Nit", 0, cards, 12, &pages, &bad) == ERR_SHEET_CARD && bad == 11,
	      "a PNG sheet fails the same way");
	CHECK(access(png, F_OK) != 0, "and its first page is not left either");
	free(png);
	free(pdf);
}

void suite_badges(void)
{
	test_key_and_payloads();
	test_enrolled_cards();
	test_qr();
	test_sheet_names();
	test_sheet_whole_or_nothing();
}
