/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SEND register page on a real school file: its summary, search, every
 * filter, sorting by column, the empty and no-match states, and following
 * changes made through the store while it is open. */
#include "config.h"

#include "app-test-util.h"
#include "sendco-census.h"
#include "sendco-register-page.h"

typedef struct
{
  TestSchool         *school;
  GtkWindow          *window;
  SendcoRegisterPage *page;
  SendcoPupil        *adams, *brown, *carter, *obrien, *evans, *foster, *green, *hughes,
                     *irwin, *jones;
} Fixture;

#define ALL_ON_ROLL "Adams, Tom|Brown, Zoë|Carter, Amy|Evans, Lily|Foster, Jack|Green, Maya|" \
                    "Hughes, Noah|Irwin, Ella|O'Brien, Sean"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SendcoStore *store;

  f->school = test_school_new (TRUE);
  store = f->school->store;

  /* Ten pupils: 3 at K, 1 at E, 1 monitored at N, 1 who has left. */
  f->adams = test_add_pupil (store, "Adams", "Tom", 3, "K", "SPLD", NULL, TEST_FSM, NULL);
  f->brown = test_add_pupil (store, "Brown", "Zoë", 4, "K", "SLCN", "SPLD", TEST_EAL, NULL);
  f->carter = test_add_pupil (store, "Carter", "Amy", 5, "K", "SEMH", NULL, TEST_LAC, NULL);
  f->obrien = test_add_pupil (store, "O'Brien", "Sean", 5, "E", "ASD", "SLCN", TEST_FSM | TEST_LAC, NULL);
  f->evans = test_add_pupil (store, "Evans", "Lily", 3, "N", NULL, NULL, 0, NULL);
  f->foster = test_add_pupil (store, "Foster", "Jack", 6, "N", NULL, NULL, 0, NULL);
  f->green = test_add_pupil (store, "Green", "Maya", 4, "N", NULL, NULL, TEST_EAL, NULL);
  f->hughes = test_add_pupil (store, "Hughes", "Noah", 6, "N", NULL, NULL, 0, NULL);
  f->irwin = test_add_pupil (store, "Irwin", "Ella", 3, "N", NULL, NULL, 0, NULL);
  f->jones = test_add_pupil (store, "Jones", "Leo", 5, "N", NULL, NULL, 0, NULL);

  g_assert_true (sendco_store_set_monitoring (store, sendco_pupil_get_id (f->evans), TRUE,
                                              "2026-10-01", "Reading well below age", &error));
  g_assert_no_error (error);
  g_assert_true (sendco_store_archive_pupil (store, sendco_pupil_get_id (f->jones), "2026-07-20",
                                             "Moved to another school", &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 640);
  f->page = g_object_new (SENDCO_TYPE_REGISTER_PAGE, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  sendco_register_page_set_store (f->page, store);
  test_show (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  g_clear_object (&f->adams);
  g_clear_object (&f->brown);
  g_clear_object (&f->carter);
  g_clear_object (&f->obrien);
  g_clear_object (&f->evans);
  g_clear_object (&f->foster);
  g_clear_object (&f->green);
  g_clear_object (&f->hughes);
  g_clear_object (&f->irwin);
  g_clear_object (&f->jones);
  test_school_free (f->school);
}

static char *
shown (Fixture *f)
{
  return test_shown_names (sendco_register_page_get_shown (f->page));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (sendco_register_page_get_shown (f->page));
}

static const char *
showing_text (Fixture *f)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                              SENDCO_TYPE_REGISTER_PAGE,
                                                              "showing_label"));
  return gtk_label_get_text (label);
}

static void
assert_shown (Fixture *f, const char *expected)
{
  g_autofree char *names = shown (f);

  g_assert_cmpstr (names, ==, expected);
}

static void
search (Fixture *f, const char *text)
{
  gtk_editable_set_text (sendco_register_page_get_search_entry (f->page), text);
}

static GtkColumnViewColumn *
column (Fixture *f, const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (sendco_register_page_get_column_view (f->page));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) c = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (c), title))
        return c; /* the column view keeps it */
    }
  g_error ("No column called “%s”", title);
}

