/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goal (c): importing a 2,000-row CSV, validation included, within 1 s.
 *
 * Makes the CSV as a SENDCO would meet it: a demo school's register exported
 * with --export-register (which the import reads back), cut to exactly N rows.
 * Then, several times each, into a fresh school file every time:
 *   - the whole command, `sendco --database NEW --import-pupils CSV`, as wall
 *     time of the process;
 *   - the same work in this process: read and parse the CSV, guess the
 *     columns, build the plan (every row validated) and apply it in one
 *     transaction.
 *
 * Usage: bench-import SENDCO [--rows N] [--runs N]; one JSON object a line.
 * Needs no display.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sendco-clock.h"
#include "sendco-csv.h"
#include "sendco-import.h"
#include "sendco-school.h"
#include "sendco-store.h"

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_autoptr (GArray) sorted = g_array_copy (values);
  guint n = sorted->len;

  g_array_sort (sorted, compare_doubles);
  if (n == 0)
    return 0;
  if (n % 2)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static void
print_result (const char *bench, guint rows, GArray *values, double goal)
{
  g_autoptr (GString) line = g_string_new (NULL);
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  double max = 0, min = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    {
      max = MAX (max, g_array_index (values, double, i));
      min = MIN (min, g_array_index (values, double, i));
    }

  g_string_append_printf (line, "{\"bench\":\"%s\",\"rows\":%u", bench, rows);
  g_string_append_printf (line, ",\"median\":%s",
                          g_ascii_formatd (number, sizeof number, "%.1f", median (values)));
  g_string_append_printf (line, ",\"min\":%s", g_ascii_formatd (number, sizeof number, "%.1f", min));
  g_string_append_printf (line, ",\"max\":%s", g_ascii_formatd (number, sizeof number, "%.1f", max));
  g_string_append_printf (line, ",\"runs\":%u", values->len);
  if (goal > 0)
    g_string_append_printf (line, ",\"goal\":%g", goal);
  g_string_append (line, ",\"samples\":[");
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (line, "%s%s", i ? "," : "",
                            g_ascii_formatd (number, sizeof number, "%.1f",
                                             g_array_index (values, double, i)));
  g_string_append (line, "]}");
  printf ("%s\n", line->str);
  fflush (stdout);
}

static gboolean
run_sendco (const char *binary, const char *const *args, char **out, GError **error)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *standard_error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out,
                     &standard_error, &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s %s: %s: ", binary, args[0], standard_error);
      return FALSE;
    }
  return TRUE;
}

