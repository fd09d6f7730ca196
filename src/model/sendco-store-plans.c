/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: the graduated approach. Support plans (assess, plan, do,
 * review cycles) with their outcomes, the reviews that close them, parent
 * meetings and the pupil passport. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-store-private.h"

static gboolean
not_in_future (const char *iso, const char *message, GError **error)
{
  g_autofree char *today = sendco_today_iso ();

  if (strcmp (iso, today) > 0)
    return sendco_store_invalid (error, message);
  return TRUE;
}

static void
read_outcome (SendcoOutcome *outcome, sqlite3_stmt *stmt, int first)
{
  outcome->id = sqlite3_column_int64 (stmt, first);
  sendco_record_set (&outcome->area, sendco_column_text (stmt, first + 1));
  sendco_record_set (&outcome->outcome, sendco_column_text (stmt, first + 2));
  sendco_record_set (&outcome->success, sendco_column_text (stmt, first + 3));
  sendco_record_set (&outcome->strategies, sendco_column_text (stmt, first + 4));
  sendco_record_set (&outcome->provision, sendco_column_text (stmt, first + 5));
  outcome->carried_from = sqlite3_column_int64 (stmt, first + 6);
  sendco_record_set (&outcome->progress, sendco_column_text (stmt, first + 7));
  sendco_record_set (&outcome->progress_note, sendco_column_text (stmt, first + 8));
}

static gboolean
load_outcomes (SendcoStore *self, SendcoSupportPlan *plan, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sendco_store_prepare (self,
                               "SELECT o.id, o.area, o.outcome, o.success, o.strategies,"
                               " o.provision, o.carried_from, g.progress, g.note"
                               " FROM plan_outcome o"
                               " LEFT JOIN plan_review r ON r.plan_id = o.plan_id"
                               " LEFT JOIN outcome_progress g ON g.review_id = r.id"
                               "  AND g.outcome_id = o.id"
                               " WHERE o.plan_id = ?1 ORDER BY o.position, o.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);

  g_ptr_array_set_size (plan->outcomes, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoOutcome *outcome = sendco_outcome_new ();

      read_outcome (outcome, stmt, 0);
      g_ptr_array_add (plan->outcomes, outcome);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sendco_store_fail (self, rc, error);
  return TRUE;
}

/**
 * sendco_store_list_support_plans:
 *
 * Returns: (transfer full) (element-type SendcoSupportPlan): every cycle of
 *   the pupil's support plan, newest first, with their outcomes and, for
 *   reviewed cycles, the progress recorded at the review
 */
GPtrArray *
sendco_store_list_support_plans (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_autoptr (GPtrArray) plans = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, pupil_id, cycle, start_date, review_date, reviewed"
                               " FROM support_plan WHERE pupil_id = ?1 ORDER BY cycle DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pupil_id);

  plans = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_support_plan_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoSupportPlan *plan = sendco_support_plan_new ();

      plan->id = sqlite3_column_int64 (stmt, 0);
      plan->pupil_id = sqlite3_column_int64 (stmt, 1);
      plan->cycle = sqlite3_column_int (stmt, 2);
      sendco_record_set (&plan->start_date, sendco_column_text (stmt, 3));
      sendco_record_set (&plan->review_date, sendco_column_text (stmt, 4));
      plan->reviewed = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (plans, plan);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < plans->len; i++)
    if (!load_outcomes (self, g_ptr_array_index (plans, i), error))
      return NULL;

  return g_steal_pointer (&plans);
}

static gboolean
check_plan (SendcoSupportPlan *plan, GError **error)
{
  if (!sendco_store_check_date (plan->start_date, FALSE, _("plan start date"), error)
      || !sendco_store_check_date (plan->review_date, FALSE, _("review date"), error))
    return FALSE;
  if (strcmp (plan->review_date, plan->start_date) < 0)
    return sendco_store_invalid (error, _("The review date must be on or after the date the plan starts."));

  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      if (sendco_store_blank (outcome->outcome))
        return sendco_store_invalid (error, _("Every outcome needs a description of what the pupil will achieve."));
      if (!sendco_area_from_key (outcome->area, NULL))
        return sendco_store_invalid (error, _("Every outcome needs an area of need."));
    }
  return TRUE;
}

