/* Idle arithmetic. */
#include "core/session.h"

bool session_is_idle(long long last_input_ms, long long now_ms, int timeout_s)
{
	return timeout_s > 0 && now_ms - last_input_ms >= (long long)timeout_s * 1000;
}
