/* The document toolkit: A4 PDF pages drawn with cairo, text laid out with
 * Pango (it wraps, and stays text that pdftotext reads), a header on every
 * page (the workshop's name, the document's title, the period, and a line of
 * detail when the document has one), a footer "page N of M" in the current
 * language (with a note beside it, such as when it was made and by whom), tables whose cells wrap and whose
 * rows move to the next page whole (the table's head repeated), signature
 * boxes, a month calendar strip and a small line chart as plain cairo paths.
 *
 * All lengths are millimetres from the page's top left corner; font sizes
 * are points. cairo and Pango are loaded when a document is opened, never
 * before (the kiosk never draws one). Every drawing step's cairo status is
 * checked: the first failure sticks, later steps do nothing, and
 * doc_close() reports it and leaves no file behind. Nothing here reads the
 * records; callers pass plain values. */
#ifndef ROTA_OUT_DOC_H
#define ROTA_OUT_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "util/err.h"

struct doc;

enum doc_orient { DOC_PORTRAIT, DOC_LANDSCAPE };
enum doc_align { DOC_LEFT, DOC_CENTER, DOC_RIGHT };

/* What every page's header says, and what the file says of itself
 * (out/pdf_meta.h: the title, the workshop as its author, the subject, and
 * created as its date); each string is copied at doc_open. */
struct doc_head {
	const char *workshop;  /* the workshop's name */
	const char *title;     /* the document's title */
	const char *period;    /* the period it covers, as people read it */
	const char *subject;   /* one sentence: what the document is for */
	time_t created;        /* rota's now, the file's creation date */
	const char *detail;    /* a line under the title on every page (who and
	                          what the document is about); NULL: none */
	const char *note;      /* the footer's left, on every page (when it was
	                          made, by whom); NULL: none */
};

/* How a piece of text looks: size in points (0: 9), bold, alignment. */
struct doc_style {
	double size;
	bool bold;
	enum doc_align align;
};

/* Opens a PDF document at path, A4 in orient, and starts its first page.
 * Returns ERR_FILE_RECORDS when path is the records (util/guard.h),
 * ERR_FILE_NOT_PLAIN when path names something other than a plain
 * file (a device, a FIFO, a folder, a link: left as it is), ERR_DOCUMENT
 * (the log says why) when cairo or Pango cannot be loaded or the file cannot
 * be created; *out is then NULL. The file is written new beside path
 * (files_out, mode 0600) and replaces path only when doc_close() succeeds. */
enum rota_err doc_open(const char *path, enum doc_orient orient, const struct doc_head *head, struct doc **out);
/* Writes every page with its footer "page N of M", finishes the file, puts
 * it at path and frees d (NULL is fine: ERR_OK). Returns ERR_OK, or
 * ERR_DOCUMENT (or ERR_FILE_NOT_PLAIN or ERR_FILE_RECORDS, when something
 * not a plain file or records took the name meanwhile) when any step failed: then nothing new is left and
 * path is as it was. */
enum rota_err doc_close(struct doc *d);
/* Returns true while every step so far has drawn. */
bool doc_is_ok(const struct doc *d);

/* The writing area of every page, below the header and above the footer. */
void doc_area(const struct doc *d, double *x, double *top, double *width, double *bottom);
/* Returns where the next block goes on the current page (starts at the
 * area's top; the table and block functions below move it on). */
double doc_y(const struct doc *d);
/* Moves the cursor to y on the current page. */
void doc_set_y(struct doc *d, double y);
/* Starts a new page: a header, the cursor at the area's top. */
void doc_new_page(struct doc *d);
/* Starts a new page when height mm do not fit below the cursor. */
void doc_need(struct doc *d, double height);

/* Returns the height text takes when laid out width mm wide in style. */
double doc_text_height(struct doc *d, double width, const char *text, const struct doc_style *style);
/* Returns the width of text on one line in style (no wrapping). */
double doc_text_width(struct doc *d, const char *text, const struct doc_style *style);
/* Draws text wrapped to width at (x, y); returns its height. */
double doc_text(struct doc *d, double x, double y, double width, const char *text, const struct doc_style *style);
/* Draws a paragraph across the area at the cursor (a new page first when
 * it does not fit) and moves the cursor below it, plus gap mm. */
