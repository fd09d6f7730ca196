/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map page on a real school file: the summary a SENDCO
 * quotes, every filter changing what the grid shows, the empty states,
 * clicking a cell to list its pupils and opening a pupil's record from
 * there, clicking a provision, following changes to the store, zoom,
 * printing to a PDF through GtkPrintOperation, exporting a PDF in a thread,
 * and a plain error when the folder is gone. Pictures in light and dark. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "provision-test-school.h"
#include "sendco-provision-map-page.h"
#include "sendco-pupil-window.h"
#include "sendco-store-provision.h"

typedef struct
{
  TestSchool             *school;
  GtkWindow              *window;
  SendcoProvisionMapPage *page;
  ProvisionTestIds        ids;
} Fixture;

/* Longer than the page waits for writes to settle. */
#define REBUILD_WAIT_MS 600

#define YEAR_SUMMARY "£1,959.21 on additional provision for 5 pupils · budget £50,000.00"

static void
show_page (Fixture *f)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 720);
  f->page = g_object_new (SENDCO_TYPE_PROVISION_MAP_PAGE, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  sendco_provision_map_page_set_store (f->page, f->school->store);
  test_show (f->window);
}

/* The school of the model tests: Talk Boost £1,232.25 and one-to-one
 * reading £726.96 this school year. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->school = test_school_new (TRUE);
  provision_test_school_add (f->school->store, FALSE, &f->ids);
  show_page (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_destroy_toplevels ();
  test_school_free (f->school);
}

static void
assert_summary (Fixture *f, const char *expected)
{
  g_autofree char *summary = sendco_provision_map_page_dup_summary (f->page);

  g_assert_cmpstr (summary, ==, expected);
}

static const SendcoProvisionMap *
shown_map (Fixture *f)
{
  return sendco_provision_map_view_get_map (sendco_provision_map_page_get_view (f->page));
}

static int
band_of (const SendcoProvisionMap *map, SendcoArea area, int wave)
{
  for (guint i = 0; i < map->rows->len; i++)
    {
      const SendcoMapRow *row = &g_array_index (map->rows, SendcoMapRow, i);

      if (row->area == area && row->wave == wave)
        return (int) i;
    }
  return -1;
}

static int
column_of (const SendcoProvisionMap *map, int year)
{
  for (guint i = 0; i < map->n_years; i++)
    if (map->years[i] == year)
      return (int) i;
  return -1;
}

static void
test_summary_and_filters (Fixture *f, gconstpointer data)
{
  const SendcoProvisionMap *map;
  GtkLabel *period;

  g_assert_cmpstr (sendco_provision_map_page_get_state (f->page), ==, "map");
  assert_summary (f, YEAR_SUMMARY);
  map = shown_map (f);
  g_assert_cmpuint (map->rows->len, ==, 2);
  g_assert_cmpuint (map->n_years, ==, 3);
  period = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                     SENDCO_TYPE_PROVISION_MAP_PAGE,
                                                     "period_label"));
  g_assert_cmpstr (gtk_label_get_text (period), ==,
                   "School year 2026 to 2027 · 01/09/2026 to 31/08/2027");

  /* One area of need. */
  test_drop_down_choose (sendco_provision_map_page_get_area_filter (f->page), "Cognition");
  assert_summary (f, "£726.96 on additional provision for 2 pupils · budget £50,000.00");
  map = shown_map (f);
  g_assert_cmpuint (map->rows->len, ==, 1);
  g_assert_cmpint (g_array_index (map->rows, SendcoMapRow, 0).area, ==, SENDCO_AREA_COGNITION);

  /* ...and wave 2 of it: nothing, said plainly, with a way back. */
  test_drop_down_choose (sendco_provision_map_page_get_wave_filter (f->page), "Wave 2");
  g_assert_cmpstr (sendco_provision_map_page_get_state (f->page), ==, "none");
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Nothing Matches These Filters"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.clear-filters",
                                             NULL));
  g_assert_cmpstr (sendco_provision_map_page_get_state (f->page), ==, "map");
  assert_summary (f, YEAR_SUMMARY);
  g_assert_cmpuint (gtk_drop_down_get_selected (sendco_provision_map_page_get_area_filter (f->page)),
                    ==, 0);

  /* One year group: the choices are the year groups on the map. */
  test_drop_down_choose (sendco_provision_map_page_get_year_filter (f->page), "Reception");
  map = shown_map (f);
  g_assert_cmpuint (map->n_years, ==, 1);
  g_assert_cmpint (map->years[0], ==, 0);
  g_assert_cmpuint (map->rows->len, ==, 1);
  assert_summary (f, "£821.50 on additional provision for 2 pupils · budget £50,000.00");
  test_drop_down_choose (sendco_provision_map_page_get_year_filter (f->page), "All");

  /* This term: Evans starts reading in January, so four pupils. */
  test_drop_down_choose (sendco_provision_map_page_get_period_filter (f->page), "This term");
  map = shown_map (f);
  g_assert_cmpuint (map->pupils_total, ==, 4);
  g_assert_cmpint (map->period, ==, SENDCO_PERIOD_TERM);
  g_assert_cmpstr (gtk_label_get_text (period), ==, "Autumn term 2026 · 01/09/2026 to 31/12/2026");
  {
    g_autofree char *summary = sendco_provision_map_page_dup_summary (f->page);

    g_assert_true (g_str_has_suffix (summary, "for 4 pupils · budget £50,000.00"));
  }
}

