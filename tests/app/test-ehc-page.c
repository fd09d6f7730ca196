/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The EHC tab of a pupil's record on a real school file (today is pinned to
 * Sunday 22 November 2026): the statutory date of every step beside the
 * date it was done, breaches in plain words even where an exception is
 * recorded, recording requests, adding, editing and ceasing plans, planning
 * an annual review and recording its steps through the real windows, and
 * when the next review is due. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sendco-annual-review-window.h"
#include "sendco-date-entry.h"
#include "sendco-ehc-plan-dialog.h"
#include "sendco-ehc-request-window.h"
#include "sendco-pupil-ehc-page.h"
#include "sendco-pupil-window.h"
#include "sendco-status-dialog.h"

typedef struct
{
  TestSchool         *school;
  SendcoPupil        *pupil;
  GtkWindow          *window;
  SendcoPupilEhcPage *page;
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
  g_clear_object (&f->pupil);
  test_school_free (f->school);
}

/* The tab on its own in a window, showing @pupil. */
static void
show_page (Fixture *f, SendcoPupil *pupil)
{
  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 900, 1400);
  f->page = g_object_new (SENDCO_TYPE_PUPIL_EHC_PAGE, NULL);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  sendco_pupil_ehc_page_set_pupil (f->page, f->school->store, pupil);
  test_show (f->window);
}

static gpointer
page_child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->page), SENDCO_TYPE_PUPIL_EHC_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
window_child (gpointer window, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), type, name);

  g_assert_nonnull (object);
  return object;
}

/* Every label on show in @widget, one a line. */
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

#define assert_not_shown(widget, needle)                                                          \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autofree char *shown_ = text_of (widget);                                                    \
    if (strstr (shown_, (needle)) != NULL)                                                         \
      g_error ("“%s” should not be on show in:\n%s", (needle), shown_);                            \
  }                                                                                                \
  G_STMT_END

typedef struct
{
  gpointer    widget;
  const char *needle;
} Shown;

static gboolean
is_shown (gpointer data)
{
  Shown *shown = data;
  g_autofree char *text = text_of (shown->widget);

  return strstr (text, shown->needle) != NULL;
}

/* For what appears only once a row has opened. */
static void
wait_until_shown (gpointer widget, const char *needle)
{
  Shown shown = { widget, needle };

  test_spin_until (is_shown, &shown, TEST_TIMEOUT_MS);
  assert_shows (widget, needle);
}

