/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The EHC tab of a pupil's record: their EHC plan (or what is missing),
 * its annual reviews and their requests for an EHC needs assessment. Every
 * step shows the date it was actually done beside the statutory date from
 * src/rules/sendco-ehc.c, and a breach is shown in red, never hidden, even
 * where an exception applies. Ceased plans stay below as history. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-annual-review-window.h"
#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-dates.h"
#include "sendco-ehc-plan-dialog.h"
#include "sendco-ehc-request-window.h"
#include "sendco-ehc-steps.h"
#include "sendco-pupil-ehc-page.h"
#include "sendco-status-dialog.h"

struct _SendcoPupilEhcPage
{
  AdwBin               parent_instance;

  /* template */
  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *reviews_group;
  AdwPreferencesGroup *requests_group;
  AdwPreferencesGroup *ceased_group;
  GtkWidget           *add_plan_button;
  GtkWidget           *cease_plan_button;
  GtkWidget           *edit_plan_button;
  AdwActionRow        *missing_plan_row;
  AdwActionRow        *from_request_row;
  GtkWidget           *from_request_button;
  AdwActionRow        *no_plan_row;
  AdwActionRow        *status_hint_row;
  AdwActionRow        *la_row;
  AdwActionRow        *caseworker_row;
  AdwActionRow        *issued_row;
  AdwActionRow        *last_review_row;
  AdwActionRow        *transfer_row;
  GtkLabel            *transfer_state;
  AdwActionRow        *next_review_row;
  GtkLabel            *next_review_state;
  GtkListBox          *reviews_list;
  GtkListBox          *requests_list;
  GtkListBox          *ceased_list;

  SendcoStore         *store;
  SendcoPupil         *pupil;
  GPtrArray           *plans;      /* SendcoEhcPlan: the current one first */
  SendcoEhcPlan       *current;    /* in plans, or NULL */
  GPtrArray           *reviews;    /* SendcoAnnualReview of the current plan, newest first */
  GPtrArray           *requests;   /* SendcoEhcRequest, newest first */
  GHashTable          *expanded;   /* "review-ID" and the like -> 1 open, 2 closed */
};

G_DEFINE_FINAL_TYPE (SendcoPupilEhcPage, sendco_pupil_ehc_page, ADW_TYPE_BIN)

#define OPEN   GINT_TO_POINTER (1)
#define CLOSED GINT_TO_POINTER (2)

static void reload (SendcoPupilEhcPage *self);

static char *
uk (const char *iso)
{
  return sendco_iso_to_uk (iso);
}

static GtkWindow *
parent_window (SendcoPupilEhcPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
set_subtitle (AdwActionRow *row, const char *text)
{
  adw_action_row_set_subtitle (row, text ? text : "");
}

static GtkWidget *
state_label (SendcoStepState state, int days, gboolean customary)
{
  g_autofree char *text = sendco_step_state_text (state, days, customary);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  sendco_step_state_style (label, state, customary);
  return label;
}

static GtkWidget *
info_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle && subtitle[0])
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* A step: what it is, when it was done beside when it was due, where that
 * date comes from, and how it stands. */
static GtkWidget *
step_row (const char *title, const char *dates, const char *rule, const char *extra,
          SendcoStepState state, int days, gboolean customary, gboolean show_state)
{
  GString *subtitle = g_string_new (dates);
  GtkWidget *row;

  if (rule && rule[0])
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? "\n" : "", rule);
  if (extra && extra[0])
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? "\n" : "", extra);
  row = info_row (title, subtitle->str);
  g_string_free (subtitle, TRUE);
  if (show_state)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), state_label (state, days, customary));
  return row;
}

/* "Done 10/02/2026 · due by 16/02/2026", and the same with other words. */
static char *
dates_text (const char *both, const char *done_only, const char *due_only, const char *nothing,
            const char *done_on, const GDate *due)
{
  g_autofree char *done = uk (done_on);
  g_autofree char *by = sendco_format_due (due);

  if (done[0] && by[0])
    return g_strdup_printf (both, done, by);
  if (done[0])
    return g_strdup_printf (done_only, done);
  if (by[0])
    return g_strdup_printf (due_only, by);
  return g_strdup (nothing);
}

static void
on_expanded (GObject *row, GParamSpec *pspec, SendcoPupilEhcPage *self)
{
  const char *key = g_object_get_data (row, "sendco-key");

  g_hash_table_insert (self->expanded, g_strdup (key),
                       adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)) ? OPEN : CLOSED);
}

static AdwExpanderRow *
expander (SendcoPupilEhcPage *self, const char *key, const char *title, const char *subtitle,
          gboolean open_by_default)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  gpointer remembered = g_hash_table_lookup (self->expanded, key);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
  adw_expander_row_set_expanded (row, remembered ? remembered == OPEN : open_by_default);
  g_object_set_data_full (G_OBJECT (row), "sendco-key", g_strdup (key), g_free);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded), self);
  return row;
}

static GtkWidget *
edit_button (const char *action, gint64 id, const char *accessible_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Ed_it…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  return button;
}

/* The plan */

static const SendcoEhcRequest *
latest_final_plan (SendcoPupilEhcPage *self)
{
  for (guint i = 0; self->requests && i < self->requests->len; i++)
    {
      const SendcoEhcRequest *request = g_ptr_array_index (self->requests, i);

      if (request->final_plan_on[0])
        return request;
    }
  return NULL;
}

