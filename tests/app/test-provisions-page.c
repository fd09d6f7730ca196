/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Provisions page of the main window on a real school file (today
 * 22/11/2026): its empty states; adding a member of staff and a provision
 * through the real editors, with the live costs of a known case (a TA at
 * £18.50 an hour, 30 minutes 3 times a week, a group of 6 with 5 pupils, 39
 * weeks and £150 of resources: £31.60 a week, £410.75 a term, £1,232.25 a
 * year, £246.45 a pupil) and plain refusals of bad amounts; a new hourly
 * rate changing the list's costs at once; pupils' places added with their
 * dates, an overlapping place refused, a place ended and one removed with
 * Undo; retiring a provision and a member of staff with Undo; the SEN
 * budget; the filters and sorting. Pictures of both sections and the
 * editor. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sendco-application.h"
#include "sendco-date-entry.h"
#include "sendco-pick-dialog.h"
#include "sendco-provision-item.h"
#include "sendco-provision-window.h"
#include "sendco-provisions-page.h"
#include "sendco-staff-item.h"
#include "sendco-staff-window.h"
#include "sendco-store-provision.h"
#include "sendco-window.h"

static SendcoApplication *app;

typedef struct
{
  TestSchool   *school;
  SendcoWindow *window;
  gint64        pupils[7];   /* Adams .. Green */
  gint64        ta, hlta;
  gint64        talk, reading;
  const char   *first_page;  /* the page the window opens on; NULL for the library */
} Fixture;

static const char *const surnames[] = { "Adams", "Brown", "Chen", "Davies", "Evans", "Fox", "Green" };

static gint64
add_staff (SendcoStore *store, const char *name, const char *role, gint64 hourly, double hours)
{
  g_autoptr (SendcoStaff) staff = sendco_staff_new ();
  g_autoptr (GError) error = NULL;

  sendco_record_set (&staff->name, name);
  sendco_record_set (&staff->role, role);
  staff->hourly_cost = hourly;
  staff->hours_per_week = hours;
  g_assert_true (sendco_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return staff->id;
}

static gint64
add_provision (SendcoStore *store, const char *name, const char *area, int wave, gint64 staff, int group,
               int sessions, int minutes, const char *start, int weeks, gint64 resources)
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
  sendco_record_set (&p->start_date, start);
  p->weeks = weeks;
  p->resources_per_year = resources;
  g_assert_true (sendco_store_save_provision (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

static void
enrol (SendcoStore *store, gint64 provision, gint64 pupil, const char *start, const char *end)
{
  g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();
  g_autoptr (GError) error = NULL;

  e->provision_id = provision;
  e->pupil_id = pupil;
  sendco_record_set (&e->start_date, start);
  sendco_record_set (&e->end_date, end ? end : "");
  g_assert_true (sendco_store_save_enrolment (store, e, &error));
  g_assert_no_error (error);
}

static void
add_pupils (Fixture *f, SendcoStore *store)
{
  static const char *const needs[] = { "SLCN", "SLCN", "ASD", "SPLD", "SEMH", "MLD", "HI" };

  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      g_autoptr (SendcoPupil) pupil = test_add_pupil (store, surnames[i], "Sam", 2 + (int) i % 4, "K", needs[i],
                                                      NULL, 0, "2025-09-01");

      f->pupils[i] = sendco_pupil_get_id (pupil);
    }
}

static void
open_window (Fixture *f)
{
  f->window = sendco_window_new (app, f->school->path);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 860);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                              f->first_page ? f->first_page : "provisions");
  test_show (GTK_WINDOW (f->window));
}

static void fixture_set_up (Fixture *f, gconstpointer data);

/* The same library, the window on the register. */
static void
fixture_set_up_register (Fixture *f, gconstpointer data)
{
  f->first_page = "register";
  fixture_set_up (f, data);
}

/* Pupils and nothing else: the library is to be built through the editors. */
static void
fixture_set_up_empty (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  add_pupils (f, f->school->store);
  test_school_close_store (f->school);
  open_window (f);
}

