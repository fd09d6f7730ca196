/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sendco-records.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_OUTCOME_ROW (sendco_outcome_row_get_type ())
G_DECLARE_FINAL_TYPE (SendcoOutcomeRow, sendco_outcome_row, SENDCO, OUTCOME_ROW, GtkListBoxRow)

/* One outcome of a support plan, read-only: its area of need, what the pupil
 * will achieve, what success looks like, the strategies and provision, and
 * (@show_progress) the progress recorded at the review. @carried_from_cycle
 * is the cycle it was carried over from, or 0. */
GtkWidget  *sendco_outcome_row_new          (const SendcoOutcome *outcome,
                                             int                  carried_from_cycle,
                                             gboolean             show_progress);
const char *sendco_progress_name            (const char          *progress);
/* Adds the provisions from the library that serve the outcome. */
void        sendco_outcome_row_show_links   (SendcoOutcomeRow    *self,
                                             SendcoStore         *store);

G_END_DECLS
