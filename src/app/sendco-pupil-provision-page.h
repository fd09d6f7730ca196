/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PUPIL_PROVISION_PAGE (sendco_pupil_provision_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPupilProvisionPage, sendco_pupil_provision_page, SENDCO, PUPIL_PROVISION_PAGE, AdwBin)

/* Shows everything @pupil receives, with hours and cost. */
void        sendco_pupil_provision_page_set_pupil          (SendcoPupilProvisionPage *self,
                                                            SendcoStore              *store,
                                                            SendcoPupil              *pupil);

/* What it shows, for tests: "N provisions | hours a week | cost", and the
 * £6,000 note (%NULL when not shown). */
char       *sendco_pupil_provision_page_dup_totals         (SendcoPupilProvisionPage *self);
const char *sendco_pupil_provision_page_get_threshold_note (SendcoPupilProvisionPage *self);

G_END_DECLS
