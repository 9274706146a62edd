/* Idle rules for the kiosk: when a screen other than home has seen no input
 * for its timeout, the kiosk goes back home. */
#ifndef ROTA_CORE_SESSION_H
#define ROTA_CORE_SESSION_H

#include <stdbool.h>

/* Returns true when last_input_ms lies timeout_s or more before now_ms
 * (never for timeout_s <= 0). */
bool session_is_idle(long long last_input_ms, long long now_ms, int timeout_s);

#endif
