/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_CENSUS_DIALOG (sendco_census_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoCensusDialog, sendco_census_dialog, SENDCO, CENSUS_DIALOG, AdwWindow)

/* Lists every register record that breaks a census rule, each with a fix. */
SendcoCensusDialog *sendco_census_dialog_present      (GtkWindow          *parent,
                                                       SendcoStore        *store);
/* How many records are listed now; for tests. */
guint               sendco_census_dialog_get_n_issues (SendcoCensusDialog *self);

G_END_DECLS
