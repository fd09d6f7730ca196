/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The MIS import: matching columns, checking rows, the preview plan, and
 * writing it all or nothing into a real school file. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "io-test-util.h"
#include "sendco-import.h"

typedef struct
{
  char        *dir;
  char        *db_path;
  SendcoStore *store;
  GDate       *today;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = io_test_make_dir ();
  fixture->store = io_test_new_store (fixture->dir, "school.sendco");
  fixture->db_path = g_strdup (sendco_store_get_path (fixture->store));
  fixture->today = io_test_today ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  io_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
  g_date_free (fixture->today);
}

static SendcoCsvTable *
read_fixture (const char *sub, const char *name)
{
  g_autofree char *path = io_test_fixture (sub, name);
  g_autoptr (GError) error = NULL;
  SendcoCsvTable *table = sendco_csv_table_read (path, &error);

  g_assert_no_error (error);
  return table;
}

/* A plan for a fixture file, with the columns guessed. */
static SendcoImportPlan *
plan_for (Fixture *fixture, SendcoStore *store, const char *sub, const char *name)
{
  g_autoptr (SendcoCsvTable) table = read_fixture (sub, name);
  g_autoptr (GError) error = NULL;
  SendcoImportMapping mapping;
  SendcoImportPlan *plan;

  sendco_import_mapping_guess (&mapping, table);
  plan = sendco_import_plan_build (store, table, &mapping, name, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static SendcoImportPlan *
plan_for_text (Fixture *fixture, const char *text, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_parse (text, strlen (text), &error);
  SendcoImportMapping mapping;
  SendcoImportPlan *plan;

  g_assert_no_error (error);
  sendco_import_mapping_guess (&mapping, table);
  plan = sendco_import_plan_build (fixture->store, table, &mapping, name, fixture->today, &error);
  g_assert_no_error (error);
  return plan;
}

static void
apply_ok (SendcoImportPlan *plan, SendcoStore *store, SendcoImportResult *result)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_import_plan_apply (plan, store, result, &error));
  g_assert_no_error (error);
}

static void
import_fixture (Fixture *fixture, const char *name)
{
  g_autoptr (SendcoImportPlan) plan = plan_for (fixture, fixture->store, "import", name);

  apply_ok (plan, fixture->store, NULL);
}

static SendcoImportRow *
find_row (SendcoImportPlan *plan, const char *upn)
{
  GListModel *rows = sendco_import_plan_get_rows (plan);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (sendco_import_row_get_upn (row), upn))
        return row;
    }
  g_error ("no row with UPN %s", upn);
}

static SendcoImportRow *
find_row_at_line (SendcoImportPlan *plan, guint line)
{
  GListModel *rows = sendco_import_plan_get_rows (plan);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);

      if (sendco_import_row_get_line (row) == line)
        return row;
    }
  g_error ("no row on line %u", line);
}

static SendcoPupil *
get_pupil (Fixture *fixture, const char *upn)
{
  g_autoptr (GError) error = NULL;
  SendcoPupil *pupil = sendco_store_find_pupil_by_upn (fixture->store, upn, &error);

  g_assert_no_error (error);
  return pupil;
}

static guint
count_status (SendcoStore *store, const char *status)
{
  g_autoptr (GListStore) pupils = sendco_store_list_pupils (store, FALSE, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);

      if (g_str_equal (sendco_pupil_get_sen_status (pupil), status))
        n++;
    }
  return n;
}

static gint64
count_audit (Fixture *fixture)
{
  return io_test_query_int (fixture->db_path, "SELECT count(*) FROM audit");
}

static gint64
count_pupils (Fixture *fixture)
{
  return io_test_query_int (fixture->db_path, "SELECT count(*) FROM pupil");
}

/* Mapping */

static void
test_mapping_sims (void)
{
  g_autoptr (SendcoCsvTable) table = read_fixture ("mis", "sample-sims-export-primary.csv");
  SendcoImportMapping mapping;
  const int expected[SENDCO_IMPORT_N_FIELDS] = {
    [SENDCO_IMPORT_FIELD_UPN] = 0, [SENDCO_IMPORT_FIELD_SURNAME] = 1,
    [SENDCO_IMPORT_FIELD_FORENAME] = 2, [SENDCO_IMPORT_FIELD_PREFERRED_SURNAME] = -1,
    [SENDCO_IMPORT_FIELD_PREFERRED_FORENAME] = -1, [SENDCO_IMPORT_FIELD_DATE_OF_BIRTH] = 3,
    [SENDCO_IMPORT_FIELD_GENDER] = 4, [SENDCO_IMPORT_FIELD_YEAR_GROUP] = 5,
    [SENDCO_IMPORT_FIELD_FORM] = 6, [SENDCO_IMPORT_FIELD_SEN_STATUS] = 7,
    [SENDCO_IMPORT_FIELD_PRIMARY_NEED] = 8, [SENDCO_IMPORT_FIELD_SECONDARY_NEED] = 9,
    [SENDCO_IMPORT_FIELD_FSM] = 10, [SENDCO_IMPORT_FIELD_EAL] = 11,
    [SENDCO_IMPORT_FIELD_LAC] = 12,
  };

  sendco_import_mapping_guess (&mapping, table);
  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    g_assert_cmpint (mapping.column[f], ==, expected[f]);
  g_assert_true (sendco_import_mapping_check (&mapping, table, NULL));
}