static gboolean
write_outcomes (SendcoStore *self, SendcoSupportPlan *plan, GError **error)
{
  g_autoptr (GString) keep = g_string_new ("[0");
  sqlite3_stmt *stmt;

  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      if (outcome->id == 0)
        stmt = sendco_store_prepare (self,
                                     "INSERT INTO plan_outcome (plan_id, position, area, outcome,"
                                     " success, strategies, provision, carried_from)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif (?8, 0))", error);
      else
        stmt = sendco_store_prepare (self,
                                     "UPDATE plan_outcome SET position = ?2, area = ?3, outcome = ?4,"
                                     " success = ?5, strategies = ?6, provision = ?7"
                                     " WHERE plan_id = ?1 AND id = ?9"
                                     " AND (position, area, outcome, success, strategies, provision)"
                                     " IS NOT (?2, ?3, ?4, ?5, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, plan->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sendco_bind_text (stmt, 3, outcome->area);
      sendco_bind_text (stmt, 4, g_strstrip (outcome->outcome));
      sendco_bind_text (stmt, 5, outcome->success);
      sendco_bind_text (stmt, 6, outcome->strategies);
      sendco_bind_text (stmt, 7, outcome->provision);
      if (outcome->id == 0)
        sqlite3_bind_int64 (stmt, 8, outcome->carried_from);
      else
        sqlite3_bind_int64 (stmt, 9, outcome->id);
      if (!sendco_store_step_done (self, stmt, error))
        return FALSE;
      if (outcome->id == 0)
        outcome->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
      g_string_append_printf (keep, ",%" G_GINT64_FORMAT, outcome->id);
    }

  /* Outcomes taken out of the (still open) plan. The ids kept go in as one
   * JSON array, so the statement is prepared once, not for every save. */
  g_string_append_c (keep, ']');
  stmt = sendco_store_prepare (self,
                               "DELETE FROM plan_outcome WHERE plan_id = ?1"
                               " AND id NOT IN (SELECT value FROM json_each (?2))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  sendco_bind_text (stmt, 2, keep->str);
  if (!sendco_store_step_done (self, stmt, error))
    return FALSE;

  sendco_store_touch (self, "plan_outcome");
  return TRUE;
}

static gboolean
plan_is_reviewed (SendcoStore *self, gint64 plan_id, gboolean *reviewed, gint64 *pupil_id,
                  GError **error)
{
  sqlite3_stmt *stmt = sendco_store_prepare (self, "SELECT reviewed, pupil_id FROM support_plan"
                                                   " WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *reviewed = sqlite3_column_int (stmt, 0);
      *pupil_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                   _("That support plan is not in this school file."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return sendco_store_fail (self, rc, error);
  return TRUE;
}

/**
 * sendco_store_save_support_plan:
 * @plan: a new plan (id 0: it becomes the pupil's next cycle) or the pupil's
 *   open plan; its outcomes are saved too (new ones get ids, ones no longer
 *   listed are removed). Reviewed plans are history and cannot change.
 */
gboolean
sendco_store_save_support_plan (SendcoStore *self, SendcoSupportPlan *plan, GError **error)
{
  GError *local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!check_plan (plan, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  if (plan->id == 0)
    {
      stmt = sendco_store_prepare (self,
                                   "INSERT INTO support_plan (pupil_id, cycle, start_date, review_date)"
                                   " SELECT ?1, coalesce (max (cycle), 0) + 1, ?2, ?3"
                                   " FROM support_plan WHERE pupil_id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan->pupil_id);
          sendco_bind_text (stmt, 2, plan->start_date);
          sendco_bind_text (stmt, 3, plan->review_date);
          ok = sendco_store_step_done (self, stmt, &local_error);
          /* The one-open-plan index; a pupil who is not there is another matter. */
          if (!ok && sqlite3_extended_errcode (sendco_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
            {
              g_clear_error (&local_error);
              ok = sendco_store_invalid (error, _("This pupil already has an open support plan: review it "
                                     "before starting the next one."));
            }
          else if (!ok)
            g_propagate_error (error, g_steal_pointer (&local_error));
        }
      if (ok)
        {
          plan->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
          plan->reviewed = FALSE;
        }
    }
  else
    {
      gboolean reviewed = FALSE;
      gint64 pupil_id = 0;

      ok = plan_is_reviewed (self, plan->id, &reviewed, &pupil_id, error);
      if (ok && reviewed)
        ok = sendco_store_invalid (error, _("This support plan has been reviewed; it is kept as it was."));
      if (ok)
        {
          stmt = sendco_store_prepare (self,
                                       "UPDATE support_plan SET start_date = ?2, review_date = ?3"
                                       " WHERE id = ?1 AND (start_date, review_date) IS NOT (?2, ?3)",
                                       error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, plan->id);
              sendco_bind_text (stmt, 2, plan->start_date);
              sendco_bind_text (stmt, 3, plan->review_date);
              ok = sendco_store_step_done (self, stmt, error);
            }
        }
    }

  if (ok)
    ok = write_outcomes (self, plan, error);
  if (ok)
    sendco_store_touch (self, "support_plan");

  return sendco_store_finish_write (self, ok, error);
}

/**
 * sendco_store_get_plan_review:
 *
 * Returns: (transfer full) (nullable): the review that closed the plan, or
 *   %NULL with %SENDCO_STORE_ERROR_NOT_FOUND when it has not been reviewed
 */
SendcoPlanReview *
sendco_store_get_plan_review (SendcoStore *self, gint64 plan_id, GError **error)
{
  sqlite3_stmt *stmt;
  SendcoPlanReview *review = NULL;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, plan_id, held_on, attendees, pupil_views, parent_views,"
                               " next_steps, recorded_at FROM plan_review WHERE plan_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      review = sendco_plan_review_new ();
      review->id = sqlite3_column_int64 (stmt, 0);
      review->plan_id = sqlite3_column_int64 (stmt, 1);
      sendco_record_set (&review->held_on, sendco_column_text (stmt, 2));
      sendco_record_set (&review->attendees, sendco_column_text (stmt, 3));
      sendco_record_set (&review->pupil_views, sendco_column_text (stmt, 4));
      sendco_record_set (&review->parent_views, sendco_column_text (stmt, 5));
      sendco_record_set (&review->next_steps, sendco_column_text (stmt, 6));
      sendco_record_set (&review->recorded_at, sendco_column_text (stmt, 7));
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                 _("This support plan has not been reviewed yet."));
  else
    sendco_store_fail (self, rc, error);
  sqlite3_reset (stmt);

  return review;
}

/**
 * sendco_store_hold_plan_review:
 * @plan: the open plan, as saved, each outcome's progress set (achieved,
 *   partly or not-yet) with an optional note
 * @review: what happened: the date it was held (not in the future, not
 *   before the plan started), who attended, views and next steps
 * @next_review_date: (nullable): to start the next cycle on the day of the
 *   review, to be reviewed on this date; its outcomes are the ones not yet
 *   achieved, carried over. %NULL ends the graduated approach here.
 * @next_plan_id: (out) (optional): the new cycle's id, or 0
 *
 * Records the review and closes the plan, in one transaction.
 */
gboolean
sendco_store_hold_plan_review (SendcoStore *self, SendcoSupportPlan *plan,
                               SendcoPlanReview *review, const char *next_review_date,
                               gint64 *next_plan_id, GError **error)
{
  g_autoptr (SendcoSupportPlan) next = NULL;
  sqlite3_stmt *stmt;
  gboolean ok, reviewed = FALSE;
  gint64 pupil_id = 0, review_id = 0;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL && review != NULL, FALSE);

  if (next_plan_id)
    *next_plan_id = 0;
  if (!sendco_store_check_date (review->held_on, FALSE, _("date the review was held"), error)
      || !not_in_future (review->held_on, _("The review cannot have been held in the future."), error))
    return FALSE;
  if (strcmp (review->held_on, plan->start_date) < 0)
    return sendco_store_invalid (error, _("The review cannot have been held before the plan started."));
  if (next_review_date && next_review_date[0])
    {
      if (!sendco_store_check_date (next_review_date, FALSE, _("next review date"), error))
        return FALSE;
      if (strcmp (next_review_date, review->held_on) <= 0)
        return sendco_store_invalid (error, _("The next review must be after this one."));
    }
  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      if (g_strcmp0 (outcome->progress, "achieved") != 0 && g_strcmp0 (outcome->progress, "partly") != 0
          && g_strcmp0 (outcome->progress, "not-yet") != 0)
        return sendco_store_invalid (error, _("Record the progress on every outcome: achieved, partly or not yet."));
    }

  if (!sendco_store_begin (self, error))
    return FALSE;

  ok = plan_is_reviewed (self, plan->id, &reviewed, &pupil_id, error);
  if (ok && reviewed)
    ok = sendco_store_invalid (error, _("This support plan has already been reviewed."));

  if (ok)
    {
      stmt = sendco_store_prepare (self,
                                   "INSERT INTO plan_review (plan_id, held_on, attendees, pupil_views,"
                                   " parent_views, next_steps) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan->id);
          sendco_bind_text (stmt, 2, review->held_on);
          sendco_bind_text (stmt, 3, review->attendees);
          sendco_bind_text (stmt, 4, review->pupil_views);
          sendco_bind_text (stmt, 5, review->parent_views);
          sendco_bind_text (stmt, 6, review->next_steps);
          ok = sendco_store_step_done (self, stmt, error);
          review_id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
        }
    }

  for (guint i = 0; ok && i < plan->outcomes->len; i++)
    {
      SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      stmt = sendco_store_prepare (self,
                                   "INSERT INTO outcome_progress (review_id, outcome_id, progress, note)"
                                   " SELECT ?1, id, ?3, ?4 FROM plan_outcome WHERE id = ?2 AND plan_id = ?5",
                                   error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, review_id);
          sqlite3_bind_int64 (stmt, 2, outcome->id);
          sendco_bind_text (stmt, 3, outcome->progress);
          sendco_bind_text (stmt, 4, outcome->progress_note);
          sqlite3_bind_int64 (stmt, 5, plan->id);
          ok = sendco_store_step_done (self, stmt, error);
        }
      if (ok && sqlite3_changes (sendco_store_get_db (self)) == 0)
        ok = sendco_store_invalid (error, _("Save the plan’s outcomes before reviewing it."));
    }

  /* An outcome saved in the plan but left out of @plan would go unreviewed. */
  if (ok)
    {
      stmt = sendco_store_prepare (self,
                                   "SELECT count (*) FROM plan_outcome WHERE plan_id = ?1 AND id NOT IN"
                                   " (SELECT outcome_id FROM outcome_progress WHERE review_id = ?2)",
                                   error);
      ok = stmt != NULL;
      if (ok)
        {
          int rc;

          sqlite3_bind_int64 (stmt, 1, plan->id);
          sqlite3_bind_int64 (stmt, 2, review_id);
          rc = sqlite3_step (stmt);
          if (rc != SQLITE_ROW)
            ok = sendco_store_fail (self, rc, error);
          else if (sqlite3_column_int (stmt, 0) > 0)
            ok = sendco_store_invalid (error, _("Record the progress on every outcome: achieved, partly or not yet."));
          sqlite3_reset (stmt);
        }
    }

  if (ok)
    {
      stmt = sendco_store_prepare (self, "UPDATE support_plan SET reviewed = 1 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan->id);
          ok = sendco_store_step_done (self, stmt, error);
        }
    }

  if (ok && next_review_date && next_review_date[0])
    {
      next = sendco_support_plan_new ();
      next->pupil_id = pupil_id;
      sendco_record_set (&next->start_date, review->held_on);
      sendco_record_set (&next->review_date, next_review_date);
      for (guint i = 0; i < plan->outcomes->len; i++)
        {
          SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
          SendcoOutcome *carried;

          if (g_str_equal (outcome->progress, "achieved"))
            continue;
          carried = sendco_outcome_copy (outcome);
          carried->carried_from = outcome->id;
          carried->id = 0;
          sendco_record_set (&carried->progress, "");
          sendco_record_set (&carried->progress_note, "");
          g_ptr_array_add (next->outcomes, carried);
        }
      ok = sendco_store_save_support_plan (self, next, error);
      /* A carried-over outcome keeps the provisions that serve it. */
      for (guint i = 0; ok && i < next->outcomes->len; i++)
        {
          SendcoOutcome *carried = g_ptr_array_index (next->outcomes, i);
          sqlite3_stmt *copy = sendco_store_prepare (self,
                                                     "INSERT INTO outcome_provision (outcome_id, provision_id)"
                                                     " SELECT ?1, provision_id FROM outcome_provision"
                                                     " WHERE outcome_id = ?2", error);

          ok = copy != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (copy, 1, carried->id);
              sqlite3_bind_int64 (copy, 2, carried->carried_from);
              ok = sendco_store_step_done (self, copy, error);
            }
          if (ok && sqlite3_changes (sendco_store_get_db (self)) > 0)
            sendco_store_touch (self, "outcome_provision");
        }
      if (ok && next_plan_id)
        *next_plan_id = next->id;
    }

  if (ok)
    {
      review->id = review_id;
      review->plan_id = plan->id;
      plan->reviewed = TRUE;
      sendco_store_touch (self, "support_plan");
      sendco_store_touch (self, "plan_review");
      /* The register's "last reviewed" reads the reviews. */
      sendco_store_touch (self, "pupil");
    }

  return sendco_store_finish_write (self, ok, error);
}

