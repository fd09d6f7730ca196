/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Support tab of a pupil's record on a real school file: writing a
 * support plan through its editor (and the editor refusing a review date
 * before the start), holding a review that carries the unfinished outcomes
 * into the next cycle while the earlier one stays readable, recording parent
 * meetings against the three a year the Code expects (never a future date),
 * deleting one and bringing it back with Undo, and writing, printing and
 * exporting the pupil passport. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sendco-cycle-window.h"
#include "sendco-date-entry.h"
#include "sendco-meeting-dialog.h"
#include "sendco-passport-export.h"
#include "sendco-passport-print.h"
#include "sendco-passport-window.h"
#include "sendco-plan-window.h"
#include "sendco-pupil-support-page.h"
#include "sendco-pupil-window.h"
#include "sendco-review-window.h"

typedef struct
{
  TestSchool             *school;
  SendcoPupil            *carter;   /* K, SEMH, year 5 */
  SendcoPupil            *foster;   /* N */
  SendcoPupilWindow      *window;
  SendcoPupilSupportPage *page;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  f->carter = test_add_pupil (f->school->store, "Carter", "Amy", 5, "K", "SEMH", NULL, 0, "2025-09-08");
  f->foster = test_add_pupil (f->school->store, "Foster", "Jack", 6, "N", NULL, NULL, 0, "2025-09-03");
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

static gpointer
window_child (gpointer window, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), type, name);

  g_assert_nonnull (object);
  return object;
}

/* The pupil's record on the Support tab, as a SENDCO opens it. */
static void
open_support (Fixture *f, SendcoPupil *pupil)
{
  f->window = sendco_pupil_window_new (NULL, f->school->store, sendco_pupil_get_id (pupil));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (window_child (f->window, SENDCO_TYPE_PUPIL_WINDOW,
                                                                      "pupil_stack")),
                                         "support");
  f->page = SENDCO_PUPIL_SUPPORT_PAGE (window_child (f->window, SENDCO_TYPE_PUPIL_WINDOW, "support_page"));
  g_assert_true (SENDCO_IS_PUPIL_SUPPORT_PAGE (f->page));
  test_show (GTK_WINDOW (f->window));
}

static gpointer
page_child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->page), SENDCO_TYPE_PUPIL_SUPPORT_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static GtkEditable *
date_text (gpointer entry)
{
  return sendco_date_entry_get_editable (SENDCO_DATE_ENTRY (entry));
}

static GtkEditable *
row_in (GtkWidget *group, const char *title)
{
  GtkWidget *row = test_find_widget (group, ADW_TYPE_ENTRY_ROW, title);

  if (row == NULL)
    g_error ("No row “%s”", title);
  return GTK_EDITABLE (row);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static gboolean
enabled (GtkWidget *window, const char *action)
{
  GtkWidget *button = test_find_action_button (window, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static GPtrArray *
plans_of (Fixture *f, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *plans = sendco_store_list_support_plans (f->school->store, sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  return plans;
}

static GPtrArray *
meetings_of (Fixture *f, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *meetings = sendco_store_list_parent_meetings (f->school->store, sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  return meetings;
}

static gboolean
label_contains (GtkWidget *root, const char *part)
{
  g_autoptr (GPtrArray) texts = test_collect_labels (root);

  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), part))
      return TRUE;
  return FALSE;
}

static guint
count_labels (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) texts = test_collect_labels (root);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += g_str_equal (g_ptr_array_index (texts, i), text);
  return n;
}

static void
save_png (GtkWidget *window, const char *name)
{
  g_autofree char *path = NULL;

  g_assert_true (gtk_widget_get_mapped (window));
  gtk_test_widget_wait_for_draw (window);
  path = test_save_png (window, name);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A plan put straight into the store: cycle 1 from 7 September, due 20 November. */
static SendcoSupportPlan *
store_plan (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  SendcoSupportPlan *plan = sendco_support_plan_new ();
  const char *outcomes[][3] = {
    { "semh", "Amy will use her calm card to ask for a break", "Uses the card unprompted 3 times a week" },
    { "communication", "Amy will take turns in a small-group conversation", "Waits for her turn in 4 of 5 sessions" },
    { "cognition", "Amy will read 40 common exception words", "Reads 40 words on sight" },
  };

  plan->pupil_id = sendco_pupil_get_id (f->carter);
  sendco_record_set (&plan->start_date, "2026-09-07");
  sendco_record_set (&plan->review_date, "2026-11-20");
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      SendcoOutcome *outcome = sendco_outcome_new ();

      sendco_record_set (&outcome->area, outcomes[i][0]);
      sendco_record_set (&outcome->outcome, outcomes[i][1]);
      sendco_record_set (&outcome->success, outcomes[i][2]);
      sendco_record_set (&outcome->strategies, "Visual timetable; pre-teaching");
      sendco_record_set (&outcome->provision, "Nurture group, twice a week");
      g_ptr_array_add (plan->outcomes, outcome);
    }
  g_assert_true (sendco_store_save_support_plan (f->school->store, plan, &error));
  g_assert_no_error (error);
  return plan;
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  open_support (f, f->carter);

  /* No plan: a way to start one, and nothing to edit or review. */
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "No support plan is open"));
  g_assert_false (gtk_widget_get_visible (page_child (f, "plan_buttons")));
  g_assert_true (enabled (GTK_WIDGET (f->page), "support.new-plan"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "None yet"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "No meetings recorded yet"));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (page_child (f, "meetings_group")),
                                   "0 of 3 this school year, since 01/09/2026."));
  g_assert_cmpuint (sendco_pupil_support_page_get_meetings_this_year (f->page), ==, 0);
  /* The five headings of the passport, none written yet. */
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "About me"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "What’s important to me"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "What people like and admire about me"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "How best to support me"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "My strengths"));
  g_assert_cmpuint (count_labels (GTK_WIDGET (f->page), "Not written yet"), ==, 5);
  save_png (GTK_WIDGET (f->window), "support-page-empty.png");
  gtk_window_destroy (GTK_WINDOW (f->window));
  test_spin_until_destroyed ((gpointer *) &f->window);

  /* A pupil not on the register is told what plans are for, and may still start one. */
  open_support (f, f->foster);
  g_assert_true (label_contains (GTK_WIDGET (f->page), "Support plans are for pupils at SEN support or with an EHC plan"));
  g_assert_true (enabled (GTK_WIDGET (f->page), "support.new-plan"));
}

