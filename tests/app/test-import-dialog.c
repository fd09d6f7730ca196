/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog on a real school file: a SIMS export previewed (nothing
 * written) then imported into an empty school, which the register then
 * shows; a file with a header Sendco cannot match, matched by hand; and
 * cancelling. */
#include "config.h"

#include "app-test-util.h"
#include "sendco-import-dialog.h"
#include "sendco-register-page.h"

typedef struct
{
  TestSchool         *school;
  GtkWindow          *window;
  SendcoRegisterPage *page;
  SendcoImportDialog *dialog;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 700);
  f->page = g_object_new (SENDCO_TYPE_REGISTER_PAGE, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  sendco_register_page_set_store (f->page, f->school->store);
  test_show (f->window);

  f->dialog = sendco_import_dialog_new (f->window, f->school->store);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_assert_null (f->dialog);
  test_school_free (f->school);
}

static guint
n_pupils (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListStore) pupils = sendco_store_list_pupils (f->school->store, TRUE, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (pupils));
}

static GtkWidget *
button (Fixture *f, const char *action)
{
  GtkWidget *widget = test_find_action_button (GTK_WIDGET (f->dialog), action);

  g_assert_nonnull (widget);
  return widget;
}

static void
load (Fixture *f, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_import_dialog_load_file (f->dialog, file, &error));
  g_assert_no_error (error);
  test_show (GTK_WINDOW (f->dialog));
}

static void
test_sims_primary (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (g_getenv ("SENDCO_FIXTURES"), "mis",
                                            "sample-sims-export-primary.csv", NULL);
  SendcoImportPlan *plan;
  g_autofree char *summary = NULL;
  g_autofree char *picture = NULL;

  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "empty");

  load (f, path);
  g_assert_cmpstr (sendco_import_dialog_get_page (f->dialog), ==, "preview");
  plan = sendco_import_dialog_get_plan (f->dialog);
  g_assert_nonnull (plan);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 415);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==, 6);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_UPDATED), ==, 0);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_UNCHANGED), ==, 0);

  /* What the SENDCO reads before choosing Import */
  g_assert_true (test_has_label (GTK_WIDGET (f->dialog), "415"));
  g_assert_true (test_has_label (GTK_WIDGET (f->dialog), "new pupils"));
  g_assert_true (test_has_label (GTK_WIDGET (f->dialog), "6"));
  g_assert_true (test_has_label (GTK_WIDGET (f->dialog), "rejected rows"));
  g_assert_true (test_has_label (GTK_WIDGET (f->dialog), "sample-sims-export-primary.csv"));
  g_assert_true (gtk_widget_get_visible (button (f, "import.apply")));
  g_assert_true (gtk_widget_is_sensitive (button (f, "import.apply")));
  g_assert_false (gtk_widget_get_visible (button (f, "import.continue")));
  picture = test_save_png (GTK_WIDGET (f->dialog), "import-preview.png");

  /* Nothing is written before Import. */
  g_assert_cmpuint (n_pupils (f), ==, 0);

  test_click (button (f, "import.apply"));
  test_spin_until_destroyed ((gpointer *) &f->dialog);

  g_assert_cmpuint (n_pupils (f), ==, 415);
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (sendco_register_page_get_shown (f->page)), ==, 415);
  summary = sendco_register_page_dup_summary (f->page);
  /* 71 of 415: 17.1% */
  g_assert_cmpstr (summary, ==, "61 at SEN support, 10 with EHC plans: 17.1% of 415 on roll");
}

