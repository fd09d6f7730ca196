/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Headless commands: the same binary imports pupils, exports the register or
 * builds a demo school with no display, for scripts, servers and CI. Nothing
 * here may call gtk_init (src/io does not link GTK). Each command is a row of
 * the table below with its own function; its options go in the "headless"
 * group. To add one: options in headless_entries, a field in CliOptions, a
 * row in commands[]. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-cli.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-deadlines-export.h"
#include "sendco-demo.h"
#include "sendco-ehc.h"
#include "sendco-import.h"
#include "sendco-provision-grid.h"
#include "sendco-provision-pdf.h"
#include "sendco-provision-xlsx.h"
#include "sendco-register-export.h"
#include "sendco-store-deadlines.h"
#include "sendco-store-provision.h"
#include "sendco-store.h"

enum {
  EXIT_DONE = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_REJECTED = 3,
};

typedef struct
{
  char     *database;
  char     *database_help;  /* names the usual school file */
  gboolean  help;
  gboolean  version;

  /* --import-pupils */
  char     *import_pupils;
  gboolean  dry_run;
  gboolean  archive_missing;
  gboolean  take_sen;
  char    **maps;

  /* --export-register */
  char     *export_register;

  /* --demo */
  gboolean  demo;
  int       demo_pupils;
  gint64    demo_seed;
  int       demo_provisions;

  /* --ehc-timeline */
  char     *ehc_timeline;
  char     *draft_sent;

  /* --annual-review-timeline */
  char     *review_timeline;
  char     *plan_issued;
  char     *previous_review;
  char     *transfer;
  int       transfer_year;
  char     *post16_move;
  char     *la_decision;
  char     *amendment_notice;

  /* --export-deadlines */
  char     *export_deadlines;

  /* --export-provision-map */
  char     *export_provision_map;
  char     *period;
  char     *paper;
} CliOptions;

typedef struct
{
  const char *option;       /* the long option that asks for the command */
  gboolean    takes_value;  /* --option=VALUE is also accepted */
  gboolean  (*requested) (const CliOptions *options);
  int       (*run)       (const CliOptions *options,
                          const char       *database);
} CliCommand;

#define UNSET_INT (-1)
#define UNSET_SEED G_MININT64

static gboolean import_requested (const CliOptions *options);
static gboolean export_register_requested (const CliOptions *options);
static gboolean demo_requested (const CliOptions *options);
static gboolean ehc_timeline_requested (const CliOptions *options);
static gboolean review_timeline_requested (const CliOptions *options);
static gboolean export_deadlines_requested (const CliOptions *options);
static gboolean export_provision_map_requested (const CliOptions *options);
static int      run_import_pupils (const CliOptions *options, const char *database);
static int      run_export_register (const CliOptions *options, const char *database);
static int      run_demo (const CliOptions *options, const char *database);
static int      run_ehc_timeline (const CliOptions *options, const char *database);
static int      run_review_timeline (const CliOptions *options, const char *database);
static int      run_export_deadlines (const CliOptions *options, const char *database);
static int      run_export_provision_map (const CliOptions *options, const char *database);

static const CliCommand commands[] = {
  { "--import-pupils", TRUE, import_requested, run_import_pupils },
  { "--export-register", TRUE, export_register_requested, run_export_register },
  { "--export-deadlines", TRUE, export_deadlines_requested, run_export_deadlines },
  { "--export-provision-map", TRUE, export_provision_map_requested, run_export_provision_map },
  { "--demo", FALSE, demo_requested, run_demo },
  { "--ehc-timeline", TRUE, ehc_timeline_requested, run_ehc_timeline },
  { "--annual-review-timeline", TRUE, review_timeline_requested, run_review_timeline },
};

/* Asking for help or the version is headless too. */
static const char *const other_headless[] = { "--help", "-h", "--help-all", "--version" };

static void
print_error (const char *message)
{
  g_printerr ("%s\n", message);
}

static int
usage_error (const char *message)
{
  print_error (message);
  g_printerr ("%s\n", _("Run “sendco --help” to see the commands and their options."));
  return EXIT_USAGE;
}

