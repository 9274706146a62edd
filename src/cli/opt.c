/* The option parser: getopt_long in its "return in order" mode, so the
 * positional arguments come back where they stand and POSIXLY_CORRECT
 * changes nothing; then the table's kinds check and store each value. */
#include "cli/opt.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define OPT_VAL0 256 /* getopt_long's code for table entry i is OPT_VAL0 + i */

static int group_of(const struct opt *o) { return o->flags >> 8; }

static bool is_positional(const struct opt *o) { return o->name == NULL; }

static void *dest_of(const struct opt *o, void *args) { return (char *)args + o->offset; }

/* "--name" for an option, "ID" for a positional argument. */
static void label_of(const struct opt *o, char *out, size_t n)
{
	if (is_positional(o))
		snprintf(out, n, "%s", o->value);
	else
		snprintf(out, n, "--%s", o->name);
}

/* Writes o's choices into out, separated by sep. */
static void join_choices(const struct opt *o, const char *sep, char *out, size_t n)
{
	size_t len = 0;
	out[0] = '\0';
	for (int i = 0; o->choices[i] && len < n; i++)
		len += (size_t)snprintf(out + len, n - len, "%s%s", i ? sep : "", o->choices[i]);
}

/* The entry of table (may be NULL) whose long name is name up to '=' or
 * its end; NULL when there is none. */
static const struct opt *find_option(const struct opt *table, const char *name)
{
	size_t len = strcspn(name, "=");
	for (const struct opt *o = table; o && o->kind != OPT_KIND_END; o++)
		if (o->name && strlen(o->name) == len && !strncmp(o->name, name, len))
			return o;
	return NULL;
}

enum opt_status opt_misuse(const struct opt_cmd *cmd, const char *problem)
{
	const char *space = *cmd->name ? " " : ""; /* "" names rota itself */
	/* the problem may quote an argument as typed: never raw to the terminal */
	char shown[1024];
	fprintf(stderr, "rota%s%s: %s\n", space, cmd->name, text_escape(shown, sizeof shown, problem, false));
	opt_print_usage(stderr, _("Usage: "), cmd);
	if (*cmd->name)
		fprintf(stderr, _("Try 'rota %s --help'.\n"), cmd->name);
	else
		fprintf(stderr, "%s\n", _("Try 'rota --help'."));
	return OPT_MISUSE;
}

