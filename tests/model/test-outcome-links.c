/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Support plan outcomes linked to provisions in the library, on a real
 * school file: setting an outcome's provisions (and setting them again),
 * reading them back by outcome, by provision and by pupil, refusing an
 * outcome or provision that is not there, the links following an outcome
 * taken out of its plan, the change notification and the audit trail. */
#include "config.h"

#include "records-test-util.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"

static gint64
add_provision (SendcoStore *store, const char *name, const char *area)
{
  g_autoptr (SendcoProvision) p = sendco_provision_new ();
  GError *error = NULL;

  g_free (p->name);
  p->name = g_strdup (name);
  g_free (p->area);
  p->area = g_strdup (area);
  g_free (p->start_date);
  p->start_date = g_strdup ("2026-09-01");
  g_assert_true (sendco_store_save_provision (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

static SendcoSupportPlan *
save_plan (SendcoStore *store, gint64 pupil, const char *first, const char *second)
{
  SendcoSupportPlan *plan = sendco_support_plan_new ();
  const char *texts[] = { first, second };
  GError *error = NULL;

  plan->pupil_id = pupil;
  sendco_record_set (&plan->start_date, "2026-09-07");
  sendco_record_set (&plan->review_date, "2026-12-04");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      SendcoOutcome *outcome = sendco_outcome_new ();

      sendco_record_set (&outcome->area, "communication");
      sendco_record_set (&outcome->outcome, texts[i]);
      sendco_record_set (&outcome->provision, "Visual timetable in class");
      g_ptr_array_add (plan->outcomes, outcome);
    }
  g_assert_true (sendco_store_save_support_plan (store, plan, &error));
  g_assert_no_error (error);
  return plan;
}

static gint64
outcome_id (SendcoSupportPlan *plan, guint i)
{
  return ((SendcoOutcome *) g_ptr_array_index (plan->outcomes, i))->id;
}

/* "pupil/outcome/provision" for each link, joined by "|". */
static char *
describe (GPtrArray *links)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < links->len; i++)
    {
      SendcoOutcomeLink *link = g_ptr_array_index (links, i);

      g_string_append_printf (out, "%s%s/%s/%s", i ? "|" : "", link->pupil_name, link->outcome,
                              link->provision_name);
    }
  return g_string_free (out, FALSE);
}

static char *
list (SendcoStore *store, gint64 outcome, gint64 provision, gint64 pupil)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) links = sendco_store_list_outcome_links (store, outcome, provision, pupil, &error);

  g_assert_no_error (error);
  g_assert_nonnull (links);
  return describe (links);
}

static void
on_changed (SendcoStore *store, const char *table, guint *count)
{
  (*count)++;
}

