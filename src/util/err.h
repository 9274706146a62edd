/* Error codes: one X-macro list, each with a calm, translatable sentence for
 * the person at the kiosk. Functions return an enum rota_err and pass results
 * through out-parameters; technical detail goes to the log. */
#ifndef ROTA_UTIL_ERR_H
#define ROTA_UTIL_ERR_H

#define ROTA_ERRORS(X) \
	X(OK,              N_("Done.")) \
	X(DB_OPEN,         N_("The records could not be opened. Please ask a coordinator.")) \
	X(DB_NEWER,        N_("These records were made by a newer version of rota. Please ask a coordinator.")) \
	X(DB_NOT_ROTA,     N_("This file is not a rota database.")) \
	X(DB_BUSY,         N_("The records are busy just now. Please try again in a moment.")) \
	X(DB_WRITE,        N_("This could not be saved. Nothing was changed. Please ask a mentor.")) \
	X(NOT_FOUND,       N_("This was not found.")) \
	X(CONFLICT,        N_("This name or code is already in use. Nothing was changed.")) \
	X(INVALID,         N_("This input is not valid. Nothing was changed.")) \
	X(BADGE_UNREADABLE,N_("This card could not be read. Please try again, or ask a mentor.")) \
	X(BADGE_UNKNOWN,   N_("This card is not known here. Please ask a mentor.")) \
	X(BADGE_REPLACED,  N_("This card was replaced. Please use your new card, or ask a mentor.")) \
	X(BADGE_NUMBER,    N_("A card number has 6 to 20 digits, or digits and the letters A to F. Nothing was changed.")) \
	X(BADGE_IN_USE,    N_("This card is a badge here already, or was one before, so it cannot be enrolled again. Nothing was changed.")) \
	X(BADGE_IS_CARD,   N_("This badge is an enrolled card: only a fingerprint of its number is kept, so its number and QR code cannot be shown.")) \
	X(PERSON_INACTIVE, N_("This card is not active just now. Please ask a mentor.")) \
	X(PIN_WRONG,       N_("That PIN did not match. Please try again, or ask a mentor.")) \
	X(PIN_FORMAT,      N_("A PIN has 4 to 8 digits.")) \
	X(BADGE_KEY,       N_("The badge key file beside the records is missing or damaged. Please ask a coordinator to restore it from the backup.")) \
	X(NOT_MENTOR,      N_("Only mentors can open mentor mode.")) \
	X(NOT_COORDINATOR, N_("Only a coordinator can change this. Nothing was changed.")) \
	X(NO_PIN,          N_("Mentor mode needs a PIN first. Please ask a coordinator to set one.")) \
	X(LOCKED,          N_("Too many wrong PINs. This PIN is paused for now. A coordinator can open it again.")) \
	X(DOOR_PAUSED,     N_("Too many wrong PINs here. Checking in by name is paused for a few minutes. Please scan your card, or ask a mentor.")) \
	X(NEEDS_MENTOR,    N_("To check in by name, please ask a mentor to scan their card.")) \
	X(UNDO_TOO_LATE,   N_("It is too late to undo this here. A mentor can correct it.")) \
	X(FILE_WRITE,      N_("A file could not be written there. Please check the folder and the free space.")) \
	X(FILE_RECORDS,    N_("That is the name of the workshop's own records file (the database, its badge key, its log or a backup), so nothing was written. Please choose another file name.")) \
	X(BACKUP_BAD,      N_("The copy did not match the records, so it was not kept. The records are unchanged.")) \
	X(BACKUP_FULL,     N_("The disk the backup goes to is full, so no copy was kept. The records are unchanged. Please free some space there, or choose another folder with --to.")) \
	X(RESTORE_BAD,     N_("This file is not a sound rota backup. Nothing was restored.")) \
	X(RESTORE_NEWER,   N_("The records here are newer than the backup. Nothing was restored.")) \
	X(RESTORE_NO_KEY,  N_("The badge key file of this backup (its name and .key) is missing. Nothing was restored.")) \
	X(RESTORE_KEY_WRONG, N_("The badge key file of this backup (its name and .key) does not belong to its records, so no card would work with them. Nothing was restored.")) \
	X(RESTORE_SCHEMA,  N_("The tables of this backup are not the ones rota makes: it was changed by hand or by another program. Nothing was restored.")) \
	X(VISIT_FUTURE,    N_("A time later than now cannot be recorded yet. Nothing was changed.")) \
	X(VISIT_ORDER,     N_("The check-out must come after the check-in, on the same or the next day. Nothing was changed.")) \
	X(VISIT_OVERLAP,   N_("This person has another visit at that time. Nothing was changed.")) \
	X(VISIT_BEFORE_START, N_("This day is before the person was registered here. Nothing was changed.")) \
	X(ABSENCE_PRESENT, N_("The person was here on a day of this absence, and a day is either present or excused. Nothing was changed.")) \
	X(VISITS_AFTER_END, N_("The person has visits after this day, so their programme cannot end before them. Nothing was changed.")) \
	X(VISIT_REASON,    N_("Please write why, in a few words. Nothing was changed.")) \
	X(TIME_FORMAT,     N_("A time is written like 16:30, and a day like 2026-11-23. Nothing was changed.")) \
	X(VISIT_DAY,       N_("The check-in must be on the visit's own day. Nothing was changed.")) \
	X(VISIT_UNDONE,    N_("This visit was undone at the kiosk, so it cannot be corrected. Nothing was changed.")) \
	X(DAYS_RANGE,      N_("The last day must be the first day or later, and at most a year after it. Nothing was changed.")) \
	X(ABSENCE_REASON,  N_("This is not one of the workshop's reasons for an absence. Nothing was changed.")) \
	X(NOT_PARTICIPANT, N_("This person is not a participant, and this is only for participants. Nothing was changed.")) \
	X(ENTRY_VALUE,     N_("This field does not take that value. Nothing was changed.")) \
	X(UNKNOWN_TOPIC,   N_("This process or skill is not one the workshop has. Nothing was recorded.")) \
	X(MONTH_CLOSED,    N_("This day is in a month that was closed and signed. Only a coordinator can change it, with a reason; the change is then recorded as an amendment and shown on the next list. Nothing was changed.")) \
	X(MONTH_CLOSED_ALREADY, N_("This month is closed already. Nothing was changed.")) \
	X(MONTH_OPEN,      N_("This month is not closed. A coordinator closes it first: rota month close. Nothing was made.")) \
	X(TEXT_ENCODING,   N_("This text has a broken or unknown character in it. Please type it again. Nothing was changed.")) \
	X(TEXT_CONTROL,    N_("Text may not contain control characters (such as Escape). Nothing was changed.")) \
	X(TEXT_BIDI,       N_("Text may not contain characters that turn the writing direction around. Nothing was changed.")) \
	X(TEXT_BLANK,      N_("This text is empty or only spaces. Please write something. Nothing was changed.")) \
	X(TEXT_TOO_LONG,   N_("This text is too long. Please make it shorter. Nothing was changed.")) \
	X(SHEET_CARD,      N_("A badge could not be drawn, so no sheet was written.")) \
	X(DOCUMENT,        N_("The document could not be drawn whole, so no file was written. The log beside the records says why.")) \
	X(SOUND_SPEECH,    N_("The door cannot speak: eSpeak NG is not installed on this machine, or lacks this language (on Debian: apt install espeak-ng). Everything else works; tones need nothing.")) \
	X(DB_EMPTY,        N_("The records file is empty: it holds no records. Restore the last backup: rota restore FILE")) \
	X(DB_DAMAGED,      N_("The records file is damaged. Nothing was changed. Restore the last backup: rota restore FILE")) \
	X(DB_WAL_FOREIGN,  N_("The journal beside the records file (its -wal file) belongs to other records. Nothing was read from it and nothing was changed. Please ask a coordinator.")) \
	X(DB_READONLY,     N_("The records cannot be written: the file or its folder is read-only. Please ask a coordinator.")) \
	X(DB_FULL,         N_("The disk is full, so nothing could be saved. Please free some space and try again.")) \
	X(BADGE_KEY_WRONG, N_("The badge key file beside the records belongs to other records. Please ask a coordinator to restore the right one from the backup.")) \
	X(KIOSK_SETUP,     N_("This kiosk is not set up right — please call the coordinator.")) \
	X(CENTRAL_UNREACHABLE, N_("The central database cannot be reached just now. Nothing is lost: the next sync sends everything.")) \
	X(CENTRAL_BUSY,    N_("The central database could not answer just now: it is busy or being looked after. Nothing is lost: the next sync sends everything.")) \
	X(CENTRAL_PASSWORD, N_("A password does not belong in the connection string. Put it in ~/.pgpass or a PostgreSQL service file.")) \
	X(CENTRAL_TLS_NEEDED, N_("The central database is on another machine, so rota reaches it only with its certificate checked (sslmode=verify-full), and this connection string asks for less. Nothing was sent. Use sslmode=verify-full, or --unverified-tls on a network you trust.")) \
	X(CENTRAL_TLS_FAILED, N_("The central database's certificate could not be checked, so nothing was sent. Give its certificate authority with sslrootcert=FILE in the connection string, and its name as the certificate names it (host=).")) \
	X(CENTRAL_LIBPQ,   N_("The PostgreSQL client library (libpq) is not installed on this machine.")) \
	X(CENTRAL_SCHEMA,  N_("The central database is not set up for rota yet. Run 'rota central init --to ...' first.")) \
	X(CENTRAL_NEWER,   N_("The central database was set up by a newer version of rota. Please update rota here.")) \
	X(CENTRAL_FAILED,  N_("The central database refused this, and the log beside the records says why: please show it to whoever runs the central database.")) \
	X(CENTRAL_CLASH,   N_("The central database already holds other changes under these numbers: were these records restored from a backup? Nothing was sent. A coordinator can go on from here with 'rota central resume-site --to ...'.")) \
	X(CENTRAL_BEHIND,  N_("The central database holds fewer of this site's changes than it once confirmed: was it restored from a backup? Nothing was changed. Please ask whoever runs the central database.")) \
	X(CENTRAL_NO_SITE, N_("No site with this id has sent its records to the central database.")) \
	X(CENTRAL_NO_ROLE, N_("The central database has no role of this name. Whoever runs it creates it first (CREATE ROLE), with its login and password.")) \
	X(CENTRAL_UNCLEARED, N_("The changes were sent, but the central database could not clear the forgotten texts from its tables just now: please ask whoever runs it to run VACUUM FULL on change_log and current_row.")) \
	X(FILE_NOT_PLAIN,  N_("There is something under this name that is not a plain file (a device, a pipe, a folder or a link), so nothing was written and it was left as it is. Please choose a new file name."))

#define ROTA_ERR_ENUM(name, msg) ERR_##name,
enum rota_err { ROTA_ERRORS(ROTA_ERR_ENUM) ERR__COUNT };
#undef ROTA_ERR_ENUM

/* Returns the translated sentence for e, in the current language. */
const char *err_message(enum rota_err e);
/* Returns the stable technical name of e ("BADGE_UNKNOWN"), for logs and tests. */
const char *err_name(enum rota_err e);

#endif
