/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times the import of a generated N-row SIMS-style export into a new school
 * file, a re-import of the same file, a "next year" export that updates
 * every pupil, and the register export. Not a
 * test: run it by hand. Prints one JSON object a line.
 *   time-import [N]     (default 2000) */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib.h>

#include "io-test-util.h"
#include "sendco-import.h"
#include "sendco-register-export.h"
#include "sendco-upn.h"

static char *
generate (guint n, guint shift)
{
  static const char *const surnames[] = { "Smith", "Jones", "Patel", "Khan", "O'Brien",
                                          "Ó Súilleabháin", "Nowak", "Brown" };
  static const char *const forenames[] = { "Amelia", "Zoë", "Björn", "Oliver", "Aisha", "Seán",
                                           "Mia", "Theo" };
  static const char *const sen[] = { ",,", ",,", ",,", ",,", ",,", "K,SPLD,", "K,SEMH,SLCN",
                                     "E,ASD," };
  GString *out = g_string_new ("\xEF\xBB\xBFUPN,Legal Surname,Legal Forename,Date of Birth,"
                               "Gender,Year,Reg,SEN Status,SEN Need Type 1,SEN Need Type 2,"
                               "FSM Eligible,EAL,In Care\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *upn = sendco_upn_build (931, 2102, 10 + i / 1000, i % 1000);
      guint year = 1 + i % 11 + shift;

      g_string_append_printf (out, "%s,%s,%s,%02u/%02u/%u,%s,Year %u,%u%c,%s,%s,%s,N\r\n",
                              upn, surnames[i % 8], forenames[(i / 8) % 8], 1 + i % 28,
                              1 + i % 12, 2020 - (year - shift), i % 2 ? "F" : "M", year, year,
                              'A' + (int) (i % 3), sen[i % 8], i % 5 ? "N" : "Y",
                              i % 7 ? "N" : "Y");
    }
  return g_string_free (out, FALSE);
}

static double
import_once (SendcoStore *store, const char *path, const GDate *today, guint *written)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  SendcoImportMapping mapping;
  SendcoImportResult result;
  gint64 start = g_get_monotonic_time ();

  table = sendco_csv_table_read (path, &error);
  g_assert_no_error (error);
  sendco_import_mapping_guess (&mapping, table);
  plan = sendco_import_plan_build (store, table, &mapping, "generated.csv", today, &error);
  g_assert_no_error (error);
  g_assert_true (sendco_import_plan_apply (plan, store, &result, &error));
  *written = result.imported + result.updated;
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *csv = g_build_filename (dir, "generated.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "register.csv", NULL);
  g_autofree char *text = generate (n, 0);
  g_autofree char *next_year = generate (n, 1);
  g_autofree char *csv2 = g_build_filename (dir, "next-year.csv", NULL);
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (GDate) today = io_test_today ();
  g_autoptr (GError) error = NULL;
  double first, again, updated, export;
  guint written;
  gint64 start;

  setlocale (LC_ALL, "C.UTF-8");
  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  g_assert_true (g_file_set_contents (csv2, next_year, -1, NULL));
  store = io_test_new_store (dir, "school.sendco");

  first = import_once (store, csv, today, &written);
  g_print ("{\"rows\": %u, \"first_import_s\": %.3f, \"written\": %u}\n", n, first, written);
  again = import_once (store, csv, today, &written);
  g_print ("{\"rows\": %u, \"reimport_s\": %.3f, \"written\": %u}\n", n, again, written);

  updated = import_once (store, csv2, today, &written);
  g_print ("{\"rows\": %u, \"next_year_import_s\": %.3f, \"written\": %u}\n", n, updated,
           written);

  start = g_get_monotonic_time ();
  g_assert_true (sendco_register_export_csv (store, out, &error));
  export = (g_get_monotonic_time () - start) / 1e6;
  g_print ("{\"rows\": %u, \"export_s\": %.3f}\n", n, export);

  g_clear_object (&store);
  io_test_remove_dir (dir);
  return 0;
}