static void
test_mapping_arbor (void)
{
  g_autoptr (SendcoCsvTable) table = read_fixture ("import", "arbor.csv");
  SendcoImportMapping mapping;

  sendco_import_mapping_guess (&mapping, table);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_UPN], ==, 0);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_SURNAME], ==, 1);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_FORENAME], ==, 2);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_PREFERRED_FORENAME], ==, 3);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_PREFERRED_SURNAME], ==, 4);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_DATE_OF_BIRTH], ==, 5);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_GENDER], ==, 6);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_YEAR_GROUP], ==, 7);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_FORM], ==, 8);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_SEN_STATUS], ==, 9);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_PRIMARY_NEED], ==, 10);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_SECONDARY_NEED], ==, 11);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_FSM], ==, 12);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_EAL], ==, 13);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_LAC], ==, 14);
}

static void
test_mapping_unmapped (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoCsvTable) table = read_fixture ("import", "unmapped.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  SendcoImportMapping mapping;

  sendco_import_mapping_guess (&mapping, table);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_UPN], ==, -1);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_DATE_OF_BIRTH], ==, -1);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_SURNAME], ==, 1);
  g_assert_cmpint (mapping.column[SENDCO_IMPORT_FIELD_YEAR_GROUP], ==, 4);

  g_assert_false (sendco_import_mapping_check (&mapping, table, &error));
  g_assert_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED);
  io_test_assert_contains (error->message, "UPN");
  io_test_assert_contains (error->message, "Date of birth");
  io_test_assert_contains (error->message, "“Pupil number”");
  io_test_assert_contains (error->message, "“Born”");
  g_clear_error (&error);

  /* The plan refuses it too. */
  plan = sendco_import_plan_build (fixture->store, table, &mapping, "unmapped.csv",
                                   fixture->today, &error);
  g_assert_null (plan);
  g_assert_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED);
  g_clear_error (&error);

  /* What the mapping page does: the user picks the columns. */
  mapping.column[SENDCO_IMPORT_FIELD_UPN] = 0;
  mapping.column[SENDCO_IMPORT_FIELD_DATE_OF_BIRTH] = 3;
  g_assert_true (sendco_import_mapping_check (&mapping, table, &error));
  g_assert_no_error (error);
  plan = sendco_import_plan_build (fixture->store, table, &mapping, "unmapped.csv",
                                   fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 2);
  apply_ok (plan, fixture->store, NULL);
  g_assert_cmpint (count_pupils (fixture), ==, 2);

  /* A column chosen twice, and needs without a status, are refused. */
  mapping.column[SENDCO_IMPORT_FIELD_FORM] = 1;
  g_assert_false (sendco_import_mapping_check (&mapping, table, &error));
  io_test_assert_contains (error->message, "“Surname”");
  g_clear_error (&error);
  mapping.column[SENDCO_IMPORT_FIELD_FORM] = 5;
  mapping.column[SENDCO_IMPORT_FIELD_PRIMARY_NEED] = 2;
  mapping.column[SENDCO_IMPORT_FIELD_FORENAME] = -1;
  g_assert_false (sendco_import_mapping_check (&mapping, table, &error));
  g_clear_error (&error);
  mapping.column[SENDCO_IMPORT_FIELD_PRIMARY_NEED] = 99;
  g_assert_false (sendco_import_mapping_check (&mapping, table, &error));
}

static void
test_field_keys (void)
{
  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    {
      SendcoImportField back = SENDCO_IMPORT_N_FIELDS;

      g_assert_true (sendco_import_field_from_key (sendco_import_field_key (f), &back));
      g_assert_cmpint (back, ==, f);
      g_assert_nonnull (sendco_import_field_label (f));
    }
  g_assert_true (sendco_import_field_from_key ("Date-Of-Birth", NULL));
  g_assert_false (sendco_import_field_from_key ("dob", NULL));
  g_assert_cmpstr (sendco_import_field_key (SENDCO_IMPORT_FIELD_YEAR_GROUP), ==, "year-group");
  g_assert_true (sendco_import_field_is_required (SENDCO_IMPORT_FIELD_UPN));
  g_assert_false (sendco_import_field_is_required (SENDCO_IMPORT_FIELD_FSM));
}

/* The samples and their .expected.json */

static void
check_sample (Fixture *fixture, const char *name)
{
  g_autofree char *json_name = g_strconcat (name, ".expected.json", NULL);
  g_autofree char *json = io_test_fixture ("mis", json_name);
  g_autoptr (IoTestExpected) expected = io_test_expected_load (json);
  g_autoptr (SendcoImportPlan) plan = plan_for (fixture, fixture->store, "mis", name);
  GListModel *rejected = sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_REJECTED);
  SendcoImportResult result;

  g_assert_cmpuint (g_list_model_get_n_items (sendco_import_plan_get_rows (plan)), ==,
                    expected->rows);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==,
                    expected->accepted);
  g_assert_cmpuint (g_list_model_get_n_items (rejected), ==, expected->rejected_upns->len);

  for (guint i = 0; i < expected->rejected_upns->len; i++)
    {
      const char *upn = g_ptr_array_index (expected->rejected_upns, i);
      const char *fault = g_ptr_array_index (expected->rejected_faults, i);
      gboolean found = FALSE;

      for (guint r = 0; r < g_list_model_get_n_items (rejected); r++)
        {
          g_autoptr (SendcoImportRow) row = g_list_model_get_item (rejected, r);

          if (!g_str_equal (sendco_import_row_get_upn (row), upn))
            continue;
          /* The first of a repeated UPN is accepted; only the later one is here. */
          g_assert_false (found);
          found = TRUE;
          io_test_assert_contains (sendco_import_row_get_reason (row), fault);
          g_assert_null (sendco_import_row_get_pupil (row));
          g_assert_cmpuint (sendco_import_row_get_line (row), >, 1);
        }
      if (!found)
        g_error ("%s: %s was not rejected", name, upn);
    }

  apply_ok (plan, fixture->store, &result);
  g_assert_cmpuint (result.imported, ==, expected->accepted);
  g_assert_cmpuint (result.rejected, ==, expected->rejected_upns->len);
  g_assert_cmpuint (count_status (fixture->store, "E"), ==, expected->count_e);
  g_assert_cmpuint (count_status (fixture->store, "K"), ==, expected->count_k);
  g_assert_cmpuint (count_status (fixture->store, "N"), ==, expected->count_n);
  g_assert_cmpint (count_pupils (fixture), ==, expected->accepted);
}

