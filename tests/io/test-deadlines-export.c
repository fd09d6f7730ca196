/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reviews and deadlines workbook: written beside the target and renamed
 * into place (private, nothing partial left behind), plain errors for a
 * missing folder or a target that cannot be written. What a reader sees in
 * the workbook is checked by check-deadlines-xlsx.py with openpyxl, which
 * runs this program with --write-sample OUT.xlsx to make it. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "sendco-dates.h"
#include "sendco-deadlines-export.h"
#include "sendco-store-deadlines.h"
#include "sendco-store.h"
#include "sendco-upn.h"

static gint64
add_pupil (SendcoStore *store, const char *surname, const char *forename, int year_group,
           const char *status, const char *need, guint serial)
{
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, serial);
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();
  g_autofree char *dob = g_strdup_printf ("%04d-03-14", 2021 - year_group);
  g_autofree char *form = g_strdup_printf ("%dA", year_group);

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, dob);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_GENDER, "M");
  sendco_pupil_set_year_group (pupil, year_group);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_FORM, form);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, status);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, need ? need : "");
  g_assert_true (sendco_store_insert_pupil (store, pupil, "2025-09-03", "Recorded for the test",
                                            &error));
  g_assert_no_error (error);
  return sendco_pupil_get_id (pupil);
}

static void
add_parent_meeting (SendcoStore *store, gint64 pupil_id, const char *held_on)
{
  g_autoptr (SendcoParentMeeting) meeting = sendco_parent_meeting_new ();
  g_autoptr (GError) error = NULL;

  meeting->pupil_id = pupil_id;
  sendco_record_set (&meeting->held_on, held_on);
  sendco_record_set (&meeting->with_whom, "Mother");
  g_assert_true (sendco_store_add_parent_meeting (store, meeting, &error));
  g_assert_no_error (error);
}

/* Today is 22/11/2026 (SENDCO_TODAY). Thirteen deadlines: 3 overdue, 4 due
 * within 14 days, 6 later (see the table in check-deadlines-xlsx.py). */
static SendcoStore *
make_school (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoSchool) school = sendco_school_new ("Oak Hill Primary", "Leeds", "primary");
  SendcoStore *store = io_test_new_store (dir, "school.sendco");
  g_autoptr (SendcoEhcPlan) khan_plan = sendco_ehc_plan_new ();
  g_autoptr (SendcoAnnualReview) khan_review = sendco_annual_review_new ();
  g_autoptr (SendcoEhcPlan) okafor_plan = sendco_ehc_plan_new ();
  g_autoptr (SendcoAnnualReview) okafor_review = sendco_annual_review_new ();
  g_autoptr (SendcoEhcRequest) request = sendco_ehc_request_new ();
  g_autoptr (SendcoSupportPlan) support = sendco_support_plan_new ();
  gint64 khan, patel, jones, okafor;

  g_assert_true (sendco_store_set_school (store, school, &error));
  khan = add_pupil (store, "Khan", "Ali", 5, "E", "ASD", 1);
  patel = add_pupil (store, "Patel", "Maya", 3, "K", "SLCN", 2);
  jones = add_pupil (store, "Jones", "Ben", 4, "K", "SPLD", 3);
  okafor = add_pupil (store, "Okafor", "Chidi", 6, "E", "SEMH", 4);
  add_pupil (store, "Brown", "Zoë", 6, "N", NULL, 5);

  /* Khan: a plan issued 01/12/2025, the first review planned for 10/12/2026 */
  khan_plan->pupil_id = khan;
  sendco_record_set (&khan_plan->local_authority, "Leeds");
  sendco_record_set (&khan_plan->issued_on, "2025-12-01");
  g_assert_true (sendco_store_save_ehc_plan (store, khan_plan, &error));
  g_assert_no_error (error);
  khan_review->plan_id = khan_plan->id;
  sendco_record_set (&khan_review->meeting_on, "2026-12-10");
  g_assert_true (sendco_store_save_annual_review (store, khan_review, &error));
  g_assert_no_error (error);
  add_parent_meeting (store, khan, "2026-10-10");

  /* Patel: an EHC needs assessment request received 05/10/2026 */
  request->pupil_id = patel;
  sendco_record_set (&request->received_on, "2026-10-05");
  sendco_record_set (&request->exception, "child-away");
  g_assert_true (sendco_store_save_ehc_request (store, request, &error));
  g_assert_no_error (error);

  /* Jones: a support plan to review on 14/12/2026 */
  support->pupil_id = jones;
  support->cycle = 1;
  sendco_record_set (&support->start_date, "2026-09-07");
  sendco_record_set (&support->review_date, "2026-12-14");
  g_assert_true (sendco_store_save_support_plan (store, support, &error));
  g_assert_no_error (error);
  add_parent_meeting (store, jones, "2026-10-01");

  /* Okafor: reviewed 02/11/2026, report not yet sent; moving to secondary in 2027 */
  okafor_plan->pupil_id = okafor;
  sendco_record_set (&okafor_plan->local_authority, "Leeds");
  sendco_record_set (&okafor_plan->issued_on, "2024-03-01");
  sendco_record_set (&okafor_plan->last_review_on, "2026-03-05");
  sendco_record_set (&okafor_plan->transfer, "phase");
  okafor_plan->transfer_year = 2027;
  g_assert_true (sendco_store_save_ehc_plan (store, okafor_plan, &error));
  g_assert_no_error (error);
  okafor_review->plan_id = okafor_plan->id;
  sendco_record_set (&okafor_review->meeting_on, "2026-11-02");
  sendco_record_set (&okafor_review->views_gathered_on, "2026-09-10");
  sendco_record_set (&okafor_review->invitations_sent_on, "2026-10-15");
  sendco_record_set (&okafor_review->papers_circulated_on, "2026-10-16");
  sendco_record_set (&okafor_review->meeting_held_on, "2026-11-02");
  g_assert_true (sendco_store_save_annual_review (store, okafor_review, &error));
  g_assert_no_error (error);
  add_parent_meeting (store, okafor, "2026-09-30");

  return store;
}

