/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The graduated approach in the store: support plans and their outcomes,
 * the review that closes a cycle and starts the next, parent meetings, the
 * pupil passport, the audit trail of each, and a file from before any of it
 * existed (schema version 1) upgraded with its pupils intact. Today is
 * 22 November 2026 (SENDCO_TODAY in the test environment). */
#include "config.h"

#include "records-test-util.h"
#include "sendco-store-deadlines.h"

/* Helpers */

static SendcoOutcome *
outcome_new (const char *area, const char *text, const char *success)
{
  SendcoOutcome *outcome = sendco_outcome_new ();

  sendco_record_set (&outcome->area, area);
  sendco_record_set (&outcome->outcome, text);
  sendco_record_set (&outcome->success, success);
  sendco_record_set (&outcome->strategies, "Pre-teach key words; visual prompts on the desk");
  sendco_record_set (&outcome->provision, "Precision teaching, 3 × 10 minutes a week with the TA");
  return outcome;
}

/* Cycle 1 for @pupil: three outcomes in two areas. */
static SendcoSupportPlan *
three_outcome_plan (gint64 pupil, const char *start, const char *review)
{
  SendcoSupportPlan *plan = sendco_support_plan_new ();

  plan->pupil_id = pupil;
  sendco_record_set (&plan->start_date, start);
  sendco_record_set (&plan->review_date, review);
  g_ptr_array_add (plan->outcomes,
                   outcome_new ("cognition", "Read and spell the first 100 high-frequency words",
                                "Reads 100 words on flash cards in under 2 minutes"));
  g_ptr_array_add (plan->outcomes,
                   outcome_new ("communication",
                                "Use a visual timetable to move between activities with one prompt",
                                "Moves to the next activity with one prompt on 4 days out of 5"));
  g_ptr_array_add (plan->outcomes,
                   outcome_new ("semh", "Name three strategies to calm down and use one when upset",
                                "Uses the calm corner or breathing on their own, seen by staff"));
  return plan;
}