static void
test_sample_primary (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoPupil) pupil = NULL;
  g_autoptr (GPtrArray) history = NULL;
  SendcoSenPeriod *period;
  SendcoImportRow *row;

  check_sample (fixture, "sample-sims-export-primary.csv");

  /* Where each fault is, and which column. */
  plan = plan_for (fixture, NULL, "mis", "sample-sims-export-primary.csv");
  row = find_row (plan, "P931210221187");
  g_assert_cmpuint (sendco_import_row_get_line (row), ==, 14);
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_REJECTED);
  g_assert_cmpstr (sendco_import_row_get_column (row), ==, "Date of Birth");
  row = find_row (plan, "B931210223890");
  g_assert_cmpstr (sendco_import_row_get_reason (row), ==, "bad UPN check letter (should be J)");
  g_assert_cmpstr (sendco_import_row_get_column (row), ==, "UPN");
  row = find_row (plan, "Y931210221395");
  g_assert_cmpstr (sendco_import_row_get_column (row), ==, "SEN Need Type 1");
  row = find_row (plan, "T931210223384");
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_NEW);
  g_assert_cmpuint (sendco_import_row_get_line (row), ==, 407);
  row = find_row_at_line (plan, 417);
  g_assert_cmpstr (sendco_import_row_get_reason (row), ==,
                   "duplicate UPN in file (first on line 407)");

  /* A new pupil's SEN history starts today, from the import. */
  pupil = get_pupil (fixture, "T931210222985");
  g_assert_cmpstr (sendco_pupil_get_sen_status (pupil), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED), ==, "NSA");
  g_assert_cmpint (sendco_pupil_get_year_group (pupil), ==, 5);
  g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2017-02-07");
  g_assert_true (sendco_pupil_get_fsm (pupil));
  g_assert_true (sendco_pupil_get_eal (pupil));
  history = sendco_store_sen_history (fixture->store, sendco_pupil_get_id (pupil), NULL);
  g_assert_cmpuint (history->len, ==, 1);
  period = g_ptr_array_index (history, 0);
  g_assert_cmpstr (period->start_date, ==, "2026-11-22");
  g_assert_null (period->end_date);
  g_assert_cmpstr (period->source, ==, "import");
  g_assert_cmpstr (period->reason, ==, "Imported from sample-sims-export-primary.csv");
  g_clear_object (&pupil);

  /* Padded cells and "Year 5" read cleanly. */
  pupil = get_pupil (fixture, "F931210222416");
  g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Zoë");
  g_assert_cmpint (sendco_pupil_get_year_group (pupil), ==, 5);
  g_clear_object (&pupil);
  pupil = get_pupil (fixture, "P931210227110");
  g_assert_cmpint (sendco_pupil_get_year_group (pupil), ==, 0);
  g_assert_true (sendco_pupil_get_fsm (pupil));
}

static void
test_sample_secondary (Fixture *fixture, gconstpointer data)
{
  check_sample (fixture, "sample-sims-export-secondary.csv");
}

/* Re-importing the same file changes nothing and writes nothing. */
static void
test_reimport_unchanged (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) first = NULL;
  g_autoptr (SendcoImportPlan) again = NULL;
  SendcoImportResult result;
  gint64 audit, pupils;

  first = plan_for (fixture, fixture->store, "mis", "sample-sims-export-primary.csv");
  apply_ok (first, fixture->store, NULL);
  audit = count_audit (fixture);
  pupils = count_pupils (fixture);
  g_assert_cmpint (audit, >, 0);

  again = plan_for (fixture, fixture->store, "mis", "sample-sims-export-primary.csv");
  g_assert_cmpuint (sendco_import_plan_count (again, SENDCO_IMPORT_ROW_NEW), ==, 0);
  g_assert_cmpuint (sendco_import_plan_count (again, SENDCO_IMPORT_ROW_UPDATED), ==, 0);
  g_assert_cmpuint (sendco_import_plan_count (again, SENDCO_IMPORT_ROW_UNCHANGED), ==, 415);
  g_assert_cmpuint (sendco_import_plan_count (again, SENDCO_IMPORT_ROW_REJECTED), ==, 6);
  g_assert_cmpuint (sendco_import_plan_count_conflicts (again), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sendco_import_plan_get_missing (again)), ==, 0);

  apply_ok (again, fixture->store, &result);
  g_assert_cmpuint (result.imported, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 415);
  g_assert_cmpuint (result.rejected, ==, 6);
  g_assert_cmpint (count_audit (fixture), ==, audit);
  g_assert_cmpint (count_pupils (fixture), ==, pupils);
}

/* Own fixtures */

