/* make bench: the history of a workshop, written the way the kiosk writes
 * it, and the table shaped like visits that the scans are weighed against.
 *
 * Each visit is a check-in (an open row) and later that day a check-out,
 * with the store's own statements (store/visits.c), so the triggers keep
 * the hours and fill the outbox as they do at the door. Around them, as in
 * a workshop: participants move to another process every 60 workdays (the
 * store's assignment: the old one ended, a new one begun), about three
 * progress entries a rotation (125 a person in ten years), now and then in
 * their own words; a mentor's correction of one visit in fifty, a forgotten
 * check-out closed as end-unknown, a mistaken check-in undone, and on the
 * last day everyone present still checked in. The mentors read the
 * participants' words within the week (review_seen), and each participant
 * began their programme 180 to 240 workdays before the last day.
 *
 * One transaction a day with synchronous off: the timings are taken later
 * with the kiosk's own durable settings. A built history is kept under
 * build/bench-cache/, named by the generator's version and its size: a
 * change to what is written below must raise BENCH_GEN_VERSION. */
#define _GNU_SOURCE
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/people.h"
#include "bench/bench.h"
#include "store/db.h"
#include "store/db_internal.h"
#include "util/date.h"

#define BENCH_GEN_VERSION 4
#define PRESENT_A_DAY 400      /* 2500 workdays x 400 = 1,000,000 visits */
#define ROTATE_WORKDAYS 60     /* a participant moves on every 60 workdays */
#define BENCH_LAST_DAY 20260619 /* a Friday: every history's last workday */
#define ENTRY_WORKDAYS 20      /* a progress entry every 20 workdays: 125 in 2500 */
#define CORRECT_ONE_IN 50      /* a mentor corrects one visit in 50 */
#define END_UNKNOWN_ONE_IN 150 /* a forgotten check-out */
#define UNDONE_ONE_IN 300      /* a mistaken check-in, undone */
#define TERMINAL "door"

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

/* The store's statements (store/visits.c, store/rotation.c,
 * store/progress.c), word for word where the kiosk runs them. */
struct writer {
	sqlite3 *h;
	sqlite3_stmt *check_in, *check_out, *clock, *update, *history, *end_assign, *assign, *progress, *seen;
	int workdays;
};

