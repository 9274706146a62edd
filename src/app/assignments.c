/* Who works where: a participant's assignment to a process with a mentor,
 * and the station and mentor the greeting shows. */
#include "app/assignments.h"

#include <string.h>

#include "app/mentor.h"
#include "app/processes.h"
#include "store/db.h"
#include "store/people.h"
#include "store/rotation.h"
#include "util/text.h"

enum rota_err app_assign(struct app *app, long long person_id, const char *code, long long mentor_id,
                         long long by, const char *reason, time_t now)
{
	struct person p;
	struct process proc;
	enum rota_err e = app_begin_write_with_reason(app, reason);
	if (e != ERR_OK)
		return e;
	/* Checked under the write lock: nobody can stop the person, the mentor
	 * or the station between the check and the assignment. */
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK && p.role != ROLE_PARTICIPANT)
		e = ERR_NOT_PARTICIPANT;
	if (e == ERR_OK && !p.is_active)
		e = ERR_PERSON_INACTIVE;
	if (e == ERR_OK) {
		e = app_process_find(app, code, &proc);
		if (e == ERR_NOT_FOUND)
			e = ERR_UNKNOWN_TOPIC;
	}
	if (e == ERR_OK && !proc.is_active)
		e = ERR_PROCESS_INACTIVE;
	if (e == ERR_OK)
		e = app_require_mentor(app, mentor_id);
	struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
	if (e == ERR_OK)
		e = store_assign(app->db, person_id, code, mentor_id, &c);
	return db_end_write(app->db, e);
}

enum rota_err app_assignment_current(struct app *app, long long person_id, bool *found, struct assignment *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_assignment_current(app->db, person_id, found, out));
}

static enum rota_err work_today_read(struct app *app, long long person_id, struct work_today *out)
{
	char mentor[PERSON_NAME_MAX];
	memset(out, 0, sizeof *out);
	enum rota_err e = store_assignment_station(app->db, person_id, &out->has, &out->process, mentor, sizeof mentor);
	if (e == ERR_OK && out->has) {
		size_t first = strcspn(mentor, " ");
		text_copy(out->mentor_first, first + 1 < sizeof out->mentor_first ? first + 1 : sizeof out->mentor_first,
		          mentor);
	}
	return e;
}

enum rota_err app_work_today(struct app *app, long long person_id, struct work_today *out)
{
	memset(out, 0, sizeof *out);
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, work_today_read(app, person_id, out));
}
