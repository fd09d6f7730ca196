/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Support tab of a pupil's record: the graduated approach. The open
 * support plan with its outcomes, every earlier cycle (readable as it was
 * reviewed), the parent meetings held this school year against the three
 * the Code expects, and the pupil passport, which prints or exports as one
 * A4 page. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-pupil-support-page.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-cycle-window.h"
#include "sendco-dates.h"
#include "sendco-meeting-dialog.h"
#include "sendco-outcome-row.h"
#include "sendco-passport-export.h"
#include "sendco-passport-print.h"
#include "sendco-passport-window.h"
#include "sendco-plan-window.h"
#include "sendco-review-window.h"

struct _SendcoPupilSupportPage
{
  AdwBin               parent_instance;

  /* template */
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *plan_group;
  GtkWidget           *plan_buttons;
  GtkListBox          *plan_list;
  AdwPreferencesGroup *earlier_group;
  GtkListBox          *earlier_list;
  AdwPreferencesGroup *meetings_group;
  GtkListBox          *meetings_list;
  AdwPreferencesGroup *passport_group;
  GtkListBox          *passport_list;

  SendcoStore         *store;
  SendcoPupil         *pupil;
  GPtrArray           *plans;          /* SendcoSupportPlan, newest cycle first */
  GPtrArray           *meetings;       /* SendcoParentMeeting, newest first */
  SendcoPassport      *passport;
  SendcoParentMeeting *deleted;        /* the meeting Undo would bring back */
  GtkFileChooserNative *chooser;
  GtkPrintOperation   *printing;
  guint                meetings_this_year;
};

G_DEFINE_FINAL_TYPE (SendcoPupilSupportPage, sendco_pupil_support_page, ADW_TYPE_BIN)

