/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An earlier cycle of a pupil's support plan, as it was reviewed: every
 * outcome with the progress recorded, and the review (when it was held,
 * when it was typed, who came, the pupil's and parents' views and the next
 * steps). Nothing here can be changed: it is the pupil's history. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-cycle-window.h"

#include <glib/gi18n.h>

#include "sendco-dates.h"
#include "sendco-outcome-row.h"

struct _SendcoCycleWindow
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *review_group;
  AdwActionRow        *held_row;
  AdwActionRow        *attendees_row;
  AdwActionRow        *pupil_views_row;
  AdwActionRow        *parent_views_row;
  AdwActionRow        *next_steps_row;
  AdwPreferencesGroup *outcomes_group;
  GtkListBox          *outcomes_list;
};

G_DEFINE_FINAL_TYPE (SendcoCycleWindow, sendco_cycle_window, ADW_TYPE_WINDOW)

static void
sendco_cycle_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SENDCO_TYPE_CYCLE_WINDOW);
  G_OBJECT_CLASS (sendco_cycle_window_parent_class)->dispose (object);
}

static void
sendco_cycle_window_class_init (SendcoCycleWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sendco_cycle_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-cycle-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoCycleWindow, name)
  BIND (window_title);
  BIND (review_group);
  BIND (held_row);
  BIND (attendees_row);
  BIND (pupil_views_row);
  BIND (parent_views_row);
  BIND (next_steps_row);
  BIND (outcomes_group);
  BIND (outcomes_list);
#undef BIND

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_cycle_window_init (SendcoCycleWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_text (AdwActionRow *row, const char *text)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "sendco-property");
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  adw_action_row_set_subtitle (row, trimmed[0] ? trimmed : _("Not recorded"));
}

/* The cycle the outcome with @id belongs to, or 0. */
static int
cycle_of_outcome (GPtrArray *plans, gint64 id)
{
  for (guint i = 0; plans && id && i < plans->len; i++)
    {
      const SendcoSupportPlan *plan = g_ptr_array_index (plans, i);

      for (guint j = 0; j < plan->outcomes->len; j++)
        if (((const SendcoOutcome *) g_ptr_array_index (plan->outcomes, j))->id == id)
          return plan->cycle;
    }
  return 0;
}

SendcoCycleWindow *
sendco_cycle_window_new (GtkWindow *parent, SendcoPupil *pupil, const SendcoSupportPlan *plan,
                         const SendcoPlanReview *review, GPtrArray *plans)
{
  SendcoCycleWindow *self;
  g_autofree char *title = NULL, *name = NULL, *start = NULL, *due = NULL, *description = NULL;
  guint counts[3] = { 0 };

  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_CYCLE_WINDOW, "transient-for", parent, NULL);

  title = g_strdup_printf (_("Support Plan, Cycle %d"), plan->cycle);
  name = sendco_pupil_dup_full_name (pupil);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  start = sendco_iso_to_uk (plan->start_date);
  due = sendco_iso_to_uk (plan->review_date);
  description = g_strdup_printf (_("Started on %s, to be reviewed on %s."), start, due);
  adw_preferences_group_set_description (self->review_group, description);

  if (review)
    {
      g_autofree char *held = sendco_iso_to_uk (review->held_on);
      g_autofree char *typed_iso = g_strndup (review->recorded_at, 10);
      g_autofree char *typed = sendco_iso_to_uk (typed_iso);
      g_autofree char *when = NULL;

      if (typed[0] && !g_str_equal (typed_iso, review->held_on))
        /* Translators: when a review was held, and when it was typed in */
        when = g_strdup_printf (_("%s (recorded on %s)"), held, typed);
      else
        when = g_strdup (held);
      adw_action_row_set_subtitle (self->held_row, when);
      gtk_widget_add_css_class (GTK_WIDGET (self->held_row), "sendco-property");
      show_text (self->attendees_row, review->attendees);
      show_text (self->pupil_views_row, review->pupil_views);
      show_text (self->parent_views_row, review->parent_views);
      show_text (self->next_steps_row, review->next_steps);
    }
  else
    {
      adw_action_row_set_subtitle (self->held_row, _("This cycle has not been reviewed."));
      show_text (self->attendees_row, NULL);
      show_text (self->pupil_views_row, NULL);
      show_text (self->parent_views_row, NULL);
      show_text (self->next_steps_row, NULL);
    }

  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      const SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      if (g_str_equal (outcome->progress, "achieved"))
        counts[0]++;
      else if (g_str_equal (outcome->progress, "partly"))
        counts[1]++;
      else if (g_str_equal (outcome->progress, "not-yet"))
        counts[2]++;
      gtk_list_box_append (self->outcomes_list,
                           sendco_outcome_row_new (outcome, cycle_of_outcome (plans, outcome->carried_from),
                                                   TRUE));
    }
  if (plan->outcomes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This cycle had no outcomes."));
      gtk_list_box_append (self->outcomes_list, row);
    }
  else
    {
      g_autofree char *summary = NULL;

      /* Translators: the progress at a review, e.g. "2 achieved, 1 partly, 0 not yet" */
      summary = g_strdup_printf (_("%u achieved, %u partly, %u not yet"), counts[0], counts[1], counts[2]);
      adw_preferences_group_set_description (self->outcomes_group, summary);
    }

  return self;
}