static void
save_plan (SendcoStore *store, SendcoSupportPlan *plan)
{
  GError *error = NULL;

  g_assert_true (sendco_store_save_support_plan (store, plan, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_plans (SendcoStore *store, gint64 pupil)
{
  GError *error = NULL;
  GPtrArray *plans = sendco_store_list_support_plans (store, pupil, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plans);
  return plans;
}

static SendcoOutcome *
outcome_at (SendcoSupportPlan *plan, guint i)
{
  g_assert_cmpuint (i, <, plan->outcomes->len);
  return g_ptr_array_index (plan->outcomes, i);
}

static SendcoPlanReview *
review_new (const char *held_on)
{
  SendcoPlanReview *review = sendco_plan_review_new ();

  sendco_record_set (&review->held_on, held_on);
  sendco_record_set (&review->attendees, "SENDCO, class teacher, parent, TA");
  sendco_record_set (&review->pupil_views, "I like reading with Mrs Patel. Spelling is still tricky.");
  sendco_record_set (&review->parent_views, "Reading at home every night now; still upset at bedtime.");
  sendco_record_set (&review->next_steps, "Keep precision teaching; add a worry box in class.");
  return review;
}

static void
set_progress (SendcoSupportPlan *plan, const char *a, const char *b, const char *c)
{
  const char *progress[] = { a, b, c };

  for (guint i = 0; i < 3; i++)
    {
      sendco_record_set (&outcome_at (plan, i)->progress, progress[i]);
      sendco_record_set (&outcome_at (plan, i)->progress_note, i == 0 ? "Reads all 100 words" : "");
    }
}

/* Creating and editing a plan */

static void
test_plan_create_edit (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  g_autoptr (SendcoSupportPlan) plan = three_outcome_plan (pupil, "2026-09-07", "2026-12-04");
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GPtrArray) again = NULL;
  SendcoSupportPlan *stored;
  gint64 ids[3], removed, added;
  guint updates;

  save_plan (f->store, plan);
  g_assert_cmpint (plan->id, >, 0);
  g_assert_false (plan->reviewed);
  for (guint i = 0; i < 3; i++)
    {
      ids[i] = outcome_at (plan, i)->id;
      g_assert_cmpint (ids[i], >, 0);
      for (guint j = 0; j < i; j++)
        g_assert_cmpint (ids[i], !=, ids[j]);
    }

  plans = list_plans (f->store, pupil);
  g_assert_cmpuint (plans->len, ==, 1);
  stored = g_ptr_array_index (plans, 0);
  g_assert_cmpint (stored->id, ==, plan->id);
  g_assert_cmpint (stored->pupil_id, ==, pupil);
  g_assert_cmpint (stored->cycle, ==, 1);
  g_assert_cmpstr (stored->start_date, ==, "2026-09-07");
  g_assert_cmpstr (stored->review_date, ==, "2026-12-04");
  g_assert_false (stored->reviewed);
  g_assert_cmpuint (stored->outcomes->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      SendcoOutcome *a = outcome_at (stored, i), *b = outcome_at (plan, i);

      g_assert_cmpint (a->id, ==, ids[i]);
      g_assert_cmpstr (a->area, ==, b->area);
      g_assert_cmpstr (a->outcome, ==, b->outcome);
      g_assert_cmpstr (a->success, ==, b->success);
      g_assert_cmpstr (a->strategies, ==, b->strategies);
      g_assert_cmpstr (a->provision, ==, b->provision);
      g_assert_cmpint (a->carried_from, ==, 0);
      g_assert_cmpstr (a->progress, ==, "");
    }
  g_assert_cmpuint (sendco_store_count_audit (f->store, "support_plan", plan->id, "insert"), ==, 1);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", ids[i], "insert"), ==, 1);

  /* Saving it unchanged writes nothing to the trail. */
  save_plan (f->store, plan);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "support_plan", plan->id, "update"), ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", ids[i], "update"), ==, 0);

  /* Edit: reword the first, take out the second, add a fourth, move the
   * review date. */
  sendco_record_set (&outcome_at (plan, 0)->outcome, "Read and spell the first 200 high-frequency words");
  removed = ids[1];
  g_ptr_array_remove_index (plan->outcomes, 1);
  g_ptr_array_add (plan->outcomes, outcome_new ("sensory", "Use a sloped board and pencil grip for written work",
                                                "Writes a paragraph without stopping to rest"));
  sendco_record_set (&plan->review_date, "2026-12-11");
  save_plan (f->store, plan);
  added = outcome_at (plan, 2)->id;
  g_assert_cmpint (added, >, ids[2]);
  g_assert_cmpint (outcome_at (plan, 0)->id, ==, ids[0]);
  g_assert_cmpint (outcome_at (plan, 1)->id, ==, ids[2]);

  again = list_plans (f->store, pupil);
  g_assert_cmpuint (again->len, ==, 1);
  stored = g_ptr_array_index (again, 0);
  g_assert_cmpstr (stored->review_date, ==, "2026-12-11");
  g_assert_cmpuint (stored->outcomes->len, ==, 3);
  g_assert_cmpint (outcome_at (stored, 0)->id, ==, ids[0]);
  g_assert_cmpstr (outcome_at (stored, 0)->outcome, ==, "Read and spell the first 200 high-frequency words");
  g_assert_cmpint (outcome_at (stored, 1)->id, ==, ids[2]);
  g_assert_cmpint (outcome_at (stored, 2)->id, ==, added);
  g_assert_cmpstr (outcome_at (stored, 2)->area, ==, "sensory");
  g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM plan_outcome WHERE id = %" G_GINT64_FORMAT,
                             removed), ==, 0);

  /* The trail: one update each for the plan and the reworded outcome, the
   * removed one's delete with what it said, the new one's insert. */
  g_assert_cmpuint (sendco_store_count_audit (f->store, "support_plan", plan->id, "update"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", ids[0], "update"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", ids[2], "update"), ==, 1); /* moved up */
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", removed, "delete"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", added, "insert"), ==, 1);
  {
    g_autofree char *before = sql_textf (f->store, "SELECT json_extract (before, '$.outcome') FROM audit"
                                         " WHERE tbl = 'plan_outcome' AND action = 'delete'"
                                         " AND row_id = %" G_GINT64_FORMAT, removed);
    g_autofree char *after = sql_textf (f->store, "SELECT json_extract (after, '$.review_date') FROM audit"
                                        " WHERE tbl = 'support_plan' AND action = 'update'"
                                        " AND row_id = %" G_GINT64_FORMAT, plan->id);

    g_assert_cmpstr (before, ==, "Use a visual timetable to move between activities with one prompt");
    g_assert_cmpstr (after, ==, "2026-12-11");
  }
  updates = sendco_store_count_audit (f->store, "plan_outcome", ids[0], NULL);
  save_plan (f->store, plan);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_outcome", ids[0], NULL), ==, updates);
}

static void
test_plan_refused (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  g_autoptr (SendcoSupportPlan) first = three_outcome_plan (pupil, "2026-09-07", "2026-12-04");
  gint64 plans_before, outcomes_before;
  static const struct
  {
    const char *what;
    const char *start, *review, *area, *outcome;
    const char *words;
  } cases[] = {
    { "review before start", "2026-11-10", "2026-11-09", "cognition", "Spell ten words", "on or after" },
    { "impossible start", "2026-02-29", "2026-12-01", "cognition", "Spell ten words", "2026-02-29" },
    { "no review date", "2026-11-10", "", "cognition", "Spell ten words", NULL },
    { "blank outcome", "2026-11-10", "2026-12-01", "cognition", "  \t ", "what the pupil will achieve" },
    { "empty outcome", "2026-11-10", "2026-12-01", "cognition", "", "what the pupil will achieve" },
    { "unknown area", "2026-11-10", "2026-12-01", "maths", "Spell ten words", "area of need" },
    { "no area", "2026-11-10", "2026-12-01", "", "Spell ten words", "area of need" },
  };

  save_plan (f->store, first);
  plans_before = count_rows (f->store, "support_plan");
  outcomes_before = count_rows (f->store, "plan_outcome");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SendcoSupportPlan) plan = sendco_support_plan_new ();
      g_autoptr (GError) error = NULL;
      gint64 other = add_pupil (f->store, 10 + i, "Other", "K", "MLD");

      g_test_message ("%s", cases[i].what);
      plan->pupil_id = other;
      sendco_record_set (&plan->start_date, cases[i].start);
      sendco_record_set (&plan->review_date, cases[i].review);
      g_ptr_array_add (plan->outcomes, outcome_new (cases[i].area, cases[i].outcome, ""));
      g_assert_false (sendco_store_save_support_plan (f->store, plan, &error));
      assert_invalid (error, cases[i].words);
      g_assert_cmpint (plan->id, ==, 0);
      g_assert_cmpint (count_rows (f->store, "support_plan"), ==, plans_before);
    }

  /* A second open plan for the same pupil, in plain words. */
  {
    g_autoptr (SendcoSupportPlan) second = three_outcome_plan (pupil, "2026-11-01", "2027-01-20");
    g_autoptr (GError) error = NULL;

    g_assert_false (sendco_store_save_support_plan (f->store, second, &error));
    assert_invalid (error, "already has an open support plan");
    g_assert_null (strstr (error->message, "UNIQUE"));
    g_assert_cmpint (second->id, ==, 0);
    for (guint i = 0; i < second->outcomes->len; i++)
      g_assert_cmpint (outcome_at (second, i)->id, ==, 0);

    /* and with no GError to fill */
    g_assert_false (sendco_store_save_support_plan (f->store, second, NULL));
  }
  g_assert_cmpint (count_rows (f->store, "support_plan"), ==, plans_before);
  g_assert_cmpint (count_rows (f->store, "plan_outcome"), ==, outcomes_before);

  /* A pupil who is not in the file is not "already has a plan". */
  {
    g_autoptr (SendcoSupportPlan) stray = three_outcome_plan (9999, "2026-11-01", "2027-01-20");
    g_autoptr (GError) error = NULL;

    g_assert_false (sendco_store_save_support_plan (f->store, stray, &error));
    g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT);
    g_assert_null (strstr (error->message, "already has"));
  }
  g_assert_cmpint (count_rows (f->store, "support_plan"), ==, plans_before);
  g_assert_cmpint (count_rows (f->store, "plan_outcome"), ==, outcomes_before);
}