static GtkWidget *
row_titled (gpointer root, const char *title)
{
  GtkWidget *row = test_find_widget (GTK_WIDGET (root), ADW_TYPE_PREFERENCES_ROW, title);

  if (row == NULL)
    {
      g_autofree char *shown = text_of (root);

      g_error ("No row “%s” in:\n%s", title, shown);
    }
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

static void
type_date (SendcoDateEntry *entry, const char *text)
{
  gtk_editable_set_text (sendco_date_entry_get_editable (entry), text);
}

static void
click_action (gpointer root, const char *action)
{
  GtkWidget *button = test_find_action_button (GTK_WIDGET (root), action);

  g_assert_nonnull (button);
  test_click (button);
}

static void
save_and_wait (gpointer window, const char *action)
{
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  click_action (window, action);
  test_spin_until_destroyed (&window);
}

static SendcoEhcPlan *
add_plan (Fixture *f, const char *issued, const char *last_review)
{
  g_autoptr (GError) error = NULL;
  SendcoEhcPlan *plan = sendco_ehc_plan_new ();

  plan->pupil_id = sendco_pupil_get_id (f->pupil);
  sendco_record_set (&plan->local_authority, "Leeds");
  sendco_record_set (&plan->caseworker, "Priya Shah");
  sendco_record_set (&plan->issued_on, issued);
  sendco_record_set (&plan->last_review_on, last_review);
  g_assert_true (sendco_store_save_ehc_plan (f->school->store, plan, &error));
  g_assert_no_error (error);
  return plan;
}

static GPtrArray *
stored_plans (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *plans = sendco_store_list_ehc_plans (f->school->store, sendco_pupil_get_id (f->pupil), &error);

  g_assert_no_error (error);
  return plans;
}

static void
save_request (Fixture *f, SendcoEhcRequest *request)
{
  g_autoptr (GError) error = NULL;

  request->pupil_id = sendco_pupil_get_id (f->pupil);
  g_assert_true (sendco_store_save_ehc_request (f->school->store, request, &error));
  g_assert_no_error (error);
}

/* Requests */

static void
test_request_timeline (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcRequest) request = sendco_ehc_request_new ();
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  SendcoEhcRequestWindow *window;
  GtkWidget *expander, *row;
  SendcoEhcRequest *saved;

  f->pupil = test_add_pupil (f->school->store, "Carter", "Amy", 5, "K", "SPLD", NULL, 0, "2025-09-08");
  sendco_record_set (&request->received_on, "2026-01-05");
  sendco_record_set (&request->decision, "assess");
  sendco_record_set (&request->decision_on, "2026-02-10");
  sendco_record_set (&request->advice_on, "2026-03-20");
  sendco_record_set (&request->draft_sent_on, "2026-05-11");
  sendco_record_set (&request->final_plan_on, "2026-06-01");
  save_request (f, request);
  show_page (f, f->pupil);

  expander = row_titled (f->page, "Request received by the LA on 05/01/2026");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  assert_shows (expander, "Final plan issued 01/06/2026 · Late by 7 days");

  /* Received 5 January 2026: decision due 16 February, final plan 25 May. */
  row = row_titled (expander, "Decision whether to assess: Agreed to assess");
  assert_shows (row, "Done 10/02/2026 · due by 16/02/2026");
  assert_shows (row, "6 weeks from the LA receiving the request");
  assert_shows (row, "On time");

  row = row_titled (expander, "Final EHC plan issued");
  assert_shows (row, "Done 01/06/2026 · due by 25/05/2026");
  assert_shows (row, "20 weeks from the LA receiving the request");
  assert_shows (row, "Late by 7 days");
  assert_not_shown (row, "Exception");

  row = row_titled (expander, "Draft plan sent to the parents");
  assert_shows (row, "Sent 11/05/2026");
  assert_shows (row, "Parents can comment and name a school until at least 26/05/2026");
  assert_shows (row_titled (expander, "Advice from professionals"), "Given 20/03/2026");

  /* An exception, recorded through the request's own window, is shown
   * beside the breach; the breach stays. */
  test_click (test_find_widget (expander, GTK_TYPE_BUTTON, "Ed_it…"));
  window = wait_for_window (SENDCO_TYPE_EHC_REQUEST_WINDOW);
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "final_row"), "By 25/05/2026");
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "final_row"), "Late by 7 days");
  adw_combo_row_set_selected (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "exception_row"), 2);
  gtk_editable_set_text (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "exception_note_row"),
                         "The school was closed after a flood");
  g_assert_null (sendco_ehc_request_window_get_problem (window));
  save_and_wait (window, "request.save");

  requests = sendco_store_list_ehc_requests (f->school->store, sendco_pupil_get_id (f->pupil), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);
  saved = g_ptr_array_index (requests, 0);
  g_assert_cmpstr (saved->exception, ==, "setting-closed");
  g_assert_cmpstr (saved->exception_note, ==, "The school was closed after a flood");
  g_assert_cmpstr (saved->final_plan_on, ==, "2026-06-01");

  expander = row_titled (f->page, "Request received by the LA on 05/01/2026");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  row = row_titled (expander, "Final EHC plan issued");
  assert_shows (row, "Late by 7 days");
  assert_shows (row, "Exception recorded: The school or setting was closed for 4 weeks or more — "
                     "The school was closed after a flood");
  assert_shows (expander, "Final plan issued 01/06/2026 · Late by 7 days · exception recorded");
  assert_shows (row_titled (expander, "Exception to the 20 weeks"),
                "The school or setting was closed for 4 weeks or more — The school was closed after a flood");

  png = save_png (GTK_WIDGET (f->window), "ehc-page-request.png");
}

