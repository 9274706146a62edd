/* Entry data, outcomes and team meetings. Both are only ever added to:
 * a field's newest row is its value, and a meeting, once recorded, stays
 * (its texts change only when its person is anonymised). */
#ifndef ROTA_STORE_ENTRY_H
#define ROTA_STORE_ENTRY_H

#include <time.h>

#include "core/entry.h"
#include "core/meeting.h"
#include "store/db.h"


/* Records value ("" clears) as the new value of field for person_id, by
 * and at c. */
enum rota_err store_entry_set(struct db *db, long long person_id, enum entry_field field, const char *value,
                              const struct change *c);
/* Reads the current values of person_id into *out ("" for fields never
 * recorded or cleared). */
enum rota_err store_entry_get(struct db *db, long long person_id, struct entry_data *out);
/* Calls fn for every recorded change of person_id's fields, oldest first
 * (entry_facts_person: one person's rows, never the table). */
enum rota_err store_entry_history_each(struct db *db, long long person_id, entry_change_fn fn, void *ctx);

/* Records m (its id and at are ignored; c gives who and when); *id
 * receives the new id (may be NULL). */
enum rota_err store_meeting_insert(struct db *db, const struct meeting *m, const struct change *c, long long *id);
/* Calls fn for person_id's meetings by day, then id. */
enum rota_err store_meeting_each(struct db *db, long long person_id, meeting_fn fn, void *ctx);

#endif
