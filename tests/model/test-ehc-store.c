/* SPDX-License-Identifier: GPL-3.0-or-later */
/* EHC records in the store: needs assessment requests, EHC plans and their
 * annual reviews, each step with the date it happened. What the store
 * refuses, with words a SENDCO understands, and what it keeps. Today is
 * 22 November 2026 (SENDCO_TODAY in the test environment). */
#include "config.h"

#include "records-test-util.h"

/* Requests */

static SendcoEhcRequest *
request_new (gint64 pupil)
{
  SendcoEhcRequest *r = sendco_ehc_request_new ();

  r->pupil_id = pupil;
  sendco_record_set (&r->received_on, "2026-05-04");
  sendco_record_set (&r->decision_on, "2026-06-12");
  sendco_record_set (&r->decision, "assess");
  sendco_record_set (&r->advice_on, "2026-07-20");
  sendco_record_set (&r->draft_sent_on, "2026-09-07");
  return r;
}

typedef struct
{
  const char *what;
  goffset     field;
  const char *value;
  const char *words;   /* NULL: accepted */
} RequestCase;

#define R(field) G_STRUCT_OFFSET (SendcoEhcRequest, field)

static const RequestCase request_cases[] = {
  /* the decision and its date go together */
  { "decision without its date", R (decision_on), "", "both the LA’s decision" },
  { "date without a decision", R (decision), "", "both the LA’s decision" },
  { "unknown decision", R (decision), "maybe", "not one Sendco knows" },
  { "unknown exception", R (exception), "holiday", "not one Sendco knows" },
  /* a final plan and "no plan" exclude each other */
  { "final plan and notice of no plan", R (not_issuing_on), "2026-11-20", "not both" },
  /* dates in order, none in the future */
  { "decision before received", R (decision_on), "2026-05-03", "cannot be before" },
  { "advice before received", R (advice_on), "2026-04-30", "cannot be before" },
  { "draft before received", R (draft_sent_on), "2026-01-10", "cannot be before" },
  { "received tomorrow (nothing else yet)", R (received_on), "2026-11-23", "future" },
  { "draft tomorrow", R (draft_sent_on), "2026-11-23", "future" },
  { "received not a date", R (received_on), "2026-02-29", "not a real date" },
  { "received blank", R (received_on), "", "not a real date" },
  { "draft not a date", R (draft_sent_on), "07/09/2026", "not a real date" },
  /* accepted */
  { "all as it is", 0, NULL, NULL },
  { "received on the day of the decision", R (received_on), "2026-06-12", NULL },
  { "received today (nothing else yet)", R (received_on), "2026-11-22", NULL },
  { "exception recorded", R (exception), "setting-closed", NULL },
};

static void
set_field (SendcoEhcRequest *r, const RequestCase *c)
{
  /* a request just received: no steps yet */
  if (strstr (c->what, "nothing else yet"))
    {
      sendco_record_set (&r->decision_on, "");
      sendco_record_set (&r->decision, "");
      sendco_record_set (&r->advice_on, "");
      sendco_record_set (&r->draft_sent_on, "");
    }
  if (c->value)
    sendco_record_set (&G_STRUCT_MEMBER (char *, r, c->field), c->value);
  /* the final-plan case needs a final plan to clash with */
  if (c->field == R (not_issuing_on))
    sendco_record_set (&r->final_plan_on, "2026-09-21");
}

static void
test_request_validation (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");

  for (guint i = 0; i < G_N_ELEMENTS (request_cases); i++)
    {
      const RequestCase *c = &request_cases[i];
      g_autoptr (SendcoEhcRequest) r = request_new (pupil);
      g_autoptr (GError) error = NULL;
      gint64 before = count_rows (f->store, "ehc_request");

      g_test_message ("%s", c->what);
      set_field (r, c);
      if (c->words == NULL)
        {
          g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
          g_assert_no_error (error);
          g_assert_cmpint (r->id, >, 0);
          g_assert_cmpint (count_rows (f->store, "ehc_request"), ==, before + 1);
        }
      else
        {
          g_assert_false (sendco_store_save_ehc_request (f->store, r, &error));
          assert_invalid (error, c->words);
          g_assert_cmpint (r->id, ==, 0);
          g_assert_cmpint (count_rows (f->store, "ehc_request"), ==, before);
        }
    }
}

