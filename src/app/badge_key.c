/* The badge key file. */
#include "app/badge_key.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/badges.h"
#include "util/alloc.h"
#include "util/log.h"

static bool read_key(const char *path, unsigned char key[APP_BADGE_KEY_BYTES])
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	unsigned char extra;
	ssize_t n = read(fd, key, APP_BADGE_KEY_BYTES);
	bool ok = n == APP_BADGE_KEY_BYTES && read(fd, &extra, 1) == 0;
	close(fd);
	return ok;
}

/* Writes a new key with O_EXCL: when two terminals race, one file wins and
 * both read it. */
static bool create_key(const char *path)
{
	unsigned char key[APP_BADGE_KEY_BYTES];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno == EEXIST;
	randombytes_buf(key, sizeof key);
	bool ok = write(fd, key, sizeof key) == (ssize_t)sizeof key && fsync(fd) == 0;
	sodium_memzero(key, sizeof key);
	close(fd);
	if (!ok)
		unlink(path);
	return ok;
}

enum rota_err badge_key_load(struct app *app, const char *db_path)
{
	if (!strcmp(db_path, ":memory:")) {
		randombytes_buf(app->badge_key, sizeof app->badge_key);
		return ERR_OK;
	}
	char *path = xasprintf("%s.key", db_path);
	enum rota_err e = ERR_OK;
	if (!read_key(path, app->badge_key)) {
		long long badges = 0;
		e = store_badge_count(app->db, &badges);
		if (e == ERR_OK && badges > 0) {
			log_msg(LOG_ERROR, "badge key %s missing or damaged with %lld badges", path, badges);
			e = ERR_BADGE_KEY;
		} else if (e == ERR_OK && access(path, F_OK) == 0) {
			e = ERR_BADGE_KEY; /* a damaged file is never replaced silently */
		} else if (e == ERR_OK && !(create_key(path) && read_key(path, app->badge_key))) {
			log_msg(LOG_ERROR, "cannot create badge key %s", path);
			e = ERR_BADGE_KEY;
		}
	}
	free(path);
	return e;
}
