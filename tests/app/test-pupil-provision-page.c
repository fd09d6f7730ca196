/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil's own provision map, the Provision tab of their record, on a real
 * school file (today 22/11/2026): a pupil above the £6,000 a school meets
 * from its notional SEN budget, with their hours and costs and the note
 * that this is the evidence for top-up funding; a pupil below it; a pupil
 * with none; adding a pupil to a provision (and an overlapping place
 * refused in the store's words); opening a provision from the tab. And a
 * support plan outcome linked to provisions from the library: stored,
 * shown on the Support tab and in the provision's editor. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sendco-pick-dialog.h"
#include "sendco-plan-window.h"
#include "sendco-provision-chooser.h"
#include "sendco-provision-window.h"
#include "sendco-pupil-provision-page.h"
#include "sendco-pupil-support-page.h"
#include "sendco-pupil-window.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"

typedef struct
{
  TestSchool        *school;
  SendcoPupilWindow *window;
  gint64             amy, ben, cara, fill[3];
  gint64             ta, hlta, salt;
  gint64             talk, one_to_one, speech;
} Fixture;

static gint64
pupil (SendcoStore *store, const char *surname, const char *forename, int year, const char *status,
       const char *need)
{
  g_autoptr (SendcoPupil) p = test_add_pupil (store, surname, forename, year, status, need, NULL, 0, "2025-09-01");

  return sendco_pupil_get_id (p);
}

static gint64
add_staff (SendcoStore *store, const char *name, const char *role, gint64 hourly)
{
  g_autoptr (SendcoStaff) staff = sendco_staff_new ();
  g_autoptr (GError) error = NULL;

  sendco_record_set (&staff->name, name);
  sendco_record_set (&staff->role, role);
  staff->hourly_cost = hourly;
  g_assert_true (sendco_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return staff->id;
}

static gint64
add_provision (SendcoStore *store, const char *name, const char *area, int wave, gint64 staff, int group,
               int sessions, int minutes, int weeks, gint64 resources)
{
  g_autoptr (SendcoProvision) p = sendco_provision_new ();
  g_autoptr (GError) error = NULL;

  sendco_record_set (&p->name, name);
  sendco_record_set (&p->area, area);
  p->wave = wave;
  p->staff_id = staff;
  p->group_size = group;
  p->sessions_per_week = sessions;
  p->minutes_per_session = minutes;
  sendco_record_set (&p->start_date, "2026-09-01");
  p->weeks = weeks;
  p->resources_per_year = resources;
  g_assert_true (sendco_store_save_provision (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

static void
enrol (SendcoStore *store, gint64 provision, gint64 pupil_id)
{
  g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();
  g_autoptr (GError) error = NULL;

  e->provision_id = provision;
  e->pupil_id = pupil_id;
  sendco_record_set (&e->start_date, "2026-09-01");
  g_assert_true (sendco_store_save_enrolment (store, e, &error));
  g_assert_no_error (error);
}

/* Talk Boost is the known case (£246.45 a pupil); Amy also has an HLTA
 * one to one for an hour a day (£4,875.00) and speech and language therapy
 * (£2,640.00): £7,761.45 in all. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  SendcoStore *store;

  f->school = test_school_new (TRUE);
  store = f->school->store;
  f->amy = pupil (store, "Carter", "Amy", 2, "K", "SLCN");
  f->ben = pupil (store, "Okafor", "Ben", 3, "K", "SEMH");
  f->cara = pupil (store, "Lewis", "Cara", 3, "N", NULL);
  f->fill[0] = pupil (store, "Adams", "Dan", 2, "K", "SLCN");
  f->fill[1] = pupil (store, "Brown", "Eve", 1, "K", "SLCN");
  f->fill[2] = pupil (store, "Chen", "Finn", 1, "K", "ASD");
  f->ta = add_staff (store, "Jo Taylor", "ta", 1850);
  f->hlta = add_staff (store, "Priya Shah", "hlta", 2500);
  f->salt = add_staff (store, "Laura Hughes", "external", 6000);
  f->talk = add_provision (store, "Talk Boost", "communication", 2, f->ta, 6, 3, 30, 39, 15000);
  f->one_to_one = add_provision (store, "One-to-one support", "semh", 3, f->hlta, 1, 5, 60, 0, 0);
  f->speech = add_provision (store, "Speech and language therapy", "communication", 3, f->salt, 1, 1, 60, 0,
                             30000);
  enrol (store, f->talk, f->amy);
  enrol (store, f->talk, f->ben);
  for (guint i = 0; i < 3; i++)
    enrol (store, f->talk, f->fill[i]);
  enrol (store, f->one_to_one, f->amy);
  enrol (store, f->speech, f->amy);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_assert_null (f->window);
  test_school_free (f->school);
}

static gpointer
child_of (gpointer widget, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static SendcoPupilProvisionPage *
open_tab (Fixture *f, gint64 id, const char *tab)
{
  f->window = sendco_pupil_window_new (NULL, f->school->store, id);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 980, 860);
  adw_view_stack_set_visible_child_name (child_of (f->window, SENDCO_TYPE_PUPIL_WINDOW, "pupil_stack"), tab);
  test_show (GTK_WINDOW (f->window));
  return child_of (f->window, SENDCO_TYPE_PUPIL_WINDOW, "provision_page");
}

static gpointer
wait_for_toplevel (GType type, GtkWindow *parent)
{
  gint64 deadline = g_get_monotonic_time () + TEST_TIMEOUT_MS * 1000;
  GtkWindow *window;

  while ((window = test_find_toplevel (type, parent)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
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

typedef struct
{
  SendcoPupilProvisionPage *page;
  const char               *expected;
} Expect;

static gboolean
totals_are (gpointer data)
{
  Expect *e = data;
  g_autofree char *got = sendco_pupil_provision_page_dup_totals (e->page);

  return g_str_equal (got, e->expected);
}

static void
wait_for_totals (SendcoPupilProvisionPage *page, const char *expected)
{
  Expect e = { page, expected };

  if (!test_spin_until (totals_are, &e, TEST_TIMEOUT_MS))
    {
      g_autofree char *got = sendco_pupil_provision_page_dup_totals (page);

      g_error ("The tab shows “%s”, not “%s”", got, expected);
    }
}

static void
test_over_threshold (Fixture *f, gconstpointer data)
{
  SendcoPupilProvisionPage *page = open_tab (f, f->amy, "provision");
  g_autofree char *totals = sendco_pupil_provision_page_dup_totals (page);
  g_autofree char *png = NULL;

  g_assert_cmpstr (totals, ==, "3 provisions this year | 7 h 30 min | £7,761.45");
  g_assert_cmpstr (sendco_pupil_provision_page_get_threshold_note (page), ==,
                   "Amy’s additional provision costs £7,761.45 this school year, £1,761.45 more than the £6,000 "
                   "a school meets from its notional SEN budget. This is the evidence for a request to the local "
                   "authority for top-up funding, or for an EHC needs assessment.");
  g_assert_true (test_has_label (GTK_WIDGET (page), "this school year, above the £6,000 threshold"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "School year 2026 to 2027"));

  /* Each provision with Amy's share of it. */
  g_assert_true (test_has_label (GTK_WIDGET (page), "Talk Boost"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "£246.45"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "One-to-one support"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "£4,875.00"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "Speech and language therapy"));
  g_assert_true (test_has_label (GTK_WIDGET (page), "£2,640.00"));
  g_assert_true (test_has_label (GTK_WIDGET (page),
                                 "Communication and interaction · Wave 2: targeted · 3 × 30 min a week · "
                                 "delivered by Jo Taylor\nPlace from 01/09/2026 · shared with 4 other pupils"));
  g_assert_true (test_has_label (GTK_WIDGET (page),
                                 "Social, emotional and mental health · Wave 3: specialist · 5 × 60 min a week · "
                                 "delivered by Priya Shah\nPlace from 01/09/2026 · one to one"));

  png = test_save_png (GTK_WIDGET (f->window), "pupil-provision-tab.png");
}

static void
test_below_threshold (Fixture *f, gconstpointer data)
{
  SendcoPupilProvisionPage *page = open_tab (f, f->ben, "provision");
  g_autofree char *totals = sendco_pupil_provision_page_dup_totals (page);

  g_assert_cmpstr (totals, ==, "1 provision this year | 1 h 30 min | £246.45");
  g_assert_null (sendco_pupil_provision_page_get_threshold_note (page));
  g_assert_true (test_has_label (GTK_WIDGET (page), "this school year, £5,753.55 below the £6,000 threshold"));
}

static void
tick (SendcoPickDialog *dialog, const char *title)
{
  GtkWidget *list = child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "list_view");
  GtkWidget *label = test_find_widget (list, GTK_TYPE_LABEL, title);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_parent (gtk_widget_get_parent (label));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_first_child (row)), TRUE);
}

/* Cara has none; added to Talk Boost from today she bears 30 of its 225
 * pupil-weeks this year: £164.30. Added again, the store refuses. */
static void
test_add_to_provision (Fixture *f, gconstpointer data)
{
  SendcoPupilProvisionPage *page = open_tab (f, f->cara, "provision");
  SendcoPickDialog *dialog;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child_of (page, SENDCO_TYPE_PUPIL_PROVISION_PAGE, "stack")),
                   ==, "empty");
  g_assert_true (label_contains (GTK_WIDGET (page), "Cara has no place on a provision this school year."));
  png = test_save_png (GTK_WIDGET (f->window), "pupil-provision-tab-empty.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "pupil-provision.add", NULL));
  dialog = wait_for_toplevel (SENDCO_TYPE_PICK_DIALOG, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpuint (sendco_pick_dialog_get_n_shown (dialog), ==, 3);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 680);
  test_spin (50);
  g_clear_pointer (&png, g_free);
  png = test_save_png (GTK_WIDGET (dialog), "pick-dialog.png");
  tick (dialog, "Talk Boost");
  test_click (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "accept_button"));
  test_spin_until_destroyed ((gpointer *) &dialog);

  places = sendco_store_list_enrolments (f->school->store, 0, f->cara, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_cmpint (((SendcoEnrolment *) places->pdata[0])->provision_id, ==, f->talk);
  g_assert_cmpstr (((SendcoEnrolment *) places->pdata[0])->start_date, ==, "2026-11-22");
  wait_for_totals (page, "1 provision this year | 1 h 30 min | £164.30");

  /* Again: the place overlaps, and the store says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "pupil-provision.add", NULL));
  dialog = wait_for_toplevel (SENDCO_TYPE_PICK_DIALOG, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (test_has_label (GTK_WIDGET (dialog), "Already has a place: from 22/11/2026"));
  tick (dialog, "Talk Boost");
  tick (dialog, "One-to-one support");
  test_click (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "accept_button"));
  g_assert_cmpstr (sendco_pick_dialog_get_problem (dialog), ==,
                   "Talk Boost: The pupil already has a place on this provision for those dates.");
  /* Nothing was written, not even the one that would have fitted. */
  g_clear_pointer (&places, g_ptr_array_unref);
  places = sendco_store_list_enrolments (f->school->store, 0, f->cara, &error);
  g_assert_cmpuint (places->len, ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  test_spin_until_destroyed ((gpointer *) &dialog);
}

static void
test_open_provision (Fixture *f, gconstpointer data)
{
  SendcoPupilProvisionPage *page = open_tab (f, f->amy, "provision");
  GtkListBox *list = child_of (page, SENDCO_TYPE_PUPIL_PROVISION_PAGE, "provisions_list");
  GtkWidget *row = test_find_widget (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW, "One-to-one support");
  SendcoProvisionWindow *editor;

  g_assert_nonnull (row);
  test_click (row);
  editor = wait_for_toplevel (SENDCO_TYPE_PROVISION_WINDOW, GTK_WINDOW (f->window));
  g_assert_cmpint (sendco_provision_window_get_provision_id (editor), ==, f->one_to_one);
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 1);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* An outcome picks provisions from the library in the plan editor; the
 * links are stored, shown on the Support tab, and in the provision. */
static void
test_outcome_links (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoSupportPlan) plan = sendco_support_plan_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) links = NULL;
  SendcoOutcome *outcome = sendco_outcome_new ();
  SendcoPupilSupportPage *support;
  SendcoPlanWindow *editor;
  SendcoProvisionChooser *chooser;
  SendcoProvisionWindow *provision;
  GtkWidget *group;

  plan->pupil_id = f->amy;
  sendco_record_set (&plan->start_date, "2026-09-07");
  sendco_record_set (&plan->review_date, "2026-12-04");
  sendco_record_set (&outcome->area, "communication");
  sendco_record_set (&outcome->outcome, "Amy will ask for help using a taught phrase");
  sendco_record_set (&outcome->provision, "Visual prompts on her desk");
  g_ptr_array_add (plan->outcomes, outcome);
  g_assert_true (sendco_store_save_support_plan (f->school->store, plan, &error));
  g_assert_no_error (error);

  open_tab (f, f->amy, "support");
  support = child_of (f->window, SENDCO_TYPE_PUPIL_WINDOW, "support_page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (support), "support.edit-plan", NULL));
  editor = wait_for_toplevel (SENDCO_TYPE_PLAN_WINDOW, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  group = sendco_plan_window_get_outcome_group (editor, 0);
  chooser = SENDCO_PROVISION_CHOOSER (test_find_widget (group, SENDCO_TYPE_PROVISION_CHOOSER, NULL));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (chooser)), ==, "None chosen");
  g_assert_false (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (editor), "plan.save")));

  g_assert_true (sendco_provision_chooser_toggle (chooser, f->talk));
  g_assert_true (sendco_provision_chooser_toggle (chooser, f->speech));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (chooser)), ==,
                   "Speech and language therapy, Talk Boost");
  g_assert_true (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (editor), "plan.save")));
  {
    g_autofree char *png = NULL;

    gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
    png = test_save_png (GTK_WIDGET (editor), "plan-window-links.png");
  }
  test_click (test_find_action_button (GTK_WIDGET (editor), "plan.save"));
  test_spin_until_destroyed ((gpointer *) &editor);

  /* Stored, */
  links = sendco_store_list_outcome_links (f->school->store, outcome->id, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpint (((SendcoOutcomeLink *) links->pdata[0])->provision_id, ==, f->speech);
  g_assert_cmpint (((SendcoOutcomeLink *) links->pdata[1])->provision_id, ==, f->talk);

  /* shown on the Support tab beside the provision in words, */
  test_spin (200);
  g_assert_true (test_has_label (GTK_WIDGET (support), "Visual prompts on her desk"));
  g_assert_true (test_has_label (GTK_WIDGET (support), "From the library"));
  g_assert_true (test_has_label (GTK_WIDGET (support), "Speech and language therapy, Talk Boost"));
  {
    g_autofree char *png = test_save_png (GTK_WIDGET (f->window), "support-tab-links.png");
  }

  /* and in the provision, which says whose outcome it serves. */
  provision = sendco_provision_window_new (GTK_WINDOW (f->window), f->school->store, f->talk, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (provision));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (provision));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (provision), ADW_TYPE_ACTION_ROW, "Amy Carter, support plan cycle 1"));
  g_assert_true (label_contains (GTK_WIDGET (provision), "Amy will ask for help using a taught phrase"));
  gtk_window_destroy (GTK_WINDOW (provision));

  /* Unticking one in the editor takes just that link away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (support), "support.edit-plan", NULL));
  editor = wait_for_toplevel (SENDCO_TYPE_PLAN_WINDOW, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  chooser = SENDCO_PROVISION_CHOOSER (test_find_widget (sendco_plan_window_get_outcome_group (editor, 0),
                                                        SENDCO_TYPE_PROVISION_CHOOSER, NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (chooser)), ==,
                   "Speech and language therapy, Talk Boost");
  g_assert_true (sendco_provision_chooser_toggle (chooser, f->speech));
  test_click (test_find_action_button (GTK_WIDGET (editor), "plan.save"));
  test_spin_until_destroyed ((gpointer *) &editor);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = sendco_store_list_outcome_links (f->school->store, outcome->id, 0, 0, &error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((SendcoOutcomeLink *) links->pdata[0])->provision_id, ==, f->talk);
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

#define ADD(path, func) \
  g_test_add ("/pupil-provision/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("over-threshold", test_over_threshold);
  ADD ("below-threshold", test_below_threshold);
  ADD ("add-to-provision", test_add_to_provision);
  ADD ("open-provision", test_open_provision);
  ADD ("outcome-links", test_outcome_links);
#undef ADD

  return g_test_run ();
}