/* Parent meetings */

/**
 * sendco_store_list_parent_meetings:
 *
 * Returns: (transfer full) (element-type SendcoParentMeeting): newest first
 */
GPtrArray *
sendco_store_list_parent_meetings (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_autoptr (GPtrArray) meetings = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, pupil_id, held_on, with_whom, notes, recorded_at"
                               " FROM parent_meeting WHERE pupil_id = ?1"
                               " ORDER BY held_on DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pupil_id);

  meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_parent_meeting_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoParentMeeting *meeting = sendco_parent_meeting_new ();

      meeting->id = sqlite3_column_int64 (stmt, 0);
      meeting->pupil_id = sqlite3_column_int64 (stmt, 1);
      sendco_record_set (&meeting->held_on, sendco_column_text (stmt, 2));
      sendco_record_set (&meeting->with_whom, sendco_column_text (stmt, 3));
      sendco_record_set (&meeting->notes, sendco_column_text (stmt, 4));
      sendco_record_set (&meeting->recorded_at, sendco_column_text (stmt, 5));
      g_ptr_array_add (meetings, meeting);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&meetings);
}

/**
 * sendco_store_add_parent_meeting:
 * @meeting: held_on is the day the meeting happened (not in the future);
 *   on success its id is set
 */
gboolean
sendco_store_add_parent_meeting (SendcoStore *self, SendcoParentMeeting *meeting, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting != NULL, FALSE);

  if (!sendco_store_check_date (meeting->held_on, FALSE, _("date of the meeting"), error)
      || !not_in_future (meeting->held_on, _("Record a meeting once it has happened: the date is in the future."), error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  stmt = sendco_store_prepare (self,
                               "INSERT INTO parent_meeting (pupil_id, held_on, with_whom, notes)"
                               " VALUES (?1, ?2, ?3, ?4)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting->pupil_id);
      sendco_bind_text (stmt, 2, meeting->held_on);
      sendco_bind_text (stmt, 3, meeting->with_whom);
      sendco_bind_text (stmt, 4, meeting->notes);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok)
    {
      meeting->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
      sendco_store_touch (self, "parent_meeting");
      sendco_store_touch (self, "pupil");
    }

  return sendco_store_finish_write (self, ok, error);
}

/* Removes a meeting recorded by mistake; the audit trail keeps what it was. */
gboolean
sendco_store_delete_parent_meeting (SendcoStore *self, gint64 meeting_id, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (!sendco_store_begin (self, error))
    return FALSE;
  stmt = sendco_store_prepare (self, "DELETE FROM parent_meeting WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (sendco_store_get_db (self)) == 0)
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                   _("That meeting is not in this school file."));
      ok = FALSE;
    }
  if (ok)
    {
      sendco_store_touch (self, "parent_meeting");
      sendco_store_touch (self, "pupil");
    }
  return sendco_store_finish_write (self, ok, error);
}

