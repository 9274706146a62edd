/* Loading libpq on demand. The one handle stays for the process's life. */
#include "central/pq_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/dl.h"

const struct pq_lib *pq_lib_get(void)
{
	static struct pq_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *handle = dl_library("libpq.so.5");
	bool ok = handle != NULL;
#define PQ_LIB_LOAD(name) DL_LOAD(ok, handle, lib, name);
	PQ_LIB_FUNCTIONS(PQ_LIB_LOAD)
#undef PQ_LIB_LOAD
	if (!ok) {
		if (handle)
			dlclose(handle);
		return NULL;
	}
	loaded = true;
	return &lib;
}