static void
test_cell_pupils (Fixture *f, gconstpointer data)
{
  SendcoProvisionMapView *view = sendco_provision_map_page_get_view (f->page);
  const SendcoProvisionMap *map = shown_map (f);
  int band = band_of (map, SENDCO_AREA_COMMUNICATION, 2), reception = column_of (map, 0);
  GtkListBox *list = sendco_provision_map_page_get_cell_list (f->page);
  GtkListBoxRow *first;
  SendcoPupilWindow *window;
  graphene_rect_t cell;

  g_assert_false (sendco_provision_map_page_get_cell_shown (f->page));
  sendco_provision_map_view_scroll_to_cell (view, band, reception);
  g_assert_true (sendco_provision_map_view_get_cell_area (view, band, reception, &cell));
  /* a click at the foot of the cell, below its provisions */
  g_assert_true (sendco_provision_map_view_click (view, cell.origin.x + cell.size.width / 2,
                                                  cell.origin.y + cell.size.height - 3));
  g_assert_true (sendco_provision_map_page_get_cell_shown (f->page));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Reception"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page),
                                 "Communication and interaction\nWave 2: targeted"));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "2 pupils · £821.50"));

  first = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Adams, Sam");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), ==,
                   "Reception · Talk Boost");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 1))), ==,
                   "Brown, Sam");
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  /* each with their share: a third of £1,232.25 */
  g_assert_true (test_has_label (GTK_WIDGET (first), "£410.75"));

  /* Opening a pupil's record from the list. */
  g_signal_emit_by_name (first, "activated");
  window = SENDCO_PUPIL_WINDOW (test_find_toplevel (SENDCO_TYPE_PUPIL_WINDOW, NULL));
  g_assert_nonnull (window);
  g_assert_cmpint (sendco_pupil_window_get_pupil_id (window), ==, f->ids.adams);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Another cell replaces the list; Escape closes it. */
  {
    int year3 = column_of (map, 3);

    sendco_provision_map_view_scroll_to_cell (view, band, year3);
    g_assert_true (sendco_provision_map_view_get_cell_area (view, band, year3, &cell));
    g_assert_true (sendco_provision_map_view_click (view, cell.origin.x + 5,
                                                    cell.origin.y + cell.size.height - 3));
    g_assert_cmpstr (adw_preferences_row_get_title (
                       ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==,
                     "Chen, Sam");
    g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.close-cell", NULL));
  g_assert_false (sendco_provision_map_page_get_cell_shown (f->page));
}

static void
on_provision_activated (SendcoProvisionMapPage *page, gint64 id, gint64 *out)
{
  *out = id;
}

static void
test_provision_click (Fixture *f, gconstpointer data)
{
  SendcoProvisionMapView *view = sendco_provision_map_page_get_view (f->page);
  const SendcoProvisionMap *map = shown_map (f);
  int band = band_of (map, SENDCO_AREA_COGNITION, 3), year6 = column_of (map, 6);
  graphene_rect_t line;
  gint64 activated = 0;

  g_signal_connect (f->page, "provision-activated", G_CALLBACK (on_provision_activated),
                    &activated);
  sendco_provision_map_view_scroll_to_cell (view, band, year6);
  g_assert_true (sendco_provision_map_view_get_provision_area (view, band, year6, f->ids.reading,
                                                               &line));
  g_assert_true (sendco_provision_map_view_click (view, line.origin.x + line.size.width / 2,
                                                  line.origin.y + line.size.height / 2));
  g_assert_cmpint (activated, ==, f->ids.reading);
  /* a provision's line does not open the cell's list */
  g_assert_false (sendco_provision_map_page_get_cell_shown (f->page));
}

static gboolean
summary_changed (gpointer data)
{
  Fixture *f = data;
  g_autofree char *summary = sendco_provision_map_page_dup_summary (f->page);

  return g_strcmp0 (summary, YEAR_SUMMARY) != 0;
}

static void
test_live_refresh (Fixture *f, gconstpointer data)
{
  const SendcoProvisionMap *map;
  g_autoptr (GPtrArray) pupils = NULL;
  int band;

  /* Chen joins one-to-one reading: the map follows, once the writes settle. */
  provision_test_enrol (f->school->store, f->ids.reading, f->ids.chen, "2026-09-01");
  assert_summary (f, YEAR_SUMMARY);
  g_assert_true (test_spin_until (summary_changed, f, TEST_TIMEOUT_MS));
  map = shown_map (f);
  g_assert_cmpint (map->total, >, 123225 + 72696);
  band = band_of (map, SENDCO_AREA_COGNITION, 3);
  pupils = sendco_provision_map_cell_pupils (map, band, 3);
  g_assert_cmpuint (pupils->len, ==, 2);
}

static gboolean
press_key (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

/* The arrow keys move between cells; Enter lists the cell's pupils. */
static void
test_keyboard (Fixture *f, gconstpointer data)
{
  SendcoProvisionMapView *view = sendco_provision_map_page_get_view (f->page);
  GtkListBox *list = sendco_provision_map_page_get_cell_list (f->page);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  /* the first key lands on the first cell: Talk Boost's band, Reception */
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Right));
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Return));
  g_assert_true (sendco_provision_map_page_get_cell_shown (f->page));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Year 3"));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==,
                   "Chen, Sam");
  /* down to reading, across to Year 6, past the end stays there */
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_End));
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_space));
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "Year 6"));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==,
                   "Evans, Sam");
  /* letters are left for others */
  g_assert_false (press_key (GTK_WIDGET (view), GDK_KEY_a));
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  SendcoProvisionMapView *view = sendco_provision_map_page_get_view (f->page);

  g_assert_cmpfloat (sendco_provision_map_view_get_zoom (view), ==, 1.0);
  g_assert_true (test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, "100%"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.zoom-in", NULL));
  g_assert_cmpfloat (sendco_provision_map_view_get_zoom (view), ==, 1.1);
  g_assert_true (test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, "110%"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.zoom-out", NULL));
  g_assert_cmpfloat (sendco_provision_map_view_get_zoom (view), ==, 0.9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.zoom-reset",
                                             NULL));
  g_assert_cmpfloat (sendco_provision_map_view_get_zoom (view), ==, 1.0);
}