static GOptionContext *
build_context (CliOptions *options)
{
  const GOptionEntry main_entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options->database, options->database_help,
      N_("FILE") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { "help-all", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &options->help, NULL, NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version, N_("Show the version of Sendco"),
      NULL },
    { NULL }
  };
  const GOptionEntry headless_entries[] = {
    { "import-pupils", 0, 0, G_OPTION_ARG_FILENAME, &options->import_pupils,
      N_("Import pupils from a CSV export of the MIS (SIMS, Arbor, …)"), N_("CSV") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("With --import-pupils: report what would change, and change nothing"), NULL },
    { "archive-missing", 0, 0, G_OPTION_ARG_NONE, &options->archive_missing,
      N_("With --import-pupils: archive pupils the file leaves out (for a full-roll export)"),
      NULL },
    { "take-sen-from-file", 0, 0, G_OPTION_ARG_NONE, &options->take_sen,
      N_("With --import-pupils: where the file's SEN status differs, take the file's"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->maps,
      N_("With --import-pupils: read FIELD from the column HEADER (repeat for each field)"),
      N_("FIELD=HEADER") },
    { "export-register", 0, 0, G_OPTION_ARG_FILENAME, &options->export_register,
      N_("Save the SEND register of pupils on roll as a CSV file"), N_("OUT.csv") },
    { "export-deadlines", 0, 0, G_OPTION_ARG_FILENAME, &options->export_deadlines,
      N_("Save every review and deadline in the school as an XLSX workbook"), N_("OUT.xlsx") },
    { "export-provision-map", 0, 0, G_OPTION_ARG_FILENAME, &options->export_provision_map,
      N_("Save the costed provision map as an XLSX workbook or a PDF (the file name's ending "
         "says which)"), N_("OUT.xlsx|OUT.pdf") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &options->period,
      N_("With --export-provision-map: cost this term, this school year (if not given) or "
         "every provision for a year"), N_("term|year|any") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options->paper,
      N_("With --export-provision-map to a PDF: landscape A4 (if not given) or A3"),
      N_("a4|a3") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, &options->demo,
      N_("Make a demo school with made-up pupils in a new school file"), NULL },
    { "demo-pupils", 0, 0, G_OPTION_ARG_INT, &options->demo_pupils,
      N_("With --demo: how many pupils, 100 to 20000 (420 if not given)"), N_("N") },
    { "demo-seed", 0, 0, G_OPTION_ARG_INT64, &options->demo_seed,
      N_("With --demo: the same seed makes the same school"), N_("N") },
    { "demo-provisions", 0, 0, G_OPTION_ARG_INT, &options->demo_provisions,
      N_("With --demo: how many provisions in the library, 10 to 1000 (about 30 for a "
         "primary, 60 for a secondary if not given)"), N_("N") },
    { NULL }
  };
  const GOptionEntry deadline_entries[] = {
    { "ehc-timeline", 0, 0, G_OPTION_ARG_STRING, &options->ehc_timeline,
      N_("Print the statutory steps that follow the LA receiving an EHC needs assessment "
         "request on DATE"), N_("DATE") },
    { "draft-sent", 0, 0, G_OPTION_ARG_STRING, &options->draft_sent,
      N_("With --ehc-timeline: the date the draft plan was sent to the parents (adds "
         "draft-comments)"), N_("DATE") },
    { "annual-review-timeline", 0, 0, G_OPTION_ARG_STRING, &options->review_timeline,
      N_("Print the steps around an EHC plan annual review meeting on DATE"), N_("DATE") },
    { "plan-issued", 0, 0, G_OPTION_ARG_STRING, &options->plan_issued,
      N_("With --annual-review-timeline: the date the plan was issued; for a first review, "
         "warns if the meeting is more than 12 months after it"), N_("DATE") },
    { "previous-review", 0, 0, G_OPTION_ARG_STRING, &options->previous_review,
      N_("With --annual-review-timeline: the previous review meeting; warns if this meeting "
         "is more than 12 months after it"), N_("DATE") },
    { "transfer", 0, 0, G_OPTION_ARG_STRING, &options->transfer,
      N_("With --annual-review-timeline: a planned phase transfer (phase) or move from "
         "secondary school to post-16 (post16); needs --transfer-year"), N_("phase|post16") },
    { "transfer-year", 0, 0, G_OPTION_ARG_INT, &options->transfer_year,
      N_("With --transfer: the calendar year of the transfer"), N_("YYYY") },
    { "post16-move", 0, 0, G_OPTION_ARG_STRING, &options->post16_move,
      N_("With --annual-review-timeline: the date of a move between post-16 settings"),
      N_("DATE") },
    { "la-decision", 0, 0, G_OPTION_ARG_STRING, &options->la_decision,
      N_("With --annual-review-timeline: the date of the LA's decision after the meeting "
         "(adds next-review-legal)"), N_("DATE") },
    { "amendment-notice", 0, 0, G_OPTION_ARG_STRING, &options->amendment_notice,
      N_("With --annual-review-timeline: the date of the LA's notice of proposed amendments "
         "(adds amended-plan)"), N_("DATE") },
    { NULL }
  };
  GOptionContext *context;
  GOptionGroup *headless;
  GOptionGroup *deadlines;

  context = g_option_context_new (NULL);
  /* GOption's own --help exits the process; ours prints and returns. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Sendco keeps a school's SEND register, provision map and EHC "
                                  "plan deadlines on this computer, for the SENDCO."));
  g_option_context_set_description (context,
                                    _("Examples:\n"
                                      "  sendco --database school.sendco\n"
                                      "  sendco --database school.sendco --import-pupils "
                                      "export.csv --dry-run\n"
                                      "  sendco --database school.sendco --export-register "
                                      "register.csv\n"
                                      "  sendco --database demo.sendco --demo --demo-pupils 1200\n"
                                      "  sendco --database school.sendco --export-deadlines "
                                      "deadlines.xlsx\n"
                                      "  sendco --database school.sendco --export-provision-map "
                                      "provision-map.xlsx --period term\n"
                                      "  sendco --ehc-timeline 2026-01-05 --draft-sent 2026-04-20\n"
                                      "  sendco --annual-review-timeline 2026-03-10 "
                                      "--previous-review 2025-03-12 --transfer phase "
                                      "--transfer-year 2027\n"
                                      "\n"
                                      "The timelines print one line for each step: the date "
                                      "(YYYY-MM-DD), the step and the rule it comes from, "
                                      "separated by tabs. Dates may be given as YYYY-MM-DD or "
                                      "dd/mm/yyyy. An annual review must be held within 12 "
                                      "months of the previous review (or of the plan being "
                                      "issued, for the first): with --previous-review or "
                                      "--plan-issued, a meeting later than that is reported as "
                                      "a warning on standard error, and the steps are printed "
                                      "all the same.\n"
                                      "\n"
                                      "Exit status: 0 done; 1 failed; 2 bad command, date or "
                                      "input file; 3 done, but some rows were rejected."));
  g_option_context_add_main_entries (context, main_entries, GETTEXT_PACKAGE);

  headless = g_option_group_new ("headless", _("Headless commands (no display needed):"),
                                 _("Show the headless commands"), NULL, NULL);
  g_option_group_set_translation_domain (headless, GETTEXT_PACKAGE);
  g_option_group_add_entries (headless, headless_entries);
  g_option_context_add_group (context, headless);

  deadlines = g_option_group_new ("deadlines",
                                  _("Statutory deadlines (no school file or display needed):"),
                                  _("Show the deadline calculator's options"), NULL, NULL);
  g_option_group_set_translation_domain (deadlines, GETTEXT_PACKAGE);
  g_option_group_add_entries (deadlines, deadline_entries);
  g_option_context_add_group (context, deadlines);

  return context;
}

static void
clear_options (CliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->database_help, g_free);
  g_clear_pointer (&options->import_pupils, g_free);
  g_clear_pointer (&options->maps, g_strfreev);
  g_clear_pointer (&options->export_register, g_free);
  g_clear_pointer (&options->ehc_timeline, g_free);
  g_clear_pointer (&options->draft_sent, g_free);
  g_clear_pointer (&options->review_timeline, g_free);
  g_clear_pointer (&options->plan_issued, g_free);
  g_clear_pointer (&options->previous_review, g_free);
  g_clear_pointer (&options->transfer, g_free);
  g_clear_pointer (&options->post16_move, g_free);
  g_clear_pointer (&options->la_decision, g_free);
  g_clear_pointer (&options->amendment_notice, g_free);
  g_clear_pointer (&options->export_deadlines, g_free);
  g_clear_pointer (&options->export_provision_map, g_free);
  g_clear_pointer (&options->period, g_free);
  g_clear_pointer (&options->paper, g_free);
}

static SendcoStore *
open_store (const char *database, SendcoStoreOpenFlags flags)
{
  g_autoptr (GError) error = NULL;
  SendcoStore *store = sendco_store_open (database, flags, &error);

  if (store == NULL)
    print_error (error->message);
  return store;
}

/* Opens @database to export from it: read-only when Sendco may not write
 * it, since reading is enough. Prints why not and returns %NULL if it
 * cannot be opened at all. */
static SendcoStore *
open_store_to_export (const char *database)
{
  g_autoptr (GError) error = NULL;
  SendcoStore *store = sendco_store_open (database, SENDCO_STORE_OPEN_DEFAULT, &error);

  if (store == NULL && g_error_matches (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY))
    {
      g_clear_error (&error);
      store = sendco_store_open (database, SENDCO_STORE_OPEN_READ_ONLY, &error);
    }
  if (store == NULL)
    print_error (error->message);
  return store;
}

/* --import-pupils */

static gboolean
import_requested (const CliOptions *options)
{
  return options->import_pupils != NULL;
}

static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (g_ascii_isalnum (*p) || (guchar) *p >= 0x80)
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static int
find_column (SendcoCsvTable *table, const char *header)
{
  g_autofree char *wanted = normalise (header);
  guint n = sendco_csv_table_n_columns (table);

  for (guint c = 0; c < n; c++)
    if (g_ascii_strcasecmp (sendco_csv_table_header (table, c), header) == 0)
      return (int) c;
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *have = normalise (sendco_csv_table_header (table, c));

      if (wanted[0] && g_str_equal (have, wanted))
        return (int) c;
    }
  return -1;
}

