/* Pango and pangocairo (and GObject's g_object_unref for their objects),
 * loaded only when a document is drawn, like cairo (out/cairo_lib.h): the
 * kiosk never lays out a page and must not load these libraries. */
#ifndef ROTA_OUT_PANGO_LIB_H
#define ROTA_OUT_PANGO_LIB_H

#include <pango/pangocairo.h>

#define PANGO_LIB_FUNCTIONS(X) \
	X(pango_layout_set_text) X(pango_layout_set_width) X(pango_layout_set_wrap) \
	X(pango_layout_set_font_description) X(pango_layout_get_size) X(pango_layout_set_alignment) \
	X(pango_font_description_from_string) X(pango_font_description_set_absolute_size) \
	X(pango_font_description_set_weight) X(pango_font_description_free) \
	X(pango_layout_get_unknown_glyphs_count) X(pango_layout_get_context) \
	X(pango_context_set_round_glyph_positions) X(pango_layout_context_changed)
#define PANGOCAIRO_LIB_FUNCTIONS(X) \
	X(pango_cairo_create_layout) X(pango_cairo_show_layout) X(pango_cairo_update_layout)
#define GOBJECT_LIB_FUNCTIONS(X) X(g_object_unref)

struct pango_lib {
#define PANGO_LIB_POINTER(name) __typeof__(name) *name;
	PANGO_LIB_FUNCTIONS(PANGO_LIB_POINTER)
	PANGOCAIRO_LIB_FUNCTIONS(PANGO_LIB_POINTER)
	GOBJECT_LIB_FUNCTIONS(PANGO_LIB_POINTER)
#undef PANGO_LIB_POINTER
};

/* Returns Pango's functions, loading the three libraries on the first call;
 * NULL (and a line in the log) when one is not installed or lacks a
 * function rota uses. */
const struct pango_lib *pango_lib_get(void);

#endif