static void
test_quoted_names (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = plan_for (fixture, fixture->store, "import", "quoted.csv");
  g_autoptr (SendcoPupil) smith = NULL, oneill = NULL, ng = NULL, patel = NULL, evans = NULL;

  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 5);
  g_assert_cmpuint (sendco_import_row_get_line (find_row (plan, "K823456720003")), ==, 5);
  apply_ok (plan, fixture->store, NULL);

  smith = get_pupil (fixture, "G823456720001");
  g_assert_cmpstr (sendco_pupil_get_text (smith, SENDCO_PUPIL_LEGAL_SURNAME), ==, "Smith, Jr");
  oneill = get_pupil (fixture, "W823456720002");
  g_assert_cmpstr (sendco_pupil_get_text (oneill, SENDCO_PUPIL_LEGAL_SURNAME), ==, "O\"Neill");
  g_assert_cmpstr (sendco_pupil_get_text (oneill, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Mary Jane");
  g_assert_cmpstr (sendco_pupil_get_sen_status (oneill), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (oneill, SENDCO_PUPIL_PRIMARY_NEED), ==, "SPLD");
  ng = get_pupil (fixture, "K823456720003");
  g_assert_cmpstr (sendco_pupil_get_text (ng, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Li \"Lily\"");
  g_assert_cmpstr (sendco_pupil_get_text (ng, SENDCO_PUPIL_PREFERRED_FORENAME), ==, "Lily");
  g_assert_cmpstr (sendco_pupil_get_sen_status (ng), ==, "E");
  g_assert_cmpstr (sendco_pupil_get_text (ng, SENDCO_PUPIL_SECONDARY_NEED), ==, "SLCN");
  patel = get_pupil (fixture, "Z823456720004");
  g_assert_cmpstr (sendco_pupil_get_text (patel, SENDCO_PUPIL_LEGAL_SURNAME), ==, "Patel");
  g_assert_cmpstr (sendco_pupil_get_text (patel, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Ravi");
  evans = get_pupil (fixture, "N823456720005");
  g_assert_cmpstr (sendco_pupil_get_text (evans, SENDCO_PUPIL_FORM), ==, "5,6");
  g_assert_cmpstr (sendco_pupil_get_text (evans, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2016-01-05");
}

static void
test_arbor (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *upn;
    int         year;
    const char *status, *primary, *secondary, *gender, *dob;
    gboolean    fsm, eal, lac;
  } expected[] = {
    { "C823456720006", 7, "K", "SPLD", "", "F", "2014-03-01", TRUE, FALSE, FALSE },
    { "R823456720007", 8, "E", "ASD", "SLCN", "M", "2013-05-20", FALSE, TRUE, TRUE },
    { "F823456720008", 0, "N", "", "", "F", "2020-10-10", TRUE, FALSE, FALSE },
    { "V823456720009", 5, "N", "", "", "", "2015-07-07", TRUE, FALSE, FALSE },
    { "F823456720010", 9, "K", "SEMH", "", "X", "2012-01-31", TRUE, FALSE, FALSE },
  };
  g_autoptr (SendcoImportPlan) plan = plan_for (fixture, fixture->store, "import", "arbor.csv");
  g_autoptr (SendcoPupil) green = NULL, lee = NULL;

  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 5);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==, 0);
  apply_ok (plan, fixture->store, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (SendcoPupil) pupil = get_pupil (fixture, expected[i].upn);

      g_assert_cmpint (sendco_pupil_get_year_group (pupil), ==, expected[i].year);
      g_assert_cmpstr (sendco_pupil_get_sen_status (pupil), ==, expected[i].status);
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED), ==,
                       expected[i].primary);
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED), ==,
                       expected[i].secondary);
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_GENDER), ==, expected[i].gender);
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH), ==,
                       expected[i].dob);
      g_assert_cmpint (sendco_pupil_get_fsm (pupil), ==, expected[i].fsm);
      g_assert_cmpint (sendco_pupil_get_eal (pupil), ==, expected[i].eal);
      g_assert_cmpint (sendco_pupil_get_lac (pupil), ==, expected[i].lac);
    }

  green = get_pupil (fixture, "V823456720009");
  g_assert_cmpstr (sendco_pupil_get_text (green, SENDCO_PUPIL_PREFERRED_FORENAME), ==, "Sammy");
  g_assert_cmpstr (sendco_pupil_get_text (green, SENDCO_PUPIL_FORM), ==, "5A");
  lee = get_pupil (fixture, "F823456720010");
  g_assert_cmpstr (sendco_pupil_get_text (lee, SENDCO_PUPIL_PREFERRED_SURNAME), ==, "Li");
}

