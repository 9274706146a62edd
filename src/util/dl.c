/* Loading a library on demand, one place for the log lines it needs. */
#include "util/dl.h"

#include <dlfcn.h>
#include <stddef.h>

#include "util/log.h"

void *dl_library(const char *so)
{
	void *handle = dlopen(so, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		log_msg(LOG_ERROR, "cannot load %s: %s", so, dlerror());
	return handle;
}

bool dl_function(void *handle, const char *name, void **slot)
{
	*slot = handle ? dlsym(handle, name) : NULL;
	if (handle && !*slot)
		log_msg(LOG_ERROR, "a library rota loads lacks %s", name);
	return *slot != NULL;
}
