/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_PICK_DIALOG (sendco_pick_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPickDialog, sendco_pick_dialog, SENDCO, PICK_DIALOG, AdwWindow)

/* Called with what was chosen when the SENDCO accepts. Returns %NULL when
 * it was done (the dialog closes), or what stops it, in plain words (the
 * dialog shows it and stays open). */
typedef char *(*SendcoPickFunc) (SendcoPickDialog *dialog,
                                 const gint64     *ids,
                                 guint             n_ids,
                                 const char       *start,
                                 const char       *end,
                                 gpointer          user_data);

SendcoPickDialog *sendco_pick_dialog_new          (GtkWindow        *parent,
                                                   const char       *title,
                                                   const char       *description,
                                                   const char       *search_placeholder,
                                                   const char       *accept_label);
void              sendco_pick_dialog_set_empty    (SendcoPickDialog *self,
                                                   const char       *title,
                                                   const char       *description);
void              sendco_pick_dialog_add          (SendcoPickDialog *self,
                                                   gint64            id,
                                                   const char       *title,
                                                   const char       *subtitle,
                                                   const char       *note,
                                                   int               area);
void              sendco_pick_dialog_set_dates    (SendcoPickDialog *self,
                                                   const char       *start,
                                                   const char       *end);
void              sendco_pick_dialog_set_func     (SendcoPickDialog *self,
                                                   SendcoPickFunc    func,
                                                   gpointer          user_data,
                                                   GDestroyNotify    destroy);
void              sendco_pick_dialog_set_chosen   (SendcoPickDialog *self,
                                                   gint64            id,
                                                   gboolean          chosen);
guint             sendco_pick_dialog_get_n_chosen (SendcoPickDialog *self);
guint             sendco_pick_dialog_get_n_shown  (SendcoPickDialog *self);
const char       *sendco_pick_dialog_get_problem  (SendcoPickDialog *self);

G_END_DECLS
