/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil's record window on a real school file: what it shows, saving
 * edits, refusing a bad UPN or date of birth in plain words, the monitoring
 * list, asking before discarding changes, and changing the SEN status
 * through its dialog so that the history is kept. */
#include "config.h"

#include "app-test-util.h"
#include "sendco-date-entry.h"
#include "sendco-pupil-window.h"
#include "sendco-status-dialog.h"
#include "sendco-upn.h"

typedef struct
{
  TestSchool        *school;
  SendcoPupil       *carter;   /* K, SEMH, LAC, year 5 */
  SendcoPupil       *foster;   /* N since 3 September 2025 */
  SendcoPupilWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  f->carter = test_add_pupil (f->school->store, "Carter", "Amy", 5, "K", "SEMH", NULL, TEST_LAC,
                              "2025-09-08");
  f->foster = test_add_pupil (f->school->store, "Foster", "Jack", 6, "N", NULL, NULL, 0,
                              "2025-09-03");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_assert_null (f->window);
  g_clear_object (&f->carter);
  g_clear_object (&f->foster);
  test_school_free (f->school);
}

static void
open_window (Fixture *f, SendcoPupil *pupil)
{
  f->window = sendco_pupil_window_new (NULL, f->school->store, sendco_pupil_get_id (pupil));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  test_show (GTK_WINDOW (f->window));
}

static gpointer
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), SENDCO_TYPE_PUPIL_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static GtkEditable *
editable (Fixture *f, const char *name)
{
  gpointer widget = child (f, name);

  if (SENDCO_IS_DATE_ENTRY (widget))
    return sendco_date_entry_get_editable (widget);
  return GTK_EDITABLE (widget);
}

static const char *
text_of (Fixture *f, const char *name)
{
  return gtk_editable_get_text (editable (f, name));
}

static void
type_into (Fixture *f, const char *name, const char *text)
{
  gtk_editable_set_text (editable (f, name), text);
}

static GtkWidget *
save_button (Fixture *f)
{
  GtkWidget *button = test_find_action_button (GTK_WIDGET (f->window), "pupil.save");

  g_assert_nonnull (button);
  return button;
}

