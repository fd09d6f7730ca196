/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reviews and deadlines in the real main window on a real school file
 * (today 22/11/2026): the list in date order with overdue and soon marked,
 * the summary, the filters, the list following the store as plans and
 * reviews change, opening a pupil on their Deadlines tab, the export, the
 * pupil's own tab, the deadline calculator, and the notification on start
 * (sent to a notification server this test plays, and clicked). */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sendco-application.h"
#include "sendco-date-entry.h"
#include "sendco-deadline-calculator.h"
#include "sendco-deadline-item.h"
#include "sendco-deadlines-page.h"
#include "sendco-pupil-deadlines-page.h"
#include "sendco-pupil-window.h"
#include "sendco-window.h"

static SendcoApplication *app;

typedef struct
{
  TestSchool   *school;
  SendcoWindow *window;
  gint64        khan, patel, jones, okafor, brown;
  gint64        okafor_review;
} Fixture;

/* Sorted "Surname:step" of what @shown lists, joined by "|". */
static char *
shown_steps (GListModel *shown)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (shown, i);
      g_auto (GStrv) name = g_strsplit (sendco_deadline_item_get_pupil_name (item), ",", 2);

      g_string_append_printf (out, "%s%s:%s", i ? "|" : "", name[0],
                              sendco_deadline_item_get_step (item));
    }
  return g_string_free (out, FALSE);
}

static void
add_parent_meeting (SendcoStore *store, gint64 pupil_id, const char *held_on)
{
  g_autoptr (SendcoParentMeeting) meeting = sendco_parent_meeting_new ();
  g_autoptr (GError) error = NULL;

  meeting->pupil_id = pupil_id;
  sendco_record_set (&meeting->held_on, held_on);
  g_assert_true (sendco_store_add_parent_meeting (store, meeting, &error));
  g_assert_no_error (error);
}

static gint64
add (SendcoStore *store, const char *surname, const char *forename, int year, const char *status,
     const char *need)
{
  g_autoptr (SendcoPupil) pupil = test_add_pupil (store, surname, forename, year, status, need,
                                                  NULL, 0, NULL);

  return sendco_pupil_get_id (pupil);
}

/* Thirteen deadlines: 3 overdue, 4 within 14 days, 6 later. */
static void
fill_school (Fixture *f, SendcoStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoEhcPlan) khan_plan = sendco_ehc_plan_new ();
  g_autoptr (SendcoAnnualReview) khan_review = sendco_annual_review_new ();
  g_autoptr (SendcoEhcPlan) okafor_plan = sendco_ehc_plan_new ();
  g_autoptr (SendcoAnnualReview) okafor_review = sendco_annual_review_new ();
  g_autoptr (SendcoEhcRequest) request = sendco_ehc_request_new ();
  g_autoptr (SendcoSupportPlan) support = sendco_support_plan_new ();

  f->khan = add (store, "Khan", "Ali", 5, "E", "ASD");
  f->patel = add (store, "Patel", "Maya", 3, "K", "SLCN");
  f->jones = add (store, "Jones", "Ben", 4, "K", "SPLD");
  f->okafor = add (store, "Okafor", "Chidi", 6, "E", "SEMH");
  f->brown = add (store, "Brown", "Zoë", 6, "N", NULL);

  /* Khan: plan issued 01/12/2025, first review planned for 10/12/2026 */
  khan_plan->pupil_id = f->khan;
  sendco_record_set (&khan_plan->issued_on, "2025-12-01");
  g_assert_true (sendco_store_save_ehc_plan (store, khan_plan, &error));
  g_assert_no_error (error);
  khan_review->plan_id = khan_plan->id;
  sendco_record_set (&khan_review->meeting_on, "2026-12-10");
  g_assert_true (sendco_store_save_annual_review (store, khan_review, &error));
  g_assert_no_error (error);
  add_parent_meeting (store, f->khan, "2026-10-10");

  /* Patel: an EHC needs assessment request received 05/10/2026 */
  request->pupil_id = f->patel;
  sendco_record_set (&request->received_on, "2026-10-05");
  sendco_record_set (&request->exception, "child-away");
  g_assert_true (sendco_store_save_ehc_request (store, request, &error));
  g_assert_no_error (error);

  /* Jones: a support plan to review on 14/12/2026 */
  support->pupil_id = f->jones;
  support->cycle = 1;
  sendco_record_set (&support->start_date, "2026-09-07");
  sendco_record_set (&support->review_date, "2026-12-14");
  g_assert_true (sendco_store_save_support_plan (store, support, &error));
  g_assert_no_error (error);
  add_parent_meeting (store, f->jones, "2026-10-01");

  /* Okafor: reviewed 02/11/2026, report not sent; phase transfer in 2027 */
  okafor_plan->pupil_id = f->okafor;
  sendco_record_set (&okafor_plan->issued_on, "2024-03-01");
  sendco_record_set (&okafor_plan->last_review_on, "2026-03-05");
  sendco_record_set (&okafor_plan->transfer, "phase");
  okafor_plan->transfer_year = 2027;
  g_assert_true (sendco_store_save_ehc_plan (store, okafor_plan, &error));
  g_assert_no_error (error);
  okafor_review->plan_id = okafor_plan->id;
  sendco_record_set (&okafor_review->meeting_on, "2026-11-02");
  sendco_record_set (&okafor_review->views_gathered_on, "2026-09-10");
  sendco_record_set (&okafor_review->invitations_sent_on, "2026-10-15");
  sendco_record_set (&okafor_review->papers_circulated_on, "2026-10-16");
  sendco_record_set (&okafor_review->meeting_held_on, "2026-11-02");
  g_assert_true (sendco_store_save_annual_review (store, okafor_review, &error));
  g_assert_no_error (error);
  f->okafor_review = okafor_review->id;
  add_parent_meeting (store, f->okafor, "2026-09-30");
}