/* The newest review not held yet, if one is planned. */
static const SendcoAnnualReview *
pending_review (SendcoPupilEhcPage *self)
{
  for (guint i = 0; self->reviews && i < self->reviews->len; i++)
    {
      const SendcoAnnualReview *review = g_ptr_array_index (self->reviews, i);

      if (review->meeting_held_on[0] == '\0')
        return review;
    }
  return NULL;
}

/* The held review the next one counts from, if it is in Sendco. */
static const SendcoAnnualReview *
last_held_review (SendcoPupilEhcPage *self, const char *previous)
{
  for (guint i = 0; previous[0] && self->reviews && i < self->reviews->len; i++)
    {
      const SendcoAnnualReview *review = g_ptr_array_index (self->reviews, i);

      if (g_str_equal (review->meeting_held_on, previous))
        return review;
    }
  return NULL;
}

static void
fill_next_review (SendcoPupilEhcPage *self, const GDate *today)
{
  const SendcoEhcPlan *plan = self->current;
  g_autofree char *previous = sendco_review_previous (plan, self->reviews, NULL);
  const SendcoAnnualReview *held = last_held_review (self, previous);
  const SendcoAnnualReview *pending = pending_review (self);
  g_autofree char *by = NULL, *since = NULL, *line = NULL, *state_text = NULL, *due_iso = NULL;
  GString *subtitle = g_string_new (NULL);
  SendcoStepState state;
  GDate due;
  int days;

  sendco_review_due_for (plan, self->reviews, NULL, &due);
  by = sendco_format_due (&due);
  due_iso = sendco_date_to_iso (&due);
  since = uk (previous);
  if (since[0])
    line = g_strdup_printf (_("By %s, within 12 months of the last review on %s"), by, since);
  else
    line = g_strdup_printf (_("By %s, within 12 months of the plan being issued"), by);
  g_string_append (subtitle, line);

  /* The law's later date runs from the LA's decision after that review. */
  if (held && held->la_decision_on[0])
    {
      g_autoptr (GArray) timeline = sendco_review_timeline_for (plan, held->meeting_on, held->meeting_held_on,
                                                                held->la_decision_on,
                                                                held->amendment_notice_on);
      const SendcoDeadline *legal = sendco_deadline_lookup (timeline, "next-review-legal");

      if (legal)
        {
          g_autofree char *date = sendco_format_due (&legal->date);

          g_string_append_c (subtitle, '\n');
          g_string_append_printf (subtitle, _("The law’s latest date: %s · %s"), date, legal->rule);
        }
    }
  set_subtitle (self->next_review_row, subtitle->str);
  g_string_free (subtitle, TRUE);

  state = sendco_step_state ("", &due, today, &days);
  if (state == SENDCO_STEP_WAITING && pending)
    {
      g_autofree char *planned = uk (pending->meeting_on);

      if (strcmp (pending->meeting_on, due_iso) > 0)
        {
          GDate meeting;

          g_date_clear (&meeting, 1);
          sendco_date_from_iso (pending->meeting_on, &meeting);
          state = SENDCO_STEP_LATE;
          days = g_date_days_between (&due, &meeting);
          state_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Planned %d day after it is due",
                                                     "Planned %d days after it is due", days), days);
        }
      else
        {
          state = SENDCO_STEP_ON_TIME;
          state_text = g_strdup_printf (_("Planned for %s"), planned);
        }
    }
  if (state_text == NULL)
    state_text = sendco_step_state_text (state, days, FALSE);
  gtk_label_set_text (self->next_review_state, state_text);
  sendco_step_state_style (GTK_WIDGET (self->next_review_state), state, FALSE);
}

static void
fill_transfer (SendcoPupilEhcPage *self, const GDate *today)
{
  const SendcoEhcPlan *plan = self->current;
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;
  g_autofree char *subtitle = NULL, *by = NULL;
  GDate move, deadline;
  SendcoStepState state;
  int days;

  sendco_transfer_from_key (plan->transfer, &transfer);
  g_date_clear (&move, 1);
  sendco_date_from_iso (plan->post16_move_on, &move);
  sendco_transfer_deadline (transfer, plan->transfer_year, &move, &deadline);
  by = sendco_format_due (&deadline);

  if (transfer == SENDCO_TRANSFER_NONE)
    subtitle = g_strdup (sendco_transfer_name (""));
  else if (transfer == SENDCO_TRANSFER_POST16_MOVE)
    {
      g_autofree char *moving = uk (plan->post16_move_on);

      subtitle = g_strdup_printf (_("%s on %s\nReview and amend the plan by %s"),
                                  sendco_transfer_name (plan->transfer), moving, by);
    }
  else
    subtitle = g_strdup_printf (_("%s in %d\nReview and amend the plan by %s"),
                                sendco_transfer_name (plan->transfer), plan->transfer_year, by);
  set_subtitle (self->transfer_row, subtitle);

  /* Only the days left are certain; whether it was met is for the review. */
  state = sendco_step_state ("", &deadline, today, &days);
  if (state == SENDCO_STEP_WAITING)
    {
      g_autofree char *text = sendco_step_state_text (state, days, FALSE);

      gtk_label_set_text (self->transfer_state, text);
      sendco_step_state_style (GTK_WIDGET (self->transfer_state), state, FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->transfer_state), state == SENDCO_STEP_WAITING);
}

