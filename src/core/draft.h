/* A draft: what a mentor had typed into a form when mentor mode timed out,
 * kept for that mentor only until the form is saved or discarded. The key
 * is the mentor, the form and its subject (a person, and a visit or 0). */
#ifndef ROTA_CORE_DRAFT_H
#define ROTA_CORE_DRAFT_H

#include <stdbool.h>
#include <stddef.h>

#define DRAFT_BODY_MAX 2048
#define DRAFT_FIELDS_MAX 8
#define DRAFT_FIELD_MAX 512   /* bytes of one field, NUL included */

struct draft {
	long long mentor_id;
	char form[16];           /* "note", "goal", "group", "progress", "correct" */
	long long person_id;     /* 0: about nobody (a new group's name) */
	long long ref;           /* the visit corrected, else 0 */
	char body[DRAFT_BODY_MAX];
};

/* Joins n fields into body (size n_body) with the unit separator (0x1F),
 * which no typed text holds. Returns false (body empty) when they do not
 * fit. */
bool draft_join(const char *const *fields, int n, char *body, size_t n_body);
/* Splits body into up to max fields, copying each into out[i] (cut at a
 * whole byte count below DRAFT_FIELD_MAX); returns how many there were. */
int draft_split(const char *body, char (*out)[DRAFT_FIELD_MAX], int max);
/* Returns true when body holds no typed character (only separators):
 * there is nothing to keep. */
bool draft_is_empty(const char *body);

#endif
