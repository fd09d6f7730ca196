/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Asks whether to throw away the unsaved changes in @window (@heading, or
 * "Discard Changes?" when NULL; @body says what has not been saved) and
 * closes it if so, setting *@closing first so that close_request lets it
 * go. Call from close_request; returns TRUE. */
gboolean sendco_editor_ask_discard (GtkWindow  *window,
                                    const char *heading,
                                    const char *body,
                                    gboolean   *closing);
/* Closes @window once the dialog responding now has finished: destroying a
 * dialog's transient parent while it responds leaves it holding freed memory. */
void     sendco_editor_close_later (GtkWindow  *window,
                                    gboolean   *closing);

G_END_DECLS
