/* The screen test suites. */
#ifndef ROTA_TESTS_SCREENS_SUITES_H
#define ROTA_TESTS_SCREENS_SUITES_H

void suite_input(void);
void suite_kiosk(void);

#endif
