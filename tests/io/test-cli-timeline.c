/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The deadline calculator on the command line (--ehc-timeline,
 * --annual-review-timeline) and --export-deadlines, run in this process
 * exactly as main() runs them: the exact lines for real dates, the warning
 * for a review held too late, exit status 2 with a plain message for
 * impossible dates and contradictory options, and no school file touched. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "sendco-cli.h"
#include "sendco-store.h"
#include "sendco-upn.h"

/* Each line is DATE<TAB>STEP<TAB>RULE; @expected lists "DATE STEP" in order. */
static void
assert_steps (const char *out, const char *const *expected)
{
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  while (expected[n])
    n++;
  if (g_strv_length (lines) != n + 1)
    g_error ("expected %u lines, got:\n%s", n, out);
  g_assert_cmpstr (lines[n], ==, "");
  for (guint i = 0; i < n; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_autofree char *got = NULL;

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      got = g_strdup_printf ("%s %s", fields[0], fields[1]);
      g_assert_cmpstr (got, ==, expected[i]);
      /* a rule a SENDCO can quote */
      g_assert_cmpuint (strlen (fields[2]), >, 20);
    }
}

static void
test_is_headless (void)
{
  static const struct { const char *args[4]; gboolean headless; } cases[] = {
    { { "sendco", "--ehc-timeline", "2026-01-05", NULL }, TRUE },
    { { "sendco", "--ehc-timeline=2026-01-05", NULL }, TRUE },
    { { "sendco", "--annual-review-timeline", "2026-03-10", NULL }, TRUE },
    { { "sendco", "--annual-review-timeline=2026-03-10", NULL }, TRUE },
    { { "sendco", "--export-deadlines", "out.xlsx", NULL }, TRUE },
    { { "sendco", "--database", "x.sendco", "--export-deadlines=out.xlsx" }, TRUE },
    { { "sendco", "--draft-sent", "2026-01-05", NULL }, FALSE },
    { { "sendco", "--ehc-timelines", NULL }, FALSE },
    { { "sendco", "--", "--ehc-timeline", NULL }, FALSE },
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
test_help (void)
{
  g_autofree char *help = NULL;
  const char *section;

  g_assert_cmpint (io_test_run_cli (&help, NULL, "--help", NULL), ==, 0);
  io_test_assert_contains (help, "Headless commands (no display needed):");
  io_test_assert_contains (help, "--export-deadlines=OUT.xlsx");
  section = strstr (help, "Statutory deadlines (no school file or display needed):");
  g_assert_nonnull (section);
  io_test_assert_contains (section, "--ehc-timeline=DATE");
  io_test_assert_contains (section, "--draft-sent=DATE");
  io_test_assert_contains (section, "--annual-review-timeline=DATE");
  io_test_assert_contains (section, "--plan-issued=DATE");
  io_test_assert_contains (section, "--previous-review=DATE");
  io_test_assert_contains (section, "--transfer=phase|post16");
  io_test_assert_contains (section, "--transfer-year=YYYY");
  io_test_assert_contains (section, "--post16-move=DATE");
  io_test_assert_contains (section, "--la-decision=DATE");
  io_test_assert_contains (section, "--amendment-notice=DATE");
  /* The warning is documented */
  io_test_assert_contains (help, "within 12 months of the previous review");
  io_test_assert_contains (help, "warning on standard error");
  io_test_assert_contains (help, "sendco --ehc-timeline 2026-01-05");
}

static void
test_ehc_timeline (void)
{
  g_autofree char *out = NULL, *err = NULL, *uk = NULL, *draft = NULL;
  static const char *const with_draft[] = {
    "2026-02-16 decision-to-assess", "2026-04-27 notice-no-plan", "2026-05-05 draft-comments",
    "2026-05-25 final-plan", NULL
  };
  static const char *const early_draft[] = {
    "2026-02-16 decision-to-assess", "2026-04-14 draft-comments", "2026-04-27 notice-no-plan",
    "2026-05-25 final-plan", NULL
  };

  g_assert_cmpint (io_test_run_cli (&out, &err, "--ehc-timeline", "2026-01-05", NULL), ==, 0);
  g_assert_cmpstr (out, ==,
                   "2026-02-16\tdecision-to-assess\t6 weeks from the LA receiving the request "
                   "(SEND Regulations 2014, reg. 4)\n"
                   "2026-04-27\tnotice-no-plan\t16 weeks from the LA receiving the request "
                   "(SEND Regulations 2014, reg. 10)\n"
                   "2026-05-25\tfinal-plan\t20 weeks from the LA receiving the request "
                   "(SEND Regulations 2014, reg. 13)\n");
  g_assert_cmpstr (err, ==, "");

  /* dd/mm/yyyy reads the same */
  g_assert_cmpint (io_test_run_cli (&uk, NULL, "--ehc-timeline=05/01/2026", NULL), ==, 0);
  g_assert_cmpstr (uk, ==, out);

  g_assert_cmpint (io_test_run_cli (&draft, NULL, "--ehc-timeline", "2026-01-05", "--draft-sent",
                        "2026-04-20", NULL), ==, 0);
  assert_steps (draft, with_draft);
  g_clear_pointer (&draft, g_free);
  g_assert_cmpint (io_test_run_cli (&draft, NULL, "--ehc-timeline", "2026-01-05", "--draft-sent",
                        "30/03/2026", NULL), ==, 0);
  assert_steps (draft, early_draft);
}

static void
test_ehc_timeline_leap_year (void)
{
  g_autofree char *out = NULL;
  static const char *const expected[] = {
    "2024-02-29 decision-to-assess", "2024-05-09 notice-no-plan", "2024-06-06 final-plan", NULL
  };

  g_assert_cmpint (io_test_run_cli (&out, NULL, "--ehc-timeline", "2024-01-18", NULL), ==, 0);
  assert_steps (out, expected);
}

static void
test_review_timeline (void)
{
  g_autofree char *out = NULL, *err = NULL, *full = NULL, *move = NULL, *post16 = NULL;
  static const char *const plain[] = {
    "2026-01-13 gather-views", "2026-02-24 invitations", "2026-02-24 papers-circulated",
    "2026-03-24 report-to-la", "2026-04-07 la-decision", "2027-03-10 next-review", NULL
  };
  static const char *const everything[] = {
    "2026-01-13 gather-views", "2026-02-24 invitations", "2026-02-24 papers-circulated",
    "2026-03-24 report-to-la", "2026-04-07 la-decision", "2026-05-27 amended-plan",
    "2027-02-15 transfer-deadline", "2027-03-10 next-review", "2027-04-01 next-review-legal",
    NULL
  };
  static const char *const moving[] = {
    "2026-01-13 gather-views", "2026-02-24 invitations", "2026-02-24 papers-circulated",
    "2026-03-24 report-to-la", "2026-04-07 la-decision", "2027-03-10 next-review",
    "2027-04-01 transfer-deadline", NULL
  };
  static const char *const to_post16[] = {
    "2026-01-13 gather-views", "2026-02-24 invitations", "2026-02-24 papers-circulated",
    "2026-03-24 report-to-la", "2026-04-07 la-decision", "2027-03-10 next-review",
    "2027-03-31 transfer-deadline", NULL
  };

  g_assert_cmpint (io_test_run_cli (&out, &err, "--annual-review-timeline", "2026-03-10", NULL), ==, 0);
  assert_steps (out, plain);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);

  /* Every date given, a previous review within 12 months: no warning */
  g_assert_cmpint (io_test_run_cli (&full, &err, "--annual-review-timeline", "2026-03-10",
                        "--previous-review", "2025-03-12", "--plan-issued", "2023-06-01",
                        "--la-decision", "2026-04-01", "--amendment-notice", "01/04/2026",
                        "--transfer", "phase", "--transfer-year", "2027", NULL), ==, 0);
  assert_steps (full, everything);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);

  /* A move between post-16 settings on 01/09/2027: 5 months before */
  g_assert_cmpint (io_test_run_cli (&move, &err, "--annual-review-timeline", "2026-03-10", "--post16-move",
                        "2027-09-01", NULL), ==, 0);
  assert_steps (move, moving);
  g_clear_pointer (&err, g_free);

  /* Secondary school to post-16 in 2027: 31 March */
  g_assert_cmpint (io_test_run_cli (&post16, &err, "--annual-review-timeline", "2026-03-10", "--transfer",
                        "post16", "--transfer-year", "2027", NULL), ==, 0);
  assert_steps (post16, to_post16);
}