static void
fill_plan (SendcoPupilEhcPage *self, const GDate *today)
{
  const SendcoEhcPlan *plan = self->current;
  const char *status = sendco_pupil_get_sen_status (self->pupil);
  gboolean is_e = g_str_equal (status, "E");
  const SendcoEhcRequest *final = latest_final_plan (self);
  g_autofree char *name = sendco_pupil_dup_full_name (self->pupil);
  GtkWidget *details[] = {
    GTK_WIDGET (self->la_row), GTK_WIDGET (self->caseworker_row), GTK_WIDGET (self->issued_row),
    GTK_WIDGET (self->last_review_row), GTK_WIDGET (self->transfer_row), GTK_WIDGET (self->next_review_row),
  };

  /* With a final plan to add from its request, that row offers it. */
  gtk_widget_set_visible (self->add_plan_button, plan == NULL && final == NULL);
  gtk_widget_set_visible (self->cease_plan_button, plan != NULL);
  gtk_widget_set_visible (self->edit_plan_button, plan != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    gtk_widget_set_visible (details[i], plan != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->missing_plan_row), plan == NULL && is_e);
  if (plan == NULL && is_e)
    {
      g_autofree char *text = g_strdup_printf (_("%s is recorded as E (EHC plan), but no EHC plan is recorded "
                                                 "here, so the census check fails. Add the plan, or change "
                                                 "their SEN status if they no longer have one."), name);

      set_subtitle (self->missing_plan_row, text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->from_request_row), plan == NULL && final != NULL);
  if (plan == NULL && final)
    {
      g_autofree char *issued = uk (final->final_plan_on);
      g_autofree char *title = g_strdup_printf (_("The final EHC plan was issued on %s"), issued);
      g_autofree char *text = g_strdup_printf (_("Add it to %s’s record to follow its annual reviews."), name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->from_request_row), title);
      set_subtitle (self->from_request_row, text);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->from_request_button), "x", final->id);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_plan_row), plan == NULL && !is_e && final == NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->status_hint_row),
                          !is_e && (plan != NULL || final != NULL) && !sendco_pupil_is_archived (self->pupil));
  if (!is_e && (plan || final))
    {
      g_autofree char *issued = uk (plan ? plan->issued_on : final->final_plan_on);
      g_autofree char *text = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_hint_row),
                                     _("Their SEN status is not EHC plan (E)"));
      text = g_strdup_printf (_("%s is recorded as %s (%s). Change their status to E from the date "
                                "the plan was issued, %s."),
                              name, sendco_sen_status_name (sendco_sen_status_from_code (status)), status, issued);
      set_subtitle (self->status_hint_row, text);
    }

  if (plan == NULL)
    return;

  {
    g_autofree char *issued = uk (plan->issued_on);
    g_autofree char *previous = sendco_review_previous (plan, self->reviews, NULL);
    g_autofree char *last = uk (previous);

    set_subtitle (self->la_row, plan->local_authority[0] ? plan->local_authority : _("Not recorded"));
    set_subtitle (self->caseworker_row, plan->caseworker[0] ? plan->caseworker : _("Not recorded"));
    set_subtitle (self->issued_row, issued);
    set_subtitle (self->last_review_row, last[0] ? last : _("None held yet"));
  }
  fill_transfer (self, today);
  fill_next_review (self, today);
}

/* Annual reviews */

static GtkWidget *
review_step_row (const SendcoAnnualReview *review, const SendcoReviewStep *step, GArray *timeline,
                 const GDate *due, const GDate *today, gboolean *breach)
{
  const SendcoDeadline *deadline = sendco_deadline_lookup (timeline, step->step);
  gboolean meeting = g_str_equal (step->step, "meeting");
  const GDate *by = meeting ? due : deadline ? &deadline->date : NULL;
  const char *done = sendco_review_step_done (review, step);
  g_autofree char *dates = NULL, *title = NULL;
  const char *rule = deadline ? deadline->rule : NULL;
  SendcoStepState state;
  int days;

  state = sendco_step_state (done, by, today, &days);
  *breach = sendco_step_state_is_breach (state) && !step->customary;

  if (meeting)
    {
      g_autofree char *planned = uk (review->meeting_on);
      g_autofree char *due_text = sendco_format_due (due);

      if (done[0])
        dates = dates_text (_("Held %s · due by %s"), _("Held %s"), _("Due by %s"), "", done, due);
      else
        dates = g_strdup_printf (_("Planned for %s · due by %s"), planned, due_text);
      rule = _("Within 12 months of the previous review, or of the plan being issued");
    }
  else if (step->customary)
    dates = dates_text (_("Done %s · usually from %s"), _("Done %s"), _("Usually from %s"),
                        _("Not recorded yet"), done, by);
  else
    dates = dates_text (_("Done %s · due by %s"), _("Done %s"), _("Due by %s"), _("Not recorded yet"),
                        done, by);

  if (g_str_equal (step->step, "amendment-notice"))
    rule = _("The LA sends it when it decides to amend the plan");
  if (g_str_equal (step->step, "la-decision") && review->la_decision[0])
    title = g_strdup_printf (_("LA decision: %s"), sendco_la_decision_name (review->la_decision));
  else
    title = g_strdup (_(step->title));

  return step_row (title, dates, rule, NULL, state, days, step->customary, TRUE);
}