static char *
list_headers (SendcoCsvTable *table)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint c = 0; c < sendco_csv_table_n_columns (table); c++)
    g_string_append_printf (list, "%s“%s”", c > 0 ? ", " : "",
                            sendco_csv_table_header (table, c));
  return g_strdup (list->str);
}

static char *
list_field_keys (void)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    g_string_append_printf (list, "%s%s", f > 0 ? ", " : "", sendco_import_field_key (f));
  return g_strdup (list->str);
}

/* --map FIELD=HEADER, for the columns the guess missed; an empty HEADER
 * means the field is not read at all. */
static gboolean
apply_maps (char **maps, SendcoCsvTable *table, SendcoImportMapping *mapping)
{
  for (guint i = 0; maps && maps[i]; i++)
    {
      g_auto (GStrv) parts = g_strsplit (maps[i], "=", 2);
      SendcoImportField field;
      int column = -1;

      if (parts[0] == NULL || parts[1] == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“--map %s” is not FIELD=HEADER, for example "
                               "--map date-of-birth=DOB."), maps[i]);
          usage_error (message);
          return FALSE;
        }
      g_strstrip (parts[0]);
      g_strstrip (parts[1]);
      if (!sendco_import_field_from_key (parts[0], &field))
        {
          g_autofree char *keys = list_field_keys ();
          g_autofree char *message =
            g_strdup_printf (_("“%s” in --map is not a field Sendco reads. The fields are: "
                               "%s."), parts[0], keys);
          usage_error (message);
          return FALSE;
        }
      if (parts[1][0] != '\0')
        {
          column = find_column (table, parts[1]);
          if (column < 0)
            {
              g_autofree char *headers = list_headers (table);
              g_autofree char *message =
                g_strdup_printf (_("The file has no column “%s” (in --map %s). Its columns "
                                   "are: %s."), parts[1], maps[i], headers);
              usage_error (message);
              return FALSE;
            }
        }

      /* A column read for this field is no longer read for another. */
      for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS && column >= 0; f++)
        if (mapping->column[f] == column)
          mapping->column[f] = -1;
      mapping->column[field] = column;
    }
  return TRUE;
}

