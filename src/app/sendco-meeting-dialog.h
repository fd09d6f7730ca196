/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_MEETING_DIALOG (sendco_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoMeetingDialog, sendco_meeting_dialog, SENDCO, MEETING_DIALOG, AdwMessageDialog)

/* Asks for a parent meeting that has happened and records it; emits
 * "recorded" once it is in the store. */
SendcoMeetingDialog *sendco_meeting_dialog_new         (GtkWindow           *parent,
                                                        SendcoStore         *store,
                                                        SendcoPupil         *pupil);
/* For tests: fill the fields as a SENDCO would, then check what the dialog allows. */
void                 sendco_meeting_dialog_choose      (SendcoMeetingDialog *self,
                                                        const char          *held_on,
                                                        const char          *with_whom,
                                                        const char          *notes);
const char          *sendco_meeting_dialog_get_problem (SendcoMeetingDialog *self);

G_END_DECLS
