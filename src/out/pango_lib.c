/* Loading Pango on demand, library by library. The handles stay for the
 * process's life; on any failure none of them is kept. */
#include "out/pango_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/dl.h"

const struct pango_lib *pango_lib_get(void)
{
	static struct pango_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *pango = dl_library("libpango-1.0.so.0");
	void *pangocairo = dl_library("libpangocairo-1.0.so.0");
	void *gobject = dl_library("libgobject-2.0.so.0");
	bool ok = pango && pangocairo && gobject;
#define FROM_PANGO(name) DL_LOAD(ok, pango, lib, name);
#define FROM_PANGOCAIRO(name) DL_LOAD(ok, pangocairo, lib, name);
#define FROM_GOBJECT(name) DL_LOAD(ok, gobject, lib, name);
	PANGO_LIB_FUNCTIONS(FROM_PANGO)
	PANGOCAIRO_LIB_FUNCTIONS(FROM_PANGOCAIRO)
	GOBJECT_LIB_FUNCTIONS(FROM_GOBJECT)
#undef FROM_PANGO
#undef FROM_PANGOCAIRO
#undef FROM_GOBJECT
	if (!ok) {
		if (pango)
			dlclose(pango);
		if (pangocairo)
			dlclose(pangocairo);
		if (gobject)
			dlclose(gobject);
		return NULL;
	}
	loaded = true;
	return &lib;
}