static void
test_record_request (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  SendcoEhcRequestWindow *window;
  SendcoEhcRequest *saved;
  GtkWidget *expander;

  f->pupil = test_add_pupil (f->school->store, "Patel", "Ravi", 3, "K", "SLCN", NULL, 0, "2025-09-08");
  show_page (f, f->pupil);
  assert_shows (f->page, "No requests recorded");

  click_action (f->page, "ehc.record-request");
  window = wait_for_window (SENDCO_TYPE_EHC_REQUEST_WINDOW);
  /* Nothing to save until the date the LA received it is given. */
  g_assert_nonnull (sendco_ehc_request_window_get_problem (window));
  type_date (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "received_entry"), "5/1/2026");
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "decision_date_row"), "By 16/02/2026");
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "decision_date_row"), "Overdue by 279 days");
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "final_row"), "By 25/05/2026");
  assert_shows (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "not_issuing_row"), "By 27/04/2026");

  /* A step before the request is refused in plain words. */
  type_date (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "advice_entry"), "01/12/2025");
  g_assert_cmpstr (sendco_ehc_request_window_get_problem (window), ==,
                   "“Advice from professionals” cannot be before the LA received the request.");
  g_assert_true (gtk_revealer_get_reveal_child (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW,
                                                              "problem_revealer")));
  type_date (window_child (window, SENDCO_TYPE_EHC_REQUEST_WINDOW, "advice_entry"), "");
  g_assert_null (sendco_ehc_request_window_get_problem (window));
  png = save_png (GTK_WIDGET (window), "ehc-request-window.png");
  save_and_wait (window, "request.save");

  requests = sendco_store_list_ehc_requests (f->school->store, sendco_pupil_get_id (f->pupil), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);
  saved = g_ptr_array_index (requests, 0);
  g_assert_cmpstr (saved->received_on, ==, "2026-01-05");
  g_assert_cmpstr (saved->decision, ==, "");
  g_assert_cmpstr (saved->final_plan_on, ==, "");

  /* The final plan is 181 days overdue on 22 November 2026. */
  expander = row_titled (f->page, "Request received by the LA on 05/01/2026");
  assert_shows (expander, "In progress · the final plan was due by 25/05/2026 · Overdue by 181 days");
  assert_shows (row_titled (expander, "Final EHC plan issued"), "Overdue by 181 days");
  assert_shows (row_titled (expander, "Decision whether to assess"), "Overdue by 279 days");
  assert_shows (row_titled (expander, "Notice that no plan will be issued"),
                "Only if the LA decides not to issue a plan: by 27/04/2026");
}

