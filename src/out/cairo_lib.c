/* Loading cairo on demand. The one handle stays for the process's life. */
#include "out/cairo_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/dl.h"

const struct cairo_lib *cairo_lib_get(void)
{
	static struct cairo_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *handle = dl_library("libcairo.so.2");
	bool ok = handle != NULL;
#define CAIRO_LIB_LOAD(name) DL_LOAD(ok, handle, lib, name);
	CAIRO_LIB_FUNCTIONS(CAIRO_LIB_LOAD)
#undef CAIRO_LIB_LOAD
	if (!ok) {
		if (handle)
			dlclose(handle);
		return NULL;
	}
	loaded = true;
	return &lib;
}
