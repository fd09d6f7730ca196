/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Changing a pupil's SEN status or need: the new status, the needs the census
 * allows with it, the date it took effect and why. The store closes the old
 * period on that date, so the whole history is kept. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-dates.h"
#include "sendco-status-dialog.h"

struct _SendcoStatusDialog
{
  AdwMessageDialog  parent_instance;

  GtkDropDown      *status_dropdown;
  GtkDropDown      *primary_dropdown;
  GtkDropDown      *secondary_dropdown;
  SendcoDateEntry  *date_entry;
  GtkEntry         *reason_entry;
  GtkLabel         *problem_label;

  SendcoStore      *store;
  SendcoPupil      *pupil;
  GPtrArray        *primary_codes;    /* codes behind the primary list */
  GPtrArray        *secondary_codes;  /* "" first, then codes */
  char             *problem;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (SendcoStatusDialog, sendco_status_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  STATUS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *status_codes[] = { "N", "K", "E" };

static const char *
chosen_status (SendcoStatusDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->status_dropdown);

  return i < G_N_ELEMENTS (status_codes) ? status_codes[i] : "N";
}

static const char *
chosen_code (GtkDropDown *dropdown, GPtrArray *codes)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return i < codes->len ? g_ptr_array_index (codes, i) : "";
}

static void
fill_needs (GtkDropDown *dropdown, GPtrArray *codes, SendcoSenStatus status, gboolean with_none,
            const char *exclude, const char *keep)
{
  g_autoptr (GtkStringList) strings = gtk_string_list_new (NULL);
  const SendcoNeedType *types;
  guint n_types, selected = 0;

  g_ptr_array_set_size (codes, 0);
  if (with_none || status == SENDCO_SEN_N)
    {
      gtk_string_list_append (strings, _("None"));
      g_ptr_array_add (codes, (gpointer) "");
    }

  types = sendco_need_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *label = NULL;

      if (!sendco_need_allowed (status, types[i].code) || g_strcmp0 (exclude, types[i].code) == 0)
        continue;
      if (g_strcmp0 (keep, types[i].code) == 0)
        selected = codes->len;
      label = g_strdup_printf ("%s: %s", types[i].code, _(types[i].name));
      gtk_string_list_append (strings, label);
      g_ptr_array_add (codes, (gpointer) types[i].code);
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (dropdown), codes->len > 1);
}

static void
validate (SendcoStatusDialog *self)
{
  const char *status = chosen_status (self);
  const char *primary = chosen_code (self->primary_dropdown, self->primary_codes);
  const char *secondary = chosen_code (self->secondary_dropdown, self->secondary_codes);
  const char *effective = sendco_date_entry_get_date (self->date_entry);
  const char *since = sendco_pupil_get_text (self->pupil, SENDCO_PUPIL_SEN_SINCE);
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
  g_autofree char *today = sendco_today_iso ();
  char *problem = NULL;

  if (g_str_equal (status, sendco_pupil_get_sen_status (self->pupil))
      && g_str_equal (primary, sendco_pupil_get_text (self->pupil, SENDCO_PUPIL_PRIMARY_NEED))
      && g_str_equal (secondary, sendco_pupil_get_text (self->pupil, SENDCO_PUPIL_SECONDARY_NEED)))
    problem = g_strdup (_("Choose a different status or need."));
  else if (!g_str_equal (status, "N") && primary[0] == '\0')
    problem = g_strdup (_("Choose the primary need."));
  else if (!sendco_date_entry_get_valid (self->date_entry))
    problem = g_strdup (_("Give the date the change took effect, like 31/01/2025."));
  else if (strcmp (effective, today) > 0)
    problem = g_strdup (_("The date the change took effect cannot be in the future."));
  else if (since[0] && strcmp (effective, since) < 0)
    {
      g_autofree char *shown = sendco_iso_to_uk (since);

      problem = g_strdup_printf (_("The change cannot take effect before the current status began, on %s."), shown);
    }
  else if (reason[0] == '\0')
    problem = g_strdup (_("Say why the status changed, for the pupil’s history."));

  g_free (self->problem);
  self->problem = problem;
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "change", problem == NULL);
}