static int
explain_mapping (SendcoCsvTable *table, const SendcoImportMapping *mapping, const char *csv,
                 const GError *error)
{
  g_autofree char *shown = g_filename_display_name (csv);
  g_autofree char *headers = list_headers (table);
  g_autofree char *keys = list_field_keys ();
  g_autoptr (GString) missing = g_string_new (NULL);
  SendcoImportField example = SENDCO_IMPORT_N_FIELDS;

  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    if (mapping->column[f] < 0 && sendco_import_field_is_required (f))
      {
        g_string_append_printf (missing, "  %s (%s)\n", sendco_import_field_key (f),
                                sendco_import_field_label (f));
        if (example == SENDCO_IMPORT_N_FIELDS)
          example = f;
      }

  if (missing->len > 0)
    {
      guint unused = 0;

      /* The example offers the first column nothing is read from. */
      for (guint c = 0; c < sendco_csv_table_n_columns (table); c++)
        {
          gboolean used = FALSE;

          for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS && !used; f++)
            used = mapping->column[f] == (int) c;
          if (!used)
            {
              unused = c;
              break;
            }
        }

      g_printerr (_("Sendco could not tell which columns of “%s” hold these fields:\n"), shown);
      g_printerr ("%s", missing->str);
      g_printerr (_("The file's columns are: %s.\n"), headers);
      g_printerr (_("Say which column holds each with --map FIELD=HEADER, for example:\n"
                    "  sendco --import-pupils %s --map %s=\"%s\"\n"),
                  shown, sendco_import_field_key (example),
                  sendco_csv_table_header (table, unused));
    }
  else
    {
      print_error (error->message);
      g_printerr (_("Change which column holds each field with --map FIELD=HEADER.\n"));
    }
  g_printerr (_("The fields are: %s.\n"), keys);
  return EXIT_USAGE;
}

/* A new school file gets a school: primary if every pupil is in year 6 or
 * below, secondary if every one is in year 7 or above, else all-through. */
static gboolean
ensure_school (SendcoStore *store, SendcoImportPlan *plan, GError **error)
{
  GListModel *rows = sendco_import_plan_get_rows (plan);
  guint n = g_list_model_get_n_items (rows);
  gboolean primary = FALSE, secondary = FALSE;
  g_autoptr (SendcoSchool) school = NULL;
  const char *phase;

  if (sendco_store_has_school (store))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);
      SendcoPupil *pupil = sendco_import_row_get_pupil (row);

      if (pupil == NULL)
        continue;
      if (sendco_pupil_get_year_group (pupil) <= 6)
        primary = TRUE;
      else
        secondary = TRUE;
    }

  if (secondary && primary)
    phase = "all-through";
  else if (secondary)
    phase = "secondary";
  else
    phase = "primary";

  school = sendco_school_new (_("My school"), "", phase);
  return sendco_store_set_school (store, school, error);
}

/* One transaction for the school (in a new file) and the import. An import
 * that changes nothing writes nothing, so it needs no transaction. */
static gboolean
import_and_commit (SendcoStore *store, SendcoImportPlan *plan, SendcoImportResult *result,
                   GError **error)
{
  if (sendco_store_has_school (store))
    return sendco_import_plan_apply (plan, store, result, error);

  if (!sendco_store_begin (store, error))
    return FALSE;
  if (!ensure_school (store, plan, error) || !sendco_import_plan_apply (plan, store, result, error))
    {
      sendco_store_rollback (store);
      return FALSE;
    }
  return sendco_store_commit (store, error);
}

static void
report (const CliOptions *options, SendcoImportPlan *plan, const SendcoImportResult *result)
{
  GListModel *rejected = sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_REJECTED);
  GListModel *conflicts = sendco_import_plan_get_rows_of_kind (plan, -1);
  guint n_missing = g_list_model_get_n_items (sendco_import_plan_get_missing (plan));
  guint n, kept = 0;

  g_print (_("imported %u, updated %u, unchanged %u, rejected %u"), result->imported,
           result->updated, result->unchanged, result->rejected);
  if (options->archive_missing)
    g_print (_(", archived %u"), result->archived);
  g_print ("\n");

  n = g_list_model_get_n_items (rejected);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rejected, i);
      const char *upn = sendco_import_row_get_upn (row);

      /* Translators: a rejected row, e.g. "line 14: UPN P931210221187: missing surname" */
      g_print (_("line %u: UPN %s: %s\n"), sendco_import_row_get_line (row),
               upn[0] ? upn : _("(none)"), sendco_import_row_get_reason (row));
    }

  n = g_list_model_get_n_items (conflicts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (conflicts, i);

      if (sendco_import_row_get_take_file_sen (row))
        continue;
      kept++;
      g_printerr (_("line %u: UPN %s: SEN status kept as recorded in Sendco (%s)\n"),
                  sendco_import_row_get_line (row), sendco_import_row_get_upn (row),
                  sendco_import_row_get_sen_difference (row));
    }
  if (kept > 0)
    g_printerr ("%s\n", _("To take the file's SEN status for these pupils, import again with "
                          "--take-sen-from-file."));

  if (n_missing > 0 && !options->archive_missing)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u pupil on roll in Sendco is not in this file. If it lists the "
                             "whole school, import again with --archive-missing to archive them.\n",
                             "%u pupils on roll in Sendco are not in this file. If it lists the "
                             "whole school, import again with --archive-missing to archive them.\n",
                             n_missing),
                n_missing);

  if (options->dry_run)
    g_printerr ("%s\n", _("Dry run: nothing was written."));
}

