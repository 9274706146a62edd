/* The names behind enum rota_err. */
#include "util/err.h"

#define ROTA_ERR_NAME(name) #name,
static const char *const names[] = { ROTA_ERRORS(ROTA_ERR_NAME) };

const char *err_name(enum rota_err e)
{
	return (unsigned)e < ERR__COUNT ? names[e] : "?";
}
