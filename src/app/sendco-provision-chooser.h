/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A row of a support plan outcome: the provisions from the library that
 * serve it, chosen from a searchable list in a popover. */
#define SENDCO_TYPE_PROVISION_CHOOSER (sendco_provision_chooser_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionChooser, sendco_provision_chooser, SENDCO, PROVISION_CHOOSER, AdwActionRow)

GtkWidget *sendco_provision_chooser_new         (GPtrArray              *library);
void       sendco_provision_chooser_set_chosen  (SendcoProvisionChooser *self,
                                                 const gint64           *ids,
                                                 guint                   n_ids);
GArray    *sendco_provision_chooser_dup_chosen  (SendcoProvisionChooser *self);
gboolean   sendco_provision_chooser_toggle      (SendcoProvisionChooser *self,
                                                 gint64                  provision_id);
GtkWidget *sendco_provision_chooser_get_button  (SendcoProvisionChooser *self);

G_END_DECLS
