/* Joining and splitting a draft's fields. */
#include "core/draft.h"

#include <string.h>

bool draft_join(const char *const *fields, int n, char *body, size_t n_body)
{
	size_t used = 0;
	body[0] = '\0';
	for (int i = 0; i < n; i++) {
		size_t len = strlen(fields[i] ? fields[i] : "");
		if (used + len + 2 > n_body) {
			body[0] = '\0';
			return false;
		}
		if (i)
			body[used++] = '\x1f';
		memcpy(body + used, fields[i] ? fields[i] : "", len);
		used += len;
		body[used] = '\0';
	}
	return true;
}

int draft_split(const char *body, char (*out)[DRAFT_FIELD_MAX], int max)
{
	int n = 0;
	const char *p = body;
	while (n < max) {
		const char *end = strchr(p, '\x1f');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len > DRAFT_FIELD_MAX - 1)
			len = DRAFT_FIELD_MAX - 1;
		memcpy(out[n], p, len);
		out[n++][len] = '\0';
		if (!end)
			break;
		p = end + 1;
	}
	return n;
}

bool draft_is_empty(const char *body)
{
	for (; *body; body++)
		if (*body != '\x1f')
			return false;
	return true;
}
