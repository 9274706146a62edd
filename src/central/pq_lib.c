/* Loading libpq on demand. The one handle stays for the process's life. */
#include "central/pq_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/log.h"

const struct pq_lib *pq_lib_get(void)
{
	static struct pq_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
	if (!handle) {
		log_msg(LOG_ERROR, "cannot load libpq: %s", dlerror());
		return NULL;
	}
	bool ok = true;
	/* POSIX guarantees a data pointer from dlsym converts to a function pointer. */
#define PQ_LIB_LOAD(name) \
	*(void **)&lib.name = dlsym(handle, #name); \
	ok = ok && lib.name != NULL;
	PQ_LIB_FUNCTIONS(PQ_LIB_LOAD)
#undef PQ_LIB_LOAD
	if (!ok) {
		log_msg(LOG_ERROR, "libpq lacks a function rota uses");
		dlclose(handle);
		return NULL;
	}
	loaded = true;
	return &lib;
}
