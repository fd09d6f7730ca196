/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the welcome page until a school file is open, then the
 * school's pages. It owns the open SendcoStore and passes it down. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sendco-census-dialog.h"
#include "sendco-clock.h"
#include "sendco-deadline-calculator.h"
#include "sendco-deadlines-page.h"
#include "sendco-demo.h"
#include "sendco-import-dialog.h"
#include "sendco-provision-map-page.h"
#include "sendco-provisions-page.h"
#include "sendco-register-export.h"
#include "sendco-register-page.h"
#include "sendco-school-dialog.h"
#include "sendco-welcome-page.h"
#include "sendco-window.h"

struct _SendcoWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack         *school_stack;
  AdwViewSwitcherBar   *switcher_bar;
  SendcoDeadlinesPage  *deadlines_page;
  SendcoProvisionsPage *provisions_page;
  SendcoProvisionMapPage *map_page;
  GtkRevealer          *demo_revealer;
  GtkStack             *main_stack;
  SendcoWelcomePage    *welcome_page;
  SendcoRegisterPage   *register_page;

  GSettings            *settings;
  SendcoStore          *store;
  SendcoSchool         *school;
  char                 *path;         /* where a new school is made when none is open */
  char                 *demo_dir;     /* temporary folder of the demo school, removed on close */

  AdwToast             *undo_toast;
  SendcoUndoFunc        undo_func;
  gpointer              undo_data;
  GDestroyNotify        undo_destroy;
};

G_DEFINE_FINAL_TYPE (SendcoWindow, sendco_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_undo (SendcoWindow *self)
{
  if (self->undo_destroy && self->undo_data)
    self->undo_destroy (self->undo_data);
  self->undo_func = NULL;
  self->undo_data = NULL;
  self->undo_destroy = NULL;
  if (self->undo_toast)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->undo_toast), (gpointer *) &self->undo_toast);
      adw_toast_dismiss (self->undo_toast);
      self->undo_toast = NULL;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

static void
remove_demo_dir (SendcoWindow *self)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  if (self->demo_dir == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat ("demo.sendco", suffixes[i], NULL);
      g_autofree char *file = g_build_filename (self->demo_dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (self->demo_dir);
  g_clear_pointer (&self->demo_dir, g_free);
}

static void
update_actions (SendcoWindow *self)
{
  gboolean open = self->store != NULL;
  gboolean writable = open && !sendco_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-register", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.school-details", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", self->store == NULL || writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.census-check", open);
}

