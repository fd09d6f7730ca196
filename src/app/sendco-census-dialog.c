/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The census check: every pupil on roll whose record breaks a census rule
 * (DOMAIN.md), in plain words, each with a button that fixes it. The list
 * follows the store, so a fix takes the pupil off it; an empty list says
 * the register is ready, with the next census day. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-census-dialog.h"
#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-ehc-plan-dialog.h"
#include "sendco-pupil-window.h"
#include "sendco-status-dialog.h"
#include "sendco-store-census.h"

struct _SendcoCensusDialog
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwPreferencesGroup *issues_group;
  GtkListBox          *issues_list;
  AdwStatusPage       *ready_page;

  SendcoStore         *store;
  GPtrArray           *issues;      /* SendcoCensusIssue, as listed */
  guint                refresh_id;
};

G_DEFINE_FINAL_TYPE (SendcoCensusDialog, sendco_census_dialog, ADW_TYPE_WINDOW)

/* Problems that a change of SEN status or need puts right. */
#define NEED_PROBLEMS                                                                              \
  (SENDCO_CENSUS_NO_PRIMARY_NEED | SENDCO_CENSUS_SECONDARY_NO_PRIMARY | SENDCO_CENSUS_SECONDARY_SAME \
   | SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT | SENDCO_CENSUS_NEED_WITHOUT_SEN | SENDCO_CENSUS_UNKNOWN_NEED)

/* "Thursday 21 January 2027": the first census day after today. Census
 * days are always Thursdays. */
static char *
next_census_day (void)
{
  GDate today;

  sendco_today (&today);
  for (int year = g_date_get_year (&today); year <= g_date_get_year (&today) + 1; year++)
    for (int term = 0; term < 3; term++)
      {
        g_autoptr (GDate) day = sendco_census_day (year, term);

        if (g_date_compare (day, &today) > 0)
          {
            g_autofree char *date = sendco_date_format_long (day);

            return g_strdup_printf (_("Thursday %s"), date);
          }
      }
  g_return_val_if_reached (g_strdup (""));
}

static int
compare_issues (gconstpointer a, gconstpointer b)
{
  const SendcoCensusIssue *x = *(SendcoCensusIssue **) a;
  const SendcoCensusIssue *y = *(SendcoCensusIssue **) b;

  return g_strcmp0 (sendco_pupil_get_sort_key (x->pupil), sendco_pupil_get_sort_key (y->pupil));
}

static GtkWidget *
fix_button (const char *label, const char *action, gint64 pupil_id, const char *name, gboolean suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *plain = g_strdup (label);
  g_autofree char *accessible = NULL;
  char *out = plain;

  /* "C_hange Status…" reads as "Change Status… for Carter, Amy". */
  for (const char *in = label; *in; in++)
    if (*in != '_')
      *out++ = *in;
  *out = '\0';
  accessible = g_strdup_printf (_("%s for %s"), plain, name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", pupil_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static GtkWidget *
issue_row (const SendcoCensusIssue *issue)
{
  SendcoPupil *pupil = issue->pupil;
  const char *status = sendco_pupil_get_sen_status (pupil);
  const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
  const char *secondary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);
  g_autofree char *name = sendco_pupil_dup_display_name (pupil);
  g_autofree char *year = sendco_year_group_label (sendco_pupil_get_year_group (pupil));
  g_autoptr (GPtrArray) messages = sendco_census_problem_messages (issue->problems);
  GString *subtitle = g_string_new (NULL);
  gint64 id = sendco_pupil_get_id (pupil);
  GtkWidget *row = adw_action_row_new ();

  if (issue->open_periods == 1)
    g_string_append_printf (subtitle, "%s · %s (%s)", year,
                            sendco_sen_status_name (sendco_sen_status_from_code (status)), status);
  else
    g_string_append (subtitle, year);
  if (primary[0])
    g_string_append_printf (subtitle, " · %s", primary);
  if (secondary[0])
    g_string_append_printf (subtitle, ", %s", secondary);
  for (guint i = 0; i < messages->len; i++)
    g_string_append_printf (subtitle, "\n%s", (char *) g_ptr_array_index (messages, i));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  g_string_free (subtitle, TRUE);

  if (issue->problems & SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               fix_button (_("_Open Record"), "census.open-record", id, name, FALSE));
  else
    {
      if (issue->problems & SENDCO_CENSUS_EHC_WITHOUT_PLAN)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   fix_button (_("_Add EHC Plan…"), "census.add-plan", id, name,
                                               !(issue->problems & NEED_PROBLEMS)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 fix_button (_("C_hange Status…"), "census.change-status", id, name,
                                             (issue->problems & NEED_PROBLEMS) != 0));
    }
  return row;
}

static void
refresh (SendcoCensusDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autofree char *census = next_census_day ();
  g_autofree char *subtitle = g_strdup_printf (_("Next census: %s"), census);
  GtkWidget *child;

  adw_window_title_set_subtitle (self->window_title, subtitle);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->issues_list))))
    gtk_list_box_remove (self->issues_list, child);
  g_clear_pointer (&self->issues, g_ptr_array_unref);

  issues = sendco_store_census_issues (self->store, &error);
  if (issues == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The school file could not be read: %s"), error->message);

      adw_status_page_set_icon_name (self->ready_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->ready_page, _("The Register Could Not Be Checked"));
      adw_status_page_set_description (self->ready_page, text);
      gtk_stack_set_visible_child_name (self->stack, "ready");
      return;
    }

  g_ptr_array_sort (issues, compare_issues);
  self->issues = g_steal_pointer (&issues);

  if (self->issues->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("Every pupil on roll has one SEN status, a primary need at K "
                                                 "and E, no need at N, NSA only with K, and an EHC plan "
                                                 "record at E.\nThe next census is on %s."), census);

      adw_status_page_set_icon_name (self->ready_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->ready_page, _("The register is ready for the census"));
      adw_status_page_set_description (self->ready_page, text);
      gtk_stack_set_visible_child_name (self->stack, "ready");
      return;
    }

  {
    g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u record breaks a census rule. Put it right "
                                                                 "before census day, %s.",
                                                                 "%u records break a census rule. Put them right "
                                                                 "before census day, %s.",
                                                                 self->issues->len),
                                                    self->issues->len, census);

    adw_preferences_group_set_description (self->issues_group, description);
  }
  for (guint i = 0; i < self->issues->len; i++)
    gtk_list_box_append (self->issues_list, issue_row (g_ptr_array_index (self->issues, i)));
  gtk_stack_set_visible_child_name (self->stack, "issues");
}

