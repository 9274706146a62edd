/* WAV files: one header, written byte by byte so the file is the same on
 * any machine, then the samples, little-endian. */
#include "out/wav.h"

#include <stdio.h>

#include "util/files.h"

static void put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v & 0xff);
	p[1] = (unsigned char)((v >> 8) & 0xff);
}

static void put32(unsigned char *p, unsigned long v)
{
	put16(p, (unsigned)(v & 0xffff));
	put16(p + 2, (unsigned)((v >> 16) & 0xffff));
}

void wav_header(unsigned char h[WAV_HEADER_BYTES], size_t n, int rate)
{
	unsigned long data = (unsigned long)n * 2;
	const char *tags[] = { "RIFF", "WAVE", "fmt ", "data" };
	const int at[] = { 0, 8, 12, 36 };
	for (int t = 0; t < 4; t++)
		for (int i = 0; i < 4; i++)
			h[at[t] + i] = (unsigned char)tags[t][i];
	put32(h + 4, 36 + data);
	put32(h + 16, 16);                       /* the fmt chunk's size */
	put16(h + 20, 1);                        /* PCM */
	put16(h + 22, 1);                        /* one channel */
	put32(h + 24, (unsigned long)rate);
	put32(h + 28, (unsigned long)rate * 2);  /* bytes a second */
	put16(h + 32, 2);                        /* bytes a sample */
	put16(h + 34, 16);                       /* bits a sample */
	put32(h + 40, data);
}

enum rota_err wav_write(const char *path, const int16_t *pcm, size_t n, int rate)
{
	struct files_out out;
	enum rota_err e = files_out_open(&out, path);
	if (e != ERR_OK)
		return e;
	unsigned char h[WAV_HEADER_BYTES], s[2];
	wav_header(h, n, rate);
	bool ok = fwrite(h, 1, sizeof h, out.f) == sizeof h;
	for (size_t i = 0; ok && i < n; i++) {
		put16(s, (unsigned)(uint16_t)pcm[i]);
		ok = fwrite(s, 1, 2, out.f) == 2;
	}
	if (!ok) {
		files_out_abort(&out);
		return ERR_FILE_WRITE;
	}
	return files_out_commit(&out);
}