static void
test_summary (Fixture *f, gconstpointer data)
{
  g_autofree char *summary = sendco_register_page_dup_summary (f->page);
  GtkWidget *view = GTK_WIDGET (f->page);

  /* 4 of 9 on roll are on the register: 44.4% */
  g_assert_cmpstr (summary, ==,
                   "3 at SEN support, 1 with an EHC plan: 44.4% of 9 on roll · 1 on the monitoring list");
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "list");
  g_assert_cmpuint (n_shown (f), ==, 9);
  assert_shown (f, ALL_ON_ROLL);
  /* Nothing is filtered, so there is no "Showing N pupils". */
  g_assert_cmpstr (showing_text (f), ==, "");

  /* The cells are really drawn: names, status pills, flags, needs. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (test_has_label (view, "Adams, Tom"));
  g_assert_true (test_has_label (view, "O'Brien, Sean"));
  g_assert_true (test_has_label (view, "SEN support"));
  g_assert_true (test_has_label (view, "EHC plan"));
  g_assert_true (test_has_label (view, "Monitoring"));
  g_assert_true (test_has_label (view, "No SEN"));
  g_assert_true (test_has_label (view, "LAC · PP"));
  g_assert_true (test_has_label (view, "SEMH"));
  g_assert_false (test_has_label (view, "Jones, Leo"));
}

static void
test_search (Fixture *f, gconstpointer data)
{
  g_autofree char *carter_upn = g_strdup (sendco_pupil_get_upn (f->carter));

  search (f, "adams");
  assert_shown (f, "Adams, Tom");
  g_assert_cmpstr (showing_text (f), ==, "Showing 1 pupil");

  search (f, "Hughes");
  assert_shown (f, "Hughes, Noah");

  /* Part of a name, with or without its accent, in any case */
  search (f, "zoe");
  assert_shown (f, "Brown, Zoë");
  search (f, "Zoë");
  assert_shown (f, "Brown, Zoë");
  search (f, "ZO");
  assert_shown (f, "Brown, Zoë");
  search (f, "an");
  assert_shown (f, "Evans, Lily|O'Brien, Sean");

  /* Apostrophes do not matter, typed or not */
  search (f, "obrien");
  assert_shown (f, "O'Brien, Sean");
  search (f, "O'Brien");
  assert_shown (f, "O'Brien, Sean");
  search (f, "o’brien");
  assert_shown (f, "O'Brien, Sean");

  /* Several words must all match, in any order */
  search (f, "tom adams");
  assert_shown (f, "Adams, Tom");
  search (f, "adams amy");
  assert_shown (f, "");

  /* By UPN, whole or in part, any case */
  search (f, carter_upn);
  assert_shown (f, "Carter, Amy");
  {
    g_autofree char *lower = g_ascii_strdown (carter_upn, -1);

    search (f, lower);
    assert_shown (f, "Carter, Amy");
  }

  /* A pupil who has left is not found unless archived pupils are shown. */
  search (f, "jones");
  assert_shown (f, "");
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), TRUE);
  assert_shown (f, "Jones, Leo");

  search (f, "");
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), FALSE);
  assert_shown (f, ALL_ON_ROLL);
}

static void
test_no_match (Fixture *f, gconstpointer data)
{
  g_autofree char *summary = NULL;
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                              SENDCO_TYPE_REGISTER_PAGE,
                                                              "view_stack"));
  GtkWidget *clear;

  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_K);
  search (f, "xyzzy");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "no-match");
  g_assert_cmpstr (showing_text (f), ==, "Showing 0 pupils");
  /* The summary is about the school, not the search. */
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_true (g_str_has_prefix (summary, "3 at SEN support, 1 with an EHC plan: 44.4% of 9 on roll"));

  /* The status page's button clears the search and every filter. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  clear = test_find_action_button (gtk_stack_get_visible_child (stack), "register.clear-filters");
  g_assert_nonnull (clear);
  g_assert_true (gtk_widget_get_mapped (clear));
  test_click (clear);

  g_assert_cmpstr (gtk_editable_get_text (sendco_register_page_get_search_entry (f->page)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (sendco_register_page_get_status_filter (f->page)), ==,
                    SENDCO_STATUS_FILTER_ALL);
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "list");
  assert_shown (f, ALL_ON_ROLL);

  /* and so does the action, with the archived toggle too */
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), TRUE);
  test_drop_down_choose (sendco_register_page_get_flags_filter (f->page), "EAL");
  search (f, "nobody");
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "no-match");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.clear-filters", NULL));
  g_assert_false (gtk_toggle_button_get_active (sendco_register_page_get_archived_toggle (f->page)));
  g_assert_cmpuint (gtk_drop_down_get_selected (sendco_register_page_get_flags_filter (f->page)), ==, 0);
  assert_shown (f, ALL_ON_ROLL);
}