/* A small library: Talk Boost (the known case, 5 pupils) and reading
 * one-to-one with an HLTA. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  SendcoStore *store;

  f->school = test_school_new (TRUE);
  store = f->school->store;
  add_pupils (f, store);
  f->ta = add_staff (store, "Jo Taylor", "ta", 1850, 32.5);
  f->hlta = add_staff (store, "Priya Shah", "hlta", 2237, 35);
  f->talk = add_provision (store, "Talk Boost", "communication", 2, f->ta, 6, 3, 30, "2026-09-01", 39, 15000);
  for (guint i = 0; i < 5; i++)
    enrol (store, f->talk, f->pupils[i], "2026-09-01", NULL);
  f->reading = add_provision (store, "Reading one-to-one", "cognition", 3, f->hlta, 1, 1, 25, "2026-09-01", 0, 0);
  enrol (store, f->reading, f->pupils[3], "2026-09-01", NULL);
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
child_of (gpointer widget, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static SendcoProvisionsPage *
page (Fixture *f)
{
  return child_of (f->window, SENDCO_TYPE_WINDOW, "provisions_page");
}

static SendcoStore *
store (Fixture *f)
{
  return sendco_window_get_store (f->window);
}

static gpointer
page_child (Fixture *f, const char *name)
{
  return child_of (page (f), SENDCO_TYPE_PROVISIONS_PAGE, name);
}

static const char *
stack_page (Fixture *f, const char *name)
{
  return gtk_stack_get_visible_child_name (page_child (f, name));
}

static GtkEditable *
date_text (gpointer entry)
{
  return sendco_date_entry_get_editable (SENDCO_DATE_ENTRY (entry));
}

static const char *
label_text (gpointer window, GType type, const char *name)
{
  return gtk_label_get_text (GTK_LABEL (child_of (window, type, name)));
}

/* "Name:pupils now:cost pence" for every provision shown, in order. */
static char *
shown_provisions (Fixture *f)
{
  GListModel *shown = sendco_provisions_page_get_provisions (page (f));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (SendcoProvisionItem) item = g_list_model_get_item (shown, i);

      g_string_append_printf (out, "%s%s:%u:%" G_GINT64_FORMAT, i ? "|" : "",
                              sendco_provision_item_get_provision (item)->name,
                              sendco_provision_item_get_pupils_now (item),
                              sendco_provision_item_get_costing (item)->cost.year);
    }
  return g_string_free (out, FALSE);
}

static char *
shown_staff (Fixture *f)
{
  GListModel *shown = sendco_provisions_page_get_staff (page (f));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (SendcoStaffItem) item = g_list_model_get_item (shown, i);
      const SendcoStaff *staff = sendco_staff_item_get_staff (item);

      g_string_append_printf (out, "%s%s:%" G_GINT64_FORMAT ":%u", i ? "|" : "", staff->name,
                              staff->hourly_cost, sendco_staff_item_get_n_provisions (item));
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  Fixture    *f;
  const char *expected;
} Expect;

static gboolean
provisions_are (gpointer data)
{
  Expect *e = data;
  g_autofree char *got = shown_provisions (e->f);

  return g_str_equal (got, e->expected);
}

