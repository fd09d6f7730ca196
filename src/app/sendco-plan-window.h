/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PLAN_WINDOW (sendco_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPlanWindow, sendco_plan_window, SENDCO, PLAN_WINDOW, AdwWindow)

/* Edits @plan (the pupil's open plan), or starts a new one when @plan is
 * %NULL. Emits "saved" once the plan is in the store. */
SendcoPlanWindow *sendco_plan_window_new               (GtkWindow               *parent,
                                                        SendcoStore             *store,
                                                        SendcoPupil             *pupil,
                                                        const SendcoSupportPlan *plan);
/* What stops the plan being saved, in plain words, or %NULL. */
const char       *sendco_plan_window_get_problem       (SendcoPlanWindow        *self);
guint             sendco_plan_window_get_n_outcomes    (SendcoPlanWindow        *self);
/* The group holding outcome @index's rows (area, outcome, success,
 * strategies, provision) and its move and remove buttons. */
GtkWidget        *sendco_plan_window_get_outcome_group (SendcoPlanWindow        *self,
                                                        guint                    index);

G_END_DECLS
