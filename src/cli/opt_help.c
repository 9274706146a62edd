/* The usage line and --help, generated from a command's option table. */
#include <string.h>

#include "cli/opt.h"
#include "util/i18n.h"

#define USAGE_WIDTH 79
#define HELP_COLUMN 26 /* where an option's help starts */

/* Writes entry o as it stands in a usage line: "--name NAME", "ID...". */
static void item_of(const struct opt *o, char *out, size_t n)
{
	char value[256] = "";
	if (o->kind == OPT_KIND_CHOICE) {
		size_t len = 0;
		for (int i = 0; o->choices[i] && len < sizeof value; i++)
			len += (size_t)snprintf(value + len, sizeof value - len, "%s%s", i ? "|" : "", o->choices[i]);
	} else if (o->value) {
		snprintf(value, sizeof value, "%s", o->value);
	}
	if (!o->name)
		snprintf(out, n, "%s%s", value, (o->flags & OPT_MANY) ? "..." : "");
	else if (o->kind == OPT_KIND_FLAG)
		snprintf(out, n, "--%s", o->name);
	else
		snprintf(out, n, "--%s %s", o->name, value);
}

static bool is_required(const struct opt *o)
{
	return o->name ? (o->flags & OPT_REQUIRED) != 0 : !(o->flags & OPT_OPTIONAL);
}

/* Writes the next word of the usage line (an entry, or a whole group) into
 * out and returns the entry after it. */
static const struct opt *next_word(const struct opt *o, char *out, size_t n)
{
	char item[300];
	int g = o->flags >> 8;
	if (!g) {
		item_of(o, item, sizeof item);
		snprintf(out, n, is_required(o) ? "%s" : "[%s]", item);
		return o + 1;
	}
	bool required = false;
	size_t len = 1;
	snprintf(out, n, "(");
	const struct opt *p = o;
	for (; p->kind != OPT_KIND_END && (p->flags >> 8) == g && len < n; p++) {
		required |= (p->flags & OPT_REQUIRED) != 0;
		item_of(p, item, sizeof item);
		len += (size_t)snprintf(out + len, n - len, "%s%s", p == o ? "" : " | ", item);
	}
	if (len + 1 < n) {
		out[len] = required ? ')' : ']';
		out[len + 1] = '\0';
		if (!required)
			out[0] = '[';
	}
	return p;
}

void opt_print_usage(FILE *out, const char *prefix, const struct opt_cmd *cmd)
{
	char word[600];
	int col = fprintf(out, "%srota%s%s", prefix, *cmd->name ? " " : "", cmd->name);
	int indent = 8; /* continuation lines, whatever the prefix's language */
	for (const struct opt *o = cmd->opts; o->kind != OPT_KIND_END;) {
		o = next_word(o, word, sizeof word);
		int w = (int)strlen(word);
		if (col + 1 + w > USAGE_WIDTH && col > indent) {
			col = fprintf(out, "\n%*s%s", indent, "", word) - 1;
		} else {
			col += fprintf(out, " %s", word);
		}
	}
	fputc('\n', out);
}

static void print_line(FILE *out, const char *left, const char *help)
{
	int w = fprintf(out, "  %s", left);
	if (w + 2 > HELP_COLUMN)
		fprintf(out, "\n%*s%s\n", HELP_COLUMN, "", help);
	else
		fprintf(out, "%*s%s\n", HELP_COLUMN - w, "", help);
}

void opt_print_options(FILE *out, const struct opt *table)
{
	char item[300];
	for (const struct opt *o = table; o->kind != OPT_KIND_END; o++) {
		item_of(o, item, sizeof item);
		print_line(out, item, o->help ? _(o->help) : "");
	}
	print_line(out, "-h, --help", _("shows this help"));
}

void opt_print_help(FILE *out, const struct opt_cmd *cmd)
{
	opt_print_usage(out, _("Usage: "), cmd);
	if (cmd->about)
		fprintf(out, "%s\n", _(cmd->about));
	fputc('\n', out);
	opt_print_options(out, cmd->opts);
}