static char *
write_csv (Fixture *f, const char *header, guint n_rows)
{
  g_autoptr (GString) text = g_string_new (header);
  static const char *names[][2] = { { "Hall", "Ann" }, { "Hill", "Ben" }, { "Holt", "Cara" } };
  g_autoptr (GError) error = NULL;
  char *path = test_school_file (f->school, "export.csv");

  g_string_append (text, "\r\n");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *upn = test_upn (501 + i);

      g_string_append_printf (text, "%s,%s,%s,0%u/02/2016,4,4%c\r\n", upn, names[i][0], names[i][1],
                              i + 1, 'A' + i);
    }
  g_assert_true (g_file_set_contents (path, text->str, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_mapping (Fixture *f, gconstpointer data)
{
  /* "Pupil Last Name" is no header the importer knows. */
  g_autofree char *path = write_csv (f, "UPN,Pupil Last Name,Forename,Date of Birth,Year,Form", 3);
  g_autofree char *upn = test_upn (502);
  g_autoptr (SendcoPupil) hill = NULL;
  AdwComboRow *surname, *upn_row;
  SendcoImportPlan *plan;

  load (f, path);
  g_assert_cmpstr (sendco_import_dialog_get_page (f->dialog), ==, "mapping");
  g_assert_null (sendco_import_dialog_get_plan (f->dialog));
  g_assert_true (gtk_widget_get_visible (button (f, "import.continue")));
  g_assert_false (gtk_widget_is_sensitive (button (f, "import.continue")));
  g_assert_false (gtk_widget_get_visible (button (f, "import.apply")));

  /* The columns it did match are chosen already; the surname is not. */
  upn_row = sendco_import_dialog_get_mapping_row (f->dialog, SENDCO_IMPORT_FIELD_UPN);
  surname = sendco_import_dialog_get_mapping_row (f->dialog, SENDCO_IMPORT_FIELD_SURNAME);
  g_assert_nonnull (upn_row);
  g_assert_nonnull (surname);
  g_assert_cmpuint (adw_combo_row_get_selected (upn_row), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (surname), ==, 0); /* Not in this file */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (surname)), ==, "needed");

  /* One column cannot be two fields. */
  adw_combo_row_set_selected (surname, 1);
  g_assert_false (gtk_widget_is_sensitive (button (f, "import.continue")));

  /* The right column */
  adw_combo_row_set_selected (surname, 2);
  g_assert_true (gtk_widget_is_sensitive (button (f, "import.continue")));
  test_click (button (f, "import.continue"));
  g_assert_cmpstr (sendco_import_dialog_get_page (f->dialog), ==, "preview");
  plan = sendco_import_dialog_get_plan (f->dialog);
  g_assert_nonnull (plan);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW), ==, 3);
  g_assert_cmpuint (sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (button (f, "import.apply")));
  g_assert_false (gtk_widget_get_visible (button (f, "import.continue")));
  g_assert_cmpuint (n_pupils (f), ==, 0);

  test_click (button (f, "import.apply"));
  test_spin_until_destroyed ((gpointer *) &f->dialog);

  g_assert_cmpuint (n_pupils (f), ==, 3);
  hill = sendco_store_find_pupil_by_upn (f->school->store, upn, NULL);
  g_assert_nonnull (hill);
  g_assert_cmpstr (sendco_pupil_get_surname (hill), ==, "Hill");
  g_assert_cmpstr (sendco_pupil_get_forename (hill), ==, "Ben");
  g_assert_cmpstr (sendco_pupil_get_text (hill, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2016-02-02");
  g_assert_cmpint (sendco_pupil_get_year_group (hill), ==, 4);
  g_assert_cmpstr (sendco_pupil_get_text (hill, SENDCO_PUPIL_FORM), ==, "4B");
  g_assert_cmpuint (g_list_model_get_n_items (sendco_register_page_get_shown (f->page)), ==, 3);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_csv (f, "UPN,Surname,Forename,Date of Birth,Year,Form", 2);
  GtkWidget *cancel;

  load (f, path);
  g_assert_cmpstr (sendco_import_dialog_get_page (f->dialog), ==, "preview");
  cancel = test_find_action_button (GTK_WIDGET (f->dialog), "window.close");
  g_assert_nonnull (cancel);
  test_click (cancel);
  test_spin_until_destroyed ((gpointer *) &f->dialog);
  g_assert_cmpuint (n_pupils (f), ==, 0);
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "empty");
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

  g_test_add ("/import-dialog/sims-primary", Fixture, NULL, fixture_set_up, test_sims_primary,
              fixture_tear_down);
  g_test_add ("/import-dialog/mapping", Fixture, NULL, fixture_set_up, test_mapping,
              fixture_tear_down);
  g_test_add ("/import-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);

  return g_test_run ();
}