static void
add_review (SendcoPupilEhcPage *self, const SendcoAnnualReview *review, gboolean newest, const GDate *today)
{
  const SendcoEhcPlan *plan = self->current;
  g_autoptr (GArray) timeline = sendco_review_timeline_for (plan, review->meeting_on, review->meeting_held_on,
                                                            review->la_decision_on,
                                                            review->amendment_notice_on);
  gboolean amending = g_str_equal (review->la_decision, "amend") || review->amendment_notice_on[0]
                      || review->amended_plan_on[0];
  g_autofree char *key = g_strdup_printf ("review-%" G_GINT64_FORMAT, review->id);
  g_autofree char *when = uk (review->meeting_held_on[0] ? review->meeting_held_on : review->meeting_on);
  g_autofree char *title = NULL, *subtitle = NULL, *accessible = NULL, *breaches = NULL;
  const SendcoReviewStep *steps;
  AdwExpanderRow *row;
  guint n_steps, n_breaches = 0;
  GPtrArray *rows = g_ptr_array_new ();
  GDate due;

  sendco_review_due_for (plan, self->reviews, review, &due);
  steps = sendco_review_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      gboolean breach;

      if (steps[i].amendment && !amending)
        continue;
      g_ptr_array_add (rows, review_step_row (review, &steps[i], timeline, &due, today, &breach));
      n_breaches += breach;
    }

  if (review->meeting_held_on[0])
    title = g_strdup_printf (_("Annual review held %s"), when);
  else
    title = g_strdup_printf (_("Annual review planned for %s"), when);
  if (n_breaches)
    breaches = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step late or overdue",
                                             "%u steps late or overdue", n_breaches), n_breaches);
  else
    breaches = g_strdup (_("Every step on time so far"));
  if (review->la_decision[0])
    subtitle = g_strdup_printf (_("LA decision: %s · %s"), sendco_la_decision_name (review->la_decision),
                                breaches);
  else if (review->meeting_held_on[0])
    subtitle = g_strdup_printf (_("Waiting for the LA decision · %s"), breaches);
  else
    subtitle = g_strdup_printf (_("Not held yet · %s"), breaches);

  row = expander (self, key, title, subtitle, newest);
  accessible = g_strdup_printf (_("Edit the annual review of %s"), when);
  adw_expander_row_add_action (row, edit_button ("ehc.edit-review", review->id, accessible));
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (row, g_ptr_array_index (rows, i));
  g_ptr_array_unref (rows);
  gtk_list_box_append (self->reviews_list, GTK_WIDGET (row));
}

static void
fill_reviews (SendcoPupilEhcPage *self, const GDate *today)
{
  clear_list (self->reviews_list);
  gtk_widget_set_visible (GTK_WIDGET (self->reviews_group), self->current != NULL);
  if (self->current == NULL)
    return;

  if (self->reviews->len == 0)
    {
      GDate due;
      g_autofree char *by = NULL, *text = NULL;

      sendco_review_due_for (self->current, self->reviews, NULL, &due);
      by = sendco_format_due (&due);
      text = g_strdup_printf (_("The next review is due by %s. Set its date with Plan Annual Review…"), by);
      gtk_list_box_append (self->reviews_list, info_row (_("No annual reviews recorded yet"), text));
      return;
    }
  for (guint i = 0; i < self->reviews->len; i++)
    add_review (self, g_ptr_array_index (self->reviews, i), i == 0, today);
}

/* Requests */

static GtkWidget *
request_step (const char *title, const char *done, const SendcoDeadline *deadline, const char *extra,
              const GDate *today, SendcoStepState *state_out, int *days_out)
{
  const GDate *by = deadline ? &deadline->date : NULL;
  g_autofree char *dates = dates_text (_("Done %s · due by %s"), _("Done %s"), _("Due by %s"),
                                       _("Not recorded yet"), done, by);
  SendcoStepState state;
  int days;

  state = sendco_step_state (done, by, today, &days);
  if (state_out)
    *state_out = state;
  if (days_out)
    *days_out = days;
  return step_row (title, dates, deadline ? deadline->rule : NULL, extra, state, days, FALSE, TRUE);
}

static char *
exception_text (const SendcoEhcRequest *request)
{
  if (request->exception[0] == '\0')
    return NULL;
  if (request->exception_note[0])
    return g_strdup_printf (_("Exception recorded: %s — %s"), sendco_ehc_exception_name (request->exception),
                            request->exception_note);
  return g_strdup_printf (_("Exception recorded: %s"), sendco_ehc_exception_name (request->exception));
}

