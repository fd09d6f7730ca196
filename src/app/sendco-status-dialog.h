/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_STATUS_DIALOG (sendco_status_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoStatusDialog, sendco_status_dialog, SENDCO, STATUS_DIALOG, AdwMessageDialog)

SendcoStatusDialog *sendco_status_dialog_new        (GtkWindow          *parent,
                                                     SendcoStore        *store,
                                                     SendcoPupil        *pupil);
/* For tests: choose as a SENDCO would, then check what the dialog allows. */
void                sendco_status_dialog_choose     (SendcoStatusDialog *self,
                                                     const char         *status,
                                                     const char         *primary_need,
                                                     const char         *secondary_need,
                                                     const char         *effective,
                                                     const char         *reason);
const char         *sendco_status_dialog_get_problem (SendcoStatusDialog *self);
/* The needs the primary need list offers now, as census codes. */
GStrv               sendco_status_dialog_dup_primary_choices (SendcoStatusDialog *self);

G_END_DECLS