static void
test_rejects (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    guint       line;
    const char *reason;   /* contained in the reason */
    const char *column;
  } expected[] = {
    { 3, "missing UPN", "UPN" },
    { 4, "UPN wrong length (12 characters; a UPN has 13)", "UPN" },
    { 5, "UPN has a character that cannot be in a UPN", "UPN" },
    { 6, "bad UPN check letter (should be X)", "UPN" },
    { 7, "duplicate UPN in file (first on line 2)", "UPN" },
    { 8, "missing surname", "Legal Surname" },
    { 9, "impossible date of birth (30/02/2016)", "Date of Birth" },
    { 10, "missing date of birth", "Date of Birth" },
    { 11, "impossible date of birth (01/01/2030 is in the future)", "Date of Birth" },
    { 12, "unknown year group (Year 15)", "Year" },
    { 13, "unknown need code (DYSLEXIA)", "SEN Need Type 1" },
    { 14, "need given with no SEN", "SEN Need Type 1" },
    { 15, "unknown SEN status (Q)", "SEN Status" },
    { 16, "NSA is only for SEN support", "SEN Need Type 1" },
    { 17, "secondary need given with no primary need", "SEN Need Type 2" },
    { 18, "secondary need is the same as the primary need", "SEN Need Type 2" },
    { 19, "unknown FSM value (maybe)", "FSM Eligible" },
    { 20, "unknown gender (Q)", "Gender" },
    { 22, "duplicate UPN in file (first on line 2)", "UPN" },
    { 25, "row has 3 fields; the header has 13", "" },
  };
  g_autoptr (SendcoImportPlan) plan = plan_for (fixture, fixture->store, "import", "rejects.csv");
  g_autoptr (SendcoPupil) cole = NULL, dale = NULL, earl = NULL;
  SendcoImportRow *row;

  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==,
                    G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      row = find_row_at_line (plan, expected[i].line);
      g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_REJECTED);
      io_test_assert_contains (sendco_import_row_get_reason (row), expected[i].reason);
      g_assert_cmpstr (sendco_import_row_get_column (row), ==, expected[i].column);
    }
  /* The UPN as the file wrote it */
  g_assert_cmpstr (sendco_import_row_get_upn (find_row_at_line (plan, 22)), ==, "h823456720021");
  g_assert_cmpstr (sendco_import_row_get_upn (find_row_at_line (plan, 3)), ==, "");

  /* Accepted: the first of the repeated UPN, K with no need, a temporary
   * UPN, nursery. */
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 4);
  apply_ok (plan, fixture->store, NULL);
  cole = get_pupil (fixture, "R823456720036");
  g_assert_cmpstr (sendco_pupil_get_sen_status (cole), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (cole, SENDCO_PUPIL_PRIMARY_NEED), ==, "");
  dale = get_pupil (fixture, "G82345672003A");
  g_assert_nonnull (dale);
  earl = get_pupil (fixture, "V823456720038");
  g_assert_cmpint (sendco_pupil_get_year_group (earl), ==, -1);
}

static void
test_field_count (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan =
    plan_for (fixture, fixture->store, "import", "field-count.csv");

  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 2);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==, 2);
  g_assert_cmpstr (sendco_import_row_get_reason (find_row_at_line (plan, 3)), ==,
                   "row has 5 fields; the header has 6");
  g_assert_cmpstr (sendco_import_row_get_reason (find_row_at_line (plan, 4)), ==,
                   "row has 7 fields; the header has 6");
}

/* A later export: names, years, forms and flags are updated by UPN; nobody
 * is duplicated; new pupils are added; missing ones are only offered. */
static void
test_later_export (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoPupil) allen = NULL, baxter = NULL, dixon = NULL;
  SendcoImportResult result;
  SendcoImportRow *row;

  import_fixture (fixture, "school-autumn.csv");
  g_assert_cmpint (count_pupils (fixture), ==, 5);

  plan = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  row = find_row (plan, "V823456720040");
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_UPDATED);
  g_assert_cmpstr (sendco_import_row_get_changes (row), ==, "year group 4 → 5; form 4A → 5A");
  g_assert_cmpint (sendco_import_row_get_existing_id (row), >, 0);
  g_assert_cmpint (sendco_pupil_get_year_group (sendco_import_row_get_pupil (row)), ==, 5);
  row = find_row (plan, "J823456720041");
  g_assert_cmpstr (sendco_import_row_get_changes (row), ==,
                   "surname Baxter → Baxter-Hill; FSM yes → no");
  g_assert_cmpint (sendco_import_row_get_kind (find_row (plan, "B823456720044")), ==,
                   SENDCO_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (sendco_import_row_get_kind (find_row (plan, "Q823456720045")), ==,
                   SENDCO_IMPORT_ROW_NEW);
  g_assert_cmpuint (g_list_model_get_n_items (sendco_import_plan_get_missing (plan)), ==, 1);
  g_assert_false (sendco_import_plan_get_archive_missing (plan));

  apply_ok (plan, fixture->store, &result);
  g_assert_cmpuint (result.imported, ==, 1);
  g_assert_cmpuint (result.updated, ==, 2);
  g_assert_cmpuint (result.unchanged, ==, 2);
  g_assert_cmpuint (result.archived, ==, 0);
  g_assert_cmpint (count_pupils (fixture), ==, 6);

  allen = get_pupil (fixture, "V823456720040");
  g_assert_cmpint (sendco_pupil_get_year_group (allen), ==, 5);
  g_assert_cmpstr (sendco_pupil_get_text (allen, SENDCO_PUPIL_FORM), ==, "5A");
  baxter = get_pupil (fixture, "J823456720041");
  g_assert_cmpstr (sendco_pupil_get_text (baxter, SENDCO_PUPIL_LEGAL_SURNAME), ==, "Baxter-Hill");
  g_assert_false (sendco_pupil_get_fsm (baxter));
  g_assert_cmpstr (sendco_pupil_get_sen_status (baxter), ==, "K");
  /* Missing, not archived unless asked */
  dixon = get_pupil (fixture, "M823456720043");
  g_assert_false (sendco_pupil_is_archived (dixon));
}

