/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil's record: their SEN status with its history, identity, school
 * details and flags. Edits are saved together with Save; a change of SEN
 * status goes through its own dialog so its date and reason are recorded. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-archive-dialog.h"
#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-pupil-deadlines-page.h"
#include "sendco-pupil-ehc-page.h"
#include "sendco-pupil-provision-page.h"
#include "sendco-pupil-support-page.h"
#include "sendco-pupil-window.h"
#include "sendco-status-dialog.h"
#include "sendco-upn.h"
#include "sendco-window.h"

struct _SendcoPupilWindow
{
  AdwWindow        parent_instance;

  /* template */
  AdwWindowTitle  *window_title;
  AdwViewStack    *pupil_stack;
  SendcoPupilSupportPage *support_page;
  SendcoPupilEhcPage *ehc_page;
  SendcoPupilProvisionPage *provision_page;
  SendcoPupilDeadlinesPage *deadlines_page;
  GtkRevealer     *problem_revealer;
  GtkLabel        *problem_label;
  AdwActionRow    *status_row;
  AdwActionRow    *primary_row;
  AdwActionRow    *secondary_row;
  GtkSwitch       *monitoring_switch;
  AdwActionRow    *monitoring_since_row;
  SendcoDateEntry *monitoring_since_entry;
  AdwEntryRow     *monitoring_note_row;
  SendcoDateEntry *reviewed_entry;
  GtkListBox      *history_list;
  AdwEntryRow     *legal_surname_row;
  AdwEntryRow     *legal_forename_row;
  AdwEntryRow     *preferred_surname_row;
  AdwEntryRow     *preferred_forename_row;
  SendcoDateEntry *dob_entry;
  AdwEntryRow     *upn_row;
  AdwComboRow     *gender_row;
  AdwComboRow     *year_row;
  AdwEntryRow     *form_row;
  GtkSwitch       *lac_switch;
  GtkSwitch       *fsm_switch;
  GtkSwitch       *eal_switch;
  AdwActionRow    *leaving_row;
  GtkButton       *archive_button;
  GtkButton       *restore_button;

  SendcoStore     *store;
  gint64           pupil_id;
  SendcoPupil     *original;    /* as last saved */
  char            *problem;
  gboolean         loading;
  gboolean         closing;
};

G_DEFINE_FINAL_TYPE (SendcoPupilWindow, sendco_pupil_window, ADW_TYPE_WINDOW)

static const char *genders[] = { "", "F", "M", "X" };

static SendcoWindow *
main_window (SendcoPupilWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return SENDCO_IS_WINDOW (parent) ? SENDCO_WINDOW (parent) : NULL;
}

static char *
need_text (const char *code)
{
  const SendcoNeedType *type = sendco_need_type_lookup (code);

  if (type == NULL)
    return g_strdup (_("None recorded"));
  return g_strdup_printf ("%s: %s", type->code, _(type->name));
}

static char *
status_title (const char *code)
{
  SendcoSenStatus status = sendco_sen_status_from_code (code);

  /* Translators: e.g. "SEN support (K)" */
  return g_strdup_printf (_("%s (%s)"), sendco_sen_status_name (status), code);
}

