/* The change feed: every change to the record also appends a row to the
 * outbox, in the same transaction, by triggers generated from one list of
 * tables (store/feed.c). The outbox is append-only, numbered without gaps;
 * `rota sync` reads it in batches and remembers how far it was sent. The
 * feed never waits for a network: it only writes this file. */
#ifndef ROTA_STORE_FEED_H
#define ROTA_STORE_FEED_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "store/db.h"

#define FEED_SITE_ID_MAX 40

/* Room for a table's name in the feed (the longest is well under it). */
#define FEED_TABLE_MAX 40

/* One batch of changes, ready for the central database. */
struct feed_batch {
	char *json;          /* a JSON array of {seq,tbl,k,op,row,p[,x]} (p: whose record, or null); owned, free() it */
	long long first_seq; /* the lowest seq in it, and its table: a batch of one names its change */
	char first_tbl[FEED_TABLE_MAX];
	long long last_seq;  /* the highest seq in it */
	int n;               /* how many changes; 0: nothing waits */
};

/* What waits to be sent and when a sync last succeeded. */
struct feed_status {
	long long waiting;   /* changes not yet sent */
	long long sent_seq;  /* every change up to this one is at the centre */
	long long last_seq;  /* the newest change */
	time_t last_ok_at;   /* 0: never */
};

/* Returns the number of tables the feed follows, and their names by index
 * (NULL past the end), in the order a copy must be filled. */
const char *feed_table(size_t i);
/* (Re)creates the feed's triggers for every listed table that exists, from
 * the table's columns as they are now; a table that had no triggers before
 * has its rows queued once as 'snapshot' changes. Called by the migrations,
 * inside their transaction, after every upgrade from version 10 on. */
enum rota_err feed_install(struct db *db);
/* Rewrites every change in the outbox that is about person_id as the row
 * is now, so no earlier text of theirs stays in it (a change not yet sent
 * still carries their hours, levels and outcomes, under the pseudonym).
 * Call inside the anonymisation's write, after it is recorded and the texts
 * are replaced: the outbox's guard refuses it before. */
enum rota_err store_feed_forget(struct db *db, long long person_id);
/* Copies this site's id (made when the records were made) into out. */
enum rota_err store_site_id(struct db *db, char *out, size_t n);
/* Reads up to limit changes after the last one sent into *b. The JSON is
 * always well-formed UTF-8 with no \u0000, as PostgreSQL's jsonb demands,
 * whatever the records hold: a change whose stored row is not (a NUL or a
 * byte that is no UTF-8 in a name an older rota or a hand edit left) has
 * each such byte as U+FFFD in its row and k, and the row's bytes exactly
 * as the outbox holds them in x, in hexadecimal. */
enum rota_err store_feed_batch(struct db *db, int limit, struct feed_batch *b);
/* Records that every change up to seq reached the centre at at. Call inside
 * a write. */
enum rota_err store_feed_sent(struct db *db, long long seq, time_t at);
/* Fills *s. */
enum rota_err store_feed_status(struct db *db, struct feed_status *s);

/* A private in-memory copy of a site's records, made from the rows the
 * central database holds, so the site's own reports run on it unchanged. */
/* Opens an empty copy (the current schema, no feed, no foreign-key checks:
 * rows arrive table by table). Free with db_close(). */
enum rota_err store_copy_open(struct db **out);
/* Puts rows (a JSON array of objects, column name to value) into table tbl
 * of the copy, replacing rows with the same key. A column the site keeps to
 * itself arrives missing: it takes its default, or random bytes where the
 * schema demands a value. */
enum rota_err store_copy_put(struct db *db, const char *tbl, const char *rows);
/* Adds to the copy's hours per person and month (and each person's total)
 * rows, a JSON array of {person_id, month, seconds} (central_month_seconds'):
 * the months of visits the copy does not hold, so the hours to date of a
 * report on a period come out as the site's. */
enum rota_err store_copy_add_month_seconds(struct db *db, const char *rows);

#endif