/* When the LA decides not to assess there is nothing after it to record. */
static void
test_request_not_assess (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  static const goffset after[] = { R (advice_on), R (draft_sent_on), R (final_plan_on) };

  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      g_autoptr (SendcoEhcRequest) r = request_new (pupil);
      g_autoptr (GError) error = NULL;

      sendco_record_set (&r->decision, "not-assess");
      sendco_record_set (&r->advice_on, "");
      sendco_record_set (&r->draft_sent_on, "");
      sendco_record_set (&G_STRUCT_MEMBER (char *, r, after[i]), "2026-09-07");
      g_assert_false (sendco_store_save_ehc_request (f->store, r, &error));
      assert_invalid (error, "decided not to assess");
    }
  g_assert_cmpint (count_rows (f->store, "ehc_request"), ==, 0);

  {
    g_autoptr (SendcoEhcRequest) r = request_new (pupil);
    g_autoptr (GError) error = NULL;

    sendco_record_set (&r->decision, "not-assess");
    sendco_record_set (&r->advice_on, "");
    sendco_record_set (&r->draft_sent_on, "");
    g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
    g_assert_no_error (error);
  }
}

static void
assert_request_equal (const SendcoEhcRequest *a, const SendcoEhcRequest *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->pupil_id, ==, b->pupil_id);
  g_assert_cmpstr (a->received_on, ==, b->received_on);
  g_assert_cmpstr (a->decision_on, ==, b->decision_on);
  g_assert_cmpstr (a->decision, ==, b->decision);
  g_assert_cmpstr (a->advice_on, ==, b->advice_on);
  g_assert_cmpstr (a->draft_sent_on, ==, b->draft_sent_on);
  g_assert_cmpstr (a->final_plan_on, ==, b->final_plan_on);
  g_assert_cmpstr (a->not_issuing_on, ==, b->not_issuing_on);
  g_assert_cmpstr (a->exception, ==, b->exception);
  g_assert_cmpstr (a->exception_note, ==, b->exception_note);
}