static void
fill_history (SendcoPupilWindow *self)
{
  g_autoptr (GPtrArray) periods = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))))
    gtk_list_box_remove (self->history_list, child);

  periods = sendco_store_sen_history (self->store, self->pupil_id, NULL);
  for (guint i = 0; periods && i < periods->len; i++)
    {
      SendcoSenPeriod *period = g_ptr_array_index (periods, i);
      g_autofree char *from = sendco_iso_to_uk (period->start_date);
      g_autofree char *title = NULL, *when = NULL, *subtitle = NULL;
      GString *needs = g_string_new (NULL);
      GtkWidget *row = adw_action_row_new ();

      if (period->primary_need[0])
        g_string_append (needs, period->primary_need);
      if (period->secondary_need[0])
        g_string_append_printf (needs, ", %s", period->secondary_need);
      title = needs->len ? g_strdup_printf ("%s · %s",
                                            sendco_sen_status_name (sendco_sen_status_from_code (period->status)),
                                            needs->str)
                         : g_strdup (sendco_sen_status_name (sendco_sen_status_from_code (period->status)));
      g_string_free (needs, TRUE);

      if (period->end_date)
        {
          g_autofree char *to = sendco_iso_to_uk (period->end_date);

          when = g_strdup_printf (_("%s to %s"), from, to);
        }
      else
        when = g_strdup_printf (_("From %s (current)"), from);

      if (period->reason[0] && g_str_equal (period->source, "import"))
        subtitle = g_strdup_printf (_("%s · %s (from the MIS import)"), when, period->reason);
      else if (period->reason[0])
        subtitle = g_strdup_printf ("%s · %s", when, period->reason);
      else
        subtitle = g_strdup (when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (period->end_date == NULL)
        gtk_widget_add_css_class (row, "sendco-current-period");
      gtk_list_box_append (self->history_list, row);
    }
}

static void
fill_status (SendcoPupilWindow *self)
{
  SendcoPupil *p = self->original;
  g_autofree char *title = status_title (sendco_pupil_get_sen_status (p));
  g_autofree char *since = sendco_iso_to_uk (sendco_pupil_get_text (p, SENDCO_PUPIL_SEN_SINCE));
  g_autofree char *on_register = sendco_iso_to_uk (sendco_pupil_get_text (p, SENDCO_PUPIL_ON_REGISTER_SINCE));
  g_autofree char *subtitle = NULL, *primary = NULL, *secondary = NULL;

  if (on_register[0] && !g_str_equal (on_register, since))
    subtitle = g_strdup_printf (_("Since %s · on the SEN register since %s"), since, on_register);
  else if (since[0])
    subtitle = g_strdup_printf (_("Since %s"), since);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle ? subtitle : "");

  primary = need_text (sendco_pupil_get_text (p, SENDCO_PUPIL_PRIMARY_NEED));
  secondary = need_text (sendco_pupil_get_text (p, SENDCO_PUPIL_SECONDARY_NEED));
  adw_action_row_set_subtitle (self->primary_row, primary);
  adw_action_row_set_subtitle (self->secondary_row, secondary);
}

static void
fill_leaving (SendcoPupilWindow *self)
{
  gboolean archived = sendco_pupil_is_archived (self->original);

  if (archived)
    {
      g_autofree char *left = sendco_iso_to_uk (sendco_pupil_get_text (self->original, SENDCO_PUPIL_ARCHIVED_ON));
      g_autofree char *title = g_strdup_printf (_("Left on %s"), left);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leaving_row), title);
      adw_action_row_set_subtitle (self->leaving_row,
                                   sendco_pupil_get_text (self->original, SENDCO_PUPIL_ARCHIVE_REASON));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leaving_row),
                                     _("Archive when the pupil leaves"));
      adw_action_row_set_subtitle (self->leaving_row,
                                   _("They leave the register; their record and history are kept."));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->archive_button), !archived);
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pupil.change-status", !archived);
}

