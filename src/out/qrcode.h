/* Encodes a badge payload as a QR symbol with libqrencode: error
 * correction level H (a scratched card still reads), smallest version. */
#ifndef ROTA_OUT_QRCODE_H
#define ROTA_OUT_QRCODE_H

#include "core/qr.h"
#include "util/err.h"

/* Fills *out with the symbol for text; ERR_INVALID when it cannot be made. */
enum rota_err qrcode_encode(const char *text, struct qr_matrix *out);

#endif