static void
add_request (SendcoPupilEhcPage *self, const SendcoEhcRequest *r, gboolean newest, const GDate *today)
{
  g_autoptr (GArray) timeline = NULL;
  g_autofree char *key = g_strdup_printf ("request-%" G_GINT64_FORMAT, r->id);
  g_autofree char *received_text = uk (r->received_on);
  g_autofree char *title = NULL, *subtitle = NULL, *accessible = NULL, *exception = exception_text (r);
  gboolean not_assess = g_str_equal (r->decision, "not-assess");
  GPtrArray *rows = g_ptr_array_new ();
  SendcoStepState final_state = SENDCO_STEP_NO_DATE, decision_state;
  int final_days = 0, days;
  GDate received, draft;
  const SendcoDeadline *final_deadline;
  AdwExpanderRow *row;
  guint n_breaches = 0;

  g_date_clear (&received, 1);
  g_date_clear (&draft, 1);
  sendco_date_from_iso (r->draft_sent_on, &draft);
  if (sendco_date_from_iso (r->received_on, &received))
    timeline = sendco_ehc_request_timeline (&received, &draft);
  final_deadline = sendco_deadline_lookup (timeline, "final-plan");

  {
    g_autofree char *step_title = r->decision[0]
                                    ? g_strdup_printf (_("Decision whether to assess: %s"),
                                                       sendco_assess_decision_name (r->decision))
                                    : g_strdup (_("Decision whether to assess"));

    g_ptr_array_add (rows, request_step (step_title, r->decision_on,
                                         sendco_deadline_lookup (timeline, "decision-to-assess"), NULL, today,
                                         &decision_state, NULL));
    n_breaches += sendco_step_state_is_breach (decision_state);
  }

  if (!not_assess)
    {
      g_autofree char *advice = dates_text ("", _("Given %s"), "", _("Not recorded yet"), r->advice_on, NULL);
      const SendcoDeadline *comments = sendco_deadline_lookup (timeline, "draft-comments");
      g_autofree char *draft_text = dates_text ("", _("Sent %s"), "", _("Not sent yet"), r->draft_sent_on, NULL);
      g_autofree char *comments_text = NULL;
      SendcoStepState state;

      state = r->advice_on[0] ? SENDCO_STEP_DONE : SENDCO_STEP_NO_DATE;
      g_ptr_array_add (rows, step_row (_("Advice from professionals"), advice, NULL, NULL, state, 0, FALSE,
                                       TRUE));

      if (comments)
        {
          g_autofree char *until = sendco_format_due (&comments->date);

          comments_text = g_strdup_printf (_("Parents can comment and name a school until at least %s"), until);
        }
      state = r->draft_sent_on[0] ? SENDCO_STEP_DONE : SENDCO_STEP_NO_DATE;
      g_ptr_array_add (rows, step_row (_("Draft plan sent to the parents"), draft_text, comments_text, NULL,
                                       state, 0, FALSE, TRUE));
    }

  if (r->not_issuing_on[0])
    {
      SendcoStepState state;

      g_ptr_array_add (rows, request_step (_("Notice that no plan will be issued"), r->not_issuing_on,
                                           sendco_deadline_lookup (timeline, "notice-no-plan"), NULL, today,
                                           &state, NULL));
      n_breaches += sendco_step_state_is_breach (state);
    }
  else if (!not_assess && r->final_plan_on[0] == '\0')
    {
      const SendcoDeadline *notice = sendco_deadline_lookup (timeline, "notice-no-plan");
      g_autofree char *by = notice ? sendco_format_due (&notice->date) : g_strdup ("");
      g_autofree char *text = g_strdup_printf (_("Only if the LA decides not to issue a plan: by %s"), by);

      g_ptr_array_add (rows, step_row (_("Notice that no plan will be issued"), text,
                                       notice ? notice->rule : NULL, NULL, SENDCO_STEP_NO_DATE, 0, FALSE, FALSE));
    }

  if (!not_assess && r->not_issuing_on[0] == '\0')
    {
      g_autofree char *shown_exception = NULL;
      SendcoStepState state = sendco_step_state (r->final_plan_on, final_deadline ? &final_deadline->date : NULL,
                                                 today, &days);

      /* The exception is shown beside the breach; it never hides it. */
      if (sendco_step_state_is_breach (state) && exception)
        shown_exception = g_strdup (exception);
      g_ptr_array_add (rows, request_step (_("Final EHC plan issued"), r->final_plan_on, final_deadline,
                                           shown_exception, today, &final_state, &final_days));
      n_breaches += sendco_step_state_is_breach (final_state);
    }

  if (r->exception[0])
    {
      g_autofree char *what = r->exception_note[0]
                                ? g_strdup_printf ("%s — %s", sendco_ehc_exception_name (r->exception),
                                                   r->exception_note)
                                : g_strdup (sendco_ehc_exception_name (r->exception));

      g_ptr_array_add (rows, info_row (_("Exception to the 20 weeks"), what));
    }

  /* The summary says where the request has got to. */
  {
    g_autofree char *outcome = NULL;

    if (r->final_plan_on[0])
      {
        g_autofree char *issued = uk (r->final_plan_on);
        g_autofree char *late = sendco_step_state_text (final_state, final_days, FALSE);

        outcome = final_state == SENDCO_STEP_LATE
                    ? g_strdup_printf (_("Final plan issued %s · %s"), issued, late)
                    : g_strdup_printf (_("Final plan issued %s · on time"), issued);
      }
    else if (r->not_issuing_on[0])
      {
        g_autofree char *when = uk (r->not_issuing_on);

        outcome = g_strdup_printf (_("The LA told the parents on %s that it will not issue a plan"), when);
      }
    else if (not_assess)
      {
        g_autofree char *when = uk (r->decision_on);

        outcome = g_strdup_printf (_("The LA decided on %s not to assess"), when);
      }
    else
      {
        g_autofree char *by = final_deadline ? sendco_format_due (&final_deadline->date) : g_strdup ("");

        if (final_state == SENDCO_STEP_OVERDUE)
          {
            g_autofree char *overdue = sendco_step_state_text (final_state, final_days, FALSE);

            outcome = g_strdup_printf (_("In progress · the final plan was due by %s · %s"), by, overdue);
          }
        else
          outcome = g_strdup_printf (_("In progress · final plan due by %s"), by);
      }
    if (exception && n_breaches)
      subtitle = g_strdup_printf (_("%s · exception recorded"), outcome);
    else
      subtitle = g_steal_pointer (&outcome);
  }

  title = g_strdup_printf (_("Request received by the LA on %s"), received_text);
  row = expander (self, key, title, subtitle, newest);
  accessible = g_strdup_printf (_("Edit the request received on %s"), received_text);
  adw_expander_row_add_action (row, edit_button ("ehc.edit-request", r->id, accessible));
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (row, g_ptr_array_index (rows, i));
  g_ptr_array_unref (rows);
  gtk_list_box_append (self->requests_list, GTK_WIDGET (row));
}

