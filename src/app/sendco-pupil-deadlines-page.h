/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PUPIL_DEADLINES_PAGE (sendco_pupil_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPupilDeadlinesPage, sendco_pupil_deadlines_page, SENDCO, PUPIL_DEADLINES_PAGE, AdwBin)

/* Shows @pupil (re-read from @store whenever it changes). */
void        sendco_pupil_deadlines_page_set_pupil     (SendcoPupilDeadlinesPage *self,
                                                       SendcoStore              *store,
                                                       SendcoPupil              *pupil);

/* For tests: "list" or "empty", the summary line and the rows shown. */
const char *sendco_pupil_deadlines_page_get_view_name (SendcoPupilDeadlinesPage *self);
char       *sendco_pupil_deadlines_page_dup_summary   (SendcoPupilDeadlinesPage *self);
GtkListBox *sendco_pupil_deadlines_page_get_list      (SendcoPupilDeadlinesPage *self);

G_END_DECLS