static void
test_empty (void)
{
  g_autoptr (TestSchool) school = test_school_new (TRUE);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  SendcoRegisterPage *page = g_object_new (SENDCO_TYPE_REGISTER_PAGE, NULL);
  g_autofree char *summary = NULL;
  g_autoptr (SendcoPupil) pupil = NULL;
  g_autoptr (GError) error = NULL;

  gtk_window_set_child (window, GTK_WIDGET (page));
  test_show (window);

  /* No school open */
  g_assert_cmpstr (sendco_register_page_get_view_name (page), ==, "empty");

  /* A school with no pupils: the page offers the import. */
  sendco_register_page_set_store (page, school->store);
  g_assert_cmpstr (sendco_register_page_get_view_name (page), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (sendco_register_page_get_shown (page)), ==, 0);
  summary = sendco_register_page_dup_summary (page);
  g_assert_cmpstr (summary, ==, "");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (test_has_label (GTK_WIDGET (page), "No Pupils Yet"));
  g_assert_nonnull (test_find_action_button (GTK_WIDGET (page), "win.import"));

  /* Only pupils who have left: still empty, unless they are asked for. */
  pupil = test_add_pupil (school->store, "Lane", "Kit", 2, "N", NULL, NULL, 0, NULL);
  g_assert_cmpstr (sendco_register_page_get_view_name (page), ==, "list");
  g_assert_true (sendco_store_archive_pupil (school->store, sendco_pupil_get_id (pupil),
                                             "2026-10-10", "Moved out of the area", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sendco_register_page_get_view_name (page), ==, "empty");
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (page), TRUE);
  g_assert_cmpstr (sendco_register_page_get_view_name (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (sendco_register_page_get_shown (page)), ==, 1);

  gtk_window_destroy (window);
  test_spin (20);
}

static void
test_status_filter (Fixture *f, gconstpointer data)
{
  GtkDropDown *status = sendco_register_page_get_status_filter (f->page);

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_ANY_SEN);
  assert_shown (f, "Adams, Tom|Brown, Zoë|Carter, Amy|O'Brien, Sean");
  g_assert_cmpstr (showing_text (f), ==, "Showing 4 pupils");

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_K);
  assert_shown (f, "Adams, Tom|Brown, Zoë|Carter, Amy");

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_E);
  assert_shown (f, "O'Brien, Sean");

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_N);
  assert_shown (f, "Evans, Lily|Foster, Jack|Green, Maya|Hughes, Noah|Irwin, Ella");

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_MONITORING);
  assert_shown (f, "Evans, Lily");

  /* The labels a SENDCO chooses from, in the order of the enum */
  test_drop_down_choose (status, "EHC plan (E)");
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, SENDCO_STATUS_FILTER_E);
  test_drop_down_choose (status, "Monitoring list");
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, SENDCO_STATUS_FILTER_MONITORING);

  gtk_drop_down_set_selected (status, SENDCO_STATUS_FILTER_ALL);
  assert_shown (f, ALL_ON_ROLL);
  g_assert_cmpstr (showing_text (f), ==, "");
}

