/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sendco-table-row.h"
#include "sendco-resources.h"
#include "sendco-upn.h"

void
test_init (int *argc, char ***argv, gboolean register_resources)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  if (register_resources)
    {
      /* What AdwApplication does with the resource base path: the app's style. */
      g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

      sendco_register_resource ();
      gtk_css_provider_load_from_resource (css, "/org/example/Sendco/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      if (dir)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

TestSchool *
test_school_new (gboolean with_school)
{
  g_autoptr (GError) error = NULL;
  TestSchool *school = g_new0 (TestSchool, 1);

  school->dir = g_dir_make_tmp ("sendco-test-app-XXXXXX", &error);
  g_assert_no_error (error);
  school->path = g_build_filename (school->dir, "school.sendco", NULL);
  school->store = sendco_store_open (school->path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (school->store);

  if (with_school)
    {
      g_autoptr (SendcoSchool) details = sendco_school_new ("Oak Hill Primary", "Leeds", "primary");

      g_assert_true (sendco_store_set_school (school->store, details, &error));
      g_assert_no_error (error);
    }
  return school;
}

void
test_school_close_store (TestSchool *school)
{
  g_clear_object (&school->store);
}

void
test_school_free (TestSchool *school)
{
  if (school == NULL)
    return;
  g_clear_object (&school->store);
  remove_tree (school->dir);
  g_free (school->dir);
  g_free (school->path);
  g_free (school);
}

char *
test_school_file (TestSchool *school, const char *name)
{
  return g_build_filename (school->dir, name, NULL);
}

char *
test_upn (guint serial)
{
  return sendco_upn_build (931, 2102, 16, serial % 1000);
}

SendcoPupil *
test_add_pupil (SendcoStore *store, const char *surname, const char *forename, int year_group,
                const char *status, const char *primary, const char *secondary, guint flags,
                const char *since)
{
  static guint serial = 100;
  g_autoptr (GError) error = NULL;
  g_autofree char *upn = test_upn (serial++);
  g_autofree char *dob = g_strdup_printf ("%04d-03-14", 2021 - year_group);
  g_autofree char *form = g_strdup_printf ("%dA", year_group);
  SendcoPupil *pupil = sendco_pupil_new ();

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, dob);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_GENDER, "F");
  sendco_pupil_set_year_group (pupil, year_group);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_FORM, form);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, status);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, primary ? primary : "");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SECONDARY_NEED, secondary ? secondary : "");
  sendco_pupil_set_lac (pupil, (flags & TEST_LAC) != 0);
  sendco_pupil_set_fsm (pupil, (flags & TEST_FSM) != 0);
  sendco_pupil_set_eal (pupil, (flags & TEST_EAL) != 0);

  g_assert_true (sendco_store_insert_pupil (store, pupil, since ? since : "2025-09-03",
                                            "Recorded for the test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sendco_pupil_get_id (pupil), >, 0);
  return pupil;
}

/* Main loop */

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
test_spin_until (gboolean (*done) (gpointer data), gpointer data, guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint tick = g_timeout_add (10, wake_up, NULL);
  gboolean ok;

  while (!(ok = done (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return ok;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
test_spin (guint ms)
{
  test_spin_until (never, NULL, ms);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* @weak_pointer must have been given to g_object_add_weak_pointer(). */
void
test_spin_until_destroyed (gpointer *weak_pointer)
{
  if (!test_spin_until (is_null, weak_pointer, TEST_TIMEOUT_MS))
    g_error ("%s was not destroyed in time", G_OBJECT_TYPE_NAME (*weak_pointer));
}

void
test_show (GtkWindow *window)
{
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* Widgets */

static const char *
widget_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return NULL;
}

GtkWidget *
test_find_widget (GtkWidget *root, GType type, const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (label == NULL || g_strcmp0 (widget_label (root), label) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_widget (child, type, label);

      if (found)
        return found;
    }
  return NULL;
}

GtkWidget *
test_find_action_button (GtkWidget *root, const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_action_button (child, action_name);

      if (found)
        return found;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *widget, GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  /* Table rows draw their cells themselves: each cell counts as a label. */
  if (SENDCO_IS_TABLE_ROW (widget) && gtk_widget_get_mapped (widget))
    for (guint i = 0; i < 32; i++)
      if (sendco_table_row_get_text (SENDCO_TABLE_ROW (widget), i)[0])
        g_ptr_array_add (texts, g_strdup (sendco_table_row_get_text (SENDCO_TABLE_ROW (widget), i)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* The texts of every label on show under @root. */
GPtrArray *
test_collect_labels (GtkWidget *root)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_labels (root, texts);
  return texts;
}

gboolean
test_has_label (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) texts = test_collect_labels (root);

  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

GtkWindow *
test_find_toplevel (GType type, GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        found = window;
    }
  return found;
}

/* A button's "clicked", or a list row's activation, as a pointer gives it. */
void
test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_mapped (button));
  if (GTK_IS_LIST_BOX_ROW (button))
    {
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (button)));
      g_assert_true (gtk_widget_activate (button));
    }
  else
    {
      g_assert_true (GTK_IS_BUTTON (button));
      g_signal_emit_by_name (button, "clicked");
    }
}

void
test_respond (AdwMessageDialog *dialog, const char *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *button;

  g_assert_nonnull (label);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  button = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);
  g_assert_nonnull (button);
  test_click (button);
}

void
test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  test_spin (20);
}

void
test_drop_down_choose (GtkDropDown *drop_down, const char *prefix)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  g_assert_true (GTK_IS_STRING_LIST (model));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), prefix))
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  g_error ("The drop-down has no item starting “%s”", prefix);
}

char *
test_shown_names (GListModel *shown)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (shown, i);
      g_autofree char *name = sendco_pupil_dup_display_name (pupil);

      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, name);
    }
  return g_string_free (names, FALSE);
}

char *
test_save_png (GtkWidget *window, const char *name)
{
  const char *built = g_test_get_dir (G_TEST_BUILT);
  g_autofree char *app_dir = g_build_filename (built, "app", NULL);
  const char *dir = g_file_test (app_dir, G_FILE_TEST_IS_DIR) ? app_dir : built;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* The paintable holds the window's last frame; right after a change it may
   * have none yet, so wait for the frame clock (up to two seconds). */
  for (guint tries = 0; node == NULL && tries < 40; tries++)
    {
      if (tries > 0)
        {
          gtk_widget_queue_draw (window);
          test_spin (50);
          snapshot = gtk_snapshot_new ();
        }
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
  return path;
}