static void
wait_for_provisions (Fixture *f, const char *expected)
{
  Expect e = { f, expected };

  if (!test_spin_until (provisions_are, &e, TEST_TIMEOUT_MS))
    {
      g_autofree char *got = shown_provisions (f);

      g_error ("The list shows “%s”, not “%s”", got, expected);
    }
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
action_enabled (gpointer widget, const char *action)
{
  GtkWidget *button = test_find_action_button (GTK_WIDGET (widget), action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* In a pick dialog, ticks the row titled @title as a SENDCO would. */
static void
tick (SendcoPickDialog *dialog, const char *title)
{
  GtkWidget *list = child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "list_view");
  GtkWidget *label = test_find_widget (list, GTK_TYPE_LABEL, title);
  GtkWidget *row;

  if (label == NULL)
    g_error ("The list has no “%s”", title);
  row = gtk_widget_get_parent (gtk_widget_get_parent (label));
  g_assert_true (GTK_IS_CHECK_BUTTON (gtk_widget_get_first_child (row)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_first_child (row)), TRUE);
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autofree char *png = NULL;

  g_assert_cmpstr (stack_page (f, "provisions_stack"), ==, "empty");
  g_assert_cmpstr (stack_page (f, "staff_stack"), ==, "empty");
  /* What a provision is and how to start, with the tip about staff first. */
  g_assert_true (gtk_widget_get_visible (page_child (f, "empty_staff_hint")));
  g_assert_true (action_enabled (page (f), "provisions.add"));
  g_assert_cmpstr (label_text (page (f), SENDCO_TYPE_PROVISIONS_PAGE, "budget_label"), ==, "No SEN budget set");
  test_spin (50);
  png = test_save_png (GTK_WIDGET (f->window), "provisions-page-empty.png");
}

/* A member of staff and a provision, through the real editors. */
static void
test_add_through_editors (Fixture *f, gconstpointer data)
{
  SendcoStaffWindow *staff_window;
  SendcoProvisionWindow *editor;
  SendcoPickDialog *dialog;
  g_autoptr (GPtrArray) staff = NULL;
  g_autoptr (GPtrArray) provisions = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  SendcoProvision *p;
  GType pw = SENDCO_TYPE_PROVISION_WINDOW;

  /* Staff: a rate with three decimal places is refused in plain words. */
  sendco_provisions_page_show_section (page (f), "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.add-staff", NULL));
  staff_window = wait_for_toplevel (SENDCO_TYPE_STAFF_WINDOW, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (staff_window), (gpointer *) &staff_window);
  g_assert_false (action_enabled (staff_window, "staff.save"));
  gtk_editable_set_text (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "name_row"), "Jo Taylor");
  gtk_editable_set_text (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "cost_row"), "12.345");
  g_assert_cmpstr (sendco_staff_window_get_problem (staff_window), ==,
                   "Type the hourly cost in pounds and pence, with no more than two decimal places: "
                   "“12.345” has 3.");
  g_assert_false (action_enabled (staff_window, "staff.save"));
  gtk_editable_set_text (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "cost_row"), "£18.50");
  gtk_spin_button_set_value (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "hours_spin"), 32.5);
  g_assert_null (sendco_staff_window_get_problem (staff_window));
  test_click (test_find_action_button (GTK_WIDGET (staff_window), "staff.save"));
  test_spin_until_destroyed ((gpointer *) &staff_window);

  staff = sendco_store_list_staff (store (f), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, ==, 1);
  g_assert_cmpstr (((SendcoStaff *) staff->pdata[0])->name, ==, "Jo Taylor");
  g_assert_cmpstr (((SendcoStaff *) staff->pdata[0])->role, ==, "ta");
  g_assert_cmpint (((SendcoStaff *) staff->pdata[0])->hourly_cost, ==, 1850);
  g_assert_cmpfloat (((SendcoStaff *) staff->pdata[0])->hours_per_week, ==, 32.5);

  /* The provision */
  sendco_provisions_page_show_section (page (f), "provisions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.add", NULL));
  editor = wait_for_toplevel (pw, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 760, 1900);
  g_assert_cmpstr (sendco_provision_window_get_problem (editor), ==,
                   "Give the provision a name, like “Reading catch-up group”.");

  gtk_editable_set_text (child_of (editor, pw, "name_row"), "Talk Boost");
  adw_combo_row_set_selected (child_of (editor, pw, "area_row"), 0);
  adw_combo_row_set_selected (child_of (editor, pw, "wave_row"), 1);
  gtk_editable_set_text (child_of (editor, pw, "description_row"),
                         "Small-group language programme for Reception to Year 2");
  adw_combo_row_set_selected (child_of (editor, pw, "staff_row"), 1);
  gtk_spin_button_set_value (child_of (editor, pw, "group_spin"), 6);
  gtk_spin_button_set_value (child_of (editor, pw, "sessions_spin"), 3);
  gtk_spin_button_set_value (child_of (editor, pw, "minutes_spin"), 30);
  gtk_editable_set_text (date_text (child_of (editor, pw, "start_entry")), "1/9/2026");
  adw_combo_row_set_selected (child_of (editor, pw, "runs_row"), 2);
  gtk_spin_button_set_value (child_of (editor, pw, "weeks_spin"), 39);
  gtk_editable_set_text (child_of (editor, pw, "resources_row"), "12.345");
  g_assert_cmpstr (sendco_provision_window_get_problem (editor), ==,
                   "Type the yearly resource cost in pounds and pence, with no more than two decimal places: "
                   "“12.345” has 3.");
  g_assert_false (action_enabled (editor, "provision.save"));
  gtk_editable_set_text (child_of (editor, pw, "resources_row"), "150");
  gtk_editable_set_text (child_of (editor, pw, "measure_name_row"), "Language Link score");
  gtk_editable_set_text (child_of (editor, pw, "measure_unit_row"), "points");
  g_assert_null (sendco_provision_window_get_problem (editor));

  /* With no pupils yet, the costs are for one group. */
  g_assert_cmpstr (label_text (editor, pw, "week_cost_label"), ==, "£31.60");
  g_assert_cmpstr (label_text (editor, pw, "year_cost_label"), ==, "£1,232.25");
  g_assert_cmpstr (adw_preferences_row_get_title (child_of (editor, pw, "pupil_cost_row")), ==,
                   "Per pupil, in a full group of 6");
  g_assert_cmpstr (label_text (editor, pw, "pupil_cost_label"), ==, "£205.38");

  /* Five pupils, from the first day of term. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "provision.add-pupils", NULL));
  dialog = wait_for_toplevel (SENDCO_TYPE_PICK_DIALOG, GTK_WINDOW (editor));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpuint (sendco_pick_dialog_get_n_shown (dialog), ==, 7);
  /* Today is after the provision starts: places start today unless changed. */
  g_assert_cmpstr (gtk_editable_get_text (date_text (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "start_entry"))),
                   ==, "22/11/2026");
  gtk_editable_set_text (date_text (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "start_entry")), "01/09/2026");
  g_assert_false (action_enabled (dialog, "pick.accept"));
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s, Sam", surnames[i]);

      tick (dialog, name);
    }
  g_assert_cmpuint (sendco_pick_dialog_get_n_chosen (dialog), ==, 5);
  test_click (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "accept_button"));
  test_spin_until_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 5);

  /* The known case, live. */
  g_assert_cmpstr (label_text (editor, pw, "session_cost_label"), ==, "£9.25");
  g_assert_cmpstr (label_text (editor, pw, "week_cost_label"), ==, "£31.60");
  g_assert_cmpstr (label_text (editor, pw, "term_cost_label"), ==, "£410.75");
  g_assert_cmpstr (label_text (editor, pw, "year_cost_label"), ==, "£1,232.25");
  g_assert_cmpstr (label_text (editor, pw, "pupil_cost_label"), ==, "£246.45");
  g_assert_cmpstr (adw_preferences_row_get_title (child_of (editor, pw, "year_cost_row")), ==,
                   "This school year (39 teaching weeks)");
  g_assert_cmpstr (adw_preferences_row_get_title (child_of (editor, pw, "term_cost_row")), ==,
                   "A term (13 teaching weeks)");
  g_assert_cmpstr (adw_preferences_row_get_title (child_of (editor, pw, "pupil_cost_row")), ==,
                   "Per pupil (5 pupils)");
  g_assert_cmpstr (adw_preferences_group_get_description (child_of (editor, pw, "costs_group")), ==,
                   "Jo Taylor’s time at £18.50 an hour for 1 group, plus £150.00 of resources spread across "
                   "the year.");

  /* Recomputed as the SENDCO types: 45 minutes. */
  gtk_spin_button_set_value (child_of (editor, pw, "minutes_spin"), 45);
  g_assert_cmpstr (label_text (editor, pw, "year_cost_label"), ==, "£1,773.96");
  gtk_spin_button_set_value (child_of (editor, pw, "minutes_spin"), 30);
  g_assert_cmpstr (label_text (editor, pw, "year_cost_label"), ==, "£1,232.25");

  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  test_spin (50);
  png = test_save_png (GTK_WIDGET (editor), "provision-editor.png");
  {
    GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (child_of (editor, pw, "scroller"));
    g_autofree char *lower = NULL;

    gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
    test_spin (100);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
    lower = test_save_png (GTK_WIDGET (editor), "provision-editor-costs.png");
  }

  test_click (child_of (editor, pw, "save_button"));
  test_spin_until_destroyed ((gpointer *) &editor);

  /* Read back */
  provisions = sendco_store_list_provisions (store (f), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (provisions->len, ==, 1);
  p = provisions->pdata[0];
  g_assert_cmpstr (p->name, ==, "Talk Boost");
  g_assert_cmpstr (p->area, ==, "communication");
  g_assert_cmpint (p->wave, ==, 2);
  g_assert_cmpstr (p->description, ==, "Small-group language programme for Reception to Year 2");
  g_assert_cmpint (p->staff_id, ==, ((SendcoStaff *) staff->pdata[0])->id);
  g_assert_cmpint (p->group_size, ==, 6);
  g_assert_cmpint (p->sessions_per_week, ==, 3);
  g_assert_cmpint (p->minutes_per_session, ==, 30);
  g_assert_cmpstr (p->start_date, ==, "2026-09-01");
  g_assert_cmpstr (p->end_date, ==, "");
  g_assert_cmpint (p->weeks, ==, 39);
  g_assert_cmpint (p->resources_per_year, ==, 15000);
  g_assert_cmpstr (p->measure_name, ==, "Language Link score");
  g_assert_cmpstr (p->measure_unit, ==, "points");
  g_assert_true (p->higher_is_better);
  places = sendco_store_list_enrolments (store (f), p->id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->len, ==, 5);
  for (guint i = 0; i < places->len; i++)
    {
      g_assert_cmpstr (((SendcoEnrolment *) places->pdata[i])->start_date, ==, "2026-09-01");
      g_assert_cmpstr (((SendcoEnrolment *) places->pdata[i])->end_date, ==, "");
    }

  /* The list follows: five pupils now, £1,232.25 this year. */
  wait_for_provisions (f, "Talk Boost:5:123225");
  g_assert_cmpstr (stack_page (f, "provisions_stack"), ==, "list");
  {
    g_autofree char *summary = sendco_provisions_page_dup_summary (page (f));

    g_assert_cmpstr (summary, ==, "1 provision in the library · 5 pupils on them now · £1,232.25 this school "
                                  "year | No SEN budget set");
  }
}