static const char *const all_steps =
  "Khan:gather-views|Okafor:report-to-la|Patel:decision-to-assess|Khan:invitations|"
  "Khan:papers-circulated|Okafor:la-decision|Khan:review-due|Khan:meeting|Jones:plan-review|"
  "Patel:parent-meeting|Okafor:transfer-deadline|Patel:final-plan|Okafor:review-due";

static void
open_window (Fixture *f)
{
  f->window = sendco_window_new (app, f->school->path);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 1100);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "deadlines");
  test_show (GTK_WINDOW (f->window));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  fill_school (f, f->school->store);
  /* The window opens the file itself. */
  test_school_close_store (f->school);
  open_window (f);
}

/* The same school, the window on the register. */
static void
fixture_set_up_register (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  fill_school (f, f->school->store);
  test_school_close_store (f->school);
  f->window = sendco_window_new (app, f->school->path);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 1100);
  test_show (GTK_WINDOW (f->window));
}

static void
fixture_set_up_empty (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  test_add_pupil (f->school->store, "Brown", "Zoë", 6, "N", NULL, NULL, 0, NULL);
  test_school_close_store (f->school);
  open_window (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_assert_null (f->window);
  test_school_free (f->school);
}

static gpointer
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), SENDCO_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static SendcoDeadlinesPage *
page (Fixture *f)
{
  return child (f, "deadlines_page");
}

static char *
steps (Fixture *f)
{
  return shown_steps (sendco_deadlines_page_get_shown (page (f)));
}

static char *
summary (Fixture *f)
{
  return sendco_deadlines_page_dup_summary (page (f));
}

static SendcoStore *
store (Fixture *f)
{
  return sendco_window_get_store (f->window);
}

/* The label showing @text under @root; fails if there is none. */
static GtkWidget *
find_label (GtkWidget *root, const char *text)
{
  if (GTK_IS_LABEL (root) && g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text)
      && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found)
        return found;
    }
  return NULL;
}

static void
assert_label_style (GtkWidget *root, const char *text, const char *style)
{
  GtkWidget *label = find_label (root, text);

  if (label == NULL)
    g_error ("No label shows “%s”", text);
  if (!gtk_widget_has_css_class (label, style))
    g_error ("“%s” is not styled %s", text, style);
}

static gboolean
shows_inscription (GtkWidget *root, const char *text)
{
  if (GTK_IS_INSCRIPTION (root) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (root)), text) == 0
      && gtk_widget_get_mapped (root))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    if (shows_inscription (c, text))
      return TRUE;
  return FALSE;
}

static void
test_list (Fixture *f, gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (sendco_deadlines_page_get_column_view (page (f)));
  g_autofree char *got = steps (f), *line = summary (f);
  g_autofree char *png = NULL;

  g_assert_cmpstr (sendco_deadlines_page_get_view_name (page (f)), ==, "list");
  g_assert_cmpstr (got, ==, all_steps);
  g_assert_cmpstr (line, ==, "3 overdue, 4 due in the next 14 days");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (page (f))));

  /* Dates UK style, how far away, and not by colour alone: the words and an icon */
  test_spin (100);
  g_assert_nonnull (find_label (view, "15/10/2026"));
  assert_label_style (view, "38 days overdue", "error");
  assert_label_style (view, "6 days overdue", "error");
  assert_label_style (view, "in 4 days", "warning");
  assert_label_style (view, "in 9 days", "warning");
  assert_label_style (view, "in 18 days", "dim-label");
  g_assert_nonnull (find_label (view, "Khan, Ali"));
  g_assert_nonnull (find_label (view, "Local authority"));
  g_assert_nonnull (find_label (view, "Annual review"));
  /* The rule is on show without hovering, under what is due; the note too */
  g_assert_true (shows_inscription (view, "The LA decides whether to assess and tells the parents"));
  g_assert_true (shows_inscription (view, "6 weeks from the LA receiving the request "
                                          "(SEND Regulations 2014, reg. 4)"));
  g_assert_true (shows_inscription (view, "Meeting planned for 10/12/2026"));
  g_assert_true (shows_inscription (view, "Exception recorded: the child was away for 4 weeks or more"));
  g_assert_true (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (page (f)),
                                                                   "deadlines.export")));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  png = test_save_png (GTK_WIDGET (f->window), "deadlines-page.png");
}

