/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips for the widgets of long lists, set without a trip to the display
 * server. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sendco_list_tooltip_set (GtkWidget  *widget,
                              const char *text);

G_END_DECLS