/* A new hourly rate changes every cost that uses it, at once. */
static void
test_rate_change (Fixture *f, gconstpointer data)
{
  SendcoStaffWindow *staff_window;
  g_autofree char *before = shown_staff (f);

  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
  g_assert_cmpstr (before, ==, "Jo Taylor:1850:1|Priya Shah:2237:1");

  sendco_provisions_page_show_section (page (f), "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.open-staff", "x", f->ta));
  staff_window = wait_for_toplevel (SENDCO_TYPE_STAFF_WINDOW, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (staff_window), (gpointer *) &staff_window);
  g_assert_cmpstr (gtk_editable_get_text (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "cost_row")), ==,
                   "18.50");
  g_assert_null (sendco_staff_window_get_rate_note (staff_window));
  gtk_editable_set_text (child_of (staff_window, SENDCO_TYPE_STAFF_WINDOW, "cost_row"), "20");
  g_assert_cmpstr (sendco_staff_window_get_rate_note (staff_window), ==,
                   "Jo Taylor delivers 1 provision. Changing the rate from £18.50 to £20.00 an hour changes its "
                   "cost, this school year’s figures and the provision map, as soon as you save.");
  test_click (test_find_action_button (GTK_WIDGET (staff_window), "staff.save"));
  test_spin_until_destroyed ((gpointer *) &staff_window);

  /* £10.00 a session × 3 × 39 weeks + £150 */
  wait_for_provisions (f, "Talk Boost:5:132000|Reading one-to-one:1:36348");
  {
    g_autofree char *after = shown_staff (f);

    g_assert_cmpstr (after, ==, "Jo Taylor:2000:1|Priya Shah:2237:1");
  }
}

