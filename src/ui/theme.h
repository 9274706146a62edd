/* Calm colours: never red, never alarming. Without colours everything still
 * reads (bold and plain only). */
#ifndef ROTA_UI_THEME_H
#define ROTA_UI_THEME_H

#include <curses.h>

enum theme_role {
	THEME_PLAIN,
	THEME_TITLE,     /* the workshop's name */
	THEME_IN,        /* "checked in" */
	THEME_OUT,       /* "checked out" */
	THEME_HINT,      /* quiet help lines */
	THEME_SELECTED,  /* the chosen line in a list */
	THEME_QR,        /* black on white, for codes on screen */
};

/* Defines the colour pairs when the terminal has colours. */
void theme_init(void);
/* Returns the attributes for role. */
attr_t theme_attr(enum theme_role role);

#endif
