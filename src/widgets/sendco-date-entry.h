/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_DATE_ENTRY (sendco_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (SendcoDateEntry, sendco_date_entry, SENDCO, DATE_ENTRY, GtkWidget)

GtkWidget  *sendco_date_entry_new             (void);
const char *sendco_date_entry_get_date        (SendcoDateEntry *self);
void        sendco_date_entry_set_date        (SendcoDateEntry *self,
                                               const char      *iso);
gboolean    sendco_date_entry_get_valid       (SendcoDateEntry *self);
void        sendco_date_entry_set_allow_blank (SendcoDateEntry *self,
                                               gboolean         allow_blank);
void        sendco_date_entry_set_label       (SendcoDateEntry *self,
                                               const char      *label);
GtkEditable *sendco_date_entry_get_editable   (SendcoDateEntry *self);

G_END_DECLS