static void
refill_secondary (SendcoStatusDialog *self)
{
  SendcoSenStatus status = sendco_sen_status_from_code (chosen_status (self));
  g_autofree char *keep = g_strdup (chosen_code (self->secondary_dropdown, self->secondary_codes));

  fill_needs (self->secondary_dropdown, self->secondary_codes, status, TRUE,
              chosen_code (self->primary_dropdown, self->primary_codes), keep);
}

static void
on_status_selected (GObject *object, GParamSpec *pspec, SendcoStatusDialog *self)
{
  SendcoSenStatus status;
  g_autofree char *keep = NULL;

  if (self->filling)
    return;
  self->filling = TRUE;
  status = sendco_sen_status_from_code (chosen_status (self));
  keep = g_strdup (chosen_code (self->primary_dropdown, self->primary_codes));
  fill_needs (self->primary_dropdown, self->primary_codes, status, FALSE, NULL, keep);
  refill_secondary (self);
  self->filling = FALSE;
  validate (self);
}

static void
on_primary_selected (GObject *object, GParamSpec *pspec, SendcoStatusDialog *self)
{
  if (self->filling)
    return;
  self->filling = TRUE;
  refill_secondary (self);
  self->filling = FALSE;
  validate (self);
}

static void
on_changed (GObject *object, GParamSpec *pspec, SendcoStatusDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
on_reason_changed (GtkEditable *editable, SendcoStatusDialog *self)
{
  validate (self);
}

static void
sendco_status_dialog_response (AdwMessageDialog *dialog, const char *response)
{
  SendcoStatusDialog *self = SENDCO_STATUS_DIALOG (dialog);
  g_autoptr (GError) error = NULL;
  g_autofree char *reason = NULL;

  if (g_str_equal (response, "change") && self->problem == NULL)
    {
      reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
      if (sendco_store_change_sen_status (self->store, sendco_pupil_get_id (self->pupil),
                                          chosen_status (self),
                                          chosen_code (self->primary_dropdown, self->primary_codes),
                                          chosen_code (self->secondary_dropdown, self->secondary_codes),
                                          sendco_date_entry_get_date (self->date_entry), reason,
                                          &error))
        g_signal_emit (self, signals[STATUS_CHANGED], 0);
      else
        {
          GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
          GtkWidget *alert = adw_message_dialog_new (parent, _("The Status Was Not Changed"),
                                                     error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (alert));
        }
    }

  if (ADW_MESSAGE_DIALOG_CLASS (sendco_status_dialog_parent_class)->response)
    ADW_MESSAGE_DIALOG_CLASS (sendco_status_dialog_parent_class)->response (dialog, response);
}

static void
sendco_status_dialog_dispose (GObject *object)
{
  SendcoStatusDialog *self = SENDCO_STATUS_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);

  G_OBJECT_CLASS (sendco_status_dialog_parent_class)->dispose (object);
}

static void
sendco_status_dialog_finalize (GObject *object)
{
  SendcoStatusDialog *self = SENDCO_STATUS_DIALOG (object);

  g_ptr_array_unref (self->primary_codes);
  g_ptr_array_unref (self->secondary_codes);
  g_free (self->problem);

  G_OBJECT_CLASS (sendco_status_dialog_parent_class)->finalize (object);
}

static void
sendco_status_dialog_class_init (SendcoStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = sendco_status_dialog_dispose;
  object_class->finalize = sendco_status_dialog_finalize;
  dialog_class->response = sendco_status_dialog_response;

  /**
   * SendcoStatusDialog::status-changed:
   *
   * Emitted after the new status has been saved.
   */
  signals[STATUS_CHANGED] = g_signal_new ("status-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
add_field (GtkGrid *grid, int row, const char *label, GtkWidget *field)
{
  GtkWidget *caption = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 1);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, caption, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  caption, NULL, -1);
  return field;
}

