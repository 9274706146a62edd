/* Loading eSpeak NG on demand. The one handle stays for the process's life;
 * a library that is missing is said once in the log, not at every scan. */
#include "out/espeak_lib.h"

#include <dlfcn.h>
#include <stdbool.h>

#include "util/dl.h"
#include "util/log.h"

const struct espeak_lib *espeak_lib_get(void)
{
	static struct espeak_lib lib;
	static bool tried, loaded;
	if (tried)
		return loaded ? &lib : NULL;
	tried = true;
	void *handle = dl_library("libespeak-ng.so.1");
	bool ok = handle != NULL;
	DL_LOAD(ok, handle, lib, espeak_Initialize);
	DL_LOAD(ok, handle, lib, espeak_SetSynthCallback);
	DL_LOAD(ok, handle, lib, espeak_SetVoiceByName);
	DL_LOAD(ok, handle, lib, espeak_Synth);
	DL_LOAD(ok, handle, lib, espeak_Synchronize);
	DL_LOAD(ok, handle, lib, espeak_Terminate);
	if (!ok) {
		log_msg(LOG_WARN, "the door's speech is silent here: eSpeak NG (Debian: libespeak-ng1) is missing");
		if (handle)
			dlclose(handle);
		return NULL;
	}
	loaded = true;
	return &lib;
}