static SendcoPlanWindow *
open_plan_window (Fixture *f, const char *action)
{
  SendcoPlanWindow *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  window = SENDCO_PLAN_WINDOW (test_find_toplevel (SENDCO_TYPE_PLAN_WINDOW, GTK_WINDOW (f->window)));
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
fill_outcome (SendcoPlanWindow *window, guint index, const char *outcome, const char *success,
              const char *strategies, const char *provision)
{
  GtkWidget *group = sendco_plan_window_get_outcome_group (window, index);

  gtk_editable_set_text (row_in (group, "Outcome: what the pupil will achieve"), outcome);
  gtk_editable_set_text (row_in (group, "What success looks like"), success);
  gtk_editable_set_text (row_in (group, "Strategies"), strategies);
  gtk_editable_set_text (row_in (group, "Provision"), provision);
}

static void
test_create_plan (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plans = NULL;
  SendcoPlanWindow *window;
  GtkWidget *group;
  SendcoSupportPlan *plan;
  SendcoOutcome *first, *second;

  open_support (f, f->carter);
  window = open_plan_window (f, "support.new-plan");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* It starts today and is reviewed a term later, with one blank outcome in
   * the area of the pupil's primary need (SEMH). */
  g_assert_cmpstr (gtk_editable_get_text (date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "start_entry"))),
                   ==, "22/11/2026");
  g_assert_cmpstr (gtk_editable_get_text (date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "review_entry"))),
                   ==, "14/02/2027");
  g_assert_cmpuint (sendco_plan_window_get_n_outcomes (window), ==, 1);
  group = sendco_plan_window_get_outcome_group (window, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (test_find_widget (group, ADW_TYPE_COMBO_ROW, "Area of need"))),
                    ==, 2);
  g_assert_false (enabled (GTK_WIDGET (window), "plan.save"));
  g_assert_cmpstr (sendco_plan_window_get_problem (window), ==,
                   "Outcome 1 needs a description of what the pupil will achieve.");

  /* The start moves back to the start of term: the review follows it. */
  gtk_editable_set_text (date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "start_entry")), "7/9/2026");
  g_assert_cmpstr (gtk_editable_get_text (date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "review_entry"))),
                   ==, "30/11/2026");

  fill_outcome (window, 0, "Amy will use her calm card to ask for a break",
                "Uses the card unprompted 3 times a week", "Calm card on her desk; adult models it",
                "Nurture group, twice a week");
  g_assert_null (sendco_plan_window_get_problem (window));

  /* A second outcome, in another area, moved to the top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.add-outcome", NULL));
  g_assert_cmpuint (sendco_plan_window_get_n_outcomes (window), ==, 2);
  g_assert_false (enabled (GTK_WIDGET (window), "plan.save"));
  group = sendco_plan_window_get_outcome_group (window, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (test_find_widget (group, ADW_TYPE_COMBO_ROW, "Area of need")), 0);
  fill_outcome (window, 1, "Amy will take turns in a small-group conversation",
                "Waits for her turn in 4 of 5 sessions", "Talking tokens", "Speech and language group");
  test_click (test_find_widget (group, GTK_TYPE_BUTTON, NULL) /* the first is Move Up */);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (sendco_plan_window_get_outcome_group (window, 0))),
                   ==, "Outcome 1");
  g_assert_true (sendco_plan_window_get_outcome_group (window, 0) == group);
  save_png (GTK_WIDGET (window), "plan-window.png");

  g_assert_true (enabled (GTK_WIDGET (window), "plan.save"));
  test_click (test_find_action_button (GTK_WIDGET (window), "plan.save"));
  test_spin_until_destroyed ((gpointer *) &window);

  /* Read back from the store. */
  plans = plans_of (f, f->carter);
  g_assert_cmpuint (plans->len, ==, 1);
  plan = g_ptr_array_index (plans, 0);
  g_assert_cmpint (plan->cycle, ==, 1);
  g_assert_false (plan->reviewed);
  g_assert_cmpstr (plan->start_date, ==, "2026-09-07");
  g_assert_cmpstr (plan->review_date, ==, "2026-11-30");
  g_assert_cmpuint (plan->outcomes->len, ==, 2);
  first = g_ptr_array_index (plan->outcomes, 0);
  second = g_ptr_array_index (plan->outcomes, 1);
  g_assert_cmpstr (first->area, ==, "communication");
  g_assert_cmpstr (first->outcome, ==, "Amy will take turns in a small-group conversation");
  g_assert_cmpstr (first->success, ==, "Waits for her turn in 4 of 5 sessions");
  g_assert_cmpstr (first->strategies, ==, "Talking tokens");
  g_assert_cmpstr (first->provision, ==, "Speech and language group");
  g_assert_cmpstr (second->area, ==, "semh");
  g_assert_cmpstr (second->outcome, ==, "Amy will use her calm card to ask for a break");
  g_assert_cmpint (second->carried_from, ==, 0);

  /* The tab shows the open cycle and its outcomes. */
  g_assert_true (gtk_widget_get_visible (page_child (f, "plan_buttons")));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Cycle 1, started on 07/09/2026"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "To be reviewed on 30/11/2026"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Amy will take turns in a small-group conversation"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Communication and interaction"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Nurture group, twice a week"));
  g_assert_cmpuint (n_rows (page_child (f, "plan_list")), ==, 3);
  save_png (GTK_WIDGET (f->window), "support-page-plan.png");

  /* Editing it: one outcome removed, the review date moved. */
  window = open_plan_window (f, "support.edit-plan");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_cmpuint (sendco_plan_window_get_n_outcomes (window), ==, 2);
  g_assert_false (enabled (GTK_WIDGET (window), "plan.save"));   /* nothing changed yet */
  {
    /* Move Up is off for the first outcome; its Remove button is the third. */
    GtkWidget *up = test_find_widget (sendco_plan_window_get_outcome_group (window, 0), GTK_TYPE_BUTTON, NULL);
    GtkWidget *remove = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (up));

    g_assert_false (gtk_widget_is_sensitive (up));
    test_click (remove);
  }
  gtk_editable_set_text (date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "review_entry")), "4/12/2026");
  test_click (test_find_action_button (GTK_WIDGET (window), "plan.save"));
  test_spin_until_destroyed ((gpointer *) &window);

  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = plans_of (f, f->carter);
  plan = g_ptr_array_index (plans, 0);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpstr (plan->review_date, ==, "2026-12-04");
  g_assert_cmpuint (plan->outcomes->len, ==, 1);
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (plan->outcomes, 0))->outcome, ==,
                   "Amy will use her calm card to ask for a break");
  g_assert_false (test_has_label (GTK_WIDGET (f->page), "Amy will take turns in a small-group conversation"));
}

