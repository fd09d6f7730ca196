/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window in a real SendcoApplication: archiving a pupil from the
 * register (and from their record) with Undo, the welcome page for a school
 * file that is missing or is not a Sendco file, the demo school, and
 * creating a school from the welcome page. */
#include "config.h"

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sendco-application.h"
#include "sendco-archive-dialog.h"
#include "sendco-pupil-window.h"
#include "sendco-register-page.h"
#include "sendco-school-dialog.h"
#include "sendco-welcome-page.h"
#include "sendco-window.h"

static SendcoApplication *app;

typedef struct
{
  TestSchool   *school;
  SendcoWindow *window;
  SendcoPupil  *adams, *brown, *carter;
} Fixture;

static void
open_window (Fixture *f, const char *path)
{
  f->window = sendco_window_new (app, path);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 700);
  test_show (GTK_WINDOW (f->window));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
}

static void
fixture_set_up_pupils (Fixture *f, gconstpointer data)
{
  fixture_set_up (f, data);
  f->adams = test_add_pupil (f->school->store, "Adams", "Tom", 3, "K", "SPLD", NULL, 0, NULL);
  f->brown = test_add_pupil (f->school->store, "Brown", "Zoë", 4, "N", NULL, NULL, 0, NULL);
  f->carter = test_add_pupil (f->school->store, "Carter", "Amy", 5, "E", "ASD", NULL, 0, NULL);
  /* The window opens the file itself. */
  test_school_close_store (f->school);
  open_window (f, f->school->path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_assert_null (f->window);
  g_clear_object (&f->adams);
  g_clear_object (&f->brown);
  g_clear_object (&f->carter);
  test_school_free (f->school);
}

static gpointer
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), SENDCO_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static SendcoRegisterPage *
register_page (Fixture *f)
{
  return child (f, "register_page");
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (child (f, "main_stack"));
}

static char *
shown (Fixture *f)
{
  return test_shown_names (sendco_register_page_get_shown (register_page (f)));
}

static void
select_pupil (Fixture *f, SendcoPupil *pupil)
{
  GListModel *list = sendco_register_page_get_shown (register_page (f));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (SendcoPupil) item = g_list_model_get_item (list, i);

      if (sendco_pupil_get_id (item) == sendco_pupil_get_id (pupil))
        {
          gtk_single_selection_set_selected (sendco_register_page_get_selection (register_page (f)), i);
          return;
        }
    }
  g_error ("The register does not show pupil %" G_GINT64_FORMAT, sendco_pupil_get_id (pupil));
}

static SendcoPupil *
reread (Fixture *f, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  SendcoPupil *now = sendco_store_get_pupil (sendco_window_get_store (f->window),
                                             sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  return now;
}

static gboolean
archive_enabled (SendcoArchiveDialog *dialog)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "archive");
}

static void
test_archive_and_undo (Fixture *f, gconstpointer data)
{
  SendcoArchiveDialog *dialog;
  g_autoptr (SendcoPupil) now = NULL;
  g_autofree char *names = NULL, *summary = NULL;
  guint audit;

  g_assert_cmpstr (visible_page (f), ==, "school");
  names = shown (f);
  g_assert_cmpstr (names, ==, "Adams, Tom|Brown, Zoë|Carter, Amy");

  /* Nothing selected: nothing to archive */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (register_page (f)), "register.archive-selected", NULL));
  test_spin (20);
  g_assert_null (test_find_toplevel (SENDCO_TYPE_ARCHIVE_DIALOG, NULL));

  select_pupil (f, f->brown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (register_page (f)), "register.archive-selected", NULL));
  dialog = SENDCO_ARCHIVE_DIALOG (test_find_toplevel (SENDCO_TYPE_ARCHIVE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Archive Zoë Brown?");
  /* Today, the first reason: ready to archive */
  g_assert_true (archive_enabled (dialog));

  /* Not in the future, not without a date, "Other" needs details */
  sendco_archive_dialog_choose (dialog, "2026-11-23", 0, NULL);
  g_assert_false (archive_enabled (dialog));
  sendco_archive_dialog_choose (dialog, "", 0, NULL);
  g_assert_false (archive_enabled (dialog));
  sendco_archive_dialog_choose (dialog, "2026-11-20", 4, "  ");
  g_assert_false (archive_enabled (dialog));
  sendco_archive_dialog_choose (dialog, "2026-11-20", 4, "Emigrated");
  g_assert_true (archive_enabled (dialog));

  sendco_archive_dialog_choose (dialog, "2026-11-20", 0, "St Mary’s Primary");
  g_assert_true (archive_enabled (dialog));
  test_respond (ADW_MESSAGE_DIALOG (dialog), "archive");
  test_spin_until_destroyed ((gpointer *) &dialog);

  now = reread (f, f->brown);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "2026-11-20");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVE_REASON), ==,
                   "Moved to another school: St Mary’s Primary");
  g_free (names);
  names = shown (f);
  g_assert_cmpstr (names, ==, "Adams, Tom|Carter, Amy");
  summary = sendco_register_page_dup_summary (register_page (f));
  g_assert_cmpstr (summary, ==, "1 at SEN support, 1 with an EHC plan: 100.0% of 2 on roll");
  /* No error was shown. */
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));

  /* Undo puts them back on roll, with no leaving date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_clear_object (&now);
  now = reread (f, f->brown);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVE_REASON), ==, "");
  g_free (names);
  names = shown (f);
  g_assert_cmpstr (names, ==, "Adams, Tom|Brown, Zoë|Carter, Amy");
  g_free (summary);
  summary = sendco_register_page_dup_summary (register_page (f));
  g_assert_cmpstr (summary, ==, "1 at SEN support, 1 with an EHC plan: 66.7% of 3 on roll");

  /* A second undo does nothing (not even an audit row), and reports no error. */
  audit = sendco_store_count_audit (sendco_window_get_store (f->window), "pupil",
                                    sendco_pupil_get_id (f->brown), NULL);
  g_assert_cmpuint (audit, >, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  test_spin (50);
  g_clear_object (&now);
  now = reread (f, f->brown);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "");
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_free (names);
  names = shown (f);
  g_assert_cmpstr (names, ==, "Adams, Tom|Brown, Zoë|Carter, Amy");
  g_assert_cmpuint (sendco_store_count_audit (sendco_window_get_store (f->window), "pupil",
                                              sendco_pupil_get_id (f->brown), NULL), ==, audit);
}