static void
fill_title (SendcoPupilWindow *self)
{
  g_autofree char *name = sendco_pupil_dup_full_name (self->original);
  g_autofree char *year = sendco_year_group_label (sendco_pupil_get_year_group (self->original));
  const char *form = sendco_pupil_get_text (self->original, SENDCO_PUPIL_FORM);
  g_autofree char *subtitle = form[0] ? g_strdup_printf ("%s · %s · %s", year, form,
                                                           sendco_pupil_get_upn (self->original))
                                      : g_strdup_printf ("%s · %s", year,
                                                         sendco_pupil_get_upn (self->original));

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
fill_fields (SendcoPupilWindow *self)
{
  SendcoPupil *p = self->original;
  const char *gender = sendco_pupil_get_text (p, SENDCO_PUPIL_GENDER);

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->legal_surname_row), sendco_pupil_get_text (p, SENDCO_PUPIL_LEGAL_SURNAME));
  gtk_editable_set_text (GTK_EDITABLE (self->legal_forename_row), sendco_pupil_get_text (p, SENDCO_PUPIL_LEGAL_FORENAME));
  gtk_editable_set_text (GTK_EDITABLE (self->preferred_surname_row), sendco_pupil_get_text (p, SENDCO_PUPIL_PREFERRED_SURNAME));
  gtk_editable_set_text (GTK_EDITABLE (self->preferred_forename_row), sendco_pupil_get_text (p, SENDCO_PUPIL_PREFERRED_FORENAME));
  sendco_date_entry_set_date (self->dob_entry, sendco_pupil_get_text (p, SENDCO_PUPIL_DATE_OF_BIRTH));
  gtk_editable_set_text (GTK_EDITABLE (self->upn_row), sendco_pupil_get_upn (p));
  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    if (g_str_equal (gender, genders[i]))
      adw_combo_row_set_selected (self->gender_row, i);
  adw_combo_row_set_selected (self->year_row, (guint) (sendco_pupil_get_year_group (p) + 1));
  gtk_editable_set_text (GTK_EDITABLE (self->form_row), sendco_pupil_get_text (p, SENDCO_PUPIL_FORM));
  gtk_switch_set_active (self->lac_switch, sendco_pupil_get_lac (p));
  gtk_switch_set_active (self->fsm_switch, sendco_pupil_get_fsm (p));
  gtk_switch_set_active (self->eal_switch, sendco_pupil_get_eal (p));
  gtk_switch_set_active (self->monitoring_switch, sendco_pupil_get_monitoring (p));
  sendco_date_entry_set_date (self->monitoring_since_entry, sendco_pupil_get_text (p, SENDCO_PUPIL_MONITORING_SINCE));
  gtk_editable_set_text (GTK_EDITABLE (self->monitoring_note_row), sendco_pupil_get_text (p, SENDCO_PUPIL_MONITORING_NOTE));
  sendco_date_entry_set_date (self->reviewed_entry, sendco_pupil_get_text (p, SENDCO_PUPIL_LAST_REVIEWED));

  self->loading = FALSE;
}

static char *
trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* The record as the window now shows it. */
static SendcoPupil *
collect (SendcoPupilWindow *self)
{
  SendcoPupil *edited = sendco_pupil_copy (self->original);
  g_autofree char *surname = trimmed (GTK_EDITABLE (self->legal_surname_row));
  g_autofree char *forename = trimmed (GTK_EDITABLE (self->legal_forename_row));
  g_autofree char *psurname = trimmed (GTK_EDITABLE (self->preferred_surname_row));
  g_autofree char *pforename = trimmed (GTK_EDITABLE (self->preferred_forename_row));
  g_autofree char *upn = trimmed (GTK_EDITABLE (self->upn_row));
  g_autofree char *form = trimmed (GTK_EDITABLE (self->form_row));
  g_autofree char *note = trimmed (GTK_EDITABLE (self->monitoring_note_row));
  g_autofree char *upn_upper = g_ascii_strup (upn, -1);
  guint gender = adw_combo_row_get_selected (self->gender_row);
  gboolean monitoring = gtk_switch_get_active (self->monitoring_switch);

  sendco_pupil_set_text (edited, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_PREFERRED_SURNAME, psurname);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_PREFERRED_FORENAME, pforename);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_DATE_OF_BIRTH, sendco_date_entry_get_date (self->dob_entry));
  sendco_pupil_set_text (edited, SENDCO_PUPIL_UPN, upn_upper);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_GENDER, gender < G_N_ELEMENTS (genders) ? genders[gender] : "");
  sendco_pupil_set_year_group (edited, (int) adw_combo_row_get_selected (self->year_row) - 1);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_FORM, form);
  sendco_pupil_set_lac (edited, gtk_switch_get_active (self->lac_switch));
  sendco_pupil_set_fsm (edited, gtk_switch_get_active (self->fsm_switch));
  sendco_pupil_set_eal (edited, gtk_switch_get_active (self->eal_switch));
  sendco_pupil_set_monitoring (edited, monitoring);
  sendco_pupil_set_text (edited, SENDCO_PUPIL_MONITORING_SINCE,
                         monitoring ? sendco_date_entry_get_date (self->monitoring_since_entry) : "");
  sendco_pupil_set_text (edited, SENDCO_PUPIL_MONITORING_NOTE, monitoring ? note : "");
  sendco_pupil_set_text (edited, SENDCO_PUPIL_LAST_REVIEWED, sendco_date_entry_get_date (self->reviewed_entry));

  return edited;
}

