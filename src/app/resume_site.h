/* A site put back from a backup goes on syncing: rota central
 * resume-site. The restored file numbers its new changes again from where
 * the backup stood, and the centre, which holds other changes under those
 * numbers, refuses them (ERR_CENTRAL_CLASH). Here the site learns from the
 * centre where its numbering stands, keeps what both hold alike, moves its
 * changes the centre does not have up past the centre's numbers, and the
 * centre sets aside (keeps in its log, out of its current rows and
 * reports) the changes it holds from after the backup that the file no
 * longer has: the centre's records become the site's again, nothing is
 * sent twice and nothing is deleted. */
#ifndef ROTA_APP_RESUME_SITE_H
#define ROTA_APP_RESUME_SITE_H

#include <stdbool.h>

#include "app/app.h"
#include "app/central.h"

struct resume_result {
	char site_id[40];
	long long centre_seq;  /* the highest number the centre holds of this site */
	long long agreed;      /* both hold the same changes up to this number */
	long long moved;       /* changes of this file numbered again after centre_seq */
	long long first_moved; /* the first of them, as numbered now (0: none) */
	long long set_aside;   /* changes the centre holds from after the backup, set aside there */
	bool is_nothing;       /* the centre and the file already agreed: nothing changed */
};

/* Resumes this site's numbering after what the centre holds (see above);
 * run it once after a restore, then rota sync. Running it again changes
 * nothing. The centre's part is one transaction and comes first, the
 * file's is one write: cut off between them, it is simply run again.
 * Errors: central_open's, ERR_CENTRAL_SCHEMA, ERR_CENTRAL_BEHIND when the
 * centre holds less than it once confirmed to this file (nothing changed),
 * the store's. */
enum rota_err app_resume_site(struct app *app, const struct central_to *centre, struct resume_result *r);

#endif