static void
test_filters (Fixture *f, gconstpointer data)
{
  GtkWidget *showing;
  g_autofree char *got = NULL, *line = NULL;

  /* Kind */
  test_drop_down_choose (sendco_deadlines_page_get_kind_filter (page (f)), "EHC needs assessment");
  got = steps (f);
  g_assert_cmpstr (got, ==, "Patel:decision-to-assess|Patel:final-plan");
  line = summary (f);
  g_assert_cmpstr (line, ==, "1 overdue; nothing else due in the next 14 days");
  showing = find_label (GTK_WIDGET (page (f)), "Showing 2 of 13");
  g_assert_nonnull (showing);
  g_clear_pointer (&got, g_free);
  g_clear_pointer (&line, g_free);
  gtk_drop_down_set_selected (sendco_deadlines_page_get_kind_filter (page (f)), 0);

  /* Owner */
  test_drop_down_choose (sendco_deadlines_page_get_owner_filter (page (f)), "Local authority");
  got = steps (f);
  g_assert_cmpstr (got, ==, "Patel:decision-to-assess|Okafor:la-decision|Okafor:transfer-deadline|"
                            "Patel:final-plan");
  line = summary (f);
  g_assert_cmpstr (line, ==, "1 overdue, 1 due in the next 14 days");
  g_clear_pointer (&got, g_free);
  g_clear_pointer (&line, g_free);
  test_drop_down_choose (sendco_deadlines_page_get_owner_filter (page (f)), "School");
  got = steps (f);
  g_assert_false (strstr (got, "Patel:final-plan"));
  g_assert_nonnull (strstr (got, "Jones:plan-review"));
  g_clear_pointer (&got, g_free);
  gtk_drop_down_set_selected (sendco_deadlines_page_get_owner_filter (page (f)), 0);

  /* Pupil, by name, any case and accent */
  gtk_editable_set_text (sendco_deadlines_page_get_search_entry (page (f)), "KHAN");
  got = steps (f);
  g_assert_cmpstr (got, ==, "Khan:gather-views|Khan:invitations|Khan:papers-circulated|"
                            "Khan:review-due|Khan:meeting");
  line = summary (f);
  g_assert_cmpstr (line, ==, "1 overdue, 3 due in the next 14 days");
  g_clear_pointer (&got, g_free);
  g_clear_pointer (&line, g_free);
  gtk_editable_set_text (sendco_deadlines_page_get_search_entry (page (f)), "");

  /* Range: overdue and the next 14 days; the next 3 months (to 22/02/2027) */
  gtk_drop_down_set_selected (sendco_deadlines_page_get_range_filter (page (f)),
                              SENDCO_DEADLINE_RANGE_FORTNIGHT);
  got = steps (f);
  g_assert_cmpstr (got, ==, "Khan:gather-views|Okafor:report-to-la|Patel:decision-to-assess|"
                            "Khan:invitations|Khan:papers-circulated|Okafor:la-decision|"
                            "Khan:review-due");
  line = summary (f);
  g_assert_cmpstr (line, ==, "3 overdue, 4 due in the next 14 days");
  g_clear_pointer (&got, g_free);
  gtk_drop_down_set_selected (sendco_deadlines_page_get_range_filter (page (f)),
                              SENDCO_DEADLINE_RANGE_QUARTER);
  g_assert_cmpuint (g_list_model_get_n_items (sendco_deadlines_page_get_shown (page (f))), ==, 12);

  /* Nothing in range: says so, and the button shows everything again */
  test_drop_down_choose (sendco_deadlines_page_get_kind_filter (page (f)), "Support plan");
  gtk_drop_down_set_selected (sendco_deadlines_page_get_range_filter (page (f)),
                              SENDCO_DEADLINE_RANGE_FORTNIGHT);
  g_assert_cmpuint (g_list_model_get_n_items (sendco_deadlines_page_get_shown (page (f))), ==, 0);
  g_assert_cmpstr (sendco_deadlines_page_get_view_name (page (f)), ==, "no-match");
  test_spin (50);
  g_assert_true (test_has_label (GTK_WIDGET (page (f)), "Nothing Is Due in This Range"));
  g_assert_false (gtk_widget_get_sensitive (test_find_action_button (GTK_WIDGET (page (f)),
                                                                     "deadlines.export")));
  test_click (test_find_action_button (GTK_WIDGET (page (f)), "deadlines.clear-filters"));
  got = steps (f);
  g_assert_cmpstr (got, ==, all_steps);
  g_assert_cmpstr (sendco_deadlines_page_get_view_name (page (f)), ==, "list");
}

