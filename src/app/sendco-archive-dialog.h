/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_ARCHIVE_DIALOG (sendco_archive_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoArchiveDialog, sendco_archive_dialog, SENDCO, ARCHIVE_DIALOG, AdwMessageDialog)

SendcoArchiveDialog *sendco_archive_dialog_present   (GtkWindow           *parent,
                                                      SendcoStore         *store,
                                                      SendcoPupil         *pupil);
/* For tests: fill in the leaving date and reason. */
void                 sendco_archive_dialog_choose    (SendcoArchiveDialog *self,
                                                      const char          *date,
                                                      guint                reason,
                                                      const char          *details);

G_END_DECLS
