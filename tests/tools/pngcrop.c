/* Cuts a rectangle out of a PNG, so one badge of a printed sheet can be read
 * alone, as a scanner reads one card. Usage: pngcrop IN.png X Y W H OUT.png */
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	if (argc != 7) {
		fprintf(stderr, "usage: pngcrop IN.png X Y W H OUT.png\n");
		return 2;
	}
	cairo_surface_t *in = cairo_image_surface_create_from_png(argv[1]);
	if (cairo_surface_status(in) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "pngcrop: cannot read %s\n", argv[1]);
		return 1;
	}
	int x = atoi(argv[2]), y = atoi(argv[3]), w = atoi(argv[4]), h = atoi(argv[5]);
	cairo_surface_t *out = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	cairo_t *cr = cairo_create(out);
	cairo_set_source_surface(cr, in, -x, -y);
	cairo_paint(cr);
	cairo_destroy(cr);
	int rc = cairo_surface_write_to_png(out, argv[6]) == CAIRO_STATUS_SUCCESS ? 0 : 1;
	cairo_surface_destroy(out);
	cairo_surface_destroy(in);
	return rc;
}
