/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line, run in this process exactly as main() runs it:
 * exit statuses, the summary and rejected lines, --dry-run, --map, the
 * register export and the demo school. No display is needed or opened. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "sendco-cli.h"
#include "sendco-store.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = io_test_make_dir ();
  fixture->db = g_build_filename (fixture->dir, "school.sendco", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  io_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

static char *
fixture_path (const char *sub, const char *name)
{
  return io_test_fixture (sub, name);
}

static void
test_is_headless (void)
{
  static const struct { const char *args[4]; gboolean headless; } cases[] = {
    { { "sendco", NULL }, FALSE },
    { { "sendco", "--database", "x.sendco", NULL }, FALSE },
    { { "sendco", "--database=x", "--import-pupils", "a.csv" }, TRUE },
    { { "sendco", "--import-pupils=a.csv", NULL }, TRUE },
    { { "sendco", "--export-register", "out.csv", NULL }, TRUE },
    { { "sendco", "--export-register=out.csv", NULL }, TRUE },
    { { "sendco", "--demo", NULL }, TRUE },
    { { "sendco", "--help", NULL }, TRUE },
    { { "sendco", "-h", NULL }, TRUE },
    { { "sendco", "--help-all", NULL }, TRUE },
    { { "sendco", "--version", NULL }, TRUE },
    { { "sendco", "--demo-pupils", "5", NULL }, FALSE },
    { { "sendco", "--import-pupilsx", NULL }, FALSE },
    { { "sendco", "--", "--demo", NULL }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int argc = 0;

      while (argc < 4 && cases[i].args[argc])
        argc++;
      g_assert_cmpint (sendco_cli_is_headless (argc, (char **) cases[i].args), ==,
                       cases[i].headless);
    }
}

static void
test_version_and_help (void)
{
  g_autofree char *out = NULL, *err = NULL, *help = NULL, *help_h = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (io_test_run_cli (&out, &err, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "sendco 0.1.0\n");
  g_assert_cmpstr (err, ==, "");

  g_assert_cmpint (io_test_run_cli (&help, NULL, "--help", NULL), ==, 0);
  lines = g_strsplit (help, "\n", 5);
  /* Usage, blank, then one sentence saying what Sendco is */
  g_assert_true (g_str_has_prefix (lines[0], "Usage:"));
  io_test_assert_contains (lines[3], "Sendco keeps a school's SEND register");
  io_test_assert_contains (help, "--database=FILE");
  io_test_assert_contains (help, "Headless commands (no display needed):");
  io_test_assert_contains (help, "--import-pupils=CSV");
  io_test_assert_contains (help, "--dry-run");
  io_test_assert_contains (help, "--archive-missing");
  io_test_assert_contains (help, "--take-sen-from-file");
  io_test_assert_contains (help, "--map=FIELD=HEADER");
  io_test_assert_contains (help, "--export-register=OUT.csv");
  io_test_assert_contains (help, "--demo ");
  io_test_assert_contains (help, "--demo-pupils=N");
  io_test_assert_contains (help, "--demo-seed=N");
  io_test_assert_contains (help, "--version");

  g_assert_cmpint (io_test_run_cli (&help_h, NULL, "-h", NULL), ==, 0);
  g_assert_cmpstr (help_h, ==, help);
}

static void
test_usage_errors (void)
{
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, &err1, "--version", "--no-such-option", NULL), ==, 2);
  io_test_assert_contains (err1, "--no-such-option");
  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--demo", "--export-register", "x.csv", NULL), ==, 2);
  io_test_assert_contains (err2, "one command at a time");
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--export-register", "x.csv", "--dry-run", NULL), ==, 2);
  io_test_assert_contains (err3, "--dry-run");
  g_assert_cmpint (io_test_run_cli (NULL, &err4, "--demo", "--demo-pupils", "many", NULL), ==, 2);
}

static const char *const primary_rejected[] = {
  "line 14: UPN P931210221187: impossible date of birth (31/02/2015)",
  "line 40: UPN H931210222977: missing surname",
  "line 71: UPN M93121022550: UPN wrong length (12 characters; a UPN has 13)",
  "line 158: UPN B931210223890: bad UPN check letter (should be J)",
  "line 345: UPN Y931210221395: unknown need code (DYSLEXIA)",
  "line 417: UPN T931210223384: duplicate UPN in file (first on line 407)",
};

static void
assert_primary_output (const char *out, const char *summary)
{
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr (GRegex) shape = g_regex_new ("^line [0-9]+: UPN \\S+: .+$", 0, 0, NULL);

  if (g_strv_length (lines) != 1 + G_N_ELEMENTS (primary_rejected) + 1)
    g_error ("unexpected output:\n%s", out);
  g_assert_cmpstr (lines[0], ==, summary);
  for (guint i = 0; i < G_N_ELEMENTS (primary_rejected); i++)
    {
      g_assert_true (g_regex_match (shape, lines[i + 1], 0, NULL));
      g_assert_cmpstr (lines[i + 1], ==, primary_rejected[i]);
    }
  g_assert_cmpstr (lines[G_N_ELEMENTS (primary_rejected) + 1], ==, "");
}

static void
test_import_primary (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("mis", "sample-sims-export-primary.csv");
  g_autofree char *out = NULL, *err = NULL, *again = NULL, *dry = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoSchool) school = NULL;
  gint64 audit;

  /* A dry run on a school file that does not exist yet does not make it. */
  g_assert_cmpint (io_test_run_cli (&dry, &err, "--database", fixture->db, "--import-pupils", csv,
                        "--dry-run", NULL), ==, 3);
  assert_primary_output (dry, "imported 415, updated 0, unchanged 0, rejected 6");
  io_test_assert_contains (err, "Dry run: nothing was written.");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 3);
  assert_primary_output (out, "imported 415, updated 0, unchanged 0, rejected 6");
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM pupil"), ==, 415);
  audit = io_test_query_int (fixture->db, "SELECT count(*) FROM audit");
  g_clear_pointer (&err, g_free);

  /* A new file gets a school, primary for years R to 6 */
  store = sendco_store_open (fixture->db, SENDCO_STORE_OPEN_READ_ONLY, NULL);
  school = sendco_store_get_school (store, NULL);
  g_assert_cmpstr (sendco_school_get_name (school), ==, "My school");
  g_assert_cmpstr (sendco_school_get_phase (school), ==, "primary");
  g_clear_object (&store);

  g_assert_cmpint (io_test_run_cli (&again, &err, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 3);
  assert_primary_output (again, "imported 0, updated 0, unchanged 415, rejected 6");
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM audit"), ==, audit);
}

