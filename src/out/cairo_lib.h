/* cairo, loaded only when a badge sheet or a document is drawn. The kiosk itself never
 * draws PDF or PNG, and linking cairo would load some twenty libraries
 * (X11, fontconfig, freetype...) into every kiosk process for nothing. */
#ifndef ROTA_OUT_CAIRO_LIB_H
#define ROTA_OUT_CAIRO_LIB_H

#include <cairo-pdf.h>
#include <cairo.h>

#define CAIRO_LIB_FUNCTIONS(X) \
	X(cairo_create) X(cairo_destroy) X(cairo_fill) X(cairo_image_surface_create) \
	X(cairo_line_to) X(cairo_move_to) X(cairo_paint) X(cairo_pdf_surface_create) \
	X(cairo_rectangle) X(cairo_scale) X(cairo_select_font_face) X(cairo_set_antialias) \
	X(cairo_set_font_size) X(cairo_set_line_width) X(cairo_set_source_rgb) X(cairo_show_page) \
	X(cairo_show_text) X(cairo_status_to_string) X(cairo_stroke) X(cairo_surface_destroy) \
	X(cairo_surface_finish) X(cairo_surface_status) X(cairo_surface_write_to_png) \
	X(cairo_text_extents) X(cairo_save) X(cairo_restore) X(cairo_status) X(cairo_set_dash) \
	X(cairo_close_path) X(cairo_new_path) X(cairo_arc) X(cairo_translate) \
	X(cairo_recording_surface_create) X(cairo_set_source_surface) X(cairo_stroke_preserve) \
	X(cairo_fill_preserve) X(cairo_set_line_join) X(cairo_pdf_surface_set_metadata)

struct cairo_lib {
#define CAIRO_LIB_POINTER(name) __typeof__(name) *name;
	CAIRO_LIB_FUNCTIONS(CAIRO_LIB_POINTER)
#undef CAIRO_LIB_POINTER
};

/* Returns cairo's functions, loading the library on the first call; NULL
 * (and a line in the log) when it is not installed. */
const struct cairo_lib *cairo_lib_get(void);

#endif
