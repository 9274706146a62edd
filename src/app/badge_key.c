/* The badge key file, and the check value the database keeps of it (a
 * keyed hash of a fixed label, never the key) so a key file that belongs
 * to other records is named at open instead of every card being "not
 * known". */
#include "app/badge_key.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/badge.h"
#include "store/badges.h"
#include "store/db.h"
#include "store/settings.h"
#include "util/alloc.h"
#include "util/files.h"
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

/* Writes a new key whole under a temporary name, then links it to its own
 * name: a process killed half way leaves no empty or short key (which would
 * lock the records until someone removed it by hand), and when two
 * terminals race, link() lets one file win and both read it. */
static bool create_key(const char *path)
{
	unsigned char key[APP_BADGE_KEY_BYTES];
	char *tmp = xasprintf("%s.new-XXXXXX", path);
	int fd = mkstemp(tmp); /* 0600, O_EXCL */
	if (fd < 0) {
		free(tmp);
		return false;
	}
	randombytes_buf(key, sizeof key);
	bool ok = write(fd, key, sizeof key) == (ssize_t)sizeof key && fsync(fd) == 0;
	sodium_memzero(key, sizeof key);
	close(fd);
	if (ok && link(tmp, path) != 0) {
		/* a filesystem without hard links (FAT on a stick): the rename
		 * is still whole, only a race between two terminals is lost */
		if (errno == EPERM || errno == EOPNOTSUPP)
			ok = access(path, F_OK) == 0 || rename(tmp, path) == 0;
		else
			ok = errno == EEXIST;
	}
	unlink(tmp);
	free(tmp);
	return ok && files_sync_parent(path);
}

#define CHECK_SETTING "badge_key_check"

void badge_key_check_value(const unsigned char key[APP_BADGE_KEY_BYTES], char out[BADGE_KEY_CHECK_HEX + 1])
{
	static const char label[] = "rota badge key check v1";
	unsigned char mac[crypto_auth_BYTES];
	crypto_auth(mac, (const unsigned char *)label, sizeof label - 1, key);
	sodium_bin2hex(out, BADGE_KEY_CHECK_HEX + 1, mac, sizeof mac);
}

/* Compares the key with the database's check value; writes the value when
 * the database has none yet (a new one, or one from before the check), or
 * when the key was made just now (no badge depends on the old one). */
static enum rota_err key_matches(struct app *app, const char *path, bool is_new)
{
	char want[BADGE_KEY_CHECK_HEX + 1], have[BADGE_KEY_CHECK_HEX + 8];
	bool found = false;
	badge_key_check_value(app->badge_key, want);
	enum rota_err e = db_begin_read(app->db);
	if (e == ERR_OK)
		e = db_end_read(app->db, store_setting_get(app->db, CHECK_SETTING, have, sizeof have, &found));
	if (e != ERR_OK || (found && !strcmp(have, want)))
		return e;
	if (found && !is_new) {
		log_msg(LOG_ERROR, "badge key %s does not belong to these records", path);
		return ERR_BADGE_KEY_WRONG;
	}
	if ((e = db_begin_write(app->db)) != ERR_OK)
		return e;
	/* Read again inside the write: another terminal may have written it. */
	e = store_setting_get(app->db, CHECK_SETTING, have, sizeof have, &found);
	if (e == ERR_OK && (!found || is_new))
		e = store_setting_set(app->db, CHECK_SETTING, want);
	else if (e == ERR_OK && strcmp(have, want) != 0)
		e = ERR_BADGE_KEY_WRONG;
	e = db_end_write(app->db, e);
	if (e == ERR_OK && !found)
		log_msg(LOG_INFO, "badge key check value written");
	return e;
}

enum rota_err badge_key_load(struct app *app, const char *db_path)
{
	if (!strcmp(db_path, ":memory:")) {
		randombytes_buf(app->badge_key, sizeof app->badge_key);
		return ERR_OK;
	}
	char *path = xasprintf("%s.key", db_path);
	enum rota_err e = ERR_OK;
	bool is_new = false;
	if (!read_key(path, app->badge_key)) {
		long long badges = 0;
		if ((e = db_begin_read(app->db)) == ERR_OK)
			e = db_end_read(app->db, store_badge_count(app->db, &badges));
		if (e == ERR_OK && badges > 0) {
			log_msg(LOG_ERROR, "badge key %s missing or damaged with %lld badges", path, badges);
			e = ERR_BADGE_KEY;
		} else if (e == ERR_OK && access(path, F_OK) == 0) {
			e = ERR_BADGE_KEY; /* a damaged file is never replaced silently */
		} else if (e == ERR_OK && !(create_key(path) && read_key(path, app->badge_key))) {
			log_msg(LOG_ERROR, "cannot create badge key %s", path);
			e = ERR_BADGE_KEY;
		} else {
			is_new = e == ERR_OK;
		}
	}
	if (e == ERR_OK)
		e = key_matches(app, path, is_new);
	free(path);
	return e;
}

/* Tries the key on the badge issued last: the payload it makes from that
 * badge's seed must find that same badge again. */
static enum rota_err key_makes_badges(struct app *app)
{
	struct badge b;
	struct badge_owner owner;
	char payload[BADGE_DIGITS + 1];
	unsigned char hash[BADGE_HASH_BYTES];
	enum rota_err e = store_badge_newest(app->db, &b);
	if (e == ERR_NOT_FOUND)
		return ERR_OK; /* no badge: nothing depends on the key yet */
	if (e != ERR_OK)
		return e;
	app_badge_payload_of(app, b.seed, payload);
	app_badge_hash(app, payload, hash);
	e = store_badge_find(app->db, hash, &owner);
	if (e == ERR_NOT_FOUND || (e == ERR_OK && owner.badge_id != b.id))
		return ERR_BADGE_KEY_WRONG;
	return e;
}

static enum rota_err key_verify(struct app *app, const char *key_path)
{
	char want[BADGE_KEY_CHECK_HEX + 1], have[BADGE_KEY_CHECK_HEX + 8];
	bool found = false;
	long long badges = 0;
	enum rota_err e = store_setting_get(app->db, CHECK_SETTING, have, sizeof have, &found);
	if (e == ERR_OK)
		e = store_badge_count(app->db, &badges);
	if (e != ERR_OK)
		return e;
	if (access(key_path, F_OK) != 0) {
		if (!found && badges == 0)
			return ERR_OK;
		log_msg(LOG_ERROR, "badge key %s missing, and the records need one", key_path);
		return ERR_NOT_FOUND;
	}
	if (!read_key(key_path, app->badge_key)) {
		log_msg(LOG_ERROR, "badge key %s is not a key (not %d bytes)", key_path, APP_BADGE_KEY_BYTES);
		return ERR_BADGE_KEY;
	}
	if (found) {
		badge_key_check_value(app->badge_key, want);
		e = strcmp(have, want) == 0 ? ERR_OK : ERR_BADGE_KEY_WRONG;
	} else {
		e = key_makes_badges(app);
	}
	if (e == ERR_BADGE_KEY_WRONG)
		log_msg(LOG_ERROR, "badge key %s does not belong to these records", key_path);
	return e;
}

enum rota_err badge_key_verify(struct app *app, const char *key_path)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, key_verify(app, key_path));
}
