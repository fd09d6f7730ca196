/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The school's list of deadlines, worked out from the records: one pupil per
 * situation, each with the exact dates expected. Today is Sunday
 * 22 November 2026. Every expected date below was worked out by hand (and
 * checked with Python's datetime): "N weeks after D" is D + 7N days, the
 * review of an EHC plan is due within 12 months (same day of the month). */
#include "config.h"

#include "records-test-util.h"
#include "sendco-store-deadlines.h"

#define TODAY "2026-11-22"

/* Building the school */

static SendcoEhcRequest *
request (gint64 pupil, const char *received, const char *decision_on, const char *decision,
         const char *draft, const char *final_plan)
{
  SendcoEhcRequest *r = sendco_ehc_request_new ();

  r->pupil_id = pupil;
  sendco_record_set (&r->received_on, received);
  sendco_record_set (&r->decision_on, decision_on);
  sendco_record_set (&r->decision, decision);
  sendco_record_set (&r->draft_sent_on, draft);
  sendco_record_set (&r->final_plan_on, final_plan);
  return r;
}

static void
save_request (SendcoStore *store, SendcoEhcRequest *r)
{
  GError *error = NULL;

  g_assert_true (sendco_store_save_ehc_request (store, r, &error));
  g_assert_no_error (error);
  sendco_ehc_request_free (r);
}

static gint64
save_plan (SendcoStore *store, gint64 pupil, const char *issued, const char *last_review,
           const char *transfer, int year, const char *move)
{
  g_autoptr (SendcoEhcPlan) p = sendco_ehc_plan_new ();
  GError *error = NULL;

  p->pupil_id = pupil;
  sendco_record_set (&p->local_authority, "Kent");
  sendco_record_set (&p->caseworker, "Priya Shah");
  sendco_record_set (&p->issued_on, issued);
  sendco_record_set (&p->last_review_on, last_review);
  sendco_record_set (&p->transfer, transfer);
  p->transfer_year = year;
  sendco_record_set (&p->post16_move_on, move);
  g_assert_true (sendco_store_save_ehc_plan (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

/* An annual review: the planned meeting and the steps done, in order:
 * views, invitations, papers, held, report, LA decision (with @decision),
 * amendment notice, amended plan. NULL for steps not done. */
static void
save_review (SendcoStore *store, gint64 plan, const char *meeting_on, const char *const steps[8],
             const char *decision)
{
  g_autoptr (SendcoAnnualReview) a = sendco_annual_review_new ();
  GError *error = NULL;

  a->plan_id = plan;
  sendco_record_set (&a->meeting_on, meeting_on);
  sendco_record_set (&a->views_gathered_on, steps[0]);
  sendco_record_set (&a->invitations_sent_on, steps[1]);
  sendco_record_set (&a->papers_circulated_on, steps[2]);
  sendco_record_set (&a->meeting_held_on, steps[3]);
  sendco_record_set (&a->report_sent_on, steps[4]);
  sendco_record_set (&a->la_decision_on, steps[5]);
  sendco_record_set (&a->la_decision, steps[5] ? decision : NULL);
  sendco_record_set (&a->amendment_notice_on, steps[6]);
  sendco_record_set (&a->amended_plan_on, steps[7]);
  g_assert_true (sendco_store_save_annual_review (store, a, &error));
  g_assert_no_error (error);
}

static void
add_meeting (SendcoStore *store, gint64 pupil, const char *held_on)
{
  g_autoptr (SendcoParentMeeting) m = sendco_parent_meeting_new ();
  GError *error = NULL;

  m->pupil_id = pupil;
  sendco_record_set (&m->held_on, held_on);
  g_assert_true (sendco_store_add_parent_meeting (store, m, &error));
  g_assert_no_error (error);
}

static SendcoSupportPlan *
support_plan (gint64 pupil, const char *start, const char *review)
{
  SendcoSupportPlan *plan = sendco_support_plan_new ();
  SendcoOutcome *outcome = sendco_outcome_new ();

  plan->pupil_id = pupil;
  sendco_record_set (&plan->start_date, start);
  sendco_record_set (&plan->review_date, review);
  sendco_record_set (&outcome->area, "communication");
  sendco_record_set (&outcome->outcome, "Ask for help using a help card");
  g_ptr_array_add (plan->outcomes, outcome);
  return plan;
}

/* Who is who in the school */
typedef struct
{
  gint64 adams, baker, clarke, davies, evans, foster, green, hall, iqbal, jones, king, lewis,
         morris, nowak, owen, patel, quinn, roberts, smith, taylor;
} School;

static guint serial = 1;

/* A pupil at K or E who met their parents in September, so no
 * parent-meeting item gets in the way of what each test is about. */
static gint64
pupil_met (SendcoStore *store, const char *surname, const char *status, const char *need)
{
  gint64 id = add_pupil (store, serial++, surname, status, need);

  add_meeting (store, id, "2026-09-15");
  return id;
}

static void
build_school (SendcoStore *store, School *s)
{
  GError *error = NULL;
  const char *none[8] = { NULL };

  serial = 1;

  /* Requests for an EHC needs assessment, one at each stage */

  /* Received 5 October, no decision yet:
   *   decision by 5 Oct + 42 days = 16 Nov 2026 (overdue);
   *   final plan by 5 Oct + 140 days = 22 Feb 2027. */
  s->adams = pupil_met (store, "Adams", "K", "SLCN");
  save_request (store, request (s->adams, "2026-10-05", "", "", "", ""));

  /* Received 10 August, decided to assess 18 September, no draft:
   *   notice of no plan by 10 Aug + 112 = 30 Nov 2026 (in 8 days);
   *   final plan by 10 Aug + 140 = 28 Dec 2026. */
  s->baker = pupil_met (store, "Baker", "K", "ASD");
  save_request (store, request (s->baker, "2026-08-10", "2026-09-18", "assess", "", ""));

  /* Received 6 July, assess, draft sent 13 November:
   *   parents' comments by 13 Nov + 15 = 28 Nov 2026;
   *   final plan by 6 Jul + 140 = 23 Nov 2026 (tomorrow);
   *   no notice-of-no-plan step once there is a draft. */
  s->clarke = pupil_met (store, "Clarke", "K", "MLD");
  save_request (store, request (s->clarke, "2026-07-06", "2026-08-14", "assess", "2026-11-13", ""));

  /* A final plan issued: nothing left to do. */
  s->davies = pupil_met (store, "Davies", "K", "SEMH");
  save_request (store, request (s->davies, "2026-01-12", "2026-02-20", "assess", "2026-05-01", "2026-05-29"));

  /* The LA decided not to assess: nothing left to do. */
  s->evans = pupil_met (store, "Evans", "K", "SPLD");
  save_request (store, request (s->evans, "2026-09-01", "2026-10-09", "not-assess", "", ""));

  /* Received 4 May, assess, an exception recorded:
   *   notice of no plan by 4 May + 112 = 24 Aug 2026 (overdue);
   *   final plan by 4 May + 140 = 21 Sep 2026 (overdue), with the exception
   *   beside it: the breach is shown, not hidden. */
  s->foster = pupil_met (store, "Foster", "K", "ASD");
  {
    SendcoEhcRequest *r = request (s->foster, "2026-05-04", "2026-06-12", "assess", "", "");

    sendco_record_set (&r->exception, "child-away");
    sendco_record_set (&r->exception_note, "In hospital for six weeks over the summer");
    save_request (store, r);
  }

  /* EHC plans and annual reviews */

  /* Issued 1 December 2025, never reviewed: due by 1 Dec 2026, in 9 days. */
  s->green = pupil_met (store, "Green", "E", "ASD");
  save_plan (store, s->green, "2025-12-01", "", "", 0, "");

  /* Issued 1 February 2026 (due 1 Feb 2027), meeting planned 20 Jan 2027,
   * nothing done yet:
   *   views from 20 Jan - 56 days = 25 Nov 2026;
   *   invitations and papers by 20 Jan - 14 days = 6 Jan 2027;
   *   the meeting itself 20 Jan 2027. */
  s->hall = pupil_met (store, "Hall", "E", "SLD");
  save_review (store, save_plan (store, s->hall, "2026-02-01", "", "", 0, ""), "2027-01-20", none, NULL);

  /* Issued 10 January 2026 (due 10 Jan 2027), meeting planned 20 Jan 2027,
   * after the due date; views already gathered:
   *   invitations and papers 6 Jan 2027, meeting 20 Jan 2027, and the
   *   review due 10 Jan 2027 with the planned date beside it. */
  s->iqbal = pupil_met (store, "Iqbal", "E", "PD");
  {
    const char *steps[8] = { "2026-11-20" };

    save_review (store, save_plan (store, s->iqbal, "2026-01-10", "", "", 0, ""), "2027-01-20", steps, NULL);
  }

  /* Review held 10 November 2026, no report yet:
   *   report to the LA by 10 Nov + 14 = 24 Nov 2026;
   *   LA decision by 10 Nov + 28 = 8 Dec 2026 (16 days: later);
   *   next review within 12 months of the meeting: 10 Nov 2027. */
  s->jones = pupil_met (store, "Jones", "E", "SLCN");
  {
    const char *steps[8] = { "2026-09-15", "2026-10-26", "2026-10-27", "2026-11-10" };

    save_review (store, save_plan (store, s->jones, "2024-02-01", "", "", 0, ""), "2026-11-10", steps, NULL);
  }

  /* Reviewed 5 October, the LA proposed amendments on 1 November:
   *   amended plan by 1 Nov + 56 = 27 Dec 2026; next review 5 Oct 2027. */
  s->king = pupil_met (store, "King", "E", "HI");
  {
    const char *steps[8] = { "2026-08-10", "2026-09-21", "2026-09-21", "2026-10-05", "2026-10-12",
                             "2026-10-30", "2026-11-01" };

    save_review (store, save_plan (store, s->king, "2023-05-01", "", "", 0, ""), "2026-10-05", steps, "amend");
  }

  /* Year 6, moving to secondary school in September 2027: the plan must be
   * reviewed and amended by 15 Feb 2027. Last reviewed 10 March 2026
   * (before Sendco): next review by 10 Mar 2027. */
  s->lewis = pupil_met (store, "Lewis", "E", "MLD");
  save_plan (store, s->lewis, "2024-03-01", "2026-03-10", "phase", 2027, "");

  /* Year 11, to post-16 in 2027 (deadline 31 Mar 2027), already amended on
   * 15 November 2026, within the year before it: no transfer item. Next
   * review within 12 months of 1 Oct 2026. */
  s->morris = pupil_met (store, "Morris", "E", "SEMH");
  {
    const char *steps[8] = { "2026-08-06", "2026-09-15", "2026-09-16", "2026-10-01", "2026-10-08",
                             "2026-10-20", "2026-10-20", "2026-11-15" };

    save_review (store, save_plan (store, s->morris, "2022-06-01", "", "post16", 2027, ""), "2026-10-01",
                 steps, "amend");
  }

  /* Moving between post-16 settings on 1 September 2027: review 5 months
   * before, by 1 Apr 2027. Last reviewed 10 June 2026: next by 10 Jun 2027. */
  s->nowak = pupil_met (store, "Nowak", "E", "VI");
  save_plan (store, s->nowak, "2025-06-01", "2026-06-10", "post16-move", 0, "2027-09-01");

  /* Support plans */

  /* Cycle 1 reviewed on 10 September with cycle 2 due for review on
   * 4 December 2026 (in 12 days). */
  s->owen = pupil_met (store, "Owen", "K", "SPLD");
  {
    g_autoptr (SendcoSupportPlan) plan = support_plan (s->owen, "2026-06-01", "2026-09-10");
    g_autoptr (SendcoPlanReview) review = sendco_plan_review_new ();

    g_assert_true (sendco_store_save_support_plan (store, plan, &error));
    g_assert_no_error (error);
    sendco_record_set (&((SendcoOutcome *) plan->outcomes->pdata[0])->progress, "partly");
    sendco_record_set (&review->held_on, "2026-09-10");
    g_assert_true (sendco_store_hold_plan_review (store, plan, review, "2026-12-04", NULL, &error));
    g_assert_no_error (error);
  }

  /* Parent meetings: the autumn term ends on 20 December 2026 */

  /* None this school year */
  s->patel = add_pupil (store, serial++, "Patel", "K", "SEMH");
  /* One, in October: enough for the first term */
  s->quinn = add_pupil (store, serial++, "Quinn", "K", "SLCN");
  add_meeting (store, s->quinn, "2026-10-01");
  /* One on 31 August 2026: last school year, so none this year */
  s->roberts = add_pupil (store, serial++, "Roberts", "E", "PMLD");
  add_meeting (store, s->roberts, "2026-08-31");

  /* Left the school: everything about them is left out. */
  s->smith = add_pupil (store, serial++, "Smith", "E", "ASD");
  save_plan (store, s->smith, "2025-12-01", "", "", 0, "");
  {
    g_autoptr (SendcoSupportPlan) plan = support_plan (s->smith, "2026-09-01", "2026-11-01");

    g_assert_true (sendco_store_save_support_plan (store, plan, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sendco_store_archive_pupil (store, s->smith, "2026-11-06", "Moved out of the area", &error));
  g_assert_no_error (error);

  /* No SEN: no meetings expected of the school. */
  s->taylor = add_pupil (store, serial++, "Taylor", "N", "");
}

/* Reading the list */

static const char *
owner_key (SendcoOwner owner)
{
  switch (owner)
    {
    case SENDCO_OWNER_SCHOOL: return "school";
    case SENDCO_OWNER_LA: return "la";
    case SENDCO_OWNER_PARENTS: return "parents";
    default: g_assert_not_reached ();
    }
}

static const char *
urgency_key (SendcoUrgency urgency)
{
  switch (urgency)
    {
    case SENDCO_URGENCY_OVERDUE: return "overdue";
    case SENDCO_URGENCY_SOON: return "soon";
    case SENDCO_URGENCY_LATER: return "later";
    default: g_assert_not_reached ();
    }
}

/* One line per item: kind step date owner urgency [| note] */
static char *
describe (GListModel *items, const char *today)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, i);
      const char *note = sendco_deadline_item_get_note (item);

      g_string_append_printf (out, "%s %s %s %s %s%s%s\n",
                              sendco_deadline_kind_key (sendco_deadline_item_get_kind (item)),
                              sendco_deadline_item_get_step (item), sendco_deadline_item_get_date (item),
                              owner_key (sendco_deadline_item_get_owner (item)),
                              urgency_key (sendco_deadline_item_get_urgency (item, today)),
                              note[0] ? " | " : "", note);
      g_assert_cmpstr (sendco_deadline_item_get_label (item), !=, "");
      g_assert_cmpstr (sendco_deadline_item_get_rule (item), !=, "");
    }
  return g_string_free (out, FALSE);
}

static GListModel *
deadlines (SendcoStore *store, gint64 pupil, const char *today_iso)
{
  GError *error = NULL;
  GDate today;
  GListStore *list;

  set_date (&today, today_iso);
  list = sendco_store_list_deadlines (store, pupil, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (list);
  return G_LIST_MODEL (list);
}

static void
assert_deadlines_on (SendcoStore *store, gint64 pupil, const char *today, const char *expected)
{
  g_autoptr (GListModel) items = deadlines (store, pupil, today);
  g_autofree char *got = describe (items, today);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (sendco_deadline_item_get_pupil_id (item), ==, pupil);
    }
  g_assert_cmpstr (got, ==, expected);
}

static void
assert_deadlines (SendcoStore *store, gint64 pupil, const char *expected)
{
  assert_deadlines_on (store, pupil, TODAY, expected);
}

/* Tests */

static void
test_requests (Fixture *f, gconstpointer data)
{
  School s;

  build_school (f->store, &s);
  assert_deadlines (f->store, s.adams,
                    "ehc-request decision-to-assess 2026-11-16 la overdue\n"
                    "ehc-request final-plan 2027-02-22 la later\n");
  assert_deadlines (f->store, s.baker,
                    "ehc-request notice-no-plan 2026-11-30 la soon\n"
                    "ehc-request final-plan 2026-12-28 la later\n");
  assert_deadlines (f->store, s.clarke,
                    "ehc-request final-plan 2026-11-23 la soon\n"
                    "ehc-request draft-comments 2026-11-28 parents soon\n");
  assert_deadlines (f->store, s.davies, "");
  assert_deadlines (f->store, s.evans, "");
  assert_deadlines (f->store, s.foster,
                    "ehc-request notice-no-plan 2026-08-24 la overdue\n"
                    "ehc-request final-plan 2026-09-21 la overdue"
                    " | Exception recorded: the child was away for 4 weeks or more\n");

  /* What each item says, and where it comes from */
  {
    g_autoptr (GListModel) items = deadlines (f->store, s.adams, TODAY);
    g_autoptr (SendcoDeadlineItem) first = g_list_model_get_item (items, 0);

    g_assert_cmpstr (sendco_deadline_item_get_pupil_name (first), ==, "Adams, Sam");
    g_assert_nonnull (strstr (sendco_deadline_item_get_rule (first), "6 weeks"));
    g_assert_cmpint (sendco_deadline_item_days_from (first, TODAY), ==, -6);
  }
}

static void
test_annual_reviews (Fixture *f, gconstpointer data)
{
  School s;

  build_school (f->store, &s);
  assert_deadlines (f->store, s.green, "annual-review review-due 2026-12-01 school soon\n");
  assert_deadlines (f->store, s.hall,
                    "annual-review gather-views 2026-11-25 school soon\n"
                    "annual-review invitations 2027-01-06 school later\n"
                    "annual-review papers-circulated 2027-01-06 school later\n"
                    "annual-review meeting 2027-01-20 school later\n");
  assert_deadlines (f->store, s.iqbal,
                    "annual-review invitations 2027-01-06 school later\n"
                    "annual-review papers-circulated 2027-01-06 school later\n"
                    "annual-review review-due 2027-01-10 school later | Meeting planned for 20/01/2027\n"
                    "annual-review meeting 2027-01-20 school later\n");
  assert_deadlines (f->store, s.jones,
                    "annual-review report-to-la 2026-11-24 school soon\n"
                    "annual-review la-decision 2026-12-08 la later\n"
                    "annual-review review-due 2027-11-10 school later\n");
  assert_deadlines (f->store, s.king,
                    "annual-review amended-plan 2026-12-27 la later\n"
                    "annual-review review-due 2027-10-05 school later\n");
}

static void
test_transfers (Fixture *f, gconstpointer data)
{
  School s;

  build_school (f->store, &s);
  assert_deadlines (f->store, s.lewis,
                    "transfer transfer-deadline 2027-02-15 la later\n"
                    "annual-review review-due 2027-03-10 school later\n");
  assert_deadlines (f->store, s.morris, "annual-review review-due 2027-10-01 school later\n");
  assert_deadlines (f->store, s.nowak,
                    "transfer transfer-deadline 2027-04-01 la later\n"
                    "annual-review review-due 2027-06-10 school later\n");
}

static void
test_support_plans_and_meetings (Fixture *f, gconstpointer data)
{
  School s;

  build_school (f->store, &s);
  assert_deadlines (f->store, s.owen, "support-plan plan-review 2026-12-04 school soon\n");
  {
    g_autoptr (GListModel) items = deadlines (f->store, s.owen, TODAY);
    g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, 0);

    g_assert_cmpstr (sendco_deadline_item_get_label (item), ==, "Review the support plan (cycle 2)");
  }

  /* Autumn: one meeting a term so far; due by the end of term, 20 Dec. */
  assert_deadlines (f->store, s.patel, "parent-meetings parent-meeting 2026-12-20 school later\n");
  assert_deadlines (f->store, s.quinn, "");
  assert_deadlines (f->store, s.roberts, "parent-meetings parent-meeting 2026-12-20 school later\n");
  {
    g_autoptr (GListModel) items = deadlines (f->store, s.roberts, TODAY);
    g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, 0);

    g_assert_cmpstr (sendco_deadline_item_get_label (item), ==,
                     "Meet the parents this term (0 meetings so far this year)");
  }
  assert_deadlines (f->store, s.taylor, "");

  /* In the spring term two are due by 31 March; Quinn has had one. The
   * September meetings of the others still count. */
  assert_deadlines_on (f->store, s.quinn, "2027-02-10",
                       "parent-meetings parent-meeting 2027-03-31 school later\n");
  {
    g_autoptr (GListModel) items = deadlines (f->store, s.quinn, "2027-02-10");
    g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, 0);

    g_assert_cmpstr (sendco_deadline_item_get_label (item), ==,
                     "Meet the parents this term (1 meeting so far this year)");
  }
  /* Seen on 20 September, Quinn's October meeting has not happened yet. */
  assert_deadlines_on (f->store, s.quinn, "2026-09-20",
                       "parent-meetings parent-meeting 2026-12-20 school later\n");
  /* The summer holiday: nothing due until the new year starts. */
  {
    g_autoptr (GListModel) items = deadlines (f->store, 0, "2027-08-10");

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (items, i);

        g_assert_cmpint (sendco_deadline_item_get_kind (item), !=, SENDCO_DEADLINE_PARENT_MEETINGS);
      }
  }
}