static void
update_title (SendcoWindow *self)
{
  const char *name = self->school ? sendco_school_get_name (self->school) : NULL;

  if (name && name[0])
    {
      g_autofree char *title = g_strdup_printf (_("%s — Sendco"), name);
      const char *subtitle = sendco_school_get_is_demo (self->school)
                               ? _("Demo school")
                               : sendco_school_get_local_authority (self->school);

      adw_view_switcher_title_set_title (self->window_title, name);
      adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    {
      adw_view_switcher_title_set_title (self->window_title, _("Sendco"));
      adw_view_switcher_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Sendco"));
    }
  gtk_revealer_set_reveal_child (self->demo_revealer,
                                 self->school && sendco_school_get_is_demo (self->school));
}

static void
on_school_changed (SendcoStore *store, const char *table, SendcoWindow *self)
{
  g_autoptr (SendcoSchool) school = sendco_store_get_school (store, NULL);

  if (school)
    g_set_object (&self->school, school);
  update_title (self);
}

static void
set_store (SendcoWindow *self, SendcoStore *store)
{
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  clear_undo (self);
  g_set_object (&self->store, store);
  g_clear_object (&self->school);

  if (store)
    {
      self->school = sendco_store_get_school (store, NULL);
      g_signal_connect (store, "changed::school", G_CALLBACK (on_school_changed), self);
    }

  sendco_register_page_set_store (self->register_page, store);
  sendco_deadlines_page_set_store (self->deadlines_page, store);
  sendco_provisions_page_set_store (self->provisions_page, store);
  sendco_provision_map_page_set_store (self->map_page, store);
  gtk_stack_set_visible_child_name (self->main_stack, store ? "school" : "welcome");
  /* The page switcher belongs to a school, not to the welcome page. */
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), store != NULL);
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sendco_window_show_error (SendcoWindow *self, const char *heading, const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (SENDCO_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sendco_window_toast (SendcoWindow *self, const char *text)
{
  g_return_if_fail (SENDCO_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/**
 * sendco_window_offer_undo:
 *
 * Shows @text in a toast with an Undo button (also Ctrl+Z) that calls @undo
 * with @data. Only the latest change can be undone this way.
 */
void
sendco_window_offer_undo (SendcoWindow *self, const char *text, SendcoUndoFunc undo,
                          gpointer data, GDestroyNotify destroy)
{
  AdwToast *toast;

  g_return_if_fail (SENDCO_IS_WINDOW (self));

  clear_undo (self);
  self->undo_func = undo;
  self->undo_data = data;
  self->undo_destroy = destroy;

  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 10);
  self->undo_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->undo_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);
}

/**
 * sendco_window_open_file:
 *
 * Opens the school file at @path (creating nothing). On error the window is
 * left as it was and @error says why in plain words.
 */
gboolean
sendco_window_open_file (SendcoWindow *self, const char *path, GError **error)
{
  g_autoptr (SendcoStore) store = NULL;

  g_return_val_if_fail (SENDCO_IS_WINDOW (self), FALSE);

  store = sendco_store_open (path, SENDCO_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return FALSE;
  if (!sendco_store_has_school (store))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NO_SCHOOL,
                   _("“%s” has no school in it yet."), path);
      return FALSE;
    }

  set_store (self, store);
  if (self->school && !sendco_school_get_is_demo (self->school))
    g_settings_set_string (self->settings, "last-database", path);
  return TRUE;
}

static SendcoStore *
create_school (SendcoWindow *self, SendcoSchool *school)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;

  store = sendco_store_open (self->path, SENDCO_STORE_OPEN_CREATE, &error);
  if (store && !sendco_store_has_school (store))
    {
      if (!sendco_store_set_school (store, school, &error))
        g_clear_object (&store);
    }
  else if (store)
    {
      g_set_error (&error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                   _("There is already a school file at “%s”. Open it from the menu instead."),
                   self->path);
      g_clear_object (&store);
    }

  if (store == NULL)
    {
      sendco_window_show_error (self, _("The School Could Not Be Created"), error->message);
      return NULL;
    }

  remove_demo_dir (self);
  set_store (self, store);
  g_settings_set_string (self->settings, "last-database", self->path);
  return g_steal_pointer (&store);
}

static void
start_import (SendcoWindow *self)
{
  SendcoImportDialog *dialog = sendco_import_dialog_new (GTK_WINDOW (self), self->store);

  sendco_import_dialog_choose_file (dialog);
}

static void
on_school_dialog_response (AdwMessageDialog *dialog, const char *response, SendcoWindow *self)
{
  g_autoptr (SendcoSchool) school = NULL;
  g_autoptr (GError) error = NULL;
  gboolean then_import = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "then-import"));

  if (g_str_equal (response, "cancel") || g_str_equal (response, "close"))
    return;

  school = sendco_school_dialog_dup_school (SENDCO_SCHOOL_DIALOG (dialog));
  if (sendco_school_dialog_get_creating (SENDCO_SCHOOL_DIALOG (dialog)))
    {
      g_autoptr (SendcoStore) store = create_school (self, school);

      if (store && then_import)
        start_import (self);
      else if (store)
        sendco_window_toast (self, _("Your school is ready. Import pupils from your MIS export to fill the register."));
    }
  else if (!sendco_store_set_school (self->store, school, &error))
    sendco_window_show_error (self, _("School Details Not Saved"), error->message);
}

