/* The in-process kiosk for screen tests. */
#include "tests/screens/rig.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/badge.h"
#include "app/demo.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "ui/bigtext.h"
#include "ui/dump.h"
#include "ui/term.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

void rig_open(struct rig *r, int rows, int cols)
{
	static int n;
	memset(r, 0, sizeof *r);
	char *path = xasprintf("%s/screens-%d.db", test_tmpdir(), ++n);
	if (app_open(path, true, "test", &r->app) != ERR_OK) {
		fprintf(stderr, "cannot open %s\n", path);
		exit(2);
	}
	r->app->pin_cost = APP_PIN_COST_MIN; /* the demo's mentors' PINs in milliseconds */
	text_copy(r->path, sizeof r->path, path);
	free(path);
	date_parse_local("2026-11-01T09:00:00", &r->now);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	app_demo_seed(r->app, r->now, f);
	fclose(f);
	/* "name\tpayload" lines, in demo order; ids start at 1 */
	int i = 0;
	for (char *line = strtok(buf, "\n"); line && i < 16; line = strtok(NULL, "\n"), i++) {
		char *tab = strchr(line, '\t');
		if (tab)
			text_copy(r->payload[i], sizeof r->payload[i], tab + 1);
		r->person[i] = i + 1;
	}
	free(buf);
	date_parse_local("2026-11-23T08:12:00", &r->now);
	r->mono = 1000000;
	resize_term(rows, cols);
	kiosk_init(&r->kiosk, r->app, &kiosk_door, rows, cols, r->now, r->mono);
}

void rig_close(struct rig *r)
{
	kiosk_done(&r->kiosk);
	app_close(r->app);
}

static void advance(struct rig *r, int ms)
{
	long long before = r->mono / 1000;
	r->mono += ms;
	r->now += (time_t)(r->mono / 1000 - before);
}

void rig_type(struct rig *r, const char *text, int ms_per_key)
{
	size_t i = 0;
	uint32_t cp;
	while ((cp = text_decode(text, &i)) != 0) {
		kiosk_step(&r->kiosk, true, false, cp, r->now, r->mono);
		advance(r, ms_per_key);
	}
	/* The loop polls when held digits are due; so does the rig. */
	int wait = kiosk_wait_ms(&r->kiosk, r->mono);
	if (wait < TERM_TICK_MS) {
		advance(r, wait);
		kiosk_step(&r->kiosk, false, false, 0, r->now, r->mono);
	}
}

void rig_key(struct rig *r, int key)
{
	kiosk_step(&r->kiosk, true, true, (uint32_t)key, r->now, r->mono);
	advance(r, 100);
}

void rig_wait(struct rig *r, int seconds)
{
	for (int i = 0; i < seconds * 4; i++) {
		advance(r, 250);
		kiosk_step(&r->kiosk, false, false, 0, r->now, r->mono);
	}
}

void rig_resize(struct rig *r, int rows, int cols)
{
	resize_term(rows, cols);
	kiosk_resize(&r->kiosk, rows, cols);
	kiosk_step(&r->kiosk, true, true, KEY_RESIZE, r->now, r->mono);
}

const char *rig_screen(struct rig *r)
{
	static char *text;
	free(text);
	screen_mgr_draw(&r->kiosk.mgr, stdscr);
	text = dump_window(stdscr);
	return text;
}

const char *rig_top(const struct rig *r)
{
	return screen_mgr_top(&r->kiosk.mgr)->ops->name;
}

void rig_golden(struct rig *r, const char *name)
{
	const char *got = rig_screen(r);
	char *path = xasprintf("tests/screens/golden/%s.txt", name);
	const char *update = getenv("ROTA_UPDATE_GOLDEN");
	if (update && *update == '1') {
		FILE *f = fopen(path, "w");
		if (f) {
			fputs(got, f);
			fclose(f);
		}
	}
	char *want = test_read_file(path);
	bool same = want && !strcmp(want, got);
	char *desc = xasprintf("screen matches golden %s", path);
	CHECK(same, desc);
	if (!same) {
		printf("---- got (%s) ----\n%s---- want ----\n%s----\n", name, got, want ? want : "(missing)\n");
	}
	free(desc);
	free(want);
	free(path);
}

bool rig_shows(struct rig *r, const char *text) { return strstr(rig_screen(r), text) != NULL; }

/* Returns the start of line n of text (0 first), or NULL. */
static const char *line_at(const char *text, int n)
{
	for (; n > 0 && text; n--) {
		text = strchr(text, '\n');
		if (text)
			text++;
	}
	return text && *text ? text : NULL;
}

/* Whether needle is on the line that starts at line. */
static bool line_has(const char *line, const char *needle)
{
	const char *end = strchr(line, '\n'), *hit = strstr(line, needle);
	return hit && (!end || hit < end);
}

bool rig_shows_name(struct rig *r, const char *name)
{
	const char *screen = rig_screen(r);
	char rows[BIGTEXT_ROWS + 1][512];
	if (strstr(screen, name))
		return true;
	for (int i = -1; i < BIGTEXT_ROWS; i++)
		if (!bigtext_row_text(name, i, rows[i + 1], sizeof rows[i + 1]))
			return false;
	for (int n = 0; line_at(screen, n); n++) {
		bool all = true;
		for (int i = -1; i < BIGTEXT_ROWS && all; i++) {
			const char *line = n + i >= 0 ? line_at(screen, n + i) : NULL;
			if (rows[i + 1][0])
				all = line && line_has(line, rows[i + 1]);
		}
		if (all)
			return true;
	}
	return false;
}

bool rig_on(const struct rig *r, const char *screen) { return !strcmp(rig_top(r), screen); }

void rig_scan(struct rig *r, int who)
{
	char burst[32];
	snprintf(burst, sizeof burst, "%s\r\n", r->payload[who]);
	rig_type(r, burst, 3);
}

void rig_sign_in(struct rig *r, int who)
{
	rig_type(r, "m", 0);
	rig_scan(r, who);
	rig_type(r, "1234\r", 200);
}

static void count_one(const struct visit_row *row, void *ctx)
{
	int *c = ctx;
	c[row->visit.status]++;
}

int rig_count_visits(struct rig *r, enum visit_status status)
{
	int c[4] = { 0 };
	app_visits_each(r->app, 0, 0, count_one, c);
	return c[status];
}

static void count_open(const struct visit_row *row, void *ctx)
{
	long long *c = ctx;
	if (row->visit.status == VISIT_OPEN && row->visit.person_id == c[0])
		c[1]++;
}

bool rig_is_in(struct rig *r, int who)
{
	long long c[2] = { r->person[who], 0 };
	app_visits_each(r->app, 0, 0, count_open, c);
	return c[1] > 0;
}
