/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: EHC needs assessment requests, EHC plans and their annual
 * reviews, each step with the date it actually happened. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-clock.h"
#include "sendco-ehc.h"
#include "sendco-store-private.h"

static gboolean
one_of (const char *value, const char *const *allowed)
{
  if (value == NULL || value[0] == '\0')
    return TRUE;
  for (guint i = 0; allowed[i]; i++)
    if (g_str_equal (value, allowed[i]))
      return TRUE;
  return FALSE;
}

/* Each date a real date (or blank), none in the future, none before @first. */
static gboolean
check_dates (const char *const *dates, const char *const *names, const char *first,
             const char *first_name, GError **error)
{
  g_autofree char *today = sendco_today_iso ();

  for (guint i = 0; names[i]; i++)
    {
      const char *date = dates[i];

      if (!sendco_store_check_date (date, TRUE, names[i], error))
        return FALSE;
      if (date[0] && strcmp (date, today) > 0)
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                       _("The %s cannot be in the future: record each step once it has happened."),
                       names[i]);
          return FALSE;
        }
      if (date[0] && first && first[0] && strcmp (date, first) < 0)
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                       _("The %s cannot be before the %s."), names[i], first_name);
          return FALSE;
        }
    }
  return TRUE;
}

/* After an UPDATE ... WHERE id = ?1 AND @owner = ?2 that changed nothing. */
static gboolean
finish_insert_or_update (SendcoStore *self, gint64 *id, const char *table, const char *owner,
                         gint64 owner_id, GError **error)
{
  if (*id == 0)
    *id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
  else if (sqlite3_changes (sendco_store_get_db (self)) == 0)
    {
      /* Either unchanged or not there (for that pupil or plan): tell which.
       * Bound, not printed, so the statement cache holds one per table. */
      g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1 AND %s = ?2",
                                              table, owner);
      sqlite3_stmt *stmt = sendco_store_prepare (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *id);
      sqlite3_bind_int64 (stmt, 2, owner_id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                       _("That record is not in this school file."));
          return FALSE;
        }
    }
  sendco_store_touch (self, table);
  return TRUE;
}

/* Requests */

#define REQUEST_COLUMNS                                                             \
  "id, pupil_id, received_on, decision_on, decision, advice_on, draft_sent_on,"     \
  " final_plan_on, not_issuing_on, exception, exception_note"

static SendcoEhcRequest *
read_request (sqlite3_stmt *stmt)
{
  SendcoEhcRequest *r = sendco_ehc_request_new ();

  r->id = sqlite3_column_int64 (stmt, 0);
  r->pupil_id = sqlite3_column_int64 (stmt, 1);
  sendco_record_set (&r->received_on, sendco_column_text (stmt, 2));
  sendco_record_set (&r->decision_on, sendco_column_text (stmt, 3));
  sendco_record_set (&r->decision, sendco_column_text (stmt, 4));
  sendco_record_set (&r->advice_on, sendco_column_text (stmt, 5));
  sendco_record_set (&r->draft_sent_on, sendco_column_text (stmt, 6));
  sendco_record_set (&r->final_plan_on, sendco_column_text (stmt, 7));
  sendco_record_set (&r->not_issuing_on, sendco_column_text (stmt, 8));
  sendco_record_set (&r->exception, sendco_column_text (stmt, 9));
  sendco_record_set (&r->exception_note, sendco_column_text (stmt, 10));
  return r;
}

typedef gpointer (*ReadFunc) (sqlite3_stmt *stmt);