static void
test_links (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 amy = add_pupil_full (f->store, 1, "Carter", "Amy", "K", "SLCN", "2025-09-01", "");
  gint64 ben = add_pupil_full (f->store, 2, "Okafor", "Ben", "K", "ASD", "2025-09-01", "");
  gint64 talk = add_provision (f->store, "Talk Boost", "communication");
  gint64 lego = add_provision (f->store, "Lego therapy", "communication");
  gint64 nurture = add_provision (f->store, "Nurture group", "semh");
  g_autoptr (SendcoSupportPlan) amy_plan = save_plan (f->store, amy, "Asks for help with a phrase",
                                                      "Takes turns in a game of four");
  g_autoptr (SendcoSupportPlan) ben_plan = save_plan (f->store, ben, "Copes with a change of routine",
                                                      "Joins a group at playtime");
  gint64 two[] = { lego, talk, lego };  /* a repeat counts once */
  gint64 one[] = { nurture };
  g_autoptr (GArray) ids = NULL;
  guint changes = 0;
  gulong handler = g_signal_connect (f->store, "changed::outcome_provision", G_CALLBACK (on_changed),
                                     &changes);

  /* Nothing is linked to start with. */
  ids = sendco_store_list_outcome_provisions (f->store, outcome_id (amy_plan, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (amy_plan, 0), two, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (amy_plan, 1), one, 1, &error));
  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (ben_plan, 0), two, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpint (count_rows (f->store, "outcome_provision"), ==, 5);

  /* By outcome: by provision name. */
  ids = sendco_store_list_outcome_provisions (f->store, outcome_id (amy_plan, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, lego);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, talk);
  g_clear_pointer (&ids, g_array_unref);

  {
    g_autofree char *by_outcome = list (f->store, outcome_id (amy_plan, 0), 0, 0);
    g_autofree char *by_provision = list (f->store, 0, lego, 0);
    g_autofree char *by_pupil = list (f->store, 0, 0, amy);
    g_autofree char *both = list (f->store, 0, talk, ben);
    g_autoptr (GPtrArray) links = sendco_store_list_outcome_links (f->store, 0, nurture, 0, &error);
    SendcoOutcomeLink *link;

    g_assert_cmpstr (by_outcome, ==, "Amy Carter/Asks for help with a phrase/Lego therapy|"
                                     "Amy Carter/Asks for help with a phrase/Talk Boost");
    /* The outcomes a provision serves: by pupil surname. */
    g_assert_cmpstr (by_provision, ==, "Amy Carter/Asks for help with a phrase/Lego therapy|"
                                       "Ben Okafor/Copes with a change of routine/Lego therapy");
    g_assert_cmpstr (by_pupil, ==, "Amy Carter/Asks for help with a phrase/Lego therapy|"
                                   "Amy Carter/Asks for help with a phrase/Talk Boost|"
                                   "Amy Carter/Takes turns in a game of four/Nurture group");
    g_assert_cmpstr (both, ==, "Ben Okafor/Copes with a change of routine/Talk Boost");

    g_assert_no_error (error);
    g_assert_cmpuint (links->len, ==, 1);
    link = g_ptr_array_index (links, 0);
    g_assert_cmpint (link->outcome_id, ==, outcome_id (amy_plan, 1));
    g_assert_cmpint (link->provision_id, ==, nurture);
    g_assert_cmpstr (link->provision_area, ==, "semh");
    g_assert_false (link->provision_retired);
    g_assert_cmpint (link->plan_id, ==, amy_plan->id);
    g_assert_cmpint (link->cycle, ==, 1);
    g_assert_false (link->plan_reviewed);
    g_assert_cmpint (link->pupil_id, ==, amy);
  }

  /* Set again: Talk Boost stays (not rewritten), Lego goes, Nurture comes. */
  {
    gint64 next[] = { talk, nurture };
    g_autofree char *after = NULL;
    gint64 talk_row = sql_intf (f->store, "SELECT id FROM outcome_provision WHERE outcome_id = %"
                                G_GINT64_FORMAT " AND provision_id = %" G_GINT64_FORMAT,
                                outcome_id (amy_plan, 0), talk);

    g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (amy_plan, 0), next, 2, &error));
    g_assert_no_error (error);
    after = list (f->store, outcome_id (amy_plan, 0), 0, 0);
    g_assert_cmpstr (after, ==, "Amy Carter/Asks for help with a phrase/Nurture group|"
                                "Amy Carter/Asks for help with a phrase/Talk Boost");
    g_assert_cmpint (sql_intf (f->store, "SELECT id FROM outcome_provision WHERE outcome_id = %"
                               G_GINT64_FORMAT " AND provision_id = %" G_GINT64_FORMAT,
                               outcome_id (amy_plan, 0), talk), ==, talk_row);
    g_assert_cmpuint (changes, ==, 4);

    /* The same set again changes nothing, and says nothing. */
    g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (amy_plan, 0), next, 2, &error));
    g_assert_cmpuint (changes, ==, 4);
  }

  /* The audit trail keeps every link made and unmade. */
  g_assert_cmpint (sql_int (f->store, "SELECT count (*) FROM audit WHERE tbl = 'outcome_provision'"
                                      " AND action = 'insert'"), ==, 6);
  g_assert_cmpint (sql_int (f->store, "SELECT count (*) FROM audit WHERE tbl = 'outcome_provision'"
                                      " AND action = 'delete'"), ==, 1);

  /* A retired provision still shows, marked. */
  g_assert_true (sendco_store_set_provision_archived (f->store, nurture, "2026-11-20", &error));
  {
    g_autoptr (GPtrArray) links = sendco_store_list_outcome_links (f->store, 0, nurture, 0, &error);

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_true (((SendcoOutcomeLink *) links->pdata[0])->provision_retired);
  }

  /* None at all clears the outcome's links. */
  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (ben_plan, 0), NULL, 0, &error));
  g_assert_no_error (error);
  {
    g_autofree char *none = list (f->store, outcome_id (ben_plan, 0), 0, 0);

    g_assert_cmpstr (none, ==, "");
  }

  g_signal_handler_disconnect (f->store, handler);
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 amy = add_pupil_full (f->store, 1, "Carter", "Amy", "K", "SLCN", "2025-09-01", "");
  gint64 talk = add_provision (f->store, "Talk Boost", "communication");
  g_autoptr (SendcoSupportPlan) plan = save_plan (f->store, amy, "Asks for help", "Takes turns");
  gint64 missing[] = { talk, talk + 100 };
  gint64 one[] = { talk };

  /* An outcome not saved (or not there) */
  g_assert_false (sendco_store_set_outcome_provisions (f->store, 9999, one, 1, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "save the support plan first"));
  g_clear_error (&error);

  /* A provision not in the file: nothing is written, not even the good one. */
  g_assert_false (sendco_store_set_outcome_provisions (f->store, outcome_id (plan, 0), missing, 2, &error));
  assert_invalid (error, "That provision is not in this school file.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->store, "outcome_provision"), ==, 0);
  g_assert_cmpint (sqlite3_get_autocommit (sendco_store_get_db (f->store)), ==, 1);
}

