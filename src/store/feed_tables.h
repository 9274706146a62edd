/* The tables the change feed follows, as one X-macro list, so the feed's
 * triggers (store/feed.c) and anything that must name them all (the tests'
 * way back to an older schema) read the same list. Each entry:
 * X(table, private columns, which rows) — the private columns (" a b ")
 * stay on the site and are never sent; "which rows" is a condition on NEW
 * that a change must meet to be sent ("1": every change). Listed in the
 * order a copy is filled: people before what refers to them.
 *
 * A setting that is only this kiosk's working state stays out: the door's
 * wrong-PIN state is written on every wrong PIN and would flood the outbox
 * with changes no report reads. */
#ifndef ROTA_STORE_FEED_TABLES_H
#define ROTA_STORE_FEED_TABLES_H

#define FEED_TABLES(X) \
	X(settings, "", "NEW.key <> 'door_pin_guard'") \
	X(people, " pin_hash pin_failures pin_locked_until badge_pin_failures badge_pin_locked_until ", "1") \
	X(processes, "", "1") \
	X(skills, "", "1") \
	X(badges, " seed payload_hash ", "1") \
	X(visits, "", "1") \
	X(visit_history, "", "1") \
	X(progress, "", "1") \
	X(notes, "", "1") \
	X(goals, "", "1") \
	X(goal_status, "", "1") \
	X(groups, "", "1") \
	X(group_members, "", "1") \
	X(assignments, "", "1") \
	X(closures, "", "1") \
	X(absences, "", "1") \
	X(entry_facts, "", "1") \
	X(meetings, "", "1") \
	X(anonymisations, "", "1") \
	X(month_closes, "", "1") \
	X(month_rows, "", "1") \
	X(month_cells, "", "1") \
	X(month_amendments, "", "1") \
	X(person_transport, "", "1") \
	X(esf_exports, "", "1")

#endif
