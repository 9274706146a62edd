/* rota's version, as `rota --version` and every document's Creator say it.
 * The build may set it (-DROTA_VERSION="..."); this is the default. */
#ifndef ROTA_UTIL_VERSION_H
#define ROTA_UTIL_VERSION_H

#ifndef ROTA_VERSION
#define ROTA_VERSION "0.1.0"
#endif

#endif
