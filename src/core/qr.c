/* QR matrix access. */
#include "core/qr.h"

bool qr_is_dark(const struct qr_matrix *m, int x, int y)
{
	return x >= 0 && y >= 0 && x < m->width && y < m->width && m->dark[y][x];
}