static GDate *
today (void)
{
  GDate *date = g_date_new ();

  g_assert_true (sendco_date_from_iso ("2026-11-22", date));
  return date;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    if (!g_str_has_prefix (name, "school.sendco"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_write (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "deadlines.xlsx", NULL);
  g_autoptr (SendcoStore) store = make_school (dir);
  g_autoptr (GDate) now = today ();
  g_autoptr (GListStore) all = NULL;
  g_autoptr (GListStore) some = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL, *names = NULL;
  gsize length = 0, first_length;
  GStatBuf st;

  all = sendco_store_list_deadlines (store, 0, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 13);

  /* Every deadline (NULL): an XLSX file, private, nothing else left in the folder */
  g_assert_true (sendco_deadlines_export_xlsx (store, NULL, now, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4000);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "deadlines.xlsx");
  first_length = length;
  g_clear_pointer (&contents, g_free);

  /* What a filter shows (a few rows) replaces the file in place */
  some = g_list_store_new (SENDCO_TYPE_DEADLINE_ITEM);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (all), i);

      g_list_store_append (some, item);
    }
  g_assert_true (sendco_deadlines_export_xlsx (store, G_LIST_MODEL (some), now, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpuint (length, <, first_length);
  g_clear_pointer (&names, g_free);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "deadlines.xlsx");

  g_clear_object (&store);
  io_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autoptr (SendcoStore) store = make_school (dir);
  g_autoptr (GDate) now = today ();
  g_autofree char *missing = g_build_filename (dir, "nowhere", "deadlines.xlsx", NULL);
  g_autofree char *folder = g_build_filename (dir, "a folder", NULL);
  g_autofree char *file = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *inside_file = g_build_filename (file, "deadlines.xlsx", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked.xlsx", NULL);
  g_autofree char *names = NULL;
  GError *error = NULL;

  /* A folder that does not exist: named in the message */
  g_assert_false (sendco_deadlines_export_xlsx (store, NULL, now, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "nowhere”"));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  /* A folder chosen as the file */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (sendco_deadlines_export_xlsx (store, NULL, now, folder, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_nonnull (strstr (error->message, "is a folder"));
  g_clear_error (&error);

  /* "Inside" a file */
  g_assert_true (g_file_set_contents (file, "notes", -1, NULL));
  g_assert_false (sendco_deadlines_export_xlsx (store, NULL, now, inside_file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, "is not a folder"));
  g_clear_error (&error);

  /* A read-only file is left alone (root may write anything: not checked then) */
  g_assert_true (g_file_set_contents (locked, "keep me", -1, NULL));
  g_assert_cmpint (g_chmod (locked, 0400), ==, 0);
  if (geteuid () != 0)
    {
      g_autofree char *kept = NULL;

      g_assert_false (sendco_deadlines_export_xlsx (store, NULL, now, locked, &error));
      g_assert_nonnull (strstr (error->message, "read-only"));
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (locked, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "keep me");
    }

  /* Nothing partial anywhere */
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "a folder locked.xlsx notes.txt");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_chmod (locked, 0600);
  g_clear_object (&store);
  io_test_remove_dir (dir);
}

/* check-deadlines-xlsx.py: writes the sample workbook, for openpyxl to read. */
static int
write_sample (const char *target)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autoptr (SendcoStore) store = make_school (dir);
  g_autoptr (GDate) now = today ();
  g_autoptr (GError) error = NULL;
  gboolean ok = sendco_deadlines_export_xlsx (store, NULL, now, target, &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  g_clear_object (&store);
  io_test_remove_dir (dir);
  return ok ? 0 : 1;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "--write-sample"))
    return write_sample (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/deadlines-export/write", test_write);
  g_test_add_func ("/deadlines-export/errors", test_errors);
  return g_test_run ();
}