static void
test_request_round_trip (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  gint64 other = add_pupil (f->store, 2, "Singh", "K", "ASD");
  g_autoptr (SendcoEhcRequest) r = request_new (pupil);
  g_autoptr (SendcoEhcRequest) older = request_new (pupil);
  g_autoptr (SendcoEhcRequest) theirs = request_new (other);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GError) error = NULL;

  sendco_record_set (&r->exception, "exceptional-circumstances");
  sendco_record_set (&r->exception_note, "Family bereavement in July; the LA agreed the delay");
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);

  /* An earlier request, turned down, and a newer one for another pupil */
  sendco_record_set (&older->received_on, "2025-01-13");
  sendco_record_set (&older->decision_on, "2025-02-21");
  sendco_record_set (&older->decision, "not-assess");
  sendco_record_set (&older->advice_on, "");
  sendco_record_set (&older->draft_sent_on, "");
  g_assert_true (sendco_store_save_ehc_request (f->store, older, &error));
  g_assert_no_error (error);
  sendco_record_set (&theirs->received_on, "2026-10-05");
  sendco_record_set (&theirs->decision_on, "");
  sendco_record_set (&theirs->decision, "");
  sendco_record_set (&theirs->advice_on, "");
  sendco_record_set (&theirs->draft_sent_on, "");
  g_assert_true (sendco_store_save_ehc_request (f->store, theirs, &error));
  g_assert_no_error (error);

  /* Blank steps are stored as NULL, not "" */
  g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM ehc_request WHERE id = %" G_GINT64_FORMAT
                             " AND decision IS NULL AND decision_on IS NULL AND final_plan_on IS NULL"
                             " AND exception IS NULL", theirs->id), ==, 1);

  list = sendco_store_list_ehc_requests (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  assert_request_equal (list->pdata[0], r);
  assert_request_equal (list->pdata[1], older);
  all = sendco_store_list_ehc_requests (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  assert_request_equal (all->pdata[0], theirs);
  assert_request_equal (all->pdata[1], r);
  assert_request_equal (all->pdata[2], older);

  /* Steps recorded as they happen: the final plan. */
  sendco_record_set (&r->final_plan_on, "2026-10-02");
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sendco_store_list_ehc_requests (f->store, pupil, &error);
  g_assert_no_error (error);
  assert_request_equal (list->pdata[0], r);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_request", r->id, "insert"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_request", r->id, "update"), ==, 1);
  {
    g_autofree char *after = sql_textf (f->store, "SELECT json_extract (after, '$.final_plan_on') FROM audit"
                                        " WHERE tbl = 'ehc_request' AND action = 'update'"
                                        " AND row_id = %" G_GINT64_FORMAT, r->id);

    g_assert_cmpstr (after, ==, "2026-10-02");
  }

  /* Unchanged: nothing written */
  g_assert_true (sendco_store_save_ehc_request (f->store, r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_request", r->id, "update"), ==, 1);

  /* Gone, or someone else's */
  {
    g_autoptr (SendcoEhcRequest) missing = sendco_ehc_request_copy (r);

    missing->id = 9999;
    g_assert_false (sendco_store_save_ehc_request (f->store, missing, &error));
    g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    missing->id = r->id;
    missing->pupil_id = other;
    sendco_record_set (&missing->exception_note, "moved");
    g_assert_false (sendco_store_save_ehc_request (f->store, missing, &error));
    g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
}

/* Plans */

static SendcoEhcPlan *
ehc_plan_new (gint64 pupil, const char *issued_on)
{
  SendcoEhcPlan *p = sendco_ehc_plan_new ();

  p->pupil_id = pupil;
  sendco_record_set (&p->local_authority, "Kent");
  sendco_record_set (&p->caseworker, "Priya Shah");
  sendco_record_set (&p->issued_on, issued_on);
  return p;
}

static void
save_ehc_plan (SendcoStore *store, SendcoEhcPlan *p)
{
  GError *error = NULL;

  g_assert_true (sendco_store_save_ehc_plan (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p->id, >, 0);
}

static void
test_plan_one_current (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "E", "ASD");
  g_autoptr (SendcoEhcPlan) first = ehc_plan_new (pupil, "2021-03-15");
  g_autoptr (SendcoEhcPlan) second = ehc_plan_new (pupil, "2026-10-30");
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GPtrArray) current = NULL;
  g_autoptr (GError) error = NULL;

  sendco_record_set (&first->last_review_on, "2026-03-10");
  save_ehc_plan (f->store, first);

  /* A second current plan, in plain words (not SQLite's) */
  g_assert_false (sendco_store_save_ehc_plan (f->store, second, &error));
  assert_invalid (error, "already has a current EHC plan");
  g_assert_null (strstr (error->message, "UNIQUE"));
  g_assert_null (strstr (error->message, "constraint"));
  g_clear_error (&error);
  g_assert_cmpint (second->id, ==, 0);
  g_assert_false (sendco_store_save_ehc_plan (f->store, second, NULL));
  g_assert_cmpint (count_rows (f->store, "ehc_plan"), ==, 1);

  /* A pupil not in the file: not "already has a plan" */
  {
    g_autoptr (SendcoEhcPlan) stray = ehc_plan_new (9999, "2026-10-30");

    g_assert_false (sendco_store_save_ehc_plan (f->store, stray, &error));
    g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT);
    g_assert_null (strstr (error->message, "already has"));
    g_clear_error (&error);
  }

  /* Cease the first (moved LA, say), then the new one is current. */
  sendco_record_set (&first->ceased_on, "2026-10-29");
  save_ehc_plan (f->store, first);
  sendco_record_set (&second->local_authority, "Medway");
  save_ehc_plan (f->store, second);

  plans = sendco_store_list_ehc_plans (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpint (((SendcoEhcPlan *) plans->pdata[0])->id, ==, second->id);
  g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[0])->ceased_on, ==, "");
  g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[0])->local_authority, ==, "Medway");
  g_assert_cmpint (((SendcoEhcPlan *) plans->pdata[1])->id, ==, first->id);
  g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[1])->ceased_on, ==, "2026-10-29");
  g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[1])->last_review_on, ==, "2026-03-10");
  g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[1])->caseworker, ==, "Priya Shah");

  /* The whole school: current plans only */
  current = sendco_store_list_ehc_plans (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (current->len, ==, 1);
  g_assert_cmpint (((SendcoEhcPlan *) current->pdata[0])->id, ==, second->id);

  /* Un-ceasing the old one would make two current: refused. */
  sendco_record_set (&first->ceased_on, "");
  g_assert_false (sendco_store_save_ehc_plan (f->store, first, &error));
  assert_invalid (error, "already has a current EHC plan");
  g_clear_error (&error);

  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_plan", first->id, "insert"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_plan", first->id, "update"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "ehc_plan", second->id, "insert"), ==, 1);
}

