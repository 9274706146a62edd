/* What each screen is entered with, read by its declared kind: the one
 * place that knows which argument carries a mentor's session. */
#include <stddef.h>

#include "screens/screens.h"

static enum screen_arg arg_kind(const struct screen_ops *ops)
{
#define SCREEN_KIND(screen, kind) \
	if (ops == &screen)       \
		return kind;
	ROTA_SCREENS(SCREEN_KIND)
#undef SCREEN_KIND
	return SCREEN_ARG_NONE;
}

const struct mentor_session *screen_arg_session(const struct screen_ops *ops, const void *arg)
{
	if (!arg)
		return NULL;
	switch (arg_kind(ops)) {
	case SCREEN_ARG_SESSION: return arg;
	case SCREEN_ARG_PERSON: return &((const struct person_arg *)arg)->session;
	case SCREEN_ARG_CORRECT: return &((const struct correct_arg *)arg)->session;
	case SCREEN_ARG_PROMPT: return &((const struct prompt_arg *)arg)->who.session;
	case SCREEN_ARG_NONE:
	case SCREEN_ARG_SCAN_RESULT:
	case SCREEN_ARG_MESSAGE:
	case SCREEN_ARG_NAMES:
	case SCREEN_ARG_NAME_PICK:
	case SCREEN_ARG_BADGE_QR:
	case SCREEN_ARG_OVERLAY:
	case SCREEN_ARG_TOO_SMALL:
		break;
	}
	return NULL;
}