static void writer_open(struct writer *w, sqlite3 *h)
{
	w->h = h;
	w->check_in = prepare(h, "INSERT INTO visits(person_id, day, check_in, status, terminal)"
	                         " VALUES (?, ?, ?, 'open', ?)");
	w->check_out = prepare(h, "UPDATE visits SET check_out = ?, status = 'closed',"
	                          " out_terminal = ? WHERE id = ? AND status = 'open'");
	w->clock = prepare(h, "UPDATE clock_high_water SET at = ?1 WHERE id = 1 AND at < ?1");
	w->update = prepare(h, "UPDATE visits SET check_in = ?, check_out = ?, status = ? WHERE id = ?");
	w->history = prepare(h, "INSERT INTO visit_history(visit_id, seq, at, by_person, action, reason, terminal,"
	                        " old_check_in, old_check_out, old_status, new_check_in, new_check_out, new_status)"
	                        " VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM visit_history WHERE visit_id = ?1),"
	                        " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
	w->end_assign = prepare(h, "UPDATE assignments SET end_at = ? WHERE person_id = ? AND end_at IS NULL");
	w->assign = prepare(h, "INSERT INTO assignments(person_id, process_code, mentor_id, start_at, by_person, reason,"
	                       " terminal) VALUES (?, ?, ?, ?, ?, ?, ?)");
	w->progress = prepare(h, "INSERT INTO progress(person_id, kind, code, level, day, mentor_id,"
	                         " note, words, recorded_at, terminal) VALUES (?,?,?,?,?,?,?,?,?,?)");
	w->seen = prepare(h, "INSERT OR IGNORE INTO review_seen(kind, ref, at, by_person, note)"
	                     " VALUES (?, ?, ?, ?, ?)");
}

static void writer_close(struct writer *w)
{
	sqlite3_stmt *all[] = { w->check_in, w->check_out, w->clock, w->update, w->history, w->end_assign, w->assign,
		                w->progress, w->seen };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		sqlite3_finalize(all[i]);
}

static void bind_time_or_null(sqlite3_stmt *st, int i, time_t t)
{
	if (t)
		sqlite3_bind_int64(st, i, (sqlite3_int64)t);
	else
		sqlite3_bind_null(st, i);
}

static void clock_advance(struct writer *w, time_t at)
{
	sqlite3_bind_int64(w->clock, 1, (sqlite3_int64)at);
	step(w->h, w->clock, "clock");
}

static long long check_in(struct writer *w, int person, int day, time_t at)
{
	sqlite3_bind_int(w->check_in, 1, person);
	sqlite3_bind_int(w->check_in, 2, day);
	sqlite3_bind_int64(w->check_in, 3, (sqlite3_int64)at);
	sqlite3_bind_text(w->check_in, 4, TERMINAL, -1, SQLITE_STATIC);
	step(w->h, w->check_in, "check in");
	long long id = sqlite3_last_insert_rowid(w->h);
	clock_advance(w, at);
	return id;
}

static void check_out(struct writer *w, long long id, time_t at)
{
	sqlite3_bind_int64(w->check_out, 1, (sqlite3_int64)at);
	sqlite3_bind_text(w->check_out, 2, TERMINAL, -1, SQLITE_STATIC);
	sqlite3_bind_int64(w->check_out, 3, id);
	step(w->h, w->check_out, "check out");
	clock_advance(w, at);
}

/* A visit's change and its history row, as visit_update() writes them. */
static void change(struct writer *w, long long id, const char *action, const char *reason, long long by, time_t at,
                   time_t in0, time_t out0, const char *status0, time_t in1, time_t out1, const char *status1)
{
	sqlite3_bind_int64(w->update, 1, (sqlite3_int64)in1);
	bind_time_or_null(w->update, 2, out1);
	sqlite3_bind_text(w->update, 3, status1, -1, SQLITE_STATIC);
	sqlite3_bind_int64(w->update, 4, id);
	step(w->h, w->update, "update visit");
	sqlite3_stmt *st = w->history;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)at);
	sqlite3_bind_int64(st, 3, by);
	sqlite3_bind_text(st, 4, action, -1, SQLITE_STATIC);
	if (reason)
		sqlite3_bind_text(st, 5, reason, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 5);
	sqlite3_bind_text(st, 6, TERMINAL, -1, SQLITE_STATIC);
	bind_time_or_null(st, 7, in0);
	bind_time_or_null(st, 8, out0);
	sqlite3_bind_text(st, 9, status0, -1, SQLITE_STATIC);
	bind_time_or_null(st, 10, in1);
	bind_time_or_null(st, 11, out1);
	sqlite3_bind_text(st, 12, status1, -1, SQLITE_STATIC);
	step(w->h, st, "visit history");
}

static long long mentor_of(int p) { return 1 + (p % BENCH_MENTORS); }

/* A participant's rotation number on workday w: each moves on on a workday
 * of their own, so that about 8 people a day change process. */
static int rotation_of(int p, int w) { return (w + p * 7) / ROTATE_WORKDAYS; }

static const char *process_of(int p, int w) { return processes[(p + rotation_of(p, w)) % NPROCESSES]; }

static void assign(struct writer *w, int p, int wd, time_t at)
{
	sqlite3_bind_int64(w->end_assign, 1, (sqlite3_int64)at);
	sqlite3_bind_int(w->end_assign, 2, p);
	step(w->h, w->end_assign, "end assignment");
	sqlite3_stmt *st = w->assign;
	sqlite3_bind_int(st, 1, p);
	sqlite3_bind_text(st, 2, process_of(p, wd), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, mentor_of(p));
	sqlite3_bind_int64(st, 4, (sqlite3_int64)at);
	sqlite3_bind_int64(st, 5, 1);
	sqlite3_bind_null(st, 6);
	sqlite3_bind_text(st, 7, TERMINAL, -1, SQLITE_STATIC);
	step(w->h, st, "assign");
}

