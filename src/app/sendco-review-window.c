/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Holding the review of a support plan: the date it was held (the day it
 * happened, not the day it is typed), who attended, the pupil's and
 * parents' views, progress on each outcome, the next steps, and whether to
 * start the next cycle, into which the store carries every outcome not yet
 * achieved. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-editor.h"
#include "sendco-review-window.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-dates.h"

#define WEEKS_TO_REVIEW 12

static const char *progress_keys[] = { "achieved", "partly", "not-yet" };

typedef struct
{
  AdwPreferencesGroup *group;
  GtkToggleButton     *buttons[G_N_ELEMENTS (progress_keys)];
  AdwEntryRow         *note_row;
} ProgressEditor;

struct _SendcoReviewWindow
{
  AdwWindow          parent_instance;

  /* template */
  AdwWindowTitle    *window_title;
  GtkRevealer       *problem_revealer;
  GtkLabel          *problem_label;
  SendcoDateEntry   *held_entry;
  AdwEntryRow       *attendees_row;
  AdwEntryRow       *pupil_views_row;
  AdwEntryRow       *parent_views_row;
  GtkWidget         *no_outcomes_label;
  GtkBox            *progress_box;
  AdwEntryRow       *next_steps_row;
  GtkSwitch         *next_cycle_switch;
  GtkWidget         *next_review_row;
  SendcoDateEntry   *next_review_entry;

  SendcoStore       *store;
  SendcoPupil       *pupil;
  SendcoSupportPlan *plan;
  GPtrArray         *editors;     /* ProgressEditor, one per outcome */
  char              *pristine;    /* what the window showed before any edit */
  char              *problem;
  gboolean           loading;
  gboolean           next_touched;
  gboolean           closing;
};

G_DEFINE_FINAL_TYPE (SendcoReviewWindow, sendco_review_window, ADW_TYPE_WINDOW)

