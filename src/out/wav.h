/* Sound as a WAV file: 16-bit signed samples, one channel, the header every
 * player and sox read. For `rota sound` (a file to try a door's sound) and
 * for the player the kiosk feeds (src/out/sound.c). */
#ifndef ROTA_OUT_WAV_H
#define ROTA_OUT_WAV_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define WAV_HEADER_BYTES 44

/* Fills h with the header of n samples at rate samples per second (PCM,
 * 16-bit little-endian, mono). */
void wav_header(unsigned char h[WAV_HEADER_BYTES], size_t n, int rate);
/* Writes the n samples of pcm at rate as a WAV file at path: made new
 * beside it and renamed into place, mode 0600 (util/files.h). Returns
 * ERR_OK, or what files_out_open / files_out_commit refused (the target is
 * then as it was). */
enum rota_err wav_write(const char *path, const int16_t *pcm, size_t n, int rate);

#endif