static GtkWidget *
place_button (SendcoProvisionWindow *editor, gint64 pupil, const char *label)
{
  GtkWidget *row = sendco_provision_window_get_place_row (editor, pupil);
  GtkWidget *button;

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  test_spin (50);
  button = test_find_widget (row, GTK_TYPE_BUTTON, label);
  g_assert_nonnull (button);
  return button;
}

static void
collect_date_entries (GtkWidget *widget, GPtrArray *found)
{
  if (SENDCO_IS_DATE_ENTRY (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_date_entries (c, found);
}

/* The date entries of a pupil's place, in order: 0 starts, 1 ends. */
static SendcoDateEntry *
place_entry (SendcoProvisionWindow *editor, gint64 pupil, guint index)
{
  GtkWidget *row = sendco_provision_window_get_place_row (editor, pupil);
  g_autoptr (GPtrArray) entries = g_ptr_array_new ();

  g_assert_nonnull (row);
  collect_date_entries (row, entries);
  g_assert_cmpuint (entries->len, ==, 2);
  return g_ptr_array_index (entries, index);
}

static SendcoEnrolment *
place_of (GPtrArray *places, gint64 pupil)
{
  for (guint i = 0; i < places->len; i++)
    if (((SendcoEnrolment *) places->pdata[i])->pupil_id == pupil)
      return places->pdata[i];
  return NULL;
}

/* Pupils' places: added with dates, an overlap refused, one ended, one
 * removed by mistake and brought back with Undo, then removed for good. */
static void
test_places (Fixture *f, gconstpointer data)
{
  SendcoProvisionWindow *editor;
  SendcoPickDialog *dialog;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GError) error = NULL;
  GType pw = SENDCO_TYPE_PROVISION_WINDOW;

  sendco_provisions_page_open_provision (page (f), f->talk);
  editor = wait_for_toplevel (pw, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 5);
  g_assert_false (action_enabled (editor, "provision.save"));

  /* Adams already attends, with no end date: refused, saying so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "provision.add-pupils", NULL));
  dialog = wait_for_toplevel (SENDCO_TYPE_PICK_DIALOG, GTK_WINDOW (editor));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (test_has_label (GTK_WIDGET (dialog), "Already has a place: from 01/09/2026"));
  tick (dialog, "Adams, Sam");
  tick (dialog, "Fox, Sam");
  test_click (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "accept_button"));
  g_assert_cmpstr (sendco_pick_dialog_get_problem (dialog), ==,
                   "Sam Adams already has a place on this provision from 01/09/2026, with no end date. Untick "
                   "them, or give that place an end date first and choose a start date after it.");
  g_assert_true (gtk_revealer_get_reveal_child (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "problem_revealer")));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 5);

  /* Without Adams, Fox joins from Monday 23/11/2026 until the end of term. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_first_child (
    gtk_widget_get_parent (gtk_widget_get_parent (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                                                    "Adams, Sam"))))), FALSE);
  gtk_editable_set_text (date_text (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "start_entry")), "23/11/2026");
  gtk_editable_set_text (date_text (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "end_entry")), "18/12/2026");
  test_click (child_of (dialog, SENDCO_TYPE_PICK_DIALOG, "accept_button"));
  test_spin_until_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 6);
  g_assert_true (action_enabled (editor, "provision.save"));

  /* Fox's place can start earlier, from the start of November. */
  gtk_editable_set_text (date_text (place_entry (editor, f->pupils[5], 0)), "01/11/2026");
  g_assert_null (sendco_provision_window_get_problem (editor));

  /* Brown stopped today: End Today, keeping the record. */
  test_click (place_button (editor, f->pupils[1], "End _Today"));
  g_assert_cmpstr (sendco_date_entry_get_date (place_entry (editor, f->pupils[1], 1)), ==, "2026-11-22");

  /* Chen was added by mistake: removed, then brought back with Undo. */
  test_click (place_button (editor, f->pupils[2], "_Remove"));
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 5);
  g_assert_null (sendco_provision_window_get_place_row (editor, f->pupils[2]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "provision.undo-remove", NULL));
  g_assert_cmpuint (sendco_provision_window_get_n_places (editor), ==, 6);
  g_assert_nonnull (sendco_provision_window_get_place_row (editor, f->pupils[2]));
  /* ... and removed for good. */
  test_click (place_button (editor, f->pupils[2], "_Remove"));

  /* An end before the start is refused in words. */
  gtk_editable_set_text (date_text (place_entry (editor, f->pupils[3], 1)), "01/08/2026");
  g_assert_cmpstr (sendco_provision_window_get_problem (editor), ==, "Sam Davies’s place cannot end before it starts.");
  g_assert_false (action_enabled (editor, "provision.save"));
  gtk_editable_set_text (date_text (place_entry (editor, f->pupils[3], 1)), "");
  g_assert_null (sendco_provision_window_get_problem (editor));

  /* Five places a year now: Adams, Brown (to today), Davies, Evans, Fox. */
  g_assert_cmpstr (adw_preferences_row_get_title (child_of (editor, pw, "pupil_cost_row")), ==, "Per pupil (5 pupils)");

  test_click (child_of (editor, pw, "save_button"));
  test_spin_until_destroyed ((gpointer *) &editor);

  places = sendco_store_list_enrolments (store (f), f->talk, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->len, ==, 5);
  g_assert_null (place_of (places, f->pupils[2]));
  g_assert_cmpstr (place_of (places, f->pupils[1])->end_date, ==, "2026-11-22");
  g_assert_cmpstr (place_of (places, f->pupils[5])->start_date, ==, "2026-11-01");
  g_assert_cmpstr (place_of (places, f->pupils[5])->end_date, ==, "2026-12-18");
  g_assert_cmpstr (place_of (places, f->pupils[0])->end_date, ==, "");

  /* Now: Adams, Brown (ends today), Davies, Evans, Fox. */
  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
}

