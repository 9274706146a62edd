/* A QR symbol as a plain matrix of modules, without its quiet zone. Filled
 * by out/qrcode.c (libqrencode); drawn by the UI and the badge sheet. */
#ifndef ROTA_CORE_QR_H
#define ROTA_CORE_QR_H

#include <stdbool.h>

#define QR_MAX_WIDTH 57     /* version 10: far more than a badge needs */
#define QR_QUIET_ZONE 4     /* modules of light margin the standard asks for */

struct qr_matrix {
	int width;          /* modules per side */
	unsigned char dark[QR_MAX_WIDTH][QR_MAX_WIDTH];  /* [y][x], 1 = dark */
};

/* Returns true for a dark module; anything outside the symbol (the quiet
 * zone) is light. */
bool qr_is_dark(const struct qr_matrix *m, int x, int y);

#endif
