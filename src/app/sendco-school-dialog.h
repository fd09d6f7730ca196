/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-school.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_SCHOOL_DIALOG (sendco_school_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoSchoolDialog, sendco_school_dialog, SENDCO, SCHOOL_DIALOG, AdwMessageDialog)

SendcoSchoolDialog *sendco_school_dialog_new          (GtkWindow          *parent,
                                                       SendcoSchool       *school,
                                                       const char         *accept_label);
gboolean            sendco_school_dialog_get_creating (SendcoSchoolDialog *self);
SendcoSchool       *sendco_school_dialog_dup_school   (SendcoSchoolDialog *self);
void                sendco_school_dialog_fill         (SendcoSchoolDialog *self,
                                                       const char         *name,
                                                       const char         *local_authority,
                                                       const char         *phase);

G_END_DECLS
