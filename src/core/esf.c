/* The ESF+ participant-level columns and their codes. */
#include "core/esf.h"

#include <string.h>

#include "util/date.h"
#include "util/text.h"

enum esf_col {
	COL_PARTICIPANT, COL_ENTRY_DATE, COL_EXIT_DATE, COL_GENDER, COL_AGE, COL_AGE_BAND, COL_EDUCATION,
	COL_ISCED_GROUP, COL_STATUS, COL_UNEMPLOYED, COL_LTU, COL_INACTIVE, COL_EMPLOYED, COL_EXIT_REASON,
	COL_RESULT_JOB_SEARCHING, COL_RESULT_EDUCATION, COL_RESULT_QUALIFICATION, COL_RESULT_EMPLOYED,
	COL_FOLLOWUP_DATE, COL_FOLLOWUP_EMPLOYED, COL_FOLLOWUP_IMPROVED,
	COL_FIRST_SPECIAL, /* then one per special-category field, in core/entry.h's order */
	NCOLS = COL_FIRST_SPECIAL + (ENTRY_NFIELDS - ENTRY_FIRST_SPECIAL)
};

static const char *const names[NCOLS] = {
	"participant", "entry_date", "exit_date", "gender", "age_at_entry", "age_band", "education",
	"isced_group", "status", "unemployed", "long_term_unemployed", "inactive", "employed", "exit_reason",
	"result_job_searching", "result_education", "result_qualification", "result_employed",
	"followup_date", "followup_employed", "followup_improved",
	"special_disability", "special_third_country_national", "special_foreign_background",
	"special_minority", "special_homeless", "special_rural",
};

int esf_ncolumns(bool special)
{
	return special ? NCOLS : COL_FIRST_SPECIAL;
}

const char *esf_column_name(int i)
{
	return i >= 0 && i < NCOLS ? names[i] : "";
}

const char *esf_isced_group(const char *education)
{
	if (!education[0])
		return "unknown";
	if (!strcmp(education, ENTRY_DECLINED))
		return ENTRY_DECLINED;
	char level = education[0];
	return level <= '2' ? "0_2" : level <= '4' ? "3_4" : "5_8";
}

/* 1 or 0 for a status indicator, "" when the status is not known. */
static const char *status_is(const char *status, bool yes)
{
	return !status[0] || !strcmp(status, ENTRY_DECLINED) ? "" : yes ? "1" : "0";
}

void esf_column_value(const struct esf_person *p, int i, char out[ESF_VALUE_MAX])
{
	const char *status = p->entry.value[ENTRY_STATUS];
	const char *s = "";
	char num[16];
	out[0] = '\0';
	switch ((enum esf_col)(i < 0 || i >= NCOLS ? NCOLS : i)) {
	case COL_PARTICIPANT: s = p->pid; break;
	case COL_ENTRY_DATE:
		if (p->entered)
			date_format_ymd(p->entered, out);
		return;
	case COL_EXIT_DATE: s = p->entry.value[ENTRY_EXIT_DATE]; break;
	case COL_GENDER: s = p->entry.value[ENTRY_GENDER]; break;
	case COL_AGE: {
		int age = entry_age_at(p->entry.value[ENTRY_BIRTH_YEAR], p->entered);
		if (age >= 0) {
			/* digits from the end: an age has at most three */
			char *d = num + sizeof num - 1;
			*d = '\0';
			do
				*--d = (char)('0' + age % 10);
			while ((age /= 10) > 0);
			s = d;
		}
		break;
	}
	case COL_AGE_BAND: s = entry_age_band(p->entry.value[ENTRY_BIRTH_YEAR], p->entered); break;
	case COL_EDUCATION: s = p->entry.value[ENTRY_EDUCATION]; break;
	case COL_ISCED_GROUP: s = esf_isced_group(p->entry.value[ENTRY_EDUCATION]); break;
	case COL_STATUS: s = status; break;
	case COL_UNEMPLOYED:
		s = status_is(status, entry_is_unemployed(&p->entry, p->entered));
		break;
	case COL_LTU: s = status_is(status, entry_is_long_term_unemployed(&p->entry, p->entered)); break;
	case COL_INACTIVE: s = status_is(status, entry_is_inactive(&p->entry)); break;
	case COL_EMPLOYED: s = status_is(status, entry_is_employed(&p->entry)); break;
	case COL_EXIT_REASON: s = p->entry.value[ENTRY_EXIT_REASON]; break;
	case COL_RESULT_JOB_SEARCHING:
	case COL_RESULT_EDUCATION:
	case COL_RESULT_QUALIFICATION:
	case COL_RESULT_EMPLOYED:
		/* Known only once the person has left. */
		if (p->entry.value[ENTRY_EXIT_DATE][0])
			s = entry_result_upon_leaving(&p->entry, (enum entry_field)(ENTRY_RESULT_JOB_SEARCHING + i -
			                                                             COL_RESULT_JOB_SEARCHING)) ? "1" : "0";
		break;
	case COL_FOLLOWUP_DATE: s = p->entry.value[ENTRY_FOLLOWUP_DATE]; break;
	case COL_FOLLOWUP_EMPLOYED: s = p->entry.value[ENTRY_FOLLOWUP_EMPLOYED]; break;
	case COL_FOLLOWUP_IMPROVED: s = p->entry.value[ENTRY_FOLLOWUP_IMPROVED]; break;
	case NCOLS: break;
	default: s = p->entry.value[ENTRY_FIRST_SPECIAL + (i - COL_FIRST_SPECIAL)]; break;
	}
	text_copy(out, ESF_VALUE_MAX, s);
}
