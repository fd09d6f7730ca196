/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The census check on a crafted school file (today is pinned to Sunday
 * 22 November 2026, so the next census is Thursday 21 January 2027): it
 * lists each record that breaks a census rule in plain words, fixing one
 * through the real status dialog or EHC plan dialog takes it off the list,
 * a record with no SEN status opens the pupil's record, and an empty list
 * says the register is ready. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sendco-application.h"
#include "sendco-census-dialog.h"
#include "sendco-date-entry.h"
#include "sendco-ehc-plan-dialog.h"
#include "sendco-pupil-window.h"
#include "sendco-status-dialog.h"
#include "sendco-store-private.h"
#include "sendco-upn.h"
#include "sendco-window.h"

static SendcoApplication *app;

typedef struct
{
  TestSchool         *school;
  SendcoCensusDialog *dialog;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  test_school_free (f->school);
}

static void
add (Fixture *f, const char *surname, const char *forename, int year, const char *status, const char *primary)
{
  g_autoptr (SendcoPupil) pupil = test_add_pupil (f->school->store, surname, forename, year, status, primary,
                                                  NULL, 0, "2025-09-08");
}

static void
crafted_school (Fixture *f)
{
  g_autoptr (SendcoPupil) davis = NULL;
  g_autoptr (SendcoEhcPlan) plan = sendco_ehc_plan_new ();
  g_autoptr (GError) error = NULL;

  add (f, "Adams", "Sam", 5, "K", NULL);       /* K with no primary need */
  add (f, "Brown", "Lily", 6, "E", "ASD");     /* E with no EHC plan */
  add (f, "Clark", "Ben", 3, "K", "NSA");      /* fine: NSA with K */
  add (f, "Evans", "Noah", 4, "N", NULL);      /* fine */
  davis = test_add_pupil (f->school->store, "Davis", "Ruby", 2, "E", "SLCN", NULL, 0, "2025-09-08");
  plan->pupil_id = sendco_pupil_get_id (davis);
  sendco_record_set (&plan->issued_on, "2025-03-03");
  g_assert_true (sendco_store_save_ehc_plan (f->school->store, plan, &error));
  g_assert_no_error (error);
}

static void
open_dialog (Fixture *f)
{
  f->dialog = sendco_census_dialog_present (NULL, f->school->store);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->dialog));
}

static gpointer
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->dialog), SENDCO_TYPE_CENSUS_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static char *
text_of (gpointer widget)
{
  g_autoptr (GPtrArray) labels = test_collect_labels (GTK_WIDGET (widget));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (labels, i));
  return g_string_free (text, FALSE);
}

#define assert_shows(widget, needle)                                                              \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autofree char *shown_ = text_of (widget);                                                    \
    if (strstr (shown_, (needle)) == NULL)                                                         \
      g_error ("“%s” is not on show in:\n%s", (needle), shown_);                                   \
  }                                                                                                \
  G_STMT_END

/* The listed rows' titles, joined with "|". */
static char *
listed (Fixture *f)
{
  GString *names = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (child (f, "issues_list")); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row))
      g_string_append_printf (names, "%s%s", names->len ? "|" : "",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (names, FALSE);
}

static GtkWidget *
row_of (Fixture *f, const char *name)
{
  GtkWidget *row = test_find_widget (child (f, "issues_list"), ADW_TYPE_PREFERENCES_ROW, name);

  g_assert_nonnull (row);
  return row;
}

/* Saves @window once it has been drawn as it now is. */
static char *
save_png (GtkWidget *window, const char *name)
{
  gtk_test_widget_wait_for_draw (window);
  return test_save_png (window, name);
}