static gboolean
idle_page (gpointer data)
{
  Fixture *f = data;

  return !sendco_provision_map_page_is_busy (f->page);
}

static char *
run_tool (const char *tool, const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv_text[] = { program, "-layout", (char *) path, "-", NULL };
  const char *argv_info[] = { program, (char *) path, NULL };
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) (g_str_equal (tool, "pdftotext") ? argv_text : argv_info),
                               NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_print_to_file (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->school->dir, "printed.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL;

  sendco_provision_map_page_print (f->page, out);
  g_assert_true (sendco_provision_map_page_is_busy (f->page));
  /* nothing else starts meanwhile */
  g_assert_false (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (f->page),
                                                                    "provision-map.export-pdf")));
  g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  info = run_tool ("pdfinfo", out);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_test_message ("%s", info);
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  text = run_tool ("pdftotext", out);
  g_assert_nonnull (strstr (text, "Oak Hill Primary"));
  g_assert_nonnull (strstr (text, "Provision map"));
  g_assert_nonnull (strstr (text, "Talk Boost"));
  g_assert_nonnull (strstr (text, "£1,959.21"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));

  /* kept beside the test, to look at */
  {
    g_autofree char *contents = NULL;
    g_autofree char *kept = g_build_filename (g_test_get_dir (G_TEST_BUILT), "app",
                                              "provision-map-printed.pdf", NULL);
    gsize length;

    g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
    g_file_set_contents (kept, contents, (gssize) length, NULL);
  }
}