/* A final plan issued: add the plan from it, then change the status to E. */
static void
test_plan_from_request (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcRequest) request = sendco_ehc_request_new ();
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (SendcoPupil) now = NULL;
  SendcoEhcPlanDialog *dialog;
  SendcoStatusDialog *status;
  SendcoEhcPlan *plan;

  f->pupil = test_add_pupil (f->school->store, "Evans", "Noah", 4, "K", "ASD", NULL, 0, "2025-09-08");
  sendco_record_set (&request->received_on, "2026-01-05");
  sendco_record_set (&request->decision, "assess");
  sendco_record_set (&request->decision_on, "2026-02-10");
  sendco_record_set (&request->final_plan_on, "2026-06-01");
  save_request (f, request);
  show_page (f, f->pupil);

  g_assert_true (gtk_widget_get_visible (page_child (f, "from_request_row")));
  g_assert_false (gtk_widget_get_visible (page_child (f, "add_plan_button")));
  g_assert_cmpstr (adw_preferences_row_get_title (page_child (f, "from_request_row")), ==,
                   "The final EHC plan was issued on 01/06/2026");
  g_assert_true (gtk_widget_get_visible (page_child (f, "status_hint_row")));
  assert_shows (page_child (f, "status_hint_row"),
                "Noah Evans is recorded as SEN support (K). Change their status to E from the date the plan "
                "was issued, 01/06/2026.");
  g_assert_false (gtk_widget_get_visible (page_child (f, "no_plan_row")));

  test_click (page_child (f, "from_request_button"));
  dialog = wait_for_window (SENDCO_TYPE_EHC_PLAN_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (sendco_date_entry_get_editable (
                     window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "issued_entry"))), ==, "01/06/2026");
  g_assert_cmpstr (gtk_editable_get_text (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "la_row")), ==,
                   "Leeds");
  gtk_editable_set_text (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "caseworker_row"), "Jo Bell");
  save_and_wait (dialog, "plan.save");

  plans = stored_plans (f);
  g_assert_cmpuint (plans->len, ==, 1);
  plan = g_ptr_array_index (plans, 0);
  g_assert_cmpstr (plan->issued_on, ==, "2026-06-01");
  g_assert_cmpstr (plan->local_authority, ==, "Leeds");
  g_assert_cmpstr (plan->caseworker, ==, "Jo Bell");
  g_assert_false (gtk_widget_get_visible (page_child (f, "from_request_row")));
  g_assert_cmpstr (adw_action_row_get_subtitle (page_child (f, "issued_row")), ==, "01/06/2026");

  /* The status is still K: the hint opens the status dialog. */
  g_assert_true (gtk_widget_get_visible (page_child (f, "status_hint_row")));
  test_click (test_find_widget (page_child (f, "status_hint_row"), GTK_TYPE_BUTTON, "Change Stat_us…"));
  status = wait_for_window (SENDCO_TYPE_STATUS_DIALOG);
  sendco_status_dialog_choose (status, "E", "ASD", NULL, "2026-06-01", "The LA issued an EHC plan");
  g_assert_null (sendco_status_dialog_get_problem (status));
  test_respond (ADW_MESSAGE_DIALOG (status), "change");
  test_spin (50);

  now = sendco_store_get_pupil (f->school->store, sendco_pupil_get_id (f->pupil), NULL);
  g_assert_cmpstr (sendco_pupil_get_sen_status (now), ==, "E");
  g_assert_false (gtk_widget_get_visible (page_child (f, "status_hint_row")));
  g_assert_false (gtk_widget_get_visible (page_child (f, "missing_plan_row")));
}

/* Plans */

static void
test_missing_plan_and_add (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plans = NULL;
  g_autofree char *png = NULL;
  SendcoEhcPlanDialog *dialog;
  SendcoEhcPlan *plan;

  f->pupil = test_add_pupil (f->school->store, "Jones", "Mia", 6, "E", "SEMH", NULL, 0, "2025-09-08");
  show_page (f, f->pupil);

  /* Recorded as E with no plan: said plainly, with the ways to fix it. */
  g_assert_true (gtk_widget_get_visible (page_child (f, "missing_plan_row")));
  assert_shows (page_child (f, "missing_plan_row"), "No EHC plan is recorded");
  assert_shows (page_child (f, "missing_plan_row"), "so the census check fails");
  g_assert_true (gtk_widget_get_visible (page_child (f, "add_plan_button")));
  g_assert_false (gtk_widget_get_visible (page_child (f, "edit_plan_button")));
  g_assert_false (gtk_widget_get_visible (page_child (f, "reviews_group")));

  test_click (page_child (f, "add_plan_button"));
  dialog = wait_for_window (SENDCO_TYPE_EHC_PLAN_DIALOG);
  g_assert_false (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (dialog), "plan.save")));
  type_date (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "issued_entry"), "1/9/2025");
  gtk_editable_set_text (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "caseworker_row"), "Priya Shah");
  adw_combo_row_set_selected (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "transfer_row"), 1);
  gtk_spin_button_set_value (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "transfer_year_spin"), 2027);
  g_assert_cmpstr (gtk_label_get_text (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG,
                                                     "transfer_deadline_label")), ==, "15/02/2027");

  /* A last review before the plan was issued is refused. */
  type_date (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "last_review_entry"), "1/8/2025");
  g_assert_cmpstr (sendco_ehc_plan_dialog_get_problem (dialog), ==,
                   "The last annual review cannot be before the plan was issued.");
  type_date (window_child (dialog, SENDCO_TYPE_EHC_PLAN_DIALOG, "last_review_entry"), "");
  g_assert_null (sendco_ehc_plan_dialog_get_problem (dialog));
  png = save_png (GTK_WIDGET (dialog), "ehc-plan-dialog.png");
  save_and_wait (dialog, "plan.save");

  plans = stored_plans (f);
  g_assert_cmpuint (plans->len, ==, 1);
  plan = g_ptr_array_index (plans, 0);
  g_assert_cmpstr (plan->issued_on, ==, "2025-09-01");
  g_assert_cmpstr (plan->local_authority, ==, "Leeds");
  g_assert_cmpstr (plan->transfer, ==, "phase");
  g_assert_cmpint (plan->transfer_year, ==, 2027);

  g_assert_false (gtk_widget_get_visible (page_child (f, "missing_plan_row")));
  g_assert_true (gtk_widget_get_visible (page_child (f, "edit_plan_button")));
  assert_shows (page_child (f, "transfer_row"), "Phase transfer (for example, primary to secondary) in 2027");
  assert_shows (page_child (f, "transfer_row"), "Review and amend the plan by 15/02/2027");
  assert_shows (page_child (f, "transfer_row"), "Due in 85 days");
  assert_shows (page_child (f, "caseworker_row"), "Priya Shah");
  assert_shows (page_child (f, "next_review_row"), "By 01/09/2026, within 12 months of the plan being issued");
  assert_shows (page_child (f, "next_review_row"), "Overdue by 82 days");
  assert_shows (page_child (f, "reviews_list"), "No annual reviews recorded yet");
}

