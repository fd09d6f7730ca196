/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One annual review of an EHC plan. Planning it sets the meeting date (by
 * default a school day four weeks before the review is due) and shows the
 * dates the law and good practice set around it; editing it records the
 * date each step was actually done, beside the date it was due. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-annual-review-window.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-ehc-steps.h"

#define MAX_STEPS 8

struct _SendcoAnnualReviewWindow
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkRevealer         *problem_revealer;
  GtkLabel            *problem_label;
  AdwActionRow        *meeting_row;
  SendcoDateEntry     *meeting_entry;
  AdwPreferencesGroup *steps_group;

  /* one per sendco_review_steps() */
  AdwActionRow        *step_rows[MAX_STEPS];
  SendcoDateEntry     *step_entries[MAX_STEPS];
  GtkLabel            *step_states[MAX_STEPS];
  AdwComboRow         *decision_row;

  SendcoStore         *store;
  SendcoPupil         *pupil;
  SendcoEhcPlan       *plan;
  GPtrArray           *reviews;    /* the plan's other reviews */
  SendcoAnnualReview  *original;
  char                *problem;
  gboolean             planning;
  gboolean             closing;
};

G_DEFINE_FINAL_TYPE (SendcoAnnualReviewWindow, sendco_annual_review_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *decisions[] = { "", "maintain", "amend", "cease" };

#define SLOT(review, step) G_STRUCT_MEMBER (char *, review, (step)->offset)

static const char *
chosen_decision (SendcoAnnualReviewWindow *self)
{
  guint i = adw_combo_row_get_selected (self->decision_row);

  return i < G_N_ELEMENTS (decisions) ? decisions[i] : "";
}

/* The review as the window now shows it. */
static SendcoAnnualReview *
collect (SendcoAnnualReviewWindow *self)
{
  SendcoAnnualReview *review = sendco_annual_review_copy (self->original);
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);

  sendco_record_set (&review->meeting_on, sendco_date_entry_get_date (self->meeting_entry));
  if (self->planning)
    return review;
  for (guint i = 0; i < n_steps; i++)
    sendco_record_set (&SLOT (review, &steps[i]), sendco_date_entry_get_date (self->step_entries[i]));
  sendco_record_set (&review->la_decision, chosen_decision (self));
  return review;
}

static gboolean
reviews_equal (const SendcoAnnualReview *a, const SendcoAnnualReview *b)
{
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);

  if (!g_str_equal (a->meeting_on, b->meeting_on) || !g_str_equal (a->la_decision, b->la_decision))
    return FALSE;
  for (guint i = 0; i < n_steps; i++)
    if (!g_str_equal (SLOT (a, &steps[i]), SLOT (b, &steps[i])))
      return FALSE;
  return TRUE;
}

static gboolean
is_dirty (SendcoAnnualReviewWindow *self)
{
  g_autoptr (SendcoAnnualReview) edited = collect (self);

  return !reviews_equal (edited, self->original);
}

static const char *
step_title (const SendcoReviewStep *step)
{
  if (g_str_equal (step->step, "la-decision"))
    return _("Date of the LA decision");
  return _(step->title);
}

/* The first thing that stops the review being saved, in plain words. */
static char *
find_problem (SendcoAnnualReviewWindow *self, const SendcoAnnualReview *review)
{
  g_autofree char *today = sendco_today_iso ();
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);

  if (!sendco_date_entry_get_valid (self->meeting_entry) || review->meeting_on[0] == '\0')
    return g_strdup (_("Give the date planned for the review meeting, like 15/06/2026."));
  if (self->planning)
    return NULL;

  for (guint i = 0; i < n_steps; i++)
    {
      const char *done = SLOT (review, &steps[i]);

      if (!sendco_date_entry_get_valid (self->step_entries[i]))
        return g_strdup_printf (_("“%s” must be a real date, like 15/06/2026, or left blank."),
                                step_title (&steps[i]));
      if (done[0] && strcmp (done, today) > 0)
        return g_strdup_printf (_("“%s” cannot be in the future: record each step once it has happened."),
                                step_title (&steps[i]));
    }
  if ((review->la_decision[0] == '\0') != (review->la_decision_on[0] == '\0'))
    return g_strdup (_("Give both the LA decision and the date it was made."));
  return NULL;
}

static void
show_problem (SendcoAnnualReviewWindow *self, const char *problem)
{
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
}

static char *
step_subtitle (const SendcoReviewStep *step, const SendcoDeadline *deadline, const GDate *due)
{
  g_autofree char *date = NULL;

  if (g_str_equal (step->step, "meeting"))
    {
      date = sendco_format_due (due);
      if (date[0] == '\0')
        return g_strdup (_("Within 12 months of the previous review, or of the plan being issued"));
      return g_strdup_printf (_("Due by %s\n%s"), date,
                              _("Within 12 months of the previous review, or of the plan being issued"));
    }
  if (g_str_equal (step->step, "amendment-notice"))
    return g_strdup (_("The LA sends it when it decides to amend the plan"));
  if (deadline == NULL)
    {
      if (g_str_equal (step->step, "amended-plan"))
        return g_strdup (_("Its date follows from the notice of proposed amendments"));
      return g_strdup ("");
    }

  date = sendco_format_due (&deadline->date);
  if (step->customary)
    return g_strdup_printf (_("From %s\n%s"), date, deadline->rule);
  return g_strdup_printf (_("By %s\n%s"), date, deadline->rule);
}

