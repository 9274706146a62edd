/* The sentences and names behind enum rota_err. */
#include "util/err.h"

#include "util/i18n.h"

#define ROTA_ERR_MSG(name, msg) msg,
static const char *const messages[] = { ROTA_ERRORS(ROTA_ERR_MSG) };
#define ROTA_ERR_NAME(name, msg) #name,
static const char *const names[] = { ROTA_ERRORS(ROTA_ERR_NAME) };

const char *err_message(enum rota_err e)
{
	if ((unsigned)e >= ERR__COUNT)
		e = ERR_INVALID;
	return _(messages[e]);
}

const char *err_name(enum rota_err e)
{
	return (unsigned)e < ERR__COUNT ? names[e] : "?";
}