static void
test_next_review_due (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcPlan) plan = NULL;
  g_autoptr (GError) error = NULL;

  /* Later reviews: within 12 months of the previous one. */
  f->pupil = test_add_pupil (f->school->store, "Khan", "Zara", 8, "E", "HI", NULL, 0, "2024-09-02");
  plan = add_plan (f, "2024-09-01", "2025-06-30");
  show_page (f, f->pupil);
  assert_shows (page_child (f, "last_review_row"), "30/06/2025");
  assert_shows (page_child (f, "next_review_row"), "By 30/06/2026, within 12 months of the last review on 30/06/2025");
  assert_shows (page_child (f, "next_review_row"), "Overdue by 145 days");

  /* The first review: within 12 months of the plan; 29 February gives 28 February. */
  sendco_record_set (&plan->issued_on, "2024-02-29");
  sendco_record_set (&plan->last_review_on, "");
  g_assert_true (sendco_store_save_ehc_plan (f->school->store, plan, &error));
  g_assert_no_error (error);
  assert_shows (page_child (f, "last_review_row"), "None held yet");
  assert_shows (page_child (f, "next_review_row"), "By 28/02/2025, within 12 months of the plan being issued");
  assert_shows (page_child (f, "next_review_row"), "Overdue by 632 days");
}

/* Annual reviews */

static SendcoDateEntry *
step_entry (SendcoAnnualReviewWindow *window, const char *title)
{
  GtkWidget *row = row_titled (window, title);
  GtkWidget *entry = test_find_widget (row, SENDCO_TYPE_DATE_ENTRY, NULL);

  g_assert_nonnull (entry);
  return SENDCO_DATE_ENTRY (entry);
}

