/* A card the workshop already has, enrolled by its number: the number its
 * reader types (fast, then Enter) checks its person in at the door, and
 * beside a signed-in mentor it is checked in or out in the overlay like
 * any badge. */
#include <stdio.h>
#include <string.h>

#include "app/badge.h"
#include "app/visits.h"
#include "screens/screens.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"

#define FOB "0004567890" /* an EM4100 fob's number, as its reader types it */

static void test_enrolled_card(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	CHECK(app_badge_enrol(r.app, r.person[LUKA], FOB, r.person[MAJA], r.now) == ERR_OK,
	      "a fob's number is enrolled as Luka's badge");

	rig_type(&r, FOB "\r\n", 3);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Luka Č.") && rig_is_in(&r, LUKA),
	      "at the door the fob's number, typed fast and Enter, checks Luka in");
	rig_wait(&r, 31);
	CHECK(rig_on(&r, "home"), "and the door is back");

	rig_scan(&r, LUKA); /* his printed badge was replaced by the fob */
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This card was replaced"),
	      "the badge the fob replaced is refused as replaced");
	rig_type(&r, "\r", 0);

	rig_sign_in(&r, MAJA);
	rig_wait(&r, 1);
	const char *mentor_screen = rig_top(&r);
	CHECK(strcmp(mentor_screen, "home") != 0, "Maja is signed in");
	rig_wait(&r, 2);
	r.now += 3600; /* an hour later Luka leaves */
	rig_type(&r, FOB "\r\n", 3);
	CHECK(!rig_is_in(&r, LUKA) && rig_shows(&r, "┌") && rig_shows(&r, "Luka"),
	      "beside a signed-in mentor the fob checks Luka out in the overlay");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	CHECK(app_badge_enrol(r.app, r.person[NINA], "0009876543", 0, r.now) == ERR_OK && !rig_is_in(&r, NINA),
	      "Nina's card is enrolled too");
	rig_type(&r, "0009876543\r\n", 3);
	CHECK(rig_is_in(&r, NINA) && rig_shows(&r, "┌") && rig_shows(&r, "Nina"),
	      "and beside the mentor an enrolled card checks its person in");
	rig_close(&r);
}

/* A mentor enrols a card at the kiosk from the person's file (K): the
 * reader's burst is the screen's answer, a known card scanned meanwhile is
 * still checked in, and a number typed by hand (hex too) is enrolled. */
static void test_enrol_at_kiosk(void)
{
	struct rig r;
	struct person p;
	rig_open(&r, 24, 80);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	rig_type(&r, "lu", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "k", 0);
	CHECK(rig_on(&r, "card-enrol") && rig_shows(&r, "Luka"), "K on Luka's file asks for the card");
	rig_golden(&r, "card-enrol-80x24");
	rig_type(&r, FOB "\r\n", 3);
	CHECK(rig_on(&r, "card-enrol") && rig_shows(&r, "The card is enrolled") && !rig_is_in(&r, LUKA),
	      "the reader's burst enrols the fob and checks nobody in");
	CHECK(app_badge_owner(r.app, FOB, &p) == ERR_OK && p.id == r.person[LUKA], "the fob is Luka's badge");
	rig_scan(&r, ANA);
	CHECK(rig_is_in(&r, ANA) && rig_shows(&r, "┌") && rig_on(&r, "card-enrol"),
	      "a known card scanned on the screen is still checked in, in the overlay");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	rig_type(&r, FOB "\r\n", 3);
	CHECK(rig_is_in(&r, LUKA) && rig_shows(&r, "┌"), "and so is the fob, now that it is known");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	rig_type(&r, "04a21bc3", 150);
	rig_type(&r, "\r", 0);
	CHECK(rig_shows(&r, "The card is enrolled") && app_badge_owner(r.app, "04A21BC3", &p) == ERR_OK &&
	          p.id == r.person[LUKA] && app_badge_owner(r.app, FOB, &p) == ERR_BADGE_REPLACED,
	      "a hex number typed by hand replaces the fob");
	rig_type(&r, "04b1c2d3e4f5a6\r\n", 3);
	CHECK(rig_on(&r, "card-enrol") && rig_shows(&r, "The card is enrolled") && !rig_shows(&r, "┌") &&
	          app_badge_owner(r.app, "04B1C2D3E4F5A6", &p) == ERR_OK && p.id == r.person[LUKA],
	      "a new card's reader typing hex fast is the screen's answer too, and enrols it");
	rig_type(&r, "12345", 150);
	rig_type(&r, "\r", 0);
	CHECK(rig_shows(&r, "6 to 20"), "a number too short is refused with the rule");
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "person-file"), "Esc goes back to the file");
	rig_close(&r);
}