/* Reports a problem made from fmt, such as "%s takes an id". */
__attribute__((format(printf, 2, 3)))
static enum opt_status misuse_about(const struct opt_cmd *cmd, const char *fmt, ...)
{
	char problem[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(problem, sizeof problem, fmt, ap);
	va_end(ap);
	return opt_misuse(cmd, problem);
}

bool opt_parse_id(const char *s, long long *id)
{
	char *end;
	if (!s || !*s)
		return false;
	errno = 0;
	long long n = strtoll(s, &end, 10);
	if (*end || errno || n <= 0)
		return false;
	*id = n;
	return true;
}

/* Checks and stores value v for o. */
static enum opt_status store_value(const struct opt_cmd *cmd, const struct opt *o, const char *v, void *args)
{
	char label[64], choices[512];
	void *dest = dest_of(o, args);
	char *end;
	label_of(o, label, sizeof label);
	switch (o->kind) {
	case OPT_KIND_END:
		break;
	case OPT_KIND_FLAG:
		*(bool *)dest = true;
		if (o->parse)
			o->parse(NULL, dest);
		break;
	case OPT_KIND_STRING:
		*(const char **)dest = v;
		break;
	case OPT_KIND_INT: {
		errno = 0;
		long n = strtol(v, &end, 10);
		if (!*v || *end || errno || n < o->min || n > o->max)
			return misuse_about(cmd, _("%s takes a whole number from %ld to %ld"), label, o->min, o->max);
		*(int *)dest = (int)n;
		break;
	}
	case OPT_KIND_ID:
		if (!opt_parse_id(v, dest))
			return misuse_about(cmd, _("%s takes an id (a whole number above 0)"), label);
		break;
	case OPT_KIND_DATE:
		if (!*v && (o->flags & OPT_EMPTY))
			*(int *)dest = 0;
		else if (!date_parse_ymd(v, (int *)dest))
			return misuse_about(cmd, _("%s takes a date like 2026-11-23"), label);
		break;
	case OPT_KIND_CHOICE:
		for (int i = 0; o->choices[i]; i++) {
			if (!strcmp(v, o->choices[i])) {
				*(int *)dest = i;
				return OPT_GO;
			}
		}
		join_choices(o, ", ", choices, sizeof choices);
		return misuse_about(cmd, _("%s takes one of: %s"), label, choices);
	case OPT_KIND_CALLBACK:
		if (!o->parse(v, dest))
			return misuse_about(cmd, _("%s takes %s"), label, _(o->problem));
		break;
	}
	return OPT_GO;
}

/* Fills the positional entries of cmd from pos[0..n-1]. */
static enum opt_status store_positionals(const struct opt_cmd *cmd, char **pos, int n, void *args, int *given)
{
	int next = 0;
	for (const struct opt *o = cmd->opts; o->kind != OPT_KIND_END; o++) {
		if (!is_positional(o))
			continue;
		if (o->flags & OPT_MANY) {
			struct opt_list *list = dest_of(o, args);
			long long id;
			for (int i = next; o->kind == OPT_KIND_ID && i < n; i++) {
				struct opt one = *o;
				one.offset = 0; /* checked into id; the list keeps the text */
				if (store_value(cmd, &one, pos[i], &id) != OPT_GO)
					return OPT_MISUSE;
			}
			list->v = pos + next;
			list->n = n - next;
			given[o - cmd->opts] = list->n > 0;
			next = n;
			continue;
		}
		if (next < n) {
			if (store_value(cmd, o, pos[next++], args) != OPT_GO)
				return OPT_MISUSE;
			given[o - cmd->opts] = 1;
		}
	}
	if (next < n)
		return misuse_about(cmd, _("unexpected argument '%s'"), pos[next]);
	return OPT_GO;
}

/* Required entries present, and no two of one group. */
static enum opt_status check_required(const struct opt_cmd *cmd, const int *given)
{
	char label[64], other[64];
	for (const struct opt *o = cmd->opts; o->kind != OPT_KIND_END; o++) {
		int g = group_of(o), i = (int)(o - cmd->opts);
		if (g) {
			for (const struct opt *p = o + 1; p->kind != OPT_KIND_END; p++) {
				if (group_of(p) == g && given[i] && given[p - cmd->opts]) {
					label_of(o, label, sizeof label);
					label_of(p, other, sizeof other);
					return misuse_about(cmd, _("give %s or %s, not both"), label, other);
				}
			}
			bool required = false, any = false;
			for (const struct opt *p = cmd->opts; p->kind != OPT_KIND_END; p++) {
				if (group_of(p) != g)
					continue;
				required |= (p->flags & OPT_REQUIRED) != 0;
				any |= given[p - cmd->opts] != 0;
			}
			if (required && !any) {
				char list[256] = "";
				size_t len = 0;
				for (const struct opt *p = cmd->opts; p->kind != OPT_KIND_END && len < sizeof list; p++) {
					if (group_of(p) != g)
						continue;
					label_of(p, label, sizeof label);
					len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? " | " : "", label);
				}
				return misuse_about(cmd, _("give one of: %s"), list);
			}
			continue;
		}
		bool required = is_positional(o) ? !(o->flags & OPT_OPTIONAL) : (o->flags & OPT_REQUIRED) != 0;
		if (required && !given[i]) {
			label_of(o, label, sizeof label);
			return misuse_about(cmd, is_positional(o) ? _("%s is missing") : _("%s is needed"), label);
		}
	}
	return OPT_GO;
}

