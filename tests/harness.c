/* The test harness. The temporary folder it hands out is removed when the
 * run ends, whatever the tests left in it. */
#include "tests/harness.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/alloc.h"

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

static char tmpdir[4096];
static pid_t tmpdir_owner;

static int remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

/* Only the process that made the folder removes it (a forked child's exit
 * must not pull it from under the parent). */
static void remove_tmpdir(void)
{
	if (tmpdir[0] && getpid() == tmpdir_owner)
		nftw(tmpdir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

const char *test_tmpdir(void)
{
	if (!tmpdir[0]) {
		/* TMPDIR first: a level that runs this binary in a folder of its
		 * own (the mutation level) removes what a crash leaves */
		const char *base = getenv("TMPDIR");
		snprintf(tmpdir, sizeof tmpdir, "%s/rota-test-XXXXXX", base && *base ? base : "/tmp");
		if (!mkdtemp(tmpdir)) {
			perror("mkdtemp");
			exit(2);
		}
		tmpdir_owner = getpid();
		atexit(remove_tmpdir);
	}
	return tmpdir;
}

char *test_read_file(const char *path)
{
	enum { MAX = 1 << 20 };
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = xmalloc(MAX);
	size_t n = fread(buf, 1, MAX - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

bool test_file_has(const char *path, const char *needle)
{
	char *buf = test_read_file(path);
	bool has = buf && strstr(buf, needle) != NULL;
	free(buf);
	return has;
}