#define UID "04A3B2C1D2E3F4" /* a MIFARE 7-byte UID, as a reader types it in hex */

/* A reader that types a card's number in hex: the burst is a scan at the
 * door and beside a signed-in mentor, in either case, while a mentor's
 * word typed into a form, fast or slow, stays text there. */
static void test_hex_card(void)
{
	struct rig r;
	struct person p;
	rig_open(&r, 24, 80);
	CHECK(app_badge_enrol(r.app, r.person[SPELA], UID, r.person[MAJA], r.now) == ERR_OK,
	      "a MIFARE UID in hex is enrolled as Špela's badge");

	rig_type(&r, UID "\r\n", 3);
	CHECK(rig_on(&r, "greeting") && rig_is_in(&r, SPELA),
	      "at the door the hex UID, typed fast and Enter, checks Špela in");
	rig_wait(&r, 31);
	CHECK(rig_on(&r, "home") && !rig_shows(&r, "[ "), "and the door is back with nothing typed");

	rig_type(&r, "04c1d2e3f4a5b6\r\n", 3);
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This card") && !rig_shows(&r, "digits"),
	      "at the door a hex card nobody has is told calmly, not typed");
	rig_type(&r, "\r", 0);

	rig_sign_in(&r, MAJA);
	rig_wait(&r, 1);
	CHECK(!rig_on(&r, "home"), "Maja is signed in");
	rig_type(&r, "p", 0);
	CHECK(rig_on(&r, "participants"), "P opens the participants' list, which takes typed text");
	rig_type(&r, "facade", 3);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "participants") && rig_shows(&r, "facade") && !rig_shows(&r, "┌"),
	      "a word of letters A-F typed fast stays the filter's text, not a card");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "p", 0);
	rig_type(&r, "decade\r", 3);
	CHECK(rig_on(&r, "participants") && rig_shows(&r, "decade") && !rig_shows(&r, "┌") &&
	          rig_count_visits(&r, VISIT_OPEN) == 1,
	      "even with Enter at a scanner's speed: no card is numbered so");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "p", 0);
	rig_type(&r, "efface\r", 150);
	CHECK(rig_on(&r, "participants") && rig_shows(&r, "efface") && !rig_shows(&r, "┌"),
	      "and a slow typist's word is text too");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "p", 0);

	r.now += 3600; /* an hour later Špela leaves, while Maja types a filter */
	rig_type(&r, "04a3b2c1d2e3f4\r\n", 3);
	CHECK(!rig_is_in(&r, SPELA) && rig_shows(&r, "┌") && rig_shows(&r, "Špela") && rig_on(&r, "participants"),
	      "beside the mentor's form the UID in lower case checks Špela out in the overlay");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	CHECK(rig_on(&r, "participants") && !rig_shows(&r, "04a3"), "and nothing of it was typed into the filter");

	CHECK(app_badge_issue(r.app, r.person[SPELA], r.person[MAJA], r.now, r.payload[SPELA]) == ERR_OK &&
	          app_badge_owner(r.app, UID, &p) == ERR_BADGE_REPLACED,
	      "Špela gets a printed badge instead of the card");
	rig_type(&r, UID "\r", 3);
	CHECK(rig_shows(&r, "┌") && rig_shows(&r, "replaced") && !rig_is_in(&r, SPELA),
	      "the replaced card is still read as a card, and refused as replaced");
	rig_close(&r);
}

/* A badge number typed at the door as the sheet prints it, with spaces or
 * dashes, is that number. */
static void test_typed_as_printed(void)
{
	struct rig r;
	char line[32];
	const char *p;
	rig_open(&r, 24, 80);
	p = r.payload[IVAN];
	snprintf(line, sizeof line, "%.4s %.4s %.2s\r", p, p + 4, p + 8);
	rig_type(&r, line, 150);
	CHECK(rig_on(&r, "greeting") && rig_is_in(&r, IVAN), "a number typed with spaces checks Ivan in");
	rig_type(&r, "\r", 0);
	p = r.payload[ANA];
	snprintf(line, sizeof line, "%.5s-%.5s\r", p, p + 5);
	rig_type(&r, line, 150);
	CHECK(rig_on(&r, "greeting") && rig_is_in(&r, ANA), "and with a dash checks Ana in");
	rig_close(&r);
}

void suite_cards(void)
{
	test_typed_as_printed();
	test_enrolled_card();
	test_enrol_at_kiosk();
	test_hex_card();
}
