/* Writes rota(1) from its template (docs/rota.1.in) and the settings table
 * rota itself reads (src/app/config.c), so the manual cannot say another
 * default than the program has. Run by make; it reads the template named by
 * its argument and writes the page to standard output. In the template:
 *   - a line ".\" @setting KEY" starts what the manual says about setting
 *     KEY (the lines up to the next such line or ".\" @end");
 *   - the line ".\" @end" closes them: there every setting of the table is
 *     written, in the table's order, as its name, those lines, the sentence
 *     rota says when it refuses a value, and its default;
 *   - "@KEY@" anywhere (KEY of a-z and _) is KEY's default.
 * A setting the template does not describe, or a KEY that is not a
 * setting, is an error: the build stops rather than ship a page that
 * differs from the program. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"

#define MAX_SETTINGS 64
#define MAX_PROSE 4096

static const char *prog = "man_page";
static const char *template_path;
static int line_no;

static void fail(const char *what, const char *detail)
{
	fprintf(stderr, "%s: %s:%d: %s%s%s\n", prog, template_path, line_no, what, detail ? ": " : "",
	        detail ? detail : "");
	exit(1);
}

/* Returns the number of setting key in the table, or -1. */
static int setting_index(const char *key, size_t len)
{
	const char *k, *v;
	for (int i = 0; app_config_default(i, &k, &v); i++)
		if (strlen(k) == len && !strncmp(k, key, len))
			return i;
	return -1;
}

/* Writes s for roff: a backslash and a minus escaped, and a line that
 * would begin with a control character kept as text. */
static void put_roff(const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", stdout);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else
			putchar(*s);
	}
}

/* Writes line with every @KEY@ replaced by that setting's default. */
static void put_line(const char *line)
{
	const char *p = line;
	for (const char *at; (at = strchr(p, '@'));) {
		size_t len = strspn(at + 1, "abcdefghijklmnopqrstuvwxyz_");
		const char *end = at + 1 + len;
		if (!len || *end != '@') { /* an @ of the text itself */
			fwrite(p, 1, (size_t)(at + 1 - p), stdout);
			p = at + 1;
			continue;
		}
		int i = setting_index(at + 1, (size_t)(end - at - 1));
		if (i < 0) {
			char name[128];
			snprintf(name, sizeof name, "%.*s", (int)(end - at - 1), at + 1);
			fail("not a setting", name);
		}
		const char *k, *v;
		app_config_default(i, &k, &v);
		fwrite(p, 1, (size_t)(at - p), stdout);
		put_roff(v);
		p = end + 1;
	}
	fputs(p, stdout);
}

static void put_settings(char *const prose[])
{
	const char *key, *fallback;
	for (int i = 0; app_config_default(i, &key, &fallback); i++) {
		if (i >= MAX_SETTINGS)
			fail("more settings than this tool holds (MAX_SETTINGS)", key);
		if (!prose[i])
			fail("the template does not describe this setting", key);
		char rule[512];
		app_config_rule(key, rule, sizeof rule);
		printf(".TP\n.B %s\n", key);
		put_line(prose[i]);
		put_roff(rule);
		putchar('\n');
		if (*fallback) {
			fputs("Default:\n.BR ", stdout);
			put_roff(fallback);
			fputs(" .\n", stdout);
		} else {
			fputs("Default: empty.\n", stdout);
		}
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s TEMPLATE >PAGE\n", prog);
		return 2;
	}
	template_path = argv[1];
	FILE *in = fopen(template_path, "r");
	if (!in) {
		perror(template_path);
		return 1;
	}
	static char *prose[MAX_SETTINGS];
	int current = -1; /* the setting whose lines are being read */
	bool is_done = false;
	char line[MAX_PROSE];
	while (fgets(line, sizeof line, in)) {
		line_no++;
		if (!strchr(line, '\n'))
			fail("line too long", NULL);
		if (!strncmp(line, ".\\\" @setting ", 13)) {
			char *key = line + 13;
			size_t len = strcspn(key, " \n");
			current = setting_index(key, len);
			key[len] = '\0';
			if (current < 0 || current >= MAX_SETTINGS)
				fail("not a setting", key);
			if (prose[current] || is_done)
				fail("described twice", key);
			prose[current] = calloc(1, MAX_PROSE);
			if (!prose[current])
				fail("out of memory", NULL);
			continue;
		}
		if (!strcmp(line, ".\\\" @end\n")) {
			if (is_done)
				fail("a second @end", NULL);
			put_settings(prose);
			current = -1;
			is_done = true;
			continue;
		}
		if (current >= 0) {
			size_t used = strlen(prose[current]);
			if (used + strlen(line) + 1 > MAX_PROSE)
				fail("a setting's description is too long", NULL);
			memcpy(prose[current] + used, line, strlen(line) + 1);
			continue;
		}
		put_line(line);
	}
	if (ferror(in) || fclose(in) != 0) {
		perror(template_path);
		return 1;
	}
	if (!is_done)
		fail("no '.\\\" @end' line: the settings were not written", NULL);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror(prog);
		return 1;
	}
	return 0;
}