static gboolean
summary_is (gpointer data)
{
  gpointer *pair = data;
  g_autofree char *line = sendco_deadlines_page_dup_summary (pair[0]);

  return g_str_equal (line, pair[1]);
}

static void
wait_for_summary (Fixture *f, const char *expected)
{
  gpointer pair[] = { page (f), (gpointer) expected };

  if (!test_spin_until (summary_is, pair, TEST_TIMEOUT_MS))
    {
      g_autofree char *line = summary (f);

      g_error ("The summary is “%s”, not “%s”", line, expected);
    }
}

/* Add a plan, hold a review: the list follows the store. */
static void
test_follows_store (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GPtrArray) reviews = NULL;
  g_autoptr (SendcoSupportPlan) plan = sendco_support_plan_new ();
  g_autoptr (GError) error = NULL;
  SendcoAnnualReview *review;
  g_autofree char *got = NULL;

  /* The report after Okafor's review is sent: no longer overdue */
  plans = sendco_store_list_ehc_plans (store (f), f->okafor, &error);
  g_assert_no_error (error);
  reviews = sendco_store_list_annual_reviews (store (f),
                                              ((SendcoEhcPlan *) g_ptr_array_index (plans, 0))->id,
                                              &error);
  g_assert_no_error (error);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpint (review->id, ==, f->okafor_review);
  sendco_record_set (&review->report_sent_on, "2026-11-20");
  g_assert_true (sendco_store_save_annual_review (store (f), review, &error));
  g_assert_no_error (error);
  wait_for_summary (f, "2 overdue, 4 due in the next 14 days");
  got = steps (f);
  g_assert_false (strstr (got, "Okafor:report-to-la"));
  g_clear_pointer (&got, g_free);

  /* A support plan for Patel, to review in 5 days */
  plan->pupil_id = f->patel;
  plan->cycle = 1;
  sendco_record_set (&plan->start_date, "2026-09-14");
  sendco_record_set (&plan->review_date, "2026-11-27");
  g_assert_true (sendco_store_save_support_plan (store (f), plan, &error));
  g_assert_no_error (error);
  wait_for_summary (f, "2 overdue, 5 due in the next 14 days");
  got = steps (f);
  g_assert_nonnull (strstr (got, "|Khan:papers-circulated|Patel:plan-review|Okafor:la-decision|"));
}

/* The page reads the school's dates when it is first shown, not when the
 * window opens, and a change made while it is hidden is there as soon as it
 * is shown again, with no stale list in between. */
static void
test_read_when_shown (Fixture *f, gconstpointer data)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page (f)),
                                                              SENDCO_TYPE_DEADLINES_PAGE,
                                                              "summary_label"));
  g_autoptr (SendcoSupportPlan) plan = sendco_support_plan_new ();
  g_autoptr (GError) error = NULL;

  /* The window opened on the register: nothing read yet */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page (f))));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "deadlines");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page (f))));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "3 overdue, 4 due in the next 14 days");

  /* Hidden again, a support plan to review in 5 days */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "register");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page (f))));
  plan->pupil_id = f->patel;
  plan->cycle = 1;
  sendco_record_set (&plan->start_date, "2026-09-14");
  sendco_record_set (&plan->review_date, "2026-11-27");
  g_assert_true (sendco_store_save_support_plan (store (f), plan, &error));
  g_assert_no_error (error);
  test_spin (50);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "3 overdue, 4 due in the next 14 days");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "deadlines");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "3 overdue, 5 due in the next 14 days");
}

static gboolean
pupil_window_open (gpointer data)
{
  return test_find_toplevel (SENDCO_TYPE_PUPIL_WINDOW, data) != NULL;
}

static guint
count_pupil_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += SENDCO_IS_PUPIL_WINDOW (window);
    }
  return n;
}

static guint
count_rows (GtkListBox *list)
{
  guint rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row;
       row = gtk_widget_get_next_sibling (row))
    rows++;
  return rows;
}

static gboolean
tab_shows_four (gpointer data)
{
  return count_rows (sendco_pupil_deadlines_page_get_list (data)) == 4;
}

/* Activating a row opens the pupil's record on its Deadlines tab, with the
 * pupil's own deadlines; another of theirs brings the same window back. */
