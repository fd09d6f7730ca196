/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PROVISION_WINDOW (sendco_provision_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionWindow, sendco_provision_window, SENDCO, PROVISION_WINDOW, AdwWindow)

/* Edits the provision with @provision_id, or a new one (0). Returns %NULL
 * (and sets @error) when the provision cannot be read. */
SendcoProvisionWindow *sendco_provision_window_new           (GtkWindow             *parent,
                                                              SendcoStore           *store,
                                                              gint64                 provision_id,
                                                              GError               **error);
gint64                 sendco_provision_window_get_provision_id (SendcoProvisionWindow *self);
const char            *sendco_provision_window_get_problem   (SendcoProvisionWindow *self);
guint                  sendco_provision_window_get_n_places  (SendcoProvisionWindow *self);
GtkWidget             *sendco_provision_window_get_place_row (SendcoProvisionWindow *self,
                                                              gint64                 pupil_id);

G_END_DECLS