/* An outcome taken out of the open plan takes its links with it; the other
 * outcome's stay. */
static void
test_outcome_removed (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 amy = add_pupil_full (f->store, 1, "Carter", "Amy", "K", "SLCN", "2025-09-01", "");
  gint64 talk = add_provision (f->store, "Talk Boost", "communication");
  g_autoptr (SendcoSupportPlan) plan = save_plan (f->store, amy, "Asks for help", "Takes turns");
  gint64 one[] = { talk };
  g_autofree char *left = NULL;

  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (plan, 0), one, 1, &error));
  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (plan, 1), one, 1, &error));
  g_assert_no_error (error);

  g_ptr_array_remove_index (plan->outcomes, 0);
  g_assert_true (sendco_store_save_support_plan (f->store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "outcome_provision"), ==, 1);
  left = list (f->store, 0, talk, 0);
  g_assert_cmpstr (left, ==, "Amy Carter/Takes turns/Talk Boost");
}

/* Holding a review carries unfinished outcomes into the next cycle, and
 * their provisions with them; an achieved outcome's links stay behind. */
static void
test_carried_over (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 amy = add_pupil_full (f->store, 1, "Carter", "Amy", "K", "SLCN", "2025-09-01", "");
  gint64 talk = add_provision (f->store, "Talk Boost", "communication");
  gint64 lego = add_provision (f->store, "Lego therapy", "communication");
  g_autoptr (SendcoSupportPlan) plan = save_plan (f->store, amy, "Asks for help", "Takes turns");
  g_autoptr (SendcoPlanReview) review = sendco_plan_review_new ();
  g_autoptr (GPtrArray) plans = NULL;
  g_autofree char *carried = NULL;
  gint64 both[] = { talk, lego }, one[] = { lego };
  gint64 next_id = 0;
  SendcoSupportPlan *next;

  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (plan, 0), both, 2, &error));
  g_assert_true (sendco_store_set_outcome_provisions (f->store, outcome_id (plan, 1), one, 1, &error));
  g_assert_no_error (error);

  sendco_record_set (&((SendcoOutcome *) g_ptr_array_index (plan->outcomes, 0))->progress, "partly");
  sendco_record_set (&((SendcoOutcome *) g_ptr_array_index (plan->outcomes, 1))->progress, "achieved");
  sendco_record_set (&review->held_on, "2026-11-20");
  g_assert_true (sendco_store_hold_plan_review (f->store, plan, review, "2027-02-12", &next_id, &error));
  g_assert_no_error (error);

  plans = sendco_store_list_support_plans (f->store, amy, &error);
  next = g_ptr_array_index (plans, 0);
  g_assert_cmpint (next->id, ==, next_id);
  g_assert_cmpuint (next->outcomes->len, ==, 1);
  carried = list (f->store, outcome_id (next, 0), 0, 0);
  g_assert_cmpstr (carried, ==, "Amy Carter/Asks for help/Lego therapy|Amy Carter/Asks for help/Talk Boost");
  /* the earlier cycle keeps its own links: 3 before, 2 more now */
  g_assert_cmpint (count_rows (f->store, "outcome_provision"), ==, 5);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/outcome-links/set-and-list", Fixture, NULL, fixture_set_up, test_links, fixture_tear_down);
  g_test_add ("/outcome-links/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/outcome-links/outcome-removed", Fixture, NULL, fixture_set_up, test_outcome_removed,
              fixture_tear_down);
  g_test_add ("/outcome-links/carried-over", Fixture, NULL, fixture_set_up, test_carried_over,
              fixture_tear_down);

  return g_test_run ();
}