/* The first thing that stops the record being saved, in plain words. */
static char *
find_problem (SendcoPupilWindow *self, SendcoPupil *edited)
{
  const char *upn = sendco_pupil_get_upn (edited);
  g_autofree char *today = sendco_today_iso ();
  SendcoUpnResult upn_result;
  char expected = '\0';

  if (sendco_pupil_get_text (edited, SENDCO_PUPIL_LEGAL_SURNAME)[0] == '\0')
    return g_strdup (_("Give the pupil’s legal surname."));
  if (!sendco_date_entry_get_valid (self->dob_entry))
    return g_strdup (_("The date of birth must be a real date, written like 31/01/2016."));
  if (strcmp (sendco_pupil_get_text (edited, SENDCO_PUPIL_DATE_OF_BIRTH), today) > 0)
    return g_strdup (_("The date of birth cannot be in the future."));

  upn_result = sendco_upn_validate (upn, &expected);
  if (!sendco_upn_result_is_ok (upn_result))
    {
      if (upn_result == SENDCO_UPN_BAD_CHECK_LETTER)
        return g_strdup_printf (_("The UPN “%s” has the wrong check letter: a UPN with these "
                                  "digits starts with %c. Check it against the MIS."), upn, expected);
      if (upn_result == SENDCO_UPN_WRONG_LENGTH)
        return g_strdup_printf (_("The UPN “%s” has %u characters; a UPN has 13."), upn,
                                (guint) strlen (upn));
      return g_strdup_printf (_("The UPN “%s” is not valid: %s."), upn,
                              sendco_upn_result_message (upn_result));
    }

  if (sendco_pupil_get_monitoring (edited) && !sendco_date_entry_get_valid (self->monitoring_since_entry))
    return g_strdup (_("Give the date monitoring began, like 31/01/2025."));
  if (!sendco_date_entry_get_valid (self->reviewed_entry))
    return g_strdup (_("The last reviewed date must be a real date, or left blank."));
  if (strcmp (sendco_pupil_get_text (edited, SENDCO_PUPIL_LAST_REVIEWED), today) > 0)
    return g_strdup (_("The last reviewed date cannot be in the future."));

  return NULL;
}

static gboolean
is_dirty (SendcoPupilWindow *self)
{
  g_autoptr (SendcoPupil) edited = collect (self);

  return !sendco_pupil_equal_record (edited, self->original);
}

static void
update_state (SendcoPupilWindow *self)
{
  g_autoptr (SendcoPupil) edited = NULL;
  gboolean dirty, monitoring;

  if (self->loading || self->original == NULL)
    return;

  edited = collect (self);
  dirty = !sendco_pupil_equal_record (edited, self->original);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self, edited);

  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, dirty && self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pupil.save", dirty && self->problem == NULL);

  monitoring = gtk_switch_get_active (self->monitoring_switch);
  gtk_widget_set_visible (GTK_WIDGET (self->monitoring_since_row), monitoring);
  gtk_widget_set_visible (GTK_WIDGET (self->monitoring_note_row), monitoring);
}

static void
on_field_changed (GObject *object, GParamSpec *pspec, SendcoPupilWindow *self)
{
  update_state (self);
}

static void
on_text_changed (GtkEditable *editable, SendcoPupilWindow *self)
{
  update_state (self);
}

