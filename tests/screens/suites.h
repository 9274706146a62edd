/* The screen test suites. */
#ifndef ROTA_TESTS_SCREENS_SUITES_H
#define ROTA_TESTS_SCREENS_SUITES_H

#include <curses.h>

/* The xterm screen the suites run on; a suite that makes another returns to it. */
extern SCREEN *screens_main;

void suite_input(void);
void suite_keys(void);
void suite_kiosk(void);
void suite_mentor(void);
/* The door's PIN, name list and greeting window. */
void suite_door(void);
/* Yes and no in the reader's language, "Checking …" before a PIN's check,
 * a typed number worded as a number. */
void suite_door_words(void);
void suite_visits(void);
void suite_drafts(void);
void suite_calendar_screens(void);
/* The door's sound: tones and speech as the player gets them. */
void suite_door_sound(void);
/* TERM=linux; runs last (see test_kiosk.c). */
void suite_console(void);
void suite_scan_anywhere(void);
/* An enrolled card's number checks in at the door and beside a mentor. */
void suite_cards(void);
/* Every screen of screens.h's table records a scan, at 80x24 and too small. */
void suite_every_screen(void);
/* Every screen of the table shows its keys' hint line on the same row, and
 * F1 lists them all. */
void suite_every_screen_keys(void);
/* Fit and words on the mentor lists in sl, hr and en; Esc and F10. */
void suite_fit(void);
/* Fit and words on the participant's screens, in sl, hr and en. */
void suite_fit_file(void);
/* Text from the records drawn visibly, and a participant's file with nothing in it. */
void suite_text_screens(void);
void suite_records_screens(void);
/* Closing and reopening a month at the kiosk: a coordinator's, with a yes. */
void suite_months_screen(void);
/* The greeting's name in big letters, with its fallback, and the in/out sign. */
void suite_greeting_name(void);
/* A closed day at the door and beside a mentor; the kiosk's closure form. */
void suite_closed_day(void);

/* Dates on the mentor's screens in the reader's form, in sl, hr and en. */
void suite_dates_screens(void);

#endif