enum {
  REVIEWED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
trimmed (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static const char *
chosen_progress (ProgressEditor *editor)
{
  for (guint i = 0; i < G_N_ELEMENTS (progress_keys); i++)
    if (gtk_toggle_button_get_active (editor->buttons[i]))
      return progress_keys[i];
  return "";
}

/* Everything the window shows, to tell whether anything was changed. */
static char *
signature (SendcoReviewWindow *self)
{
  GString *out = g_string_new (NULL);
  GtkEditable *editables[] = {
    sendco_date_entry_get_editable (self->held_entry), GTK_EDITABLE (self->attendees_row),
    GTK_EDITABLE (self->pupil_views_row), GTK_EDITABLE (self->parent_views_row),
    GTK_EDITABLE (self->next_steps_row), sendco_date_entry_get_editable (self->next_review_entry),
  };

  for (guint i = 0; i < G_N_ELEMENTS (editables); i++)
    g_string_append_printf (out, "%s\x1f", gtk_editable_get_text (editables[i]));
  g_string_append_printf (out, "%d\x1f", gtk_switch_get_active (self->next_cycle_switch));
  for (guint i = 0; i < self->editors->len; i++)
    {
      ProgressEditor *editor = g_ptr_array_index (self->editors, i);

      g_string_append_printf (out, "%s\x1f%s\x1f", chosen_progress (editor),
                              gtk_editable_get_text (GTK_EDITABLE (editor->note_row)));
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_dirty (SendcoReviewWindow *self)
{
  g_autofree char *now = NULL;

  if (self->pristine == NULL)
    return FALSE;
  now = signature (self);
  return !g_str_equal (now, self->pristine);
}

/* The first thing that stops the review being saved, in plain words. */
static char *
find_problem (SendcoReviewWindow *self)
{
  const char *held = sendco_date_entry_get_date (self->held_entry);
  g_autofree char *today = sendco_today_iso ();

  if (!sendco_date_entry_get_valid (self->held_entry))
    return g_strdup (_("Give the date the review was held, like 20/11/2026."));
  if (strcmp (held, today) > 0)
    return g_strdup (_("The review cannot have been held in the future: record it once it has happened."));
  if (strcmp (held, self->plan->start_date) < 0)
    {
      g_autofree char *start = sendco_iso_to_uk (self->plan->start_date);

      return g_strdup_printf (_("The review cannot have been held before the plan started, on %s."), start);
    }
  for (guint i = 0; i < self->editors->len; i++)
    if (chosen_progress (g_ptr_array_index (self->editors, i))[0] == '\0')
      return g_strdup_printf (_("Record the progress on outcome %u: achieved, partly or not yet."), i + 1);
  if (gtk_switch_get_active (self->next_cycle_switch))
    {
      const char *next = sendco_date_entry_get_date (self->next_review_entry);

      if (!sendco_date_entry_get_valid (self->next_review_entry))
        return g_strdup (_("Give the date of the next review, like 19/02/2027."));
      if (strcmp (next, held) <= 0)
        return g_strdup (_("The next review must be after this one."));
    }
  return NULL;
}

static void
update_state (SendcoReviewWindow *self)
{
  gboolean dirty;

  if (self->loading || self->pristine == NULL)
    return;

  dirty = is_dirty (self);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self);
  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, dirty && self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", self->problem == NULL);
  gtk_widget_set_visible (self->next_review_row, gtk_switch_get_active (self->next_cycle_switch));
}

static void
on_changed (GObject *object, GParamSpec *pspec, SendcoReviewWindow *self)
{
  update_state (self);
}

static void
on_text_changed (GtkEditable *editable, SendcoReviewWindow *self)
{
  update_state (self);
}

static void
on_held_changed (GObject *object, GParamSpec *pspec, SendcoReviewWindow *self)
{
  const char *held = sendco_date_entry_get_date (self->held_entry);
  GDate date;

  /* Until it is typed, the next review is a term after this one. */
  if (!self->loading && !self->next_touched && sendco_date_from_iso (held, &date))
    {
      g_autofree char *next = NULL;

      sendco_date_add_weeks (&date, WEEKS_TO_REVIEW);
      next = sendco_date_to_iso (&date);
      self->loading = TRUE;
      sendco_date_entry_set_date (self->next_review_entry, next);
      self->loading = FALSE;
    }
  update_state (self);
}

static void
on_next_review_changed (GObject *object, GParamSpec *pspec, SendcoReviewWindow *self)
{
  if (!self->loading)
    self->next_touched = TRUE;
  update_state (self);
}

static void
add_progress_editor (SendcoReviewWindow *self, const SendcoOutcome *outcome, guint index)
{
  ProgressEditor *editor = g_new0 (ProgressEditor, 1);
  static const char *labels[] = { N_("Achieved"), N_("Partly"), N_("Not yet") };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  SendcoArea area = SENDCO_AREA_OTHER;
  g_autofree char *title = NULL, *accessible = NULL;

  sendco_area_from_key (outcome->area, &area);
  /* Translators: "Outcome 1 · Communication and interaction" */
  title = g_strdup_printf (_("Outcome %u · %s"), index + 1, sendco_area_name (area));
  editor->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (editor->group, outcome->outcome);
  adw_preferences_group_set_description (editor->group, title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Progress"));
  if (outcome->success[0])
    {
      g_autofree char *success = g_strdup_printf (_("Success looks like: %s"), outcome->success);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), success);
    }
  gtk_widget_add_css_class (linked, "linked");
  gtk_widget_set_valign (linked, GTK_ALIGN_CENTER);
  accessible = g_strdup_printf (_("Progress on outcome %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (linked), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      editor->buttons[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_(labels[i])));
      if (i > 0)
        gtk_toggle_button_set_group (editor->buttons[i], editor->buttons[0]);
      if (g_strcmp0 (outcome->progress, progress_keys[i]) == 0)
        gtk_toggle_button_set_active (editor->buttons[i], TRUE);
      g_signal_connect (editor->buttons[i], "notify::active", G_CALLBACK (on_changed), self);
      gtk_box_append (GTK_BOX (linked), GTK_WIDGET (editor->buttons[i]));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), linked);
  adw_preferences_group_add (editor->group, row);

  editor->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->note_row), _("Note on progress"));
  gtk_editable_set_text (GTK_EDITABLE (editor->note_row), outcome->progress_note);
  g_signal_connect (editor->note_row, "changed", G_CALLBACK (on_text_changed), self);
  adw_preferences_group_add (editor->group, GTK_WIDGET (editor->note_row));