static void progress(struct writer *w, int p, int wd, int day, int *n)
{
	int into = (wd + p * 7) % ROTATE_WORKDAYS; /* workdays into this rotation */
	int level = 1 + into / ENTRY_WORKDAYS;   /* 1, 2, then 3: mastered */
	sqlite3_stmt *st = w->progress;
	sqlite3_bind_int(st, 1, p);
	sqlite3_bind_text(st, 2, "process", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, process_of(p, wd), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, level > 4 ? 4 : level);
	sqlite3_bind_int(st, 5, day);
	sqlite3_bind_int64(st, 6, mentor_of(p));
	sqlite3_bind_null(st, 7);
	bool words = ++*n % 10 == 0;
	if (words)
		sqlite3_bind_text(st, 8, "Rada delam tukaj.", -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 8);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)date_day_start(day) + 14 * 3600);
	sqlite3_bind_text(st, 10, TERMINAL, -1, SQLITE_STATIC);
	step(w->h, st, "progress");
	/* The mentors read a participant's words within the week; the last
	 * week's are still in the review queue. */
	if (words && wd < w->workdays - 5) {
		sqlite3_bind_text(w->seen, 1, "words", -1, SQLITE_STATIC);
		sqlite3_bind_int64(w->seen, 2, sqlite3_last_insert_rowid(w->h));
		sqlite3_bind_int64(w->seen, 3, (sqlite3_int64)date_day_start(date_add_days(day, 5)) + 9 * 3600);
		sqlite3_bind_int64(w->seen, 4, mentor_of(p));
		sqlite3_bind_null(w->seen, 5);
		step(w->h, w->seen, "seen");
	}
}

/* People and their badges; mentors get the PIN as a cheap argon2id hash
 * (the screens are timed without the hash, which is timed on its own),
 * except mentor 2, whose hash is the kiosk's real one (set later). */
static void add_people(struct app *app, sqlite3 *h, int first_day)
{
	sqlite3_stmt *person = prepare(h, "INSERT INTO people(id, name, role, lang, created_at, pin_hash, programme_start)"
	                                  " VALUES (?, ?, ?, 'sl', ?, ?, ?)");
	sqlite3_stmt *badge = prepare(h, "INSERT INTO badges(person_id, seed, payload_hash, issued_at) VALUES (?, ?, ?, ?)");
	char cheap[crypto_pwhash_STRBYTES];
	char payload[BADGE_DIGITS + 1];
	time_t created = date_day_start(first_day) - 7 * 86400;
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
		sqlite3_bind_int64(person, 4, (sqlite3_int64)created);
		if (i < BENCH_MENTORS) {
			sqlite3_bind_text(person, 5, cheap, -1, SQLITE_STATIC);
			sqlite3_bind_null(person, 6);
		} else {
			sqlite3_bind_null(person, 5);
			sqlite3_bind_int(person, 6, first_day);
		}
		step(h, person, "person");
		for (int d = 0; d < BADGE_SEED_BYTES; d++)
			seed[d] = (unsigned char)rand();
		app_badge_payload_of(app, seed, payload);
		app_badge_hash(app, payload, hash);
		sqlite3_bind_int(badge, 1, i + 1);
		sqlite3_bind_blob(badge, 2, seed, BADGE_SEED_BYTES, SQLITE_TRANSIENT);
		sqlite3_bind_blob(badge, 3, hash, BADGE_HASH_BYTES, SQLITE_TRANSIENT);
		sqlite3_bind_int64(badge, 4, (sqlite3_int64)created);
		step(h, badge, "badge");
	}
	sqlite3_finalize(person);
	sqlite3_finalize(badge);
}

struct present {
	int person;
	time_t in, out;
	long long id;
};

static int by_in(const void *a, const void *b)
{
	const struct present *x = a, *y = b;
	return (x->in > y->in) - (x->in < y->in);
}

static int by_out(const void *a, const void *b)
{
	const struct present *x = a, *y = b;
	return (x->out > y->out) - (x->out < y->out);
}

/* One workday: rotations and progress of the morning, the check-ins in
 * the order they come, then (except on the last day) the check-outs in
 * theirs, and the day's few corrections, forgotten check-outs and undone
 * check-ins. */