void doc_paragraph(struct doc *d, const char *text, const struct doc_style *style, double gap);

/* A table column: its head, width in mm (0: an equal share of what the
 * other columns leave of the area), alignment of its cells. */
struct doc_column {
	const char *head;
	double width;
	enum doc_align align;
};

/* A table: its columns, the style of the head row and of the cells, the
 * least height of a row (0: as tall as its text; a signature column wants
 * room to sign), and the room inside each cell's border (0: 1 mm; less
 * for many narrow columns). */
struct doc_table {
	const struct doc_column *cols;
	int ncols;
	struct doc_style head, cell;
	double min_row;
	double pad;
};

/* Draws the table's head row at the cursor. */
void doc_table_head(struct doc *d, const struct doc_table *t);
/* Draws one row of t->ncols cells (NULL: empty) at the cursor, each
 * wrapped to its column; a row that does not fit goes whole to a new page,
 * under the head drawn again. shade[i] (shade may be NULL) greys cell i
 * (0: white .. 1: black; keep it light, the text stays black). */
void doc_table_row(struct doc *d, const struct doc_table *t, const char *const *cells, const double *shade);
/* As doc_table_row(), but the row goes to a new page unless keep mm more
 * fit below it too: what follows the last row (signatures) then never
 * stands alone on a page. */
void doc_table_row_keep(struct doc *d, const struct doc_table *t, const char *const *cells, const double *shade,
                        double keep);

/* A row of n signature boxes across the area at the cursor (a new page
 * first when they do not fit), each with its label above a line to sign
 * on and "Date" beside it. */
void doc_signatures(struct doc *d, const char *const *labels, int n, double height);

/* One day of a month calendar strip. */
enum doc_day {
	DOC_DAY_NONE,       /* nothing expected, nothing recorded */
	DOC_DAY_OFF,        /* not a workshop day (a weekend): hatched */
	DOC_DAY_PRESENT,    /* here: a filled square */
	DOC_DAY_ABSENT,     /* expected and not here: an empty square */
	DOC_DAY_EXCUSED,    /* an excused absence: a diagonal line */
	DOC_DAY_CLOSED,     /* a holiday or a closure: grey */
	DOC_DAY_UNRESOLVED, /* here, hours not yet known: a half-filled square */
};

/* A month as a strip of squares, one per day, for a plain struct of
 * values: year, month (1-12), days in it, and each day's kind. */
struct doc_month_strip {
	int year, month, ndays;
	enum doc_day day[31];
};

/* Draws the strip at (x, y) width mm wide (a label column of 25 mm first:
 * the month's name given in label); returns its height. */
double doc_month_strip(struct doc *d, double x, double y, double width, const char *label,
                       const struct doc_month_strip *m);
/* Draws the legend of the strip's marks (labels[i] for enum doc_day i+1,
 * DOC_DAY_OFF to DOC_DAY_UNRESOLVED; NULL skips one) at (x, y); returns its
 * height. */
double doc_month_legend(struct doc *d, double x, double y, double width, const char *const labels[6]);

/* One line of a chart: n points (x ascending), drawn as steps (a level
 * holds until the next one) when is_step. */
struct doc_series {
	const char *label;
	const double *x, *y;
	int n;
	bool is_step;
};

/* A small line chart of levels over time: the axes' ranges, the y axis's
 * labels (y_labels[i] for y_min + i, NULL: the numbers), the x axis's
 * labels at its two ends, and the series (each its own dash and marker,
 * so the chart reads in black and white). */
struct doc_chart {
	double x_min, x_max, y_min, y_max;
	const char *const *y_labels;
	const char *x_from, *x_to;
	const struct doc_series *series;
	int nseries;
};

/* Draws chart c in the box (x, y, width, height) with a legend under it;
 * returns the height used (height plus the legend's). */
double doc_line_chart(struct doc *d, double x, double y, double width, double height, const struct doc_chart *c);

#endif