static void
fill_requests (SendcoPupilEhcPage *self, const GDate *today)
{
  clear_list (self->requests_list);
  if (self->requests->len == 0)
    {
      gtk_list_box_append (self->requests_list,
                           info_row (_("No requests recorded"),
                                     _("When a request for an EHC needs assessment reaches the LA, record it "
                                       "here to follow each statutory deadline.")));
      return;
    }
  for (guint i = 0; i < self->requests->len; i++)
    add_request (self, g_ptr_array_index (self->requests, i), i == 0, today);
}

/* Ceased plans */

static void
add_ceased (SendcoPupilEhcPage *self, const SendcoEhcPlan *plan)
{
  g_autofree char *key = g_strdup_printf ("plan-%" G_GINT64_FORMAT, plan->id);
  g_autofree char *issued = uk (plan->issued_on);
  g_autofree char *ceased = uk (plan->ceased_on);
  g_autofree char *last = uk (plan->last_review_on);
  g_autofree char *title = g_strdup_printf (_("EHC plan issued %s"), issued);
  g_autofree char *subtitle = plan->local_authority[0]
                                ? g_strdup_printf (_("Ceased %s · %s"), ceased, plan->local_authority)
                                : g_strdup_printf (_("Ceased %s"), ceased);
  g_autoptr (GPtrArray) reviews = sendco_store_list_annual_reviews (self->store, plan->id, NULL);
  AdwExpanderRow *row = expander (self, key, title, subtitle, FALSE);

  adw_expander_row_add_row (row, info_row (_("Local authority"),
                                           plan->local_authority[0] ? plan->local_authority : _("Not recorded")));
  adw_expander_row_add_row (row, info_row (_("LA caseworker"),
                                           plan->caseworker[0] ? plan->caseworker : _("Not recorded")));
  adw_expander_row_add_row (row, info_row (_("Date issued"), issued));
  adw_expander_row_add_row (row, info_row (_("Date ceased"), ceased));
  if (last[0])
    adw_expander_row_add_row (row, info_row (_("Last review before these records"), last));

  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      const SendcoAnnualReview *review = g_ptr_array_index (reviews, i);
      g_autofree char *held = uk (review->meeting_held_on);
      g_autofree char *planned = uk (review->meeting_on);
      g_autofree char *review_title = held[0] ? g_strdup_printf (_("Annual review held %s"), held)
                                              : g_strdup_printf (_("Annual review planned for %s, not held"),
                                                                 planned);
      g_autofree char *decision = review->la_decision[0]
                                    ? g_strdup_printf (_("LA decision: %s"),
                                                       sendco_la_decision_name (review->la_decision))
                                    : NULL;

      adw_expander_row_add_row (row, info_row (review_title, decision));
    }
  gtk_list_box_append (self->ceased_list, GTK_WIDGET (row));
}

static void
fill_ceased (SendcoPupilEhcPage *self)
{
  guint n = 0;

  clear_list (self->ceased_list);
  for (guint i = 0; self->plans && i < self->plans->len; i++)
    {
      const SendcoEhcPlan *plan = g_ptr_array_index (self->plans, i);

      if (plan->ceased_on[0])
        {
          add_ceased (self, plan);
          n++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->ceased_group), n > 0);
}

static void
update_actions (SendcoPupilEhcPage *self)
{
  gboolean ready = self->store != NULL && self->pupil != NULL;
  gboolean archived = ready && sendco_pupil_is_archived (self->pupil);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.add-plan", ready && self->current == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.add-plan-from-request", ready && self->current == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.edit-plan", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.cease-plan", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.plan-review", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.edit-review", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.record-request", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.edit-request", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ehc.change-status", ready && !archived);
}

static GPtrArray *
or_empty (GPtrArray *records, GDestroyNotify free_func)
{
  return records ? records : g_ptr_array_new_with_free_func (free_func);
}

