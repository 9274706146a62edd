/* Which paths are records, by what they lead to on the disk: see guard.h.
 * Everything is looked at anew at each question, since the -wal appears and
 * goes with the connections and a restore replaces the database's inode. */
#include "util/guard.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/files.h"
#include "util/log.h"

#define GUARD_PATH 4096
#define GUARD_HOPS 40 /* the kernel's own limit on links in a row */

/* The names beside a database that belong to it: SQLite's, the badge key
 * (app/badge_key) and the log (cli_log_open). The first is the database. */
static const char *const sides[] = { "", "-wal", "-shm", "-journal", ".key", ".log" };
#define NSIDES (sizeof sides / sizeof sides[0])

static char guard_db[GUARD_PATH], guard_backups[GUARD_PATH];

/* Where a path leads: the folder it ends in and the name there, after the
 * links of its last part; and the file, when one is there. */
struct place {
	char path[GUARD_PATH]; /* the name it leads to, links followed */
	const char *name;      /* its last part, in path */
	dev_t dir_dev;
	ino_t dir_ino;
	bool exists, is_plain;
	dev_t dev;
	ino_t ino;
	nlink_t nlink;
};

void guard_set(const char *db_path, const char *backup_dir)
{
	guard_db[0] = guard_backups[0] = '\0';
	if (!db_path || !strcmp(db_path, ":memory:"))
		return;
	if ((size_t)snprintf(guard_db, sizeof guard_db, "%s", db_path) >= sizeof guard_db)
		guard_db[0] = '\0'; /* too long for SQLite to open too */
	if (backup_dir && (size_t)snprintf(guard_backups, sizeof guard_backups, "%s", backup_dir) >= sizeof guard_backups)
		guard_backups[0] = '\0';
}

/* Fills p for path; false when its folder cannot be looked at or its links
 * go round (then nothing can be written there either). */
static bool locate(const char *path, struct place *p)
{
	char link[GUARD_PATH], dir[GUARD_PATH];
	struct stat sb;
	if ((size_t)snprintf(p->path, sizeof p->path, "%s", path) >= sizeof p->path)
		return false;
	for (int hops = 0; lstat(p->path, &sb) == 0 && S_ISLNK(sb.st_mode); hops++) {
		ssize_t n = hops < GUARD_HOPS ? readlink(p->path, link, sizeof link - 1) : -1;
		if (n < 0)
			return false;
		link[n] = '\0';
		files_parent(p->path, dir, sizeof dir);
		int len = link[0] == '/' ? snprintf(p->path, sizeof p->path, "%s", link)
		                         : snprintf(p->path, sizeof p->path, "%s/%s", dir, link);
		if (len < 0 || (size_t)len >= sizeof p->path)
			return false;
	}
	const char *slash = strrchr(p->path, '/');
	p->name = slash ? slash + 1 : p->path;
	files_parent(p->path, dir, sizeof dir);
	if (stat(dir, &sb) != 0)
		return false;
	p->dir_dev = sb.st_dev;
	p->dir_ino = sb.st_ino;
	p->exists = stat(p->path, &sb) == 0;
	p->is_plain = p->exists && S_ISREG(sb.st_mode);
	p->dev = p->exists ? sb.st_dev : 0;
	p->ino = p->exists ? sb.st_ino : 0;
	p->nlink = p->exists ? sb.st_nlink : 0;
	return true;
}

/* The same file by device and inode, or the same name in the same folder. */
static bool same_place(const struct place *a, const struct place *b)
{
	if (a->exists && b->exists)
		return a->dev == b->dev && a->ino == b->ino;
	return a->dir_dev == b->dir_dev && a->dir_ino == b->dir_ino && !strcmp(a->name, b->name);
}

/* True for a plain file that begins as every SQLite database does. Only a
 * plain file is opened: opening a device or a FIFO can do something. */
static bool is_sqlite(const char *path)
{
	static const char magic[16] = "SQLite format 3"; /* and its '\0' */
	char head[sizeof magic];
	struct stat sb;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return false;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool is = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && read(fd, head, sizeof head) == (ssize_t)sizeof head &&
	          !memcmp(head, magic, sizeof magic);
	close(fd);
	return is;
}

/* One of this run's database and the files beside it, the log's older
 * files (PATH.log.1 ...) too. */
static bool is_ours(const struct place *t)
{
	for (size_t i = 0; guard_db[0] && i < NSIDES + LOG_KEEP_FILES; i++) {
		char path[GUARD_PATH + 16];
		struct place k;
		if (i < NSIDES)
			snprintf(path, sizeof path, "%s%s", guard_db, sides[i]);
		else
			snprintf(path, sizeof path, "%s.log.%zu", guard_db, i - NSIDES + 1);
		if (locate(path, &k) && same_place(t, &k))
			return true;
	}
	return false;
}

/* The backup folder, a file in it, or a second name of a file in it. */
static bool is_backup(const struct place *t)
{
	struct stat sb;
	if (!guard_backups[0] || !t->exists || stat(guard_backups, &sb) != 0)
		return false;
	if ((t->dev == sb.st_dev && t->ino == sb.st_ino) || (t->dir_dev == sb.st_dev && t->dir_ino == sb.st_ino))
		return true;
	if (!t->is_plain || t->nlink < 2)
		return false;
	DIR *d = opendir(guard_backups);
	struct dirent *ent;
	bool found = false;
	while (d && !found && (ent = readdir(d))) {
		char path[GUARD_PATH + 256];
		snprintf(path, sizeof path, "%s/%s", guard_backups, ent->d_name);
		found = lstat(path, &sb) == 0 && sb.st_dev == t->dev && sb.st_ino == t->ino;
	}
	if (d)
		closedir(d);
	return found;
}

/* Any SQLite database, or a name beside one that belongs to it. */
static bool is_database_or_beside(const struct place *t)
{
	if (t->is_plain && is_sqlite(t->path))
		return true;
	size_t len = strlen(t->path);
	for (size_t i = 1; i < NSIDES; i++) {
		size_t n = strlen(sides[i]);
		char base[GUARD_PATH];
		if (len > n && !strcmp(t->path + len - n, sides[i])) {
			snprintf(base, sizeof base, "%.*s", (int)(len - n), t->path);
			if (is_sqlite(base))
				return true;
		}
	}
	return false;
}

bool guard_is_records(const char *path)
{
	struct place t;
	if (!locate(path, &t))
		return false;
	return is_ours(&t) || is_backup(&t) || is_database_or_beside(&t);
}
