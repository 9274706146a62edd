/* QR encoding through libqrencode. */
#include "out/qrcode.h"

#include <qrencode.h>
#include <string.h>

#include "util/log.h"

enum rota_err qrcode_encode(const char *text, struct qr_matrix *out)
{
	QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_H, QR_MODE_8, 1);
	memset(out, 0, sizeof *out);
	if (!code || code->width > QR_MAX_WIDTH) {
		log_msg(LOG_ERROR, "QR encoding failed for a %zu-byte text", strlen(text));
		QRcode_free(code);
		return ERR_INVALID;
	}
	out->width = code->width;
	for (int y = 0; y < code->width; y++)
		for (int x = 0; x < code->width; x++)
			out->dark[y][x] = code->data[y * code->width + x] & 1;
	QRcode_free(code);
	return ERR_OK;
}
