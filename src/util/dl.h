/* Libraries loaded on demand (cairo, Pango, libpq): only the commands that
 * draw a document or reach the central database load them, so the kiosk
 * neither links nor maps them. */
#ifndef ROTA_UTIL_DL_H
#define ROTA_UTIL_DL_H

#include <stdbool.h>

/* Opens the shared library so for the process's life; NULL and a log line
 * when it is not there. */
void *dl_library(const char *so);
/* Puts the function name of library handle into *slot; false and a log line
 * naming it when handle is NULL or lacks it (then *slot is NULL). */
bool dl_function(void *handle, const char *name, void **slot);

/* In a struct of function pointers made by an X-macro list, loads field
 * name from handle and keeps ok false once anything is missing. POSIX
 * guarantees a data pointer from dlsym converts to a function pointer. */
#define DL_LOAD(ok, handle, lib, name) ((ok) = dl_function((handle), #name, (void **)&(lib).name) && (ok))

#endif
