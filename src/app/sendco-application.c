/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: command-line options, app-wide actions and shortcuts. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-application.h"
#include "sendco-deadlines-page.h"
#include "sendco-resources.h"
#include "sendco-window.h"

struct _SendcoApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database;   /* from --database, or NULL */

  GNotification  *deadlines_notification;  /* waiting for a notification server */
  gboolean        deadlines_notified;
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

static SendcoWindow *
find_window (GtkApplication *app)
{
  /* Most recently focused first */
  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (SENDCO_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* The deadline notification's default action: the Deadlines page. */
static void
show_deadlines_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  SendcoWindow *window = find_window (app);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (app));
      window = find_window (app);
    }
  if (window == NULL)
    return;
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "deadlines");
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "show-deadlines", show_deadlines_activated },
};

/* The deadlines notification on start. Without a notification server GIO
 * would only print a warning, so it is sent only when one is there (or
 * could be started), or through the portal in a sandbox. */

static void
send_deadlines_notification (SendcoApplication *self)
{
  if (self->deadlines_notification)
    g_application_send_notification (G_APPLICATION (self), "deadlines",
                                     self->deadlines_notification);
  g_clear_object (&self->deadlines_notification);
}

static gboolean
reply_lists (GObject *source, GAsyncResult *result, const char *const *wanted)
{
  g_autoptr (GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  g_autofree const char **names = NULL;

  if (reply == NULL)
    return FALSE;
  g_variant_get (reply, "(^a&s)", &names);
  for (guint i = 0; names && names[i]; i++)
    for (guint w = 0; wanted[w]; w++)
      if (g_str_equal (names[i], wanted[w]))
        return TRUE;
  return FALSE;
}

static void
on_activatable_names (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SendcoApplication) self = user_data;
  static const char *const wanted[] = { "org.freedesktop.Notifications", NULL };

  if (reply_lists (source, result, wanted))
    send_deadlines_notification (self);
  else
    g_clear_object (&self->deadlines_notification);
}

static void
on_names (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SendcoApplication) self = user_data;
  static const char *const wanted[] = { "org.freedesktop.Notifications", "org.gtk.Notifications", NULL };

  if (reply_lists (source, result, wanted))
    send_deadlines_notification (self);
  else
    g_dbus_connection_call (G_DBUS_CONNECTION (source), "org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListActivatableNames",
                            NULL, G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                            on_activatable_names, g_steal_pointer (&self));
}

/* Once, after the window opens a school file: what is overdue or due in the
 * next 7 days, if anything. Clicking it shows the Deadlines page. */
static void
notify_deadlines (SendcoApplication *self, SendcoStore *store)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autofree char *title = NULL, *body = NULL;
  GNotification *notification;

  if (self->deadlines_notified || store == NULL)
    return;
  self->deadlines_notified = TRUE;
  if (!sendco_deadlines_summarise_week (store, NULL, &title, &body))
    return;

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.show-deadlines");
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_clear_object (&self->deadlines_notification);
  self->deadlines_notification = notification;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    send_deadlines_notification (self);
  else if (bus == NULL)
    g_clear_object (&self->deadlines_notification);
  else
    g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", "ListNames", NULL, G_VARIANT_TYPE ("(as)"),
                            G_DBUS_CALL_FLAGS_NONE, 5000, NULL, on_names, g_object_ref (self));
}

static void
notify_deadlines_idle (gpointer data)
{
  g_autoptr (SendcoWindow) window = data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  if (app && sendco_window_get_store (window))
    notify_deadlines (SENDCO_APPLICATION (app), sendco_window_get_store (window));
}

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

/* The start-up benchmark (tests/bench/bench-first-frame.py): launch to first
 * frame, then, with SENDCO_BENCH_PAGES="map,deadlines,...", each page's
 * first showing to its first frame. */
typedef struct
{
  GApplication *app;
  GtkWidget    *window;
  char        **pages;
  guint         next;
  gint64        started;
} BenchPages;

static void bench_next_page (BenchPages *bench);

static void
on_page_painted (GdkFrameClock *clock, BenchPages *bench)
{
  g_signal_handlers_disconnect_by_func (clock, on_page_painted, bench);
  g_print ("sendco: page %s %.1f ms\n", bench->pages[bench->next - 1],
           (g_get_monotonic_time () - bench->started) / 1000.0);
  fflush (stdout);
  bench_next_page (bench);
}

static void
bench_next_page (BenchPages *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (bench->window);

  if (bench->pages == NULL || bench->pages[bench->next] == NULL)
    {
      g_application_quit (bench->app);
      g_strfreev (bench->pages);
      g_free (bench);
      return;
    }
  bench->started = g_get_monotonic_time ();
  gtk_widget_activate_action (bench->window, "win.show-page", "s", bench->pages[bench->next++]);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_page_painted), bench);
  gtk_widget_queue_draw (bench->window);
}

static void
on_first_paint (GdkFrameClock *clock, BenchPages *bench)
{
  const char *pages = g_getenv ("SENDCO_BENCH_PAGES");

  g_signal_handlers_disconnect_by_func (clock, on_first_paint, bench);
  /* Read by tests/bench: the window has drawn its first frame. */
  g_print ("sendco: first frame\n");
  fflush (stdout);
  if (pages && pages[0])
    bench->pages = g_strsplit (pages, ",", -1);
  bench_next_page (bench);
}

static void
on_window_mapped (GtkWidget *window, GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  BenchPages *bench = g_new0 (BenchPages, 1);

  g_signal_handlers_disconnect_by_func (window, on_window_mapped, app);
  bench->app = app;
  bench->window = window;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), bench);
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
  /* After the first frame: the deadlines notification, if a school is open. */
  g_idle_add_once (notify_deadlines_idle, g_object_ref (window));
}

static void
sendco_application_dispose (GObject *object)
{
  SendcoApplication *self = SENDCO_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database, g_free);
  g_clear_object (&self->deadlines_notification);

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