static guint
n_history_rows (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (child (f, "history_list")); row;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static SendcoPupil *
reread (Fixture *f, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  SendcoPupil *now = sendco_store_get_pupil (f->school->store, sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  g_assert_nonnull (now);
  return now;
}

static guint
n_periods (Fixture *f, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) periods = sendco_store_sen_history (f->school->store, sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  return periods->len;
}

static gboolean
problem_shown (Fixture *f)
{
  return gtk_revealer_get_reveal_child (child (f, "problem_revealer"));
}

static void
test_opens (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *subtitle = g_strconcat ("Year 5 · 5A · ", sendco_pupil_get_upn (f->carter), NULL);

  open_window (f, f->carter);

  g_assert_cmpint (sendco_pupil_window_get_pupil_id (f->window), ==, sendco_pupil_get_id (f->carter));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Amy Carter");
  g_assert_cmpstr (adw_window_title_get_subtitle (child (f, "window_title")), ==, subtitle);

  g_assert_cmpstr (text_of (f, "upn_row"), ==, sendco_pupil_get_upn (f->carter));
  g_assert_cmpstr (text_of (f, "legal_surname_row"), ==, "Carter");
  g_assert_cmpstr (text_of (f, "legal_forename_row"), ==, "Amy");
  g_assert_cmpstr (text_of (f, "preferred_surname_row"), ==, "");
  g_assert_cmpstr (text_of (f, "dob_entry"), ==, "14/03/2016");
  g_assert_cmpstr (text_of (f, "form_row"), ==, "5A");
  g_assert_cmpstr (text_of (f, "reviewed_entry"), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (child (f, "gender_row")), ==, 1); /* Female */
  g_assert_cmpuint (adw_combo_row_get_selected (child (f, "year_row")), ==, 6);   /* Year 5 */
  g_assert_true (gtk_switch_get_active (child (f, "lac_switch")));
  g_assert_false (gtk_switch_get_active (child (f, "fsm_switch")));
  g_assert_false (gtk_switch_get_active (child (f, "eal_switch")));
  g_assert_false (gtk_switch_get_active (child (f, "monitoring_switch")));
  g_assert_false (gtk_widget_get_visible (child (f, "monitoring_since_row")));

  g_assert_cmpstr (adw_preferences_row_get_title (child (f, "status_row")), ==, "SEN support (K)");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "status_row")), ==, "Since 08/09/2025");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "primary_row")), ==,
                   "SEMH: Social, emotional and mental health");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "secondary_row")), ==, "None recorded");
  g_assert_cmpuint (n_history_rows (f), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (f, "archive_button")));
  g_assert_false (gtk_widget_get_visible (child (f, "restore_button")));

  /* Nothing to save yet, and no problem on show */
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));
  g_assert_null (sendco_pupil_window_get_problem (f->window));
  g_assert_false (problem_shown (f));

  path = test_save_png (GTK_WIDGET (f->window), "pupil-window.png");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_save (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoPupil) saved = NULL;

  open_window (f, f->carter);

  type_into (f, "preferred_forename_row", "  Mia ");
  type_into (f, "form_row", "6C");
  type_into (f, "dob_entry", "15/03/2016");
  type_into (f, "reviewed_entry", "1/11/2026");
  adw_combo_row_set_selected (child (f, "year_row"), 7);    /* Year 6 */
  adw_combo_row_set_selected (child (f, "gender_row"), 3);  /* Other or not stated */
  gtk_switch_set_active (child (f, "fsm_switch"), TRUE);
  gtk_switch_set_active (child (f, "lac_switch"), FALSE);

  g_assert_null (sendco_pupil_window_get_problem (f->window));
  g_assert_false (problem_shown (f));
  test_click (save_button (f));
  /* Saving closes the window. */
  test_spin_until_destroyed ((gpointer *) &f->window);

  saved = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_PREFERRED_FORENAME), ==, "Mia");
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_FORM), ==, "6C");
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2016-03-15");
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_LAST_REVIEWED), ==, "2026-11-01");
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_GENDER), ==, "X");
  g_assert_cmpint (sendco_pupil_get_year_group (saved), ==, 6);
  g_assert_true (sendco_pupil_get_fsm (saved));
  g_assert_false (sendco_pupil_get_lac (saved));
  /* untouched */
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_LEGAL_FORENAME), ==, "Amy");
  g_assert_cmpstr (sendco_pupil_get_upn (saved), ==, sendco_pupil_get_upn (f->carter));
  g_assert_cmpstr (sendco_pupil_get_sen_status (saved), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (saved, SENDCO_PUPIL_PRIMARY_NEED), ==, "SEMH");
  g_assert_cmpuint (n_periods (f, f->carter), ==, 1);
}

static void
test_bad_upn (Fixture *f, gconstpointer data)
{
  const char *upn = sendco_pupil_get_upn (f->carter);
  char right = upn[0];
  g_autofree char *wrong = g_strdup (upn);
  g_autofree char *lower = g_ascii_strdown (upn, -1);
  g_autoptr (SendcoPupil) now = NULL;
  const char *problem;

  wrong[0] = right == 'A' ? 'B' : 'A';
  open_window (f, f->carter);

  type_into (f, "upn_row", wrong);
  problem = sendco_pupil_window_get_problem (f->window);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "wrong check letter"));
  {
    g_autofree char *expected = g_strdup_printf ("starts with %c", right);

    g_assert_nonnull (strstr (problem, expected));
  }
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));
  g_assert_true (problem_shown (f));
  g_assert_cmpstr (gtk_label_get_text (child (f, "problem_label")), ==, problem);
  /* Ctrl+S cannot save it either. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "pupil.save", NULL);
  test_spin (50);
  g_assert_nonnull (f->window);

  type_into (f, "upn_row", "A1234");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==, "The UPN “A1234” has 5 characters; a UPN has 13.");
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));

  /* Typed in lower case, it is the same UPN: nothing to save. */
  type_into (f, "upn_row", lower);
  g_assert_null (sendco_pupil_window_get_problem (f->window));
  g_assert_false (problem_shown (f));
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));

  now = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_upn (now), ==, upn);
}