/* Escape with changes asks first; Keep Editing keeps them. */
static void
test_discard (Fixture *f, gconstpointer data)
{
  SendcoProvisionWindow *editor;
  AdwMessageDialog *ask;
  g_autoptr (SendcoProvision) p = NULL;

  sendco_provisions_page_open_provision (page (f), f->talk);
  editor = wait_for_toplevel (SENDCO_TYPE_PROVISION_WINDOW, GTK_WINDOW (f->window));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (child_of (editor, SENDCO_TYPE_PROVISION_WINDOW, "name_row"), "Talk Boost KS1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  ask = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (editor));
  test_respond (ask, "cancel");
  test_spin (100);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  ask = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (editor));
  test_respond (ask, "discard");
  test_spin_until_destroyed ((gpointer *) &editor);
  p = sendco_store_get_provision (store (f), f->talk, NULL);
  g_assert_cmpstr (p->name, ==, "Talk Boost");
}

static gboolean
is_archived (SendcoStore *s, gint64 id)
{
  g_autoptr (SendcoProvision) p = sendco_store_get_provision (s, id, NULL);

  return p->archived_on[0] != '\0';
}

static void
test_retire (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) staff = NULL;

  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.retire", "x", f->reading));
  g_assert_true (is_archived (store (f), f->reading));
  wait_for_provisions (f, "Talk Boost:5:123225");

  /* Shown again, dimmed, with Show retired. */
  gtk_check_button_set_active (page_child (f, "retired_check"), TRUE);
  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
  gtk_check_button_set_active (page_child (f, "retired_check"), FALSE);

  /* Undo brings it back into the library: never deleted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_false (is_archived (store (f), f->reading));
  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");

  /* Staff too; the provisions they deliver keep their cost. */
  sendco_provisions_page_show_section (page (f), "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.retire-staff", "x", f->hlta));
  staff = sendco_store_list_staff (store (f), FALSE, NULL);
  g_assert_cmpuint (staff->len, ==, 1);
  test_spin (100);
  {
    g_autofree char *shown = shown_staff (f);

    g_assert_cmpstr (shown, ==, "Jo Taylor:1850:1");
  }
  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = sendco_store_list_staff (store (f), FALSE, NULL);
  g_assert_cmpuint (staff->len, ==, 2);
}