/* The statutory dates follow what is typed: the meeting, the LA's decision
 * and its notice of amendments move the dates after them. */
static void
update_dates (SendcoAnnualReviewWindow *self, const SendcoAnnualReview *review)
{
  g_autoptr (GArray) timeline = sendco_review_timeline_for (self->plan, review->meeting_on,
                                                            review->meeting_held_on, review->la_decision_on,
                                                            review->amendment_notice_on);
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);
  gboolean amending = g_str_equal (review->la_decision, "amend") || review->amendment_notice_on[0]
                      || review->amended_plan_on[0];
  g_autofree char *due_text = NULL;
  GDate due, today;

  sendco_today (&today);
  sendco_review_due_for (self->plan, self->reviews, review, &due);
  due_text = sendco_format_due (&due);
  if (due_text[0])
    {
      g_autofree char *subtitle = g_strdup_printf (_("The review is due by %s"), due_text);

      adw_action_row_set_subtitle (self->meeting_row, subtitle);
    }

  for (guint i = 0; i < n_steps; i++)
    {
      const SendcoDeadline *deadline = sendco_deadline_lookup (timeline, steps[i].step);
      const GDate *date = g_str_equal (steps[i].step, "meeting") ? &due : deadline ? &deadline->date : NULL;
      g_autofree char *subtitle = step_subtitle (&steps[i], deadline, &due);
      g_autofree char *state_text = NULL;
      SendcoStepState state;
      int days;

      adw_action_row_set_subtitle (self->step_rows[i], subtitle);
      /* Planning, each row says what is to be done, as the law puts it. */
      if (self->planning)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_rows[i]),
                                       deadline ? deadline->label
                                                : g_str_equal (steps[i].step, "meeting")
                                                    ? _("Hold the review meeting") : step_title (&steps[i]));
      state = sendco_step_state (SLOT (review, &steps[i]), date, &today, &days);
      state_text = sendco_step_state_text (state, days, steps[i].customary);
      gtk_label_set_text (self->step_states[i], state_text);
      sendco_step_state_style (GTK_WIDGET (self->step_states[i]), state, steps[i].customary);
      gtk_widget_set_visible (GTK_WIDGET (self->step_states[i]),
                              !self->planning && state != SENDCO_STEP_NO_DATE);
      gtk_widget_set_visible (GTK_WIDGET (self->step_rows[i]),
                              !steps[i].amendment || (amending && !self->planning));
    }
}

static void
update_state (SendcoAnnualReviewWindow *self)
{
  g_autoptr (SendcoAnnualReview) edited = NULL;
  gboolean dirty;

  if (self->original == NULL)
    return;
  edited = collect (self);
  dirty = !reviews_equal (edited, self->original);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self, edited);
  update_dates (self, edited);

  show_problem (self, dirty ? self->problem : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));
}

static void
on_field_changed (GObject *object, GParamSpec *pspec, SendcoAnnualReviewWindow *self)
{
  update_state (self);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoAnnualReviewWindow *self = SENDCO_ANNUAL_REVIEW_WINDOW (widget);
  g_autoptr (SendcoAnnualReview) edited = collect (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self, edited);

  if (problem)
    {
      show_problem (self, problem);
      return;
    }
  if (!sendco_store_save_annual_review (self->store, edited, &error))
    {
      show_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_annual_review_window_close_request (GtkWindow *window)
{
  SendcoAnnualReviewWindow *self = SENDCO_ANNUAL_REVIEW_WINDOW (window);

  if (self->closing || self->original == NULL || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_annual_review_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this annual review have not been saved."),
                                    &self->closing);
}

static void
sendco_annual_review_window_dispose (GObject *object)
{
  SendcoAnnualReviewWindow *self = SENDCO_ANNUAL_REVIEW_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->plan, sendco_ehc_plan_free);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->original, sendco_annual_review_free);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_ANNUAL_REVIEW_WINDOW);

  G_OBJECT_CLASS (sendco_annual_review_window_parent_class)->dispose (object);
}

