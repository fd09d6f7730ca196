/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sendco --export-provision-map OUT.xlsx|OUT.pdf, run in this process
 * exactly as main() runs it, on the hand-costed school: the one line it
 * prints, the file it writes (a workbook or a PDF, by the ending), --period
 * and --paper, exit status 2 with a plain message for a file name or option
 * it cannot use, and 1 when the file cannot be written. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "provision-test-school.h"
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
  g_autoptr (SendcoStore) store = NULL;

  fixture->dir = io_test_make_dir ();
  store = io_test_new_store (fixture->dir, "school.sendco");
  fixture->db = g_strdup (sendco_store_get_path (store));
  provision_test_school_fill (store, FALSE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  io_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

static char *
pdftotext (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  {
    const char *argv[] = { program, "-layout", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &out, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_is_headless (void)
{
  static const struct { const char *args[5]; gboolean headless; } cases[] = {
    { { "sendco", "--export-provision-map", "map.xlsx", NULL }, TRUE },
    { { "sendco", "--export-provision-map=map.pdf", NULL }, TRUE },
    { { "sendco", "--database", "x.sendco", "--export-provision-map", "m.pdf" }, TRUE },
    { { "sendco", "--period", "term", NULL }, FALSE },
    { { "sendco", "--paper", "a3", NULL }, FALSE },
    { { "sendco", "--export-provision-maps", NULL }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int argc = 0;

      while (argc < 5 && cases[i].args[argc])
        argc++;
      g_assert_cmpint (sendco_cli_is_headless (argc, (char **) cases[i].args), ==,
                       cases[i].headless);
    }
}

static void
test_help (void)
{
  g_autofree char *help = NULL;

  g_assert_cmpint (io_test_run_cli (&help, NULL, "--help", NULL), ==, 0);
  io_test_assert_contains (help, "--export-provision-map=OUT.xlsx|OUT.pdf");
  io_test_assert_contains (help, "Save the costed provision map as an XLSX workbook or a PDF");
  io_test_assert_contains (help, "--period=term|year|any");
  io_test_assert_contains (help, "--paper=a4|a3");
  io_test_assert_contains (help, "sendco --database school.sendco --export-provision-map "
                         "provision-map.xlsx --period term");
}

static void
test_xlsx (Fixture *fixture, gconstpointer data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "Provision map.xlsx", NULL);
  g_autofree char *out = NULL, *err = NULL, *expected = NULL, *contents = NULL;
  gsize length;
  GStatBuf st;

  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--export-provision-map", target,
                        NULL), ==, 0);
  expected = g_strdup_printf ("Saved the provision map for School year 2026 to 2027 as “%s”: "
                              "£1,959.21 on additional provision for 5 pupils · budget "
                              "£50,000.00.\n", target);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpmem (contents, 4, "PK\3\4", 4);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  io_test_assert_only (fixture->dir, "Provision map.xlsx");
}

static void
test_pdf (Fixture *fixture, gconstpointer data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "map.PDF", NULL);
  g_autofree char *out = NULL, *err = NULL, *text = NULL, *contents = NULL;
  gsize length;

  /* This term (autumn 2026, 13 weeks): Talk Boost 2,775 × 13 + a third of
   * its £150 = 41,075; reading only for Davies, as Evans starts in
   * January: one group, 932 × 13 = 12,116. 53,191 for 4 pupils. */
  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", fixture->db, "--export-provision-map", target,
                        "--period", "term", "--paper", "A3", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  io_test_assert_contains (out, "Saved the provision map for Autumn term 2026 as “");
  io_test_assert_contains (out, "map.PDF”: £531.91 on additional provision for 4 pupils");
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpmem (contents, 5, "%PDF-", 5);
  io_test_assert_only (fixture->dir, "map.PDF");

  text = pdftotext (target);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  io_test_assert_contains (text, "Riverside Primary");
  io_test_assert_contains (text, "Talk Boost");
  io_test_assert_contains (text, "Autumn term 2026");
}

static void
test_refusals (Fixture *fixture, gconstpointer data)
{
  g_autofree char *docx = g_build_filename (fixture->dir, "map.docx", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->dir, "map.xlsx", NULL);
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL, *err5 = NULL;
  g_autofree char *err6 = NULL, *expected = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, &err1, "--database", fixture->db, "--export-provision-map", docx,
                        NULL), ==, 2);
  expected = g_strdup_printf ("“%s” does not end in .xlsx or .pdf. Sendco saves the provision "
                              "map as an XLSX workbook (OUT.xlsx) or a PDF (OUT.pdf): give a "
                              "file name with one of those endings.\n", docx);
  g_assert_true (g_str_has_prefix (err1, expected));

  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--export-provision-map", xlsx,
                        "--period", "fortnight", NULL), ==, 2);
  io_test_assert_contains (err2, "--period fortnight is not a period Sendco knows");
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--export-provision-map", xlsx,
                        "--paper", "a3", NULL), ==, 2);
  io_test_assert_contains (err3, "--paper is for a PDF");
  g_assert_cmpint (io_test_run_cli (NULL, &err4, "--database", fixture->db, "--export-provision-map",
                        "m.pdf", "--paper", "letter", NULL), ==, 2);
  io_test_assert_contains (err4, "--paper letter is not a paper size");
  g_assert_cmpint (io_test_run_cli (NULL, &err5, "--database", fixture->db, "--export-register", "r.csv",
                        "--period", "term", NULL), ==, 2);
  io_test_assert_contains (err5, "--period does not go with --export-register");
  g_assert_cmpint (io_test_run_cli (NULL, &err6, "--database", fixture->db, "--export-provision-map", xlsx,
                        "--export-deadlines", "d.xlsx", NULL), ==, 2);
  io_test_assert_contains (err6, "one command at a time");
  io_test_assert_only (fixture->dir, NULL);
}