static void
test_plan_validation (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plans = NULL;
  SendcoPlanWindow *window;
  GtkEditable *start, *review;
  AdwMessageDialog *dialog;
  GtkRevealer *revealer;

  open_support (f, f->carter);
  window = open_plan_window (f, "support.new-plan");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  start = date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "start_entry"));
  review = date_text (window_child (window, SENDCO_TYPE_PLAN_WINDOW, "review_entry"));
  revealer = window_child (window, SENDCO_TYPE_PLAN_WINDOW, "problem_revealer");
  fill_outcome (window, 0, "Amy will read 40 common exception words", "", "", "");
  g_assert_true (enabled (GTK_WIDGET (window), "plan.save"));

  /* A review before the plan starts is refused, in plain words. */
  gtk_editable_set_text (start, "07/09/2026");
  gtk_editable_set_text (review, "01/09/2026");
  g_assert_cmpstr (sendco_plan_window_get_problem (window), ==,
                   "The review date cannot be before the plan starts, on 07/09/2026.");
  g_assert_false (enabled (GTK_WIDGET (window), "plan.save"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (test_has_label (GTK_WIDGET (window),
                                 "The review date cannot be before the plan starts, on 07/09/2026."));
  save_png (GTK_WIDGET (window), "plan-window-problem.png");

  /* Activating Save anyway (Ctrl+S) writes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.save", NULL);
  g_assert_nonnull (window);

  gtk_editable_set_text (review, "31/02/2027");
  g_assert_cmpstr (sendco_plan_window_get_problem (window), ==,
                   "Give the date the plan is to be reviewed, like 11/12/2026.");
  gtk_editable_set_text (review, "07/09/2026");   /* the same day is allowed */
  g_assert_null (sendco_plan_window_get_problem (window));

  /* With no outcomes there is nothing to plan. */
  test_click (gtk_widget_get_last_child (gtk_widget_get_parent (
    test_find_widget (sendco_plan_window_get_outcome_group (window, 0), GTK_TYPE_BUTTON, NULL))));
  g_assert_cmpuint (sendco_plan_window_get_n_outcomes (window), ==, 0);
  g_assert_cmpstr (sendco_plan_window_get_problem (window), ==,
                   "Add at least one outcome: something the pupil will work towards this cycle.");

  /* Escape with changes asks first; Keep Editing keeps them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  test_spin (50);
  g_assert_nonnull (window);
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  test_respond (dialog, "cancel");
  test_spin (50);
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_editable_get_text (review), ==, "07/09/2026");

  gtk_window_close (GTK_WINDOW (window));
  test_spin (50);
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  test_respond (dialog, "discard");
  test_spin_until_destroyed ((gpointer *) &window);

  plans = plans_of (f, f->carter);
  g_assert_cmpuint (plans->len, ==, 0);

  /* Unchanged, it closes without asking. */
  window = open_plan_window (f, "support.new-plan");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  test_spin_until_destroyed ((gpointer *) &window);
  g_assert_null (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
}

static void
choose_progress (SendcoReviewWindow *window, guint index, const char *label, const char *note)
{
  GtkWidget *group = sendco_review_window_get_outcome_group (window, index);
  GtkWidget *button = test_find_widget (group, GTK_TYPE_TOGGLE_BUTTON, label);

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  if (note)
    gtk_editable_set_text (row_in (group, "Note on progress"), note);
}

static SendcoReviewWindow *
open_review_window (Fixture *f)
{
  SendcoReviewWindow *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "support.hold-review", NULL));
  window = SENDCO_REVIEW_WINDOW (test_find_toplevel (SENDCO_TYPE_REVIEW_WINDOW, GTK_WINDOW (f->window)));
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
test_hold_review (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoSupportPlan) first = store_plan (f);
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (SendcoPlanReview) review = NULL;
  SendcoReviewWindow *window;
  SendcoCycleWindow *cycle;
  GtkEditable *held, *next;
  SendcoSupportPlan *now, *before;
  GtkWidget *row;

  open_support (f, f->carter);
  /* Due on 20 November, two days ago. */
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Review overdue"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "The review was due on 20/11/2026"));

  window = open_review_window (f);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  held = date_text (window_child (window, SENDCO_TYPE_REVIEW_WINDOW, "held_entry"));
  next = date_text (window_child (window, SENDCO_TYPE_REVIEW_WINDOW, "next_review_entry"));

  /* Held today unless said otherwise; the next review a term on; the next
   * cycle starts by default. */
  g_assert_cmpstr (gtk_editable_get_text (held), ==, "22/11/2026");
  g_assert_cmpstr (gtk_editable_get_text (next), ==, "14/02/2027");
  g_assert_true (gtk_switch_get_active (window_child (window, SENDCO_TYPE_REVIEW_WINDOW, "next_cycle_switch")));
  g_assert_false (enabled (GTK_WIDGET (window), "review.save"));
  g_assert_cmpstr (sendco_review_window_get_problem (window), ==,
                   "Record the progress on outcome 1: achieved, partly or not yet.");

  /* It happened on Friday; the next review follows. Not in the future. */
  gtk_editable_set_text (held, "23/11/2026");
  g_assert_cmpstr (sendco_review_window_get_problem (window), ==,
                   "The review cannot have been held in the future: record it once it has happened.");
  gtk_editable_set_text (held, "20/11/2026");
  g_assert_cmpstr (gtk_editable_get_text (next), ==, "12/02/2027");

  gtk_editable_set_text (row_in (GTK_WIDGET (window), "Who attended"), "Amy, Mum, Miss Patel (class teacher), SENDCO");
  gtk_editable_set_text (row_in (GTK_WIDGET (window), "The pupil’s views"), "I like the calm card.");
  gtk_editable_set_text (row_in (GTK_WIDGET (window), "Parents’ views"), "Mum says mornings are easier.");
  choose_progress (window, 0, "Achieved", "Uses it most days now");
  choose_progress (window, 1, "Partly", "Better in small groups");
  g_assert_cmpstr (sendco_review_window_get_problem (window), ==,
                   "Record the progress on outcome 3: achieved, partly or not yet.");
  choose_progress (window, 2, "Not yet", NULL);
  gtk_editable_set_text (row_in (GTK_WIDGET (window), "Next steps agreed"), "Keep the nurture group; add phonics");
  g_assert_null (sendco_review_window_get_problem (window));
  save_png (GTK_WIDGET (window), "review-window.png");

  test_click (test_find_action_button (GTK_WIDGET (window), "review.save"));
  test_spin_until_destroyed ((gpointer *) &window);

  /* Cycle 1 is reviewed with its progress; cycle 2 is open from the day of
   * the review with only the two unfinished outcomes, carried over. */
  plans = plans_of (f, f->carter);
  g_assert_cmpuint (plans->len, ==, 2);
  now = g_ptr_array_index (plans, 0);
  before = g_ptr_array_index (plans, 1);
  g_assert_cmpint (now->cycle, ==, 2);
  g_assert_false (now->reviewed);
  g_assert_cmpstr (now->start_date, ==, "2026-11-20");
  g_assert_cmpstr (now->review_date, ==, "2027-02-12");
  g_assert_cmpuint (now->outcomes->len, ==, 2);
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (now->outcomes, 0))->outcome, ==,
                   "Amy will take turns in a small-group conversation");
  g_assert_cmpint (((SendcoOutcome *) g_ptr_array_index (now->outcomes, 0))->carried_from, ==,
                   ((SendcoOutcome *) g_ptr_array_index (first->outcomes, 1))->id);
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (now->outcomes, 1))->outcome, ==,
                   "Amy will read 40 common exception words");
  g_assert_cmpint (((SendcoOutcome *) g_ptr_array_index (now->outcomes, 1))->carried_from, ==,
                   ((SendcoOutcome *) g_ptr_array_index (first->outcomes, 2))->id);

  g_assert_cmpint (before->cycle, ==, 1);
  g_assert_true (before->reviewed);
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (before->outcomes, 0))->progress, ==, "achieved");
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (before->outcomes, 0))->progress_note, ==,
                   "Uses it most days now");
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (before->outcomes, 1))->progress, ==, "partly");
  g_assert_cmpstr (((SendcoOutcome *) g_ptr_array_index (before->outcomes, 2))->progress, ==, "not-yet");

  review = sendco_store_get_plan_review (f->school->store, before->id, NULL);
  g_assert_nonnull (review);
  g_assert_cmpstr (review->held_on, ==, "2026-11-20");
  g_assert_cmpstr (review->attendees, ==, "Amy, Mum, Miss Patel (class teacher), SENDCO");
  g_assert_cmpstr (review->pupil_views, ==, "I like the calm card.");
  g_assert_cmpstr (review->parent_views, ==, "Mum says mornings are easier.");
  g_assert_cmpstr (review->next_steps, ==, "Keep the nurture group; add phonics");
  g_assert_cmpuint (strlen (review->recorded_at), >=, 10);

  /* The tab: cycle 2 with the outcomes marked as carried over... */
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Cycle 2, started on 20/11/2026"));
  g_assert_cmpuint (count_labels (GTK_WIDGET (f->page), "Carried over from cycle 1"), ==, 2);
  g_assert_false (test_has_label (GTK_WIDGET (f->page), "Review overdue"));
  /* ...and cycle 1 among the earlier cycles, still readable. */
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Cycle 1, started on 07/09/2026"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Reviewed on 20/11/2026 · 1 achieved, 1 partly, 1 not yet"));
  save_png (GTK_WIDGET (f->window), "support-page-reviewed.png");

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (page_child (f, "earlier_list"), 0));
  test_click (row);
  cycle = SENDCO_CYCLE_WINDOW (test_find_toplevel (SENDCO_TYPE_CYCLE_WINDOW, GTK_WINDOW (f->window)));
  g_assert_nonnull (cycle);
  g_object_add_weak_pointer (G_OBJECT (cycle), (gpointer *) &cycle);
  test_show (GTK_WINDOW (cycle));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (cycle)), ==, "Support Plan, Cycle 1");
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Amy will use her calm card to ask for a break"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Achieved"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Partly achieved"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Not yet achieved"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Uses it most days now"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Amy, Mum, Miss Patel (class teacher), SENDCO"));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Mum says mornings are easier."));
  g_assert_true (test_has_label (GTK_WIDGET (cycle), "Keep the nurture group; add phonics"));
  g_assert_true (label_contains (GTK_WIDGET (cycle), "20/11/2026"));
  save_png (GTK_WIDGET (cycle), "cycle-window.png");
  gtk_widget_activate_action (GTK_WIDGET (cycle), "window.close", NULL);
  test_spin_until_destroyed ((gpointer *) &cycle);
}

