/* Loading Pango on demand, library by library. The handles stay for the
 * process's life; on any failure none of them is kept. */
#include "out/pango_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/log.h"

/* Opens library so; NULL and a log line when it is not there. */
static void *open_lib(const char *so)
{
	void *handle = dlopen(so, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		log_msg(LOG_ERROR, "cannot load %s: %s", so, dlerror());
	return handle;
}

const struct pango_lib *pango_lib_get(void)
{
	static struct pango_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *pango = open_lib("libpango-1.0.so.0");
	void *pangocairo = open_lib("libpangocairo-1.0.so.0");
	void *gobject = open_lib("libgobject-2.0.so.0");
	bool ok = pango && pangocairo && gobject;
	/* POSIX guarantees a data pointer from dlsym converts to a function pointer. */
#define PANGO_LIB_LOAD(handle, name) \
	if (ok) { \
		*(void **)&lib.name = dlsym(handle, #name); \
		ok = lib.name != NULL; \
		if (!ok) \
			log_msg(LOG_ERROR, "pango lacks %s", #name); \
	}
#define FROM_PANGO(name) PANGO_LIB_LOAD(pango, name)
#define FROM_PANGOCAIRO(name) PANGO_LIB_LOAD(pangocairo, name)
#define FROM_GOBJECT(name) PANGO_LIB_LOAD(gobject, name)
	PANGO_LIB_FUNCTIONS(FROM_PANGO)
	PANGOCAIRO_LIB_FUNCTIONS(FROM_PANGOCAIRO)
	GOBJECT_LIB_FUNCTIONS(FROM_GOBJECT)
#undef FROM_PANGO
#undef FROM_PANGOCAIRO
#undef FROM_GOBJECT
#undef PANGO_LIB_LOAD
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
