/* What the fuzz targets share (tests/fuzz/fuzz_*.c, each one libFuzzer
 * target): turning the fuzzer's bytes into the NUL-terminated text rota's
 * parsers take, and a check that aborts, so libFuzzer keeps the input. */
#ifndef ROTA_TESTS_FUZZ_H
#define ROTA_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Returns a new NUL-terminated copy of data (free it); an inner NUL ends the
 * text there, as it would for any C string rota is given. */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Aborts with what broke when ok is false: a broken promise, not a crash
 * the sanitizers would see. */
#define FUZZ_ASSERT(ok, what) \
	do { \
		if (!(ok)) { \
			fprintf(stderr, "fuzz: %s (%s:%d)\n", (what), __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

#endif