static GPtrArray *
list_records (SendcoStore *self, const char *sql, gint64 key, ReadFunc read, GDestroyNotify free,
              GError **error)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (free);
  sqlite3_stmt *stmt = sendco_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (key != 0)
    sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, read (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * sendco_store_list_ehc_requests:
 * @pupil_id: the pupil, or 0 for every pupil
 *
 * Returns: (transfer full) (element-type SendcoEhcRequest): newest first
 */
GPtrArray *
sendco_store_list_ehc_requests (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  if (pupil_id == 0)
    return list_records (self, "SELECT " REQUEST_COLUMNS " FROM ehc_request"
                               " ORDER BY received_on DESC, id DESC",
                         0, (ReadFunc) read_request, (GDestroyNotify) sendco_ehc_request_free, error);
  return list_records (self, "SELECT " REQUEST_COLUMNS " FROM ehc_request WHERE pupil_id = ?1"
                             " ORDER BY received_on DESC, id DESC",
                       pupil_id, (ReadFunc) read_request, (GDestroyNotify) sendco_ehc_request_free, error);
}

static gboolean
check_request (SendcoEhcRequest *r, GError **error)
{
  static const char *const decisions[] = { "assess", "not-assess", NULL };
  static const char *const exceptions[] = { "child-away", "setting-closed", "exceptional-circumstances", NULL };
  const char *const dates[] = { r->decision_on, r->advice_on, r->draft_sent_on, r->final_plan_on,
                                r->not_issuing_on };
  const char *const names[] = { _("date of the decision whether to assess"), _("date the advice was given"),
                                _("date the draft plan was sent"), _("date the final plan was issued"),
                                _("date the LA said it would not issue a plan"), NULL };

  if (!sendco_store_check_date (r->received_on, FALSE, _("date the LA received the request"), error)
      || !check_dates (dates, names, r->received_on, _("date the LA received the request"), error))
    return FALSE;
  {
    const char *const received[] = { r->received_on };
    const char *const received_name[] = { _("date the LA received the request"), NULL };

    if (!check_dates (received, received_name, NULL, NULL, error))
      return FALSE;
  }
  if (!one_of (r->decision, decisions) || !one_of (r->exception, exceptions))
    return sendco_store_invalid (error, _("That decision or exception is not one Sendco knows."));
  if ((r->decision[0] == '\0') != (r->decision_on[0] == '\0'))
    return sendco_store_invalid (error, _("Give both the LA’s decision whether to assess and the date it was made."));
  if (r->final_plan_on[0] && r->not_issuing_on[0])
    return sendco_store_invalid (error, _("A request ends with a final plan or a notice that no plan will be issued, not both."));
  if (g_str_equal (r->decision, "not-assess")
      && (r->draft_sent_on[0] || r->final_plan_on[0] || r->advice_on[0]))
    return sendco_store_invalid (error, _("The LA decided not to assess, so there is no advice, draft or final plan to record."));
  return TRUE;
}

/* Saves a new request (id 0) or changes to one. */
gboolean
sendco_store_save_ehc_request (SendcoStore *self, SendcoEhcRequest *request, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (!check_request (request, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  if (request->id == 0)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO ehc_request (pupil_id, received_on, decision_on,"
                                 " decision, advice_on, draft_sent_on, final_plan_on, not_issuing_on,"
                                 " exception, exception_note)"
                                 " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE ehc_request SET received_on = ?3, decision_on = ?4,"
                                 " decision = ?5, advice_on = ?6, draft_sent_on = ?7,"
                                 " final_plan_on = ?8, not_issuing_on = ?9, exception = ?10,"
                                 " exception_note = ?11 WHERE id = ?1 AND pupil_id = ?2"
                                 " AND (received_on, decision_on, decision, advice_on, draft_sent_on,"
                                 "  final_plan_on, not_issuing_on, exception, exception_note)"
                                 " IS NOT (?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, request->id);
      sqlite3_bind_int64 (stmt, 2, request->pupil_id);
      sendco_bind_text (stmt, 3, request->received_on);
      sendco_bind_text_or_null (stmt, 4, request->decision_on);
      sendco_bind_text_or_null (stmt, 5, request->decision);
      sendco_bind_text_or_null (stmt, 6, request->advice_on);
      sendco_bind_text_or_null (stmt, 7, request->draft_sent_on);
      sendco_bind_text_or_null (stmt, 8, request->final_plan_on);
      sendco_bind_text_or_null (stmt, 9, request->not_issuing_on);
      sendco_bind_text_or_null (stmt, 10, request->exception);
      sendco_bind_text (stmt, 11, request->exception_note);
      ok = sendco_store_step_done (self, stmt, error)
           && finish_insert_or_update (self, &request->id, "ehc_request", "pupil_id",
                                       request->pupil_id, error);
    }
  return sendco_store_finish_write (self, ok, error);
}

/* Plans */

#define PLAN_COLUMNS                                                                   \
  "id, pupil_id, local_authority, caseworker, issued_on, last_review_on, transfer,"    \
  " transfer_year, post16_move_on, ceased_on"

static SendcoEhcPlan *
read_plan (sqlite3_stmt *stmt)
{
  SendcoEhcPlan *p = sendco_ehc_plan_new ();

  p->id = sqlite3_column_int64 (stmt, 0);
  p->pupil_id = sqlite3_column_int64 (stmt, 1);
  sendco_record_set (&p->local_authority, sendco_column_text (stmt, 2));
  sendco_record_set (&p->caseworker, sendco_column_text (stmt, 3));
  sendco_record_set (&p->issued_on, sendco_column_text (stmt, 4));
  sendco_record_set (&p->last_review_on, sendco_column_text (stmt, 5));
  sendco_record_set (&p->transfer, sendco_column_text (stmt, 6));
  p->transfer_year = sqlite3_column_int (stmt, 7);
  sendco_record_set (&p->post16_move_on, sendco_column_text (stmt, 8));
  sendco_record_set (&p->ceased_on, sendco_column_text (stmt, 9));
  return p;
}

/**
 * sendco_store_list_ehc_plans:
 * @pupil_id: the pupil, or 0 for every current plan in the school
 *
 * Returns: (transfer full) (element-type SendcoEhcPlan): for one pupil, the
 *   current plan first, then ceased ones, newest first
 */
GPtrArray *
sendco_store_list_ehc_plans (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  if (pupil_id == 0)
    return list_records (self, "SELECT " PLAN_COLUMNS " FROM ehc_plan WHERE ceased_on IS NULL"
                               " ORDER BY issued_on, id",
                         0, (ReadFunc) read_plan, (GDestroyNotify) sendco_ehc_plan_free, error);
  return list_records (self, "SELECT " PLAN_COLUMNS " FROM ehc_plan WHERE pupil_id = ?1"
                             " ORDER BY ceased_on IS NOT NULL, issued_on DESC, id DESC",
                       pupil_id, (ReadFunc) read_plan, (GDestroyNotify) sendco_ehc_plan_free, error);
}

static gboolean
check_plan (SendcoEhcPlan *p, GError **error)
{
  static const char *const transfers[] = { "phase", "post16", "post16-move", NULL };
  const char *const dates[] = { p->issued_on, p->last_review_on, p->ceased_on };
  const char *const names[] = { _("date the plan was issued"), _("date of the last review"),
                                _("date the plan ceased"), NULL };

  if (!sendco_store_check_date (p->issued_on, FALSE, _("date the plan was issued"), error)
      || !check_dates (dates, names, NULL, NULL, error)
      || !sendco_store_check_date (p->post16_move_on, TRUE, _("date of the post-16 move"), error))
    return FALSE;
  if (p->last_review_on[0] && strcmp (p->last_review_on, p->issued_on) < 0)
    return sendco_store_invalid (error, _("The last review cannot be before the plan was issued."));
  if (p->ceased_on[0] && strcmp (p->ceased_on, p->issued_on) < 0)
    return sendco_store_invalid (error, _("The plan cannot cease before it was issued."));
  if (!one_of (p->transfer, transfers))
    return sendco_store_invalid (error, _("That transfer is not one Sendco knows."));
  if ((g_str_equal (p->transfer, "phase") || g_str_equal (p->transfer, "post16"))
      && (p->transfer_year < 2000 || p->transfer_year > 2100))
    return sendco_store_invalid (error, _("Give the year of the transfer."));
  if (g_str_equal (p->transfer, "post16-move") && p->post16_move_on[0] == '\0')
    return sendco_store_invalid (error, _("Give the date of the move between post-16 settings."));
  return TRUE;
}

/* Saves a new plan (id 0) or changes to one; one current plan per pupil. */
gboolean
sendco_store_save_ehc_plan (SendcoStore *self, SendcoEhcPlan *plan, GError **error)
{
  GError *local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  gboolean needs_year, needs_move;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!check_plan (plan, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  needs_year = g_str_equal (plan->transfer, "phase") || g_str_equal (plan->transfer, "post16");
  needs_move = g_str_equal (plan->transfer, "post16-move");

  if (plan->id == 0)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO ehc_plan (pupil_id, local_authority, caseworker,"
                                 " issued_on, last_review_on, transfer, transfer_year, post16_move_on,"
                                 " ceased_on) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE ehc_plan SET local_authority = ?3, caseworker = ?4,"
                                 " issued_on = ?5, last_review_on = ?6, transfer = ?7,"
                                 " transfer_year = ?8, post16_move_on = ?9, ceased_on = ?10"
                                 " WHERE id = ?1 AND pupil_id = ?2"
                                 " AND (local_authority, caseworker, issued_on, last_review_on,"
                                 "  transfer, transfer_year, post16_move_on, ceased_on)"
                                 " IS NOT (?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan->id);
      sqlite3_bind_int64 (stmt, 2, plan->pupil_id);
      sendco_bind_text (stmt, 3, plan->local_authority);
      sendco_bind_text (stmt, 4, plan->caseworker);
      sendco_bind_text (stmt, 5, plan->issued_on);
      sendco_bind_text_or_null (stmt, 6, plan->last_review_on);
      sendco_bind_text_or_null (stmt, 7, plan->transfer);
      if (needs_year)
        sqlite3_bind_int (stmt, 8, plan->transfer_year);
      else
        sqlite3_bind_null (stmt, 8);
      sendco_bind_text_or_null (stmt, 9, needs_move ? plan->post16_move_on : NULL);
      sendco_bind_text_or_null (stmt, 10, plan->ceased_on);
      ok = sendco_store_step_done (self, stmt, &local_error);
      /* The one-current-plan index; a pupil who is not there is another matter. */
      if (!ok && sqlite3_extended_errcode (sendco_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_clear_error (&local_error);
          ok = sendco_store_invalid (error, _("This pupil already has a current EHC plan. Record the date it "
                                 "ceased before adding another."));
        }
      else if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
      ok = ok && finish_insert_or_update (self, &plan->id, "ehc_plan", "pupil_id",
                                          plan->pupil_id, error);
    }
  if (ok)
    sendco_store_touch (self, "pupil");
  return sendco_store_finish_write (self, ok, error);
}

/* Annual reviews */

#define REVIEW_COLUMNS                                                                  \
  "id, plan_id, meeting_on, views_gathered_on, invitations_sent_on,"                    \
  " papers_circulated_on, meeting_held_on, report_sent_on, la_decision_on,"             \
  " la_decision, amendment_notice_on, amended_plan_on"

static SendcoAnnualReview *
read_review (sqlite3_stmt *stmt)
{
  SendcoAnnualReview *a = sendco_annual_review_new ();

  a->id = sqlite3_column_int64 (stmt, 0);
  a->plan_id = sqlite3_column_int64 (stmt, 1);
  sendco_record_set (&a->meeting_on, sendco_column_text (stmt, 2));
  sendco_record_set (&a->views_gathered_on, sendco_column_text (stmt, 3));
  sendco_record_set (&a->invitations_sent_on, sendco_column_text (stmt, 4));
  sendco_record_set (&a->papers_circulated_on, sendco_column_text (stmt, 5));
  sendco_record_set (&a->meeting_held_on, sendco_column_text (stmt, 6));
  sendco_record_set (&a->report_sent_on, sendco_column_text (stmt, 7));
  sendco_record_set (&a->la_decision_on, sendco_column_text (stmt, 8));
  sendco_record_set (&a->la_decision, sendco_column_text (stmt, 9));
  sendco_record_set (&a->amendment_notice_on, sendco_column_text (stmt, 10));
  sendco_record_set (&a->amended_plan_on, sendco_column_text (stmt, 11));
  return a;
}

/**
 * sendco_store_list_annual_reviews:
 *
 * Returns: (transfer full) (element-type SendcoAnnualReview): the plan's
 *   reviews, newest first
 */
GPtrArray *
sendco_store_list_annual_reviews (SendcoStore *self, gint64 plan_id, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);
  return list_records (self, "SELECT " REVIEW_COLUMNS " FROM annual_review WHERE plan_id = ?1"
                             " ORDER BY meeting_on DESC, id DESC",
                       plan_id, (ReadFunc) read_review, (GDestroyNotify) sendco_annual_review_free, error);
}

static gboolean
check_review (SendcoAnnualReview *a, GError **error)
{
  static const char *const decisions[] = { "maintain", "amend", "cease", NULL };
  const char *const before[] = { a->views_gathered_on, a->invitations_sent_on, a->papers_circulated_on,
                                 a->meeting_held_on };
  const char *const before_names[] = { _("date views were gathered"), _("date invitations were sent"),
                                       _("date papers were circulated"), _("date the meeting was held"), NULL };
  const char *const after[] = { a->report_sent_on, a->la_decision_on, a->amendment_notice_on,
                                a->amended_plan_on };
  const char *const after_names[] = { _("date the report was sent to the LA"), _("date of the LA’s decision"),
                                      _("date of the notice of proposed amendments"),
                                      _("date the amended plan was issued"), NULL };

  if (!sendco_store_check_date (a->meeting_on, FALSE, _("date of the review meeting"), error)
      || !check_dates (before, before_names, NULL, NULL, error)
      || !check_dates (after, after_names, a->meeting_held_on, _("date the meeting was held"), error))
    return FALSE;
  if (!one_of (a->la_decision, decisions))
    return sendco_store_invalid (error, _("That LA decision is not one Sendco knows."));
  if ((a->la_decision[0] == '\0') != (a->la_decision_on[0] == '\0'))
    return sendco_store_invalid (error, _("Give both the LA’s decision and the date it was made."));
  if ((a->report_sent_on[0] || a->la_decision_on[0] || a->amendment_notice_on[0] || a->amended_plan_on[0])
      && a->meeting_held_on[0] == '\0')
    return sendco_store_invalid (error, _("Record the date the meeting was held before the steps that follow it."));
  if (a->amended_plan_on[0] && a->amendment_notice_on[0] == '\0')
    return sendco_store_invalid (error, _("Record the notice of proposed amendments before the amended plan."));
  if (a->amendment_notice_on[0] && a->amended_plan_on[0]
      && strcmp (a->amended_plan_on, a->amendment_notice_on) < 0)
    return sendco_store_invalid (error, _("The amended plan cannot be issued before the notice of proposed amendments."));
  return TRUE;
}

/* Saves a new annual review (id 0) or the steps done since. */
gboolean
sendco_store_save_annual_review (SendcoStore *self, SendcoAnnualReview *review, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (review != NULL, FALSE);

  if (!check_review (review, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  if (review->id == 0)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO annual_review (plan_id, meeting_on, views_gathered_on,"
                                 " invitations_sent_on, papers_circulated_on, meeting_held_on,"
                                 " report_sent_on, la_decision_on, la_decision, amendment_notice_on,"
                                 " amended_plan_on)"
                                 " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE annual_review SET meeting_on = ?3, views_gathered_on = ?4,"
                                 " invitations_sent_on = ?5, papers_circulated_on = ?6,"
                                 " meeting_held_on = ?7, report_sent_on = ?8, la_decision_on = ?9,"
                                 " la_decision = ?10, amendment_notice_on = ?11, amended_plan_on = ?12"
                                 " WHERE id = ?1 AND plan_id = ?2"
                                 " AND (meeting_on, views_gathered_on, invitations_sent_on,"
                                 "  papers_circulated_on, meeting_held_on, report_sent_on,"
                                 "  la_decision_on, la_decision, amendment_notice_on, amended_plan_on)"
                                 " IS NOT (?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, review->id);
      sqlite3_bind_int64 (stmt, 2, review->plan_id);
      sendco_bind_text (stmt, 3, review->meeting_on);
      sendco_bind_text_or_null (stmt, 4, review->views_gathered_on);
      sendco_bind_text_or_null (stmt, 5, review->invitations_sent_on);
      sendco_bind_text_or_null (stmt, 6, review->papers_circulated_on);
      sendco_bind_text_or_null (stmt, 7, review->meeting_held_on);
      sendco_bind_text_or_null (stmt, 8, review->report_sent_on);
      sendco_bind_text_or_null (stmt, 9, review->la_decision_on);
      sendco_bind_text_or_null (stmt, 10, review->la_decision);
      sendco_bind_text_or_null (stmt, 11, review->amendment_notice_on);
      sendco_bind_text_or_null (stmt, 12, review->amended_plan_on);
      ok = sendco_store_step_done (self, stmt, error)
           && finish_insert_or_update (self, &review->id, "annual_review", "plan_id",
                                       review->plan_id, error);
    }
  if (ok)
    sendco_store_touch (self, "pupil");
  return sendco_store_finish_write (self, ok, error);
}