static void add_day(struct writer *w, int wd, int day, bool last, int *nprogress)
{
	static struct present pr[PRESENT_A_DAY];
	time_t start = date_day_start(day);
	for (int p = BENCH_MENTORS + 1; p <= BENCH_PEOPLE; p++) {
		if (wd == 0 || (wd + p * 7) % ROTATE_WORKDAYS == 0)
			assign(w, p, wd, start + 6 * 3600 + p);
		if ((wd + p * 7) % ENTRY_WORKDAYS == ENTRY_WORKDAYS - 1)
			progress(w, p, wd, day, nprogress);
	}
	int offset = rand() % BENCH_PEOPLE;
	for (int k = 0; k < PRESENT_A_DAY; k++) {
		pr[k].person = (offset + k) % BENCH_PEOPLE + 1;
		pr[k].in = start + 7 * 3600 + rand() % 3600;
		pr[k].out = pr[k].in + 5 * 3600 + rand() % 7200;
	}
	qsort(pr, PRESENT_A_DAY, sizeof pr[0], by_in);
	for (int k = 0; k < PRESENT_A_DAY; k++) {
		pr[k].id = check_in(w, pr[k].person, day, pr[k].in);
		if (rand() % UNDONE_ONE_IN == 0) { /* the wrong card: undone at once */
			change(w, pr[k].id, "undo", NULL, pr[k].person, pr[k].in + 20, pr[k].in, 0, "open", pr[k].in, 0,
			       "undone");
			pr[k].out = 0;
		}
	}
	if (last)
		return;
	qsort(pr, PRESENT_A_DAY, sizeof pr[0], by_out);
	for (int k = 0; k < PRESENT_A_DAY; k++) {
		if (!pr[k].out)
			continue;
		if (rand() % END_UNKNOWN_ONE_IN == 0) { /* no check-out: the next scan closes it */
			change(w, pr[k].id, "end_unknown", "open from an earlier day; closed at the next scan", pr[k].person,
			       start + 86400 + 7 * 3600, pr[k].in, 0, "open", pr[k].in, 0, "end_unknown");
			continue;
		}
		check_out(w, pr[k].id, pr[k].out);
		if (rand() % CORRECT_ONE_IN == 0) { /* a mentor puts the real end */
			time_t out = pr[k].out - 600 - rand() % 1800;
			change(w, pr[k].id, "correct", "left earlier", mentor_of(pr[k].person), pr[k].out + 3600, pr[k].in,
			       pr[k].out, "closed", pr[k].in, out, "closed");
		}
	}
}

/* The hash of the schema rota's migrations make (build/schema_ref.c). */
extern const unsigned long long db_schema_ref_hash;

/* Where the history of so many workdays is kept: by the generator's
 * version and the schema it was written in (its version and its hash: a
 * file of another schema is refused as damaged). */
static void cache_path(int workdays, char *out, size_t n)
{
	snprintf(out, n, "build/bench-cache/v%d-s%d-%016llx-%dw.db", BENCH_GEN_VERSION, db_schema_version(),
	         db_schema_ref_hash, workdays);
}

double bench_query(const struct bench_db *db, const char *sql)
{
	sqlite3 *h;
	must(sqlite3_open_v2(db->path, &h, SQLITE_OPEN_READONLY, NULL), h, "open");
	sqlite3_stmt *st = prepare(h, sql);
	double value = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : 0;
	sqlite3_finalize(st);
	sqlite3_close(h);
	return value;
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
	must(sqlite3_exec(h, "PRAGMA shape.wal_checkpoint(TRUNCATE); DETACH shape", NULL, NULL, NULL), h, "detach");
}

/* Returns the first of `workdays` weekdays that end on BENCH_LAST_DAY:
 * every history ends on the same day, so a month's report reads as many
 * of the month's days on each, and the histories differ only in how far
 * back they reach (ten years end where they always have). */
static int first_workday(int workdays)
{
	int day = BENCH_LAST_DAY;
	for (int left = workdays - 1; left > 0;) {
		day = date_add_days(day, -1);
		left -= date_weekday(day) < 5;
	}
	return day;
}

static void generate(const char *path, int workdays)
{
	struct app *app;
	char side[800];
	unlink(path);
	snprintf(side, sizeof side, "%s.key", path);
	unlink(side);
	if (app_open(path, true, "bench", &app) != ERR_OK) {
		fprintf(stderr, "bench: cannot create %s\n", path);
		exit(1);
	}
	app_config_set(app, "workshop_name", "Benchmark workshop");
	/* The store's own bare connection: the triggers that keep the hours
	 * count by rota's functions, which a plain sqlite3_open lacks. */
	sqlite3 *h;
	must(db_raw_open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &h), h, "open");
	must(sqlite3_exec(h, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000", NULL, NULL, NULL), h, "pragma");
	srand(42);
	int day = first_workday(workdays), n = 0;
	must(sqlite3_exec(h, "BEGIN", NULL, NULL, NULL), h, "begin");
	add_people(app, h, day);
	struct writer w;
	writer_open(&w, h);
	w.workdays = workdays;
	int *workday = calloc((size_t)workdays, sizeof *workday);
	for (int wd = 0; wd < workdays; wd++) {
		while (date_weekday(day) >= 5)
			day = date_add_days(day, 1);
		workday[wd] = day;
		add_day(&w, wd, day, wd == workdays - 1, &n);
		if (wd % 20 == 19)
			must(sqlite3_exec(h, "COMMIT; BEGIN", NULL, NULL, NULL), h, "commit");
		day = date_add_days(day, 1);
	}
	writer_close(&w);
	/* Participants come and go: each began 180 to 240 workdays before the
	 * last day (the first day, on a shorter history), as a team report
	 * reads it. */
	sqlite3_stmt *start = prepare(h, "UPDATE people SET programme_start = ? WHERE id = ?");
	for (int p = BENCH_MENTORS + 1; p <= BENCH_PEOPLE; p++) {
		int back = workdays - 1 - (180 + (p * 13) % 60);
		sqlite3_bind_int(start, 1, back > 0 ? workday[back] : workday[0]);
		sqlite3_bind_int(start, 2, p);
		step(h, start, "programme start");
	}
	sqlite3_finalize(start);
	free(workday);
	must(sqlite3_exec(h, "COMMIT", NULL, NULL, NULL), h, "commit");
	add_same_shape(h, path);
	must(sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), h, "checkpoint");
	sqlite3_close(h);
	/* Mentor 2 keeps the kiosk's real PIN hash, for the sign-in's memory. */
	if (app_person_set_pin(app, 2, BENCH_PIN) != ERR_OK) {
		fprintf(stderr, "bench: cannot set a PIN\n");
		exit(1);
	}
	app_close(app);
}