static void
test_year_filter (Fixture *f, gconstpointer data)
{
  GtkDropDown *year = sendco_register_page_get_year_filter (f->page);
  GListModel *choices = gtk_drop_down_get_model (year);
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) kemp = NULL;

  /* Only the year groups the school has, Jones's (left) included */
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 5);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "All year groups");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, "Year 3");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 4), ==, "Year 6");

  test_drop_down_choose (year, "Year 5");
  assert_shown (f, "Carter, Amy|O'Brien, Sean");
  test_drop_down_choose (year, "Year 3");
  assert_shown (f, "Adams, Tom|Evans, Lily|Irwin, Ella");

  /* Combined with another filter */
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_N);
  assert_shown (f, "Evans, Lily|Irwin, Ella");
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_ALL);

  /* Archived pupils of that year appear with the toggle. */
  test_drop_down_choose (year, "Year 5");
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), TRUE);
  assert_shown (f, "Carter, Amy|Jones, Leo|O'Brien, Sean");
  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), FALSE);

  /* The chosen year survives the register reloading after a change... */
  g_assert_true (sendco_store_change_sen_status (f->school->store, sendco_pupil_get_id (f->foster),
                                                 "K", "MLD", NULL, "2026-11-01", "Assessed", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (year)),
                                               gtk_drop_down_get_selected (year)), ==, "Year 5");
  assert_shown (f, "Carter, Amy|O'Brien, Sean");

  /* ...and a new year group joins the choices, keeping the one chosen. */
  kemp = test_add_pupil (f->school->store, "Kemp", "Ava", 1, "N", NULL, NULL, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (year)), ==, 6);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (year)),
                                               gtk_drop_down_get_selected (year)), ==, "Year 5");
  assert_shown (f, "Carter, Amy|O'Brien, Sean");
  test_drop_down_choose (year, "Year 1");
  assert_shown (f, "Kemp, Ava");

  gtk_drop_down_set_selected (year, 0);
  g_assert_cmpuint (n_shown (f), ==, 10);
}

static void
test_need_filter (Fixture *f, gconstpointer data)
{
  GtkDropDown *need = sendco_register_page_get_need_filter (f->page);

  /* An area matches a primary or a secondary need in it. */
  test_drop_down_choose (need, sendco_area_name (SENDCO_AREA_COGNITION));
  assert_shown (f, "Adams, Tom|Brown, Zoë");
  test_drop_down_choose (need, sendco_area_name (SENDCO_AREA_COMMUNICATION));
  assert_shown (f, "Brown, Zoë|O'Brien, Sean");
  test_drop_down_choose (need, sendco_area_name (SENDCO_AREA_SEMH));
  assert_shown (f, "Carter, Amy");
  test_drop_down_choose (need, sendco_area_name (SENDCO_AREA_SENSORY_PHYSICAL));
  assert_shown (f, "");
  g_assert_cmpstr (sendco_register_page_get_view_name (f->page), ==, "no-match");

  /* A code matches as primary or secondary need. */
  test_drop_down_choose (need, "SPLD:");
  assert_shown (f, "Adams, Tom|Brown, Zoë");
  test_drop_down_choose (need, "SLCN:");
  assert_shown (f, "Brown, Zoë|O'Brien, Sean");
  test_drop_down_choose (need, "ASD:");
  assert_shown (f, "O'Brien, Sean");
  test_drop_down_choose (need, "SLD:");
  assert_shown (f, "");
  test_drop_down_choose (need, "NSA:");
  assert_shown (f, "");

  test_drop_down_choose (need, "All areas of need");
  assert_shown (f, ALL_ON_ROLL);
}

static void
test_flags_filter (Fixture *f, gconstpointer data)
{
  GtkDropDown *flags = sendco_register_page_get_flags_filter (f->page);

  test_drop_down_choose (flags, "Looked-after (LAC)");
  assert_shown (f, "Carter, Amy|O'Brien, Sean");
  test_drop_down_choose (flags, "Pupil premium (PP)");
  assert_shown (f, "Adams, Tom|O'Brien, Sean");
  test_drop_down_choose (flags, "EAL");
  assert_shown (f, "Brown, Zoë|Green, Maya");

  /* with the status filter: EAL pupils at SEN support */
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_K);
  assert_shown (f, "Brown, Zoë");
  test_drop_down_choose (flags, "Looked-after (LAC)");
  assert_shown (f, "Carter, Amy");

  test_drop_down_choose (flags, "All flags");
  assert_shown (f, "Adams, Tom|Brown, Zoë|Carter, Amy");
}