static void
sendco_annual_review_window_class_init (SendcoAnnualReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_annual_review_window_dispose;
  window_class->close_request = sendco_annual_review_window_close_request;

  /**
   * SendcoAnnualReviewWindow::saved:
   * @id: the review's id
   *
   * Emitted after the review has been saved, just before the window closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-annual-review-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoAnnualReviewWindow, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (meeting_row);
  BIND (meeting_entry);
  BIND (steps_group);
#undef BIND

  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "review.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
add_decision_row (SendcoAnnualReviewWindow *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    gtk_string_list_append (names, sendco_la_decision_name (decisions[i]));
  self->decision_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->decision_row), _("LA decision"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->decision_row),
                               _("Keep, amend or cease the plan, as the LA told the parents"));
  adw_combo_row_set_model (self->decision_row, G_LIST_MODEL (names));
  adw_preferences_group_add (self->steps_group, GTK_WIDGET (self->decision_row));
  g_signal_connect (self->decision_row, "notify::selected", G_CALLBACK (on_field_changed), self);
}

static void
sendco_annual_review_window_init (SendcoAnnualReviewWindow *self)
{
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_assert (n_steps <= MAX_STEPS);

  sendco_date_entry_set_label (self->meeting_entry, _("Planned meeting date"));
  g_signal_connect (self->meeting_entry, "notify::date", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->meeting_entry, "notify::valid", G_CALLBACK (on_field_changed), self);

  for (guint i = 0; i < n_steps; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = sendco_date_entry_new ();
      GtkWidget *state = gtk_label_new (NULL);

      if (g_str_equal (steps[i].step, "la-decision"))
        add_decision_row (self);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step_title (&steps[i]));
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      sendco_date_entry_set_allow_blank (SENDCO_DATE_ENTRY (entry), TRUE);
      sendco_date_entry_set_label (SENDCO_DATE_ENTRY (entry), step_title (&steps[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->steps_group, row);

      self->step_rows[i] = ADW_ACTION_ROW (row);
      self->step_entries[i] = SENDCO_DATE_ENTRY (entry);
      self->step_states[i] = GTK_LABEL (state);
      g_signal_connect (entry, "notify::date", G_CALLBACK (on_field_changed), self);
      g_signal_connect (entry, "notify::valid", G_CALLBACK (on_field_changed), self);
    }
}

/* A school day four weeks before the review is due; a school day from
 * today when that has passed. */
static void
default_meeting (SendcoAnnualReviewWindow *self, GDate *meeting)
{
  GDate today;

  sendco_today (&today);
  sendco_review_due_for (self->plan, self->reviews, NULL, meeting);
  if (!g_date_valid (meeting))
    *meeting = today;
  else
    sendco_date_add_weeks (meeting, -4);

  if (g_date_compare (meeting, &today) < 0)
    {
      *meeting = today;
      while (g_date_get_weekday (meeting) >= G_DATE_SATURDAY)
        g_date_add_days (meeting, 1);
    }
  else
    while (g_date_get_weekday (meeting) >= G_DATE_SATURDAY)
      g_date_subtract_days (meeting, 1);
}

SendcoAnnualReviewWindow *
sendco_annual_review_window_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                                 const SendcoEhcPlan *plan, const SendcoAnnualReview *review)
{
  SendcoAnnualReviewWindow *self;
  g_autofree char *name = NULL;
  guint n_steps;
  const SendcoReviewStep *steps = sendco_review_steps (&n_steps);
  const char *title;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);
  g_return_val_if_fail (plan != NULL && plan->id != 0, NULL);

  self = g_object_new (SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);
  self->plan = sendco_ehc_plan_copy (plan);
  self->reviews = sendco_store_list_annual_reviews (store, plan->id, NULL);
  if (self->reviews == NULL)
    self->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_annual_review_free);
  self->planning = review == NULL;
  self->original = review ? sendco_annual_review_copy (review) : sendco_annual_review_new ();
  self->original->plan_id = plan->id;

  name = sendco_pupil_dup_full_name (pupil);
  title = self->planning ? _("Plan Annual Review") : _("Annual Review");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->planning)
    {
      GDate meeting;
      g_autofree char *iso = NULL;

      default_meeting (self, &meeting);
      iso = sendco_date_to_iso (&meeting);
      sendco_record_set (&self->original->meeting_on, iso);
      adw_preferences_group_set_title (self->steps_group, _("Timeline"));
      adw_preferences_group_set_description (self->steps_group,
                                             _("The dates the law and good practice set around this meeting. "
                                               "Record each step with Edit… once it has happened."));
    }
  else
    {
      adw_preferences_group_set_title (self->steps_group, _("Steps"));
      adw_preferences_group_set_description (self->steps_group,
                                             _("Record the date each step was done; leave it blank until it "
                                               "has happened. The date it is due is beside each."));
    }

  sendco_date_entry_set_date (self->meeting_entry, self->original->meeting_on);
  for (guint i = 0; i < n_steps; i++)
    {
      sendco_date_entry_set_date (self->step_entries[i], SLOT (self->original, &steps[i]));
      gtk_widget_set_visible (GTK_WIDGET (self->step_entries[i]), !self->planning);
    }
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (g_str_equal (self->original->la_decision, decisions[i]))
      adw_combo_row_set_selected (self->decision_row, i);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_row), !self->planning);

  update_state (self);
  return self;
}

const char *
sendco_annual_review_window_get_problem (SendcoAnnualReviewWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_ANNUAL_REVIEW_WINDOW (self), NULL);
  return self->problem;
}