static void
test_cannot_write (Fixture *fixture, gconstpointer data)
{
  g_autofree char *gone = g_build_filename (fixture->dir, "Governors", NULL);
  g_autofree char *target = g_build_filename (gone, "map.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (gone, "map.pdf", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "Locked", NULL);
  g_autofree char *locked_target = NULL;
  g_autofree char *nodb = g_build_filename (fixture->dir, "none.sendco", NULL);
  g_autofree char *out = NULL, *err1 = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL;
  g_autofree char *expected = NULL;
  const char *folder;

  g_assert_cmpint (io_test_run_cli (&out, &err1, "--database", fixture->db, "--export-provision-map", target,
                        NULL), ==, 1);
  expected = g_strdup_printf ("The provision map could not be saved as “%s”: the folder “%s” "
                              "does not exist.\n", target, gone);
  g_assert_cmpstr (err1, ==, expected);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", fixture->db, "--export-provision-map", pdf,
                        NULL), ==, 1);
  io_test_assert_contains (err2, "does not exist");

  /* root may write anywhere it can reach: use sysfs, which refuses files. */
  if (geteuid () == 0)
    folder = "/sys";
  else
    {
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      folder = locked;
    }
  locked_target = g_build_filename (folder, "map.xlsx", NULL);
  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", fixture->db, "--export-provision-map",
                        locked_target, NULL), ==, 1);
  io_test_assert_contains (err3, "Sendco may not write in the folder");
  io_test_assert_contains (err3, folder);
  if (geteuid () != 0)
    g_assert_cmpint (g_chmod (locked, 0700), ==, 0);

  /* A school file that is not there is not made. */
  g_assert_cmpint (io_test_run_cli (NULL, &err4, "--database", nodb, "--export-provision-map", target, NULL),
                   ==, 1);
  io_test_assert_contains (err4, "none.sendco");
  g_assert_false (g_file_test (nodb, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/cli/provision-map/is-headless", test_is_headless);
  g_test_add_func ("/cli/provision-map/help", test_help);
  ADD ("provision-map/xlsx", test_xlsx);
  ADD ("provision-map/pdf", test_pdf);
  ADD ("provision-map/refusals", test_refusals);
  ADD ("provision-map/cannot-write", test_cannot_write);

#undef ADD

  return g_test_run ();
}