static void
test_archived_toggle (Fixture *f, gconstpointer data)
{
  GtkToggleButton *archived = sendco_register_page_get_archived_toggle (f->page);
  GtkWidget *view = GTK_WIDGET (f->page);
  g_autofree char *summary = NULL;

  gtk_toggle_button_set_active (archived, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 10);
  assert_shown (f, "Adams, Tom|Brown, Zoë|Carter, Amy|Evans, Lily|Foster, Jack|Green, Maya|"
                   "Hughes, Noah|Irwin, Ella|Jones, Leo|O'Brien, Sean");
  g_assert_cmpstr (showing_text (f), ==, "Showing 10 pupils");
  /* Their status column says when they left. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (test_has_label (view, "Jones, Leo"));
  g_assert_true (test_has_label (view, "Left 20/07/2026"));
  /* The summary counts pupils on roll only. */
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_true (g_str_has_prefix (summary, "3 at SEN support, 1 with an EHC plan: 44.4% of 9 on roll"));

  gtk_toggle_button_set_active (archived, FALSE);
  assert_shown (f, ALL_ON_ROLL);
}

static void
test_sort (Fixture *f, gconstpointer data)
{
  GtkColumnView *view = sendco_register_page_get_column_view (f->page);

  /* Name ascending is the default. */
  assert_shown (f, ALL_ON_ROLL);

  gtk_column_view_sort_by_column (view, column (f, "Name"), GTK_SORT_DESCENDING);
  assert_shown (f, "O'Brien, Sean|Irwin, Ella|Hughes, Noah|Green, Maya|Foster, Jack|Evans, Lily|"
                   "Carter, Amy|Brown, Zoë|Adams, Tom");
  gtk_column_view_sort_by_column (view, column (f, "Name"), GTK_SORT_ASCENDING);
  assert_shown (f, ALL_ON_ROLL);

  /* Year, then name within a year */
  gtk_column_view_sort_by_column (view, column (f, "Year"), GTK_SORT_ASCENDING);
  assert_shown (f, "Adams, Tom|Evans, Lily|Irwin, Ella|Brown, Zoë|Green, Maya|Carter, Amy|"
                   "O'Brien, Sean|Foster, Jack|Hughes, Noah");
  gtk_column_view_sort_by_column (view, column (f, "Year"), GTK_SORT_DESCENDING);
  assert_shown (f, "Hughes, Noah|Foster, Jack|O'Brien, Sean|Carter, Amy|Green, Maya|Brown, Zoë|"
                   "Irwin, Ella|Evans, Lily|Adams, Tom");

  /* SEN status: EHC plan, SEN support, monitoring, no SEN */
  gtk_column_view_sort_by_column (view, column (f, "SEN status"), GTK_SORT_ASCENDING);
  assert_shown (f, "O'Brien, Sean|Adams, Tom|Brown, Zoë|Carter, Amy|Evans, Lily|Foster, Jack|"
                   "Green, Maya|Hughes, Noah|Irwin, Ella");

  /* Primary need: empty values last */
  gtk_column_view_sort_by_column (view, column (f, "Primary need"), GTK_SORT_ASCENDING);
  assert_shown (f, "O'Brien, Sean|Carter, Amy|Brown, Zoë|Adams, Tom|Evans, Lily|Foster, Jack|"
                   "Green, Maya|Hughes, Noah|Irwin, Ella");

  /* Sorting applies to what a filter shows, too. */
  gtk_column_view_sort_by_column (view, column (f, "Name"), GTK_SORT_DESCENDING);
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_K);
  assert_shown (f, "Carter, Amy|Brown, Zoë|Adams, Tom");
}

static gint64
selected_id (Fixture *f)
{
  SendcoPupil *pupil = sendco_register_page_get_selected (f->page);

  return pupil ? sendco_pupil_get_id (pupil) : 0;
}

