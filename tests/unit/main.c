/* Level 1: unit tests of core, util, store and the use cases. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/i18n.h"

int main(void)
{
	setenv("TZ", "Europe/Ljubljana", 1);
	tzset();
	i18n_init();
	i18n_set_lang("en");
	suite_core();
	suite_util();
	suite_store();
	suite_app();
	suite_badges();
	suite_mentor();
	suite_rotation();
	suite_db();
	suite_opt();
	suite_backup();
	suite_log();
	suite_calendar();
	suite_text();
	suite_locks();
	suite_fuzz_finds();
	suite_records();
	suite_kept();
	suite_feed();
	suite_snapshot();
	suite_whole();
	suite_refusal();
	suite_sound();
	suite_records_check();
	suite_month();
	suite_suppress();
	printf("unit: ");
	return test_report();
}