typedef struct
{
  const char *what;
  const char *issued, *last_review, *ceased, *transfer, *move;
  int         year;
  const char *words;
} PlanCase;

static const PlanCase plan_cases[] = {
  { "issued tomorrow", "2026-11-23", "", "", "", "", 0, "future" },
  { "issued not a date", "2026-13-01", "", "", "", "", 0, "not a real date" },
  { "no issue date", "", "", "", "", "", 0, "not a real date" },
  { "last review before issue", "2024-05-01", "2024-04-30", "", "", "", 0, "before the plan was issued" },
  { "last review in the future", "2024-05-01", "2026-12-01", "", "", "", 0, "future" },
  { "ceased before issue", "2024-05-01", "", "2024-04-01", "", "", 0, "cease before" },
  { "ceased in the future", "2024-05-01", "", "2027-07-20", "", "", 0, "future" },
  { "phase transfer with no year", "2024-05-01", "", "", "phase", "", 0, "year of the transfer" },
  { "post-16 transfer, year 1999", "2024-05-01", "", "", "post16", "", 1999, "year of the transfer" },
  { "post-16 move with no date", "2024-05-01", "", "", "post16-move", "", 0, "post-16 settings" },
  { "post-16 move, impossible date", "2024-05-01", "", "", "post16-move", "2027-02-29", 0, "not a real date" },
  { "unknown transfer", "2024-05-01", "", "", "to-college", "", 2027, "not one Sendco knows" },
  /* accepted */
  { "phase transfer in 2027", "2024-05-01", "2025-11-20", "", "phase", "", 2027, NULL },
  { "post-16 transfer in 2027", "2024-05-01", "", "", "post16", "", 2027, NULL },
  { "post-16 move next September (a future date is fine)", "2024-05-01", "", "", "post16-move",
    "2027-09-01", 0, NULL },
  { "issued today", "2026-11-22", "2026-11-22", "", "", "", 0, NULL },
};