static void
test_annual_review (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcPlan) plan = NULL;
  g_autoptr (GPtrArray) reviews = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL, *window_png = NULL;
  SendcoAnnualReviewWindow *window;
  SendcoAnnualReview *review;
  GtkWidget *expander;

  f->pupil = test_add_pupil (f->school->store, "Lewis", "Ella", 7, "E", "ASD", NULL, 0, "2025-07-01");
  plan = add_plan (f, "2025-07-01", "");
  show_page (f, f->pupil);
  assert_shows (page_child (f, "next_review_row"), "By 01/07/2026, within 12 months of the plan being issued");
  assert_shows (page_child (f, "next_review_row"), "Overdue by 144 days");

  /* Overdue already: the default meeting is the next school day, Monday. */
  click_action (f->page, "ehc.plan-review");
  window = wait_for_window (SENDCO_TYPE_ANNUAL_REVIEW_WINDOW);
  g_assert_cmpstr (gtk_editable_get_text (sendco_date_entry_get_editable (
                     window_child (window, SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "meeting_entry"))), ==, "23/11/2026");
  type_date (window_child (window, SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "meeting_entry"), "16/06/2026");
  assert_shows (window_child (window, SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "meeting_row"),
                "The review is due by 01/07/2026");
  assert_shows (row_titled (window, "Send invitations and requests for advice"), "By 02/06/2026");
  save_and_wait (window, "review.save");

  reviews = sendco_store_list_annual_reviews (f->school->store, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (review->meeting_on, ==, "2026-06-16");
  g_assert_cmpstr (review->meeting_held_on, ==, "");
  g_clear_pointer (&reviews, g_ptr_array_unref);

  expander = row_titled (f->page, "Annual review planned for 16/06/2026");
  assert_shows (row_titled (expander, "Review meeting held"), "Planned for 16/06/2026 · due by 01/07/2026");

  /* Record the steps as they happened, through the review's window. */
  test_click (test_find_widget (expander, GTK_TYPE_BUTTON, "Ed_it…"));
  window = wait_for_window (SENDCO_TYPE_ANNUAL_REVIEW_WINDOW);
  type_date (step_entry (window, "Views gathered"), "20/04/2026");
  type_date (step_entry (window, "Invitations and requests for advice sent"), "05/06/2026");
  type_date (step_entry (window, "Advice and papers circulated"), "02/06/2026");
  type_date (step_entry (window, "Review meeting held"), "16/06/2026");
  type_date (step_entry (window, "Review report sent to the LA"), "26/06/2026");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (window, "LA decision")), 2);
  type_date (step_entry (window, "Date of the LA decision"), "20/07/2026");
  type_date (step_entry (window, "Notice of proposed amendments"), "20/07/2026");
  assert_shows (row_titled (window, "Invitations and requests for advice sent"), "Late by 3 days");
  assert_shows (row_titled (window, "Date of the LA decision"), "By 14/07/2026");
  assert_shows (row_titled (window, "Amended plan issued"), "By 14/09/2026");
  g_assert_null (sendco_annual_review_window_get_problem (window));
  window_png = save_png (GTK_WIDGET (window), "annual-review-window.png");
  save_and_wait (window, "review.save");

  reviews = sendco_store_list_annual_reviews (f->school->store, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (review->meeting_on, ==, "2026-06-16");
  g_assert_cmpstr (review->views_gathered_on, ==, "2026-04-20");
  g_assert_cmpstr (review->invitations_sent_on, ==, "2026-06-05");
  g_assert_cmpstr (review->papers_circulated_on, ==, "2026-06-02");
  g_assert_cmpstr (review->meeting_held_on, ==, "2026-06-16");
  g_assert_cmpstr (review->report_sent_on, ==, "2026-06-26");
  g_assert_cmpstr (review->la_decision, ==, "amend");
  g_assert_cmpstr (review->la_decision_on, ==, "2026-07-20");
  g_assert_cmpstr (review->amendment_notice_on, ==, "2026-07-20");
  g_assert_cmpstr (review->amended_plan_on, ==, "");

  /* Each step's date beside its statutory date, breaches in plain words. */
  expander = row_titled (f->page, "Annual review held 16/06/2026");
  assert_shows (expander, "LA decision: Amend the plan · 3 steps late or overdue");
  assert_shows (row_titled (expander, "Views gathered"), "Done 20/04/2026 · usually from 21/04/2026");
  assert_shows (row_titled (expander, "Views gathered"), "On time");
  assert_shows (row_titled (expander, "Invitations and requests for advice sent"),
                "Done 05/06/2026 · due by 02/06/2026");
  assert_shows (row_titled (expander, "Invitations and requests for advice sent"), "Late by 3 days");
  assert_shows (row_titled (expander, "Advice and papers circulated"), "On time");
  assert_shows (row_titled (expander, "Review meeting held"), "Held 16/06/2026 · due by 01/07/2026");
  assert_shows (row_titled (expander, "Review report sent to the LA"), "Done 26/06/2026 · due by 30/06/2026");
  assert_shows (row_titled (expander, "LA decision: Amend the plan"), "Done 20/07/2026 · due by 14/07/2026");
  assert_shows (row_titled (expander, "LA decision: Amend the plan"), "Late by 6 days");
  assert_shows (row_titled (expander, "Amended plan issued"), "Due by 14/09/2026");
  assert_shows (row_titled (expander, "Amended plan issued"), "Overdue by 69 days");

  /* The next review: 12 months from the meeting, and the law's later date
   * 12 months from the LA's decision. */
  assert_shows (page_child (f, "last_review_row"), "16/06/2026");
  assert_shows (page_child (f, "next_review_row"), "By 16/06/2027, within 12 months of the last review on 16/06/2026");
  assert_shows (page_child (f, "next_review_row"), "The law’s latest date: 20/07/2027");
  assert_shows (page_child (f, "next_review_row"), "Due in 206 days");

  png = save_png (GTK_WIDGET (f->window), "ehc-page-reviews.png");
}

