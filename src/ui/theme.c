/* Colour pairs. */
#include "ui/theme.h"

#include <stdbool.h>

static bool has_colour;

void theme_init(void)
{
	has_colour = has_colors() && start_color() == OK;
	if (!has_colour)
		return;
	use_default_colors();
	init_pair(1, COLOR_CYAN, -1);
	init_pair(2, COLOR_GREEN, -1);
	init_pair(3, COLOR_BLUE, -1);
	init_pair(4, COLOR_BLACK, COLOR_WHITE);
}

attr_t theme_attr(enum theme_role role)
{
	switch (role) {
	case THEME_TITLE: return A_BOLD | (has_colour ? COLOR_PAIR(1) : 0);
	case THEME_IN: return A_BOLD | (has_colour ? COLOR_PAIR(2) : 0);
	case THEME_OUT: return A_BOLD | (has_colour ? COLOR_PAIR(3) : 0);
	case THEME_HINT: return A_NORMAL;
	case THEME_SELECTED: return A_REVERSE | A_BOLD;
	case THEME_QR: return has_colour ? COLOR_PAIR(4) : A_REVERSE;
	case THEME_PLAIN: break;
	}
	return A_NORMAL;
}