static void
test_export_pdf (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->school->dir, "map.pdf", NULL);
  g_autofree char *gone = g_build_filename (f->school->dir, "Governors", "map.pdf", NULL);
  g_autofree char *info = NULL;
  GtkRevealer *progress;
  AdwMessageDialog *dialog;

  progress = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                          SENDCO_TYPE_PROVISION_MAP_PAGE,
                                                          "progress_revealer"));
  test_drop_down_choose (sendco_provision_map_page_get_area_filter (f->page), "Communication");
  sendco_provision_map_page_export_pdf (f->page, out, SENDCO_PAPER_A3);
  g_assert_true (gtk_revealer_get_reveal_child (progress));
  g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
  g_assert_false (gtk_revealer_get_reveal_child (progress));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  info = run_tool ("pdfinfo", out);
  if (info)
    {
      g_autofree char *text = run_tool ("pdftotext", out);

      g_assert_true (g_regex_match_simple ("^Page size: +1190.55 x 841.89 pts \\(A3\\)$", info,
                                           G_REGEX_MULTILINE, 0));
      /* the filters shown are the filters exported */
      g_assert_nonnull (strstr (text, "Talk Boost"));
      g_assert_null (strstr (text, "Reading one-to-one"));
    }

  /* A folder that is not there: a plain message naming it. */
  sendco_provision_map_page_export_pdf (f->page, gone, SENDCO_PAPER_A4);
  g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Provision Map Was Not Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "does not exist"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Governors"));
  test_respond (dialog, "close");
}

/* The workbook for the business manager: written in a thread, the filters
 * shown are the filters exported. */
static void
test_export_xlsx (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->school->dir, "map.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  test_drop_down_choose (sendco_provision_map_page_get_area_filter (f->page), "Communication");
  sendco_provision_map_page_export_xlsx (f->page, out);
  g_assert_true (sendco_provision_map_page_is_busy (f->page));
  g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  /* an XLSX is a zip holding the workbook's parts */
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 2, "PK", 2);
  {
    gboolean found = FALSE;

    for (gsize i = 0; !found && i + 15 <= length; i++)
      found = memcmp (contents + i, "xl/workbook.xml", 15) == 0;
    g_assert_true (found);
  }
}

