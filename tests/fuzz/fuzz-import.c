/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the CSV reader and the import's row checks, on any bytes.
 * Each input is parsed; when it has a header, its columns are matched (by
 * header, or failing that by position so the checks still run) and a plan
 * is built against a small school file made once at start. Nothing is
 * written to it. Build and run with tests/fuzz/build.sh. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "sendco-csv.h"
#include "sendco-dates.h"
#include "sendco-import.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static SendcoStore *store;
static GDate today;

static const char school[] =
  "UPN,Legal Surname,Legal Forename,Date of Birth,Gender,Year,Reg,SEN Status,"
  "SEN Need Type 1,SEN Need Type 2,FSM Eligible,EAL,In Care\n"
  "K931210221877,Hughes,Björn,13/06/2016,M,6,6A,,,,N,N,N\n"
  "E931210225457,Singh,Zoë,19/10/2020,M,1,1C,K,SPLD,,N,N,N\n"
  "A931210223161,Brown,Jia Hui,30/07/2018,M,4,4A,E,ASD,SLCN,Y,N,N\n";

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  SendcoImportMapping mapping;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);

  dir = g_dir_make_tmp ("sendco-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "school.sendco", NULL);
  store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  table = sendco_csv_table_parse (school, strlen (school), &error);
  g_assert_no_error (error);
  sendco_import_mapping_guess (&mapping, table);
  plan = sendco_import_plan_build (store, table, &mapping, "seed.csv", &today, &error);
  g_assert_no_error (error);
  g_assert_true (sendco_import_plan_apply (plan, store, NULL, &error));
  return 0;
}

static void
check_plan (SendcoCsvTable *table, const SendcoImportMapping *mapping)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  SendcoImportResult result;
  GListModel *rows;
  guint n, counted = 0;

  plan = sendco_import_plan_build (store, table, mapping, "fuzz.csv", &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  rows = sendco_import_plan_get_rows (plan);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, sendco_csv_table_n_rows (table));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);

      g_assert_true (g_utf8_validate (sendco_import_row_get_upn (row), -1, NULL));
      if (sendco_import_row_get_kind (row) == SENDCO_IMPORT_ROW_REJECTED)
        {
          g_assert_nonnull (sendco_import_row_get_reason (row));
          g_assert_true (g_utf8_validate (sendco_import_row_get_reason (row), -1, NULL));
          g_assert_null (sendco_import_row_get_pupil (row));
        }
      else
        g_assert_nonnull (sendco_import_row_get_pupil (row));
      if (sendco_import_row_has_sen_conflict (row))
        sendco_import_row_set_take_file_sen (row, TRUE);
    }

  sendco_import_plan_summarise (plan, &result);
  counted = result.imported + result.updated + result.unchanged + result.rejected;
  g_assert_cmpuint (counted, ==, n);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = NULL;
  SendcoImportMapping mapping;
  guint n_columns;

  table = sendco_csv_table_parse ((const char *) data, size, &error);
  if (table == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  n_columns = sendco_csv_table_n_columns (table);
  for (guint c = 0; c < n_columns; c++)
    g_assert_true (g_utf8_validate (sendco_csv_table_header (table, c), -1, NULL));
  for (guint r = 0; r < sendco_csv_table_n_rows (table); r++)
    {
      g_assert_cmpuint (sendco_csv_table_row_line (table, r), >, 1);
      for (guint c = 0; c < sendco_csv_table_row_n_fields (table, r); c++)
        g_assert_true (g_utf8_validate (sendco_csv_table_field (table, r, c), -1, NULL));
    }

  sendco_import_mapping_guess (&mapping, table);
  if (sendco_import_mapping_check (&mapping, table, NULL))
    check_plan (table, &mapping);

  /* Whatever the headers say, read the columns in the usual SIMS order. */
  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    mapping.column[f] = -1;
  {
    static const SendcoImportField order[] = {
      SENDCO_IMPORT_FIELD_UPN, SENDCO_IMPORT_FIELD_SURNAME, SENDCO_IMPORT_FIELD_FORENAME,
      SENDCO_IMPORT_FIELD_DATE_OF_BIRTH, SENDCO_IMPORT_FIELD_YEAR_GROUP,
      SENDCO_IMPORT_FIELD_SEN_STATUS, SENDCO_IMPORT_FIELD_PRIMARY_NEED,
      SENDCO_IMPORT_FIELD_SECONDARY_NEED, SENDCO_IMPORT_FIELD_GENDER, SENDCO_IMPORT_FIELD_FSM,
      SENDCO_IMPORT_FIELD_EAL, SENDCO_IMPORT_FIELD_LAC, SENDCO_IMPORT_FIELD_FORM,
    };

    for (guint i = 0; i < G_N_ELEMENTS (order) && i < n_columns; i++)
      mapping.column[order[i]] = (int) i;
  }
  if (sendco_import_mapping_check (&mapping, table, NULL))
    check_plan (table, &mapping);

  return 0;
}