static gboolean
summary_says (gpointer data)
{
  Expect *e = data;
  g_autofree char *summary = sendco_provisions_page_dup_summary (page (e->f));

  return g_str_equal (summary, e->expected);
}

static void
test_budget (Fixture *f, gconstpointer data)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  Expect e = { f, "2 provisions in the library · 5 pupils on them now · £1,595.73 this school year | "
                  "SEN budget £45,000.00: £43,404.27 left" };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.budget", NULL));
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (f->window));
  entry = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "45000.001");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (test_has_label (GTK_WIDGET (dialog), "Type the budget in pounds and pence, with no more than two "
                                                      "decimal places: “45000.001” has 3."));
  gtk_editable_set_text (GTK_EDITABLE (entry), "£45,000");
  test_respond (dialog, "save");
  if (!test_spin_until (summary_says, &e, TEST_TIMEOUT_MS))
    {
      g_autofree char *got = sendco_provisions_page_dup_summary (page (f));

      g_error ("The summary says “%s”", got);
    }
  g_assert_cmpint (sendco_store_get_sen_budget (store (f)), ==, 4500000);
}

/* The library is read when the page is first shown, not when the window
 * opens; a change made while it is hidden is there as soon as it is shown. */
static void
test_read_when_shown (Fixture *f, gconstpointer data)
{
  GtkLabel *label = page_child (f, "summary_label");

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page (f))));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "provisions");
  g_assert_cmpstr (gtk_label_get_text (label), ==,
                   "2 provisions in the library · 5 pupils on them now · £1,595.73 this school year");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "register");
  enrol (store (f), f->reading, f->pupils[5], "2026-09-01", NULL);
  test_spin (50);
  g_assert_cmpstr (gtk_label_get_text (label), ==,
                   "2 provisions in the library · 5 pupils on them now · £1,595.73 this school year");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "provisions");
  g_assert_cmpstr (gtk_label_get_text (label), !=,
                   "2 provisions in the library · 5 pupils on them now · £1,595.73 this school year");
  g_assert_nonnull (strstr (gtk_label_get_text (label), "6 pupils on them now"));
}