static void
on_monitoring_toggled (GObject *object, GParamSpec *pspec, SendcoPupilWindow *self)
{
  if (!self->loading && gtk_switch_get_active (self->monitoring_switch)
      && sendco_date_entry_get_date (self->monitoring_since_entry)[0] == '\0')
    {
      g_autofree char *today = sendco_today_iso ();

      sendco_date_entry_set_date (self->monitoring_since_entry, today);
    }
  update_state (self);
}

/* Reads the pupil again; keeps unsaved edits unless @reset. */
static gboolean
load (SendcoPupilWindow *self, gboolean reset)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) pupil = sendco_store_get_pupil (self->store, self->pupil_id, &error);

  if (pupil == NULL)
    {
      g_warning ("Pupil %" G_GINT64_FORMAT " could not be read: %s", self->pupil_id, error->message);
      return FALSE;
    }

  g_set_object (&self->original, pupil);
  sendco_pupil_support_page_set_pupil (self->support_page, self->store, pupil);
  sendco_pupil_ehc_page_set_pupil (self->ehc_page, self->store, pupil);
  sendco_pupil_provision_page_set_pupil (self->provision_page, self->store, pupil);
  sendco_pupil_deadlines_page_set_pupil (self->deadlines_page, self->store, pupil);
  fill_title (self);
  fill_status (self);
  fill_history (self);
  fill_leaving (self);
  if (reset)
    fill_fields (self);
  update_state (self);
  return TRUE;
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (widget);
  g_autoptr (SendcoPupil) edited = collect (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self, edited);
  SendcoWindow *main = main_window (self);

  if (problem)
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  if (!sendco_pupil_equal_record (edited, self->original)
      && !sendco_store_update_pupil (self->store, edited, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  if (main)
    {
      g_autofree char *name = sendco_pupil_dup_full_name (edited);
      g_autofree char *text = g_strdup_printf (_("Saved %s’s record"), name);

      sendco_window_toast (main, text);
    }
  g_set_object (&self->original, edited);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Closes the window once the dialog asking for it has finished responding:
 * destroying a dialog's transient parent while it is still responding leaves
 * the dialog holding a parent that has been freed. */
static void
close_after_dialog (SendcoPupilWindow *self)
{
  sendco_editor_close_later (GTK_WINDOW (self), &self->closing);
}

static void
on_status_changed (SendcoStatusDialog *dialog, SendcoPupilWindow *self)
{
  load (self, FALSE);
}

static void
change_status_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (widget);
  SendcoStatusDialog *dialog;

  dialog = sendco_status_dialog_new (GTK_WINDOW (self), self->store, self->original);
  g_signal_connect_object (dialog, "status-changed", G_CALLBACK (on_status_changed), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_archived (SendcoArchiveDialog *dialog, SendcoPupilWindow *self)
{
  close_after_dialog (self);
}

static void
archive_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (widget);
  SendcoArchiveDialog *dialog;

  dialog = sendco_archive_dialog_present (GTK_WINDOW (self), self->store, self->original);
  g_signal_connect_object (dialog, "archived", G_CALLBACK (on_archived), self, 0);
}

static void
restore_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!sendco_store_restore_pupil (self->store, self->pupil_id, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }
  load (self, FALSE);
}

static gboolean
sendco_pupil_window_close_request (GtkWindow *window)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (window);

  if (self->closing || self->original == NULL || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_pupil_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this record have not been saved."),
                                    &self->closing);
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoPupilWindow *self)
{
  /* Another window (or the undo toast) changed this pupil: show it. */
  load (self, !is_dirty (self));
}

static void
sendco_pupil_window_dispose (GObject *object)
{
  SendcoPupilWindow *self = SENDCO_PUPIL_WINDOW (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PUPIL_WINDOW);

  G_OBJECT_CLASS (sendco_pupil_window_parent_class)->dispose (object);
}