/* Passport */

/**
 * sendco_store_get_passport:
 *
 * Returns: (transfer full): the pupil's passport; an empty one (updated_on
 *   "") when none has been written
 */
SendcoPassport *
sendco_store_get_passport (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_autoptr (SendcoPassport) passport = sendco_passport_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT about_me, important, admire, support, strengths, updated_on"
                               " FROM pupil_passport WHERE pupil_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  passport->pupil_id = pupil_id;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      sendco_record_set (&passport->about_me, sendco_column_text (stmt, 0));
      sendco_record_set (&passport->important, sendco_column_text (stmt, 1));
      sendco_record_set (&passport->admire, sendco_column_text (stmt, 2));
      sendco_record_set (&passport->support, sendco_column_text (stmt, 3));
      sendco_record_set (&passport->strengths, sendco_column_text (stmt, 4));
      sendco_record_set (&passport->updated_on, sendco_column_text (stmt, 5));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&passport);
}

/* Saves the passport; updated_on becomes today. */
gboolean
sendco_store_save_passport (SendcoStore *self, SendcoPassport *passport, GError **error)
{
  g_autofree char *today = sendco_today_iso ();
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (passport != NULL, FALSE);

  if (!sendco_store_begin (self, error))
    return FALSE;
  stmt = sendco_store_prepare (self,
                               "INSERT INTO pupil_passport (pupil_id, about_me, important, admire,"
                               " support, strengths, updated_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                               " ON CONFLICT (pupil_id) DO UPDATE SET about_me = excluded.about_me,"
                               " important = excluded.important, admire = excluded.admire,"
                               " support = excluded.support, strengths = excluded.strengths,"
                               " updated_on = excluded.updated_on"
                               " WHERE (about_me, important, admire, support, strengths) IS NOT"
                               " (excluded.about_me, excluded.important, excluded.admire,"
                               "  excluded.support, excluded.strengths)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, passport->pupil_id);
      sendco_bind_text (stmt, 2, passport->about_me);
      sendco_bind_text (stmt, 3, passport->important);
      sendco_bind_text (stmt, 4, passport->admire);
      sendco_bind_text (stmt, 5, passport->support);
      sendco_bind_text (stmt, 6, passport->strengths);
      sendco_bind_text (stmt, 7, today);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok)
    {
      if (sqlite3_changes (sendco_store_get_db (self)) > 0)
        sendco_record_set (&passport->updated_on, today);
      sendco_store_touch (self, "pupil_passport");
    }
  return sendco_store_finish_write (self, ok, error);
}
