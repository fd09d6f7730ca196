/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The school's details: name, local authority and phase. Creates a school
 * (with defaults a SENDCO can accept as they are) or edits one. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-school-dialog.h"

struct _SendcoSchoolDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *name_row;
  AdwEntryRow      *la_row;
  AdwComboRow      *phase_row;

  gboolean          creating;
  gboolean          is_demo;
};

G_DEFINE_FINAL_TYPE (SendcoSchoolDialog, sendco_school_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *phases[] = { "primary", "secondary", "all-through" };

static void
update_response (SendcoSchoolDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "accept", name[0] != '\0');
  if (name[0])
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
on_name_changed (GtkEditable *editable, SendcoSchoolDialog *self)
{
  update_response (self);
}

static void
sendco_school_dialog_class_init (SendcoSchoolDialogClass *klass)
{
}

static void
sendco_school_dialog_init (SendcoSchoolDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    gtk_string_list_append (names, sendco_phase_name (phases[i]));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("School name"));
  self->la_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->la_row), _("Local authority"));
  self->phase_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->phase_row), _("Phase"));
  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (names));

  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->name_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->la_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->phase_row));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);

  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
}

/**
 * sendco_school_dialog_new:
 * @school: (nullable): the school to edit, or %NULL to create one
 * @accept_label: (nullable): the accept button's label, if not the usual
 */
SendcoSchoolDialog *
sendco_school_dialog_new (GtkWindow *parent, SendcoSchool *school, const char *accept_label)
{
  SendcoSchoolDialog *self;

  self = g_object_new (SENDCO_TYPE_SCHOOL_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->creating = school == NULL;

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label ? accept_label
                                              : self->creating ? _("C_reate School") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  if (self->creating)
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Your School"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("Sendco keeps your school’s register in one file on this "
                                     "computer. You can change these details later."));
      sendco_school_dialog_fill (self, _("My School"), "", "primary");
    }
  else
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("School Details"));
      sendco_school_dialog_fill (self, sendco_school_get_name (school),
                                 sendco_school_get_local_authority (school),
                                 sendco_school_get_phase (school));
      self->is_demo = sendco_school_get_is_demo (school);
    }

  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
  return self;
}

gboolean
sendco_school_dialog_get_creating (SendcoSchoolDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_SCHOOL_DIALOG (self), FALSE);
  return self->creating;
}

SendcoSchool *
sendco_school_dialog_dup_school (SendcoSchoolDialog *self)
{
  g_autofree char *name = NULL, *la = NULL;
  guint phase;
  SendcoSchool *school;

  g_return_val_if_fail (SENDCO_IS_SCHOOL_DIALOG (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  la = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->la_row))));
  phase = adw_combo_row_get_selected (self->phase_row);
  school = sendco_school_new (name, la, phases[phase < G_N_ELEMENTS (phases) ? phase : 0]);
  sendco_school_set_is_demo (school, self->is_demo);

  return school;
}

void
sendco_school_dialog_fill (SendcoSchoolDialog *self, const char *name,
                           const char *local_authority, const char *phase)
{
  g_return_if_fail (SENDCO_IS_SCHOOL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->la_row), local_authority ? local_authority : "");
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_strcmp0 (phase, phases[i]) == 0)
      adw_combo_row_set_selected (self->phase_row, i);
  update_response (self);
}
