/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How each EHC step stands against its statutory date, and the words for
 * the codes the store keeps. No deadline is worked out here: every date
 * comes from src/rules/sendco-ehc.c. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-dates.h"
#include "sendco-ehc-steps.h"

/**
 * sendco_step_state:
 * @done_on: when the step was done (ISO), or "" if it has not been
 * @due: (nullable): its statutory date; invalid or %NULL when it has none
 * @days: (out): days late, overdue or left
 */
SendcoStepState
sendco_step_state (const char *done_on, const GDate *due, const GDate *today, int *days)
{
  gboolean has_due = due != NULL && g_date_valid (due);
  GDate done;

  *days = 0;
  g_date_clear (&done, 1);
  if (done_on && sendco_date_from_iso (done_on, &done))
    {
      if (!has_due)
        return SENDCO_STEP_DONE;
      *days = g_date_days_between (due, &done);
      if (*days > 0)
        return SENDCO_STEP_LATE;
      *days = 0;
      return SENDCO_STEP_ON_TIME;
    }

  if (!has_due)
    return SENDCO_STEP_NO_DATE;
  if (g_date_compare (due, today) < 0)
    {
      *days = g_date_days_between (due, today);
      return SENDCO_STEP_OVERDUE;
    }
  *days = g_date_days_between (today, due);
  return SENDCO_STEP_WAITING;
}

gboolean
sendco_step_state_is_breach (SendcoStepState state)
{
  return state == SENDCO_STEP_LATE || state == SENDCO_STEP_OVERDUE;
}

/* "Late by 7 days", "Overdue by 1 day", "Due in 12 days", "On time" */
char *
sendco_step_state_text (SendcoStepState state, int days, gboolean customary)
{
  switch (state)
    {
    case SENDCO_STEP_WAITING:
      if (days == 0)
        return g_strdup (_("Due today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days), days);
    case SENDCO_STEP_OVERDUE:
      if (customary)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Later than usual by %d day",
                                             "Later than usual by %d days", days), days);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", days),
                              days);
    case SENDCO_STEP_LATE:
      if (customary)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Later than usual by %d day",
                                             "Later than usual by %d days", days), days);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Late by %d day", "Late by %d days", days), days);
    case SENDCO_STEP_ON_TIME:
      return g_strdup (_("On time"));
    case SENDCO_STEP_DONE:
      return g_strdup (_("Done"));
    case SENDCO_STEP_NO_DATE:
    default:
      return g_strdup (_("Not done yet"));
    }
}

/* Red for a breach of the law, amber for a customary date missed, green
 * for done in time. */
void
sendco_step_state_style (GtkWidget *label, SendcoStepState state, gboolean customary)
{
  static const char *const classes[] = { "error", "warning", "success", "dim-label", "heading" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);

  switch (state)
    {
    case SENDCO_STEP_LATE:
    case SENDCO_STEP_OVERDUE:
      gtk_widget_add_css_class (label, customary ? "warning" : "error");
      gtk_widget_add_css_class (label, "heading");
      break;
    case SENDCO_STEP_ON_TIME:
    case SENDCO_STEP_DONE:
      gtk_widget_add_css_class (label, "success");
      break;
    case SENDCO_STEP_NO_DATE:
      gtk_widget_add_css_class (label, "dim-label");
      break;
    case SENDCO_STEP_WAITING:
    default:
      break;
    }
}

/**
 * sendco_deadline_lookup:
 * @deadlines: (element-type SendcoDeadline): from a sendco_*_timeline()
 *
 * Returns: (nullable): the deadline for @step
 */
const SendcoDeadline *
sendco_deadline_lookup (GArray *deadlines, const char *step)
{
  for (guint i = 0; deadlines && i < deadlines->len; i++)
    {
      const SendcoDeadline *deadline = &g_array_index (deadlines, SendcoDeadline, i);

      if (g_str_equal (deadline->step, step))
        return deadline;
    }
  return NULL;
}

const char *
sendco_assess_decision_name (const char *key)
{
  if (g_strcmp0 (key, "assess") == 0)
    return _("Agreed to assess");
  if (g_strcmp0 (key, "not-assess") == 0)
    return _("Decided not to assess");
  return _("Not decided yet");
}

const char *
sendco_la_decision_name (const char *key)
{
  if (g_strcmp0 (key, "maintain") == 0)
    return _("Keep the plan as it is");
  if (g_strcmp0 (key, "amend") == 0)
    return _("Amend the plan");
  if (g_strcmp0 (key, "cease") == 0)
    return _("Cease the plan");
  return _("Not decided yet");
}

const char *
sendco_ehc_exception_name (const char *key)
{
  if (g_strcmp0 (key, "child-away") == 0)
    return _("The child or young person was away for 4 weeks or more");
  if (g_strcmp0 (key, "setting-closed") == 0)
    return _("The school or setting was closed for 4 weeks or more");
  if (g_strcmp0 (key, "exceptional-circumstances") == 0)
    return _("Exceptional personal circumstances");
  return _("None");
}