static void
sendco_pupil_window_class_init (SendcoPupilWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_pupil_window_dispose;
  window_class->close_request = sendco_pupil_window_close_request;

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  g_type_ensure (SENDCO_TYPE_PUPIL_SUPPORT_PAGE);
  g_type_ensure (SENDCO_TYPE_PUPIL_EHC_PAGE);
  g_type_ensure (SENDCO_TYPE_PUPIL_PROVISION_PAGE);
  g_type_ensure (SENDCO_TYPE_PUPIL_DEADLINES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-pupil-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPupilWindow, name)
  BIND (window_title);
  BIND (pupil_stack);
  BIND (support_page);
  BIND (ehc_page);
  BIND (provision_page);
  BIND (deadlines_page);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (status_row);
  BIND (primary_row);
  BIND (secondary_row);
  BIND (monitoring_switch);
  BIND (monitoring_since_row);
  BIND (monitoring_since_entry);
  BIND (monitoring_note_row);
  BIND (reviewed_entry);
  BIND (history_list);
  BIND (legal_surname_row);
  BIND (legal_forename_row);
  BIND (preferred_surname_row);
  BIND (preferred_forename_row);
  BIND (dob_entry);
  BIND (upn_row);
  BIND (gender_row);
  BIND (year_row);
  BIND (form_row);
  BIND (lac_switch);
  BIND (fsm_switch);
  BIND (eal_switch);
  BIND (leaving_row);
  BIND (archive_button);
  BIND (restore_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "pupil.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "pupil.change-status", NULL, change_status_activated);
  gtk_widget_class_install_action (widget_class, "pupil.archive", NULL, archive_activated);
  gtk_widget_class_install_action (widget_class, "pupil.restore", NULL, restore_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "pupil.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_pupil_window_init (SendcoPupilWindow *self)
{
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int year = SENDCO_YEAR_NURSERY; year <= SENDCO_YEAR_MAX; year++)
    {
      g_autofree char *label = sendco_year_group_label (year);

      gtk_string_list_append (years, label);
    }
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (years));

  sendco_date_entry_set_label (self->dob_entry, _("Date of birth"));
  sendco_date_entry_set_label (self->monitoring_since_entry, _("Monitored since"));
  sendco_date_entry_set_label (self->reviewed_entry, _("Last reviewed"));

  {
    AdwEntryRow *rows[] = {
      self->legal_surname_row, self->legal_forename_row, self->preferred_surname_row,
      self->preferred_forename_row, self->upn_row, self->form_row, self->monitoring_note_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_signal_connect (rows[i], "changed", G_CALLBACK (on_text_changed), self);
  }
  g_signal_connect (self->dob_entry, "notify::valid", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->dob_entry, "notify::date", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->monitoring_since_entry, "notify::date", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->monitoring_since_entry, "notify::valid", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->reviewed_entry, "notify::date", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->reviewed_entry, "notify::valid", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->gender_row, "notify::selected", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->year_row, "notify::selected", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->lac_switch, "notify::active", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->fsm_switch, "notify::active", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->eal_switch, "notify::active", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->monitoring_switch, "notify::active", G_CALLBACK (on_monitoring_toggled), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pupil.save", FALSE);
}

SendcoPupilWindow *
sendco_pupil_window_new (GtkWindow *parent, SendcoStore *store, gint64 pupil_id)
{
  SendcoPupilWindow *self;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  self = g_object_new (SENDCO_TYPE_PUPIL_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil_id = pupil_id;
  load (self, TRUE);
  g_signal_connect (store, "changed::pupil", G_CALLBACK (on_store_changed), self);

  return self;
}

gint64
sendco_pupil_window_get_pupil_id (SendcoPupilWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_WINDOW (self), 0);
  return self->pupil_id;
}

const char *
sendco_pupil_window_get_problem (SendcoPupilWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_WINDOW (self), NULL);
  return self->problem;
}

void
sendco_pupil_window_show_tab (SendcoPupilWindow *self, const char *name)
{
  g_return_if_fail (SENDCO_IS_PUPIL_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->pupil_stack, name);
}
