/* make bench: the database of ten workshop-years, written fast in one
 * transaction (the timings are taken later with the kiosk's own durable
 * settings), and the table shaped like visits that the scans are weighed
 * against. */
#define _GNU_SOURCE
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/people.h"
#include "bench/bench.h"
#include "store/db_internal.h"
#include "util/date.h"

#define WORKDAYS 2500          /* ten years of about 250 workshop days (ROTA_BENCH_WORKDAYS: fewer) */
#define PRESENT_A_DAY 400      /* 2500 x 400 = 1,000,000 visits */
#define ROTATE_DAYS 125        /* a participant moves on about twice a year */
#define ENTRIES_A_ROTATION 2   /* progress entries per participant per rotation */

static const char *const processes[] = { "collecting", "sorting", "cutting", "packing", "sewing" };
#define NPROCESSES ((int)(sizeof processes / sizeof processes[0]))

static void must(int rc, sqlite3 *h, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "bench: %s: %s\n", what, sqlite3_errmsg(h));
		exit(1);
	}
}

static sqlite3_stmt *prepare(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st;
	must(sqlite3_prepare_v2(h, sql, -1, &st, NULL), h, sql);
	return st;
}

static void step(sqlite3 *h, sqlite3_stmt *st, const char *what)
{
	must(sqlite3_step(st), h, what);
	sqlite3_reset(st);
}

/* People and their badges; mentors get the PIN as a cheap argon2id hash
 * (the screens are timed without the hash, which is timed on its own),
 * except mentor 2, whose hash is the kiosk's real one. */