/* Holding a review */

static void
test_plan_review (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil_full (f->store, 1, "Hughes", "Björn", "K", "SPLD", "2025-01-10", "2026-10-01");
  g_autoptr (SendcoSupportPlan) plan = three_outcome_plan (pupil, "2026-09-07", "2026-11-20");
  g_autoptr (SendcoPlanReview) review = review_new ("2026-11-18");
  g_autoptr (SendcoPlanReview) stored = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (SendcoPupil) before = NULL;
  g_autoptr (SendcoPupil) after = NULL;
  g_autoptr (SendcoPupil) listed = NULL;
  g_autoptr (GError) error = NULL;
  SendcoSupportPlan *next, *old;
  gint64 next_id = -1, ids[3];

  save_plan (f->store, plan);
  for (guint i = 0; i < 3; i++)
    ids[i] = outcome_at (plan, i)->id;
  before = get_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (before, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-10-01");

  /* Not reviewed yet */
  g_assert_null (sendco_store_get_plan_review (f->store, plan->id, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  set_progress (plan, "achieved", "partly", "not-yet");
  g_assert_true (sendco_store_hold_plan_review (f->store, plan, review, "2027-02-10", &next_id, &error));
  g_assert_no_error (error);
  g_assert_true (plan->reviewed);
  g_assert_cmpint (review->id, >, 0);
  g_assert_cmpint (review->plan_id, ==, plan->id);
  g_assert_cmpint (next_id, >, plan->id);

  /* The review as stored: held on the day it happened, typed now. */
  stored = sendco_store_get_plan_review (f->store, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->id, ==, review->id);
  g_assert_cmpstr (stored->held_on, ==, "2026-11-18");
  g_assert_cmpstr (stored->attendees, ==, "SENDCO, class teacher, parent, TA");
  g_assert_cmpstr (stored->pupil_views, ==, review->pupil_views);
  g_assert_cmpstr (stored->parent_views, ==, review->parent_views);
  g_assert_cmpstr (stored->next_steps, ==, review->next_steps);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", stored->recorded_at, 0, 0));
  g_assert_cmpstr (stored->recorded_at, !=, stored->held_on);

  /* Progress on each outcome */
  {
    g_autofree char *rows = NULL;
    sqlite3_stmt *stmt = NULL;
    GString *out = g_string_new (NULL);

    g_assert_cmpint (sqlite3_prepare_v2 (sendco_store_get_db (f->store),
                                         "SELECT outcome_id, progress, note FROM outcome_progress"
                                         " WHERE review_id = ?1 ORDER BY outcome_id", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, review->id);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (out, "%s/%s;", sqlite3_column_int64 (stmt, 0) == ids[0] ? "0"
                                             : sqlite3_column_int64 (stmt, 0) == ids[1] ? "1" : "2",
                              sqlite3_column_text (stmt, 1));
    sqlite3_finalize (stmt);
    rows = g_string_free (out, FALSE);
    g_assert_cmpstr (rows, ==, "0/achieved;1/partly;2/not-yet;");
  }

  /* Newest cycle first; the old one with its progress, the new one with the
   * outcomes not yet achieved, carried over. */
  plans = list_plans (f->store, pupil);
  g_assert_cmpuint (plans->len, ==, 2);
  next = g_ptr_array_index (plans, 0);
  old = g_ptr_array_index (plans, 1);
  g_assert_cmpint (next->id, ==, next_id);
  g_assert_cmpint (next->cycle, ==, 2);
  g_assert_false (next->reviewed);
  g_assert_cmpstr (next->start_date, ==, "2026-11-18");
  g_assert_cmpstr (next->review_date, ==, "2027-02-10");
  g_assert_cmpuint (next->outcomes->len, ==, 2);
  g_assert_cmpint (outcome_at (next, 0)->carried_from, ==, ids[1]);
  g_assert_cmpint (outcome_at (next, 1)->carried_from, ==, ids[2]);
  g_assert_cmpstr (outcome_at (next, 0)->outcome, ==, outcome_at (plan, 1)->outcome);
  g_assert_cmpstr (outcome_at (next, 1)->area, ==, "semh");
  g_assert_cmpstr (outcome_at (next, 1)->success, ==, outcome_at (plan, 2)->success);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (outcome_at (next, i)->id, >, ids[2]);
      g_assert_cmpstr (outcome_at (next, i)->progress, ==, "");
      g_assert_cmpstr (outcome_at (next, i)->progress_note, ==, "");
    }

  g_assert_cmpint (old->id, ==, plan->id);
  g_assert_cmpint (old->cycle, ==, 1);
  g_assert_true (old->reviewed);
  g_assert_cmpuint (old->outcomes->len, ==, 3);
  g_assert_cmpstr (outcome_at (old, 0)->progress, ==, "achieved");
  g_assert_cmpstr (outcome_at (old, 0)->progress_note, ==, "Reads all 100 words");
  g_assert_cmpstr (outcome_at (old, 1)->progress, ==, "partly");
  g_assert_cmpstr (outcome_at (old, 2)->progress, ==, "not-yet");

  /* The register's "last reviewed" is now the day the review was held. */
  after = get_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (after, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-18");
  listed = listed_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (listed, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-18");

  /* The trail */
  g_assert_cmpuint (sendco_store_count_audit (f->store, "plan_review", review->id, "insert"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "support_plan", plan->id, "update"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "support_plan", next_id, "insert"), ==, 1);
  g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM audit WHERE tbl = 'outcome_progress'"
                                       " AND action = 'insert' AND json_extract (after, '$.review_id') = %"
                                       G_GINT64_FORMAT, review->id), ==, 3);
  {
    g_autofree char *reviewed = sql_textf (f->store, "SELECT json_extract (after, '$.reviewed') FROM audit"
                                           " WHERE tbl = 'support_plan' AND action = 'update'"
                                           " AND row_id = %" G_GINT64_FORMAT, plan->id);

    g_assert_cmpstr (reviewed, ==, "1");
  }

  /* A review held before the recorded "last reviewed" does not move it back. */
  {
    g_autoptr (SendcoPupil) other = NULL;
    gint64 id = add_pupil_full (f->store, 2, "Singh", "Zoë", "K", "MLD", "2025-01-10", "2026-11-20");
    g_autoptr (SendcoSupportPlan) p = three_outcome_plan (id, "2026-09-01", "2026-11-01");
    g_autoptr (SendcoPlanReview) r = review_new ("2026-11-02");

    save_plan (f->store, p);
    set_progress (p, "achieved", "achieved", "achieved");
    g_assert_true (sendco_store_hold_plan_review (f->store, p, r, NULL, &next_id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (next_id, ==, 0);
    other = get_pupil (f->store, id);
    g_assert_cmpstr (sendco_pupil_get_text (other, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-20");
    /* No next review date: the graduated approach ends here. */
    g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM support_plan WHERE pupil_id = %"
                               G_GINT64_FORMAT, id), ==, 1);
  }
}

/* All achieved with a next date: the next cycle starts with no outcomes, to
 * be written. */
static void
test_plan_review_all_achieved (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  g_autoptr (SendcoSupportPlan) plan = three_outcome_plan (pupil, "2026-09-07", "2026-11-20");
  g_autoptr (SendcoPlanReview) review = review_new ("2026-11-22");
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GError) error = NULL;
  gint64 next_id = 0;

  save_plan (f->store, plan);
  set_progress (plan, "achieved", "achieved", "achieved");
  /* held today: allowed */
  g_assert_true (sendco_store_hold_plan_review (f->store, plan, review, "2027-03-01", &next_id, &error));
  g_assert_no_error (error);
  plans = list_plans (f->store, pupil);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpint (((SendcoSupportPlan *) plans->pdata[0])->id, ==, next_id);
  g_assert_cmpuint (((SendcoSupportPlan *) plans->pdata[0])->outcomes->len, ==, 0);
}

static void
test_plan_review_refused (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil_full (f->store, 1, "Hughes", "Björn", "K", "SPLD", "2025-01-10", "2026-10-01");
  g_autoptr (SendcoSupportPlan) plan = three_outcome_plan (pupil, "2026-09-07", "2026-11-20");
  g_autoptr (SendcoPupil) pupil_after = NULL;
  gint64 reviews_before, plans_before, progress_before;
  static const struct
  {
    const char *what;
    const char *held_on;
    const char *progress[3];
    const char *next;
    const char *words;
  } cases[] = {
    { "held tomorrow", "2026-11-23", { "achieved", "partly", "not-yet" }, "2027-02-10", "future" },
    { "held before the plan started", "2026-09-06", { "achieved", "partly", "not-yet" }, "2027-02-10",
      "before the plan started" },
    { "no held date", "", { "achieved", "partly", "not-yet" }, "2027-02-10", NULL },
    { "impossible held date", "2026-11-31", { "achieved", "partly", "not-yet" }, "2027-02-10", NULL },
    { "progress missing", "2026-11-18", { "achieved", "", "not-yet" }, "2027-02-10", "progress on every outcome" },
    { "progress unknown", "2026-11-18", { "achieved", "nearly", "not-yet" }, "2027-02-10",
      "progress on every outcome" },
    { "next review on the same day", "2026-11-18", { "achieved", "partly", "not-yet" }, "2026-11-18",
      "after this one" },
    { "next review impossible", "2026-11-18", { "achieved", "partly", "not-yet" }, "2027-02-30", NULL },
  };

  save_plan (f->store, plan);
  reviews_before = count_rows (f->store, "plan_review");
  plans_before = count_rows (f->store, "support_plan");
  progress_before = count_rows (f->store, "outcome_progress");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SendcoPlanReview) review = review_new (cases[i].held_on);
      g_autoptr (GError) error = NULL;
      gint64 next_id = -1;

      g_test_message ("%s", cases[i].what);
      set_progress (plan, cases[i].progress[0], cases[i].progress[1], cases[i].progress[2]);
      g_assert_false (sendco_store_hold_plan_review (f->store, plan, review, cases[i].next, &next_id, &error));
      assert_invalid (error, cases[i].words);
      g_assert_cmpint (next_id, ==, 0);
      g_assert_false (plan->reviewed);
      g_assert_cmpint (review->id, ==, 0);
    }

  /* An outcome saved in the plan but missing from what is reviewed */
  {
    g_autoptr (SendcoSupportPlan) partial = sendco_support_plan_copy (plan);
    g_autoptr (SendcoPlanReview) review = review_new ("2026-11-18");
    g_autoptr (GError) error = NULL;

    g_ptr_array_remove_index (partial->outcomes, 2);
    set_progress (plan, "achieved", "partly", "not-yet");
    sendco_record_set (&outcome_at (partial, 0)->progress, "achieved");
    sendco_record_set (&outcome_at (partial, 1)->progress, "partly");
    g_assert_false (sendco_store_hold_plan_review (f->store, partial, review, "2027-02-10", NULL, &error));
    assert_invalid (error, "progress on every outcome");
  }

  /* An outcome never saved */
  {
    g_autoptr (SendcoSupportPlan) unsaved = sendco_support_plan_copy (plan);
    g_autoptr (SendcoPlanReview) review = review_new ("2026-11-18");
    g_autoptr (GError) error = NULL;
    SendcoOutcome *extra = outcome_new ("semh", "Join a lunchtime club once a week", "");

    sendco_record_set (&extra->progress, "partly");
    g_ptr_array_add (unsaved->outcomes, extra);
    g_assert_false (sendco_store_hold_plan_review (f->store, unsaved, review, "2027-02-10", NULL, &error));
    assert_invalid (error, "Save the plan");
  }

  /* Nothing was written by any of them. */
  g_assert_cmpint (count_rows (f->store, "plan_review"), ==, reviews_before);
  g_assert_cmpint (count_rows (f->store, "support_plan"), ==, plans_before);
  g_assert_cmpint (count_rows (f->store, "outcome_progress"), ==, progress_before);
  g_assert_cmpint (sql_intf (f->store, "SELECT reviewed FROM support_plan WHERE id = %" G_GINT64_FORMAT,
                             plan->id), ==, 0);
  pupil_after = get_pupil (f->store, pupil);
  g_assert_cmpstr (sendco_pupil_get_text (pupil_after, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-10-01");

  /* Now held properly, then a second time: refused. */
  {
    g_autoptr (SendcoPlanReview) review = review_new ("2026-11-18");
    g_autoptr (SendcoPlanReview) twice = review_new ("2026-11-19");
    g_autoptr (GError) error = NULL;
    gint64 next_id = 0;

    set_progress (plan, "achieved", "partly", "not-yet");
    g_assert_true (sendco_store_hold_plan_review (f->store, plan, review, "2027-02-10", &next_id, &error));
    g_assert_no_error (error);

    plan->reviewed = FALSE; /* as a stale copy would have it */
    g_assert_false (sendco_store_hold_plan_review (f->store, plan, twice, "2027-02-11", NULL, &error));
    assert_invalid (error, "already been reviewed");
    g_clear_error (&error);
    g_assert_cmpint (count_rows (f->store, "plan_review"), ==, reviews_before + 1);
    g_assert_cmpint (count_rows (f->store, "support_plan"), ==, plans_before + 1);

    /* A reviewed plan is history: no edits through the store ... */
    sendco_record_set (&plan->review_date, "2026-12-01");
    g_assert_false (sendco_store_save_support_plan (f->store, plan, &error));
    assert_invalid (error, "has been reviewed");
    g_clear_error (&error);
    g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM support_plan WHERE id = %" G_GINT64_FORMAT
                               " AND review_date = '2026-11-20'", plan->id), ==, 1);

    /* ... and no deletes behind its back. */
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM support_plan WHERE id = %" G_GINT64_FORMAT,
                                              plan->id);
      g_autofree char *message = sql_refused (f->store, sql);
      g_autofree char *review_sql = g_strdup_printf ("DELETE FROM plan_review WHERE id = %" G_GINT64_FORMAT,
                                                     review->id);
      g_autofree char *review_message = sql_refused (f->store, review_sql);

      g_assert_nonnull (strstr (message, "reviewed support plan is kept"));
      g_assert_nonnull (strstr (review_message, "held review is kept"));
    }
    g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM support_plan WHERE id = %" G_GINT64_FORMAT,
                               plan->id), ==, 1);

    /* The open cycle that followed can still be edited. */
    {
      g_autoptr (GPtrArray) plans = list_plans (f->store, pupil);
      SendcoSupportPlan *next = plans->pdata[0];

      g_assert_cmpint (next->id, ==, next_id);
      sendco_record_set (&next->review_date, "2027-02-12");
      save_plan (f->store, next);
    }
  }
}