static void
test_open_pupil (Fixture *f, gconstpointer data)
{
  GtkColumnView *view = sendco_deadlines_page_get_column_view (page (f));
  SendcoPupilWindow *pupil_window;
  AdwViewStack *tabs;
  SendcoPupilDeadlinesPage *tab;
  g_autofree char *line = NULL, *png = NULL;
  GtkListBox *list;

  g_signal_emit_by_name (view, "activate", 0);
  g_assert_true (test_spin_until (pupil_window_open, f->window, TEST_TIMEOUT_MS));
  pupil_window = SENDCO_PUPIL_WINDOW (test_find_toplevel (SENDCO_TYPE_PUPIL_WINDOW,
                                                          GTK_WINDOW (f->window)));
  g_assert_cmpint (sendco_pupil_window_get_pupil_id (pupil_window), ==, f->khan);
  tabs = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (pupil_window),
                                                        SENDCO_TYPE_PUPIL_WINDOW, "pupil_stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (tabs), ==, "deadlines");

  tab = SENDCO_PUPIL_DEADLINES_PAGE (gtk_widget_get_template_child (GTK_WIDGET (pupil_window),
                                                                    SENDCO_TYPE_PUPIL_WINDOW,
                                                                    "deadlines_page"));
  gtk_window_set_default_size (GTK_WINDOW (pupil_window), 900, 900);
  test_show (GTK_WINDOW (pupil_window));
  g_assert_cmpstr (sendco_pupil_deadlines_page_get_view_name (tab), ==, "list");
  line = sendco_pupil_deadlines_page_dup_summary (tab);
  g_assert_cmpstr (line, ==, "1 overdue, 3 due in the next 14 days");
  list = sendco_pupil_deadlines_page_get_list (tab);
  g_assert_cmpuint (count_rows (list), ==, 5);
  test_spin (100);
  assert_label_style (GTK_WIDGET (list), "38 days overdue", "error");
  assert_label_style (GTK_WIDGET (list), "in 4 days", "warning");
  g_assert_true (test_has_label (GTK_WIDGET (list),
                                 "Start gathering the views of the child, parents and professionals"));
  g_assert_true (test_has_label (GTK_WIDGET (list),
                                 "Annual review · School\n"
                                 "Within 12 months of the previous review, or of the plan being issued\n"
                                 "Meeting planned for 10/12/2026"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (pupil_window));
  png = test_save_png (GTK_WIDGET (pupil_window), "pupil-deadlines-tab.png");

  /* Khan's invitations go out: the tab follows */
  {
    g_autoptr (GPtrArray) plans = sendco_store_list_ehc_plans (store (f), f->khan, NULL);
    g_autoptr (GPtrArray) reviews = NULL;
    g_autoptr (GError) error = NULL;
    SendcoAnnualReview *review;

    reviews = sendco_store_list_annual_reviews (store (f),
                                                ((SendcoEhcPlan *) g_ptr_array_index (plans, 0))->id,
                                                &error);
    g_assert_no_error (error);
    review = g_ptr_array_index (reviews, 0);
    sendco_record_set (&review->invitations_sent_on, "2026-11-20");
    g_assert_true (sendco_store_save_annual_review (store (f), review, &error));
    g_assert_no_error (error);
    g_assert_true (test_spin_until (tab_shows_four, tab, TEST_TIMEOUT_MS));
    g_clear_pointer (&line, g_free);
    line = sendco_pupil_deadlines_page_dup_summary (tab);
    g_assert_cmpstr (line, ==, "1 overdue, 2 due in the next 14 days");
  }

  /* Another of Khan's rows: the same window, back on the Deadlines tab */
  adw_view_stack_set_visible_child_name (tabs, "record");
  g_signal_emit_by_name (view, "activate", 3);
  test_spin (50);
  g_assert_cmpuint (count_pupil_windows (), ==, 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (tabs), ==, "deadlines");

  /* Patel's row: a second window */
  g_signal_emit_by_name (view, "activate", 2);
  test_spin (50);
  g_assert_cmpuint (count_pupil_windows (), ==, 2);
}

static void
test_pupil_tab_empty (Fixture *f, gconstpointer data)
{
  SendcoPupilWindow *pupil_window = sendco_pupil_window_new (GTK_WINDOW (f->window), store (f),
                                                             f->brown);
  SendcoPupilDeadlinesPage *tab;

  sendco_pupil_window_show_tab (pupil_window, "deadlines");
  test_show (GTK_WINDOW (pupil_window));
  tab = SENDCO_PUPIL_DEADLINES_PAGE (gtk_widget_get_template_child (GTK_WIDGET (pupil_window),
                                                                    SENDCO_TYPE_PUPIL_WINDOW,
                                                                    "deadlines_page"));
  g_assert_cmpstr (sendco_pupil_deadlines_page_get_view_name (tab), ==, "empty");
  g_assert_true (test_has_label (GTK_WIDGET (tab), "Nothing Is Due"));
  g_assert_true (test_has_label (GTK_WIDGET (tab),
                                 "There are no reviews or deadlines for Zoë Brown. They appear here "
                                 "when you add a support plan, an EHC needs assessment request or an "
                                 "EHC plan, and when a parent meeting is due this term."));
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autofree char *line = summary (f);

  g_assert_cmpstr (sendco_deadlines_page_get_view_name (page (f)), ==, "empty");
  g_assert_cmpstr (line, ==, "");
  test_spin (50);
  g_assert_true (test_has_label (GTK_WIDGET (page (f)), "Nothing Is Due"));
  g_assert_false (gtk_widget_get_sensitive (test_find_action_button (GTK_WIDGET (page (f)),
                                                                     "deadlines.export")));
  /* Its button goes to the register */
  test_click (test_find_action_button (GTK_WIDGET (page (f)), "win.show-page"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child (f, "school_stack")), ==, "register");
}

/* What the filters show, written as a workbook (the io tests read one back). */
static void
test_export (Fixture *f, gconstpointer data)
{
  g_autofree char *target = test_school_file (f->school, "la.xlsx");
  g_autofree char *missing = test_school_file (f->school, "nowhere/la.xlsx");
  g_autofree char *everything = test_school_file (f->school, "all.xlsx");
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize some = 0, all = 0;

  test_drop_down_choose (sendco_deadlines_page_get_owner_filter (page (f)), "Local authority");
  g_assert_true (sendco_deadlines_page_export (page (f), target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, &some, NULL));
  g_assert_true (some > 4 && memcmp (contents, "PK\x03\x04", 4) == 0);
  g_clear_pointer (&contents, g_free);

  gtk_drop_down_set_selected (sendco_deadlines_page_get_owner_filter (page (f)), 0);
  g_assert_true (sendco_deadlines_page_export (page (f), everything, &error));
  g_assert_true (g_file_get_contents (everything, &contents, &all, NULL));
  g_assert_cmpuint (all, >, some);

  g_assert_false (sendco_deadlines_page_export (page (f), missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* The calculator */

static const char *
row_date (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "numeric"))
    return gtk_label_get_text (GTK_LABEL (root));
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *found = row_date (c);

      if (found)
        return found;
    }
  return NULL;
}

/* "dd/mm/yyyy title" of each row shown, joined by "|" */
static char *
chain_text (SendcoDeadlineCalculator *calculator)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (calculator),
                                                               SENDCO_TYPE_DEADLINE_CALCULATOR,
                                                               "chain_list"));
  GString *out = g_string_new (NULL);

  if (!gtk_widget_get_visible (list))
    return g_string_free (out, FALSE);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (out, "%s%s %s", out->len ? "|" : "", row_date (row),
                            (const char *) g_object_get_data (G_OBJECT (row), "step"));
  return g_string_free (out, FALSE);
}

