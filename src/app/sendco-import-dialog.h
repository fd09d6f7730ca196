/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-import.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_IMPORT_DIALOG (sendco_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoImportDialog, sendco_import_dialog, SENDCO, IMPORT_DIALOG, AdwWindow)

SendcoImportDialog *sendco_import_dialog_new         (GtkWindow          *parent,
                                                      SendcoStore        *store);
void                sendco_import_dialog_choose_file (SendcoImportDialog *self);
gboolean            sendco_import_dialog_load_file   (SendcoImportDialog *self,
                                                      GFile              *file,
                                                      GError            **error);
/* For tests: what is on show, and the plan behind the preview. */
const char         *sendco_import_dialog_get_page    (SendcoImportDialog *self);
SendcoImportPlan   *sendco_import_dialog_get_plan    (SendcoImportDialog *self);
AdwComboRow        *sendco_import_dialog_get_mapping_row (SendcoImportDialog *self,
                                                      SendcoImportField   field);

G_END_DECLS
