/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_ANNUAL_REVIEW_WINDOW (sendco_annual_review_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoAnnualReviewWindow, sendco_annual_review_window, SENDCO, ANNUAL_REVIEW_WINDOW,
                      AdwWindow)

/* Plans the next annual review of @plan (@review NULL), or records the
 * steps of @review as they happen. Not yet shown. */
SendcoAnnualReviewWindow *sendco_annual_review_window_new         (GtkWindow                *parent,
                                                                   SendcoStore              *store,
                                                                   SendcoPupil              *pupil,
                                                                   const SendcoEhcPlan      *plan,
                                                                   const SendcoAnnualReview *review);
/* The first problem that stops Saving, or NULL; for tests. */
const char               *sendco_annual_review_window_get_problem (SendcoAnnualReviewWindow *self);

G_END_DECLS