static void
test_plan_validation (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_cases); i++)
    {
      const PlanCase *c = &plan_cases[i];
      gint64 pupil = add_pupil (f->store, 1 + i, "Hughes", "E", "ASD");
      g_autoptr (SendcoEhcPlan) p = ehc_plan_new (pupil, c->issued);
      g_autoptr (GError) error = NULL;

      g_test_message ("%s", c->what);
      sendco_record_set (&p->last_review_on, c->last_review);
      sendco_record_set (&p->ceased_on, c->ceased);
      sendco_record_set (&p->transfer, c->transfer);
      sendco_record_set (&p->post16_move_on, c->move);
      p->transfer_year = c->year;
      if (c->words)
        {
          g_assert_false (sendco_store_save_ehc_plan (f->store, p, &error));
          assert_invalid (error, c->words);
          g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM ehc_plan WHERE pupil_id = %"
                                     G_GINT64_FORMAT, pupil), ==, 0);
        }
      else
        {
          g_autoptr (GPtrArray) plans = NULL;
          SendcoEhcPlan *stored;

          save_ehc_plan (f->store, p);
          plans = sendco_store_list_ehc_plans (f->store, pupil, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (plans->len, ==, 1);
          stored = plans->pdata[0];
          g_assert_cmpstr (stored->issued_on, ==, c->issued);
          g_assert_cmpstr (stored->last_review_on, ==, c->last_review);
          g_assert_cmpstr (stored->transfer, ==, c->transfer);
          /* a year only for phase and post-16 transfers; a date only for a move */
          g_assert_cmpint (stored->transfer_year, ==, c->year);
          g_assert_cmpstr (stored->post16_move_on, ==, c->move);
        }
    }

  /* A year or date that does not belong to the transfer is not kept. */
  {
    gint64 pupil = add_pupil (f->store, 90, "Okafor", "E", "SLD");
    g_autoptr (SendcoEhcPlan) p = ehc_plan_new (pupil, "2024-05-01");
    g_autoptr (GPtrArray) plans = NULL;
    g_autoptr (GError) error = NULL;

    sendco_record_set (&p->transfer, "post16-move");
    sendco_record_set (&p->post16_move_on, "2027-09-01");
    p->transfer_year = 2027;
    save_ehc_plan (f->store, p);
    sendco_record_set (&p->transfer, "phase");
    save_ehc_plan (f->store, p);
    plans = sendco_store_list_ehc_plans (f->store, pupil, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[0])->transfer, ==, "phase");
    g_assert_cmpint (((SendcoEhcPlan *) plans->pdata[0])->transfer_year, ==, 2027);
    g_assert_cmpstr (((SendcoEhcPlan *) plans->pdata[0])->post16_move_on, ==, "");
  }
}

/* Annual reviews */

static SendcoAnnualReview *
review_new (gint64 plan)
{
  SendcoAnnualReview *a = sendco_annual_review_new ();

  a->plan_id = plan;
  sendco_record_set (&a->meeting_on, "2026-10-14");
  sendco_record_set (&a->views_gathered_on, "2026-08-26");
  sendco_record_set (&a->invitations_sent_on, "2026-09-28");
  sendco_record_set (&a->papers_circulated_on, "2026-09-30");
  sendco_record_set (&a->meeting_held_on, "2026-10-14");
  sendco_record_set (&a->report_sent_on, "2026-10-23");
  sendco_record_set (&a->la_decision_on, "2026-11-06");
  sendco_record_set (&a->la_decision, "amend");
  sendco_record_set (&a->amendment_notice_on, "2026-11-06");
  return a;
}

typedef struct
{
  const char *what;
  goffset     field;
  const char *value;
  const char *words;
} ReviewCase;

#define A(field) G_STRUCT_OFFSET (SendcoAnnualReview, field)

static const ReviewCase review_cases[] = {
  /* the steps after the meeting need the date it was held */
  { "report with no meeting held", A (meeting_held_on), "", "before the steps that follow it" },
  /* the LA's decision and its date go together */
  { "decision without a date", A (la_decision_on), "", "both the LA’s decision" },
  { "date without a decision", A (la_decision), "", "both the LA’s decision" },
  { "unknown decision", A (la_decision), "scrap", "not one Sendco knows" },
  /* after the meeting, in order, not in the future */
  { "report before the meeting", A (report_sent_on), "2026-10-13", "cannot be before" },
  { "decision before the meeting", A (la_decision_on), "2026-10-01", "cannot be before" },
  { "decision tomorrow", A (la_decision_on), "2026-11-23", "future" },
  { "held tomorrow", A (meeting_held_on), "2026-11-23", "future" },
  { "views gathered tomorrow", A (views_gathered_on), "2026-11-23", "future" },
  { "amended plan before the notice", A (amended_plan_on), "2026-11-05", "cannot be issued before" },
  { "meeting not a date", A (meeting_on), "2026-09-31", "not a real date" },
  /* accepted */
  { "as it is", 0, NULL, NULL },
  { "amended plan after the notice", A (amended_plan_on), "2026-11-20", NULL },
  { "meeting held later than planned", A (meeting_held_on), "2026-10-16", NULL },
};