/* Reads the pupil's plans, reviews and requests again and shows them. */
static void
reload (SendcoPupilEhcPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 id;
  GDate today;

  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->requests, g_ptr_array_unref);
  self->current = NULL;

  if (self->store == NULL || self->pupil == NULL)
    {
      update_actions (self);
      return;
    }

  id = sendco_pupil_get_id (self->pupil);
  self->plans = sendco_store_list_ehc_plans (self->store, id, &error);
  if (self->plans == NULL)
    g_warning ("The EHC plans of pupil %" G_GINT64_FORMAT " could not be read: %s", id, error->message);
  g_clear_error (&error);
  self->plans = or_empty (self->plans, (GDestroyNotify) sendco_ehc_plan_free);
  if (self->plans->len > 0 && ((SendcoEhcPlan *) g_ptr_array_index (self->plans, 0))->ceased_on[0] == '\0')
    self->current = g_ptr_array_index (self->plans, 0);

  if (self->current)
    self->reviews = sendco_store_list_annual_reviews (self->store, self->current->id, NULL);
  self->reviews = or_empty (self->reviews, (GDestroyNotify) sendco_annual_review_free);
  self->requests = or_empty (sendco_store_list_ehc_requests (self->store, id, NULL),
                             (GDestroyNotify) sendco_ehc_request_free);

  sendco_today (&today);
  fill_plan (self, &today);
  fill_reviews (self, &today);
  fill_requests (self, &today);
  fill_ceased (self);
  update_actions (self);
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoPupilEhcPage *self)
{
  static const char *const tables[] = { "ehc_plan", "annual_review", "ehc_request", "pupil", "sen_period" };
  g_autoptr (SendcoPupil) pupil = NULL;

  if (self->pupil == NULL || !g_strv_contains (tables, table))
    return;
  pupil = sendco_store_get_pupil (store, sendco_pupil_get_id (self->pupil), NULL);
  if (pupil)
    g_set_object (&self->pupil, pupil);
  reload (self);
}

/* Actions */

static const SendcoAnnualReview *
find_review (SendcoPupilEhcPage *self, gint64 id)
{
  for (guint i = 0; self->reviews && i < self->reviews->len; i++)
    if (((SendcoAnnualReview *) g_ptr_array_index (self->reviews, i))->id == id)
      return g_ptr_array_index (self->reviews, i);
  return NULL;
}

static const SendcoEhcRequest *
find_request (SendcoPupilEhcPage *self, gint64 id)
{
  for (guint i = 0; self->requests && i < self->requests->len; i++)
    if (((SendcoEhcRequest *) g_ptr_array_index (self->requests, i))->id == id)
      return g_ptr_array_index (self->requests, i);
  return NULL;
}

static void
present_plan_dialog (SendcoPupilEhcPage *self, const SendcoEhcPlan *plan)
{
  SendcoEhcPlanDialog *dialog = sendco_ehc_plan_dialog_new (parent_window (self), self->store, self->pupil, plan);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  present_plan_dialog (SENDCO_PUPIL_EHC_PAGE (widget), NULL);
}

static void
add_plan_from_request_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  const SendcoEhcRequest *request = find_request (self, g_variant_get_int64 (param));
  g_autoptr (SendcoEhcPlan) plan = sendco_ehc_plan_new ();
  g_autoptr (SendcoSchool) school = sendco_store_get_school (self->store, NULL);

  if (request == NULL)
    return;
  plan->pupil_id = sendco_pupil_get_id (self->pupil);
  sendco_record_set (&plan->issued_on, request->final_plan_on);
  if (school)
    sendco_record_set (&plan->local_authority, sendco_school_get_local_authority (school));
  present_plan_dialog (self, plan);
}

static void
edit_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);

  if (self->current)
    present_plan_dialog (self, self->current);
}

static void
update_cease_response (AdwMessageDialog *dialog)
{
  SendcoDateEntry *entry = g_object_get_data (G_OBJECT (dialog), "sendco-date");
  const SendcoEhcPlan *plan = g_object_get_data (G_OBJECT (dialog), "sendco-plan");
  const char *date = sendco_date_entry_get_date (entry);
  g_autofree char *today = sendco_today_iso ();

  adw_message_dialog_set_response_enabled (dialog, "cease",
                                           sendco_date_entry_get_valid (entry) && date[0]
                                           && strcmp (date, today) <= 0
                                           && strcmp (date, plan->issued_on) >= 0);
}

static void
on_cease_date_changed (GObject *entry, GParamSpec *pspec, AdwMessageDialog *dialog)
{
  update_cease_response (dialog);
}

static void
on_cease_response (AdwMessageDialog *dialog, const char *response, SendcoPupilEhcPage *self)
{
  SendcoDateEntry *entry = g_object_get_data (G_OBJECT (dialog), "sendco-date");
  const SendcoEhcPlan *plan = g_object_get_data (G_OBJECT (dialog), "sendco-plan");
  g_autoptr (SendcoEhcPlan) ceased = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "cease") || self->store == NULL)
    return;
  ceased = sendco_ehc_plan_copy (plan);
  sendco_record_set (&ceased->ceased_on, sendco_date_entry_get_date (entry));
  if (!sendco_store_save_ehc_plan (self->store, ceased, &error))
    {
      GtkWidget *alert = adw_message_dialog_new (parent_window (self), _("The Plan Was Not Ceased"),
                                                 error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
    }
}

