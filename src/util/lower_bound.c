/* The first element with a key: see lower_bound.h. */
#include "util/lower_bound.h"

#include <string.h>

size_t lower_bound_ll(const void *base, size_t n, size_t size, size_t key_at, long long key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		long long k;
		memcpy(&k, (const char *)base + mid * size + key_at, sizeof k);
		if (k < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