static void
test_review_validation (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "E", "ASD");
  g_autoptr (SendcoEhcPlan) p = ehc_plan_new (pupil, "2021-03-15");

  save_ehc_plan (f->store, p);
  for (guint i = 0; i < G_N_ELEMENTS (review_cases); i++)
    {
      const ReviewCase *c = &review_cases[i];
      g_autoptr (SendcoAnnualReview) a = review_new (p->id);
      g_autoptr (GError) error = NULL;
      gint64 before = count_rows (f->store, "annual_review");

      g_test_message ("%s", c->what);
      if (c->value)
        sendco_record_set (&G_STRUCT_MEMBER (char *, a, c->field), c->value);
      if (c->field == A (meeting_held_on) && c->words)
        {
          /* only the report: the decision is checked by its own case */
          sendco_record_set (&a->la_decision_on, "");
          sendco_record_set (&a->la_decision, "");
          sendco_record_set (&a->amendment_notice_on, "");
        }
      if (c->words)
        {
          g_assert_false (sendco_store_save_annual_review (f->store, a, &error));
          assert_invalid (error, c->words);
          g_assert_cmpint (count_rows (f->store, "annual_review"), ==, before);
        }
      else
        {
          g_assert_true (sendco_store_save_annual_review (f->store, a, &error));
          g_assert_no_error (error);
          g_assert_cmpint (count_rows (f->store, "annual_review"), ==, before + 1);
        }
    }
}

/* Each step that follows the meeting needs the meeting held first. */
static void
test_review_steps_need_meeting (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "E", "ASD");
  g_autoptr (SendcoEhcPlan) p = ehc_plan_new (pupil, "2021-03-15");
  static const goffset after[] = { A (report_sent_on), A (la_decision_on), A (amendment_notice_on),
                                   A (amended_plan_on) };

  save_ehc_plan (f->store, p);
  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      g_autoptr (SendcoAnnualReview) a = sendco_annual_review_new ();
      g_autoptr (GError) error = NULL;

      a->plan_id = p->id;
      sendco_record_set (&a->meeting_on, "2026-10-14");
      sendco_record_set (&G_STRUCT_MEMBER (char *, a, after[i]), "2026-11-06");
      if (after[i] == A (la_decision_on))
        sendco_record_set (&a->la_decision, "maintain");
      if (after[i] == A (amended_plan_on))
        sendco_record_set (&a->amendment_notice_on, "2026-11-01");
      g_assert_false (sendco_store_save_annual_review (f->store, a, &error));
      assert_invalid (error, "before the steps that follow it");
    }

  /* The amended plan needs the notice of proposed amendments. */
  {
    g_autoptr (SendcoAnnualReview) a = review_new (p->id);
    g_autoptr (GError) error = NULL;

    sendco_record_set (&a->amendment_notice_on, "");
    sendco_record_set (&a->amended_plan_on, "2026-11-20");
    g_assert_false (sendco_store_save_annual_review (f->store, a, &error));
    assert_invalid (error, "notice of proposed amendments before the amended plan");
  }
  g_assert_cmpint (count_rows (f->store, "annual_review"), ==, 0);
}

