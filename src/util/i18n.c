/* The message-language switch. gettext honours $LANGUAGE whenever the
 * message locale is not plain "C", so the switch sets LC_MESSAGES to a
 * UTF-8 locale once and then only changes $LANGUAGE; this works even where
 * the sl_SI and hr_HR locales were never generated. */
#include "util/i18n.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ROTA_LOCALEDIR
#define ROTA_LOCALEDIR "/usr/local/share/locale"
#endif

/* glibc's counter of loaded catalogs; bumping it drops cached translations. */
extern int _nl_msg_cat_cntr;

static char current[3] = "en";

static const char *lang_from(const char *value)
{
	if (!value || !*value)
		return NULL;
	if (!strncmp(value, "sl", 2))
		return "sl";
	if (!strncmp(value, "hr", 2))
		return "hr";
	if (!strncmp(value, "en", 2) || !strcmp(value, "C") || !strncmp(value, "C.", 2) ||
	    !strcmp(value, "POSIX"))
		return "en";
	return NULL;
}

const char *i18n_env_lang(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return lang_from(v) ? lang_from(v) : "en";
	}
	return "en";
}

static void bind_catalogs(void)
{
	const char *dir = getenv("ROTA_LOCALEDIR");
	char exe_dir[PATH_MAX];
	if (!dir || !*dir) {
		ssize_t n = readlink("/proc/self/exe", exe_dir, sizeof exe_dir - 32);
		if (n > 0) {
			exe_dir[n] = '\0';
			char *slash = strrchr(exe_dir, '/');
			if (slash) {
				/* ./rota and build/asan/rota both find build/locale */
				strcpy(slash, "/build/locale");
				if (access(exe_dir, R_OK) != 0) {
					strcpy(slash, "/locale");
					if (access(exe_dir, R_OK) != 0)
						strcpy(slash, "/../locale");
				}
				if (access(exe_dir, R_OK) == 0)
					dir = exe_dir;
			}
		}
	}
	bindtextdomain("rota", dir && *dir ? dir : ROTA_LOCALEDIR);
	bind_textdomain_codeset("rota", "UTF-8");
	textdomain("rota");
}

void i18n_init(void)
{
	const char *lang = i18n_env_lang();

	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	const char *msgs = setlocale(LC_MESSAGES, NULL);
	if (!msgs || !strcmp(msgs, "C") || !strcmp(msgs, "POSIX"))
		setlocale(LC_MESSAGES, "C.UTF-8");
	bind_catalogs();
	i18n_set_lang(lang);
}

bool i18n_is_lang(const char *code)
{
	return code && (!strcmp(code, "sl") || !strcmp(code, "hr") || !strcmp(code, "en"));
}

bool i18n_set_lang(const char *code)
{
	if (!i18n_is_lang(code))
		return false;
	if (strcmp(code, current) != 0 || !getenv("LANGUAGE") || strcmp(getenv("LANGUAGE"), code)) {
		snprintf(current, sizeof current, "%s", code);
		setenv("LANGUAGE", code, 1);
		++_nl_msg_cat_cntr;
	}
	return true;
}

void i18n_switch(const char *code, char saved[3])
{
	memcpy(saved, current, 3);
	if (code && *code)
		i18n_set_lang(code);
}

void i18n_restore(const char saved[3]) { i18n_set_lang(saved); }

const char *i18n_lang(void) { return current; }