  gtk_box_append (self->progress_box, GTK_WIDGET (editor->group));
  g_ptr_array_add (self->editors, editor);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoReviewWindow *self = SENDCO_REVIEW_WINDOW (widget);
  g_autoptr (SendcoSupportPlan) plan = NULL;
  g_autoptr (SendcoPlanReview) review = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self);
  g_autofree char *attendees = NULL, *pupil_views = NULL, *parent_views = NULL, *next_steps = NULL;
  gint64 next_id = 0;

  if (problem)
    {
      gtk_label_set_text (self->problem_label, problem);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  plan = sendco_support_plan_copy (self->plan);
  for (guint i = 0; i < plan->outcomes->len && i < self->editors->len; i++)
    {
      SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
      ProgressEditor *editor = g_ptr_array_index (self->editors, i);
      g_autofree char *note = trimmed (editor->note_row);

      sendco_record_set (&outcome->progress, chosen_progress (editor));
      sendco_record_set (&outcome->progress_note, note);
    }

  review = sendco_plan_review_new ();
  attendees = trimmed (self->attendees_row);
  pupil_views = trimmed (self->pupil_views_row);
  parent_views = trimmed (self->parent_views_row);
  next_steps = trimmed (self->next_steps_row);
  sendco_record_set (&review->held_on, sendco_date_entry_get_date (self->held_entry));
  sendco_record_set (&review->attendees, attendees);
  sendco_record_set (&review->pupil_views, pupil_views);
  sendco_record_set (&review->parent_views, parent_views);
  sendco_record_set (&review->next_steps, next_steps);

  if (!sendco_store_hold_plan_review (self->store, plan, review,
                                      gtk_switch_get_active (self->next_cycle_switch)
                                        ? sendco_date_entry_get_date (self->next_review_entry) : NULL,
                                      &next_id, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[REVIEWED], 0, next_id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_review_window_close_request (GtkWindow *window)
{
  SendcoReviewWindow *self = SENDCO_REVIEW_WINDOW (window);

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_review_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, _("Discard This Review?"),
                                    _("The review has not been saved. The plan stays open until it is."),
                                    &self->closing);
}

static void
sendco_review_window_dispose (GObject *object)
{
  SendcoReviewWindow *self = SENDCO_REVIEW_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->plan, sendco_support_plan_free);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->pristine, g_free);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_REVIEW_WINDOW);

  G_OBJECT_CLASS (sendco_review_window_parent_class)->dispose (object);
}

static void
sendco_review_window_class_init (SendcoReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_review_window_dispose;
  window_class->close_request = sendco_review_window_close_request;

  /**
   * SendcoReviewWindow::reviewed:
   * @next_plan_id: the new cycle's id, or 0 when none was started
   *
   * Emitted once the review has been recorded.
   */
  signals[REVIEWED] = g_signal_new ("reviewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-review-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoReviewWindow, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (held_entry);
  BIND (attendees_row);
  BIND (pupil_views_row);
  BIND (parent_views_row);
  BIND (no_outcomes_label);
  BIND (progress_box);
  BIND (next_steps_row);
  BIND (next_cycle_switch);
  BIND (next_review_row);
  BIND (next_review_entry);
#undef BIND

  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "review.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_review_window_init (SendcoReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new_with_free_func (g_free);

  sendco_date_entry_set_label (self->held_entry, _("Held on"));
  sendco_date_entry_set_label (self->next_review_entry, _("Next review on"));
  g_signal_connect (self->held_entry, "notify::date", G_CALLBACK (on_held_changed), self);
  g_signal_connect (self->held_entry, "notify::valid", G_CALLBACK (on_changed), self);
  g_signal_connect (self->next_review_entry, "notify::date", G_CALLBACK (on_next_review_changed), self);
  g_signal_connect (self->next_review_entry, "notify::valid", G_CALLBACK (on_changed), self);
  g_signal_connect (self->next_cycle_switch, "notify::active", G_CALLBACK (on_changed), self);
  g_signal_connect (self->attendees_row, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->pupil_views_row, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->parent_views_row, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->next_steps_row, "changed", G_CALLBACK (on_text_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", FALSE);
}

SendcoReviewWindow *
sendco_review_window_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                          const SendcoSupportPlan *plan)
{
  SendcoReviewWindow *self;
  g_autofree char *title = NULL, *name = NULL, *today = sendco_today_iso ();
  GDate next;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_REVIEW_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);
  self->plan = sendco_support_plan_copy (plan);

  /* Translators: the title of the window for holding a review, e.g. "Review of Cycle 2" */
  title = g_strdup_printf (_("Review of Cycle %d"), plan->cycle);
  name = sendco_pupil_dup_full_name (pupil);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->loading = TRUE;
  sendco_date_entry_set_date (self->held_entry, today);
  sendco_date_from_iso (today, &next);
  sendco_date_add_weeks (&next, WEEKS_TO_REVIEW);
  {
    g_autofree char *iso = sendco_date_to_iso (&next);

    sendco_date_entry_set_date (self->next_review_entry, iso);
  }
  for (guint i = 0; i < plan->outcomes->len; i++)
    add_progress_editor (self, g_ptr_array_index (plan->outcomes, i), i);
  gtk_widget_set_visible (self->no_outcomes_label, plan->outcomes->len == 0);
  self->loading = FALSE;

  self->pristine = signature (self);
  update_state (self);
  return self;
}

const char *
sendco_review_window_get_problem (SendcoReviewWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_REVIEW_WINDOW (self), NULL);
  return self->problem;
}

GtkWidget *
sendco_review_window_get_outcome_group (SendcoReviewWindow *self, guint index)
{
  g_return_val_if_fail (SENDCO_IS_REVIEW_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->editors->len, NULL);
  return GTK_WIDGET (((ProgressEditor *) g_ptr_array_index (self->editors, index))->group);
}
