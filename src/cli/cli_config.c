/* rota config [list] | rota config set KEY VALUE */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "app/sync.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/i18n.h"
#include "util/text.h"

struct set_args {
	const char *key, *value;
};

static const struct opt list_opts[] = { OPT_END };
static const struct opt_cmd list_cmd = {
	"config list", N_("Prints every setting as KEY=VALUE (also without a verb)."), list_opts,
};

static const struct opt set_opts[] = {
	OPT_ARG("KEY", 0, N_("a setting's name, as 'rota config list' prints it"),
	        offsetof(struct set_args, key)),
	OPT_ARG("VALUE", 0, N_("the new value"), offsetof(struct set_args, value)),
	OPT_END,
};
static const struct opt_cmd set_cmd = { "config set", N_("Changes one setting."), set_opts };

static int list_config(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	(void)args;
	const char *key;
	char value[TEXT_BYTES(TEXT_NAME_CHARS)];
	for (int i = 0; app_config_item(app, i, &key, value, sizeof value); i++) {
		printf("%s=", key);
		cli_put_text(stdout, value);
		putchar('\n');
	}
	/* Made once with the records; not a setting, never changed. */
	char site[40];
	if (app_site_id(app, site, sizeof site) == ERR_OK)
		printf("site_id=%s\n", site);
	return CLI_OK;
}

static int config_list(const struct cli *cli, int argc, char **argv)
{
	int rc = cli_parse(&list_cmd, NULL, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_config, NULL);
}

static int config_set(const struct cli *cli, int argc, char **argv)
{
	struct set_args a = { 0 };
	int rc = cli_parse(&set_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_config_set(app, a.key, a.value);
	app_close(app);
	if (e == ERR_INVALID) {
		char rule[200];
		app_config_rule(a.key, rule, sizeof rule);
		return cli_refuse(rule);
	}
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_config(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &list_cmd, config_list }, { &set_cmd, config_set } };
	return cli_run_verb(cli, verbs, 2, "list");
}
