/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The register CSV export: what it holds, that it reads back through the
 * import unchanged, and that a failed write leaves nothing behind. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "sendco-import.h"
#include "sendco-register-export.h"

typedef struct
{
  char        *dir;
  SendcoStore *store;
  GDate       *today;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = io_test_make_dir ();
  fixture->store = io_test_new_store (fixture->dir, "school.sendco");
  fixture->today = io_test_today ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  io_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_date_free (fixture->today);
}

static SendcoImportPlan *
plan_file (Fixture *fixture, SendcoStore *store, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_read (path, &error);
  g_autofree char *name = g_path_get_basename (path);
  SendcoImportMapping mapping;
  SendcoImportPlan *plan;

  g_assert_no_error (error);
  sendco_import_mapping_guess (&mapping, table);
  g_assert_true (sendco_import_mapping_check (&mapping, table, &error));
  plan = sendco_import_plan_build (store, table, &mapping, name, fixture->today, &error);
  g_assert_no_error (error);
  return plan;
}

static void
import_file (Fixture *fixture, SendcoStore *store, const char *path)
{
  g_autoptr (SendcoImportPlan) plan = plan_file (fixture, store, path);
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_import_plan_apply (plan, store, NULL, &error));
  g_assert_no_error (error);
}

static void
import_fixture (Fixture *fixture, const char *sub, const char *name)
{
  g_autofree char *path = io_test_fixture (sub, name);

  import_file (fixture, fixture->store, path);
}

static char *
export (Fixture *fixture, SendcoStore *store, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_register_export_csv (store, path, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static int
column_of (SendcoCsvTable *table, const char *header)
{
  for (guint c = 0; c < sendco_csv_table_n_columns (table); c++)
    if (g_str_equal (sendco_csv_table_header (table, c), header))
      return (int) c;
  g_error ("no column %s", header);
}

static guint
row_of (SendcoCsvTable *table, const char *upn)
{
  for (guint r = 0; r < sendco_csv_table_n_rows (table); r++)
    if (g_str_equal (sendco_csv_table_field (table, r, 0), upn))
      return r;
  g_error ("no row for %s", upn);
}

static void
test_contents (Fixture *fixture, gconstpointer data)
{
  static const char *const headers[] = {
    "UPN", "Surname", "Forename", "Preferred surname", "Preferred forename", "Date of birth",
    "Gender", "Year group", "Form", "SEN status", "Primary need", "Secondary need",
    "Monitoring", "FSM", "EAL", "LAC", "On register since", "Last reviewed",
  };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) pupil = NULL;
  GStatBuf st;
  guint r;
  int last_year = -2;

  import_fixture (fixture, "mis", "sample-sims-export-primary.csv");
  pupil = sendco_store_find_pupil_by_upn (fixture->store, "G931210224195", &error);
  g_assert_no_error (error);
  g_assert_true (sendco_store_set_monitoring (fixture->store, sendco_pupil_get_id (pupil), TRUE,
                                              "2026-10-05", "", &error));
  path = export (fixture, fixture->store, "register.csv");

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFUPN,Surname,Forename,"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  table = sendco_csv_table_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, G_N_ELEMENTS (headers));
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_assert_cmpstr (sendco_csv_table_header (table, c), ==, headers[c]);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 415);

  /* K931210221877,Hughes,Björn,13/06/2016,M,6,6A,,,,N,N,N */
  r = row_of (table, "K931210221877");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 1), ==, "Hughes");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 2), ==, "Björn");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 5), ==, "2016-06-13");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 6), ==, "M");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 7), ==, "6");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 9), ==, "N");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 13), ==, "N");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 16), ==, "");

  /* T931210222985,Brown,Priya,07/02/2017,F,Year 5,5B,K,NSA,,Y,Y,N */
  r = row_of (table, "T931210222985");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "SEN status")), ==, "K");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "Primary need")), ==, "NSA");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "FSM")), ==, "Y");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "EAL")), ==, "Y");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "LAC")), ==, "N");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "On register since")), ==,
                   "2026-11-22");

  /* Reception is R; the monitoring list shows */
  r = row_of (table, "P931210227110");
  g_assert_cmpstr (sendco_csv_table_field (table, r, 7), ==, "R");
  r = row_of (table, "G931210224195");
  g_assert_cmpstr (sendco_csv_table_field (table, r, column_of (table, "Monitoring")), ==, "Y");

  /* In year group order */
  for (r = 0; r < sendco_csv_table_n_rows (table); r++)
    {
      const char *year = sendco_csv_table_field (table, r, 7);
      int value = g_str_equal (year, "R") ? 0 : atoi (year);

      g_assert_cmpint (value, >=, last_year);
      last_year = value;
    }
}