/* Held more than 12 months after the previous review (or the plan being
 * issued): a warning on stderr, the steps on stdout all the same. */
static void
test_review_too_late (void)
{
  g_autofree char *out = NULL, *err = NULL, *plain = NULL, *first = NULL, *err2 = NULL;
  g_autofree char *leap = NULL, *err3 = NULL, *ok_err = NULL;

  g_assert_cmpint (io_test_run_cli (&plain, NULL, "--annual-review-timeline", "2026-03-10", NULL), ==, 0);

  g_assert_cmpint (io_test_run_cli (&out, &err, "--annual-review-timeline", "2026-03-10",
                        "--previous-review", "2025-03-05", NULL), ==, 0);
  g_assert_cmpstr (out, ==, plain);
  g_assert_cmpstr (err, ==, "Warning: the meeting on 10/03/2026 is too late: an annual review "
                            "must be held within 12 months of the previous review, by "
                            "05/03/2026.\n");

  /* A first review: 12 months from the plan being issued */
  g_assert_cmpint (io_test_run_cli (&first, &err2, "--annual-review-timeline", "2026-03-10",
                        "--plan-issued", "2025-02-28", NULL), ==, 0);
  g_assert_cmpstr (first, ==, plain);
  io_test_assert_contains (err2, "the first annual review must be held within 12 months of the plan "
                         "being issued, by 28/02/2026");

  /* 29 February: within 12 months means by 28 February */
  g_assert_cmpint (io_test_run_cli (&leap, &err3, "--annual-review-timeline", "2025-03-01",
                        "--previous-review", "2024-02-29", NULL), ==, 0);
  io_test_assert_contains (err3, "by 28/02/2025");
  g_assert_cmpint (io_test_run_cli (NULL, &ok_err, "--annual-review-timeline", "2025-02-28",
                        "--previous-review", "2024-02-29", NULL), ==, 0);
  g_assert_cmpstr (ok_err, ==, "");
}

