/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The census check over a whole school file: a crafted school with every
 * kind of record the store lets a SENDCO keep, and which of them break the
 * census rules (DOMAIN.md). Archived pupils are not on roll; a ceased EHC
 * plan is not a current one; a pupil row without any SEN status (only a
 * damaged or hand-edited file has one) is caught too. */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "sendco-store-census.h"
#include "sendco-store-private.h"
#include "sendco-upn.h"

typedef struct
{
  char        *dir;
  SendcoStore *store;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      if (dir)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SendcoSchool) school = sendco_school_new ("Oak Hill Primary", "Leeds", "primary");

  f->dir = g_dir_make_tmp ("sendco-test-census-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "school.sendco", NULL);
  f->store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sendco_store_set_school (f->store, school, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
add_pupil (Fixture *f, const char *surname, const char *status, const char *primary,
           const char *secondary)
{
  static guint serial = 200;
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, serial++);

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, "Sam");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, "2016-03-14");
  sendco_pupil_set_year_group (pupil, 5);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, status);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, primary ? primary : "");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SECONDARY_NEED, secondary ? secondary : "");
  g_assert_true (sendco_store_insert_pupil (f->store, pupil, "2025-09-03", "Recorded for the test", &error));
  g_assert_no_error (error);
  return sendco_pupil_get_id (pupil);
}

static gint64
add_plan (Fixture *f, gint64 pupil_id, const char *issued, const char *ceased)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoEhcPlan) plan = sendco_ehc_plan_new ();

  plan->pupil_id = pupil_id;
  sendco_record_set (&plan->local_authority, "Leeds");
  sendco_record_set (&plan->issued_on, issued);
  sendco_record_set (&plan->ceased_on, ceased);
  g_assert_true (sendco_store_save_ehc_plan (f->store, plan, &error));
  g_assert_no_error (error);
  return plan->id;
}

static void
raw_exec (Fixture *f, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (sendco_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static GPtrArray *
issues (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *found = sendco_store_census_issues (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

/* "Surname:problems" for each issue, joined with "|" */
static char *
summary (GPtrArray *found)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      SendcoCensusIssue *issue = g_ptr_array_index (found, i);

      g_string_append_printf (text, "%s%s:%d", i ? "|" : "", sendco_pupil_get_surname (issue->pupil),
                              (int) issue->problems);
    }
  return g_string_free (text, FALSE);
}

static const SendcoCensusIssue *
find_issue (GPtrArray *found, const char *surname)
{
  for (guint i = 0; i < found->len; i++)
    {
      SendcoCensusIssue *issue = g_ptr_array_index (found, i);

      if (g_str_equal (sendco_pupil_get_surname (issue->pupil), surname))
        return issue;
    }
  return NULL;
}

static void
test_empty_school (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) found = issues (f);

  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_clean_register (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) found = NULL;
  gint64 davis;

  add_pupil (f, "Clark", "K", "NSA", NULL);           /* NSA goes with K */
  add_pupil (f, "Evans", "N", NULL, NULL);
  add_pupil (f, "Khan", "K", "SPLD", "SLCN");
  davis = add_pupil (f, "Davis", "E", "ASD", "SEMH");
  add_plan (f, davis, "2024-02-29", NULL);

  found = issues (f);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_crafted_school (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *text = NULL, *expected = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) messages = NULL;
  const SendcoCensusIssue *issue;
  gint64 davis, foster, hughes;
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, 990);

  add_pupil (f, "Adams", "K", NULL, NULL);            /* K with no primary need */
  add_pupil (f, "Brown", "E", "ASD", NULL);           /* E with no EHC plan */
  add_pupil (f, "Clark", "K", "NSA", NULL);           /* fine */
  davis = add_pupil (f, "Davis", "E", "SLCN", NULL);  /* fine: a current plan */
  add_plan (f, davis, "2025-01-10", NULL);
  add_pupil (f, "Evans", "N", NULL, NULL);            /* fine */
  foster = add_pupil (f, "Foster", "E", "SEMH", NULL); /* only a ceased plan */
  add_plan (f, foster, "2023-05-02", "2026-07-20");
  add_pupil (f, "Green", "E", NULL, NULL);            /* two problems */
  hughes = add_pupil (f, "Hughes", "E", "PD", NULL);  /* archived: not on roll */
  g_assert_true (sendco_store_archive_pupil (f->store, hughes, "2026-07-22", "Moved away", &error));
  g_assert_no_error (error);

  /* A pupil row with no SEN status at all: only a hand-edited file has one. */
  sql = g_strdup_printf ("INSERT INTO pupil (upn, legal_surname, legal_forename, date_of_birth, year_group)"
                         " VALUES ('%s', 'Irwin', 'Lola', '2016-05-01', 5)", upn);
  raw_exec (f, sql);

  found = issues (f);
  text = summary (found);
  expected = g_strdup_printf ("Adams:%d|Brown:%d|Foster:%d|Green:%d|Irwin:%d",
                              SENDCO_CENSUS_NO_PRIMARY_NEED, SENDCO_CENSUS_EHC_WITHOUT_PLAN,
                              SENDCO_CENSUS_EHC_WITHOUT_PLAN,
                              SENDCO_CENSUS_EHC_WITHOUT_PLAN | SENDCO_CENSUS_NO_PRIMARY_NEED,
                              SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD);
  g_assert_cmpstr (text, ==, expected);

  issue = find_issue (found, "Green");
  g_assert_nonnull (issue);
  g_assert_cmpuint (issue->open_periods, ==, 1);
  g_assert_false (issue->has_ehc_plan);
  g_assert_cmpstr (sendco_pupil_get_sen_status (issue->pupil), ==, "E");
  messages = sendco_census_problem_messages (issue->problems);
  g_assert_cmpuint (messages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==, "Has SEN but no primary need is recorded");
  g_assert_cmpstr (g_ptr_array_index (messages, 1), ==, "Recorded as E but has no EHC plan record");

  issue = find_issue (found, "Irwin");
  g_assert_nonnull (issue);
  g_assert_cmpuint (issue->open_periods, ==, 0);

  issue = find_issue (found, "Foster");
  g_assert_nonnull (issue);
  g_assert_false (issue->has_ehc_plan);
}