/* An update keeps what only Sendco records (monitoring, last review). */
static void
test_update_keeps_sendco_fields (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoPupil) allen = NULL, after = NULL;
  g_autoptr (GError) error = NULL;

  import_fixture (fixture, "school-autumn.csv");
  allen = get_pupil (fixture, "V823456720040");
  g_assert_true (sendco_store_set_monitoring (fixture->store, sendco_pupil_get_id (allen), TRUE,
                                              "2026-10-01", "Reading", &error));
  g_assert_no_error (error);

  plan = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  apply_ok (plan, fixture->store, NULL);
  after = get_pupil (fixture, "V823456720040");
  g_assert_true (sendco_pupil_get_monitoring (after));
  g_assert_cmpstr (sendco_pupil_get_text (after, SENDCO_PUPIL_MONITORING_NOTE), ==, "Reading");
  g_assert_cmpint (sendco_pupil_get_year_group (after), ==, 5);
}

static void
change_sen (Fixture *fixture, const char *upn, const char *status, const char *need)
{
  g_autoptr (SendcoPupil) pupil = get_pupil (fixture, upn);
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_store_change_sen_status (fixture->store, sendco_pupil_get_id (pupil),
                                                 status, need, NULL, "2026-11-22",
                                                 "Assessed by the SENDCO", &error));
  g_assert_no_error (error);
}

/* Where the file's SEN differs from Sendco's, the preview lists it; Sendco's
 * is kept unless the SENDCO takes the file's. */
static void
test_sen_conflict (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoImportPlan) again = NULL;
  g_autoptr (SendcoPupil) kept = NULL, taken = NULL;
  g_autoptr (GPtrArray) history = NULL;
  GListModel *conflicts, *unchanged, *updated;
  SendcoImportResult result;
  SendcoSenPeriod *open, *closed;
  SendcoImportRow *row;
  guint n_unchanged;
  gint64 audit;

  import_fixture (fixture, "school-autumn.csv");
  change_sen (fixture, "Y823456720042", "E", "ASD");

  plan = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  g_assert_cmpuint (sendco_import_plan_count_conflicts (plan), ==, 1);
  conflicts = sendco_import_plan_get_rows_of_kind (plan, -1);
  row = g_list_model_get_item (conflicts, 0);
  g_object_unref (row);
  g_assert_cmpstr (sendco_import_row_get_upn (row), ==, "Y823456720042");
  g_assert_true (sendco_import_row_has_sen_conflict (row));
  g_assert_cmpstr (sendco_import_row_get_sen_difference (row), ==, "file: K SPLD; Sendco: E ASD");
  g_assert_false (sendco_import_row_get_take_file_sen (row));
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_UNCHANGED);

  /* Kept by default */
  audit = count_audit (fixture);
  apply_ok (plan, fixture->store, &result);
  g_assert_cmpuint (result.sen_changed, ==, 0);
  kept = get_pupil (fixture, "Y823456720042");
  g_assert_cmpstr (sendco_pupil_get_sen_status (kept), ==, "E");
  g_assert_cmpstr (sendco_pupil_get_text (kept, SENDCO_PUPIL_PRIMARY_NEED), ==, "ASD");
  g_assert_cmpint (io_test_query_int (fixture->db_path,
                                      "SELECT count(*) FROM audit WHERE tbl = 'sen_period'"),
                   ==, 5 + 2 + 1);
  g_assert_cmpint (count_audit (fixture), >, audit);

  /* Taken when chosen: the row moves from unchanged to updated. */
  again = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  row = find_row (again, "Y823456720042");
  unchanged = sendco_import_plan_get_rows_of_kind (again, SENDCO_IMPORT_ROW_UNCHANGED);
  updated = sendco_import_plan_get_rows_of_kind (again, SENDCO_IMPORT_ROW_UPDATED);
  n_unchanged = g_list_model_get_n_items (unchanged);
  g_assert_cmpuint (g_list_model_get_n_items (updated), ==, 0);
  g_object_set (row, "take-file-sen", TRUE, NULL);
  g_assert_true (sendco_import_row_get_take_file_sen (row));
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_UPDATED);
  g_assert_cmpuint (g_list_model_get_n_items (unchanged), ==, n_unchanged - 1);
  g_assert_cmpuint (g_list_model_get_n_items (updated), ==, 1);
  g_assert_cmpstr (sendco_pupil_get_sen_status (sendco_import_row_get_pupil (row)), ==, "K");
  sendco_import_row_set_take_file_sen (row, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (updated), ==, 0);
  g_assert_cmpstr (sendco_pupil_get_sen_status (sendco_import_row_get_pupil (row)), ==, "E");
  sendco_import_plan_set_take_all_file_sen (again, TRUE);
  g_assert_cmpuint (sendco_import_plan_count (again, SENDCO_IMPORT_ROW_UPDATED), ==, 1);

  apply_ok (again, fixture->store, &result);
  g_assert_cmpuint (result.sen_changed, ==, 1);
  g_assert_cmpuint (result.updated, ==, 1);
  taken = get_pupil (fixture, "Y823456720042");
  g_assert_cmpstr (sendco_pupil_get_sen_status (taken), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (taken, SENDCO_PUPIL_PRIMARY_NEED), ==, "SPLD");

  /* History: the SENDCO's E period closed today, the file's K open. */
  history = sendco_store_sen_history (fixture->store, sendco_pupil_get_id (taken), NULL);
  g_assert_cmpuint (history->len, ==, 3);
  open = g_ptr_array_index (history, 0);
  closed = g_ptr_array_index (history, 1);
  g_assert_cmpstr (open->status, ==, "K");
  g_assert_null (open->end_date);
  g_assert_cmpstr (open->source, ==, "import");
  g_assert_cmpstr (open->start_date, ==, "2026-11-22");
  g_assert_cmpstr (open->reason, ==, "SEN status taken from school-spring.csv");
  g_assert_cmpstr (closed->status, ==, "E");
  g_assert_cmpstr (closed->end_date, ==, "2026-11-22");
  g_assert_cmpstr (closed->source, ==, "sendco");
}