static void
show_school_dialog (SendcoWindow *self, gboolean creating, gboolean then_import)
{
  SendcoSchoolDialog *dialog;

  dialog = sendco_school_dialog_new (GTK_WINDOW (self), creating ? NULL : self->school,
                                     then_import ? _("_Next") : NULL);
  g_object_set_data (G_OBJECT (dialog), "then-import", GINT_TO_POINTER (then_import));
  g_signal_connect (dialog, "response", G_CALLBACK (on_school_dialog_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_school_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);

  /* From the demo school, a new school goes where a real one belongs. */
  if (self->demo_dir || self->path == NULL)
    {
      g_free (self->path);
      self->path = sendco_store_default_path ();
    }
  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_autoptr (GError) error = NULL;

      if (!sendco_window_open_file (self, self->path, &error))
        sendco_window_show_error (self, _("Your School File Could Not Be Opened"), error->message);
      else
        sendco_window_toast (self, _("Opened your school file."));
      return;
    }
  show_school_dialog (self, TRUE, FALSE);
}

static void
open_demo_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autofree char *dir = NULL, *file = NULL;
  SendcoDemoOptions options = { SENDCO_DEMO_DEFAULT_PUPILS, 1, NULL };
  GDate today;

  dir = g_dir_make_tmp ("sendco-demo-XXXXXX", &error);
  if (dir)
    {
      file = g_build_filename (dir, "demo.sendco", NULL);
      store = sendco_store_open (file, SENDCO_STORE_OPEN_CREATE, &error);
    }
  sendco_today (&today);
  if (store && !sendco_demo_generate (store, &options, &today, &error))
    g_clear_object (&store);

  if (store == NULL)
    {
      if (dir)
        g_rmdir (dir);
      sendco_window_show_error (self, _("The Demo School Could Not Be Made"), error->message);
      return;
    }

  set_store (self, NULL);
  remove_demo_dir (self);
  self->demo_dir = g_steal_pointer (&dir);
  set_store (self, store);
}

static void
import_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);

  if (self->store == NULL)
    show_school_dialog (self, TRUE, TRUE);
  else
    start_import (self);
}

static void
on_export_response (GtkNativeDialog *chooser, int response, SendcoWindow *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  if (!sendco_register_export_csv (self->store, path, &error))
    sendco_window_show_error (self, _("The Register Could Not Be Exported"), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Register exported to “%s”"), name);

      sendco_window_toast (self, text);
    }
}

static void
export_register_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *name = g_strdup_printf (_("SEND register %s.csv"), today);

  chooser = gtk_file_chooser_native_new (_("Export Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_response (GtkNativeDialog *chooser, int response, SendcoWindow *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (!sendco_window_open_file (self, path, &error))
    sendco_window_show_error (self, _("The School File Could Not Be Opened"), error->message);
  else
    remove_demo_dir (self);
}

static void
open_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open School File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Sendco school files"));
  gtk_file_filter_add_suffix (filter, "sendco");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
school_details_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  show_school_dialog (SENDCO_WINDOW (widget), FALSE, FALSE);
}

static void
census_check_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);

  if (self->store)
    sendco_census_dialog_present (GTK_WINDOW (self), self->store);
}

static void
deadline_calculator_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_deadline_calculator_present (GTK_WINDOW (widget));
}

static void
undo_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);
  SendcoUndoFunc func = self->undo_func;
  gpointer data = self->undo_data;
  GDestroyNotify destroy = self->undo_destroy;

  if (func == NULL)
    return;

  /* Take the undo first so it runs once, even if it offers another. */
  self->undo_func = NULL;
  self->undo_data = NULL;
  self->undo_destroy = NULL;
  clear_undo (self);

  func (self, data);
  if (destroy)
    destroy (data);
}

static void
find_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->school_stack, "register");
  sendco_register_page_focus_search (self->register_page);
}

static void
show_page_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoWindow *self = SENDCO_WINDOW (widget);

  if (self->store)
    adw_view_stack_set_visible_child_name (self->school_stack, g_variant_get_string (param, NULL));
}

static gboolean
sendco_window_close_request (GtkWindow *window)
{
  SendcoWindow *self = SENDCO_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (sendco_window_parent_class)->close_request (window);
}