static void
test_bad_date_of_birth (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoPupil) now = NULL;

  open_window (f, f->carter);

  type_into (f, "form_row", "5B");
  g_assert_true (gtk_widget_is_sensitive (save_button (f)));

  /* 31 February is not a date. */
  type_into (f, "dob_entry", "31/02/2016");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==,
                   "The date of birth must be a real date, written like 31/01/2016.");
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));
  g_assert_true (problem_shown (f));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editable (f, "dob_entry")), "error"));

  type_into (f, "dob_entry", "not a date");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==,
                   "The date of birth must be a real date, written like 31/01/2016.");

  type_into (f, "dob_entry", "23/11/2026");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==,
                   "The date of birth cannot be in the future.");
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));

  type_into (f, "legal_surname_row", "  ");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==, "Give the pupil’s legal surname.");
  type_into (f, "legal_surname_row", "Carter");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "pupil.save", NULL);
  test_spin (50);
  g_assert_nonnull (f->window);
  now = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2016-03-14");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_FORM), ==, "5A");

  /* Put right, it saves. */
  type_into (f, "dob_entry", "2016-03-13");
  g_assert_null (sendco_pupil_window_get_problem (f->window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editable (f, "dob_entry")), "error"));
  test_click (save_button (f));
  test_spin_until_destroyed ((gpointer *) &f->window);
  g_clear_object (&now);
  now = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_DATE_OF_BIRTH), ==, "2016-03-13");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_FORM), ==, "5B");
}

static void
test_monitoring (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoPupil) now = NULL;

  open_window (f, f->carter);

  gtk_switch_set_active (child (f, "monitoring_switch"), TRUE);
  /* Today (SENDCO_TODAY) is the default start. */
  g_assert_cmpstr (sendco_date_entry_get_date (child (f, "monitoring_since_entry")), ==, "2026-11-22");
  g_assert_cmpstr (text_of (f, "monitoring_since_entry"), ==, "22/11/2026");
  g_assert_true (gtk_widget_get_visible (child (f, "monitoring_since_row")));
  g_assert_true (gtk_widget_get_visible (child (f, "monitoring_note_row")));
  type_into (f, "monitoring_note_row", "Struggling with phonics");

  /* A blank start date is refused. */
  type_into (f, "monitoring_since_entry", "");
  g_assert_cmpstr (sendco_pupil_window_get_problem (f->window), ==,
                   "Give the date monitoring began, like 31/01/2025.");
  g_assert_false (gtk_widget_is_sensitive (save_button (f)));
  type_into (f, "monitoring_since_entry", "20/11/2026");

  test_click (save_button (f));
  test_spin_until_destroyed ((gpointer *) &f->window);

  now = reread (f, f->carter);
  g_assert_true (sendco_pupil_get_monitoring (now));
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_MONITORING_SINCE), ==, "2026-11-20");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_MONITORING_NOTE), ==, "Struggling with phonics");
  /* The census code is untouched and no SEN period was added. */
  g_assert_cmpstr (sendco_pupil_get_sen_status (now), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_PRIMARY_NEED), ==, "SEMH");
  g_assert_cmpuint (n_periods (f, f->carter), ==, 1);

  /* Off again: the date and note go with it. */
  open_window (f, f->carter);
  g_assert_true (gtk_switch_get_active (child (f, "monitoring_switch")));
  g_assert_cmpstr (text_of (f, "monitoring_note_row"), ==, "Struggling with phonics");
  gtk_switch_set_active (child (f, "monitoring_switch"), FALSE);
  g_assert_false (gtk_widget_get_visible (child (f, "monitoring_since_row")));
  test_click (save_button (f));
  test_spin_until_destroyed ((gpointer *) &f->window);
  g_clear_object (&now);
  now = reread (f, f->carter);
  g_assert_false (sendco_pupil_get_monitoring (now));
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_MONITORING_SINCE), ==, "");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_MONITORING_NOTE), ==, "");
}

