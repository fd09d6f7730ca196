/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every editing window does when it is closed with unsaved changes. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-editor.h"

#define CLOSING_KEY "sendco-editor-closing"

static void
close_now (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  g_object_unref (data);
}

void
sendco_editor_close_later (GtkWindow *window, gboolean *closing)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (closing)
    *closing = TRUE;
  g_idle_add_once (close_now, g_object_ref (window));
}

static void
on_discard_response (AdwMessageDialog *dialog, const char *response, GtkWindow *window)
{
  if (g_str_equal (response, "discard"))
    sendco_editor_close_later (window, g_object_get_data (G_OBJECT (window), CLOSING_KEY));
}

gboolean
sendco_editor_ask_discard (GtkWindow *window, const char *heading, const char *body,
                           gboolean *closing)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  dialog = adw_message_dialog_new (window, heading ? heading : _("Discard Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (window), CLOSING_KEY, closing);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