/* Reports what getopt found wrong with arg: a missing value (code ':')
 * or an unknown option ('?'). */
static enum opt_status report_getopt(const struct opt_cmd *cmd, const struct opt *outer, int code,
                                     const char *arg)
{
	if (code == ':')
		return misuse_about(cmd, _("%s needs a value"), arg);
	if (strncmp(arg, "--", 2) != 0 || !arg[2])
		return misuse_about(cmd, _("unknown option %s"), arg);
	const struct opt *o = find_option(cmd->opts, arg + 2);
	if (o && o->kind == OPT_KIND_FLAG && strchr(arg, '='))
		return misuse_about(cmd, _("--%s takes no value"), o->name);
	if (find_option(outer, arg + 2)) {
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)strcspn(arg, "="), arg);
		return misuse_about(cmd, _("%s goes before the command: rota [--db PATH] [--terminal NAME] [--lang sl|hr|en] COMMAND ..."), name);
	}
	return misuse_about(cmd, _("unknown option %s"), arg);
}

enum opt_status opt_parse(const struct opt_cmd *cmd, const struct opt *outer, void *args, int argc,
                          char **argv, int *rest)
{
	size_t n = 0;
	while (cmd->opts[n].kind != OPT_KIND_END)
		n++;
	struct option *longopts = xcalloc(n + 2, sizeof *longopts);
	int *given = xcalloc(n + 1, sizeof *given);
	char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
	int npos = 0, k = 0, code;
	enum opt_status st = OPT_GO;
	for (size_t i = 0; i < n; i++) {
		if (is_positional(&cmd->opts[i]))
			continue;
		longopts[k++] = (struct option){ cmd->opts[i].name,
			                         cmd->opts[i].kind == OPT_KIND_FLAG ? no_argument : required_argument,
			                         NULL, OPT_VAL0 + (int)i };
	}
	longopts[k] = (struct option){ "help", no_argument, NULL, 'h' };
	if (rest)
		*rest = argc;
	optind = 0; /* glibc: start afresh, whatever an earlier parse left */
	opterr = 0;
	while (st == OPT_GO && (code = getopt_long(argc, argv, "-:h", longopts, NULL)) != -1) {
		if (code == 1 && rest) {
			*rest = optind - 1;
			break;
		}
		if (code == 1) {
			pos[npos++] = optarg;
		} else if (code == 'h') {
			st = OPT_HELP;
		} else if (code == ':' || code == '?') {
			char short_opt[3] = { '-', (char)optopt, '\0' };
			bool is_short = code == '?' && optopt > 0 && optopt < OPT_VAL0;
			st = report_getopt(cmd, outer, code, is_short ? short_opt : argv[optind - 1]);
		} else {
			const struct opt *o = &cmd->opts[code - OPT_VAL0];
			/* "--name --db": the value is missing, not "--db" */
			if (optarg && optarg == argv[optind - 1] && !strncmp(optarg, "--", 2) &&
			    (find_option(cmd->opts, optarg + 2) || find_option(outer, optarg + 2) ||
			     !strcmp(optarg, "--help"))) {
				char label[64];
				label_of(o, label, sizeof label);
				st = misuse_about(cmd, _("%s needs a value"), label);
			} else {
				st = store_value(cmd, o, optarg ? optarg : "", args);
				given[o - cmd->opts] = 1;
			}
		}
	}
	if (st == OPT_GO && rest && *rest == argc && optind < argc)
		*rest = optind; /* after "--" */
	if (st == OPT_GO && !rest) {
		while (optind < argc)
			pos[npos++] = argv[optind++];
		/* the positionals move to argv[1..]: an opt_list points there */
		memcpy(argv + 1, pos, (size_t)npos * sizeof *pos);
		st = store_positionals(cmd, argv + 1, npos, args, given);
	}
	if (st == OPT_GO)
		st = check_required(cmd, given);
	free(longopts);
	free(given);
	free(pos);
	return st;
}
