/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-application.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_WINDOW (sendco_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoWindow, sendco_window, SENDCO, WINDOW, AdwApplicationWindow)

typedef void (*SendcoUndoFunc) (SendcoWindow *window,
                                gpointer      data);

SendcoWindow *sendco_window_new         (SendcoApplication *application,
                                         const char        *database);
void          sendco_window_set_accels  (GtkApplication    *application);
SendcoStore  *sendco_window_get_store   (SendcoWindow      *self);
gboolean      sendco_window_open_file   (SendcoWindow      *self,
                                         const char        *path,
                                         GError           **error);
void          sendco_window_toast       (SendcoWindow      *self,
                                         const char        *text);
void          sendco_window_offer_undo  (SendcoWindow      *self,
                                         const char        *text,
                                         SendcoUndoFunc     undo,
                                         gpointer           data,
                                         GDestroyNotify     destroy);
void          sendco_window_show_error  (SendcoWindow      *self,
                                         const char        *heading,
                                         const char        *message);

G_END_DECLS