static GtkWindow *
parent_window (SendcoPupilSupportPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
toast (SendcoPupilSupportPage *self, const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
show_error (SendcoPupilSupportPage *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static SendcoSupportPlan *
open_plan (SendcoPupilSupportPage *self)
{
  for (guint i = 0; self->plans && i < self->plans->len; i++)
    {
      SendcoSupportPlan *plan = g_ptr_array_index (self->plans, i);

      if (!plan->reviewed)
        return plan;
    }
  return NULL;
}

/* The cycle the outcome with @id belongs to, or 0. */
static int
cycle_of_outcome (SendcoPupilSupportPage *self, gint64 id)
{
  for (guint i = 0; id && self->plans && i < self->plans->len; i++)
    {
      const SendcoSupportPlan *plan = g_ptr_array_index (self->plans, i);

      for (guint j = 0; j < plan->outcomes->len; j++)
        if (((const SendcoOutcome *) g_ptr_array_index (plan->outcomes, j))->id == id)
          return plan->cycle;
    }
  return 0;
}

static GtkWidget *
message_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
pill (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "sendco-progress");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void
fill_plan (SendcoPupilSupportPage *self)
{
  SendcoSupportPlan *plan = open_plan (self);
  g_autofree char *today = sendco_today_iso ();

  clear_list (self->plan_list);
  gtk_widget_set_visible (self->plan_buttons, plan != NULL);

  if (plan == NULL)
    {
      SendcoSenStatus status = sendco_sen_status_from_code (sendco_pupil_get_sen_status (self->pupil));
      const char *hint;
      GtkWidget *row, *button;

      if (status == SENDCO_SEN_N)
        hint = _("Support plans are for pupils at SEN support or with an EHC plan. You can still "
                 "start one, for example for a pupil on the monitoring list.");
      else if (self->plans && self->plans->len > 0)
        hint = _("The last cycle was reviewed without starting another. Start the next one to set "
                 "new outcomes and a review date.");
      else
        hint = _("Start one to set outcomes, the strategies and provision to meet them, and a "
                 "review date.");

      row = message_row (_("No support plan is open"), hint);
      button = gtk_button_new_with_mnemonic (_("Start a Support _Plan…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "support.new-plan");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      if (status != SENDCO_SEN_N)
        gtk_widget_add_css_class (button, "suggested-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->plan_list, row);
      return;
    }

  {
    g_autofree char *start = sendco_iso_to_uk (plan->start_date);
    g_autofree char *due = sendco_iso_to_uk (plan->review_date);
    g_autofree char *title = g_strdup_printf (_("Cycle %d, started on %s"), plan->cycle, start);
    g_autofree char *subtitle = NULL;
    GtkWidget *row;
    gboolean overdue = strcmp (plan->review_date, today) < 0;

    if (overdue)
      subtitle = g_strdup_printf (_("The review was due on %s"), due);
    else if (g_str_equal (plan->review_date, today))
      subtitle = g_strdup_printf (_("The review is due today, %s"), due);
    else
      subtitle = g_strdup_printf (_("To be reviewed on %s"), due);

    row = message_row (title, subtitle);
    gtk_widget_add_css_class (row, "sendco-plan-summary");
    if (overdue)
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (_("Review overdue"), "sendco-progress-not-yet"));
    gtk_list_box_append (self->plan_list, row);
  }

  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      const SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      GtkWidget *row = sendco_outcome_row_new (outcome, cycle_of_outcome (self, outcome->carried_from), FALSE);

      sendco_outcome_row_show_links (SENDCO_OUTCOME_ROW (row), self->store);
      gtk_list_box_append (self->plan_list, row);
    }
  if (plan->outcomes->len == 0)
    gtk_list_box_append (self->plan_list,
                         message_row (_("No outcomes yet"), _("Use Edit Plan to add what the pupil will work towards.")));
}

static void
fill_earlier (SendcoPupilSupportPage *self)
{
  guint shown = 0;

  clear_list (self->earlier_list);
  for (guint i = 0; self->plans && i < self->plans->len; i++)
    {
      SendcoSupportPlan *plan = g_ptr_array_index (self->plans, i);
      g_autoptr (SendcoPlanReview) review = NULL;
      g_autofree char *title = NULL, *start = NULL, *subtitle = NULL;
      guint counts[3] = { 0 };
      GtkWidget *row;

      if (!plan->reviewed)
        continue;
      review = sendco_store_get_plan_review (self->store, plan->id, NULL);
      for (guint j = 0; j < plan->outcomes->len; j++)
        {
          const char *progress = ((SendcoOutcome *) g_ptr_array_index (plan->outcomes, j))->progress;

          counts[0] += g_str_equal (progress, "achieved");
          counts[1] += g_str_equal (progress, "partly");
          counts[2] += g_str_equal (progress, "not-yet");
        }

      start = sendco_iso_to_uk (plan->start_date);
      title = g_strdup_printf (_("Cycle %d, started on %s"), plan->cycle, start);
      if (review)
        {
          g_autofree char *held = sendco_iso_to_uk (review->held_on);

          /* Translators: e.g. "Reviewed on 10/12/2025 · 2 achieved, 1 partly, 0 not yet" */
          subtitle = g_strdup_printf (_("Reviewed on %s · %u achieved, %u partly, %u not yet"),
                                      held, counts[0], counts[1], counts[2]);
        }
      else
        subtitle = g_strdup_printf (_("%u achieved, %u partly, %u not yet"), counts[0], counts[1], counts[2]);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Read this cycle’s outcomes and review"));
      g_object_set_data (G_OBJECT (row), "sendco-plan-id", GSIZE_TO_POINTER ((gsize) plan->id));
      gtk_list_box_append (self->earlier_list, row);
      shown++;
    }

  if (shown == 0)
    gtk_list_box_append (self->earlier_list,
                         message_row (_("None yet"),
                                      _("When a plan is reviewed it is kept here, readable as it was.")));
}

static void
fill_meetings (SendcoPupilSupportPage *self)
{
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *year_start = NULL, *year_start_uk = NULL, *description = NULL;
  GDate date;

  sendco_today (&date);
  year_start = g_strdup_printf ("%04d-09-01", sendco_school_year_of (&date));
  year_start_uk = sendco_iso_to_uk (year_start);

  clear_list (self->meetings_list);
  self->meetings_this_year = 0;
  for (guint i = 0; self->meetings && i < self->meetings->len; i++)
    {
      const SendcoParentMeeting *meeting = g_ptr_array_index (self->meetings, i);
      g_autofree char *held = sendco_iso_to_uk (meeting->held_on);
      g_autofree char *title = NULL, *delete_name = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      if (strcmp (meeting->held_on, year_start) >= 0 && strcmp (meeting->held_on, today) <= 0)
        self->meetings_this_year++;

      /* Translators: a parent meeting: its date, and who was there */
      title = meeting->with_whom[0] ? g_strdup_printf (_("%s · %s"), held, meeting->with_whom)
                                    : g_strdup (held);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (meeting->notes[0])
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), meeting->notes);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Delete This Meeting"));
      delete_name = g_strdup_printf (_("Delete the meeting of %s"), held);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "support.delete-meeting");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", meeting->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->meetings_list, row);
    }

  if (self->meetings == NULL || self->meetings->len == 0)
    gtk_list_box_append (self->meetings_list,
                         message_row (_("No meetings recorded yet"),
                                      _("Record each meeting with the pupil’s parents or carers once it has happened.")));

  /* Translators: "2 of 3 this school year, since 01/09/2026. ..." */
  description = g_strdup_printf (_("%u of %u this school year, since %s. The Code expects schools "
                                   "to meet parents at least three times a year."),
                                 self->meetings_this_year, SENDCO_PARENT_MEETINGS_EXPECTED, year_start_uk);
  adw_preferences_group_set_description (self->meetings_group, description);
}

static void
fill_passport (SendcoPupilSupportPage *self)
{
  const char *texts[SENDCO_PASSPORT_N_SECTIONS] = { "", "", "", "", "" };
  GtkWidget *row, *box, *print_button, *export_button;
  g_autofree char *description = NULL;

  clear_list (self->passport_list);
  if (self->passport)
    {
      texts[SENDCO_PASSPORT_ABOUT_ME] = self->passport->about_me;
      texts[SENDCO_PASSPORT_IMPORTANT] = self->passport->important;
      texts[SENDCO_PASSPORT_ADMIRE] = self->passport->admire;
      texts[SENDCO_PASSPORT_SUPPORT] = self->passport->support;
      texts[SENDCO_PASSPORT_STRENGTHS] = self->passport->strengths;
    }

  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sendco_passport_section_heading (s));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), texts[s][0] ? texts[s] : _("Not written yet"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      if (texts[s][0])
        gtk_widget_add_css_class (row, "sendco-property");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->passport_list, row);
    }

  row = message_row (_("Print or save as PDF"), _("One A4 page to share with staff and parents"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  print_button = gtk_button_new_with_mnemonic (_("Pr_int…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print_button), "support.print-passport");
  gtk_widget_set_tooltip_text (print_button, _("Print the pupil passport (Ctrl+P)"));
  export_button = gtk_button_new_with_mnemonic (_("E_xport PDF…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export_button), "support.export-passport");
  gtk_widget_set_tooltip_text (export_button, _("Save the pupil passport as a PDF file"));
  gtk_box_append (GTK_BOX (box), print_button);
  gtk_box_append (GTK_BOX (box), export_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  gtk_list_box_append (self->passport_list, row);

  if (self->passport && self->passport->updated_on[0])
    {
      g_autofree char *updated = sendco_iso_to_uk (self->passport->updated_on);

      description = g_strdup_printf (_("A one-page profile for everyone who works with the pupil. "
                                       "Last updated on %s."), updated);
    }
  else
    description = g_strdup (_("A one-page profile for everyone who works with the pupil. Not written yet."));
  adw_preferences_group_set_description (self->passport_group, description);
}

/* Reads everything again from the store and shows it. */
static void
refresh (SendcoPupilSupportPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (self->store == NULL || self->pupil == NULL)
    return;
  id = sendco_pupil_get_id (self->pupil);

  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->passport, sendco_passport_free);

  self->plans = sendco_store_list_support_plans (self->store, id, &error);
  if (self->plans == NULL)
    {
      g_warning ("The support plans of pupil %" G_GINT64_FORMAT " could not be read: %s", id, error->message);
      g_clear_error (&error);
    }
  self->meetings = sendco_store_list_parent_meetings (self->store, id, &error);
  if (self->meetings == NULL)
    {
      g_warning ("The parent meetings of pupil %" G_GINT64_FORMAT " could not be read: %s", id, error->message);
      g_clear_error (&error);
    }
  self->passport = sendco_store_get_passport (self->store, id, &error);
  if (self->passport == NULL)
    g_warning ("The passport of pupil %" G_GINT64_FORMAT " could not be read: %s", id, error->message);

  fill_plan (self);
  fill_earlier (self);
  fill_meetings (self);
  fill_passport (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.edit-plan", open_plan (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.hold-review", open_plan (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.new-plan", open_plan (self) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.edit-passport", self->passport != NULL);
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoPupilSupportPage *self)
{
  static const char *tables[] = {
    "support_plan", "plan_outcome", "plan_review", "parent_meeting", "pupil_passport",
    "outcome_provision", "provision",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      {
        refresh (self);
        return;
      }
}

static void
on_earlier_activated (GtkListBox *list, GtkListBoxRow *row, SendcoPupilSupportPage *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "sendco-plan-id"));

  for (guint i = 0; id && self->plans && i < self->plans->len; i++)
    {
      SendcoSupportPlan *plan = g_ptr_array_index (self->plans, i);

      if (plan->id == id)
        {
          g_autoptr (SendcoPlanReview) review = sendco_store_get_plan_review (self->store, id, NULL);
          SendcoCycleWindow *window = sendco_cycle_window_new (parent_window (self), self->pupil, plan,
                                                               review, self->plans);

          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }
}

static void
on_plan_saved (SendcoPlanWindow *window, gint64 plan_id, SendcoPupilSupportPage *self)
{
  toast (self, _("Support plan saved"));
}

static void
new_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  SendcoPlanWindow *window;

  window = sendco_plan_window_new (parent_window (self), self->store, self->pupil, NULL);
  g_signal_connect_object (window, "saved", G_CALLBACK (on_plan_saved), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
edit_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  SendcoSupportPlan *plan = open_plan (self);
  SendcoPlanWindow *window;

  if (plan == NULL)
    return;
  window = sendco_plan_window_new (parent_window (self), self->store, self->pupil, plan);
  g_signal_connect_object (window, "saved", G_CALLBACK (on_plan_saved), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_reviewed (SendcoReviewWindow *window, gint64 next_plan_id, SendcoPupilSupportPage *self)
{
  toast (self, next_plan_id ? _("Review recorded; the next cycle has started")
                            : _("Review recorded"));
}

static void
hold_review_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  SendcoSupportPlan *plan = open_plan (self);
  SendcoReviewWindow *window;

  if (plan == NULL)
    return;
  window = sendco_review_window_new (parent_window (self), self->store, self->pupil, plan);
  g_signal_connect_object (window, "reviewed", G_CALLBACK (on_reviewed), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_meeting_recorded (SendcoMeetingDialog *dialog, SendcoPupilSupportPage *self)
{
  toast (self, _("Meeting recorded"));
}

static void
record_meeting_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  SendcoMeetingDialog *dialog;

  dialog = sendco_meeting_dialog_new (parent_window (self), self->store, self->pupil);
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (on_meeting_recorded), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_meeting_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr (SendcoParentMeeting) meeting = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *held = NULL, *text = NULL;
  AdwToast *undo;

  for (guint i = 0; self->meetings && i < self->meetings->len && meeting == NULL; i++)
    if (((SendcoParentMeeting *) g_ptr_array_index (self->meetings, i))->id == id)
      meeting = sendco_parent_meeting_copy (g_ptr_array_index (self->meetings, i));
  if (meeting == NULL)
    return;

  if (!sendco_store_delete_parent_meeting (self->store, id, &error))
    {
      show_error (self, _("The Meeting Was Not Deleted"), error->message);
      return;
    }

  /* The pupil window is modal, so Undo lives here rather than in the
   * main window behind it. */
  g_clear_pointer (&self->deleted, sendco_parent_meeting_free);
  self->deleted = g_steal_pointer (&meeting);
  gtk_widget_action_set_enabled (widget, "support.undo-delete", TRUE);

  held = sendco_iso_to_uk (self->deleted->held_on);
  text = g_strdup_printf (_("Meeting of %s deleted"), held);
  undo = adw_toast_new (text);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "support.undo-delete");
  adw_toast_set_timeout (undo, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

static void
undo_delete_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  g_autoptr (SendcoParentMeeting) meeting = g_steal_pointer (&self->deleted);
  g_autoptr (GError) error = NULL;

  gtk_widget_action_set_enabled (widget, "support.undo-delete", FALSE);
  if (meeting == NULL)
    return;

  meeting->id = 0;
  if (!sendco_store_add_parent_meeting (self->store, meeting, &error))
    show_error (self, _("The Meeting Could Not Be Brought Back"), error->message);
}

static void
on_passport_saved (SendcoPassportWindow *window, SendcoPupilSupportPage *self)
{
  toast (self, _("Pupil passport saved"));
}

static void
edit_passport_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  SendcoPassportWindow *window;

  if (self->passport == NULL)
    return;
  window = sendco_passport_window_new (parent_window (self), self->store, self->pupil, self->passport);
  g_signal_connect_object (window, "saved", G_CALLBACK (on_passport_saved), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static SendcoPassportPage *
passport_page (SendcoPupilSupportPage *self, const char *heading)
{
  g_autoptr (GError) error = NULL;
  SendcoPassportPage *page = sendco_passport_page_for_pupil (self->store, sendco_pupil_get_id (self->pupil),
                                                             &error);

  if (page == NULL)
    show_error (self, heading, error->message);
  return page;
}

static void
on_print_done (GtkPrintOperation *operation, GtkPrintOperationResult result, SendcoPupilSupportPage *self)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("The Passport Was Not Printed"),
                  error ? error->message : _("The printer reported a problem."));
    }
  if (self->printing == operation)
    g_clear_object (&self->printing);
}

static void
print_passport_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  g_autoptr (SendcoPassportPage) page = NULL;
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult result;
  GtkPrintOperation *operation;

  if (self->printing)
    return;
  page = passport_page (self, _("The Passport Was Not Printed"));
  if (page == NULL)
    return;

  operation = GTK_PRINT_OPERATION (sendco_passport_print_new (page));
  self->printing = operation;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent_window (self), &error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->printing == operation)
    {
      /* Finished at once, and "done" was not said. */
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error)
        show_error (self, _("The Passport Was Not Printed"), error->message);
      g_clear_object (&self->printing);
    }
}

gboolean
sendco_pupil_support_page_export_passport (SendcoPupilSupportPage *self, const char *path)
{
  g_autoptr (SendcoPassportPage) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL, *text = NULL;

  g_return_val_if_fail (SENDCO_IS_PUPIL_SUPPORT_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  page = passport_page (self, _("The Passport Was Not Saved"));
  if (page == NULL)
    return FALSE;
  if (!sendco_passport_export_pdf (page, path, &error))
    {
      show_error (self, _("The Passport Was Not Saved"), error->message);
      return FALSE;
    }
  name = g_filename_display_basename (path);
  text = g_strdup_printf (_("Saved “%s”"), name);
  toast (self, text);
  return TRUE;
}

static void
on_chooser_response (GtkNativeDialog *dialog, int response, SendcoPupilSupportPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        sendco_pupil_support_page_export_passport (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
export_passport_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (widget);
  g_autoptr (SendcoPassportPage) page = NULL;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser)
    return;
  page = passport_page (self, _("The Passport Was Not Saved"));
  if (page == NULL)
    return;

  name = sendco_passport_file_name (page);
  self->chooser = gtk_file_chooser_native_new (_("Export Pupil Passport"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
sendco_pupil_support_page_dispose (GObject *object)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->chooser)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->printing);
  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->passport, sendco_passport_free);
  g_clear_pointer (&self->deleted, sendco_parent_meeting_free);

  /* The toast overlay is both the bin's child and a template child: let the
   * bin drop it first, so it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PUPIL_SUPPORT_PAGE);

  G_OBJECT_CLASS (sendco_pupil_support_page_parent_class)->dispose (object);
}

static void
sendco_pupil_support_page_class_init (SendcoPupilSupportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_pupil_support_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-pupil-support-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPupilSupportPage, name)
  BIND (toast_overlay);
  BIND (plan_group);
  BIND (plan_buttons);
  BIND (plan_list);
  BIND (earlier_group);
  BIND (earlier_list);
  BIND (meetings_group);
  BIND (meetings_list);
  BIND (passport_group);
  BIND (passport_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "support.new-plan", NULL, new_plan_activated);
  gtk_widget_class_install_action (widget_class, "support.edit-plan", NULL, edit_plan_activated);
  gtk_widget_class_install_action (widget_class, "support.hold-review", NULL, hold_review_activated);
  gtk_widget_class_install_action (widget_class, "support.record-meeting", NULL, record_meeting_activated);
  gtk_widget_class_install_action (widget_class, "support.delete-meeting", "x", delete_meeting_activated);
  gtk_widget_class_install_action (widget_class, "support.undo-delete", NULL, undo_delete_activated);
  gtk_widget_class_install_action (widget_class, "support.edit-passport", NULL, edit_passport_activated);
  gtk_widget_class_install_action (widget_class, "support.print-passport", NULL, print_passport_activated);
  gtk_widget_class_install_action (widget_class, "support.export-passport", NULL, export_passport_activated);
}

static void
sendco_pupil_support_page_init (SendcoPupilSupportPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->earlier_list, "row-activated", G_CALLBACK (on_earlier_activated), self);

  /* Ctrl+P prints the passport while this tab is showing. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_p, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("support.print-passport")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "support.undo-delete", FALSE);
}

void
sendco_pupil_support_page_set_pupil (SendcoPupilSupportPage *self, SendcoStore *store,
                                     SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_SUPPORT_PAGE (self));
  g_return_if_fail (store == NULL || SENDCO_IS_STORE (store));
  g_return_if_fail (pupil == NULL || SENDCO_IS_PUPIL (pupil));

  if (self->store != store)
    {
      if (self->store)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store)
        g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }
  g_set_object (&self->pupil, pupil);
  refresh (self);
}

guint
sendco_pupil_support_page_get_meetings_this_year (SendcoPupilSupportPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_SUPPORT_PAGE (self), 0);
  return self->meetings_this_year;
}