static void
test_cancel_export (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->school->dir, "map.pdf", NULL);

  sendco_provision_map_page_export_pdf (f->page, out, SENDCO_PAPER_A4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "provision-map.cancel", NULL));
  g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  {
    g_autoptr (GDir) dir = g_dir_open (f->school->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)))
      g_assert_true (g_str_has_prefix (name, "school.sendco"));
  }
}

static void
test_empty (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  GtkWidget *button;
  g_autoptr (GError) error = NULL;

  f->school = test_school_new (TRUE);
  show_page (f);
  g_assert_cmpstr (sendco_provision_map_page_get_state (f->page), ==, "empty");
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "No Provision Yet"));
  button = test_find_action_button (GTK_WIDGET (f->page), "win.show-page");
  g_assert_nonnull (button);
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)),
                                         NULL), ==, "provisions");
  g_assert_false (gtk_widget_is_sensitive (test_find_action_button (GTK_WIDGET (f->page),
                                                                    "provision-map.print")));
  g_free (test_save_png (GTK_WIDGET (f->window), "provision-map-empty.png"));

  /* A provision in the library with nobody on it yet. */
  f->ids.ta = provision_test_add_staff (f->school->store, "Jo Taylor", "ta", 1850);
  provision_test_add_provision (f->school->store, "Talk Boost", "communication", 2, f->ids.ta, 6, 3,
                                30, 0);
  test_spin (REBUILD_WAIT_MS);
  g_assert_cmpstr (sendco_provision_map_page_get_state (f->page), ==, "none");
  g_assert_true (test_has_label (GTK_WIDGET (f->page), "No Pupils Receive Provision This Year"));

  test_destroy_toplevels ();
  test_school_free (f->school);
}

static void
test_pictures (Fixture *f, gconstpointer data)
{
  SendcoProvisionMapView *view = sendco_provision_map_page_get_view (f->page);
  const SendcoProvisionMap *map = shown_map (f);
  int band = band_of (map, SENDCO_AREA_COMMUNICATION, 2), reception = column_of (map, 0);
  AdwStyleManager *style = adw_style_manager_get_default ();
  graphene_rect_t cell;

  g_assert_true (sendco_provision_map_view_get_cell_area (view, band, reception, &cell));
  sendco_provision_map_view_click (view, cell.origin.x + 10, cell.origin.y + cell.size.height - 3);
  test_spin (400);
  g_free (test_save_png (GTK_WIDGET (f->window), "provision-map-page.png"));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin (400);
  g_free (test_save_png (GTK_WIDGET (f->window), "provision-map-page-dark.png"));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* An export under way: its progress and Cancel above the map. */
  {
    g_autofree char *out = g_build_filename (f->school->dir, "map.pdf", NULL);

    sendco_provision_map_page_export_pdf (f->page, out, SENDCO_PAPER_A4);
    test_spin (5);
    g_free (test_save_png (GTK_WIDGET (f->window), "provision-map-exporting.png"));
    g_assert_true (test_spin_until (idle_page, f, TEST_TIMEOUT_MS));
    test_spin (100);
    g_free (test_save_png (GTK_WIDGET (f->window), "provision-map-exported.png"));
  }
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, TRUE);

#define ADD(name, func) \
  g_test_add ("/provision-map-page/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("summary-and-filters", test_summary_and_filters);
  ADD ("cell-pupils", test_cell_pupils);
  ADD ("provision-click", test_provision_click);
  ADD ("live-refresh", test_live_refresh);
  ADD ("keyboard", test_keyboard);
  ADD ("zoom", test_zoom);
  ADD ("print-to-file", test_print_to_file);
  ADD ("export-pdf", test_export_pdf);
  ADD ("export-xlsx", test_export_xlsx);
  ADD ("cancel-export", test_cancel_export);
  ADD ("pictures", test_pictures);
#undef ADD
  g_test_add_func ("/provision-map-page/empty", test_empty);

  return g_test_run ();
}