static int
run_import_pupils (const CliOptions *options, const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autofree char *source_name = NULL;
  SendcoImportMapping mapping;
  SendcoImportResult result;
  GDate today;

  table = sendco_csv_table_read (options->import_pupils, &error);
  if (table == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  sendco_import_mapping_guess (&mapping, table);
  if (!apply_maps (options->maps, table, &mapping))
    return EXIT_USAGE;
  if (!sendco_import_mapping_check (&mapping, table, &error))
    return explain_mapping (table, &mapping, options->import_pupils, error);

  /* A dry run writes nothing: it does not even make the school file. */
  if (!options->dry_run)
    store = open_store (database, SENDCO_STORE_OPEN_CREATE);
  else if (g_file_test (database, G_FILE_TEST_EXISTS))
    store = open_store (database, SENDCO_STORE_OPEN_READ_ONLY);
  if (store == NULL && (!options->dry_run || g_file_test (database, G_FILE_TEST_EXISTS)))
    return EXIT_FAILED;

  sendco_today (&today);
  source_name = g_path_get_basename (options->import_pupils);
  plan = sendco_import_plan_build (store, table, &mapping, source_name, &today, &error);
  if (plan == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }
  sendco_import_plan_set_take_all_file_sen (plan, options->take_sen);
  sendco_import_plan_set_archive_missing (plan, options->archive_missing);

  if (options->dry_run)
    sendco_import_plan_summarise (plan, &result);
  else if (!import_and_commit (store, plan, &result, &error))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  report (options, plan, &result);
  return result.rejected > 0 ? EXIT_REJECTED : EXIT_DONE;
}

/* --export-register */

static gboolean
export_register_requested (const CliOptions *options)
{
  return options->export_register != NULL;
}

static int
run_export_register (const CliOptions *options, const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autofree char *shown = NULL;

  store = open_store_to_export (database);
  if (store == NULL)
    return EXIT_FAILED;

  if (!sendco_register_export_csv (store, options->export_register, &error))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  shown = g_filename_display_name (options->export_register);
  g_print (_("Saved the SEND register as “%s”.\n"), shown);
  return EXIT_DONE;
}

/* --demo */

static gboolean
demo_requested (const CliOptions *options)
{
  return options->demo;
}

static int
run_demo (const CliOptions *options, const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (SendcoSchool) school = NULL;
  g_autofree char *shown = NULL;
  SendcoDemoOptions demo = { SENDCO_DEMO_DEFAULT_PUPILS, 1, NULL };
  GDate today;

  if (options->demo_pupils != UNSET_INT)
    {
      if (options->demo_pupils < SENDCO_DEMO_MIN_PUPILS
          || options->demo_pupils > SENDCO_DEMO_MAX_PUPILS)
        {
          g_autofree char *message =
            g_strdup_printf (_("--demo-pupils must be from %d to %d."), SENDCO_DEMO_MIN_PUPILS,
                             SENDCO_DEMO_MAX_PUPILS);
          return usage_error (message);
        }
      demo.n_pupils = (guint) options->demo_pupils;
    }
  if (options->demo_seed != UNSET_SEED)
    {
      if (options->demo_seed < 0 || options->demo_seed > G_MAXUINT32)
        {
          g_autofree char *message =
            g_strdup_printf (_("--demo-seed must be a whole number from 0 to %u."), G_MAXUINT32);
          return usage_error (message);
        }
      demo.seed = (guint32) options->demo_seed;
    }
  if (options->demo_provisions != UNSET_INT)
    {
      if (options->demo_provisions < SENDCO_DEMO_MIN_PROVISIONS
          || options->demo_provisions > SENDCO_DEMO_MAX_PROVISIONS)
        {
          g_autofree char *message =
            g_strdup_printf (_("--demo-provisions must be from %d to %d."),
                             SENDCO_DEMO_MIN_PROVISIONS, SENDCO_DEMO_MAX_PROVISIONS);
          return usage_error (message);
        }
      demo.provisions = (guint) options->demo_provisions;
    }

  shown = g_filename_display_name (database);
  store = open_store (database, SENDCO_STORE_OPEN_CREATE);
  if (store == NULL)
    return EXIT_FAILED;

  pupils = sendco_store_list_pupils (store, TRUE, &error);
  if (pupils == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (pupils)) > 0)
    {
      g_printerr (_("“%s” already holds pupils, so Sendco will not put a demo school in it. "
                    "Give a new file with --database.\n"), shown);
      return EXIT_USAGE;
    }

  sendco_today (&today);
  if (!sendco_demo_generate (store, &demo, &today, &error))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  school = sendco_store_get_school (store, &error);
  if (school == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  g_print (_("Demo school “%s” with %u pupils in %s\n"), sendco_school_get_name (school),
           demo.n_pupils, shown);
  return EXIT_DONE;
}

/* --export-deadlines */

static gboolean
export_deadlines_requested (const CliOptions *options)
{
  return options->export_deadlines != NULL;
}

static int
run_export_deadlines (const CliOptions *options, const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (GListStore) deadlines = NULL;
  g_autofree char *shown = NULL;
  guint n;
  GDate today;

  store = open_store_to_export (database);
  if (store == NULL)
    return EXIT_FAILED;

  sendco_today (&today);
  deadlines = sendco_store_list_deadlines (store, 0, &today, &error);
  if (deadlines == NULL
      || !sendco_deadlines_export_xlsx (store, G_LIST_MODEL (deadlines), &today,
                                        options->export_deadlines, &error))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (deadlines));
  shown = g_filename_display_name (options->export_deadlines);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Saved %u review or deadline as “%s”.\n",
                        "Saved %u reviews and deadlines as “%s”.\n", n), n, shown);
  return EXIT_DONE;
}

