/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil leaves: the date and why. They are archived, never erased, and the
 * main window offers Undo straight away. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-archive-dialog.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-window.h"

struct _SendcoArchiveDialog
{
  AdwMessageDialog  parent_instance;

  SendcoDateEntry  *date_entry;
  GtkDropDown      *reason_dropdown;
  GtkEntry         *details_entry;

  SendcoStore      *store;
  SendcoPupil      *pupil;
};

G_DEFINE_FINAL_TYPE (SendcoArchiveDialog, sendco_archive_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  ARCHIVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *reasons[] = {
  N_("Moved to another school"),
  N_("Moved out of the area"),
  N_("Left at the end of their last year here"),
  N_("Elective home education"),
  N_("Other"),
};

typedef struct
{
  SendcoStore *store;
  gint64       pupil_id;
} Restore;

static void
restore_free (gpointer data)
{
  Restore *restore = data;

  g_object_unref (restore->store);
  g_free (restore);
}

static void
undo_archive (SendcoWindow *window, gpointer data)
{
  Restore *restore = data;
  g_autoptr (GError) error = NULL;

  if (!sendco_store_restore_pupil (restore->store, restore->pupil_id, &error))
    sendco_window_show_error (window, _("The Pupil Could Not Be Returned to Roll"), error->message);
  else
    sendco_window_toast (window, _("The pupil is back on roll"));
}

static SendcoWindow *
find_main_window (GtkWindow *window)
{
  for (; window; window = gtk_window_get_transient_for (window))
    if (SENDCO_IS_WINDOW (window))
      return SENDCO_WINDOW (window);
  return NULL;
}

static void
update_response (SendcoArchiveDialog *self)
{
  gboolean other = gtk_drop_down_get_selected (self->reason_dropdown) == G_N_ELEMENTS (reasons) - 1;
  g_autofree char *details = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->details_entry))));
  g_autofree char *today = sendco_today_iso ();
  const char *date = sendco_date_entry_get_date (self->date_entry);
  gboolean ok = sendco_date_entry_get_valid (self->date_entry) && date[0]
                && strcmp (date, today) <= 0 && (!other || details[0]);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "archive", ok);
}

static void
on_changed (GObject *object, GParamSpec *pspec, SendcoArchiveDialog *self)
{
  update_response (self);
}

static void
on_details_changed (GtkEditable *editable, SendcoArchiveDialog *self)
{
  update_response (self);
}

static char *
chosen_reason (SendcoArchiveDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->reason_dropdown);
  g_autofree char *details = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->details_entry))));

  if (i >= G_N_ELEMENTS (reasons) - 1)
    return g_steal_pointer (&details);
  if (details[0])
    return g_strdup_printf ("%s: %s", _(reasons[i]), details);
  return g_strdup (_(reasons[i]));
}

static void
sendco_archive_dialog_response (AdwMessageDialog *dialog, const char *response)
{
  SendcoArchiveDialog *self = SENDCO_ARCHIVE_DIALOG (dialog);

  if (g_str_equal (response, "archive"))
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *reason = chosen_reason (self);
      SendcoWindow *main = find_main_window (gtk_window_get_transient_for (GTK_WINDOW (self)));
      gint64 id = sendco_pupil_get_id (self->pupil);

      if (sendco_store_archive_pupil (self->store, id, sendco_date_entry_get_date (self->date_entry),
                                      reason, &error))
        {
          if (main)
            {
              g_autofree char *name = sendco_pupil_dup_full_name (self->pupil);
              g_autofree char *text = g_strdup_printf (_("%s archived"), name);
              Restore *restore = g_new0 (Restore, 1);

              restore->store = g_object_ref (self->store);
              restore->pupil_id = id;
              sendco_window_offer_undo (main, text, undo_archive, restore, restore_free);
            }
          g_signal_emit (self, signals[ARCHIVED], 0);
        }
      else if (main)
        sendco_window_show_error (main, _("The Pupil Was Not Archived"), error->message);
    }

  /* AdwMessageDialog has no default handler to chain up to. */
  if (ADW_MESSAGE_DIALOG_CLASS (sendco_archive_dialog_parent_class)->response)
    ADW_MESSAGE_DIALOG_CLASS (sendco_archive_dialog_parent_class)->response (dialog, response);
}

