/* The screen test suites. */
#ifndef ROTA_TESTS_SCREENS_SUITES_H
#define ROTA_TESTS_SCREENS_SUITES_H

#include <curses.h>

/* The xterm screen the suites run on; a suite that makes another returns to it. */
extern SCREEN *screens_main;

void suite_input(void);
void suite_kiosk(void);
void suite_mentor(void);
void suite_calendar_screens(void);
/* TERM=linux; runs last (see test_kiosk.c). */
void suite_console(void);

#endif