/* --export-provision-map */

static gboolean
export_provision_map_requested (const CliOptions *options)
{
  return options->export_provision_map != NULL;
}

static int
run_export_provision_map (const CliOptions *options, const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoProvisionMap) map = NULL;
  g_autofree char *shown = g_filename_display_name (options->export_provision_map);
  g_autofree char *lower = g_utf8_strdown (shown, -1);
  g_autofree char *summary = NULL;
  SendcoPaper paper = SENDCO_PAPER_A4;
  SendcoMapFilter filter;
  gboolean pdf;
  gboolean ok;

  if (g_str_has_suffix (lower, ".pdf"))
    pdf = TRUE;
  else if (g_str_has_suffix (lower, ".xlsx"))
    pdf = FALSE;
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” does not end in .xlsx or .pdf. Sendco saves the provision map "
                           "as an XLSX workbook (OUT.xlsx) or a PDF (OUT.pdf): give a file name "
                           "with one of those endings."), shown);
      return usage_error (message);
    }

  sendco_map_filter_init (&filter);
  if (options->period)
    {
      if (g_ascii_strcasecmp (options->period, "term") == 0)
        filter.period = SENDCO_PERIOD_TERM;
      else if (g_ascii_strcasecmp (options->period, "year") == 0)
        filter.period = SENDCO_PERIOD_YEAR;
      else if (g_ascii_strcasecmp (options->period, "any") == 0)
        filter.period = SENDCO_PERIOD_ANY;
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("--period %s is not a period Sendco knows: give --period term "
                               "(this term), --period year (this school year) or --period any "
                               "(every provision, costed for a year)."), options->period);
          return usage_error (message);
        }
    }
  if (options->paper)
    {
      if (!pdf)
        return usage_error (_("--paper is for a PDF: give a file name ending in .pdf, or leave "
                              "--paper out for a workbook."));
      if (g_ascii_strcasecmp (options->paper, "a4") == 0)
        paper = SENDCO_PAPER_A4;
      else if (g_ascii_strcasecmp (options->paper, "a3") == 0)
        paper = SENDCO_PAPER_A3;
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("--paper %s is not a paper size Sendco prints on: give --paper a4 "
                               "or --paper a3."), options->paper);
          return usage_error (message);
        }
    }

  store = open_store_to_export (database);
  if (store == NULL)
    return EXIT_FAILED;

  map = sendco_store_build_provision_map (store, &filter, NULL, &error);
  if (map == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  if (pdf)
    ok = sendco_provision_map_write_pdf (map, options->export_provision_map, paper, NULL, NULL,
                                         NULL, &error);
  else
    ok = sendco_provision_map_write_xlsx (map, options->export_provision_map, NULL, NULL, NULL,
                                          &error);
  if (!ok)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  summary = sendco_provision_map_dup_summary (map);
  /* Translators: “Saved the provision map for School year 2026 to 2027 as “map.xlsx”:
   * £1,959.21 on additional provision for 5 pupils · budget £50,000.00.” */
  g_print (_("Saved the provision map for %s as “%s”: %s.\n"), map->period_label, shown, summary);
  return EXIT_DONE;
}

/* --ehc-timeline and --annual-review-timeline */

/* Reads the date given with @option, or says plainly why it is not one. */
static gboolean
parse_date_option (const char *option, const char *text, GDate *date)
{
  g_autofree char *message = NULL;
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL)
    return TRUE;
  if (sendco_date_parse (text, date))
    return TRUE;

  /* A well-formed date that the calendar does not have: 2025-02-29 */
  if ((sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3
       || sscanf (text, "%2u/%2u/%4u", &day, &month, &year) == 3)
      && month >= 1 && month <= 12 && year >= 1800 && year <= 2999 && day >= 1)
    {
      GDate first;
      char month_name[64] = "";

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, (GDateMonth) month, (GDateYear) year);
      g_date_strftime (month_name, sizeof month_name, "%B %Y", &first);
      /* Translators: “2025-02-29” for --ehc-timeline is not a real date: February 2025 has 28 days. */
      message = g_strdup_printf (_("“%s” for %s is not a real date: %s has %u days."),
                                 text, option, month_name,
                                 g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
    }
  else
    message = g_strdup_printf (_("“%s” for %s is not a date. Give dates as YYYY-MM-DD (or "
                                 "dd/mm/yyyy), for example 2026-01-05."), text, option);
  usage_error (message);
  return FALSE;
}

static void
print_timeline (GArray *deadlines)
{
  for (guint i = 0; i < deadlines->len; i++)
    {
      SendcoDeadline *deadline = &g_array_index (deadlines, SendcoDeadline, i);
      g_autofree char *iso = sendco_date_to_iso (&deadline->date);

      g_print ("%s\t%s\t%s\n", iso, deadline->step, deadline->rule);
    }
}

/* Says that @later_option's date must not be before @earlier_option's. */
static int
order_error (const char *later_option, const GDate *later, const char *earlier_option,
             const GDate *earlier, gboolean same_day_allowed)
{
  g_autofree char *later_uk = sendco_date_format_uk (later);
  g_autofree char *earlier_uk = sendco_date_format_uk (earlier);
  g_autofree char *message =
    same_day_allowed
      ? g_strdup_printf (_("%s (%s) cannot be before %s (%s): the dates contradict each other."),
                         later_option, later_uk, earlier_option, earlier_uk)
      : g_strdup_printf (_("%s (%s) must be after %s (%s): the dates contradict each other."),
                         later_option, later_uk, earlier_option, earlier_uk);

  return usage_error (message);
}