static void
sendco_status_dialog_init (SendcoStatusDialog *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  self->primary_codes = g_ptr_array_new ();
  self->secondary_codes = g_ptr_array_new ();

  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);

  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)",
                                                sendco_sen_status_name (sendco_sen_status_from_code (status_codes[i])),
                                                status_codes[i]);
      gtk_string_list_append (statuses, label);
    }

  self->status_dropdown = GTK_DROP_DOWN (add_field (grid, 0, _("_Status"),
                                                    gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL)));
  self->primary_dropdown = GTK_DROP_DOWN (add_field (grid, 1, _("_Primary need"), gtk_drop_down_new (NULL, NULL)));
  self->secondary_dropdown = GTK_DROP_DOWN (add_field (grid, 2, _("S_econdary need"), gtk_drop_down_new (NULL, NULL)));
  self->date_entry = SENDCO_DATE_ENTRY (add_field (grid, 3, _("_Took effect on"), sendco_date_entry_new ()));
  gtk_widget_set_halign (GTK_WIDGET (self->date_entry), GTK_ALIGN_START);
  self->reason_entry = GTK_ENTRY (add_field (grid, 4, _("_Reason"), gtk_entry_new ()));
  gtk_entry_set_placeholder_text (self->reason_entry, _("For example: agreed at the review meeting"));
  gtk_entry_set_activates_default (self->reason_entry, TRUE);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "dim-label");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange Status"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "change",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Change SEN Status"));

  g_signal_connect (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected), self);
  g_signal_connect (self->primary_dropdown, "notify::selected", G_CALLBACK (on_primary_selected), self);
  g_signal_connect (self->secondary_dropdown, "notify::selected", G_CALLBACK (on_changed), self);
  g_signal_connect (self->date_entry, "notify::date", G_CALLBACK (on_changed), self);
  g_signal_connect (self->date_entry, "notify::valid", G_CALLBACK (on_changed), self);
  g_signal_connect (self->reason_entry, "changed", G_CALLBACK (on_reason_changed), self);
}

SendcoStatusDialog *
sendco_status_dialog_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil)
{
  SendcoStatusDialog *self;
  g_autofree char *name = NULL, *body = NULL, *today = sendco_today_iso ();
  SendcoSenStatus status;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_STATUS_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);

  name = sendco_pupil_dup_full_name (pupil);
  body = g_strdup_printf (_("Choose %s’s new SEN status or need, the date it took effect and why. "
                            "Their current status ends on that date and stays in their history."),
                          name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  self->filling = TRUE;
  status = sendco_sen_status_from_code (sendco_pupil_get_sen_status (pupil));
  gtk_drop_down_set_selected (self->status_dropdown, (guint) MAX (status, 0));
  fill_needs (self->primary_dropdown, self->primary_codes, status, FALSE, NULL,
              sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED));
  fill_needs (self->secondary_dropdown, self->secondary_codes, status, TRUE,
              sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED),
              sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED));
  sendco_date_entry_set_date (self->date_entry, today);
  self->filling = FALSE;
  validate (self);

  return self;
}

static guint
index_of (GPtrArray *codes, const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), code ? code : ""))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

void
sendco_status_dialog_choose (SendcoStatusDialog *self, const char *status, const char *primary_need,
                             const char *secondary_need, const char *effective, const char *reason)
{
  g_return_if_fail (SENDCO_IS_STATUS_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    if (g_str_equal (status_codes[i], status))
      gtk_drop_down_set_selected (self->status_dropdown, i);
  gtk_drop_down_set_selected (self->primary_dropdown, index_of (self->primary_codes, primary_need));
  gtk_drop_down_set_selected (self->secondary_dropdown, index_of (self->secondary_codes, secondary_need));
  sendco_date_entry_set_date (self->date_entry, effective);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
  validate (self);
}

const char *
sendco_status_dialog_get_problem (SendcoStatusDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_STATUS_DIALOG (self), NULL);
  return self->problem;
}

GStrv
sendco_status_dialog_dup_primary_choices (SendcoStatusDialog *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv result;

  for (guint i = 0; i < self->primary_codes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->primary_codes, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}