/* A file with no SEN columns says nothing about SEN: no conflicts. */
static void
test_no_sen_columns (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoPupil) baxter = NULL;

  import_fixture (fixture, "school-autumn.csv");
  plan = plan_for_text (fixture,
                        "UPN,Surname,Forename,DOB,Year\n"
                        "J823456720041,Baxter,Bea,02/10/2016,4\n"
                        "S000000000001,Nobody,No,01/01/2016,4\n",
                        "names.csv");
  g_assert_cmpuint (sendco_import_plan_count_conflicts (plan), ==, 0);
  g_assert_cmpint (sendco_import_row_get_kind (find_row (plan, "J823456720041")), ==,
                   SENDCO_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (sendco_import_row_get_kind (find_row (plan, "S000000000001")), ==,
                   SENDCO_IMPORT_ROW_REJECTED);
  apply_ok (plan, fixture->store, NULL);
  baxter = get_pupil (fixture, "J823456720041");
  g_assert_cmpstr (sendco_pupil_get_sen_status (baxter), ==, "K");
  g_assert_true (sendco_pupil_get_fsm (baxter));
}

/* Pupils missing from a full-roll export are archived only when chosen, and
 * put back on roll when a later file names them again. */
static void
test_archive_missing_and_rejoin (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) spring = NULL, summer = NULL;
  g_autoptr (SendcoPupil) dixon = NULL, back = NULL, missing = NULL;
  g_autoptr (GListStore) all = NULL;
  SendcoImportResult result;
  SendcoImportRow *row;

  import_fixture (fixture, "school-autumn.csv");

  spring = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  missing = g_list_model_get_item (sendco_import_plan_get_missing (spring), 0);
  g_assert_cmpstr (sendco_pupil_get_upn (missing), ==, "M823456720043");
  g_object_set (spring, "archive-missing", TRUE, NULL);
  g_assert_true (sendco_import_plan_get_archive_missing (spring));
  apply_ok (spring, fixture->store, &result);
  g_assert_cmpuint (result.archived, ==, 1);

  dixon = get_pupil (fixture, "M823456720043");
  g_assert_true (sendco_pupil_is_archived (dixon));
  g_assert_cmpstr (sendco_pupil_get_text (dixon, SENDCO_PUPIL_ARCHIVED_ON), ==, "2026-11-22");
  io_test_assert_contains (sendco_pupil_get_text (dixon, SENDCO_PUPIL_ARCHIVE_REASON),
                   "school-spring.csv");
  /* Never deleted */
  all = sendco_store_list_pupils (fixture->store, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 6);
  g_assert_cmpuint (count_status (fixture->store, "N") + count_status (fixture->store, "K")
                      + count_status (fixture->store, "E"), ==, 5);

  summer = plan_for (fixture, fixture->store, "import", "school-summer.csv");
  row = find_row (summer, "M823456720043");
  g_assert_true (sendco_import_row_get_rejoins (row));
  g_assert_cmpint (sendco_import_row_get_kind (row), ==, SENDCO_IMPORT_ROW_UPDATED);
  io_test_assert_contains (sendco_import_row_get_changes (row), "back on roll, archived on 22/11/2026");
  io_test_assert_contains (sendco_import_row_get_changes (row), "year group 4 → 5");
  g_assert_cmpuint (g_list_model_get_n_items (sendco_import_plan_get_missing (summer)), ==, 0);
  apply_ok (summer, fixture->store, &result);

  back = get_pupil (fixture, "M823456720043");
  g_assert_false (sendco_pupil_is_archived (back));
  g_assert_cmpint (sendco_pupil_get_year_group (back), ==, 5);
  g_assert_cmpint (count_pupils (fixture), ==, 6);
  g_assert_cmpuint (sendco_store_count_audit (fixture->store, "pupil",
                                              sendco_pupil_get_id (back), "restore"), ==, 1);
}

/* A write that fails part way leaves the school file exactly as it was:
 * another window adds a pupil with one of the file's UPNs after the
 * preview, so the 300th insert fails. */