static void
sendco_window_dispose (GObject *object)
{
  SendcoWindow *self = SENDCO_WINDOW (object);

  clear_undo (self);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->register_page)
    sendco_register_page_set_store (self->register_page, NULL);
  if (self->deadlines_page)
    sendco_deadlines_page_set_store (self->deadlines_page, NULL);
  if (self->provisions_page)
    sendco_provisions_page_set_store (self->provisions_page, NULL);
  if (self->map_page)
    sendco_provision_map_page_set_store (self->map_page, NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->school);
  remove_demo_dir (self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->path, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_WINDOW);

  G_OBJECT_CLASS (sendco_window_parent_class)->dispose (object);
}

static void
sendco_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SendcoWindow *self = SENDCO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_window_class_init (SendcoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_window_dispose;
  object_class->get_property = sendco_window_get_property;
  window_class->close_request = sendco_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SENDCO_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SENDCO_TYPE_WELCOME_PAGE);
  g_type_ensure (SENDCO_TYPE_REGISTER_PAGE);
  g_type_ensure (SENDCO_TYPE_DEADLINES_PAGE);
  g_type_ensure (SENDCO_TYPE_PROVISIONS_PAGE);
  g_type_ensure (SENDCO_TYPE_PROVISION_MAP_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, demo_revealer);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, register_page);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, school_stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, deadlines_page);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, provisions_page);
  gtk_widget_class_bind_template_child (widget_class, SendcoWindow, map_page);

  gtk_widget_class_install_action (widget_class, "win.new-school", NULL, new_school_activated);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export-register", NULL,
                                   export_register_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.school-details", NULL,
                                   school_details_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.census-check", NULL, census_check_activated);
  gtk_widget_class_install_action (widget_class, "win.deadline-calculator", NULL,
                                   deadline_calculator_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
}

/* A provision clicked on the map opens in the library. */
static void
on_map_provision_activated (SendcoProvisionMapPage *page, gint64 provision_id, SendcoWindow *self)
{
  adw_view_stack_set_visible_child_name (self->school_stack, "provisions");
  sendco_provisions_page_open_provision (self->provisions_page, provision_id);
}

static void
sendco_window_init (SendcoWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->map_page, "provision-activated", G_CALLBACK (on_map_provision_activated), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

/* Window shortcuts, set once on the application. */
void
sendco_window_set_accels (GtkApplication *application)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "win.import", { "<Control>i", NULL } },
    { "win.export-register", { "<Control>e", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-page('register')", { "<Alt>1", NULL } },
    { "win.show-page('map')", { "<Alt>2", NULL } },
    { "win.show-page('provisions')", { "<Alt>3", NULL } },
    { "win.show-page('deadlines')", { "<Alt>4", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}

/**
 * sendco_window_new:
 * @database: (nullable): the school file from --database; else the one
 *   opened last, else the default place
 */
SendcoWindow *
sendco_window_new (SendcoApplication *application, const char *database)
{
  SendcoWindow *self;
  g_autofree char *last = NULL;

  self = g_object_new (SENDCO_TYPE_WINDOW, "application", application, NULL);
  self->settings = g_object_ref (sendco_application_get_settings (application));

  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last = g_settings_get_string (self->settings, "last-database");
  if (database)
    self->path = g_strdup (database);
  else if (last[0] && g_file_test (last, G_FILE_TEST_EXISTS))
    self->path = g_steal_pointer (&last);
  else
    self->path = sendco_store_default_path ();

  update_actions (self);
  update_title (self);

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_autoptr (GError) error = NULL;

      if (!sendco_window_open_file (self, self->path, &error))
        {
          /* Stay on the welcome page, and never make a school over this file. */
          sendco_welcome_page_set_problem (self->welcome_page, error->message);
          g_clear_pointer (&self->path, g_free);
          self->path = NULL;
        }
    }

  return self;
}

SendcoStore *
sendco_window_get_store (SendcoWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_WINDOW (self), NULL);
  return self->store;
}