static void
test_import_secondary (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("mis", "sample-sims-export-secondary.csv");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoSchool) school = NULL;

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 0);
  g_assert_cmpstr (out, ==, "imported 1100, updated 0, unchanged 0, rejected 0\n");
  g_assert_cmpstr (err, ==, "");

  store = sendco_store_open (fixture->db, SENDCO_STORE_OPEN_READ_ONLY, NULL);
  school = sendco_store_get_school (store, NULL);
  g_assert_cmpstr (sendco_school_get_phase (school), ==, "secondary");
}

/* SEN differences kept go to stderr, one line each; --take-sen-from-file
 * takes them; --archive-missing archives; --dry-run writes nothing. */
static void
test_import_options (Fixture *fixture, gconstpointer data)
{
  g_autofree char *autumn = fixture_path ("import", "school-autumn.csv");
  g_autofree char *spring = fixture_path ("import", "school-spring.csv");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoPupil) carter = NULL;
  g_autoptr (SendcoPupil) dixon = NULL;
  g_autoptr (GError) error = NULL;
  gint64 audit;

  g_assert_cmpint (io_test_run_cli (&out, NULL, "--database", fixture->db, "--import-pupils", autumn, NULL),
                   ==, 0);
  g_assert_cmpstr (out, ==, "imported 5, updated 0, unchanged 0, rejected 0\n");
  g_clear_pointer (&out, g_free);

  store = sendco_store_open (fixture->db, SENDCO_STORE_OPEN_DEFAULT, &error);
  carter = sendco_store_find_pupil_by_upn (store, "Y823456720042", &error);
  g_assert_true (sendco_store_change_sen_status (store, sendco_pupil_get_id (carter), "E", "ASD",
                                                 NULL, "2026-11-22", "Assessed", &error));
  g_assert_no_error (error);
  g_clear_object (&carter);

  /* Dry run: reported, not written */
  audit = io_test_query_int (fixture->db, "SELECT count(*) FROM audit");
  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", spring,
                        "--dry-run", "--archive-missing", "--take-sen-from-file", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "imported 1, updated 3, unchanged 1, rejected 0, archived 1\n");
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM audit"), ==, audit);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", spring, NULL),
                   ==, 0);
  g_assert_cmpstr (out, ==, "imported 1, updated 2, unchanged 2, rejected 0\n");
  io_test_assert_contains (err, "line 4: UPN Y823456720042: SEN status kept as recorded in Sendco "
                        "(file: K SPLD; Sendco: E ASD)\n");
  io_test_assert_contains (err, "--take-sen-from-file");
  io_test_assert_contains (err, "1 pupil on roll in Sendco is not in this file");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", spring,
                        "--take-sen-from-file", "--archive-missing", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "imported 0, updated 1, unchanged 4, rejected 0, archived 1\n");
  g_assert_cmpstr (err, ==, "");

  carter = sendco_store_find_pupil_by_upn (store, "Y823456720042", &error);
  g_assert_cmpstr (sendco_pupil_get_sen_status (carter), ==, "K");
  dixon = sendco_store_find_pupil_by_upn (store, "M823456720043", &error);
  g_assert_true (sendco_pupil_is_archived (dixon));
}