static void
type_date (SendcoDeadlineCalculator *calculator, const char *name, const char *text)
{
  SendcoDateEntry *entry = SENDCO_DATE_ENTRY (gtk_widget_get_template_child (GTK_WIDGET (calculator),
                                                                             SENDCO_TYPE_DEADLINE_CALCULATOR,
                                                                             name));

  gtk_editable_set_text (sendco_date_entry_get_editable (entry), text);
}

static gpointer
calculator_child (SendcoDeadlineCalculator *calculator, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (calculator), SENDCO_TYPE_DEADLINE_CALCULATOR, name);
}

/* Escape closes it: the class's own shortcut, run as a key press would. */
static void
press_escape (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, "Escape"))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           widget, NULL));
              return;
            }
        }
    }
  g_error ("%s has no Escape shortcut", G_OBJECT_TYPE_NAME (widget));
}

static void
test_calculator (Fixture *f, gconstpointer data)
{
  SendcoDeadlineCalculator *calculator = sendco_deadline_calculator_present (GTK_WINDOW (f->window));
  GtkLabel *hint = calculator_child (calculator, "hint_label");
  g_autofree char *png = NULL;
  char *got;

  g_object_add_weak_pointer (G_OBJECT (calculator), (gpointer *) &calculator);
  test_show (GTK_WINDOW (calculator));

  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "");
  g_free (got);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (hint), "Type the date the LA received"));

  /* Updates as you type */
  type_date (calculator, "received_entry", "05/01/2026");
  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "16/02/2026 decision-to-assess|27/04/2026 notice-no-plan|"
                            "25/05/2026 final-plan");
  g_free (got);
  test_spin (50);
  g_assert_true (test_has_label (GTK_WIDGET (calculator), "The final EHC plan is issued"));
  g_assert_true (test_has_label (GTK_WIDGET (calculator),
                                 "Local authority · 20 weeks from the LA receiving the request "
                                 "(SEND Regulations 2014, reg. 13)"));
  type_date (calculator, "draft_entry", "20/04/2026");
  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "16/02/2026 decision-to-assess|27/04/2026 notice-no-plan|"
                            "05/05/2026 draft-comments|25/05/2026 final-plan");
  g_free (got);
  test_spin (50);
  g_assert_true (test_has_label (GTK_WIDGET (calculator), "Parents · At least 15 calendar days from "
                                                          "the draft plan being sent"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (calculator));
  png = test_save_png (GTK_WIDGET (calculator), "deadline-calculator-request.png");
  g_clear_pointer (&png, g_free);

  /* A date that is not real: no chain, and it says why */
  type_date (calculator, "received_entry", "29/02/2025");
  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "");
  g_free (got);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (hint), "That is not a real date"));

  /* The annual review, with a phase transfer in 2027 */
  test_click (calculator_child (calculator, "review_toggle"));
  type_date (calculator, "meeting_entry", "2026-03-10");
  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "13/01/2026 gather-views|24/02/2026 invitations|"
                            "24/02/2026 papers-circulated|24/03/2026 report-to-la|"
                            "07/04/2026 la-decision|10/03/2027 next-review");
  g_free (got);
  type_date (calculator, "decision_entry", "01/04/2026");
  type_date (calculator, "notice_entry", "01/04/2026");
  adw_combo_row_set_selected (calculator_child (calculator, "transfer_row"), 1);
  g_assert_true (gtk_widget_get_visible (calculator_child (calculator, "year_row")));
  gtk_spin_button_set_value (calculator_child (calculator, "year_spin"), 2027);
  got = chain_text (calculator);
  g_assert_cmpstr (got, ==, "13/01/2026 gather-views|24/02/2026 invitations|"
                            "24/02/2026 papers-circulated|24/03/2026 report-to-la|"
                            "07/04/2026 la-decision|27/05/2026 amended-plan|"
                            "15/02/2027 transfer-deadline|10/03/2027 next-review|"
                            "01/04/2027 next-review-legal");
  g_free (got);
  test_spin (50);
  g_assert_true (test_has_label (GTK_WIDGET (calculator), "The law’s latest date for the next review"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (calculator));
  png = test_save_png (GTK_WIDGET (calculator), "deadline-calculator-review.png");

  /* A move between post-16 settings on 01/09/2027 */
  adw_combo_row_set_selected (calculator_child (calculator, "transfer_row"), 3);
  g_assert_false (gtk_widget_get_visible (calculator_child (calculator, "year_row")));
  g_assert_true (gtk_widget_get_visible (calculator_child (calculator, "move_row")));
  type_date (calculator, "move_entry", "01/09/2027");
  got = chain_text (calculator);
  g_assert_true (g_str_has_suffix (got, "|01/04/2027 next-review-legal|01/04/2027 transfer-deadline"));
  g_free (got);

  press_escape (GTK_WIDGET (calculator));
  test_spin_until_destroyed ((gpointer *) &calculator);
}