static void add_people(struct app *app, sqlite3 *h, struct bench_db *db)
{
	sqlite3_stmt *person = prepare(h, "INSERT INTO people(id, name, role, lang, created_at, pin_hash)"
	                                  " VALUES (?, ?, ?, 'sl', 0, ?)");
	sqlite3_stmt *badge = prepare(h, "INSERT INTO badges(person_id, seed, payload_hash, issued_at) VALUES (?, ?, ?, 0)");
	char cheap[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str(cheap, BENCH_PIN, strlen(BENCH_PIN), crypto_pwhash_OPSLIMIT_MIN,
	                      crypto_pwhash_MEMLIMIT_MIN) != 0)
		must(SQLITE_NOMEM, h, "pin hash");
	for (int i = 0; i < BENCH_PEOPLE; i++) {
		char name[64];
		unsigned char seed[BADGE_SEED_BYTES], hash[BADGE_HASH_BYTES];
		snprintf(name, sizeof name, "Oseba %03d Priimek%03d", i, (i * 37) % 1000);
		sqlite3_bind_int(person, 1, i + 1);
		sqlite3_bind_text(person, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(person, 3, i < BENCH_MENTORS ? "mentor" : "participant", -1, SQLITE_STATIC);
		if (i < BENCH_MENTORS)
			sqlite3_bind_text(person, 4, cheap, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(person, 4);
		step(h, person, "person");
		for (int d = 0; d < BADGE_SEED_BYTES; d++)
			seed[d] = (unsigned char)rand();
		app_badge_payload_of(app, seed, db->payloads[i]);
		app_badge_hash(app, db->payloads[i], hash);
		sqlite3_bind_int(badge, 1, i + 1);
		sqlite3_bind_blob(badge, 2, seed, BADGE_SEED_BYTES, SQLITE_TRANSIENT);
		sqlite3_bind_blob(badge, 3, hash, BADGE_HASH_BYTES, SQLITE_TRANSIENT);
		step(h, badge, "badge");
	}
	sqlite3_finalize(person);
	sqlite3_finalize(badge);
}

/* Every participant rotates through the processes, one assignment and two
 * progress entries per rotation; now and then in their own words. */
static void add_rotations(sqlite3 *h, int first_day, int days)
{
	sqlite3_stmt *assign = prepare(h, "INSERT INTO assignments(person_id, process_code, mentor_id, start_at, end_at)"
	                                  " VALUES (?, ?, ?, ?, ?)");
	sqlite3_stmt *entry = prepare(h, "INSERT INTO progress(person_id, kind, code, level, day, mentor_id, words,"
	                                 " recorded_at) VALUES (?, 'process', ?, ?, ?, ?, ?, ?)");
	int rotations = days / ROTATE_DAYS > 0 ? days / ROTATE_DAYS : 1, n = 0;
	for (int p = BENCH_MENTORS + 1; p <= BENCH_PEOPLE; p++) {
		for (int r = 0; r < rotations; r++) {
			int day = date_add_days(first_day, r * ROTATE_DAYS * 7 / 5);
			time_t start = date_day_start(day) + 7 * 3600;
			const char *code = processes[(p + r) % NPROCESSES];
			long long mentor = 1 + (p % BENCH_MENTORS);
			sqlite3_bind_int(assign, 1, p);
			sqlite3_bind_text(assign, 2, code, -1, SQLITE_STATIC);
			sqlite3_bind_int64(assign, 3, mentor);
			sqlite3_bind_int64(assign, 4, start);
			if (r + 1 < rotations)
				sqlite3_bind_int64(assign, 5, start + (time_t)ROTATE_DAYS * 7 / 5 * 86400);
			else
				sqlite3_bind_null(assign, 5);
			step(h, assign, "assignment");
			for (int k = 0; k < ENTRIES_A_ROTATION; k++) {
				int on = date_add_days(day, 20 + k * 60);
				sqlite3_bind_int(entry, 1, p);
				sqlite3_bind_text(entry, 2, code, -1, SQLITE_STATIC);
				sqlite3_bind_int(entry, 3, k + 2 < 4 ? k + 2 : 4);
				sqlite3_bind_int(entry, 4, on);
				sqlite3_bind_int64(entry, 5, mentor);
				if (++n % 400 == 0)
					sqlite3_bind_text(entry, 6, "Rada delam tukaj.", -1, SQLITE_STATIC);
				else
					sqlite3_bind_null(entry, 6);
				sqlite3_bind_int64(entry, 7, date_day_start(on) + 12 * 3600);
				step(h, entry, "progress");
			}
		}
	}
	sqlite3_finalize(assign);
	sqlite3_finalize(entry);
}

static void add_visits(sqlite3 *h, struct bench_db *db, int first_day, int workdays)
{
	sqlite3_stmt *visit = prepare(h, "INSERT INTO visits(person_id, day, check_in, check_out, status)"
	                                 " VALUES (?, ?, ?, ?, 'closed')");
	sqlite3_stmt *hist = prepare(h, "INSERT INTO visit_history(visit_id, seq, at, by_person, action, new_check_in,"
	                                " new_check_out, new_status) VALUES (?1, 1, ?2, ?3, 'correct', ?4, ?5, 'closed')");
	int day = first_day;
	for (int w = 0; w < workdays; w++) {
		while (date_weekday(day) >= 5)
			day = date_add_days(day, 1);
		time_t start = date_day_start(day);
		int offset = rand() % BENCH_PEOPLE;
		for (int k = 0; k < PRESENT_A_DAY; k++) {
			int p = (offset + k) % BENCH_PEOPLE + 1;
			time_t in = start + 7 * 3600 + rand() % 3600, out = in + 5 * 3600 + rand() % 7200;
			sqlite3_bind_int(visit, 1, p);
			sqlite3_bind_int(visit, 2, day);
			sqlite3_bind_int64(visit, 3, in);
			sqlite3_bind_int64(visit, 4, out);
			step(h, visit, "visit");
			if (k % 50 == 0) { /* now and then a mentor's correction */
				sqlite3_bind_int64(hist, 1, sqlite3_last_insert_rowid(h));
				sqlite3_bind_int64(hist, 2, out + 3600);
				sqlite3_bind_int(hist, 3, 1);
				sqlite3_bind_int64(hist, 4, in);
				sqlite3_bind_int64(hist, 5, out);
				step(h, hist, "history");
			}
		}
		db->last_day = day;
		day = date_add_days(day, 1);
	}
	sqlite3_finalize(visit);
	sqlite3_finalize(hist);
}

void bench_shape_path(const char *path, char *out, size_t n)
{
	snprintf(out, n, "%s-shape.db", path);
}

/* bench_visits: the columns of visits, its rows, and each of its indexes
 * made again on the copy, so an insert there costs what a check-in's
 * insert costs. In a file of its own beside the records (bench_shape_path):
 * rota refuses a file whose schema is not exactly its own. */
static void add_same_shape(sqlite3 *h, const char *path)
{
	char shape[4096];
	bench_shape_path(path, shape, sizeof shape);
	unlink(shape);
	sqlite3_stmt *at = prepare(h, "ATTACH ?1 AS shape");
	sqlite3_bind_text(at, 1, shape, -1, SQLITE_STATIC);
	if (sqlite3_step(at) != SQLITE_DONE)
		must(SQLITE_ERROR, h, "attach");
	sqlite3_finalize(at);
	must(sqlite3_exec(h, "PRAGMA shape.journal_mode=WAL; PRAGMA shape.synchronous=OFF;"
	                     "CREATE TABLE shape.bench_visits AS SELECT * FROM main.visits", NULL, NULL, NULL), h, "copy");
	sqlite3_stmt *idx = prepare(h, "SELECT replace(replace(sql, ' ON visits', ' ON bench_visits'), 'INDEX ',"
	                               " 'INDEX shape.bench_') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits'"
	                               " AND sql IS NOT NULL");
	while (sqlite3_step(idx) == SQLITE_ROW)
		must(sqlite3_exec(h, (const char *)sqlite3_column_text(idx, 0), NULL, NULL, NULL), h, "index");
	sqlite3_finalize(idx);
}

void bench_build(struct bench_db *db)
{
	struct app *app;
	char key_path[4096];
	unlink(db->path);
	snprintf(key_path, sizeof key_path, "%s.key", db->path);
	unlink(key_path);
	if (app_open(db->path, true, "bench", &app) != ERR_OK) {
		fprintf(stderr, "bench: cannot create %s\n", db->path);
		exit(1);
	}
	app_config_set(app, "workshop_name", "Benchmark workshop");
	/* The store's own bare connection: the triggers that keep the hours
	 * count by rota's functions, which a plain sqlite3_open lacks. */
	sqlite3 *h;
	must(db_raw_open(db->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &h), h, "open");
	sqlite3_exec(h, "PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	srand(42);
	int first_day = 20161121;
	/* The same figures on a smaller history show what grows with it. */
	const char *env = getenv("ROTA_BENCH_WORKDAYS");
	int workdays = env && atoi(env) > 0 && atoi(env) < WORKDAYS ? atoi(env) : WORKDAYS;
	add_people(app, h, db);
	/* Assignments first, as they come in a workshop: each visit is then
	 * attributed once, when it is written. */
	add_rotations(h, first_day, workdays);
	add_visits(h, db, first_day, workdays);
	must(sqlite3_exec(h, "COMMIT", NULL, NULL, NULL), h, "commit");
	add_same_shape(h, db->path);
	must(sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE); DETACH shape", NULL, NULL, NULL), h, "commit");
	sqlite3_close(h);
	/* Mentor 2 keeps the kiosk's real PIN hash, for the sign-in's memory. */
	if (app_person_set_pin(app, 2, BENCH_PIN) != ERR_OK) {
		fprintf(stderr, "bench: cannot set a PIN\n");
		exit(1);
	}
	app_close(app);
}