static void
test_filters (Fixture *f, gconstpointer data)
{
  GtkColumnView *view = page_child (f, "provisions_view");
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr (GtkColumnViewColumn) cost = g_list_model_get_item (columns, 6);

  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");

  /* By cost, dearest first */
  gtk_column_view_sort_by_column (view, cost, GTK_SORT_DESCENDING);
  wait_for_provisions (f, "Talk Boost:5:123225|Reading one-to-one:1:36348");
  gtk_column_view_sort_by_column (view, cost, GTK_SORT_ASCENDING);
  wait_for_provisions (f, "Reading one-to-one:1:36348|Talk Boost:5:123225");

  /* Search: by who delivers it, any case */
  gtk_editable_set_text (page_child (f, "search_entry"), "PRIYA");
  wait_for_provisions (f, "Reading one-to-one:1:36348");
  gtk_editable_set_text (page_child (f, "search_entry"), "nothing like it");
  wait_for_provisions (f, "");
  g_assert_cmpstr (stack_page (f, "provisions_stack"), ==, "no-match");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), "provisions.clear-filters", NULL));
  wait_for_provisions (f, "Reading one-to-one:1:36348|Talk Boost:5:123225");

  /* Area and wave */
  test_drop_down_choose (page_child (f, "area_dropdown"), "Communication");
  wait_for_provisions (f, "Talk Boost:5:123225");
  gtk_drop_down_set_selected (page_child (f, "area_dropdown"), 0);
  test_drop_down_choose (page_child (f, "wave_dropdown"), "Wave 3");
  wait_for_provisions (f, "Reading one-to-one:1:36348");
  gtk_drop_down_set_selected (page_child (f, "wave_dropdown"), 0);
  wait_for_provisions (f, "Reading one-to-one:1:36348|Talk Boost:5:123225");
}

/* A library worth looking at, in both sections. */
static void
test_pictures (Fixture *f, gconstpointer data)
{
  SendcoStore *s = store (f);
  g_autofree char *png = NULL, *staff_png = NULL;
  g_autoptr (GError) error = NULL;
  gint64 teacher = add_staff (s, "Mr Daniel Okoro", "teacher", 3450, 32.5);
  gint64 ta2 = add_staff (s, "Aisha Begum", "ta", 1725, 27.5);
  gint64 salt = add_staff (s, "Laura Hughes (SALT)", "external", 6000, 0);
  gint64 elklan, lego, nurture, precision, touch, zones;

  elklan = add_provision (s, "Speech and language therapy", "communication", 3, salt, 1, 1, 45, "2026-09-01", 0,
                          30000);
  lego = add_provision (s, "Lego-based therapy", "communication", 2, ta2, 3, 2, 40, "2026-09-01", 0, 4500);
  nurture = add_provision (s, "Nurture group", "semh", 2, ta2, 8, 5, 60, "2026-09-07", 0, 20000);
  precision = add_provision (s, "Precision teaching: number", "cognition", 2, f->ta, 1, 5, 10, "2026-09-01", 0, 0);
  touch = add_provision (s, "Touch-typing (Nessy Fingers)", "sensory", 2, ta2, 4, 2, 20, "2027-01-04", 12, 9600);
  zones = add_provision (s, "Zones of Regulation", "semh", 1, teacher, 30, 1, 30, "2026-09-01", 0, 6000);
  enrol (s, elklan, f->pupils[2], "2026-09-01", NULL);
  enrol (s, lego, f->pupils[2], "2026-09-01", NULL);
  enrol (s, lego, f->pupils[6], "2026-10-05", NULL);
  enrol (s, nurture, f->pupils[4], "2026-09-07", NULL);
  enrol (s, nurture, f->pupils[5], "2026-09-07", NULL);
  enrol (s, precision, f->pupils[5], "2026-09-01", "2026-12-18");
  for (guint i = 0; i < 7; i++)
    enrol (s, zones, f->pupils[i], "2026-09-01", NULL);
  g_assert_true (sendco_store_set_sen_budget (s, 1200000, &error));
  g_assert_no_error (error);
  (void) touch;

  test_spin (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  test_spin (100);
  png = test_save_png (GTK_WIDGET (f->window), "provisions-page.png");

  sendco_provisions_page_show_section (page (f), "staff");
  test_spin (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  staff_png = test_save_png (GTK_WIDGET (f->window), "provisions-page-staff.png");
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
  g_test_add ("/provisions/" path, Fixture, NULL, setup, func, fixture_tear_down)
  ADD ("empty", fixture_set_up_empty, test_empty);
  ADD ("add-through-editors", fixture_set_up_empty, test_add_through_editors);
  ADD ("rate-change", fixture_set_up, test_rate_change);
  ADD ("places", fixture_set_up, test_places);
  ADD ("discard", fixture_set_up, test_discard);
  ADD ("retire", fixture_set_up, test_retire);
  ADD ("budget", fixture_set_up, test_budget);
  ADD ("filters", fixture_set_up, test_filters);
  ADD ("read-when-shown", fixture_set_up_register, test_read_when_shown);
  ADD ("pictures", fixture_set_up, test_pictures);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
