/* The team-meeting report about one participant as a portrait A4 PDF: the
 * facts, a month strip per month, a small step chart per process and skill
 * with its words, then sections of text (goals, their own words, the notes
 * for the team, the previous agreement). The caller words everything. */
#ifndef ROTA_OUT_TEAM_REPORT_PDF_H
#define ROTA_OUT_TEAM_REPORT_PDF_H

#include <stddef.h>

#include "out/doc.h"
#include "util/err.h"

/* A heading and its text (lines split by '\n'). */
struct team_report_section {
	const char *heading;
	const char *text;
};

struct team_report_sheet {
	struct doc_head head;
	const char *facts;                        /* name, group, programme, mentors */
	const char *att_heading;
	const struct doc_month_strip *strips;     /* [nstrips], oldest first */
	const char *const *strip_labels;          /* [nstrips]: "2026-12: 20 d, 131.5 h" */
	size_t nstrips;
	const char *const *legend;                /* [6]: the strip's marks in words */
	const char *att_text;                     /* totals against the target */
	const char *levels_heading;
	const struct doc_chart *charts;           /* [ncharts]: one per process or skill */
	const char *const *chart_words;           /* [ncharts]: its levels in words */
	size_t ncharts;
	const struct team_report_section *sections;
	size_t nsections;
};

/* Writes sheet s to path. ERR_DOCUMENT when it cannot be drawn whole (no
 * file is left then). */
enum rota_err team_report_pdf_write(const char *path, const struct team_report_sheet *s);

#endif
