/* The test harness. */
#include "tests/harness.h"

#include <stdio.h>
#include <stdlib.h>

int test_passed, test_failed;

bool test_check(bool ok, const char *desc, const char *file, int line)
{
	if (ok) {
		test_passed++;
	} else {
		test_failed++;
		printf("FAIL %s:%d: %s\n", file, line, desc);
	}
	return ok;
}

int test_report(void)
{
	printf("%d passed, %d failed\n", test_passed, test_failed);
	return test_failed ? 1 : 0;
}

const char *test_tmpdir(void)
{
	static char dir[64];
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/rota-test-XXXXXX");
		if (!mkdtemp(dir)) {
			perror("mkdtemp");
			exit(2);
		}
	}
	return dir;
}