typedef struct
{
  const char *args[10];
  const char *says;   /* part of the message */
} Refusal;

static void
test_refusals (void)
{
  static const Refusal refusals[] = {
    { { "--ehc-timeline", "2025-02-29" },
      "“2025-02-29” for --ehc-timeline is not a real date: February 2025 has 28 days." },
    { { "--ehc-timeline", "31/04/2026" }, "is not a real date" },
    { { "--ehc-timeline", "2026-13-01" }, "is not a date. Give dates as YYYY-MM-DD" },
    { { "--ehc-timeline", "next tuesday" }, "“next tuesday” for --ehc-timeline is not a date" },
    { { "--ehc-timeline", "" }, "is not a date" },
    { { "--ehc-timeline", "2026-01-05", "--draft-sent", "2026-02-30" }, "--draft-sent" },
    { { "--ehc-timeline", "2026-01-05", "--draft-sent", "2025-12-20" },
      "--draft-sent (20/12/2025) cannot be before --ehc-timeline (05/01/2026)" },
    { { "--draft-sent", "2026-01-05", "--annual-review-timeline", "2026-03-10" },
      "--draft-sent does not go with --annual-review-timeline" },
    { { "--ehc-timeline", "2026-01-05", "--previous-review", "2025-03-12" },
      "--previous-review does not go with --ehc-timeline" },
    { { "--ehc-timeline", "2026-01-05", "--annual-review-timeline", "2026-03-10" },
      "one command at a time" },
    { { "--annual-review-timeline", "2025-02-29" }, "not a real date" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "phase" },
      "--transfer phase needs the calendar year of the transfer" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer-year", "2027" },
      "--transfer-year goes with --transfer phase or --transfer post16" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "sideways", "--transfer-year",
        "2027" }, "--transfer sideways is not a transfer Sendco knows" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "phase", "--transfer-year",
        "twenty" }, "twenty" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "phase", "--transfer-year",
        "27" }, "--transfer-year 27 is not a year" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "post16", "--transfer-year",
        "2027", "--post16-move", "2027-09-01" }, "contradicts --transfer post16" },
    { { "--annual-review-timeline", "2026-03-10", "--transfer", "post16-move" },
      "needs the date of the move" },
    { { "--annual-review-timeline", "2026-03-10", "--previous-review", "2026-03-10" },
      "--annual-review-timeline (10/03/2026) must be after --previous-review (10/03/2026)" },
    { { "--annual-review-timeline", "2026-03-10", "--plan-issued", "2026-04-01" },
      "must be after --plan-issued (01/04/2026)" },
    { { "--annual-review-timeline", "2026-03-10", "--plan-issued", "2025-06-01",
        "--previous-review", "2025-05-01" }, "--previous-review (01/05/2025) must be after "
                                            "--plan-issued (01/06/2025)" },
    { { "--annual-review-timeline", "2026-03-10", "--la-decision", "2026-03-01" },
      "--la-decision (01/03/2026) cannot be before --annual-review-timeline (10/03/2026)" },
    { { "--annual-review-timeline", "2026-03-10", "--amendment-notice", "2026-02-01" },
      "--amendment-notice (01/02/2026) cannot be before" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      int status;

      g_assert_null (refusals[i].args[G_N_ELEMENTS (refusals[i].args) - 1]);
      status = io_test_run_cli_strv (refusals[i].args, &out, &err);
      if (status != 2 || strstr (err, refusals[i].says) == NULL || out[0] != '\0')
        g_error ("case %u: status %d, stdout “%s”, stderr “%s”; expected 2 and “%s”", i, status,
                 out, err, refusals[i].says);
      io_test_assert_contains (err, "sendco --help");
    }
}