/* The notification */

static void
test_notification_text (Fixture *f, gconstpointer data)
{
  g_autofree char *title = NULL, *body = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (sendco_deadlines_summarise_week (store (f), &today, &title, &body));
  g_assert_cmpstr (title, ==, "3 overdue, 2 due this week");
  g_assert_cmpstr (body, ==,
                   "Ali Khan: Start gathering the views of the child, parents and professionals, 15/10/2026\n"
                   "Chidi Okafor: Send the review report to the LA and everyone invited, 16/11/2026\n"
                   "Maya Patel: The LA decides whether to assess and tells the parents, 16/11/2026\n"
                   "Ali Khan: Send invitations and requests for advice, 26/11/2026\n"
                   "and 1 more");
}

static void
test_notification_nothing (Fixture *f, gconstpointer data)
{
  g_autofree char *title = NULL, *body = NULL;

  g_assert_false (sendco_deadlines_summarise_week (store (f), NULL, &title, &body));
  g_assert_null (title);
  g_assert_null (body);
}

/* A notification server played by this test on the session bus. */
typedef struct
{
  char  *summary;
  char  *body;
  char **actions;
  guint  calls;
} Server;

static const char server_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "  </interface>"
  "</node>";

static void
on_server_call (GDBusConnection *connection, const char *sender, const char *path,
                const char *interface, const char *method, GVariant *parameters,
                GDBusMethodInvocation *invocation, gpointer user_data)
{
  Server *server = user_data;

  if (g_str_equal (method, "Notify"))
    {
      const char *summary, *body;
      g_autofree const char **actions = NULL;

      g_variant_get (parameters, "(&su&s&s&s^a&s@a{sv}i)", NULL, NULL, NULL, &summary, &body,
                     &actions, NULL, NULL);
      /* Only Sendco's deadlines: other tests' programs may share the bus */
      if (strstr (summary, "due this week"))
        {
          g_free (server->summary);
          g_free (server->body);
          g_strfreev (server->actions);
          server->summary = g_strdup (summary);
          server->body = g_strdup (body);
          server->actions = g_strdupv ((char **) actions);
          server->calls++;
        }
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", 42));
    }
  else if (g_str_equal (method, "GetCapabilities"))
    {
      const char *caps[] = { "body", "actions", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
    }
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static gboolean
notified (gpointer data)
{
  return ((Server *) data)->calls > 0;
}

static gboolean
on_deadlines_page (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (child (f, "school_stack")), "deadlines") == 0;
}

static void
test_notification (Fixture *f, gconstpointer data)
{
  static const GDBusInterfaceVTable vtable = { on_server_call, NULL, NULL, { 0 } };
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autoptr (GDBusNodeInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  Server server = { 0 };
  SendcoWindow *started;
  guint object_id, name_id;

  if (bus == NULL)
    {
      g_test_skip ("No session bus (run the tests with ./dev.sh test)");
      return;
    }

  /* The app starts on the file opened last, which has deadlines. */
  g_settings_set_string (sendco_application_get_settings (app), "last-database", f->school->path);
  test_destroy_toplevels ();

  info = g_dbus_node_info_new_for_xml (server_xml, &error);
  g_assert_no_error (error);
  object_id = g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications",
                                                 info->interfaces[0], &vtable, &server, NULL,
                                                 &error);
  g_assert_no_error (error);
  name_id = g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications",
                                          G_BUS_NAME_OWNER_FLAGS_REPLACE, NULL, NULL, NULL, NULL);
  test_spin (200);

  g_application_activate (G_APPLICATION (app));
  started = SENDCO_WINDOW (test_find_toplevel (SENDCO_TYPE_WINDOW, NULL));
  g_assert_nonnull (started);
  f->window = started;
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child (f, "school_stack")), ==, "register");

  if (!test_spin_until (notified, &server, TEST_TIMEOUT_MS))
    g_error ("No notification was sent");
  g_assert_cmpstr (server.summary, ==, "3 overdue, 2 due this week");
  g_assert_true (g_str_has_prefix (server.body, "Ali Khan: Start gathering the views of the child, "
                                                "parents and professionals, 15/10/2026\n"));
  g_assert_true (g_str_has_suffix (server.body, "\nand 1 more"));
  g_assert_true (g_strv_contains ((const char *const *) server.actions, "default"));

  /* Clicking it shows the Deadlines page */
  g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", 42, "default"), &error);
  g_assert_no_error (error);
  if (!test_spin_until (on_deadlines_page, f, TEST_TIMEOUT_MS))
    g_error ("Clicking the notification did not show the Deadlines page");

  /* Only once */
  test_spin (200);
  g_assert_cmpuint (server.calls, ==, 1);

  g_bus_unown_name (name_id);
  g_dbus_connection_unregister_object (bus, object_id);
  g_settings_reset (sendco_application_get_settings (app), "last-database");
  g_free (server.summary);
  g_free (server.body);
  g_strfreev (server.actions);
}