static gboolean
ehc_timeline_requested (const CliOptions *options)
{
  return options->ehc_timeline != NULL;
}

static int
run_ehc_timeline (const CliOptions *options, const char *database)
{
  g_autoptr (GArray) deadlines = NULL;
  GDate received, draft;

  if (!parse_date_option ("--ehc-timeline", options->ehc_timeline, &received)
      || !parse_date_option ("--draft-sent", options->draft_sent, &draft))
    return EXIT_USAGE;
  if (g_date_valid (&draft) && g_date_compare (&draft, &received) < 0)
    return order_error ("--draft-sent", &draft, "--ehc-timeline", &received, TRUE);

  deadlines = sendco_ehc_request_timeline (&received, g_date_valid (&draft) ? &draft : NULL);
  print_timeline (deadlines);
  return EXIT_DONE;
}

static gboolean
review_timeline_requested (const CliOptions *options)
{
  return options->review_timeline != NULL;
}

/* The transfer options, checked against each other. */
static int
read_transfer (const CliOptions *options, SendcoAnnualReviewDates *dates)
{
  if (options->transfer && !sendco_transfer_from_key (options->transfer, &dates->transfer))
    {
      g_autofree char *message =
        g_strdup_printf (_("--transfer %s is not a transfer Sendco knows: give --transfer phase "
                           "(a phase transfer, such as primary to secondary) or --transfer post16 "
                           "(secondary school to post-16)."), options->transfer);
      return usage_error (message);
    }

  if (g_date_valid (&dates->post16_move))
    {
      if (dates->transfer == SENDCO_TRANSFER_PHASE || dates->transfer == SENDCO_TRANSFER_POST16)
        {
          g_autofree char *message =
            g_strdup_printf (_("--post16-move is for a move between post-16 settings; it "
                               "contradicts --transfer %s. Give one or the other."),
                             options->transfer);
          return usage_error (message);
        }
      dates->transfer = SENDCO_TRANSFER_POST16_MOVE;
    }
  else if (dates->transfer == SENDCO_TRANSFER_POST16_MOVE)
    return usage_error (_("--transfer post16-move needs the date of the move: give it with "
                          "--post16-move DATE."));

  if (dates->transfer == SENDCO_TRANSFER_PHASE || dates->transfer == SENDCO_TRANSFER_POST16)
    {
      if (options->transfer_year == UNSET_INT)
        {
          g_autofree char *message =
            g_strdup_printf (_("--transfer %s needs the calendar year of the transfer: give "
                               "--transfer-year YYYY."), options->transfer);
          return usage_error (message);
        }
      if (options->transfer_year < 1800 || options->transfer_year > 2999)
        {
          g_autofree char *message =
            g_strdup_printf (_("--transfer-year %d is not a year Sendco can use: give four "
                               "digits, for example 2027."), options->transfer_year);
          return usage_error (message);
        }
      dates->transfer_year = options->transfer_year;
    }
  else if (options->transfer_year != UNSET_INT)
    return usage_error (_("--transfer-year goes with --transfer phase or --transfer post16, "
                          "which was not given."));

  return EXIT_DONE;
}

static int
run_review_timeline (const CliOptions *options, const char *database)
{
  g_autoptr (GArray) deadlines = NULL;
  SendcoAnnualReviewDates dates;
  GDate due;
  int status;

  sendco_annual_review_dates_init (&dates);
  if (!parse_date_option ("--annual-review-timeline", options->review_timeline, &dates.meeting)
      || !parse_date_option ("--plan-issued", options->plan_issued, &dates.plan_issued)
      || !parse_date_option ("--previous-review", options->previous_review,
                             &dates.previous_review)
      || !parse_date_option ("--post16-move", options->post16_move, &dates.post16_move)
      || !parse_date_option ("--la-decision", options->la_decision, &dates.la_decision)
      || !parse_date_option ("--amendment-notice", options->amendment_notice,
                             &dates.amendment_notice))
    return EXIT_USAGE;

  if ((status = read_transfer (options, &dates)) != EXIT_DONE)
    return status;

  /* Dates that cannot all be true. */
  if (g_date_valid (&dates.plan_issued) && g_date_compare (&dates.meeting, &dates.plan_issued) <= 0)
    return order_error ("--annual-review-timeline", &dates.meeting, "--plan-issued",
                        &dates.plan_issued, FALSE);
  if (g_date_valid (&dates.previous_review)
      && g_date_compare (&dates.meeting, &dates.previous_review) <= 0)
    return order_error ("--annual-review-timeline", &dates.meeting, "--previous-review",
                        &dates.previous_review, FALSE);
  if (g_date_valid (&dates.previous_review) && g_date_valid (&dates.plan_issued)
      && g_date_compare (&dates.previous_review, &dates.plan_issued) <= 0)
    return order_error ("--previous-review", &dates.previous_review, "--plan-issued",
                        &dates.plan_issued, FALSE);
  if (g_date_valid (&dates.la_decision) && g_date_compare (&dates.la_decision, &dates.meeting) < 0)
    return order_error ("--la-decision", &dates.la_decision, "--annual-review-timeline",
                        &dates.meeting, TRUE);
  if (g_date_valid (&dates.amendment_notice)
      && g_date_compare (&dates.amendment_notice, &dates.meeting) < 0)
    return order_error ("--amendment-notice", &dates.amendment_notice, "--annual-review-timeline",
                        &dates.meeting, TRUE);

  /* Within 12 months of the previous review (or of the plan being issued). */
  sendco_review_due (&dates.plan_issued, &dates.previous_review, &due);
  if (g_date_valid (&due) && g_date_compare (&dates.meeting, &due) > 0)
    {
      g_autofree char *meeting = sendco_date_format_uk (&dates.meeting);
      g_autofree char *latest = sendco_date_format_uk (&due);

      if (g_date_valid (&dates.previous_review))
        g_printerr (_("Warning: the meeting on %s is too late: an annual review must be held "
                      "within 12 months of the previous review, by %s.\n"), meeting, latest);
      else
        g_printerr (_("Warning: the meeting on %s is too late: the first annual review must be "
                      "held within 12 months of the plan being issued, by %s.\n"),
                    meeting, latest);
    }

  deadlines = sendco_annual_review_timeline (&dates);
  print_timeline (deadlines);
  return EXIT_DONE;
}