/* The whole school: every item above and no others, soonest first, a day's
 * items by pupil name; nothing for the pupil who left. */
static void
test_whole_school (Fixture *f, gconstpointer data)
{
  School s;
  g_autoptr (GListModel) all = NULL;
  g_autoptr (GString) joined = g_string_new (NULL);
  guint n, counts[SENDCO_N_DEADLINE_KINDS] = { 0 }, overdue = 0, soon = 0, later = 0;
  gint64 ids[20];

  build_school (f->store, &s);
  memcpy (ids, &s, sizeof ids);
  G_STATIC_ASSERT (sizeof (School) == sizeof ids);

  all = deadlines (f->store, 0, TODAY);
  n = g_list_model_get_n_items (all);
  g_assert_cmpuint (n, ==, 2 + 2 + 2 + 0 + 0 + 2 + 1 + 4 + 4 + 3 + 2 + 2 + 1 + 2 + 1 + 1 + 0 + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (all, i);

      g_assert_cmpint (sendco_deadline_item_get_pupil_id (item), !=, s.smith);
      g_assert_cmpint (sendco_deadline_item_get_pupil_id (item), !=, s.taylor);
      counts[sendco_deadline_item_get_kind (item)]++;
      switch (sendco_deadline_item_get_urgency (item, TODAY))
        {
        case SENDCO_URGENCY_OVERDUE: overdue++; break;
        case SENDCO_URGENCY_SOON: soon++; break;
        case SENDCO_URGENCY_LATER: later++; break;
        default: g_assert_not_reached ();
        }
      if (i > 0)
        {
          g_autoptr (SendcoDeadlineItem) prev = g_list_model_get_item (all, i - 1);
          int order = strcmp (sendco_deadline_item_get_date (prev), sendco_deadline_item_get_date (item));

          g_assert_cmpint (order, <=, 0);
          if (order == 0)
            g_assert_cmpint (g_utf8_collate (sendco_deadline_item_get_pupil_name (prev),
                                             sendco_deadline_item_get_pupil_name (item)), <=, 0);
        }
    }
  g_assert_cmpuint (counts[SENDCO_DEADLINE_EHC_REQUEST], ==, 8);
  g_assert_cmpuint (counts[SENDCO_DEADLINE_ANNUAL_REVIEW], ==, 17);
  g_assert_cmpuint (counts[SENDCO_DEADLINE_TRANSFER], ==, 2);
  g_assert_cmpuint (counts[SENDCO_DEADLINE_SUPPORT_PLAN], ==, 1);
  g_assert_cmpuint (counts[SENDCO_DEADLINE_PARENT_MEETINGS], ==, 2);
  /* overdue: Adams's decision, Foster's notice and final plan */
  g_assert_cmpuint (overdue, ==, 3);
  /* soon: Clarke's final plan (23 Nov) and comments (28 Nov), Jones's
   * report (24 Nov), Hall's views (25 Nov), Baker's notice (30 Nov),
   * Green's review (1 Dec), Owen's plan review (4 Dec) */
  g_assert_cmpuint (soon, ==, 7);
  g_assert_cmpuint (later, ==, n - 10);

  /* The first few, in order */
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (all, i);

      g_string_append_printf (joined, "%s %s %s\n", sendco_deadline_item_get_date (item),
                              sendco_deadline_item_get_pupil_name (item), sendco_deadline_item_get_step (item));
    }
  g_assert_cmpstr (joined->str, ==,
                   "2026-08-24 Foster, Sam notice-no-plan\n"
                   "2026-09-21 Foster, Sam final-plan\n"
                   "2026-11-16 Adams, Sam decision-to-assess\n"
                   "2026-11-23 Clarke, Sam final-plan\n"
                   "2026-11-24 Jones, Sam report-to-la\n"
                   "2026-11-25 Hall, Sam gather-views\n");

  /* Same day, by name: Patel before Roberts on 20 December */
  {
    gint64 order[2] = { 0, 0 };
    guint found = 0;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (all, i);

        if (g_str_equal (sendco_deadline_item_get_date (item), "2026-12-20"))
          order[found++] = sendco_deadline_item_get_pupil_id (item);
      }
    g_assert_cmpuint (found, ==, 2);
    g_assert_cmpint (order[0], ==, s.patel);
    g_assert_cmpint (order[1], ==, s.roberts);
  }

  /* Each pupil's own list is the whole list's items for them. */
  for (guint p = 0; p < G_N_ELEMENTS (ids); p++)
    {
      g_autoptr (GListModel) mine = deadlines (f->store, ids[p], TODAY);
      g_autofree char *expected = NULL;
      g_autofree char *got = describe (mine, TODAY);
      g_autoptr (GListStore) subset = g_list_store_new (SENDCO_TYPE_DEADLINE_ITEM);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (all, i);

          if (sendco_deadline_item_get_pupil_id (item) == ids[p])
            g_list_store_append (subset, item);
        }
      expected = describe (G_LIST_MODEL (subset), TODAY);
      g_assert_cmpstr (got, ==, expected);
    }

  /* Restored, the pupil who left is back in the list. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GListModel) again = NULL;

    g_assert_true (sendco_store_restore_pupil (f->store, s.smith, &error));
    g_assert_no_error (error);
    assert_deadlines (f->store, s.smith,
                      "support-plan plan-review 2026-11-01 school overdue\n"
                      "annual-review review-due 2026-12-01 school soon\n"
                      "parent-meetings parent-meeting 2026-12-20 school later\n");
    again = deadlines (f->store, 0, TODAY);
    g_assert_cmpuint (g_list_model_get_n_items (again), ==, n + 3);
  }
}

/* Steps done take their items away, as the SENDCO records them. */
static void
test_steps_done (Fixture *f, gconstpointer data)
{
  School s;
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GError) error = NULL;
  SendcoEhcRequest *r;

  build_school (f->store, &s);

  /* The LA decides to assess Adams on 13 November. */
  requests = sendco_store_list_ehc_requests (f->store, s.adams, &error);
  g_assert_no_error (error);
  r = requests->pdata[0];
  sendco_record_set (&r->decision_on, "2026-11-13");
  sendco_record_set (&r->decision, "assess");
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);
  /* notice of no plan by 5 Oct + 112 = 25 Jan 2027 */
  assert_deadlines (f->store, s.adams,
                    "ehc-request notice-no-plan 2027-01-25 la later\n"
                    "ehc-request final-plan 2027-02-22 la later\n");

  /* The draft goes to the parents on 13 November: they have until
   * 13 Nov + 15 = 28 Nov to comment. Seen after that, their 15 days are
   * simply over: nothing is overdue for them, the final plan still is due. */
  sendco_record_set (&r->advice_on, "2026-11-06");
  sendco_record_set (&r->draft_sent_on, "2026-11-13");
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);
  assert_deadlines (f->store, s.adams,
                    "ehc-request draft-comments 2026-11-28 parents soon\n"
                    "ehc-request final-plan 2027-02-22 la later\n");
  assert_deadlines_on (f->store, s.adams, "2026-11-28",
                       "ehc-request draft-comments 2026-11-28 parents soon\n"
                       "ehc-request final-plan 2027-02-22 la later\n");
  assert_deadlines_on (f->store, s.adams, "2026-11-29", "ehc-request final-plan 2027-02-22 la later\n");

  /* Then the final plan: nothing left. */
  sendco_record_set (&r->final_plan_on, "2026-11-20");
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);
  assert_deadlines (f->store, s.adams, "");

  /* Jones's report goes to the LA: only the LA's decision is left. */
  {
    g_autoptr (GPtrArray) plans = sendco_store_list_ehc_plans (f->store, s.jones, &error);
    g_autoptr (GPtrArray) reviews = NULL;
    SendcoAnnualReview *a;

    g_assert_no_error (error);
    reviews = sendco_store_list_annual_reviews (f->store, ((SendcoEhcPlan *) plans->pdata[0])->id, &error);
    g_assert_no_error (error);
    a = reviews->pdata[0];
    sendco_record_set (&a->report_sent_on, "2026-11-20");
    g_assert_true (sendco_store_save_annual_review (f->store, a, &error));
    g_assert_no_error (error);
  }
  assert_deadlines (f->store, s.jones,
                    "annual-review la-decision 2026-12-08 la later\n"
                    "annual-review review-due 2027-11-10 school later\n");

  /* Patel's parents come in: nothing more due this term. */
  add_meeting (f->store, s.patel, "2026-11-20");
  assert_deadlines (f->store, s.patel, "");

  /* Green's plan is reviewed today: the next is due in a year. */
  {
    g_autoptr (GPtrArray) plans = sendco_store_list_ehc_plans (f->store, s.green, &error);
    const char *steps[8] = { "2026-10-01", "2026-11-06", "2026-11-06", "2026-11-22" };

    g_assert_no_error (error);
    save_review (f->store, ((SendcoEhcPlan *) plans->pdata[0])->id, "2026-11-22", steps, NULL);
  }
  /* report by 22 Nov + 14 = 6 Dec (14 days: soon); decision by + 28 =
   * 20 Dec; next review within 12 months: 22 Nov 2027 */
  assert_deadlines (f->store, s.green,
                    "annual-review report-to-la 2026-12-06 school soon\n"
                    "annual-review la-decision 2026-12-20 la later\n"
                    "annual-review review-due 2027-11-22 school later\n");

  /* A ceased plan is not reviewed. */
  {
    g_autoptr (GPtrArray) plans = sendco_store_list_ehc_plans (f->store, s.lewis, &error);
    SendcoEhcPlan *p;

    g_assert_no_error (error);
    p = plans->pdata[0];
    sendco_record_set (&p->ceased_on, "2026-11-20");
    g_assert_true (sendco_store_save_ehc_plan (f->store, p, &error));
    g_assert_no_error (error);
  }
  assert_deadlines (f->store, s.lewis, "");
}