static void
test_discard (Fixture *f, gconstpointer data)
{
  AdwMessageDialog *dialog;
  g_autoptr (SendcoPupil) now = NULL;

  /* Unchanged: it just closes. */
  open_window (f, f->carter);
  gtk_window_close (GTK_WINDOW (f->window));
  test_spin_until_destroyed ((gpointer *) &f->window);
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));

  open_window (f, f->carter);
  type_into (f, "form_row", "5Z");
  gtk_window_close (GTK_WINDOW (f->window));
  test_spin (50);
  g_assert_nonnull (f->window);

  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Keep editing: the edit is still there. */
  test_respond (dialog, "cancel");
  test_spin (50);
  g_assert_nonnull (f->window);
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_cmpstr (text_of (f, "form_row"), ==, "5Z");

  /* Discard: the window goes and nothing is written. */
  gtk_window_close (GTK_WINDOW (f->window));
  test_spin (50);
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  test_respond (dialog, "discard");
  test_spin_until_destroyed ((gpointer *) &f->window);
  now = reread (f, f->carter);
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_FORM), ==, "5A");
}

/* The status dialog, opened from the pupil window as a SENDCO would */

static SendcoStatusDialog *
open_status_dialog (Fixture *f)
{
  SendcoStatusDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "pupil.change-status", NULL));
  dialog = SENDCO_STATUS_DIALOG (test_find_toplevel (SENDCO_TYPE_STATUS_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static gboolean
change_enabled (SendcoStatusDialog *dialog)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "change");
}

static void
assert_choices (SendcoStatusDialog *dialog, guint n, gboolean nsa)
{
  g_auto (GStrv) choices = sendco_status_dialog_dup_primary_choices (dialog);

  g_assert_cmpuint (g_strv_length (choices), ==, n);
  g_assert_true (g_strv_contains ((const char *const *) choices, "NSA") == nsa);
}

static void
test_status_choices (Fixture *f, gconstpointer data)
{
  SendcoStatusDialog *dialog;
  g_auto (GStrv) none = NULL;
  GtkWidget *primary;

  open_window (f, f->foster);
  dialog = open_status_dialog (f);

  /* At N the only need is "None", and there is nothing to choose. */
  none = sendco_status_dialog_dup_primary_choices (dialog);
  g_assert_cmpuint (g_strv_length (none), ==, 1);
  g_assert_cmpstr (none[0], ==, "");
  primary = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (primary);
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==, "Choose a different status or need.");
  g_assert_false (change_enabled (dialog));

  /* K allows every need, NSA included; E every need but NSA. */
  sendco_status_dialog_choose (dialog, "K", NULL, NULL, "2026-11-01", "Assessed");
  assert_choices (dialog, 13, TRUE);
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==, "Choose the primary need.");
  g_assert_false (change_enabled (dialog));
  sendco_status_dialog_choose (dialog, "E", NULL, NULL, "2026-11-01", "Assessed");
  assert_choices (dialog, 12, FALSE);
  sendco_status_dialog_choose (dialog, "N", NULL, NULL, "2026-11-01", "Assessed");
  assert_choices (dialog, 1, FALSE);

  /* A K pupil's dialog starts at K with their need chosen. */
  test_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (f->window));
  test_spin_until_destroyed ((gpointer *) &f->window);
  open_window (f, f->carter);
  dialog = open_status_dialog (f);
  assert_choices (dialog, 13, TRUE);
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==, "Choose a different status or need.");
  sendco_status_dialog_choose (dialog, "E", "SEMH", NULL, "2026-11-01", "EHC plan issued");
  g_assert_null (sendco_status_dialog_get_problem (dialog));
  g_assert_true (change_enabled (dialog));
  test_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  test_spin (20);
  /* Cancel changes nothing. */
  g_assert_cmpuint (n_periods (f, f->carter), ==, 1);
}

