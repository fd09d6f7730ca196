/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Recording a meeting with a pupil's parents or carers: the day it happened
 * (today unless said otherwise, never in the future), who was there, and
 * notes. The Code expects at least three a year. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-meeting-dialog.h"

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-date-entry.h"

struct _SendcoMeetingDialog
{
  AdwMessageDialog  parent_instance;

  SendcoDateEntry  *date_entry;
  GtkEntry         *with_entry;
  GtkTextView      *notes_view;
  GtkLabel         *problem_label;

  SendcoStore      *store;
  SendcoPupil      *pupil;
  char             *problem;
};

G_DEFINE_FINAL_TYPE (SendcoMeetingDialog, sendco_meeting_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
notes_text (SendcoMeetingDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
validate (SendcoMeetingDialog *self)
{
  const char *date = sendco_date_entry_get_date (self->date_entry);
  g_autofree char *today = sendco_today_iso ();
  char *problem = NULL;

  if (!sendco_date_entry_get_valid (self->date_entry))
    problem = g_strdup (_("Give the date the meeting was held, like 20/11/2026."));
  else if (strcmp (date, today) > 0)
    problem = g_strdup (_("Record a meeting once it has happened: that date is in the future."));

  g_free (self->problem);
  self->problem = problem;
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "record", problem == NULL);
}

static void
on_changed (GObject *object, GParamSpec *pspec, SendcoMeetingDialog *self)
{
  validate (self);
}

static void
sendco_meeting_dialog_response (AdwMessageDialog *dialog, const char *response)
{
  SendcoMeetingDialog *self = SENDCO_MEETING_DIALOG (dialog);

  if (g_str_equal (response, "record") && self->problem == NULL)
    {
      g_autoptr (SendcoParentMeeting) meeting = sendco_parent_meeting_new ();
      g_autoptr (GError) error = NULL;
      g_autofree char *with_whom = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->with_entry))));
      g_autofree char *notes = notes_text (self);

      meeting->pupil_id = sendco_pupil_get_id (self->pupil);
      sendco_record_set (&meeting->held_on, sendco_date_entry_get_date (self->date_entry));
      sendco_record_set (&meeting->with_whom, with_whom);
      sendco_record_set (&meeting->notes, notes);
      if (sendco_store_add_parent_meeting (self->store, meeting, &error))
        g_signal_emit (self, signals[RECORDED], 0);
      else
        {
          GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
          GtkWidget *alert = adw_message_dialog_new (parent, _("The Meeting Was Not Recorded"),
                                                     error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (alert));
        }
    }

  if (ADW_MESSAGE_DIALOG_CLASS (sendco_meeting_dialog_parent_class)->response)
    ADW_MESSAGE_DIALOG_CLASS (sendco_meeting_dialog_parent_class)->response (dialog, response);
}

static void
sendco_meeting_dialog_dispose (GObject *object)
{
  SendcoMeetingDialog *self = SENDCO_MEETING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (sendco_meeting_dialog_parent_class)->dispose (object);
}

static void
sendco_meeting_dialog_class_init (SendcoMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = sendco_meeting_dialog_dispose;
  dialog_class->response = sendco_meeting_dialog_response;

  /**
   * SendcoMeetingDialog::recorded:
   *
   * Emitted after the meeting has been saved.
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
caption (GtkGrid *grid, int row, const char *text, GtkWidget *field, GtkWidget *mnemonic)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_yalign (GTK_LABEL (label), 0.5);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (mnemonic), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return label;
}

static void
sendco_meeting_dialog_init (SendcoMeetingDialog *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *notes_label;
  g_autofree char *today = sendco_today_iso ();

  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);

  self->date_entry = SENDCO_DATE_ENTRY (sendco_date_entry_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->date_entry), GTK_ALIGN_START);
  sendco_date_entry_set_label (self->date_entry, _("Held on"));
  caption (grid, 0, _("_Held on"), GTK_WIDGET (self->date_entry),
           GTK_WIDGET (sendco_date_entry_get_editable (self->date_entry)));

  self->with_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->with_entry, _("For example: Mum, with the class teacher"));
  gtk_entry_set_activates_default (self->with_entry, TRUE);
  caption (grid, 1, _("_With"), GTK_WIDGET (self->with_entry), GTK_WIDGET (self->with_entry));

  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->notes_view, FALSE);
  gtk_text_view_set_top_margin (self->notes_view, 6);
  gtk_text_view_set_bottom_margin (self->notes_view, 6);
  gtk_text_view_set_left_margin (self->notes_view, 8);
  gtk_text_view_set_right_margin (self->notes_view, 8);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->notes_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 96);
  gtk_widget_add_css_class (scroller, "card");
  notes_label = caption (grid, 2, _("_Notes"), scroller, GTK_WIDGET (self->notes_view));
  gtk_label_set_yalign (GTK_LABEL (notes_label), 0);
  gtk_widget_set_margin_top (notes_label, 6);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Record a Parent Meeting"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  sendco_date_entry_set_date (self->date_entry, today);
  g_signal_connect (self->date_entry, "notify::date", G_CALLBACK (on_changed), self);
  g_signal_connect (self->date_entry, "notify::valid", G_CALLBACK (on_changed), self);
  validate (self);
}

SendcoMeetingDialog *
sendco_meeting_dialog_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil)
{
  SendcoMeetingDialog *self;
  g_autofree char *name = NULL, *body = NULL;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_MEETING_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);

  name = sendco_pupil_dup_full_name (pupil);
  body = g_strdup_printf (_("A meeting with %s’s parents or carers, once it has happened."), name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  return self;
}

void
sendco_meeting_dialog_choose (SendcoMeetingDialog *self, const char *held_on, const char *with_whom,
                              const char *notes)
{
  g_return_if_fail (SENDCO_IS_MEETING_DIALOG (self));

  gtk_editable_set_text (sendco_date_entry_get_editable (self->date_entry), held_on ? held_on : "");
  gtk_editable_set_text (GTK_EDITABLE (self->with_entry), with_whom ? with_whom : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
  validate (self);
}

const char *
sendco_meeting_dialog_get_problem (SendcoMeetingDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_MEETING_DIALOG (self), NULL);
  return self->problem;
}
