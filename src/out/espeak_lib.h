/* eSpeak NG (libespeak-ng.so.1), loaded only when a workshop's door speaks
 * (door_sound speech) or `rota sound` renders speech: a kiosk with the door
 * silent or in tones never maps it, and a machine without it builds and
 * runs rota all the same. The few functions rota calls are declared here as
 * speak_lib.h declares them (that API has kept its shape since eSpeak 1.x),
 * so building needs no -dev package. */
#ifndef ROTA_OUT_ESPEAK_LIB_H
#define ROTA_OUT_ESPEAK_LIB_H

#include <stddef.h>

/* From speak_lib.h: the values rota passes. */
enum {
	ESPEAK_OUTPUT_SYNCHRONOUS = 2,  /* AUDIO_OUTPUT_SYNCHRONOUS: samples to the callback, in the call */
	ESPEAK_POS_CHARACTER = 1,       /* POS_CHARACTER */
	ESPEAK_CHARS_UTF8 = 1,          /* espeakCHARS_UTF8 */
	ESPEAK_INIT_DONT_EXIT = 0x8000, /* espeakINITIALIZE_DONT_EXIT: fail, never exit(), without its data */
	ESPEAK_OK = 0,                  /* EE_OK */
};

/* The callback's event is opaque to rota. */
struct espeak_event;
typedef int espeak_synth_callback(short *wav, int numsamples, struct espeak_event *events);

struct espeak_lib {
	int (*espeak_Initialize)(int output, int buflength, const char *path, int options);
	void (*espeak_SetSynthCallback)(espeak_synth_callback *cb);
	int (*espeak_SetVoiceByName)(const char *name);
	int (*espeak_Synth)(const void *text, size_t size, unsigned int position, int position_type,
	                    unsigned int end_position, unsigned int flags, unsigned int *unique_identifier,
	                    void *user_data);
	int (*espeak_Synchronize)(void);
	int (*espeak_Terminate)(void);
};

/* Returns eSpeak NG's functions, loading the library on the first call;
 * NULL (and one line in the log, once) when it is not installed. */
const struct espeak_lib *espeak_lib_get(void);

#endif