static void
test_default_meeting_date (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcPlan) plan = NULL;
  g_autoptr (GPtrArray) reviews = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  SendcoAnnualReviewWindow *window;

  /* Due 10 March 2027: four weeks before is Wednesday 10 February. */
  f->pupil = test_add_pupil (f->school->store, "Moss", "Leo", 2, "E", "PD", NULL, 0, "2026-03-10");
  plan = add_plan (f, "2026-03-10", "");
  show_page (f, f->pupil);
  click_action (f->page, "ehc.plan-review");
  window = wait_for_window (SENDCO_TYPE_ANNUAL_REVIEW_WINDOW);
  g_assert_cmpstr (gtk_editable_get_text (sendco_date_entry_get_editable (
                     window_child (window, SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "meeting_entry"))), ==, "10/02/2027");
  assert_shows (row_titled (window, "Start gathering the views of the child, parents and professionals"),
                "From 16/12/2026");
  assert_shows (row_titled (window, "Send invitations and requests for advice"), "By 27/01/2027");
  assert_shows (row_titled (window, "Send the review report to the LA and everyone invited"), "By 24/02/2027");
  assert_shows (row_titled (window, "Hold the review meeting"), "Due by 10/03/2027");
  png = save_png (GTK_WIDGET (window), "annual-review-plan.png");
  save_and_wait (window, "review.save");

  reviews = sendco_store_list_annual_reviews (f->school->store, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_cmpstr (((SendcoAnnualReview *) g_ptr_array_index (reviews, 0))->meeting_on, ==, "2027-02-10");
  assert_shows (page_child (f, "next_review_row"), "Planned for 10/02/2027");

  /* Due on a Sunday (14 March 2027): four weeks before is a Sunday too, so
   * the meeting goes to the Friday before. */
  g_clear_pointer (&plan, sendco_ehc_plan_free);
  g_clear_object (&f->pupil);
  test_destroy_toplevels ();
  f->pupil = test_add_pupil (f->school->store, "Nash", "Ivy", 2, "E", "VI", NULL, 0, "2026-03-14");
  plan = add_plan (f, "2026-03-14", "");
  show_page (f, f->pupil);
  click_action (f->page, "ehc.plan-review");
  window = wait_for_window (SENDCO_TYPE_ANNUAL_REVIEW_WINDOW);
  g_assert_cmpstr (gtk_editable_get_text (sendco_date_entry_get_editable (
                     window_child (window, SENDCO_TYPE_ANNUAL_REVIEW_WINDOW, "meeting_entry"))), ==, "12/02/2027");
}