const char *
sendco_transfer_name (const char *key)
{
  if (g_strcmp0 (key, "phase") == 0)
    return _("Phase transfer (for example, primary to secondary)");
  if (g_strcmp0 (key, "post16") == 0)
    return _("Secondary school to post-16");
  if (g_strcmp0 (key, "post16-move") == 0)
    return _("Move between post-16 settings");
  return _("None planned");
}

/* The date of @review: when it was held, else when it is planned. */
static const char *
review_date (const SendcoAnnualReview *review)
{
  return review->meeting_held_on[0] ? review->meeting_held_on : review->meeting_on;
}

/**
 * sendco_review_previous:
 * @reviews: (element-type SendcoAnnualReview): the plan's annual reviews
 * @review: (nullable): the review whose previous one is wanted; %NULL for
 *   the next review to plan
 *
 * Returns: (transfer full): the date (ISO) of the last review meeting held
 *   before @review, counting a last review recorded with the plan, or ""
 */
char *
sendco_review_previous (const SendcoEhcPlan *plan, GPtrArray *reviews, const SendcoAnnualReview *review)
{
  const char *before = review ? review_date (review) : NULL;
  const char *previous = "";

  if (plan->last_review_on[0] && (before == NULL || strcmp (plan->last_review_on, before) < 0))
    previous = plan->last_review_on;

  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      const SendcoAnnualReview *other = g_ptr_array_index (reviews, i);
      const char *held = other->meeting_held_on;

      if (other == review || (review && other->id == review->id && review->id != 0) || held[0] == '\0')
        continue;
      if (before && strcmp (held, before) >= 0)
        continue;
      if (strcmp (held, previous) > 0)
        previous = held;
    }
  return g_strdup (previous);
}

/**
 * sendco_review_due_for:
 * @due: (out): the last day @review (or, for %NULL, the next review) can
 *   be held: within 12 months of the previous review, or of the plan being
 *   issued when there has been none
 */
void
sendco_review_due_for (const SendcoEhcPlan *plan, GPtrArray *reviews, const SendcoAnnualReview *review,
                       GDate *due)
{
  g_autofree char *previous = sendco_review_previous (plan, reviews, review);
  GDate issued, last;

  g_date_clear (&issued, 1);
  g_date_clear (&last, 1);
  sendco_date_from_iso (plan->issued_on, &issued);
  sendco_date_from_iso (previous, &last);
  sendco_review_due (&issued, &last, due);
}

/**
 * sendco_review_timeline_for:
 *
 * The statutory dates around one annual review, worked out from the date
 * the meeting was held when it is known, else from the planned date.
 *
 * Returns: (transfer full) (element-type SendcoDeadline):
 */
GArray *
sendco_review_timeline_for (const SendcoEhcPlan *plan, const char *meeting_on, const char *meeting_held_on,
                            const char *la_decision_on, const char *amendment_notice_on)
{
  SendcoAnnualReviewDates dates;

  sendco_annual_review_dates_init (&dates);
  if (!sendco_date_from_iso (meeting_held_on, &dates.meeting)
      && !sendco_date_from_iso (meeting_on, &dates.meeting))
    return g_array_new (FALSE, FALSE, sizeof (SendcoDeadline));
  if (plan)
    sendco_date_from_iso (plan->issued_on, &dates.plan_issued);
  sendco_date_from_iso (la_decision_on, &dates.la_decision);
  sendco_date_from_iso (amendment_notice_on, &dates.amendment_notice);
  return sendco_annual_review_timeline (&dates);
}

/* A date for a label, or "" when there is none. */
char *
sendco_format_due (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return sendco_date_format_uk (date);
}

#define DONE(field) G_STRUCT_OFFSET (SendcoAnnualReview, field)

static const SendcoReviewStep review_steps[] = {
  { "gather-views", N_("Views gathered"), DONE (views_gathered_on), TRUE, FALSE },
  { "invitations", N_("Invitations and requests for advice sent"), DONE (invitations_sent_on), FALSE, FALSE },
  { "papers-circulated", N_("Advice and papers circulated"), DONE (papers_circulated_on), FALSE, FALSE },
  { "meeting", N_("Review meeting held"), DONE (meeting_held_on), FALSE, FALSE },
  { "report-to-la", N_("Review report sent to the LA"), DONE (report_sent_on), FALSE, FALSE },
  { "la-decision", N_("LA decision"), DONE (la_decision_on), FALSE, FALSE },
  { "amendment-notice", N_("Notice of proposed amendments"), DONE (amendment_notice_on), FALSE, TRUE },
  { "amended-plan", N_("Amended plan issued"), DONE (amended_plan_on), FALSE, TRUE },
};

#undef DONE

const SendcoReviewStep *
sendco_review_steps (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (review_steps);
  return review_steps;
}

/* When @step of @review was done: ISO, or "". */
const char *
sendco_review_step_done (const SendcoAnnualReview *review, const SendcoReviewStep *step)
{
  return G_STRUCT_MEMBER (const char *, review, step->offset);
}