/* Entry points */

/**
 * sendco_cli_is_headless:
 *
 * Returns: %TRUE when @argv asks for a headless command, help or the version.
 */
gboolean
sendco_cli_is_headless (int argc, char **argv)
{
  for (int i = 1; i < argc && argv[i]; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--"))
        break;
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          gsize len = strlen (commands[c].option);

          if (g_str_equal (arg, commands[c].option)
              || (commands[c].takes_value && strncmp (arg, commands[c].option, len) == 0
                  && arg[len] == '='))
            return TRUE;
        }
      for (guint o = 0; o < G_N_ELEMENTS (other_headless); o++)
        if (g_str_equal (arg, other_headless[o]))
          return TRUE;
    }
  return FALSE;
}

/* Options that belong to one command, given without it. */
static const char *
stray_option (const CliOptions *options)
{
  if (!options->import_pupils)
    {
      if (options->dry_run)
        return "--dry-run";
      if (options->archive_missing)
        return "--archive-missing";
      if (options->take_sen)
        return "--take-sen-from-file";
      if (options->maps)
        return "--map";
    }
  if (!options->demo)
    {
      if (options->demo_pupils != UNSET_INT)
        return "--demo-pupils";
      if (options->demo_seed != UNSET_SEED)
        return "--demo-seed";
      if (options->demo_provisions != UNSET_INT)
        return "--demo-provisions";
    }
  if (!options->ehc_timeline && options->draft_sent)
    return "--draft-sent";
  if (!options->export_provision_map)
    {
      if (options->period)
        return "--period";
      if (options->paper)
        return "--paper";
    }
  if (!options->review_timeline)
    {
      if (options->plan_issued)
        return "--plan-issued";
      if (options->previous_review)
        return "--previous-review";
      if (options->transfer)
        return "--transfer";
      if (options->transfer_year != UNSET_INT)
        return "--transfer-year";
      if (options->post16_move)
        return "--post16-move";
      if (options->la_decision)
        return "--la-decision";
      if (options->amendment_notice)
        return "--amendment-notice";
    }
  return NULL;
}

/**
 * sendco_cli_run:
 *
 * Parses @argv and runs the one headless command it asks for.
 *
 * Returns: the exit status: 0 done, 1 failed, 2 bad usage or input, 3 done
 *   but some rows were rejected
 */
int
sendco_cli_run (int argc, char **argv)
{
  CliOptions options = { 0 };
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) args = NULL;
  g_autofree char *database = NULL;
  const CliCommand *command = NULL;
  const char *stray;
  int status;

  g_return_val_if_fail (argc >= 0, EXIT_USAGE);

  /* Parse a copy: GOption removes what it reads. */
  args = g_new0 (char *, (gsize) argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  options.demo_pupils = UNSET_INT;
  options.demo_seed = UNSET_SEED;
  options.demo_provisions = UNSET_INT;
  options.transfer_year = UNSET_INT;
  database = sendco_store_default_path ();
  options.database_help = g_strdup_printf (_("Open this school file (if not given: %s)"),
                                           database);
  context = build_context (&options);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      clear_options (&options);
      return usage_error (error->message);
    }

  if (options.help)
    {
      g_autofree char *help = g_option_context_get_help (context, FALSE, NULL);

      g_print ("%s", help);
      clear_options (&options);
      return EXIT_DONE;
    }
  if (options.version)
    {
      g_print ("sendco %s\n", PACKAGE_VERSION);
      clear_options (&options);
      return EXIT_DONE;
    }

  if (args[0] && args[1])
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not an option Sendco knows."), args[1]);

      clear_options (&options);
      return usage_error (message);
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (commands[c].requested (&options))
      {
        if (command != NULL)
          {
            g_autofree char *message =
              g_strdup_printf (_("%s and %s cannot be run together: give one command at a "
                                 "time."), command->option, commands[c].option);

            clear_options (&options);
            return usage_error (message);
          }
        command = &commands[c];
      }

  if (command == NULL)
    {
      clear_options (&options);
      return usage_error (_("No headless command was given."));
    }
  if ((stray = stray_option (&options)) != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s does not go with %s."), stray, command->option);

      clear_options (&options);
      return usage_error (message);
    }

  if (options.database)
    {
      g_free (database);
      database = g_strdup (options.database);
    }
  status = command->run (&options, database);

  clear_options (&options);
  return status;
}
