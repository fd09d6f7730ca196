/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: every upcoming and overdue date across the school, worked out
 * from what has (and has not yet) happened, by the rules in sendco-ehc.c.
 * Nothing here is stored: the list is made afresh from the records. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-deadline-item.h"
#include "sendco-ehc.h"
#include "sendco-store-deadlines.h"
#include "sendco-store-private.h"

typedef struct
{
  SendcoStore *store;
  gint64       only_pupil;    /* 0 for everyone */
  GHashTable  *pupils;        /* id -> SendcoPupil on roll */
  GPtrArray   *items;
  GDate        today;
  char        *today_iso;
} Collect;

static void
collect_clear (Collect *c)
{
  g_clear_pointer (&c->pupils, g_hash_table_unref);
  g_clear_pointer (&c->items, g_ptr_array_unref);
  g_clear_pointer (&c->today_iso, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collect, collect_clear)

static gboolean
from_iso (const char *iso, GDate *date)
{
  g_date_clear (date, 1);
  return iso && iso[0] && sendco_date_from_iso (iso, date);
}

static SendcoDeadlineItem *
add (Collect *c, gint64 pupil_id, SendcoDeadlineKind kind, const char *step, const GDate *date,
     SendcoOwner owner, const char *label, const char *rule)
{
  SendcoPupil *pupil = g_hash_table_lookup (c->pupils, &pupil_id);
  g_autofree char *name = NULL, *iso = NULL;
  SendcoDeadlineItem *item;

  if (pupil == NULL || (c->only_pupil && c->only_pupil != pupil_id))
    return NULL;

  name = sendco_pupil_dup_display_name (pupil);
  iso = sendco_date_to_iso (date);
  item = sendco_deadline_item_new (pupil_id, name, kind, step, iso, owner, label, rule);
  g_ptr_array_add (c->items, item);
  return item;
}

/* Adds the statutory step @step of @timeline, if it is there. */
static SendcoDeadlineItem *
add_step (Collect *c, gint64 pupil_id, SendcoDeadlineKind kind, GArray *timeline, const char *step)
{
  for (guint i = 0; i < timeline->len; i++)
    {
      SendcoDeadline *d = &g_array_index (timeline, SendcoDeadline, i);

      if (g_str_equal (d->step, step))
        return add (c, pupil_id, kind, d->step, &d->date, d->owner, d->label, d->rule);
    }
  return NULL;
}

static const char *
exception_text (const char *exception)
{
  if (g_strcmp0 (exception, "child-away") == 0)
    return _("Exception recorded: the child was away for 4 weeks or more");
  if (g_strcmp0 (exception, "setting-closed") == 0)
    return _("Exception recorded: the setting was closed for 4 weeks or more");
  if (g_strcmp0 (exception, "exceptional-circumstances") == 0)
    return _("Exception recorded: exceptional personal circumstances");
  return "";
}

static gboolean
collect_requests (Collect *c, GError **error)
{
  g_autoptr (GPtrArray) requests = sendco_store_list_ehc_requests (c->store, c->only_pupil, error);

  if (requests == NULL)
    return FALSE;

  for (guint i = 0; i < requests->len; i++)
    {
      SendcoEhcRequest *r = g_ptr_array_index (requests, i);
      g_autoptr (GArray) timeline = NULL;
      GDate received, draft;
      SendcoDeadlineItem *item;

      if (r->final_plan_on[0] || r->not_issuing_on[0] || g_str_equal (r->decision, "not-assess"))
        continue;
      if (!from_iso (r->received_on, &received))
        continue;
      from_iso (r->draft_sent_on, &draft);
      timeline = sendco_ehc_request_timeline (&received, g_date_valid (&draft) ? &draft : NULL);

      if (r->decision[0] == '\0')
        add_step (c, r->pupil_id, SENDCO_DEADLINE_EHC_REQUEST, timeline, "decision-to-assess");
      if (g_str_equal (r->decision, "assess") && r->draft_sent_on[0] == '\0')
        add_step (c, r->pupil_id, SENDCO_DEADLINE_EHC_REQUEST, timeline, "notice-no-plan");
      /* The parents' 15 days are theirs to take: once they are over nothing
       * is due from anyone, so the step is left out, not shown overdue. */
      if (r->draft_sent_on[0])
        {
          item = add_step (c, r->pupil_id, SENDCO_DEADLINE_EHC_REQUEST, timeline, "draft-comments");
          if (item && strcmp (sendco_deadline_item_get_date (item), c->today_iso) < 0)
            g_ptr_array_remove (c->items, item);
        }
      item = add_step (c, r->pupil_id, SENDCO_DEADLINE_EHC_REQUEST, timeline, "final-plan");
      if (item && r->exception[0])
        sendco_deadline_item_set_note (item, exception_text (r->exception));
    }
  return TRUE;
}

static void
note_planned (SendcoDeadlineItem *item, const char *format, const char *iso)
{
  g_autofree char *uk = sendco_iso_to_uk (iso);
  g_autofree char *note = g_strdup_printf (format, uk);

  if (item)
    sendco_deadline_item_set_note (item, note);
}

static void
collect_plan (Collect *c, SendcoEhcPlan *plan, GPtrArray *reviews)
{
  SendcoAnnualReview *planned = NULL;
  const char *last_held = plan->last_review_on;
  GDate issued, last, due, meeting, held, deadline;
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;

  /* The latest review held; a review not yet held is the planned one. */
  for (guint i = 0; i < reviews->len; i++)
    {
      SendcoAnnualReview *a = g_ptr_array_index (reviews, i);

      if (a->meeting_held_on[0] == '\0')
        {
          if (planned == NULL || strcmp (a->meeting_on, planned->meeting_on) < 0)
            planned = a;
        }
      else if (strcmp (a->meeting_held_on, last_held) > 0)
        last_held = a->meeting_held_on;
    }

  from_iso (plan->issued_on, &issued);
  from_iso (last_held, &last);
  sendco_review_due (&issued, g_date_valid (&last) ? &last : NULL, &due);

  if (planned && from_iso (planned->meeting_on, &meeting))
    {
      SendcoAnnualReviewDates dates;
      g_autoptr (GArray) timeline = NULL;
      SendcoDeadlineItem *item;

      sendco_annual_review_dates_init (&dates);
      dates.meeting = meeting;
      timeline = sendco_annual_review_timeline (&dates);
      if (planned->views_gathered_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "gather-views");
      if (planned->invitations_sent_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "invitations");
      if (planned->papers_circulated_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "papers-circulated");
      item = add (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, "meeting", &meeting,
                  SENDCO_OWNER_SCHOOL, _("Hold the annual review meeting"),
                  _("The date planned for the meeting"));
      if (item && g_date_valid (&due) && g_date_compare (&meeting, &due) > 0)
        {
          item = add (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, "review-due", &due,
                      SENDCO_OWNER_SCHOOL, _("The annual review is due, but the meeting is planned later"),
                      _("Within 12 months of the previous review, or of the plan being issued"));
          note_planned (item, _("Meeting planned for %s"), planned->meeting_on);
        }
    }
  else if (g_date_valid (&due))
    add (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, "review-due", &due, SENDCO_OWNER_SCHOOL,
         _("Plan and hold the annual review (no meeting planned yet)"),
         _("Within 12 months of the previous review, or of the plan being issued"));

  /* Steps after meetings already held. */
  for (guint i = 0; i < reviews->len; i++)
    {
      SendcoAnnualReview *a = g_ptr_array_index (reviews, i);
      SendcoAnnualReviewDates dates;
      g_autoptr (GArray) timeline = NULL;

      if (!from_iso (a->meeting_held_on, &held))
        continue;
      sendco_annual_review_dates_init (&dates);
      dates.meeting = held;
      from_iso (a->amendment_notice_on, &dates.amendment_notice);
      timeline = sendco_annual_review_timeline (&dates);
      if (a->report_sent_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "report-to-la");
      if (a->la_decision_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "la-decision");
      if (a->amendment_notice_on[0] && a->amended_plan_on[0] == '\0')
        add_step (c, plan->pupil_id, SENDCO_DEADLINE_ANNUAL_REVIEW, timeline, "amended-plan");
    }

  /* The plan reviewed and amended before a transfer: done once an amended
   * plan is issued in the year before the deadline. */
  if (sendco_transfer_from_key (plan->transfer, &transfer))
    {
      GDate move;
      gboolean done = FALSE;

      from_iso (plan->post16_move_on, &move);
      sendco_transfer_deadline (transfer, plan->transfer_year, &move, &deadline);
      if (g_date_valid (&deadline))
        {
          GDate year_before = deadline;
          g_autofree char *from = NULL, *to = sendco_date_to_iso (&deadline);

          g_date_subtract_years (&year_before, 1);
          from = sendco_date_to_iso (&year_before);
          for (guint i = 0; i < reviews->len; i++)
            {
              SendcoAnnualReview *a = g_ptr_array_index (reviews, i);

              if (a->amended_plan_on[0] && strcmp (a->amended_plan_on, from) > 0
                  && strcmp (a->amended_plan_on, to) <= 0)
                done = TRUE;
            }
          if (!done)
            {
              SendcoAnnualReviewDates dates;
              g_autoptr (GArray) timeline = NULL;

              sendco_annual_review_dates_init (&dates);
              dates.meeting = deadline; /* any date: only the transfer step is read */
              dates.transfer = transfer;
              dates.transfer_year = plan->transfer_year;
              dates.post16_move = move;
              timeline = sendco_annual_review_timeline (&dates);
              add_step (c, plan->pupil_id, SENDCO_DEADLINE_TRANSFER, timeline, "transfer-deadline");
            }
        }
    }
}

static gboolean
collect_plans (Collect *c, GError **error)
{
  g_autoptr (GPtrArray) plans = sendco_store_list_ehc_plans (c->store, 0, error);

  if (plans == NULL)
    return FALSE;

  for (guint i = 0; i < plans->len; i++)
    {
      SendcoEhcPlan *plan = g_ptr_array_index (plans, i);
      g_autoptr (GPtrArray) reviews = NULL;

      if (c->only_pupil && plan->pupil_id != c->only_pupil)
        continue;
      if (!g_hash_table_contains (c->pupils, &plan->pupil_id))
        continue;
      reviews = sendco_store_list_annual_reviews (c->store, plan->id, error);
      if (reviews == NULL)
        return FALSE;
      collect_plan (c, plan, reviews);
    }
  return TRUE;
}

static gboolean
collect_support_plans (Collect *c, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sendco_store_prepare (c->store,
                               "SELECT pupil_id, cycle, review_date FROM support_plan"
                               " WHERE reviewed = 0 AND (?1 = 0 OR pupil_id = ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->only_pupil);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;
      g_autofree char *label = NULL;

      if (!from_iso (sendco_column_text (stmt, 2), &date))
        continue;
      label = g_strdup_printf (_("Review the support plan (cycle %d)"), sqlite3_column_int (stmt, 1));
      add (c, sqlite3_column_int64 (stmt, 0), SENDCO_DEADLINE_SUPPORT_PLAN, "plan-review", &date,
           SENDCO_OWNER_SCHOOL, label,
           _("The review date set in the plan: assess, plan, do, review (SEND Code of Practice, chapter 6)"));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sendco_store_fail (c->store, rc, error);
  return TRUE;
}

/* The end of the term holding @today, and how many terms of the school year
 * it completes: autumn (to 20 December) 1, spring (to 31 March) 2, summer
 * (to 20 July) 3. Returns 0 in the summer holiday. */
static int
term_end (const GDate *today, GDate *end)
{
  int year = g_date_get_year (today);
  GDateMonth month = g_date_get_month (today);

  if (month >= G_DATE_SEPTEMBER)
    {
      g_date_set_dmy (end, 20, G_DATE_DECEMBER, (GDateYear) year);
      return 1;
    }
  if (month <= G_DATE_MARCH)
    {
      g_date_set_dmy (end, 31, G_DATE_MARCH, (GDateYear) year);
      return 2;
    }
  g_date_set_dmy (end, 20, G_DATE_JULY, (GDateYear) year);
  if (g_date_compare (today, end) > 0)
    return 0;
  return 3;
}

static gboolean
collect_parent_meetings (Collect *c, GError **error)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GDate year_start, end;
  g_autofree char *since = NULL;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;
  int rc, terms;

  terms = term_end (&c->today, &end);
  if (terms == 0)
    return TRUE;

  g_date_set_dmy (&year_start, 1, G_DATE_SEPTEMBER, (GDateYear) sendco_school_year_of (&c->today));
  since = sendco_date_to_iso (&year_start);
  stmt = sendco_store_prepare (c->store,
                               "SELECT pupil_id, count (*) FROM parent_meeting"
                               " WHERE held_on >= ?1 AND held_on <= ?2 GROUP BY pupil_id", error);
  if (stmt == NULL)
    return FALSE;
  sendco_bind_text (stmt, 1, since);
  sendco_bind_text (stmt, 2, c->today_iso);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (counts, id, GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sendco_store_fail (c->store, rc, error);

  g_hash_table_iter_init (&iter, c->pupils);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SendcoPupil *pupil = value;
      const char *status = sendco_pupil_get_sen_status (pupil);
      int held = GPOINTER_TO_INT (g_hash_table_lookup (counts, key));
      g_autofree char *label = NULL;

      if (g_str_equal (status, "N") || held >= terms)
        continue;
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Meet the parents this term (%d meeting so far this year)",
                                            "Meet the parents this term (%d meetings so far this year)",
                                            held), held);
      add (c, *(gint64 *) key, SENDCO_DEADLINE_PARENT_MEETINGS, "parent-meeting", &end,
           SENDCO_OWNER_SCHOOL, label,
           _("The Code expects schools to meet the parents of pupils with SEN at least three times a year (SEND Code of Practice, 6.65)"));
    }
  return TRUE;
}