/* The app action alone, as a notification server would call it. */
static void
test_show_deadlines_action (Fixture *f, gconstpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "register");
  g_assert_false (on_deadlines_page (f));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-deadlines", NULL);
  g_assert_true (on_deadlines_page (f));
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

#define ADD(path, setup, func) \
  g_test_add ("/deadlines/" path, Fixture, NULL, setup, func, fixture_tear_down)

  ADD ("page/list", fixture_set_up, test_list);
  ADD ("page/filters", fixture_set_up, test_filters);
  ADD ("page/follows-store", fixture_set_up, test_follows_store);
  ADD ("page/read-when-shown", fixture_set_up_register, test_read_when_shown);
  ADD ("page/open-pupil", fixture_set_up, test_open_pupil);
  ADD ("page/empty", fixture_set_up_empty, test_empty);
  ADD ("page/export", fixture_set_up, test_export);
  ADD ("pupil-tab/empty", fixture_set_up, test_pupil_tab_empty);
  ADD ("calculator", fixture_set_up, test_calculator);
  ADD ("notification/text", fixture_set_up, test_notification_text);
  ADD ("notification/nothing-due", fixture_set_up_empty, test_notification_nothing);
  ADD ("notification/sent-and-clicked", fixture_set_up, test_notification);
  ADD ("notification/show-deadlines-action", fixture_set_up, test_show_deadlines_action);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
