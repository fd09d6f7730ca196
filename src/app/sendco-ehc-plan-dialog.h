/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_EHC_PLAN_DIALOG (sendco_ehc_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoEhcPlanDialog, sendco_ehc_plan_dialog, SENDCO, EHC_PLAN_DIALOG, AdwWindow)

/* Adds a plan for @pupil (@plan NULL, or with id 0 to start from its
 * values) or edits @plan. Not yet shown. */
SendcoEhcPlanDialog *sendco_ehc_plan_dialog_new         (GtkWindow           *parent,
                                                         SendcoStore         *store,
                                                         SendcoPupil         *pupil,
                                                         const SendcoEhcPlan *plan);
/* The first problem that stops Saving, or NULL; for tests. */
const char          *sendco_ehc_plan_dialog_get_problem (SendcoEhcPlanDialog *self);

G_END_DECLS
