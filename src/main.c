/* rota: a check-in kiosk for social-activation workshops. */
#include "cli/cli.h"

int main(int argc, char **argv) { return cli_main(argc, argv); }