static void
test_archive_cancel (Fixture *f, gconstpointer data)
{
  SendcoArchiveDialog *dialog;
  g_autoptr (SendcoPupil) now = NULL;

  select_pupil (f, f->carter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (register_page (f)), "register.archive-selected", NULL));
  dialog = SENDCO_ARCHIVE_DIALOG (test_find_toplevel (SENDCO_TYPE_ARCHIVE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  test_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  test_spin_until_destroyed ((gpointer *) &dialog);

  now = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "");
  /* Nothing to undo */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  test_spin (20);
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
}

static void
test_archive_from_pupil_window (Fixture *f, gconstpointer data)
{
  SendcoPupilWindow *record;
  SendcoArchiveDialog *dialog;
  g_autoptr (SendcoPupil) now = NULL;
  g_autofree char *names = NULL;

  select_pupil (f, f->adams);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (register_page (f)), "register.open-selected", NULL));
  record = SENDCO_PUPIL_WINDOW (test_find_toplevel (SENDCO_TYPE_PUPIL_WINDOW, GTK_WINDOW (f->window)));
  g_assert_nonnull (record);
  g_object_add_weak_pointer (G_OBJECT (record), (gpointer *) &record);
  g_assert_cmpint (sendco_pupil_window_get_pupil_id (record), ==, sendco_pupil_get_id (f->adams));
  test_show (GTK_WINDOW (record));

  test_click (test_find_action_button (GTK_WIDGET (record), "pupil.archive"));
  dialog = SENDCO_ARCHIVE_DIALOG (test_find_toplevel (SENDCO_TYPE_ARCHIVE_DIALOG, GTK_WINDOW (record)));
  g_assert_nonnull (dialog);
  sendco_archive_dialog_choose (dialog, "2026-11-21", 3, NULL);
  test_respond (ADW_MESSAGE_DIALOG (dialog), "archive");
  /* The record closes, and the main window offers Undo. */
  test_spin_until_destroyed ((gpointer *) &record);

  now = reread (f, f->adams);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "2026-11-21");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVE_REASON), ==, "Elective home education");
  names = shown (f);
  g_assert_cmpstr (names, ==, "Brown, Zoë|Carter, Amy");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_clear_object (&now);
  now = reread (f, f->adams);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_ARCHIVED_ON), ==, "");
  g_free (names);
  names = shown (f);
  g_assert_cmpstr (names, ==, "Adams, Tom|Brown, Zoë|Carter, Amy");
}

static GtkLabel *
problem_label (Fixture *f)
{
  return GTK_LABEL (gtk_widget_get_template_child (child (f, "welcome_page"), SENDCO_TYPE_WELCOME_PAGE,
                                                   "problem_label"));
}

