/* Terminal set-up and restore, and the stop signals. */
#include "ui/term.h"

#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ui/theme.h"

static volatile sig_atomic_t stop_flag;
static SCREEN *term_screen;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

bool term_stop_requested(void) { return stop_flag != 0; }

bool term_open(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return false;
	term_screen = newterm(NULL, stdout, stdin);
	if (!term_screen)
		return false;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	wtimeout(stdscr, TERM_TICK_MS);
	theme_init();
	return true;
}

void term_close(void)
{
	if (!term_screen)
		return;
	curs_set(1);
	endwin();
	delscreen(term_screen);
	term_screen = NULL;
	fflush(stdout);
}