static void
test_live_refresh (Fixture *f, gconstpointer data)
{
  SendcoStore *store = f->school->store;
  GtkSingleSelection *selection = sendco_register_page_get_selection (f->page);
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPupil) hughes = NULL;
  g_autofree char *summary = NULL;

  /* Select Carter (third by name) */
  gtk_single_selection_set_selected (selection, 2);
  g_assert_cmpint (selected_id (f), ==, sendco_pupil_get_id (f->carter));

  /* Foster goes on SEN support: the register follows without a new store. */
  g_assert_true (sendco_store_change_sen_status (store, sendco_pupil_get_id (f->foster), "K", "MLD",
                                                 NULL, "2026-11-01", "Assessed in school", &error));
  g_assert_no_error (error);
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_cmpstr (summary, ==,
                   "4 at SEN support, 1 with an EHC plan: 55.6% of 9 on roll · 1 on the monitoring list");
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_K);
  assert_shown (f, "Adams, Tom|Brown, Zoë|Carter, Amy|Foster, Jack");
  /* The selection stayed on the same pupil. */
  g_assert_cmpint (selected_id (f), ==, sendco_pupil_get_id (f->carter));
  gtk_drop_down_set_selected (sendco_register_page_get_status_filter (f->page), SENDCO_STATUS_FILTER_ALL);

  /* A new surname moves the pupil in the name order. */
  hughes = sendco_store_get_pupil (store, sendco_pupil_get_id (f->hughes), &error);
  g_assert_no_error (error);
  sendco_pupil_set_text (hughes, SENDCO_PUPIL_LEGAL_SURNAME, "Abbott");
  g_assert_true (sendco_store_update_pupil (store, hughes, &error));
  g_assert_no_error (error);
  assert_shown (f, "Abbott, Noah|Adams, Tom|Brown, Zoë|Carter, Amy|Evans, Lily|Foster, Jack|"
                   "Green, Maya|Irwin, Ella|O'Brien, Sean");
  g_assert_cmpint (selected_id (f), ==, sendco_pupil_get_id (f->carter));

  /* Off the monitoring list */
  g_assert_true (sendco_store_set_monitoring (store, sendco_pupil_get_id (f->evans), FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_free (summary);
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_cmpstr (summary, ==, "4 at SEN support, 1 with an EHC plan: 55.6% of 9 on roll");

  /* A pupil leaves; another comes back. */
  g_assert_true (sendco_store_archive_pupil (store, sendco_pupil_get_id (f->irwin), "2026-11-20",
                                             "Moved out of the area", &error));
  g_assert_no_error (error);
  g_assert_true (sendco_store_restore_pupil (store, sendco_pupil_get_id (f->jones), &error));
  g_assert_no_error (error);
  assert_shown (f, "Abbott, Noah|Adams, Tom|Brown, Zoë|Carter, Amy|Evans, Lily|Foster, Jack|"
                   "Green, Maya|Jones, Leo|O'Brien, Sean");
  g_free (summary);
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_cmpstr (summary, ==, "4 at SEN support, 1 with an EHC plan: 55.6% of 9 on roll");

  /* E for another pupil: the plural */
  g_assert_true (sendco_store_change_sen_status (store, sendco_pupil_get_id (f->green), "E", "HI", NULL,
                                                 "2026-11-02", "EHC plan issued", &error));
  g_assert_no_error (error);
  g_free (summary);
  summary = sendco_register_page_dup_summary (f->page);
  g_assert_cmpstr (summary, ==, "4 at SEN support, 2 with EHC plans: 66.7% of 9 on roll");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), summary));
}

static void
test_picture (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;

  gtk_toggle_button_set_active (sendco_register_page_get_archived_toggle (f->page), TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  path = test_save_png (GTK_WIDGET (f->window), "register-page.png");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

#define ADD(name, func) \
  g_test_add ("/register/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("summary", test_summary);
  ADD ("search", test_search);
  ADD ("no-match", test_no_match);
  ADD ("filter/status", test_status_filter);
  ADD ("filter/year", test_year_filter);
  ADD ("filter/need", test_need_filter);
  ADD ("filter/flags", test_flags_filter);
  ADD ("filter/archived", test_archived_toggle);
  ADD ("sort", test_sort);
  ADD ("live-refresh", test_live_refresh);
  ADD ("picture", test_picture);
#undef ADD
  g_test_add_func ("/register/empty", test_empty);

  return g_test_run ();
}