static bool copy_file(const char *from, const char *to)
{
	char cmd[9000];
	snprintf(cmd, sizeof cmd, "cp --sparse=always '%s' '%s'", from, to);
	return system(cmd) == 0;
}

/* The badges' payloads again from their seeds, and the history's last day. */
static void read_back(struct bench_db *db)
{
	struct app *app;
	sqlite3 *h;
	sqlite3_stmt *st;
	if (app_open(db->path, false, "bench", &app) != ERR_OK || sqlite3_open(db->path, &h) != SQLITE_OK) {
		fprintf(stderr, "bench: cannot open %s\n", db->path);
		exit(1);
	}
	st = prepare(h, "SELECT person_id, seed FROM badges WHERE revoked_at IS NULL");
	while (sqlite3_step(st) == SQLITE_ROW) {
		int id = sqlite3_column_int(st, 0);
		if (id >= 1 && id <= BENCH_PEOPLE && sqlite3_column_bytes(st, 1) == BADGE_SEED_BYTES)
			app_badge_payload_of(app, sqlite3_column_blob(st, 1), db->payloads[id - 1]);
	}
	sqlite3_finalize(st);
	st = prepare(h, "SELECT max(day), count(*) FROM visits");
	must(sqlite3_step(st), h, "last day");
	db->last_day = sqlite3_column_int(st, 0);
	db->visits = sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	sqlite3_close(h);
	app_close(app);
}

void bench_build(struct bench_db *db)
{
	char cached[512], from[700], to[700];
	struct stat sb;
	cache_path(db->workdays, cached, sizeof cached);
	db->built_s = 0;
	if (stat(cached, &sb) != 0) {
		char part[600];
		double t0 = bench_now_us();
		mkdir("build/bench-cache", 0700);
		snprintf(part, sizeof part, "%s.part", cached);
		/* Built in a child at a lower priority: minutes of work that
		 * should not slow the machine's other users, nor this bench's own
		 * timings after it. */
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			if (nice(10) == -1)
				perror("bench: nice");
			generate(part, db->workdays);
			_exit(0);
		}
		int status = 1;
		if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "bench: building %s failed\n", part);
			exit(1);
		}
		static const char *const sides[] = { "", ".key", "-shape.db" };
		for (size_t i = 1; i < sizeof sides / sizeof sides[0]; i++) {
			snprintf(from, sizeof from, "%s%s", part, sides[i]);
			snprintf(to, sizeof to, "%s%s", cached, sides[i]);
			if (stat(from, &sb) == 0)
				rename(from, to);
		}
		rename(part, cached);
		db->built_s = (bench_now_us() - t0) / 1e6;
	}
	/* The bench writes (scans, a PIN, settings): it works on a copy. */
	static const char *const sides[] = { "", ".key", "-shape.db" };
	for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
		snprintf(from, sizeof from, "%s%s", cached, sides[i]);
		snprintf(to, sizeof to, "%s%s", db->path, sides[i]);
		unlink(to);
		if (stat(from, &sb) == 0 && !copy_file(from, to)) {
			fprintf(stderr, "bench: cannot copy %s\n", from);
			exit(1);
		}
	}
	snprintf(to, sizeof to, "%s-wal", db->path);
	unlink(to);
	snprintf(to, sizeof to, "%s-shm", db->path);
	unlink(to);
	read_back(db);
}
