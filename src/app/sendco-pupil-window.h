/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PUPIL_WINDOW (sendco_pupil_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPupilWindow, sendco_pupil_window, SENDCO, PUPIL_WINDOW, AdwWindow)

SendcoPupilWindow *sendco_pupil_window_new         (GtkWindow         *parent,
                                                    SendcoStore       *store,
                                                    gint64             pupil_id);
gint64             sendco_pupil_window_get_pupil_id (SendcoPupilWindow *self);
/* The first problem that stops Saving, or NULL; for tests. */
const char        *sendco_pupil_window_get_problem  (SendcoPupilWindow *self);
/* Shows the tab named @name: "record", "support", "ehc" or "deadlines". */
void               sendco_pupil_window_show_tab     (SendcoPupilWindow *self,
                                                    const char        *name);

G_END_DECLS