static void
cease_plan_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  g_autofree char *name = NULL, *body = NULL, *issued = NULL, *today = sendco_today_iso ();
  GtkWidget *dialog, *box, *label, *entry;

  if (self->current == NULL)
    return;

  name = sendco_pupil_dup_full_name (self->pupil);
  issued = uk (self->current->issued_on);
  body = g_strdup_printf (_("Give the date the LA ceased %s’s EHC plan, issued on %s. The plan and its annual "
                            "reviews stay in their record as history. If they no longer have an EHC plan, "
                            "change their SEN status as well."), name, issued);
  dialog = adw_message_dialog_new (parent_window (self), _("Cease EHC Plan?"), body);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new_with_mnemonic (_("_Ceased on"));
  gtk_widget_add_css_class (label, "dim-label");
  entry = sendco_date_entry_new ();
  sendco_date_entry_set_label (SENDCO_DATE_ENTRY (entry), _("Ceased on"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label),
                                 GTK_WIDGET (sendco_date_entry_get_editable (SENDCO_DATE_ENTRY (entry))));
  sendco_date_entry_set_date (SENDCO_DATE_ENTRY (entry), today);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "cease", _("C_ease Plan"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cease", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "sendco-date", entry);
  g_object_set_data_full (G_OBJECT (dialog), "sendco-plan", sendco_ehc_plan_copy (self->current),
                          (GDestroyNotify) sendco_ehc_plan_free);
  g_signal_connect (entry, "notify::date", G_CALLBACK (on_cease_date_changed), dialog);
  g_signal_connect (entry, "notify::valid", G_CALLBACK (on_cease_date_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cease_response), self, 0);
  update_cease_response (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_review_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  SendcoAnnualReviewWindow *window;

  if (self->current == NULL)
    return;
  window = sendco_annual_review_window_new (parent_window (self), self->store, self->pupil, self->current, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
edit_review_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  const SendcoAnnualReview *review = find_review (self, g_variant_get_int64 (param));
  SendcoAnnualReviewWindow *window;

  if (self->current == NULL || review == NULL)
    return;
  window = sendco_annual_review_window_new (parent_window (self), self->store, self->pupil, self->current, review);
  gtk_window_present (GTK_WINDOW (window));
}

static void
record_request_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  SendcoEhcRequestWindow *window = sendco_ehc_request_window_new (parent_window (self), self->store,
                                                                  self->pupil, NULL);

  gtk_window_present (GTK_WINDOW (window));
}

static void
edit_request_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  const SendcoEhcRequest *request = find_request (self, g_variant_get_int64 (param));
  SendcoEhcRequestWindow *window;

  if (request == NULL)
    return;
  window = sendco_ehc_request_window_new (parent_window (self), self->store, self->pupil, request);
  gtk_window_present (GTK_WINDOW (window));
}

static void
change_status_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (widget);
  g_autoptr (SendcoPupil) pupil = sendco_store_get_pupil (self->store, sendco_pupil_get_id (self->pupil), NULL);
  SendcoStatusDialog *dialog;

  if (pupil == NULL)
    return;
  dialog = sendco_status_dialog_new (parent_window (self), self->store, pupil);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sendco_pupil_ehc_page_dispose (GObject *object)
{
  SendcoPupilEhcPage *self = SENDCO_PUPIL_EHC_PAGE (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  self->current = NULL;
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->requests, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PUPIL_EHC_PAGE);

  G_OBJECT_CLASS (sendco_pupil_ehc_page_parent_class)->dispose (object);
}

static void
sendco_pupil_ehc_page_class_init (SendcoPupilEhcPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_pupil_ehc_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-pupil-ehc-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPupilEhcPage, name)
  BIND (plan_group);
  BIND (reviews_group);
  BIND (requests_group);
  BIND (ceased_group);
  BIND (add_plan_button);
  BIND (cease_plan_button);
  BIND (edit_plan_button);
  BIND (missing_plan_row);
  BIND (from_request_row);
  BIND (from_request_button);
  BIND (no_plan_row);
  BIND (status_hint_row);
  BIND (la_row);
  BIND (caseworker_row);
  BIND (issued_row);
  BIND (last_review_row);
  BIND (transfer_row);
  BIND (transfer_state);
  BIND (next_review_row);
  BIND (next_review_state);
  BIND (reviews_list);
  BIND (requests_list);
  BIND (ceased_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "ehc.add-plan", NULL, add_plan_activated);
  gtk_widget_class_install_action (widget_class, "ehc.add-plan-from-request", "x",
                                   add_plan_from_request_activated);
  gtk_widget_class_install_action (widget_class, "ehc.edit-plan", NULL, edit_plan_activated);
  gtk_widget_class_install_action (widget_class, "ehc.cease-plan", NULL, cease_plan_activated);
  gtk_widget_class_install_action (widget_class, "ehc.plan-review", NULL, plan_review_activated);
  gtk_widget_class_install_action (widget_class, "ehc.edit-review", "x", edit_review_activated);
  gtk_widget_class_install_action (widget_class, "ehc.record-request", NULL, record_request_activated);
  gtk_widget_class_install_action (widget_class, "ehc.edit-request", "x", edit_request_activated);
  gtk_widget_class_install_action (widget_class, "ehc.change-status", NULL, change_status_activated);
}

static void
sendco_pupil_ehc_page_init (SendcoPupilEhcPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reload (self);
}

void
sendco_pupil_ehc_page_set_pupil (SendcoPupilEhcPage *self, SendcoStore *store, SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_EHC_PAGE (self));

  if (self->store != store)
    {
      if (self->store)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store)
        g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }
  if (self->pupil == NULL || pupil == NULL || sendco_pupil_get_id (self->pupil) != sendco_pupil_get_id (pupil))
    g_hash_table_remove_all (self->expanded);
  g_set_object (&self->pupil, pupil);
  reload (self);
}