static void
refresh_now (gpointer data)
{
  SendcoCensusDialog *self = data;

  self->refresh_id = 0;
  refresh (self);
}

/* A fix writes several tables in one commit: refresh once, afterwards. */
static void
on_store_changed (SendcoStore *store, const char *table, SendcoCensusDialog *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (refresh_now, self);
}

static SendcoPupil *
find_pupil (SendcoCensusDialog *self, gint64 id)
{
  for (guint i = 0; self->issues && i < self->issues->len; i++)
    {
      SendcoCensusIssue *issue = g_ptr_array_index (self->issues, i);

      if (sendco_pupil_get_id (issue->pupil) == id)
        return issue->pupil;
    }
  return NULL;
}

static void
change_status_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoCensusDialog *self = SENDCO_CENSUS_DIALOG (widget);
  SendcoPupil *pupil = find_pupil (self, g_variant_get_int64 (param));

  if (pupil)
    gtk_window_present (GTK_WINDOW (sendco_status_dialog_new (GTK_WINDOW (self), self->store, pupil)));
}

static void
add_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoCensusDialog *self = SENDCO_CENSUS_DIALOG (widget);
  SendcoPupil *pupil = find_pupil (self, g_variant_get_int64 (param));

  if (pupil)
    gtk_window_present (GTK_WINDOW (sendco_ehc_plan_dialog_new (GTK_WINDOW (self), self->store, pupil, NULL)));
}

static void
open_record_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoCensusDialog *self = SENDCO_CENSUS_DIALOG (widget);
  SendcoPupil *pupil = find_pupil (self, g_variant_get_int64 (param));

  if (pupil)
    gtk_window_present (GTK_WINDOW (sendco_pupil_window_new (GTK_WINDOW (self), self->store,
                                                             sendco_pupil_get_id (pupil))));
}

static void
sendco_census_dialog_dispose (GObject *object)
{
  SendcoCensusDialog *self = SENDCO_CENSUS_DIALOG (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->issues, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_CENSUS_DIALOG);

  G_OBJECT_CLASS (sendco_census_dialog_parent_class)->dispose (object);
}

static void
sendco_census_dialog_class_init (SendcoCensusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_census_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-census-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoCensusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SendcoCensusDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoCensusDialog, issues_group);
  gtk_widget_class_bind_template_child (widget_class, SendcoCensusDialog, issues_list);
  gtk_widget_class_bind_template_child (widget_class, SendcoCensusDialog, ready_page);

  gtk_widget_class_install_action (widget_class, "census.change-status", "x", change_status_activated);
  gtk_widget_class_install_action (widget_class, "census.add-plan", "x", add_plan_activated);
  gtk_widget_class_install_action (widget_class, "census.open-record", "x", open_record_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_census_dialog_init (SendcoCensusDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sendco_census_dialog_present:
 *
 * Returns: (transfer none): the dialog, already shown
 */
SendcoCensusDialog *
sendco_census_dialog_present (GtkWindow *parent, SendcoStore *store)
{
  SendcoCensusDialog *self;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  self = g_object_new (SENDCO_TYPE_CENSUS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  refresh (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

guint
sendco_census_dialog_get_n_issues (SendcoCensusDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_CENSUS_DIALOG (self), 0);
  return self->issues ? self->issues->len : 0;
}
