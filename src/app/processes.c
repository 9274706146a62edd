/* The work processes as stations: their names, their rules, adding and
 * changing them. */
#include "app/processes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "store/db.h"
#include "store/processes.h"
#include "store/rotation.h"
#include "util/i18n.h"
#include "util/text.h"

const char *app_process_name_in(const struct process *p, const char *lang)
{
	return !strcmp(lang, "sl") ? p->name_sl : !strcmp(lang, "hr") ? p->name_hr : p->name_en;
}

const char *app_process_name(const struct process *p) { return app_process_name_in(p, i18n_lang()); }

enum rota_err app_processes(struct app *app, struct process **out, size_t *n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_process_list(app->db, out, n));
}

/* ERR_OK for a process app_process_add takes; else ERR_PROCESS_CODE for a
 * bad code, ERR_PROCESS_CAPACITY for a capacity outside 0..99, or the text
 * gate's error for a bad name. */
static enum rota_err process_check(const struct process *p)
{
	size_t len = strlen(p->code);
	if (len == 0 || len > 31)
		return ERR_PROCESS_CODE;
	for (size_t i = 0; i < len; i++)
		if (!islower((unsigned char)p->code[i]) && !isdigit((unsigned char)p->code[i]) &&
		    p->code[i] != '_' && p->code[i] != '-')
			return ERR_PROCESS_CODE;
	if (p->capacity < 0 || p->capacity > 99)
		return ERR_PROCESS_CAPACITY;
	const char *const names[] = { p->name_sl, p->name_hr, p->name_en };
	for (int i = 0; i < 3; i++) {
		enum rota_err e = person_name_check(names[i]);
		if (e != ERR_OK)
			return e;
	}
	return ERR_OK;
}

static enum rota_err write_process(struct app *app, const struct process *p, bool is_new)
{
	enum rota_err e = process_check(p);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = is_new ? store_process_insert(app->db, p) : store_process_update(app->db, p);
	return db_end_write(app->db, e);
}

enum rota_err app_process_add(struct app *app, const struct process *p) { return write_process(app, p, true); }

enum rota_err app_process_update(struct app *app, const struct process *p) { return write_process(app, p, false); }

static enum rota_err find_process(struct app *app, const char *code, struct process *out)
{
	struct process *list;
	size_t n;
	enum rota_err e = store_process_list(app->db, &list, &n);
	if (e != ERR_OK)
		return e;
	e = ERR_NOT_FOUND;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i].code, code)) {
			*out = list[i];
			e = ERR_OK;
		}
	free(list);
	return e;
}

enum rota_err app_process_find(struct app *app, const char *code, struct process *out)
{
	/* Inside a caller's write this is a nested level of that write. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, find_process(app, code, out));
}

enum rota_err app_process_edit(struct app *app, const char *code, const struct process_patch *patch)
{
	struct process p;
	/* Checked whole, before a copy could cut a long name to fit. */
	const char *const names[] = { patch->name_sl, patch->name_hr, patch->name_en };
	for (int i = 0; i < 3; i++) {
		enum rota_err bad = names[i] ? person_name_check(names[i]) : ERR_OK;
		if (bad != ERR_OK)
			return bad;
	}
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = find_process(app, code, &p);
	if (e == ERR_OK) {
		if (patch->name_sl)
			text_copy(p.name_sl, sizeof p.name_sl, patch->name_sl);
		if (patch->name_hr)
			text_copy(p.name_hr, sizeof p.name_hr, patch->name_hr);
		if (patch->name_en)
			text_copy(p.name_en, sizeof p.name_en, patch->name_en);
		if (patch->position >= 0)
			p.position = patch->position;
		if (patch->capacity >= 0)
			p.capacity = patch->capacity;
		if (patch->active >= 0)
			p.is_active = patch->active > 0;
		e = process_check(&p);
	}
	if (e == ERR_OK)
		e = store_process_update(app->db, &p);
	return db_end_write(app->db, e);
}