static void
sendco_archive_dialog_dispose (GObject *object)
{
  SendcoArchiveDialog *self = SENDCO_ARCHIVE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);

  G_OBJECT_CLASS (sendco_archive_dialog_parent_class)->dispose (object);
}

static void
sendco_archive_dialog_class_init (SendcoArchiveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = sendco_archive_dialog_dispose;
  dialog_class->response = sendco_archive_dialog_response;

  /**
   * SendcoArchiveDialog::archived:
   *
   * Emitted after the pupil has been archived.
   */
  signals[ARCHIVED] = g_signal_new ("archived", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sendco_archive_dialog_init (SendcoArchiveDialog *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *date_label, *reason_label, *details_label;
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *today = sendco_today_iso ();

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    gtk_string_list_append (list, _(reasons[i]));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  date_label = gtk_label_new_with_mnemonic (_("_Left on"));
  reason_label = gtk_label_new_with_mnemonic (_("_Reason"));
  details_label = gtk_label_new_with_mnemonic (_("_Details"));
  self->date_entry = SENDCO_DATE_ENTRY (sendco_date_entry_new ());
  self->reason_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), NULL));
  self->details_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->details_entry, _("For example, the new school’s name"));

  gtk_widget_set_halign (GTK_WIDGET (self->date_entry), GTK_ALIGN_START);
  gtk_widget_set_hexpand (GTK_WIDGET (self->reason_dropdown), TRUE);
  sendco_date_entry_set_label (self->date_entry, _("Left on"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (date_label), GTK_WIDGET (sendco_date_entry_get_editable (self->date_entry)));
  gtk_label_set_mnemonic_widget (GTK_LABEL (reason_label), GTK_WIDGET (self->reason_dropdown));
  gtk_label_set_mnemonic_widget (GTK_LABEL (details_label), GTK_WIDGET (self->details_entry));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->reason_dropdown),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, reason_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->details_entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, details_label, NULL, -1);
  for (GtkWidget **l = (GtkWidget *[]) { date_label, reason_label, details_label, NULL }; *l; l++)
    {
      gtk_label_set_xalign (GTK_LABEL (*l), 1);
      gtk_widget_add_css_class (*l, "dim-label");
    }

  gtk_grid_attach (GTK_GRID (grid), date_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->date_entry), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), reason_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->reason_dropdown), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), details_label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->details_entry), 1, 2, 1, 1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), grid);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "archive", _("_Archive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "archive",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  sendco_date_entry_set_date (self->date_entry, today);

  g_signal_connect (self->date_entry, "notify::date", G_CALLBACK (on_changed), self);
  g_signal_connect (self->date_entry, "notify::valid", G_CALLBACK (on_changed), self);
  g_signal_connect (self->reason_dropdown, "notify::selected", G_CALLBACK (on_changed), self);
  g_signal_connect (self->details_entry, "changed", G_CALLBACK (on_details_changed), self);
  update_response (self);
}

/**
 * sendco_archive_dialog_present:
 *
 * Asks when and why @pupil left, then archives them.
 *
 * Returns: (transfer none): the dialog, already shown
 */
SendcoArchiveDialog *
sendco_archive_dialog_present (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil)
{
  SendcoArchiveDialog *self;
  g_autofree char *name = NULL, *heading = NULL;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_ARCHIVE_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);

  name = sendco_pupil_dup_full_name (pupil);
  heading = g_strdup_printf (_("Archive %s?"), name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("They leave the register. Their record and SEN history are kept, "
                                 "and “Archived” shows them again."));

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

void
sendco_archive_dialog_choose (SendcoArchiveDialog *self, const char *date, guint reason,
                              const char *details)
{
  g_return_if_fail (SENDCO_IS_ARCHIVE_DIALOG (self));

  sendco_date_entry_set_date (self->date_entry, date);
  gtk_drop_down_set_selected (self->reason_dropdown, MIN (reason, G_N_ELEMENTS (reasons) - 1));
  gtk_editable_set_text (GTK_EDITABLE (self->details_entry), details ? details : "");
}