static void
test_review_ends_plan (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoSupportPlan) first = store_plan (f);
  g_autoptr (GPtrArray) plans = NULL;
  SendcoReviewWindow *window;

  open_support (f, f->carter);
  window = open_review_window (f);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  for (guint i = 0; i < 3; i++)
    choose_progress (window, i, "Achieved", NULL);
  /* No next cycle: the next review date is not asked for. */
  gtk_switch_set_active (window_child (window, SENDCO_TYPE_REVIEW_WINDOW, "next_cycle_switch"), FALSE);
  g_assert_false (gtk_widget_get_visible (window_child (window, SENDCO_TYPE_REVIEW_WINDOW, "next_review_row")));
  g_assert_null (sendco_review_window_get_problem (window));
  test_click (test_find_action_button (GTK_WIDGET (window), "review.save"));
  test_spin_until_destroyed ((gpointer *) &window);

  plans = plans_of (f, f->carter);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_true (((SendcoSupportPlan *) g_ptr_array_index (plans, 0))->reviewed);
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "No support plan is open"));
  g_assert_true (label_contains (GTK_WIDGET (f->page), "The last cycle was reviewed without starting another"));
  g_assert_true (enabled (GTK_WIDGET (f->page), "support.new-plan"));
}

static SendcoMeetingDialog *
open_meeting_dialog (Fixture *f)
{
  SendcoMeetingDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "support.record-meeting", NULL));
  dialog = SENDCO_MEETING_DIALOG (test_find_toplevel (SENDCO_TYPE_MEETING_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

typedef struct
{
  Fixture *f;
  guint    n;
} MeetingCount;

static gboolean
has_meetings (gpointer data)
{
  MeetingCount *count = data;
  g_autoptr (GPtrArray) meetings = meetings_of (count->f, count->f->carter);

  return meetings->len == count->n;
}

static void
record_meeting (Fixture *f, const char *date, const char *with_whom, const char *notes, guint expect)
{
  SendcoMeetingDialog *dialog = open_meeting_dialog (f);
  MeetingCount count = { f, expect };

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  sendco_meeting_dialog_choose (dialog, date, with_whom, notes);
  g_assert_null (sendco_meeting_dialog_get_problem (dialog));
  test_respond (ADW_MESSAGE_DIALOG (dialog), "record");
  g_assert_true (test_spin_until (has_meetings, &count, TEST_TIMEOUT_MS));
  test_spin_until_destroyed ((gpointer *) &dialog);
}

static void
test_parent_meetings (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) meetings = NULL;
  g_autoptr (SendcoParentMeeting) last_year = sendco_parent_meeting_new ();
  g_autoptr (GError) error = NULL;
  SendcoMeetingDialog *dialog;
  SendcoParentMeeting *newest;
  MeetingCount three = { f, 3 };

  /* One from last school year, which does not count towards this one. */
  last_year->pupil_id = sendco_pupil_get_id (f->carter);
  sendco_record_set (&last_year->held_on, "2026-07-14");
  sendco_record_set (&last_year->with_whom, "Dad");
  g_assert_true (sendco_store_add_parent_meeting (f->school->store, last_year, &error));
  g_assert_no_error (error);

  open_support (f, f->carter);
  g_assert_cmpuint (sendco_pupil_support_page_get_meetings_this_year (f->page), ==, 0);

  /* Today by default; a future date is refused. */
  dialog = open_meeting_dialog (f);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_null (sendco_meeting_dialog_get_problem (dialog));
  sendco_meeting_dialog_choose (dialog, "23/11/2026", "Mum", NULL);
  g_assert_cmpstr (sendco_meeting_dialog_get_problem (dialog), ==,
                   "Record a meeting once it has happened: that date is in the future.");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));
  sendco_meeting_dialog_choose (dialog, "12/10/2026", "Mum and Miss Patel", "Talked about homework and mornings.");
  g_assert_null (sendco_meeting_dialog_get_problem (dialog));
  test_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  test_spin_until_destroyed ((gpointer *) &dialog);
  meetings = meetings_of (f, f->carter);
  g_assert_cmpuint (meetings->len, ==, 1);   /* cancelled: nothing new */
  g_clear_pointer (&meetings, g_ptr_array_unref);

  record_meeting (f, "12/10/2026", "Mum and Miss Patel", "Talked about homework and mornings.", 2);
  record_meeting (f, "15/9/2026", "Mum", "", 3);

  meetings = meetings_of (f, f->carter);
  newest = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (newest->held_on, ==, "2026-10-12");
  g_assert_cmpstr (newest->with_whom, ==, "Mum and Miss Patel");
  g_assert_cmpstr (newest->notes, ==, "Talked about homework and mornings.");

  /* Two this school year (since 1 September), of the three expected. */
  g_assert_cmpuint (sendco_pupil_support_page_get_meetings_this_year (f->page), ==, 2);
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (page_child (f, "meetings_group")),
                                   "2 of 3 this school year, since 01/09/2026."));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "12/10/2026 · Mum and Miss Patel"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "15/09/2026 · Mum"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "14/07/2026 · Dad"));
  save_png (GTK_WIDGET (f->window), "support-page-meetings.png");

  /* Deleting the newest: gone at once, with Undo on offer. */
  test_click (test_find_action_button (GTK_WIDGET (f->page), "support.delete-meeting"));
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = meetings_of (f, f->carter);
  g_assert_cmpuint (meetings->len, ==, 2);
  g_assert_cmpstr (((SendcoParentMeeting *) g_ptr_array_index (meetings, 0))->held_on, ==, "2026-09-15");
  g_assert_cmpuint (sendco_pupil_support_page_get_meetings_this_year (f->page), ==, 1);
  g_assert_false (test_has_label (GTK_WIDGET (f->page), "12/10/2026 · Mum and Miss Patel"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "support.undo-delete", NULL));
  g_assert_true (test_spin_until (has_meetings, &three, TEST_TIMEOUT_MS));

  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = meetings_of (f, f->carter);
  newest = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (newest->held_on, ==, "2026-10-12");
  g_assert_cmpstr (newest->with_whom, ==, "Mum and Miss Patel");
  g_assert_cmpstr (newest->notes, ==, "Talked about homework and mornings.");
  g_assert_cmpuint (sendco_pupil_support_page_get_meetings_this_year (f->page), ==, 2);
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "12/10/2026 · Mum and Miss Patel"));

  /* Undo works once. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "support.undo-delete", NULL);
  test_spin (20);
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = meetings_of (f, f->carter);
  g_assert_cmpuint (meetings->len, ==, 3);
}

static const char *passport_texts[] = {
  "I am nine and I live with my mum and my little brother Alfie. I love drawing dragons.",
  "My dog Biscuit. Knowing what is happening next.",
  "I am kind to younger children and I make people laugh.",
  "Tell me about changes before they happen. Give me one instruction at a time.",
  "Drawing, times tables and looking after the class plants.",
};

static void
write_passport (Fixture *f)
{
  g_autoptr (SendcoPassport) saved = NULL;
  SendcoPassportWindow *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "support.edit-passport", NULL));
  window = SENDCO_PASSPORT_WINDOW (test_find_toplevel (SENDCO_TYPE_PASSPORT_WINDOW, GTK_WINDOW (f->window)));
  g_assert_nonnull (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (enabled (GTK_WIDGET (window), "passport.save"));

  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (sendco_passport_window_get_text_view (window, s)),
                              passport_texts[s], -1);
  g_assert_true (enabled (GTK_WIDGET (window), "passport.save"));
  save_png (GTK_WIDGET (window), "passport-window.png");
  test_click (test_find_action_button (GTK_WIDGET (window), "passport.save"));
  test_spin_until_destroyed ((gpointer *) &window);

  saved = sendco_store_get_passport (f->school->store, sendco_pupil_get_id (f->carter), NULL);
  g_assert_cmpstr (saved->about_me, ==, passport_texts[0]);
  g_assert_cmpstr (saved->important, ==, passport_texts[1]);
  g_assert_cmpstr (saved->admire, ==, passport_texts[2]);
  g_assert_cmpstr (saved->support, ==, passport_texts[3]);
  g_assert_cmpstr (saved->strengths, ==, passport_texts[4]);
  g_assert_cmpstr (saved->updated_on, ==, "2026-11-22");
}

/* The output of a poppler tool on @pdf, or NULL when it is not installed. */
static char *
run (const char *program, const char *pdf, const char *extra)
{
  g_autofree char *found = g_find_program_in_path (program);
  const char *argv[] = { found, pdf, extra, NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (found == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_passport (Fixture *f, gconstpointer data)
{
  g_autofree char *pdf = test_school_file (f->school, "passport.pdf");
  g_autofree char *gone = test_school_file (f->school, "gone/passport.pdf");
  AdwMessageDialog *alert;

  open_support (f, f->carter);
  write_passport (f);

  /* The tab shows what was written, and when. */
  for (guint i = 0; i < G_N_ELEMENTS (passport_texts); i++)
    g_assert_true (test_has_label (GTK_WIDGET (f->page), passport_texts[i]));
  g_assert_cmpuint (count_labels (GTK_WIDGET (f->page), "Not written yet"), ==, 0);
  g_assert_true (strstr (adw_preferences_group_get_description (page_child (f, "passport_group")),
                         "Last updated on 22/11/2026.") != NULL);
  save_png (GTK_WIDGET (f->window), "support-page-passport.png");

  /* Export PDF, as the file chooser does once a name is chosen. */
  g_assert_true (sendco_pupil_support_page_export_passport (f->page, pdf));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *text = run ("pdftotext", pdf, "-");

    if (text)
      {
        g_assert_nonnull (strstr (text, "Amy Carter"));
        g_assert_nonnull (strstr (text, "How best to support me"));
        g_assert_nonnull (strstr (text, "Give me one instruction at a time."));
        g_assert_nonnull (strstr (text, "Oak Hill Primary"));
      }
  }

  /* A folder that has gone: a plain error, and no file. */
  g_assert_false (sendco_pupil_support_page_export_passport (f->page, gone));
  alert = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (f->window)));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "The Passport Was Not Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (alert), "does not exist"));
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  test_respond (alert, "close");
}

