/* Finding the first element with a key in an array sorted by that key. */
#ifndef ROTA_UTIL_LOWER_BOUND_H
#define ROTA_UTIL_LOWER_BOUND_H

#include <stddef.h>

/* Returns the index of the first of the n elements of base (each size
 * bytes, sorted by the long long at byte offset key_at) whose key is not
 * below key; n when every key is below it. Halves: O(log n). */
size_t lower_bound_ll(const void *base, size_t n, size_t size, size_t key_at, long long key);

#endif
