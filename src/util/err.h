/* Error codes: one X-macro list of names. Functions return an enum rota_err
 * and pass results through out-parameters; technical detail goes to the log.
 * The words for a code are its reader's: out/err_words.h holds the calm
 * sentence each says at the door, out/refusal_words.h the mentor's and the
 * shell's. A new code gets its sentence there (a unit test holds every code
 * to one). */
#ifndef ROTA_UTIL_ERR_H
#define ROTA_UTIL_ERR_H

#define ROTA_ERRORS(X) \
	X(OK) \
	X(DB_OPEN) \
	X(DB_NEWER) \
	X(DB_NOT_ROTA) \
	X(DB_BUSY) \
	X(DB_WRITE) \
	X(NOT_FOUND) \
	X(CONFLICT) \
	X(INVALID) \
	X(BADGE_UNREADABLE) \
	X(BADGE_UNKNOWN) \
	X(BADGE_REPLACED) \
	X(BADGE_NUMBER) \
	X(BADGE_IN_USE) \
	X(BADGE_IS_CARD) \
	X(PERSON_INACTIVE) \
	X(PIN_WRONG) \
	X(PIN_FORMAT) \
	X(BADGE_KEY) \
	X(NOT_MENTOR) \
	X(NOT_COORDINATOR) \
	X(NO_PIN) \
	X(LOCKED) \
	X(DOOR_PAUSED) \
	X(NEEDS_MENTOR) \
	X(UNDO_TOO_LATE) \
	X(FILE_WRITE) \
	X(FILE_RECORDS) \
	X(BACKUP_BAD) \
	X(BACKUP_FULL) \
	X(RESTORE_BAD) \
	X(RESTORE_NEWER) \
	X(RESTORE_NO_KEY) \
	X(RESTORE_KEY_WRONG) \
	X(RESTORE_SCHEMA) \
	X(VISIT_FUTURE) \
	X(VISIT_ORDER) \
	X(VISIT_OVERLAP) \
	X(VISIT_BEFORE_START) \
	X(ABSENCE_PRESENT) \
	X(VISITS_AFTER_END) \
	X(VISIT_REASON) \
	X(TIME_FORMAT) \
	X(VISIT_DAY) \
	X(VISIT_UNDONE) \
	X(VISIT_NOT_HELD) \
	X(DAYS_RANGE) \
	X(END_BEFORE_START) \
	X(ABSENCE_REASON) \
	X(NOT_PARTICIPANT) \
	X(ALREADY_ANONYMISED) \
	X(NOT_ANONYMISED) \
	X(ENTRY_VALUE) \
	X(UNKNOWN_TOPIC) \
	X(PROCESS_CODE) \
	X(PROCESS_CAPACITY) \
	X(PROCESS_INACTIVE) \
	X(MONTH_CLOSED) \
	X(MONTH_CLOSED_ALREADY) \
	X(MONTH_OPEN) \
	X(TEXT_ENCODING) \
	X(TEXT_CONTROL) \
	X(TEXT_BIDI) \
	X(TEXT_BLANK) \
	X(TEXT_TOO_LONG) \
	X(SHEET_CARD) \
	X(DOCUMENT) \
	X(SOUND_SPEECH) \
	X(DB_EMPTY) \
	X(DB_DAMAGED) \
	X(DB_WAL_FOREIGN) \
	X(DB_READONLY) \
	X(DB_FULL) \
	X(BADGE_KEY_WRONG) \
	X(KIOSK_SETUP) \
	X(CENTRAL_UNREACHABLE) \
	X(CENTRAL_BUSY) \
	X(CENTRAL_PASSWORD) \
	X(CENTRAL_TLS_NEEDED) \
	X(CENTRAL_TLS_FAILED) \
	X(CENTRAL_LIBPQ) \
	X(CENTRAL_SCHEMA) \
	X(CENTRAL_NEWER) \
	X(CENTRAL_FAILED) \
	X(CENTRAL_CLASH) \
	X(CENTRAL_BEHIND) \
	X(CENTRAL_NO_SITE) \
	X(CENTRAL_NO_ROLE) \
	X(CENTRAL_UNCLEARED) \
	X(FILE_NOT_PLAIN)

#define ROTA_ERR_ENUM(name) ERR_##name,
enum rota_err { ROTA_ERRORS(ROTA_ERR_ENUM) ERR__COUNT };
#undef ROTA_ERR_ENUM

/* Returns the stable technical name of e ("BADGE_UNKNOWN"), for logs and tests. */
const char *err_name(enum rota_err e);

#endif
