/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_REVIEW_WINDOW (sendco_review_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoReviewWindow, sendco_review_window, SENDCO, REVIEW_WINDOW, AdwWindow)

/* Holds the review of @plan, the pupil's open plan. Emits "reviewed" with
 * the new cycle's id (0 when none was started) once it is recorded. */
SendcoReviewWindow *sendco_review_window_new               (GtkWindow               *parent,
                                                            SendcoStore             *store,
                                                            SendcoPupil             *pupil,
                                                            const SendcoSupportPlan *plan);
const char         *sendco_review_window_get_problem       (SendcoReviewWindow      *self);
/* The group for outcome @index: its Achieved / Partly / Not yet buttons and note. */
GtkWidget          *sendco_review_window_get_outcome_group (SendcoReviewWindow      *self,
                                                            guint                    index);

G_END_DECLS