static void
test_status_change (Fixture *f, gconstpointer data)
{
  SendcoStatusDialog *dialog;
  g_autoptr (GPtrArray) history = NULL;
  g_autoptr (SendcoPupil) now = NULL;
  g_autoptr (GError) error = NULL;
  SendcoSenPeriod *period;
  GtkEditable *date;

  open_window (f, f->foster);
  g_assert_cmpstr (adw_preferences_row_get_title (child (f, "status_row")), ==, "No SEN (N)");
  g_assert_cmpuint (n_history_rows (f), ==, 1);
  /* An unsaved edit in the window survives the status change. */
  type_into (f, "form_row", "6Z");

  dialog = open_status_dialog (f);

  /* Before the current status began (3 September 2025) */
  sendco_status_dialog_choose (dialog, "K", "SPLD", NULL, "2025-09-01", "Assessed by the specialist teacher");
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==,
                   "The change cannot take effect before the current status began, on 03/09/2025.");
  g_assert_false (change_enabled (dialog));

  /* In the future (today is 22 November 2026) */
  sendco_status_dialog_choose (dialog, "K", "SPLD", NULL, "2026-11-23", "Assessed by the specialist teacher");
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==,
                   "The date the change took effect cannot be in the future.");
  g_assert_false (change_enabled (dialog));

  /* Typed as no real date */
  date = sendco_date_entry_get_editable (SENDCO_DATE_ENTRY (test_find_widget (GTK_WIDGET (dialog), SENDCO_TYPE_DATE_ENTRY, NULL)));
  gtk_editable_set_text (date, "31/02/2026");
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==,
                   "Give the date the change took effect, like 31/01/2025.");
  g_assert_false (change_enabled (dialog));

  /* No reason */
  sendco_status_dialog_choose (dialog, "K", "SPLD", NULL, "2026-01-05", "  ");
  g_assert_cmpstr (sendco_status_dialog_get_problem (dialog), ==,
                   "Say why the status changed, for the pupil’s history.");
  g_assert_false (change_enabled (dialog));

  /* Right: the first day it could be, typed the UK way */
  sendco_status_dialog_choose (dialog, "K", "SPLD", NULL, "2026-01-05", "Assessed by the specialist teacher");
  gtk_editable_set_text (date, "5/1/2026");
  g_assert_null (sendco_status_dialog_get_problem (dialog));
  g_assert_true (change_enabled (dialog));
  /* Nothing is written before the button is pressed. */
  g_assert_cmpuint (n_periods (f, f->foster), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  test_respond (ADW_MESSAGE_DIALOG (dialog), "change");
  test_spin_until_destroyed ((gpointer *) &dialog);

  history = sendco_store_sen_history (f->school->store, sendco_pupil_get_id (f->foster), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  period = g_ptr_array_index (history, 0);
  g_assert_cmpstr (period->status, ==, "K");
  g_assert_cmpstr (period->primary_need, ==, "SPLD");
  g_assert_cmpstr (period->secondary_need, ==, "");
  g_assert_cmpstr (period->start_date, ==, "2026-01-05");
  g_assert_null (period->end_date);
  g_assert_cmpstr (period->reason, ==, "Assessed by the specialist teacher");
  period = g_ptr_array_index (history, 1);
  g_assert_cmpstr (period->status, ==, "N");
  g_assert_cmpstr (period->start_date, ==, "2025-09-03");
  g_assert_cmpstr (period->end_date, ==, "2026-01-05");

  /* The window shows it at once, and kept the unsaved edit. */
  g_assert_nonnull (f->window);
  g_assert_cmpuint (n_history_rows (f), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (child (f, "status_row")), ==, "SEN support (K)");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "status_row")), ==, "Since 05/01/2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (f, "primary_row")), ==,
                   "SPLD: Specific learning difficulty");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (test_has_label (child (f, "history_list"), "SEN support · SPLD"));
  g_assert_true (test_has_label (child (f, "history_list"), "03/09/2025 to 05/01/2026 · Recorded for the test"));
  g_assert_cmpstr (text_of (f, "form_row"), ==, "6Z");

  /* Saving the edit keeps the new status. */
  test_click (save_button (f));
  test_spin_until_destroyed ((gpointer *) &f->window);
  now = reread (f, f->foster);
  g_assert_cmpstr (sendco_pupil_get_sen_status (now), ==, "K");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_PRIMARY_NEED), ==, "SPLD");
  g_assert_cmpstr (sendco_pupil_get_text (now, SENDCO_PUPIL_FORM), ==, "6Z");
  g_assert_cmpuint (n_periods (f, f->foster), ==, 2);
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pupil-window/opens", test_opens);
  ADD ("/pupil-window/save", test_save);
  ADD ("/pupil-window/bad-upn", test_bad_upn);
  ADD ("/pupil-window/bad-date-of-birth", test_bad_date_of_birth);
  ADD ("/pupil-window/monitoring", test_monitoring);
  ADD ("/pupil-window/discard", test_discard);
  ADD ("/status-dialog/choices", test_status_choices);
  ADD ("/status-dialog/change", test_status_change);
#undef ADD

  return g_test_run ();
}
