/* Translation: gettext from the first line. `_()` translates now, `N_()`
 * marks a string for the catalog and translates later, `P_()` picks the
 * plural form for a number. The kiosk speaks a
 * default language and switches to a person's own language for their
 * greeting; i18n_set_lang() is the one switch. Languages are "sl", "hr", "en". */
#ifndef ROTA_UTIL_I18N_H
#define ROTA_UTIL_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* The form for n of a countable thing ("1 free place", "2 prosti mesti",
 * "5 prostih mest"): the catalogs carry each language's plural forms. */
#define P_(one, many, n) ngettext(one, many, (unsigned long)(n))

/* Sets up the locale (UTF-8 character handling whatever the environment) and
 * the message catalogs: $ROTA_LOCALEDIR, else build/locale beside the
 * binary, else the installed locale folder. Call once, before anything is
 * translated. */
void i18n_init(void);
/* Returns the language the environment asks for ("sl", "hr" or "en"). */
const char *i18n_env_lang(void);
/* Returns true when code is one of "sl", "hr", "en". */
bool i18n_is_lang(const char *code);
/* Makes later _() calls speak code. Returns false (and changes nothing) for
 * an unknown code. */
bool i18n_set_lang(const char *code);
/* Speaks code (when it is a language; "" or NULL keep the current one) and
 * saves the language spoken before into saved, for i18n_restore(). For a
 * passage in a person's own language. */
void i18n_switch(const char *code, char saved[3]);
/* Speaks the language i18n_switch() saved again. */
void i18n_restore(const char saved[3]);
/* Returns the language _() speaks now. */
const char *i18n_lang(void);

#endif