/* No school file is needed, read, or made. */
static void
test_no_database (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "sendco", NULL);
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *nowhere = g_build_filename (dir, "none.sendco", NULL);
  g_autofree char *out = NULL;

  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--ehc-timeline", "2026-01-05", NULL), ==, 0);
  g_assert_cmpint (io_test_run_cli (NULL, NULL, "--annual-review-timeline", "2026-03-10", NULL), ==, 0);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));
  g_assert_cmpint (io_test_run_cli (&out, NULL, "--database", nowhere, "--ehc-timeline", "2026-01-05", NULL),
                   ==, 0);
  io_test_assert_contains (out, "final-plan");
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  io_test_remove_dir (dir);
}

static void
test_export_deadlines (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *db = g_build_filename (dir, "school.sendco", NULL);
  g_autofree char *target = g_build_filename (dir, "deadlines.xlsx", NULL);
  g_autofree char *bad = g_build_filename (dir, "nowhere", "deadlines.xlsx", NULL);
  g_autofree char *nodb = g_build_filename (dir, "none.sendco", NULL);
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, 7);
  g_autofree char *out = NULL, *err = NULL, *err2 = NULL, *err3 = NULL;
  g_autofree char *expected = NULL, *contents = NULL;
  g_autoptr (SendcoStore) store = io_test_new_store (dir, "school.sendco");
  g_autoptr (SendcoSchool) school = sendco_school_new ("Oak Hill Primary", "Leeds", "primary");
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();
  g_autoptr (SendcoEhcRequest) request = sendco_ehc_request_new ();
  g_autoptr (GError) error = NULL;
  gsize length = 0;

  g_assert_true (sendco_store_set_school (store, school, &error));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, "Patel");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, "Maya");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, "2018-03-14");
  sendco_pupil_set_year_group (pupil, 3);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, "K");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, "SLCN");
  g_assert_true (sendco_store_insert_pupil (store, pupil, "2025-09-03", "Test", &error));
  g_assert_no_error (error);
  request->pupil_id = sendco_pupil_get_id (pupil);
  sendco_record_set (&request->received_on, "2026-10-05");
  g_assert_true (sendco_store_save_ehc_request (store, request, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Decision, final plan and a parent meeting this term: three */
  g_assert_cmpint (io_test_run_cli (&out, &err, "--database", db, "--export-deadlines", target, NULL), ==, 0);
  expected = g_strdup_printf ("Saved 3 reviews and deadlines as “%s”.\n", target);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "PK\x03\x04", 4) == 0);

  g_assert_cmpint (io_test_run_cli (NULL, &err2, "--database", db, "--export-deadlines", bad, NULL), ==, 1);
  io_test_assert_contains (err2, "the folder");
  io_test_assert_contains (err2, "does not exist");
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_assert_cmpint (io_test_run_cli (NULL, &err3, "--database", nodb, "--export-deadlines", target, NULL),
                   ==, 1);
  io_test_assert_contains (err3, "none.sendco");
  g_assert_false (g_file_test (nodb, G_FILE_TEST_EXISTS));

  io_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_autofree char *home = NULL;
  g_autofree char *data_home = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  /* Before GLib reads it: the usual school file would go in a private folder. */
  home = io_test_make_dir ();
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-timeline/is-headless", test_is_headless);
  g_test_add_func ("/cli-timeline/help", test_help);
  g_test_add_func ("/cli-timeline/ehc", test_ehc_timeline);
  g_test_add_func ("/cli-timeline/ehc-leap-year", test_ehc_timeline_leap_year);
  g_test_add_func ("/cli-timeline/annual-review", test_review_timeline);
  g_test_add_func ("/cli-timeline/annual-review-too-late", test_review_too_late);
  g_test_add_func ("/cli-timeline/refusals", test_refusals);
  g_test_add_func ("/cli-timeline/no-database", test_no_database);
  g_test_add_func ("/cli-timeline/export-deadlines", test_export_deadlines);

  status = g_test_run ();
  io_test_remove_dir (home);
  return status;
}