/* Fixing a record through the store takes it off the list. */
static void
test_fixes_clear_issues (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) last = NULL;
  gint64 adams, brown;

  adams = add_pupil (f, "Adams", "K", NULL, NULL);
  brown = add_pupil (f, "Brown", "K", "MLD", NULL);
  g_assert_true (sendco_store_change_sen_status (f->store, brown, "E", "MLD", NULL, "2026-09-14",
                                                 "The LA issued an EHC plan", &error));
  g_assert_no_error (error);

  before = issues (f);
  g_assert_cmpuint (before->len, ==, 2);
  g_assert_nonnull (find_issue (before, "Brown"));
  g_assert_cmpint (find_issue (before, "Brown")->problems, ==, SENDCO_CENSUS_EHC_WITHOUT_PLAN);

  /* The status history has two periods but only one is open. */
  g_assert_true (sendco_store_change_sen_status (f->store, adams, "K", "SPLD", NULL, "2026-10-01",
                                                 "Assessed by the EP", &error));
  g_assert_no_error (error);
  after = issues (f);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_null (find_issue (after, "Adams"));

  add_plan (f, brown, "2026-09-14", NULL);
  last = issues (f);
  g_assert_cmpuint (last->len, ==, 0);
}

/* E with NSA cannot be recorded at all, so the check never meets it here. */
static void
test_nsa_with_e_refused (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 clark = add_pupil (f, "Clark", "K", "NSA", NULL);
  g_autoptr (GPtrArray) found = NULL;

  g_assert_false (sendco_store_change_sen_status (f->store, clark, "E", "NSA", NULL, "2026-10-01",
                                                  "Plan issued", &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  found = issues (f);
  g_assert_cmpuint (found->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/census/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty-school", test_empty_school);
  ADD ("clean-register", test_clean_register);
  ADD ("crafted-school", test_crafted_school);
  ADD ("fixes-clear-issues", test_fixes_clear_issues);
  ADD ("nsa-with-e-refused", test_nsa_with_e_refused);

#undef ADD
  return g_test_run ();
}