/* Export, import the export into a new school file, export again: the same
 * register, byte for byte. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *first_text = NULL, *second_text = NULL;
  g_autoptr (SendcoStore) fresh = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;

  import_fixture (fixture, "mis", "sample-sims-export-secondary.csv");
  import_fixture (fixture, "import", "quoted.csv");
  import_fixture (fixture, "import", "arbor.csv");
  first = export (fixture, fixture->store, "first.csv");

  fresh = io_test_new_store (fixture->dir, "fresh.sendco");
  plan = plan_file (fixture, fresh, first);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 1110);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==, 0);
  g_assert_true (sendco_import_plan_apply (plan, fresh, NULL, NULL));
  second = export (fixture, fresh, "second.csv");

  g_assert_true (g_file_get_contents (first, &first_text, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &second_text, NULL, NULL));
  g_assert_cmpstr (first_text, ==, second_text);

  /* Quoting: commas, quotes and spaces survive */
  g_assert_nonnull (strstr (first_text, ",\"Smith, Jr\",Anna,"));
  g_assert_nonnull (strstr (first_text, ",\"O\"\"Neill\",Mary Jane,"));
  g_assert_nonnull (strstr (first_text, ",\"Li \"\"Lily\"\"\",,Lily,"));

  /* And importing the export into the school it came from changes nothing. */
  g_clear_object (&plan);
  plan = plan_file (fixture, fixture->store, first);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_UNCHANGED), ==, 1110);
  g_assert_cmpuint (sendco_import_plan_count_conflicts (plan), ==, 0);
}

static void
test_leaves_out_archived (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoPupil) pupil = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  import_fixture (fixture, "import", "school-autumn.csv");
  pupil = sendco_store_find_pupil_by_upn (fixture->store, "M823456720043", &error);
  g_assert_true (sendco_store_archive_pupil (fixture->store, sendco_pupil_get_id (pupil),
                                             "2026-11-01", "Moved away", &error));
  g_assert_no_error (error);

  path = export (fixture, fixture->store, "register.csv");
  table = sendco_csv_table_read (path, &error);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 4);
  for (guint r = 0; r < 4; r++)
    g_assert_cmpstr (sendco_csv_table_field (table, r, 0), !=, "M823456720043");
}

static void
test_empty_register (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = export (fixture, fixture->store, "empty.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_read (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 0);
  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, 18);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle))
    n++;
  return n;
}

static void
test_errors (Fixture *fixture, gconstpointer data)
{
  g_autofree char *no_folder = g_build_filename (fixture->dir, "no", "such", "out.csv", NULL);
  g_autofree char *long_name = NULL;
  g_autofree char *long_path = NULL;
  g_autofree char *existing = g_build_filename (fixture->dir, "keep.csv", NULL);
  g_autofree char *kept = NULL;
  g_autoptr (GError) error = NULL;
  guint files;

  import_fixture (fixture, "import", "school-autumn.csv");
  files = count_files (fixture->dir);

  g_assert_false (sendco_register_export_csv (fixture->store, no_folder, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, no_folder));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_false (sendco_register_export_csv (fixture->store, fixture->dir, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);

  /* The write itself fails (a name too long for the file system): no
   * partial file and no temporary file is left, and a file already there
   * is untouched. */
  g_assert_true (g_file_set_contents (existing, "keep me", -1, NULL));
  files = count_files (fixture->dir);
  long_name = g_strnfill (300, 'x');
  long_path = g_build_filename (fixture->dir, long_name, NULL);
  g_assert_false (sendco_register_export_csv (fixture->store, long_path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, long_name));
  g_assert_cmpuint (count_files (fixture->dir), ==, files);
  g_assert_true (g_file_get_contents (existing, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "keep me");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/register-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("contents", test_contents);
  ADD ("round-trip", test_round_trip);
  ADD ("leaves-out-archived", test_leaves_out_archived);
  ADD ("empty", test_empty_register);
  ADD ("errors", test_errors);

#undef ADD

  return g_test_run ();
}
