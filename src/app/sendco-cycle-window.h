/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_CYCLE_WINDOW (sendco_cycle_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoCycleWindow, sendco_cycle_window, SENDCO, CYCLE_WINDOW, AdwWindow)

/* An earlier, reviewed cycle of a support plan, read-only: its outcomes
 * with the progress recorded and the review that closed it. @plans is
 * every cycle of the pupil's plan, to say where outcomes came from. */
SendcoCycleWindow *sendco_cycle_window_new (GtkWindow               *parent,
                                            SendcoPupil             *pupil,
                                            const SendcoSupportPlan *plan,
                                            const SendcoPlanReview  *review,
                                            GPtrArray               *plans);

G_END_DECLS