/* Columns the importer cannot match: exit 2, say which and how to --map. */
static void
test_import_mapping (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("import", "unmapped.csv");
  g_autofree char *out = NULL, *err = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 2);
  g_assert_cmpstr (out, ==, "");
  io_test_assert_contains (err, "  upn (UPN)\n");
  io_test_assert_contains (err, "  date-of-birth (Date of birth)\n");
  io_test_assert_contains (err, "“Pupil number”, “Surname”, “Forename”, “Born”, “Year”, "
                        "“Form”");
  io_test_assert_contains (err, "--map FIELD=HEADER");
  io_test_assert_contains (err, "--map upn=\"Pupil number\"");
  io_test_assert_contains (err, "preferred-forename");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (io_test_run_cli (&out, NULL, "--database", fixture->db, "--import-pupils", csv,
                        "--map", "upn=Pupil number", "--map", "date-of-birth=born", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "imported 2, updated 0, unchanged 0, rejected 0\n");

  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--import-pupils", csv,
                        "--map", "dob=Born", NULL), ==, 2);
  io_test_assert_contains (err2, "“dob”");
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--import-pupils", csv,
                        "--map", "upn=Pupil", NULL), ==, 2);
  io_test_assert_contains (err3, "no column “Pupil”");
}

static void
test_import_bad_files (Fixture *fixture, gconstpointer data)
{
  g_autofree char *not_utf8 = fixture_path ("import", "not-utf8.csv");
  g_autofree char *unterminated = fixture_path ("import", "unterminated.csv");
  g_autofree char *missing = fixture_path ("import", "missing.csv");
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, &err1, "--database", fixture->db, "--import-pupils", not_utf8,
                        NULL), ==, 2);
  io_test_assert_contains (err1, "Line 4 ");
  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--import-pupils",
                        unterminated, NULL), ==, 2);
  io_test_assert_contains (err2, "line 3 ");
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--import-pupils", missing,
                        NULL), ==, 2);
  io_test_assert_contains (err3, "missing.csv");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

/* The school file cannot be used: the store's plain message, exit 1. */
static void
test_database_errors (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("import", "school-autumn.csv");
  g_autofree char *junk = g_build_filename (fixture->dir, "junk.sendco", NULL);
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL;
  g_autofree char *out = NULL;
  gpointer lock;

  g_assert_true (g_file_set_contents (junk, "this is not a database, just some text that is "
                                            "long enough to look like a file", -1, NULL));
  g_assert_cmpint (io_test_run_cli (&out, &err1, "--database", junk, "--import-pupils", csv, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  io_test_assert_contains (err1, "not a Sendco school file");

  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 0);
  /* Importing the same file again has nothing to write, so another program
   * holding the write lock does not stop it. */
  lock = io_test_hold_write_lock (fixture->db);
  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--import-pupils", csv,
                        "--archive-missing", NULL), ==, 0);
  io_test_release_lock (lock);
  g_assert_cmpstr (err2, ==, "");

  io_test_exec (fixture->db, "PRAGMA user_version = 99");
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 1);
  io_test_assert_contains (err3, "newer version of Sendco");
  g_assert_cmpint (io_test_run_cli (NULL, &err4, "--database", fixture->db, "--export-register",
                        junk, NULL), ==, 1);
  io_test_assert_contains (err4, "newer version of Sendco");
}

