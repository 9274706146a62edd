/* Names, roles and PIN shape. No I/O. */
#include "core/person.h"

#include <string.h>

#include "util/i18n.h"
#include "util/text.h"

static const char *const role_codes[] = { "participant", "mentor", "coordinator" };

const char *person_role_code(enum person_role role)
{
	return (unsigned)role < 3 ? role_codes[role] : "participant";
}

const char *person_role_label(enum person_role role)
{
	switch (role) {
	case ROLE_MENTOR: return N_("mentor");
	case ROLE_COORDINATOR: return N_("coordinator");
	case ROLE_PARTICIPANT: break;
	}
	return N_("participant");
}

bool person_role_parse(const char *code, enum person_role *role)
{
	for (int i = 0; code && i < 3; i++) {
		if (!strcmp(code, role_codes[i])) {
			*role = (enum person_role)i;
			return true;
		}
	}
	return false;
}

enum rota_err person_name_check(const char *name)
{
	return text_check_err(name, TEXT_LINE, TEXT_NAME_CHARS);
}

void person_short_name_n(const char *full, int letters, char *out, size_t n)
{
	const char *p = full;
	while (*p == ' ')
		p++;
	size_t first_len = strcspn(p, " ");
	const char *last = NULL;
	for (const char *q = p + first_len; *q; q++)
		if (q[0] == ' ' && q[1] && q[1] != ' ')
			last = q + 1;
	char buf[PERSON_NAME_MAX + 8];
	if (first_len > PERSON_NAME_MAX - 1)
		first_len = PERSON_NAME_MAX - 1;
	memcpy(buf, p, first_len);
	buf[first_len] = '\0';
	if (last) {
		size_t i = 0, end = 0;
		for (int k = 0; k < letters && last[i] && last[i] != ' '; k++) {
			text_decode(last, &i);
			end = i;
		}
		size_t len = strlen(buf);
		if (len + 2 + end < sizeof buf) {
			buf[len++] = ' ';
			memcpy(buf + len, last, end);
			len += end;
			/* a whole last name needs no full stop */
			if (last[end] && last[end] != ' ')
				buf[len++] = '.';
			buf[len] = '\0';
		}
	}
	text_copy(out, n, buf);
}

void person_short_name(const char *full, char *out, size_t n) { person_short_name_n(full, 1, out, n); }

bool person_pin_is_well_formed(const char *pin)
{
	size_t n = 0;
	if (!pin)
		return false;
	for (; pin[n]; n++)
		if (pin[n] < '0' || pin[n] > '9')
			return false;
	return n >= 4 && n <= 8;
}
