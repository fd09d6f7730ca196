/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: command-line options, app-wide actions and shortcuts. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-application.h"
#include "sendco-resources.h"
#include "sendco-window.h"

struct _SendcoApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database;   /* from --database, or NULL */
};

G_DEFINE_FINAL_TYPE (SendcoApplication, sendco_application, ADW_TYPE_APPLICATION)

static void
quit_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing each window lets it save its size and settle what is open. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_application_quit (app);
}

static void
about_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Sendco authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APP_ID,
                        "application-name", _("Sendco"),
                        "developer-name", _("The Sendco authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Keeps a school’s SEND register, provision and reviews "
                                      "on this computer. Nothing leaves it unless you export it."),
                        "website", "https://example.org/sendco",
                        "copyright", "© 2026 The Sendco authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static int
sendco_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  SendcoApplication *self = SENDCO_APPLICATION (app);
  g_autofree char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (database);

      self->database = g_file_get_path (file);
    }

  return -1;
}

static void
sendco_application_startup (GApplication *app)
{
  SendcoApplication *self = SENDCO_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (sendco_application_parent_class)->startup (app);

  g_set_application_name (_("Sendco"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  sendco_window_set_accels (GTK_APPLICATION (app));
}

static void
on_first_paint (GdkFrameClock *clock, GApplication *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, app);
  /* Read by tests/bench: the window has drawn its first frame. */
  g_print ("sendco: first frame\n");
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget *window, GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), app);
}

static void
sendco_application_activate (GApplication *app)
{
  SendcoApplication *self = SENDCO_APPLICATION (app);
  SendcoWindow *window;

  window = sendco_window_new (self, self->database);
  /* The start-up benchmark measures launch to first frame, then quits. */
  if (g_getenv ("SENDCO_BENCH_FIRST_FRAME"))
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), app);
  gtk_window_present (GTK_WINDOW (window));
}

static void
sendco_application_dispose (GObject *object)
{
  SendcoApplication *self = SENDCO_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database, g_free);

  G_OBJECT_CLASS (sendco_application_parent_class)->dispose (object);
}

static void
sendco_application_class_init (SendcoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sendco_application_dispose;
  app_class->handle_local_options = sendco_application_handle_local_options;
  app_class->startup = sendco_application_startup;
  app_class->activate = sendco_application_activate;

  /* Once per process, however many application objects a test makes. */
  sendco_register_resource ();
}

static void
sendco_application_init (SendcoApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open this school file"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

SendcoApplication *
sendco_application_new (void)
{
  /* Non-unique: each school file may have its own window and process, and
   * tests may run several at once. */
  return g_object_new (SENDCO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/org/example/Sendco",
                       NULL);
}

GSettings *
sendco_application_get_settings (SendcoApplication *self)
{
  g_return_val_if_fail (SENDCO_IS_APPLICATION (self), NULL);
  return self->settings;
}