/* A locked file, with a write to do: exit 1 after the store's wait. */
static void
test_database_locked (Fixture *fixture, gconstpointer data)
{
  g_autofree char *autumn = fixture_path ("import", "school-autumn.csv");
  g_autofree char *spring = fixture_path ("import", "school-spring.csv");
  g_autofree char *err = NULL;
  gpointer lock;

  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--database", fixture->db, "--import-pupils", autumn, NULL),
                   ==, 0);
  lock = io_test_hold_write_lock (fixture->db);
  g_assert_cmpint (io_test_run_cli (NULL, &err, "--database", fixture->db, "--import-pupils", spring, NULL),
                   ==, 1);
  io_test_release_lock (lock);
  io_test_assert_contains (err, "in use by another program");
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM pupil"), ==, 5);
}

static void
test_export_register (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("import", "school-autumn.csv");
  g_autofree char *target = g_build_filename (fixture->dir, "register.csv", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "nowhere", "register.csv", NULL);
  g_autofree char *nodb = g_build_filename (fixture->dir, "none.sendco", NULL);
  g_autofree char *out = NULL, *err = NULL, *err2 = NULL, *text = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 0);
  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--export-register", target,
                        NULL), ==, 0);
  io_test_assert_contains (out, "register.csv");
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  io_test_assert_contains (text, "V823456720040,Allen,Alf,,,2016-09-01,M,4,4A,N,,,N,N,N,N,,\r\n");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (io_test_run_cli (NULL, &err, "--database", fixture->db, "--export-register", bad, NULL),
                   ==, 1);
  io_test_assert_contains (err, bad);

  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", nodb, "--export-register", target, NULL),
                   ==, 1);
  io_test_assert_contains (err2, "none.sendco");
  g_assert_false (g_file_test (nodb, G_FILE_TEST_EXISTS));
}

/* With no --database, the usual school file (under XDG_DATA_HOME). */
static void
test_default_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("import", "school-autumn.csv");
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "sendco",
                                                "school.sendco", NULL);

  g_assert_true (g_str_has_prefix (expected, g_getenv ("XDG_DATA_HOME")));
  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--import-pupils", csv, NULL), ==, 0);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (io_test_query_int (expected, "SELECT count(*) FROM pupil"), ==, 5);
}

static void
test_demo_refusals (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = fixture_path ("import", "school-autumn.csv");
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, &err1, "--database", fixture->db, "--demo", "--demo-pupils", "99",
                        NULL), ==, 2);
  io_test_assert_contains (err1, "100 to 20000");
  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--demo", "--demo-pupils",
                        "20001", NULL), ==, 2);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--database", fixture->db, "--import-pupils", csv, NULL),
                   ==, 0);
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--demo", NULL), ==, 2);
  io_test_assert_contains (err3, "already holds pupils");
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM pupil"), ==, 5);
}

static void
test_demo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;

  if (io_test_run_cli (&out, &err, "--database", fixture->db, "--demo", "--demo-pupils", "150",
           "--demo-seed", "7", NULL) != 0)
    g_error ("--demo failed: %s", err);
  expected = g_strdup_printf (" with 150 pupils in %s\n", fixture->db);
  g_assert_true (g_str_has_prefix (out, "Demo school “"));
  g_assert_true (g_str_has_suffix (out, expected));
  g_assert_cmpint (io_test_query_int (fixture->db, "SELECT count(*) FROM pupil"), ==, 150);
}

int
main (int argc, char **argv)
{
  g_autofree char *home = NULL;
  g_autofree char *data_home = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  /* Before GLib reads it: the usual school file goes in a private folder. */
  home = io_test_make_dir ();
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/cli/is-headless", test_is_headless);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  ADD ("import/primary", test_import_primary);
  ADD ("import/secondary", test_import_secondary);
  ADD ("import/options", test_import_options);
  ADD ("import/mapping", test_import_mapping);
  ADD ("import/bad-files", test_import_bad_files);
  ADD ("database-errors", test_database_errors);
  ADD ("database-locked", test_database_locked);
  ADD ("export-register", test_export_register);
  ADD ("default-database", test_default_database);
  ADD ("demo/refusals", test_demo_refusals);
  ADD ("demo/make", test_demo);

#undef ADD

  status = g_test_run ();
  io_test_remove_dir (home);
  return status;
}