static gpointer
wait_for_window (GType type)
{
  GtkWindow *window = NULL;
  gint64 deadline = g_get_monotonic_time () + TEST_TIMEOUT_MS * 1000;

  while ((window = test_find_toplevel (type, NULL)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

typedef struct
{
  Fixture *f;
  guint    n;
} Count;

static gboolean
has_n_issues (gpointer data)
{
  Count *count = data;

  return sendco_census_dialog_get_n_issues (count->f->dialog) == count->n;
}

static void
wait_for_issues (Fixture *f, guint n)
{
  Count count = { f, n };

  if (!test_spin_until (has_n_issues, &count, TEST_TIMEOUT_MS))
    g_error ("The census check lists %u records, not %u", sendco_census_dialog_get_n_issues (f->dialog), n);
}

static void
test_lists_and_fixes (Fixture *f, gconstpointer data)
{
  g_autofree char *names = NULL, *after = NULL, *png = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  SendcoStatusDialog *status;
  SendcoEhcPlanDialog *plan_dialog;
  GtkWidget *button;

  crafted_school (f);
  open_dialog (f);

  g_assert_cmpuint (sendco_census_dialog_get_n_issues (f->dialog), ==, 2);
  names = listed (f);
  g_assert_cmpstr (names, ==, "Adams, Sam|Brown, Lily");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "issues");
  g_assert_cmpstr (adw_window_title_get_subtitle (child (f, "window_title")), ==,
                   "Next census: Thursday 21 January 2027");
  g_assert_cmpstr (adw_preferences_group_get_description (child (f, "issues_group")), ==,
                   "2 records break a census rule. Put them right before census day, Thursday 21 January 2027.");
  assert_shows (row_of (f, "Adams, Sam"), "Year 5 · SEN support (K)");
  assert_shows (row_of (f, "Adams, Sam"), "Has SEN but no primary need is recorded");
  assert_shows (row_of (f, "Brown, Lily"), "Year 6 · EHC plan (E) · ASD");
  assert_shows (row_of (f, "Brown, Lily"), "Recorded as E but has no EHC plan record");
  g_assert_nonnull (test_find_widget (row_of (f, "Brown, Lily"), GTK_TYPE_BUTTON, "_Add EHC Plan…"));
  png = save_png (GTK_WIDGET (f->dialog), "census-dialog.png");

  /* No primary need: the fix is the real status dialog. */
  button = test_find_widget (row_of (f, "Adams, Sam"), GTK_TYPE_BUTTON, "C_hange Status…");
  g_assert_nonnull (button);
  g_assert_null (test_find_widget (row_of (f, "Adams, Sam"), GTK_TYPE_BUTTON, "_Add EHC Plan…"));
  test_click (button);
  status = wait_for_window (SENDCO_TYPE_STATUS_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (status)) == GTK_WINDOW (f->dialog));
  sendco_status_dialog_choose (status, "K", "SPLD", NULL, "2026-11-20", "Assessed by the EP");
  g_assert_null (sendco_status_dialog_get_problem (status));
  test_respond (ADW_MESSAGE_DIALOG (status), "change");
  wait_for_issues (f, 1);
  after = listed (f);
  g_assert_cmpstr (after, ==, "Brown, Lily");
  g_assert_cmpstr (adw_preferences_group_get_description (child (f, "issues_group")), ==,
                   "1 record breaks a census rule. Put it right before census day, Thursday 21 January 2027.");

  /* E without a plan: the fix is the EHC plan dialog. */
  test_click (test_find_widget (row_of (f, "Brown, Lily"), GTK_TYPE_BUTTON, "_Add EHC Plan…"));
  plan_dialog = wait_for_window (SENDCO_TYPE_EHC_PLAN_DIALOG);
  gtk_editable_set_text (sendco_date_entry_get_editable (SENDCO_DATE_ENTRY (
                           gtk_widget_get_template_child (GTK_WIDGET (plan_dialog), SENDCO_TYPE_EHC_PLAN_DIALOG,
                                                          "issued_entry"))), "14/10/2026");
  g_assert_null (sendco_ehc_plan_dialog_get_problem (plan_dialog));
  test_click (test_find_action_button (GTK_WIDGET (plan_dialog), "plan.save"));
  wait_for_issues (f, 0);

  plans = sendco_store_list_ehc_plans (f->school->store, 0, NULL);
  g_assert_cmpuint (plans->len, ==, 2);

  /* Nothing left: a calm empty state with the next census day. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "ready");
  g_assert_cmpstr (adw_status_page_get_title (child (f, "ready_page")), ==,
                   "The register is ready for the census");
  g_assert_nonnull (strstr (adw_status_page_get_description (child (f, "ready_page")),
                            "The next census is on Thursday 21 January 2027."));
}

static void
test_empty_state (Fixture *f, gconstpointer data)
{
  g_autofree char *png = NULL;

  add (f, "Clark", "Ben", 3, "K", "NSA");
  add (f, "Evans", "Noah", 4, "N", NULL);
  open_dialog (f);

  g_assert_cmpuint (sendco_census_dialog_get_n_issues (f->dialog), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "ready");
  assert_shows (f->dialog, "The register is ready for the census");
  assert_shows (f->dialog, "The next census is on Thursday 21 January 2027.");
  png = save_png (GTK_WIDGET (f->dialog), "census-dialog-ready.png");
}

/* A pupil row with no SEN status at all (only a hand-edited file has one):
 * the record opens, where the status can be set. */
static void
test_open_record (Fixture *f, gconstpointer data)
{
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, 990);
  g_autofree char *sql = g_strdup_printf ("INSERT INTO pupil (upn, legal_surname, legal_forename,"
                                          " date_of_birth, year_group) VALUES ('%s', 'Irwin', 'Lola',"
                                          " '2016-05-01', 5)", upn);
  char *message = NULL;
  SendcoPupilWindow *window;
  g_autoptr (SendcoPupil) irwin = NULL;

  if (sqlite3_exec (sendco_store_get_db (f->school->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  irwin = sendco_store_find_pupil_by_upn (f->school->store, upn, NULL);
  g_assert_nonnull (irwin);
  open_dialog (f);

  g_assert_cmpuint (sendco_census_dialog_get_n_issues (f->dialog), ==, 1);
  assert_shows (row_of (f, "Irwin, Lola"), "Does not have exactly one current SEN status");
  g_assert_null (test_find_widget (row_of (f, "Irwin, Lola"), GTK_TYPE_BUTTON, "C_hange Status…"));
  test_click (test_find_widget (row_of (f, "Irwin, Lola"), GTK_TYPE_BUTTON, "_Open Record"));
  window = wait_for_window (SENDCO_TYPE_PUPIL_WINDOW);
  g_assert_cmpint (sendco_pupil_window_get_pupil_id (window), ==, sendco_pupil_get_id (irwin));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (f->dialog));
}

/* From the main window's menu, on the school file the window opened. */
static void
test_from_menu (Fixture *f, gconstpointer data)
{
  SendcoWindow *window;

  crafted_school (f);
  test_school_close_store (f->school);
  window = sendco_window_new (app, f->school->path);
  test_show (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.census-check", NULL));
  f->dialog = wait_for_window (SENDCO_TYPE_CENSUS_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (f->dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (f->dialog)));
  g_assert_cmpuint (sendco_census_dialog_get_n_issues (f->dialog), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;

  /* The application registers the resources and the style itself. */
  test_init (&argc, &argv, FALSE);
  app = sendco_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/app/census-dialog/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("lists-and-fixes", test_lists_and_fixes);
  ADD ("empty-state", test_empty_state);
  ADD ("open-record", test_open_record);
  ADD ("from-menu", test_from_menu);

#undef ADD
  {
    int status = g_test_run ();

    g_object_unref (app);
    return status;
  }
}