static void
test_print (Fixture *f, gconstpointer data)
{
  g_autofree char *pdf = test_school_file (f->school, "printed.pdf");
  g_autofree char *info = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPassportPage) page = NULL;
  g_autoptr (SendcoPassportPrint) print = NULL;
  GtkPrintOperationResult result;

  open_support (f, f->carter);
  write_passport (f);

  /* Printing goes through GtkPrintOperation with the same drawing; here it
   * prints to a PDF file instead of a printer. */
  page = sendco_passport_page_for_pupil (f->school->store, sendco_pupil_get_id (f->carter), &error);
  g_assert_no_error (error);
  print = sendco_passport_print_new (page);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (f->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  info = run ("pdfinfo", pdf, NULL);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));

  {
    g_autofree char *text = run ("pdftotext", pdf, "-");

    g_assert_nonnull (strstr (text, "Amy Carter"));
    g_assert_nonnull (strstr (text, "My strengths"));
    g_assert_nonnull (strstr (text, "looking after the class plants."));
  }

  /* A picture of the printed page, to look at. */
  {
    g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
    g_autofree char *png = g_build_filename (g_test_get_dir (G_TEST_BUILT), "app", "passport-printed", NULL);
    const char *argv[] = { pdftoppm, "-png", "-r", "72", "-singlefile", pdf, png, NULL };

    if (pdftoppm)
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   NULL, NULL, NULL, NULL));
  }

  /* The Print and Export buttons are there to use, and Ctrl+P prints while
   * the tab is showing (the window handles the page's shortcut only while
   * the page is mapped). */
  g_assert_true (enabled (GTK_WIDGET (f->page), "support.print-passport"));
  g_assert_true (enabled (GTK_WIDGET (f->page), "support.export-passport"));
  {
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->page));
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        g_assert_cmpint (gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)), ==,
                         GTK_SHORTCUT_SCOPE_MANAGED);
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

            if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action)
                && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_p
                && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == GDK_CONTROL_MASK)
              {
                g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==,
                                 "support.print-passport");
                found = TRUE;
              }
          }
      }
    g_assert_true (found);
  }
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/support-page/empty", test_empty);
  ADD ("/support-page/create-plan", test_create_plan);
  ADD ("/support-page/plan-validation", test_plan_validation);
  ADD ("/support-page/hold-review", test_hold_review);
  ADD ("/support-page/review-ends-plan", test_review_ends_plan);
  ADD ("/support-page/parent-meetings", test_parent_meetings);
  ADD ("/support-page/passport", test_passport);
  ADD ("/support-page/print", test_print);
#undef ADD

  return g_test_run ();
}
