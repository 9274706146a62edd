/* Fuzz target: opening a database file from any bytes, through the same
 * path every command takes (app_open without create), then reading it as
 * the commands do (settings, people, visits, the review queue, the month's
 * hours) and closing it. Whatever the bytes, rota answers with an error
 * code or data: never a crash, never a hang. A fixed badge key lies
 * beside the file, so reads get past the key check. */
#include "tests/fuzz/fuzz.h"

#include <fcntl.h>
#include <unistd.h>

#include "app/app.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/review.h"
#include "app/visits.h"

static char dir[512];

static char *path_with(const char *suffix)
{
	static char p[600];
	snprintf(p, sizeof p, "%s/rota.db%s", dir, suffix);
	return p;
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	FUZZ_ASSERT(fd >= 0, "cannot write the temporary file");
	FUZZ_ASSERT(size == 0 || write(fd, data, size) == (ssize_t)size, "a short write");
	close(fd);
}

/* The temporary folder goes when the fuzzer ends. */
static void remove_dir(void)
{
	static const char *const files[] = { "", "-wal", "-shm", "-journal", ".key", ".log" };
	for (int i = 0; i < 6; i++)
		unlink(path_with(files[i]));
	rmdir(dir);
}

static void on_visit(const struct visit_row *row, void *ctx) { (void)row, (void)ctx; }
static void on_hours(const struct hours_row *row, void *ctx) { (void)row, (void)ctx; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The key of the seed small-workshop, so its badges check. */
	static const uint8_t key[APP_BADGE_KEY_BYTES] = {
		15, 153, 193, 49, 81, 22, 119, 245, 192, 175, 43, 0, 215, 116, 192, 238,
		200, 39, 46, 70, 118, 176, 26, 255, 51, 103, 86, 46, 183, 231, 88, 247,
	};
	if (!dir[0]) {
		const char *tmp = getenv("TMPDIR");
		snprintf(dir, sizeof dir, "%s/rota-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		FUZZ_ASSERT(mkdtemp(dir) != NULL, "no temporary folder");
		atexit(remove_dir);
	}
	/* Nothing of the last input may be read again: no journal, no WAL. */
	static const char *const leftovers[] = { "-wal", "-shm", "-journal" };
	for (int i = 0; i < 3; i++)
		unlink(path_with(leftovers[i]));
	write_file(path_with(".key"), key, sizeof key);
	write_file(path_with(""), data, size);

	struct app *app = NULL;
	if (app_open(path_with(""), false, "fuzz", &app) == ERR_OK) {
		const char *k;
		char value[160];
		struct person *people = NULL;
		struct review_item *items = NULL;
		size_t n = 0;
		for (int i = 0; app_config_item(app, i, &k, value, sizeof value); i++)
			;
		if (app_person_list(app, false, &people, &n) == ERR_OK)
			free(people);
		app_visits_each(app, 20000101, 20991231, on_visit, NULL);
		if (app_review_items(app, 1800000000, &items, &n) == ERR_OK)
			free(items);
		app_hours_month(app, 202611, 1800000000, on_hours, NULL);
	}
	app_close(app);
	return 0;
}
