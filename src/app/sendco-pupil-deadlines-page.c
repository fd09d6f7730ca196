/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Deadlines tab of the pupil window: the pupil's own reviews and
 * deadlines, soonest first, each with the rule it comes from and whose job
 * it is, overdue in red and due within 14 days amber. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-deadline-item.h"
#include "sendco-deadlines-page.h"
#include "sendco-pupil-deadlines-page.h"
#include "sendco-store-deadlines.h"

struct _SendcoPupilDeadlinesPage
{
  AdwBin         parent_instance;

  GtkStack      *stack;
  GtkLabel      *summary_label;
  GtkListBox    *list;
  AdwStatusPage *empty_page;

  SendcoStore   *store;
  SendcoPupil   *pupil;
  guint          reload_id;
};

G_DEFINE_FINAL_TYPE (SendcoPupilDeadlinesPage, sendco_pupil_deadlines_page, ADW_TYPE_BIN)

static GtkWidget *
make_row (SendcoDeadlineItem *item, const char *today)
{
  SendcoUrgency urgency = sendco_deadline_item_get_urgency (item, today);
  const char *style = sendco_urgency_style_class (urgency);
  const char *note = sendco_deadline_item_get_note (item);
  g_autofree char *uk = sendco_iso_to_uk (sendco_deadline_item_get_date (item));
  g_autofree char *relative = sendco_deadline_describe_days (sendco_deadline_item_days_from (item, today));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (sendco_urgency_icon_name (urgency));
  GtkWidget *when = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *date = gtk_label_new (uk);
  GtkWidget *days = gtk_label_new (relative);

  /* Translators: under what is due: "Annual review · School", then the rule (and a note) */
  subtitle = g_strdup_printf (_("%s · %s\n%s%s%s"),
                              sendco_deadline_kind_name (sendco_deadline_item_get_kind (item)),
                              sendco_owner_name (sendco_deadline_item_get_owner (item)),
                              sendco_deadline_item_get_rule (item), note[0] ? "\n" : "", note);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sendco_deadline_item_get_label (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_add_css_class (icon, style ? style : "dim-label");
  gtk_widget_set_tooltip_text (icon, sendco_urgency_description (urgency));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sendco_urgency_description (urgency), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (when, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (date), 1);
  gtk_label_set_xalign (GTK_LABEL (days), 1);
  gtk_widget_add_css_class (date, "numeric");
  if (urgency == SENDCO_URGENCY_OVERDUE)
    gtk_widget_add_css_class (date, "heading");
  gtk_widget_add_css_class (days, "caption");
  gtk_widget_add_css_class (days, style ? style : "dim-label");
  gtk_box_append (GTK_BOX (when), date);
  gtk_box_append (GTK_BOX (when), days);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), when);

  return row;
}

static void
reload (SendcoPupilDeadlinesPage *self)
{
  g_autoptr (GListStore) deadlines = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *summary = NULL, *name = NULL, *description = NULL;
  guint n = 0, overdue = 0, soon = 0;
  GtkWidget *child;
  GDate now;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  if (self->store && self->pupil)
    {
      g_date_clear (&now, 1);
      sendco_date_from_iso (today, &now);
      deadlines = sendco_store_list_deadlines (self->store, sendco_pupil_get_id (self->pupil), &now,
                                               &error);
      if (deadlines == NULL)
        g_warning ("The pupil's deadlines could not be read: %s", error->message);
      else
        n = g_list_model_get_n_items (G_LIST_MODEL (deadlines));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (deadlines), i);
      SendcoUrgency urgency = sendco_deadline_item_get_urgency (item, today);

      overdue += urgency == SENDCO_URGENCY_OVERDUE;
      soon += urgency == SENDCO_URGENCY_SOON;
      gtk_list_box_append (self->list, make_row (item, today));
    }

  if (overdue > 0 && soon > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue, %u due in the next 14 days",
                                            "%u overdue, %u due in the next 14 days", soon),
                               overdue, soon);
  else if (overdue > 0)
    summary = g_strdup_printf (_("%u overdue; nothing else due in the next 14 days"), overdue);
  else if (soon > 0)
    summary = g_strdup_printf (_("Nothing overdue; %u due in the next 14 days"), soon);
  else
    summary = g_strdup (_("Nothing overdue or due in the next 14 days"));
  gtk_label_set_text (self->summary_label, summary);

  name = self->pupil ? sendco_pupil_dup_full_name (self->pupil) : g_strdup ("");
  description = g_strdup_printf (_("There are no reviews or deadlines for %s. They appear here when "
                                   "you add a support plan, an EHC needs assessment request or an "
                                   "EHC plan, and when a parent meeting is due this term."),
                                 name);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static gboolean
reload_idle (gpointer data)
{
  SendcoPupilDeadlinesPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoPupilDeadlinesPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
sendco_pupil_deadlines_page_dispose (GObject *object)
{
  SendcoPupilDeadlinesPage *self = SENDCO_PUPIL_DEADLINES_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->pupil);

  G_OBJECT_CLASS (sendco_pupil_deadlines_page_parent_class)->dispose (object);
}

static void
sendco_pupil_deadlines_page_class_init (SendcoPupilDeadlinesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_pupil_deadlines_page_dispose;
}

static void
sendco_pupil_deadlines_page_init (SendcoPupilDeadlinesPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->stack = GTK_STACK (gtk_stack_new ());
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());

  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "sendco-summary");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The pupil’s reviews and deadlines"), -1);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  adw_status_page_set_icon_name (self->empty_page, "alarm-symbolic");
  adw_status_page_set_title (self->empty_page, _("Nothing Is Due"));

  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

void
sendco_pupil_deadlines_page_set_pupil (SendcoPupilDeadlinesPage *self, SendcoStore *store,
                                       SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_DEADLINES_PAGE (self));

  if (self->store != store)
    {
      if (self->store)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store)
        g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }
  g_set_object (&self->pupil, pupil);
  reload (self);
}

const char *
sendco_pupil_deadlines_page_get_view_name (SendcoPupilDeadlinesPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_DEADLINES_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

char *
sendco_pupil_deadlines_page_dup_summary (SendcoPupilDeadlinesPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_DEADLINES_PAGE (self), NULL);
  return g_strdup (gtk_label_get_text (self->summary_label));
}

GtkListBox *
sendco_pupil_deadlines_page_get_list (SendcoPupilDeadlinesPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_DEADLINES_PAGE (self), NULL);
  return self->list;
}