/* Parent meetings */

static SendcoParentMeeting *
meeting_new (gint64 pupil, const char *held_on)
{
  SendcoParentMeeting *meeting = sendco_parent_meeting_new ();

  meeting->pupil_id = pupil;
  sendco_record_set (&meeting->held_on, held_on);
  sendco_record_set (&meeting->with_whom, "Mum");
  sendco_record_set (&meeting->notes, "Talked about the reading log");
  return meeting;
}

static gint64
add_meeting (SendcoStore *store, gint64 pupil, const char *held_on)
{
  g_autoptr (SendcoParentMeeting) meeting = meeting_new (pupil, held_on);
  GError *error = NULL;

  g_assert_true (sendco_store_add_parent_meeting (store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (meeting->id, >, 0);
  return meeting->id;
}

static int
meetings_counted (SendcoStore *store, gint64 pupil)
{
  g_autoptr (SendcoPupil) got = get_pupil (store, pupil);
  g_autoptr (SendcoPupil) listed = listed_pupil (store, pupil);

  g_assert_cmpint (sendco_pupil_get_parent_meetings (got), ==, sendco_pupil_get_parent_meetings (listed));
  return sendco_pupil_get_parent_meetings (got);
}

static void
test_parent_meetings (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  gint64 other = add_pupil (f->store, 2, "Singh", "K", "MLD");
  g_autoptr (GPtrArray) meetings = NULL;
  g_autoptr (GError) error = NULL;
  gint64 august, september, november, july;

  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 0);

  /* The school year began on 1 September 2026: the day before is last year. */
  august = add_meeting (f->store, pupil, "2026-08-31");
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 0);
  november = add_meeting (f->store, pupil, "2026-11-20");
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 1);
  september = add_meeting (f->store, pupil, "2026-09-01");
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 2);
  july = add_meeting (f->store, pupil, "2026-07-15");
  add_meeting (f->store, other, "2026-10-01");
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 2);
  g_assert_cmpint (meetings_counted (f->store, other), ==, 1);

  /* Today is fine; tomorrow has not happened. */
  {
    g_autoptr (SendcoParentMeeting) tomorrow = meeting_new (pupil, "2026-11-23");
    g_autoptr (SendcoParentMeeting) impossible = meeting_new (pupil, "2026-11-31");

    g_assert_false (sendco_store_add_parent_meeting (f->store, tomorrow, &error));
    assert_invalid (error, "future");
    g_clear_error (&error);
    g_assert_cmpint (tomorrow->id, ==, 0);
    g_assert_false (sendco_store_add_parent_meeting (f->store, impossible, &error));
    assert_invalid (error, NULL);
    g_clear_error (&error);
  }
  g_assert_cmpint (sql_intf (f->store, "SELECT count (*) FROM parent_meeting WHERE pupil_id = %"
                             G_GINT64_FORMAT, pupil), ==, 4);
  add_meeting (f->store, pupil, "2026-11-22");
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 3);

  /* Newest first */
  meetings = sendco_store_list_parent_meetings (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 5);
  {
    static const char *const expected[] = { "2026-11-22", "2026-11-20", "2026-09-01", "2026-08-31", "2026-07-15" };

    for (guint i = 0; i < meetings->len; i++)
      {
        SendcoParentMeeting *m = meetings->pdata[i];

        g_assert_cmpstr (m->held_on, ==, expected[i]);
        g_assert_cmpint (m->pupil_id, ==, pupil);
        g_assert_cmpstr (m->with_whom, ==, "Mum");
        g_assert_cmpstr (m->notes, ==, "Talked about the reading log");
        g_assert_cmpstr (m->recorded_at, !=, "");
      }
    g_assert_cmpint (((SendcoParentMeeting *) meetings->pdata[1])->id, ==, november);
    g_assert_cmpint (((SendcoParentMeeting *) meetings->pdata[2])->id, ==, september);
    g_assert_cmpint (((SendcoParentMeeting *) meetings->pdata[3])->id, ==, august);
    g_assert_cmpint (((SendcoParentMeeting *) meetings->pdata[4])->id, ==, july);
  }

  /* Deleting one recorded by mistake: gone, but not from the trail. */
  g_assert_true (sendco_store_delete_parent_meeting (f->store, september, &error));
  g_assert_no_error (error);
  g_assert_cmpint (meetings_counted (f->store, pupil), ==, 2);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "parent_meeting", september, "insert"), ==, 1);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "parent_meeting", september, "delete"), ==, 1);
  {
    g_autofree char *before = sql_textf (f->store, "SELECT json_extract (before, '$.held_on') FROM audit"
                                         " WHERE tbl = 'parent_meeting' AND action = 'delete'"
                                         " AND row_id = %" G_GINT64_FORMAT, september);

    g_assert_cmpstr (before, ==, "2026-09-01");
  }
  g_assert_false (sendco_store_delete_parent_meeting (f->store, september, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = sendco_store_list_parent_meetings (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 4);
  g_assert_cmpint (meetings_counted (f->store, other), ==, 1);
}

/* Passport */

static void
test_passport (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "ASD");
  g_autofree char *saved_today = g_strdup (g_getenv ("SENDCO_TODAY"));
  g_autoptr (SendcoPassport) empty = NULL;
  g_autoptr (SendcoPassport) stored = NULL;
  g_autoptr (SendcoPassport) passport = NULL;
  g_autoptr (GError) error = NULL;
  gint64 row;

  empty = sendco_store_get_passport (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty->pupil_id, ==, pupil);
  g_assert_cmpstr (empty->about_me, ==, "");
  g_assert_cmpstr (empty->important, ==, "");
  g_assert_cmpstr (empty->admire, ==, "");
  g_assert_cmpstr (empty->support, ==, "");
  g_assert_cmpstr (empty->strengths, ==, "");
  g_assert_cmpstr (empty->updated_on, ==, "");
  g_assert_cmpint (count_rows (f->store, "pupil_passport"), ==, 0);

  /* Written on Friday 20 November ... */
  g_setenv ("SENDCO_TODAY", "2026-11-20", TRUE);
  passport = sendco_passport_copy (empty);
  sendco_record_set (&passport->about_me, "I'm Sam. I love Lego and drawing dragons.");
  sendco_record_set (&passport->important, "Knowing what is happening next.");
  sendco_record_set (&passport->admire, "I'm kind and I make people laugh.");
  sendco_record_set (&passport->support, "Tell me one thing at a time, and show me.");
  sendco_record_set (&passport->strengths, "Building, maths, remembering facts about trains.");
  g_assert_true (sendco_store_save_passport (f->store, passport, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passport->updated_on, ==, "2026-11-20");
  row = sql_intf (f->store, "SELECT id FROM pupil_passport WHERE pupil_id = %" G_GINT64_FORMAT, pupil);
  g_assert_cmpuint (sendco_store_count_audit (f->store, "pupil_passport", row, "insert"), ==, 1);

  /* ... saved again unchanged on Sunday: nothing moves. */
  g_setenv ("SENDCO_TODAY", "2026-11-22", TRUE);
  g_assert_true (sendco_store_save_passport (f->store, passport, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passport->updated_on, ==, "2026-11-20");
  stored = sendco_store_get_passport (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->updated_on, ==, "2026-11-20");
  g_assert_cmpuint (sendco_store_count_audit (f->store, "pupil_passport", row, "update"), ==, 0);
  g_clear_pointer (&stored, sendco_passport_free);

  /* A change: saved, dated today. */
  sendco_record_set (&passport->support, "Tell me one thing at a time, and show me. Warn me before changes.");
  g_assert_true (sendco_store_save_passport (f->store, passport, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passport->updated_on, ==, "2026-11-22");
  stored = sendco_store_get_passport (f->store, pupil, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->about_me, ==, passport->about_me);
  g_assert_cmpstr (stored->important, ==, passport->important);
  g_assert_cmpstr (stored->admire, ==, passport->admire);
  g_assert_cmpstr (stored->support, ==, "Tell me one thing at a time, and show me. Warn me before changes.");
  g_assert_cmpstr (stored->strengths, ==, passport->strengths);
  g_assert_cmpstr (stored->updated_on, ==, "2026-11-22");
  g_assert_cmpuint (sendco_store_count_audit (f->store, "pupil_passport", row, "update"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "pupil_passport"), ==, 1);

  if (saved_today)
    g_setenv ("SENDCO_TODAY", saved_today, TRUE);
  else
    g_unsetenv ("SENDCO_TODAY");
}

/* Change notifications: a review changes the register's row too. */

static void
on_changed (SendcoStore *store, const char *table, gpointer data)
{
  GHashTable *tables = data;

  g_hash_table_add (tables, g_strdup (table));
}

static void
test_plan_notifications (Fixture *f, gconstpointer data)
{
  gint64 pupil = add_pupil (f->store, 1, "Hughes", "K", "SPLD");
  g_autoptr (SendcoSupportPlan) plan = three_outcome_plan (pupil, "2026-09-07", "2026-11-20");
  g_autoptr (SendcoPlanReview) review = review_new ("2026-11-18");
  g_autoptr (GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;
  gulong handler;

  handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), tables);
  save_plan (f->store, plan);
  g_assert_true (g_hash_table_contains (tables, "support_plan"));
  g_assert_true (g_hash_table_contains (tables, "plan_outcome"));
  g_hash_table_remove_all (tables);

  set_progress (plan, "achieved", "partly", "not-yet");
  g_assert_true (sendco_store_hold_plan_review (f->store, plan, review, "2027-02-10", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (tables, "plan_review"));
  g_assert_true (g_hash_table_contains (tables, "support_plan"));
  g_assert_true (g_hash_table_contains (tables, "pupil"));
  g_hash_table_remove_all (tables);

  add_meeting (f->store, pupil, "2026-11-02");
  g_assert_true (g_hash_table_contains (tables, "parent_meeting"));
  g_assert_true (g_hash_table_contains (tables, "pupil"));
  g_signal_handler_disconnect (f->store, handler);
}

/* A school file from before plans existed */

static void
test_migration_keeps_pupils (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "v1.sendco", NULL);
  g_autoptr (SendcoStore) old = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoPupil) hughes = NULL;
  g_autoptr (SendcoPupil) singh = NULL;
  g_autoptr (SendcoSupportPlan) plan = NULL;
  g_autoptr (SendcoPlanReview) review = NULL;
  g_autoptr (SendcoEhcPlan) ehc = NULL;
  g_autoptr (GListStore) deadlines = NULL;
  g_autoptr (GError) error = NULL;
  GDate today;
  gint64 next_id = 0;

  old = sendco_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sendco_store_get_schema_version (old), ==, 1);
  g_assert_true (sendco_store_exec (old,
                                    "INSERT INTO school (id, name, local_authority, phase) VALUES"
                                    " (1, 'Hillside Primary School', 'Kent', 'primary');"
                                    "INSERT INTO pupil (id, upn, legal_surname, legal_forename, date_of_birth,"
                                    " year_group, last_reviewed) VALUES"
                                    " (1, 'K931210221877', 'Hughes', 'Björn', '2016-06-13', 5, '2026-10-01'),"
                                    " (2, 'E931210225457', 'Singh', 'Zoë', '2016-10-19', 5, NULL);"
                                    "INSERT INTO sen_period (pupil_id, status, primary_need, start_date, end_date)"
                                    " VALUES (1, 'N', NULL, '2021-09-01', '2025-01-10'),"
                                    " (1, 'K', 'SPLD', '2025-01-10', NULL),"
                                    " (2, 'E', 'ASD', '2022-03-01', NULL);", &error));
  g_assert_no_error (error);
  g_clear_object (&old);

  store = sendco_store_open (path, SENDCO_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sendco_store_get_schema_version (store), ==, SENDCO_SCHEMA_VERSION);
  g_assert_cmpint (SENDCO_SCHEMA_VERSION, >=, 2);

  /* The pupils as they were, with the new columns empty. */
  hughes = get_pupil (store, 1);
  g_assert_cmpstr (sendco_pupil_get_upn (hughes), ==, "K931210221877");
  g_assert_cmpstr (sendco_pupil_get_text (hughes, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Björn");
  g_assert_cmpstr (sendco_pupil_get_sen_status (hughes), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (hughes, SENDCO_PUPIL_ON_REGISTER_SINCE), ==, "2025-01-10");
  g_assert_cmpstr (sendco_pupil_get_text (hughes, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-10-01");
  g_assert_cmpint (sendco_pupil_get_parent_meetings (hughes), ==, 0);
  singh = get_pupil (store, 2);
  g_assert_cmpstr (sendco_pupil_get_sen_status (singh), ==, "E");
  g_assert_cmpstr (sendco_pupil_get_text (singh, SENDCO_PUPIL_LAST_REVIEWED), ==, "");
  g_assert_cmpint (sql_int (store, "SELECT count (*) FROM support_plan"), ==, 0);

  /* The new tables work in the upgraded file. */
  plan = three_outcome_plan (1, "2026-09-07", "2026-11-20");
  save_plan (store, plan);
  set_progress (plan, "achieved", "partly", "not-yet");
  review = review_new ("2026-11-18");
  g_assert_true (sendco_store_hold_plan_review (store, plan, review, "2027-02-10", &next_id, &error));
  g_assert_no_error (error);
  add_meeting (store, 1, "2026-10-15");
  g_clear_object (&hughes);
  hughes = get_pupil (store, 1);
  g_assert_cmpstr (sendco_pupil_get_text (hughes, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-18");
  g_assert_cmpint (sendco_pupil_get_parent_meetings (hughes), ==, 1);

  ehc = sendco_ehc_plan_new ();
  ehc->pupil_id = 2;
  sendco_record_set (&ehc->local_authority, "Kent");
  sendco_record_set (&ehc->issued_on, "2022-03-01");
  sendco_record_set (&ehc->last_review_on, "2026-03-05");
  g_assert_true (sendco_store_save_ehc_plan (store, ehc, &error));
  g_assert_no_error (error);

  /* Singh's review is due within 12 months of 5 March 2026: 5 March 2027;
   * Hughes's next support plan review is 10 February 2027. */
  set_date (&today, "2026-11-22");
  deadlines = sendco_store_list_deadlines (store, 0, &today, &error);
  g_assert_no_error (error);
  {
    gboolean found_review = FALSE, found_plan = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (deadlines)); i++)
      {
        g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (deadlines), i);
        const char *step = sendco_deadline_item_get_step (item);

        if (g_str_equal (step, "review-due"))
          {
            g_assert_cmpint (sendco_deadline_item_get_pupil_id (item), ==, 2);
            g_assert_cmpstr (sendco_deadline_item_get_date (item), ==, "2027-03-05");
            found_review = TRUE;
          }
        if (g_str_equal (step, "plan-review"))
          {
            g_assert_cmpint (sendco_deadline_item_get_pupil_id (item), ==, 1);
            g_assert_cmpstr (sendco_deadline_item_get_date (item), ==, "2027-02-10");
            found_plan = TRUE;
          }
      }
    g_assert_true (found_review);
    g_assert_true (found_plan);
  }

  g_assert_cmpint (sql_int (store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
  {
    g_autofree char *check = sql_textf (store, "PRAGMA integrity_check");

    g_assert_cmpstr (check, ==, "ok");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/plans/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-edit", test_plan_create_edit);
  ADD ("refused", test_plan_refused);
  ADD ("review", test_plan_review);
  ADD ("review-all-achieved", test_plan_review_all_achieved);
  ADD ("review-refused", test_plan_review_refused);
  ADD ("notifications", test_plan_notifications);
  ADD ("parent-meetings", test_parent_meetings);
  ADD ("passport", test_passport);
  ADD ("migration-keeps-pupils", test_migration_keeps_pupils);

  return g_test_run ();
}