static void
test_welcome_missing_file (Fixture *f, gconstpointer data)
{
  g_autofree char *missing = test_school_file (f->school, "nowhere.sendco");
  g_autofree char *demo_dir = NULL;
  g_autofree char *summary = NULL;
  const char *path;
  GListModel *list;

  open_window (f, missing);
  g_assert_cmpstr (visible_page (f), ==, "welcome");
  g_assert_null (sendco_window_get_store (f->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (problem_label (f))));
  g_assert_false (gtk_revealer_get_reveal_child (child (f, "demo_revealer")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Sendco");
  g_assert_true (test_has_label (GTK_WIDGET (f->window), "Welcome to Sendco"));
  /* Opening the window makes no file. */
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The demo row opens a made-up school in a temporary file. */
  test_click (test_find_action_button (child (f, "welcome_page"), "win.open-demo"));
  g_assert_cmpstr (visible_page (f), ==, "school");
  g_assert_nonnull (sendco_window_get_store (f->window));
  list = sendco_register_page_get_shown (register_page (f));
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 300);
  g_assert_cmpuint (g_list_model_get_n_items (list), <=, 420);
  summary = sendco_register_page_dup_summary (register_page (f));
  g_assert_nonnull (strstr (summary, "at SEN support"));
  g_assert_cmpstr (sendco_register_page_get_view_name (register_page (f)), ==, "list");
  g_assert_true (gtk_revealer_get_reveal_child (child (f, "demo_revealer")));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (child (f, "window_title")), ==, "Demo school");

  path = sendco_store_get_path (sendco_window_get_store (f->window));
  g_assert_false (g_str_equal (path, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  demo_dir = g_path_get_dirname (path);
  g_assert_true (g_file_test (demo_dir, G_FILE_TEST_IS_DIR));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_free (test_save_png (GTK_WIDGET (f->window), "window-demo.png"));

  /* The demo school is removed with its window. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  test_spin_until_destroyed ((gpointer *) &f->window);
  g_assert_false (g_file_test (demo_dir, G_FILE_TEST_EXISTS));
}

static void
test_welcome_not_sendco (Fixture *f, gconstpointer data)
{
  static const char text[] = "Shopping: milk, bread, eggs\n";
  g_autofree char *notes = test_school_file (f->school, "notes.sendco");
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  const char *problem;

  g_assert_true (g_file_set_contents (notes, text, -1, &error));
  g_assert_no_error (error);

  open_window (f, notes);
  g_assert_cmpstr (visible_page (f), ==, "welcome");
  g_assert_null (sendco_window_get_store (f->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (problem_label (f))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (problem_label (f))));
  problem = gtk_label_get_text (problem_label (f));
  g_assert_nonnull (strstr (problem, "not a Sendco school file"));

  /* The file is left as it was. */
  g_assert_true (g_file_get_contents (notes, &after, NULL, &error));
  g_assert_cmpstr (after, ==, text);

  g_free (test_save_png (GTK_WIDGET (f->window), "window-welcome-problem.png"));
}

static void
test_new_school (Fixture *f, gconstpointer data)
{
  g_autofree char *path = test_school_file (f->school, "new.sendco");
  SendcoSchoolDialog *dialog;
  g_autoptr (SendcoSchool) school = NULL;

  open_window (f, path);
  g_assert_cmpstr (visible_page (f), ==, "welcome");

  test_click (test_find_action_button (child (f, "welcome_page"), "win.new-school"));
  dialog = SENDCO_SCHOOL_DIALOG (test_find_toplevel (SENDCO_TYPE_SCHOOL_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (sendco_school_dialog_get_creating (dialog));
  /* A school needs a name. */
  sendco_school_dialog_fill (dialog, " ", "York", "secondary");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept"));
  sendco_school_dialog_fill (dialog, "Elm Tree Academy", "York", "secondary");
  test_respond (ADW_MESSAGE_DIALOG (dialog), "accept");
  test_spin_until_destroyed ((gpointer *) &dialog);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (visible_page (f), ==, "school");
  g_assert_cmpstr (sendco_store_get_path (sendco_window_get_store (f->window)), ==, path);
  g_assert_cmpstr (sendco_register_page_get_view_name (register_page (f)), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Elm Tree Academy — Sendco");
  g_assert_false (gtk_revealer_get_reveal_child (child (f, "demo_revealer")));

  school = sendco_store_get_school (sendco_window_get_store (f->window), NULL);
  g_assert_nonnull (school);
  g_assert_cmpstr (sendco_school_get_name (school), ==, "Elm Tree Academy");
  g_assert_cmpstr (sendco_school_get_local_authority (school), ==, "York");
  g_assert_cmpstr (sendco_school_get_phase (school), ==, "secondary");
  g_assert_false (sendco_school_get_is_demo (school));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  /* The application registers the resources and the style itself. */
  test_init (&argc, &argv, FALSE);
  app = sendco_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add ("/window/archive-and-undo", Fixture, NULL, fixture_set_up_pupils,
              test_archive_and_undo, fixture_tear_down);
  g_test_add ("/window/archive-cancel", Fixture, NULL, fixture_set_up_pupils,
              test_archive_cancel, fixture_tear_down);
  g_test_add ("/window/archive-from-pupil-window", Fixture, NULL, fixture_set_up_pupils,
              test_archive_from_pupil_window, fixture_tear_down);
  g_test_add ("/window/welcome/missing-file-and-demo", Fixture, NULL, fixture_set_up,
              test_welcome_missing_file, fixture_tear_down);
  g_test_add ("/window/welcome/not-sendco", Fixture, NULL, fixture_set_up,
              test_welcome_not_sendco, fixture_tear_down);
  g_test_add ("/window/welcome/new-school", Fixture, NULL, fixture_set_up,
              test_new_school, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
