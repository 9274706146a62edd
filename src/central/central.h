/* The programme's central PostgreSQL: connecting by standard libpq means,
 * its own schema and migrations, receiving a site's batches of changes, and
 * handing back a site's current rows. PostgreSQL only: no SQLite, no curses;
 * the use cases in src/app decide what to send and what to compute. No
 * libpq type appears in this header. */
#ifndef ROTA_CENTRAL_CENTRAL_H
#define ROTA_CENTRAL_CENTRAL_H

#include <stdbool.h>

#include "util/err.h"

struct central;

/* Room for the server's words about a refusal (central_reason). */
#define CENTRAL_REASON_MAX 256

/* Connects to conninfo (a connection string, a URI or "service=NAME";
 * passwords come from ~/.pgpass, PGPASSFILE or the service file). A
 * conninfo that carries a password is refused (ERR_CENTRAL_PASSWORD) before
 * any connection. A server on another machine (any host that is not a Unix
 * socket's folder, localhost, 127.x or ::1, in conninfo or PGHOST/PGHOSTADDR;
 * a service's host counts as another machine) is reached only with TLS and
 * its certificate checked: with no sslmode in conninfo or PGSSLMODE rota asks
 * libpq for verify-full, and any other sslmode is refused before connecting
 * (ERR_CENTRAL_TLS_NEEDED) unless allows_unverified_tls. A certificate that
 * does not check out is ERR_CENTRAL_TLS_FAILED; a server that cannot be
 * reached is ERR_CENTRAL_UNREACHABLE (libpq's words go to the log); a
 * missing libpq is ERR_CENTRAL_LIBPQ. On success *out is the caller's; free
 * it with central_close(). */
enum rota_err central_open(const char *conninfo, bool allows_unverified_tls, struct central **out);
/* Closes the connection. NULL is fine. */
void central_close(struct central *c);
/* Creates or upgrades the central schema in one transaction; *from and *to
 * say from which version to which. A newer schema is refused
 * (ERR_CENTRAL_NEWER) and left alone. */
enum rota_err central_migrate(struct central *c, int *from, int *to);
/* Returns ERR_OK when the schema is exactly the one this rota writes, else
 * ERR_CENTRAL_SCHEMA (missing or older) or ERR_CENTRAL_NEWER. */
enum rota_err central_check(struct central *c);
/* Stores a batch of site's changes (store/feed.h's JSON array) in one
 * server transaction: each change once in the change log, keyed (site,
 * seq), with its own bytes (x) when they differ from its row; a change
 * already there skipped, and the current rows moved on. *added says how
 * many were new. A change numbered like one already there but different
 * (the site's file was restored from a backup) is ERR_CENTRAL_CLASH, and
 * nothing of the batch is stored. In the same transaction, the earlier
 * changes of a person this batch is about and whom the site anonymised
 * are rewritten as that person's rows now are; *forgot is then true (also
 * when the batch brings an anonymisation): old versions of rows hold the
 * forgotten texts until central_clear(). The server refusing the batch
 * is ERR_CENTRAL_FAILED, or ERR_CENTRAL_BUSY when it may pass later (it
 * was busy or being looked after); central_reason() has its words.
 * *held is then the centre's confirmation: every change of the site up to
 * it is here, no number missing (0 on an error). */
enum rota_err central_push(struct central *c, const char *site, const char *batch, long long *added,
                           bool *forgot, long long *held);
/* Rewrites the tables central_push rewrites (VACUUM FULL, outside any
 * transaction: call it after the batches are committed), so their files
 * keep no old version of a row, and with it no text a site forgot. Waits
 * at most a minute for the tables; errors as central_push's. */
enum rota_err central_clear(struct central *c);
/* The server's words (its primary message, one line) for the last refusal
 * on c; "" before any. Valid until the next call on c. */
const char *central_reason(const struct central *c);
/* Calls fn with each site's id, in order. */
enum rota_err central_sites(struct central *c, void (*fn)(const char *site, void *ctx), void *ctx);
/* Sets *last to the highest change number the centre holds of site (0:
 * none), set aside or not. */
enum rota_err central_site_seq(struct central *c, const char *site, long long *last);
/* Sets *first to the lowest number in batch (store/feed.h's JSON array),
 * among those up to upto, whose change the centre does not hold as it is
 * in the batch (missing, other content, or set aside); 0 when it holds
 * them all. Changes nothing. */
enum rota_err central_first_unheld(struct central *c, const char *site, const char *batch, long long upto,
                                   long long *first);
/* Sets aside, in one transaction, every change of site numbered above
 * after and up to upto that is not set aside yet (kept in the log, marked with the
 * time), and makes each current row they touched the latest change left,
 * or no row; *n says how many. For a site put back from a backup, whose
 * records no longer hold them (rota central resume-site). */
enum rota_err central_set_aside(struct central *c, const char *site, long long after, long long upto, long long *n);
/* Sets *rows to a JSON array of the site's current rows of table tbl (each
 * an object, column to value); the caller frees it with free(). */
enum rota_err central_rows(struct central *c, const char *site, const char *tbl, char **rows);
/* As central_rows, only the rows whose number at key (a column holding a
 * day YYYYMMDD or a time in epoch seconds) lies from from to to, both
 * included; a row without it is left out. */
enum rota_err central_rows_between(struct central *c, const char *site, const char *tbl, const char *key,
                                   long long from, long long to, char **rows);
/* Sets *rows to a JSON array of {person_id, month (YYYYMM), seconds}: for
 * each person and month before the month of day before (YYYYMMDD), the
 * seconds of the site's closed visits that began in it, by the site's hour
 * rule (a closed visit its span, never negative; nothing else); a month
 * with no closed visit may be absent or 0. What a report on the visits
 * from the first of a month on needs for its hours to date. The caller
 * frees it with free(). */
enum rota_err central_month_seconds(struct central *c, const char *site, int before, char **rows);
/* Lets role (an existing role of the server: rota never creates one) read
 * the analyst views (central/views.h), read-only, and in them only site's
 * rows (site NULL: every site's); with special, the special-category
 * entry data of those sites too. A grant adds to the role's earlier ones;
 * the same grant twice is one. A role the server does not know is
 * ERR_CENTRAL_NO_ROLE, a site never synced ERR_CENTRAL_NO_SITE; nothing is
 * granted then. Other errors as central_push's. */
enum rota_err central_grant(struct central *c, const char *site, const char *role, bool special);

#endif