/* The demo school's register, cut to @rows data rows. */
static gboolean
make_csv (const char *binary, const char *dir, guint rows, const char *csv, GError **error)
{
  g_autofree char *database = g_build_filename (dir, "demo.sendco", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.csv", NULL);
  g_autofree char *pupils = g_strdup_printf ("%u", rows + rows / 10);
  g_autofree char *contents = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  const char *demo[] = { "--database", database, "--demo", "--demo-pupils", pupils, NULL };
  const char *export[] = { "--database", database, "--export-register", exported, NULL };
  const char *end;
  gsize length;

  if (!run_sendco (binary, demo, NULL, error) || !run_sendco (binary, export, NULL, error))
    return FALSE;

  table = sendco_csv_table_read (exported, error);
  if (table == NULL)
    return FALSE;
  if (sendco_csv_table_n_rows (table) < rows
      || sendco_csv_table_row_line (table, rows - 1) != rows + 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the exported register has %u rows, or rows over several lines",
                   sendco_csv_table_n_rows (table));
      return FALSE;
    }

  /* The header and the first @rows lines. */
  if (!g_file_get_contents (exported, &contents, &length, error))
    return FALSE;
  end = contents;
  for (guint line = 0; line < rows + 1; line++)
    {
      end = memchr (end, '\n', length - (end - contents));
      g_assert (end != NULL);
      end++;
    }
  return g_file_set_contents (csv, contents, end - contents, error);
}

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autofree char *dir = NULL, *csv = NULL, *database = NULL;
  g_autoptr (GArray) command_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) parse_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) plan_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) apply_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  int rows = 2000, runs = 7;
  const GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows in the CSV", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement", "N" },
    { NULL }
  };
  const char *binary;
  GDate today;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("SENDCO");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || rows < 1 || runs < 1)
    {
      g_printerr ("usage: bench-import SENDCO [--rows N] [--runs N]%s%s\n",
                  error ? ": " : "", error ? error->message : "");
      return 2;
    }
  binary = argv[1];

  dir = g_dir_make_tmp ("sendco-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  csv = g_build_filename (dir, "register.csv", NULL);
  database = g_build_filename (dir, "import.sendco", NULL);
  if (!make_csv (binary, dir, (guint) rows, csv, &error))
    {
      g_printerr ("making the CSV: %s\n", error->message);
      return 1;
    }
  sendco_today (&today);

  /* The whole command, a fresh school file each time; the first run warms
   * the page cache and is not counted. */
  for (int run = -1; run < runs; run++)
    {
      g_autofree char *out = NULL;
      g_autofree char *expected = g_strdup_printf ("imported %d,", rows);
      const char *args[] = { "--database", database, "--import-pupils", csv, NULL };
      gint64 start;
      double ms;

      remove_database (database);
      start = g_get_monotonic_time ();
      if (!run_sendco (binary, args, &out, &error))
        {
          g_printerr ("import: %s\n", error->message);
          return 1;
        }
      ms = elapsed_ms (start);
      if (strstr (out, expected) == NULL)
        {
          g_printerr ("import said: %s", out);
          return 1;
        }
      if (run >= 0)
        g_array_append_val (command_ms, ms);
    }

  /* The same work in this process. */
  for (int run = -1; run < runs; run++)
    {
      g_autoptr (SendcoStore) store = NULL;
      g_autoptr (SendcoSchool) school = NULL;
      g_autoptr (SendcoCsvTable) table = NULL;
      g_autoptr (SendcoImportPlan) plan = NULL;
      SendcoImportMapping mapping;
      SendcoImportResult result;
      gint64 start, step;
      double parse, build, apply, total;

      remove_database (database);
      store = sendco_store_open (database, SENDCO_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      school = sendco_school_new ("Bench School", "", "secondary");
      if (!sendco_store_set_school (store, school, &error))
        g_error ("%s", error->message);

      start = g_get_monotonic_time ();
      table = sendco_csv_table_read (csv, &error);
      g_assert_no_error (error);
      sendco_import_mapping_guess (&mapping, table);
      if (!sendco_import_mapping_check (&mapping, table, &error))
        g_error ("%s", error->message);
      parse = elapsed_ms (start);

      step = g_get_monotonic_time ();
      plan = sendco_import_plan_build (store, table, &mapping, "register.csv", &today, &error);
      g_assert_no_error (error);
      build = elapsed_ms (step);

      step = g_get_monotonic_time ();
      if (!sendco_store_begin (store, &error)
          || !sendco_import_plan_apply (plan, store, &result, &error)
          || !sendco_store_commit (store, &error))
        g_error ("%s", error->message);
      apply = elapsed_ms (step);
      total = elapsed_ms (start);

      if (result.imported != (guint) rows || result.rejected != 0)
        g_error ("imported %u, rejected %u of %d rows", result.imported, result.rejected, rows);
      if (run >= 0)
        {
          g_array_append_val (parse_ms, parse);
          g_array_append_val (plan_ms, build);
          g_array_append_val (apply_ms, apply);
          g_array_append_val (total_ms, total);
        }
    }

  print_result ("import_command_ms", (guint) rows, command_ms, 1000);
  print_result ("import_in_process_ms", (guint) rows, total_ms, 1000);
  print_result ("import_csv_read_ms", (guint) rows, parse_ms, 0);
  print_result ("import_plan_build_ms", (guint) rows, plan_ms, 0);
  print_result ("import_plan_apply_ms", (guint) rows, apply_ms, 0);

  remove_database (database);
  {
    g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
    const char *file;

    while (listing && (file = g_dir_read_name (listing)))
      {
        g_autofree char *path = g_build_filename (dir, file, NULL);

        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return 0;
}