static int
compare_items (gconstpointer a, gconstpointer b)
{
  SendcoDeadlineItem *p = *(SendcoDeadlineItem **) a, *q = *(SendcoDeadlineItem **) b;
  int result = strcmp (sendco_deadline_item_get_date (p), sendco_deadline_item_get_date (q));

  if (result == 0)
    result = g_utf8_collate (sendco_deadline_item_get_pupil_name (p), sendco_deadline_item_get_pupil_name (q));
  return result;
}

/**
 * sendco_store_list_deadlines:
 * @pupil_id: one pupil's deadlines, or 0 for the whole school
 * @today: (nullable): today (sendco_today() when %NULL)
 *
 * Every date still to be met for pupils on roll: EHC request steps, annual
 * review steps, transfer deadlines, support plan reviews and parent meetings
 * due, soonest first. Steps already done are left out.
 *
 * Returns: (transfer full): a list of #SendcoDeadlineItem
 */
GListStore *
sendco_store_list_deadlines (SendcoStore *self, gint64 pupil_id, const GDate *today, GError **error)
{
  g_auto (Collect) c = { 0 };
  g_autoptr (GListStore) pupils = NULL;
  GListStore *list;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  c.store = self;
  c.only_pupil = pupil_id;
  if (today && g_date_valid (today))
    c.today = *today;
  else
    sendco_today (&c.today);
  c.today_iso = sendco_date_to_iso (&c.today);
  c.items = g_ptr_array_new_with_free_func (g_object_unref);
  c.pupils = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);

  pupils = sendco_store_list_pupils (self, FALSE, error);
  if (pupils == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 *id = g_object_get_data (G_OBJECT (pupil), "deadline-id");

      if (id == NULL)
        {
          id = g_new (gint64, 1);
          *id = sendco_pupil_get_id (pupil);
          g_object_set_data_full (G_OBJECT (pupil), "deadline-id", id, g_free);
        }
      g_hash_table_insert (c.pupils, id, pupil);
    }

  if (!collect_requests (&c, error) || !collect_plans (&c, error)
      || !collect_support_plans (&c, error) || !collect_parent_meetings (&c, error))
    return NULL;

  g_ptr_array_sort (c.items, compare_items);
  list = g_list_store_new (SENDCO_TYPE_DEADLINE_ITEM);
  g_list_store_splice (list, 0, 0, c.items->pdata, c.items->len);
  return list;
}