/* Overdue once the day has passed; soon up to 14 days ahead; then later. */
static void
test_urgency (void)
{
  static const struct
  {
    const char *date;
    int         days;
    SendcoUrgency urgency;
  } cases[] = {
    { "2025-11-22", -365, SENDCO_URGENCY_OVERDUE },
    { "2026-11-21", -1, SENDCO_URGENCY_OVERDUE },
    { "2026-11-22", 0, SENDCO_URGENCY_SOON },
    { "2026-11-23", 1, SENDCO_URGENCY_SOON },
    { "2026-12-06", 14, SENDCO_URGENCY_SOON },
    { "2026-12-07", 15, SENDCO_URGENCY_LATER },
    { "2027-11-22", 365, SENDCO_URGENCY_LATER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SendcoDeadlineItem) item =
        sendco_deadline_item_new (1, "Adams, Sam", SENDCO_DEADLINE_SUPPORT_PLAN, "plan-review",
                                  cases[i].date, SENDCO_OWNER_SCHOOL, "Review", "Rule");

      g_assert_cmpint (sendco_deadline_item_days_from (item, TODAY), ==, cases[i].days);
      g_assert_cmpint (sendco_deadline_item_get_urgency (item, TODAY), ==, cases[i].urgency);
    }

  for (SendcoDeadlineKind kind = 0; kind < SENDCO_N_DEADLINE_KINDS; kind++)
    {
      g_assert_cmpstr (sendco_deadline_kind_name (kind), !=, "");
      g_assert_cmpstr (sendco_deadline_kind_key (kind), !=, "");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/deadlines/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("requests", test_requests);
  ADD ("annual-reviews", test_annual_reviews);
  ADD ("transfers", test_transfers);
  ADD ("support-plans-and-meetings", test_support_plans_and_meetings);
  ADD ("whole-school", test_whole_school);
  ADD ("steps-done", test_steps_done);
  g_test_add_func ("/model/deadlines/urgency", test_urgency);

  return g_test_run ();
}