static void
test_rollback_midway_insert (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoStore) other = NULL;
  g_autoptr (SendcoImportRow) late = NULL;
  g_autoptr (SendcoPupil) copy = NULL;
  g_autoptr (GError) error = NULL;
  SendcoImportResult result = { 1, 1, 1, 1, 1, 1 };
  gint64 audit;

  plan = plan_for (fixture, fixture->store, "mis", "sample-sims-export-primary.csv");
  late = g_list_model_get_item (sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_NEW),
                                300);

  other = sendco_store_open (fixture->db_path, SENDCO_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  copy = sendco_pupil_copy (sendco_import_row_get_pupil (late));
  g_assert_true (sendco_store_insert_pupil (other, copy, "2026-09-01", "Added by hand", &error));
  g_assert_no_error (error);
  audit = count_audit (fixture);
  g_assert_cmpint (count_pupils (fixture), ==, 1);

  g_assert_false (sendco_import_plan_apply (plan, fixture->store, &result, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT);
  io_test_assert_contains (error->message, "Nothing was imported");
  io_test_assert_contains (error->message, sendco_import_row_get_upn (late));
  g_assert_cmpuint (result.imported, ==, 0);

  g_assert_cmpint (count_pupils (fixture), ==, 1);
  g_assert_cmpint (count_audit (fixture), ==, audit);
  g_assert_cmpint (io_test_query_int (fixture->db_path, "SELECT count(*) FROM sen_period"), ==, 1);
}

/* An update that the school file refuses part way (a trigger standing in for
 * a disk error) undoes the updates and inserts before it. */
static void
test_rollback_midway_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (SendcoPupil) allen = NULL;
  g_autoptr (GError) error = NULL;
  gint64 audit;

  import_fixture (fixture, "school-autumn.csv");
  plan = plan_for (fixture, fixture->store, "import", "school-spring.csv");
  sendco_import_plan_set_archive_missing (plan, TRUE);
  io_test_exec (fixture->db_path,
                "CREATE TRIGGER test_fail BEFORE UPDATE ON pupil"
                " WHEN NEW.legal_surname = 'Baxter-Hill'"
                " BEGIN SELECT RAISE (ABORT, 'simulated failure'); END");
  audit = count_audit (fixture);

  g_assert_false (sendco_import_plan_apply (plan, fixture->store, NULL, &error));
  g_assert_nonnull (error);
  io_test_assert_contains (error->message, "J823456720041");

  allen = get_pupil (fixture, "V823456720040");
  g_assert_cmpint (sendco_pupil_get_year_group (allen), ==, 4);
  g_assert_cmpint (count_pupils (fixture), ==, 5);
  g_assert_cmpint (count_audit (fixture), ==, audit);
  g_assert_cmpint (io_test_query_int (fixture->db_path,
                                      "SELECT count(*) FROM pupil WHERE archived_on IS NOT NULL"),
                   ==, 0);
}

/* Another connection holding the write lock: the import waits, then gives
 * up with a plain message and changes nothing. */
static void
test_locked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  gpointer lock;

  plan = plan_for (fixture, fixture->store, "import", "school-autumn.csv");

  lock = io_test_hold_write_lock (fixture->db_path);
  g_assert_false (sendco_import_plan_apply (plan, fixture->store, NULL, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_LOCKED);
  io_test_release_lock (lock);
  g_assert_cmpint (count_pupils (fixture), ==, 0);

  /* Once the lock is gone, the same plan applies. */
  apply_ok (plan, fixture->store, NULL);
  g_assert_cmpint (count_pupils (fixture), ==, 5);
}

static void
test_read_only_store (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoStore) reader = NULL;
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (GError) error = NULL;

  reader = sendco_store_open (fixture->db_path, SENDCO_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  plan = plan_for (fixture, reader, "import", "school-autumn.csv");
  g_assert_false (sendco_import_plan_apply (plan, reader, NULL, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (count_pupils (fixture), ==, 0);
}

static void
test_no_store_and_applied_twice (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan = NULL;
  g_autoptr (GError) error = NULL;

  plan = plan_for (fixture, NULL, "import", "school-autumn.csv");
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sendco_import_plan_get_missing (plan)), ==, 0);

  apply_ok (plan, fixture->store, NULL);
  g_assert_false (sendco_import_plan_apply (plan, fixture->store, NULL, &error));
  g_assert_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_FAILED);
  g_assert_cmpint (count_pupils (fixture), ==, 5);
}

/* The lists of each kind add up to all the rows, in file order. */
static void
test_kind_lists (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoImportPlan) plan =
    plan_for (fixture, fixture->store, "mis", "sample-sims-export-primary.csv");
  guint total = 0;
  SendcoImportResult summary;

  for (int kind = SENDCO_IMPORT_ROW_NEW; kind <= SENDCO_IMPORT_ROW_REJECTED; kind++)
    {
      GListModel *rows = sendco_import_plan_get_rows_of_kind (plan, kind);
      guint last = 0;

      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, sendco_import_plan_count (plan, kind));
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);

          g_assert_cmpuint (sendco_import_row_get_line (row), >, last);
          last = sendco_import_row_get_line (row);
        }
      total += g_list_model_get_n_items (rows);
    }
  g_assert_cmpuint (total, ==, 421);

  sendco_import_plan_summarise (plan, &summary);
  g_assert_cmpuint (summary.imported, ==, 415);
  g_assert_cmpuint (summary.rejected, ==, 6);
  /* Summarising writes nothing */
  g_assert_cmpint (count_pupils (fixture), ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/import/mapping/sims", test_mapping_sims);
  g_test_add_func ("/import/mapping/arbor", test_mapping_arbor);
  ADD ("mapping/unmapped", test_mapping_unmapped);
  g_test_add_func ("/import/mapping/field-keys", test_field_keys);
  ADD ("sample/primary", test_sample_primary);
  ADD ("sample/secondary", test_sample_secondary);
  ADD ("reimport-unchanged", test_reimport_unchanged);
  ADD ("fixture/quoted", test_quoted_names);
  ADD ("fixture/arbor", test_arbor);
  ADD ("fixture/rejects", test_rejects);
  ADD ("fixture/field-count", test_field_count);
  ADD ("later-export", test_later_export);
  ADD ("update-keeps-sendco-fields", test_update_keeps_sendco_fields);
  ADD ("sen-conflict", test_sen_conflict);
  ADD ("no-sen-columns", test_no_sen_columns);
  ADD ("archive-missing-and-rejoin", test_archive_missing_and_rejoin);
  ADD ("rollback/midway-insert", test_rollback_midway_insert);
  ADD ("rollback/midway-update", test_rollback_midway_update);
  ADD ("rollback/locked", test_locked);
  ADD ("rollback/read-only", test_read_only_store);
  ADD ("no-store-and-applied-twice", test_no_store_and_applied_twice);
  ADD ("kind-lists", test_kind_lists);

#undef ADD

  return g_test_run ();
}
