/* Loading cairo on demand. The one handle stays for the process's life. */
#include "out/cairo_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/log.h"

const struct cairo_lib *cairo_lib_get(void)
{
	static struct cairo_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *handle = dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
	if (!handle) {
		log_msg(LOG_ERROR, "cannot load cairo: %s", dlerror());
		return NULL;
	}
	bool ok = true;
	/* POSIX guarantees a data pointer from dlsym converts to a function pointer. */
#define CAIRO_LIB_LOAD(name) \
	*(void **)&lib.name = dlsym(handle, #name); \
	ok = ok && lib.name != NULL;
	CAIRO_LIB_FUNCTIONS(CAIRO_LIB_LOAD)
#undef CAIRO_LIB_LOAD
	if (!ok) {
		log_msg(LOG_ERROR, "cairo lacks a function rota draws with");
		dlclose(handle);
		return NULL;
	}
	loaded = true;
	return &lib;
}