static void
test_review_round_trip (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil_full (f->store, 1, "Hughes", "Björn", "E", "ASD", "2021-03-15", "2026-06-01");
  g_autoptr (SendcoEhcPlan) p = ehc_plan_new (pupil, "2021-03-15");
  g_autoptr (SendcoAnnualReview) last_year = review_new (0);
  g_autoptr (SendcoAnnualReview) planned = sendco_annual_review_new ();
  g_autoptr (SendcoPupil) before = NULL;
  g_autoptr (SendcoPupil) after = NULL;
  g_autoptr (GPtrArray) reviews = NULL;
  g_autoptr (GError) error = NULL;

  save_ehc_plan (f->store, p);

  /* A review planned for next month, nothing done yet */
  planned->plan_id = p->id;
  sendco_record_set (&planned->meeting_on, "2026-12-09");
  g_assert_true (sendco_store_save_annual_review (f->store, planned, &error));
  g_assert_no_error (error);
  g_assert_cmpint (planned->id, >, 0);
  before = get_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (before, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-06-01");

  /* Last year's, every step done */
  last_year->plan_id = p->id;
  sendco_record_set (&last_year->meeting_on, "2025-12-03");
  sendco_record_set (&last_year->views_gathered_on, "2025-10-08");
  sendco_record_set (&last_year->invitations_sent_on, "2025-11-17");
  sendco_record_set (&last_year->papers_circulated_on, "2025-11-19");
  sendco_record_set (&last_year->meeting_held_on, "2025-12-03");
  sendco_record_set (&last_year->report_sent_on, "2025-12-12");
  sendco_record_set (&last_year->la_decision_on, "2026-01-09");
  sendco_record_set (&last_year->la_decision, "amend");
  sendco_record_set (&last_year->amendment_notice_on, "2026-01-09");
  sendco_record_set (&last_year->amended_plan_on, "2026-02-27");
  g_assert_true (sendco_store_save_annual_review (f->store, last_year, &error));
  g_assert_no_error (error);

  reviews = sendco_store_list_annual_reviews (f->store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 2);
  {
    SendcoAnnualReview *a = reviews->pdata[0], *b = reviews->pdata[1];

    g_assert_cmpint (a->id, ==, planned->id);
    g_assert_cmpstr (a->meeting_on, ==, "2026-12-09");
    g_assert_cmpstr (a->views_gathered_on, ==, "");
    g_assert_cmpstr (a->meeting_held_on, ==, "");
    g_assert_cmpstr (a->la_decision, ==, "");
    g_assert_cmpint (b->id, ==, last_year->id);
    g_assert_cmpint (b->plan_id, ==, p->id);
    g_assert_cmpstr (b->meeting_on, ==, "2025-12-03");
    g_assert_cmpstr (b->views_gathered_on, ==, "2025-10-08");
    g_assert_cmpstr (b->invitations_sent_on, ==, "2025-11-17");
    g_assert_cmpstr (b->papers_circulated_on, ==, "2025-11-19");
    g_assert_cmpstr (b->meeting_held_on, ==, "2025-12-03");
    g_assert_cmpstr (b->report_sent_on, ==, "2025-12-12");
    g_assert_cmpstr (b->la_decision_on, ==, "2026-01-09");
    g_assert_cmpstr (b->la_decision, ==, "amend");
    g_assert_cmpstr (b->amendment_notice_on, ==, "2026-01-09");
    g_assert_cmpstr (b->amended_plan_on, ==, "2026-02-27");
  }

  /* Steps done since: views gathered, then the meeting brought forward and
   * held on 20 November. The register's "last reviewed" follows it. */
  sendco_record_set (&planned->views_gathered_on, "2026-10-12");
  sendco_record_set (&planned->invitations_sent_on, "2026-11-02");
  sendco_record_set (&planned->papers_circulated_on, "2026-11-04");
  sendco_record_set (&planned->meeting_held_on, "2026-11-20");
  g_assert_true (sendco_store_save_annual_review (f->store, planned, &error));
  g_assert_no_error (error);
  after = get_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (after, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-20");
  g_assert_cmpuint (sendco_store_count_audit (f->store, "annual_review", planned->id, "insert"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "annual_review", planned->id, "update"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "annual_review", last_year->id, "insert"), ==, 1);

  /* Saved unchanged: no new audit row */
  g_assert_true (sendco_store_save_annual_review (f->store, planned, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "annual_review", planned->id, "update"), ==, 1);

  /* A review that is not there */
  planned->id = 9999;
  g_assert_false (sendco_store_save_annual_review (f->store, planned, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/ehc/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("request-validation", test_request_validation);
  ADD ("request-not-assess", test_request_not_assess);
  ADD ("request-round-trip", test_request_round_trip);
  ADD ("plan-one-current", test_plan_one_current);
  ADD ("plan-validation", test_plan_validation);
  ADD ("review-validation", test_review_validation);
  ADD ("review-steps-need-meeting", test_review_steps_need_meeting);
  ADD ("review-round-trip", test_review_round_trip);

  return g_test_run ();
}
