/* Export, anonymisation and retention of one person's data. */
#include "app/personal.h"

#include <stdio.h>
#include <string.h>

#include "app/entry.h"
#include "store/db.h"
#include "store/people.h"
#include "store/personal.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"

static enum rota_err person_export(struct app *app, long long person_id, void (*begin)(const char *table, void *ctx),
                                   personal_row_fn row, void *ctx)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, person_id, &p);
	for (size_t i = 0; e == ERR_OK && i < store_personal_tables(); i++) {
		begin(store_personal_table_name(i), ctx);
		e = store_personal_table(app->db, i, person_id, row, ctx);
	}
	return e;
}

enum rota_err app_person_export(struct app *app, long long person_id, void (*begin)(const char *table, void *ctx),
                                personal_row_fn row, void *ctx)
{
	/* Every table of a data-access request as it was at one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, person_export(app, person_id, begin, row, ctx));
}

/* The anonymisation, in the records of app: recorded as by's when by is
 * given (> 0), each text replaced, freed space zeroed and the write-ahead
 * log emptied. When check_by, by must be a coordinator here. */
static enum rota_err anonymise(struct app *app, long long person_id, long long by, bool check_by,
                               const char *reason, time_t now, char *pseudonym, size_t n)
{
	enum rota_err bad = text_check_err(reason, TEXT_LINE, TEXT_REASON_CHARS);
	if (bad != ERR_OK)
		return bad;
	/* TRANSLATORS: the name an anonymised participant is given; %lld is their number. */
	snprintf(pseudonym, n, _("Participant %lld"), person_id);
	store_secure_delete(app->db, true);
	enum rota_err e = db_begin_write(app->db);
	if (e == ERR_OK) {
		struct person p;
		bool done = false;
		e = store_person_get(app->db, person_id, &p);
		if (e == ERR_OK && p.role != ROLE_PARTICIPANT)
			e = ERR_NOT_PARTICIPANT;
		if (e == ERR_OK && check_by)
			e = app_require_coordinator(app, by);
		if (e == ERR_OK)
			e = store_person_is_anonymised(app->db, person_id, &done);
		if (e == ERR_OK && done)
			e = ERR_ALREADY_ANONYMISED;
		struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
		if (e == ERR_OK)
			e = store_person_anonymise(app->db, person_id, pseudonym, &c);
		e = db_end_write(app->db, e);
	}
	if (e == ERR_OK) {
		/* A rename's log line holds the names before and after. */
		char needle[64], with[64];
		snprintf(needle, sizeof needle, "person %lld renamed ", person_id);
		snprintf(with, sizeof with, "person %lld renamed (anonymised since)", person_id);
		if (!log_redact(needle, with))
			log_msg(LOG_WARN, "anonymisation of %lld: the log could not be cleared of the names", person_id);
		enum rota_err s = store_scrub(app->db);
		if (s != ERR_OK)
			log_msg(LOG_WARN, "anonymisation of %lld: the log was not emptied (%s)", person_id, err_name(s));
	}
	store_secure_delete(app->db, false);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_WARN, "anonymisation of person %lld by %lld: %s", person_id, by,
	        err_name(e));
	return e;
}

enum rota_err app_person_anonymise(struct app *app, long long person_id, long long by, const char *reason,
                                   time_t now, char *pseudonym, size_t n)
{
	return anonymise(app, person_id, by, true, reason, now, pseudonym, n);
}

enum rota_err app_person_anonymise_copy(struct app *app, long long person_id, long long by, const char *reason,
                                        time_t now, char *pseudonym, size_t n)
{
	/* The coordinator may have come after the copy was made. */
	if (app_require_coordinator(app, by) != ERR_OK)
		by = 0;
	return anonymise(app, person_id, by, false, reason, now, pseudonym, n);
}

static enum rota_err retention_each_read(struct app *app, int years, time_t now, retention_fn fn, void *ctx)
{
	if (years < 1 || years > 100)
		return ERR_INVALID;
	return store_retention_each(app->db, date_ymd(now) - years * 10000, fn, ctx);
}

enum rota_err app_retention_each(struct app *app, int years, time_t now, retention_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, retention_each_read(app, years, now, fn, ctx));
}