static void
test_cease_plan (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcPlan) plan = NULL;
  g_autoptr (SendcoAnnualReview) review = sendco_annual_review_new ();
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *expander, *entry;

  f->pupil = test_add_pupil (f->school->store, "Owen", "Finn", 9, "E", "MLD", NULL, 0, "2024-09-02");
  plan = add_plan (f, "2024-09-01", "");
  review->plan_id = plan->id;
  sendco_record_set (&review->meeting_on, "2025-06-12");
  sendco_record_set (&review->meeting_held_on, "2025-06-12");
  sendco_record_set (&review->la_decision, "maintain");
  sendco_record_set (&review->la_decision_on, "2025-07-01");
  g_assert_true (sendco_store_save_annual_review (f->school->store, review, &error));
  g_assert_no_error (error);
  show_page (f, f->pupil);
  g_assert_false (gtk_widget_get_visible (page_child (f, "ceased_group")));

  click_action (f->page, "ehc.cease-plan");
  dialog = ADW_MESSAGE_DIALOG (wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  entry = test_find_widget (GTK_WIDGET (dialog), SENDCO_TYPE_DATE_ENTRY, NULL);
  g_assert_nonnull (entry);
  /* Not before the plan was issued, nor in the future. */
  type_date (SENDCO_DATE_ENTRY (entry), "01/08/2024");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cease"));
  type_date (SENDCO_DATE_ENTRY (entry), "01/12/2026");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cease"));
  type_date (SENDCO_DATE_ENTRY (entry), "20/07/2026");
  test_respond (dialog, "cease");
  test_spin (50);

  plans = stored_plans (f);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpstr (((SendcoEhcPlan *) g_ptr_array_index (plans, 0))->ceased_on, ==, "2026-07-20");

  /* Kept as history, readable; the pupil, still E, now breaks the census rule. */
  g_assert_true (gtk_widget_get_visible (page_child (f, "ceased_group")));
  g_assert_true (gtk_widget_get_visible (page_child (f, "missing_plan_row")));
  g_assert_true (gtk_widget_get_visible (page_child (f, "add_plan_button")));
  g_assert_false (gtk_widget_get_visible (page_child (f, "reviews_group")));
  expander = row_titled (f->page, "EHC plan issued 01/09/2024");
  assert_shows (expander, "Ceased 20/07/2026 · Leeds");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  wait_until_shown (row_titled (expander, "Annual review held 12/06/2025"), "LA decision: Keep the plan as it is");
  assert_shows (row_titled (expander, "LA caseworker"), "Priya Shah");
  png = save_png (GTK_WIDGET (f->window), "ehc-page-ceased.png");
}

/* The tab in the pupil's own window. */
static void
test_in_pupil_window (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoEhcPlan) plan = NULL;
  g_autofree char *png = NULL;
  SendcoPupilWindow *window;
  GtkWidget *page;

  f->pupil = test_add_pupil (f->school->store, "Carter", "Amy", 5, "E", "SPLD", NULL, 0, "2025-09-08");
  plan = add_plan (f, "2025-09-01", "");
  window = sendco_pupil_window_new (NULL, f->school->store, sendco_pupil_get_id (f->pupil));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                       SENDCO_TYPE_PUPIL_WINDOW,
                                                                                       "pupil_stack")),
                                         "ehc");
  test_show (GTK_WINDOW (window));
  page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SENDCO_TYPE_PUPIL_WINDOW, "ehc_page"));
  assert_shows (page, "Priya Shah");
  assert_shows (page, "By 01/09/2026, within 12 months of the plan being issued");
  png = save_png (GTK_WIDGET (window), "pupil-window-ehc.png");
}

int
main (int argc, char *argv[])
{
  test_init (&argc, &argv, TRUE);

#define ADD(path, func) \
  g_test_add ("/app/ehc-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("request-timeline", test_request_timeline);
  ADD ("record-request", test_record_request);
  ADD ("plan-from-request", test_plan_from_request);
  ADD ("missing-plan-and-add", test_missing_plan_and_add);
  ADD ("next-review-due", test_next_review_due);
  ADD ("annual-review", test_annual_review);
  ADD ("default-meeting-date", test_default_meeting_date);
  ADD ("cease-plan", test_cease_plan);
  ADD ("in-pupil-window", test_in_pupil_window);

#undef ADD
  return g_test_run ();
}
