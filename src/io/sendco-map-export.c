/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map's exports: the errors a SENDCO reads when a file cannot
 * be written, in the words of the file and folder they chose rather than of
 * the temporary file beside it, and the thread an export runs in: its own
 * read-only connection to the school file, progress handed back to the
 * caller's main context, cancellable. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sendco-map-export.h"
#include "sendco-store-provision.h"

gboolean
sendco_map_export_fail (GError **error, int code, const char *path, const char *reason)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, code, _("The provision map could not be saved as “%s”: %s"),
               shown, reason);
  return FALSE;
}

gboolean
sendco_map_export_fail_errno (GError **error, int saved, const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shown_dir = g_filename_display_name (dir);
  g_autofree char *reason = NULL;

  switch (saved)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      reason = g_strdup_printf (_("Sendco may not write in the folder “%s”. Choose another "
                                  "folder."), shown_dir);
      break;
    case ENOSPC:
    case EDQUOT:
      reason = g_strdup_printf (_("the disk that holds the folder “%s” is full. Make some room "
                                  "or choose another place."), shown_dir);
      break;
    case ENOENT:
      reason = g_strdup_printf (_("the folder “%s” no longer exists."), shown_dir);
      break;
    default:
      reason = g_strdup (g_strerror (saved));
      break;
    }
  return sendco_map_export_fail (error, g_io_error_from_errno (saved), path, reason);
}

/* Checks the folder first, so the message names what the user chose. */
gboolean
sendco_map_export_check_target (const char *path, GError **error)
{
  GFileError code;
  g_autofree char *problem = sendco_export_target_problem (path, &code);

  if (problem == NULL)
    return TRUE;
  return sendco_map_export_fail (error, g_io_error_from_file_error (code), path, problem);
}

/* In a thread */

typedef struct
{
  char              *database_path;
  SendcoMapFilter    filter;
  char              *out_path;
  SendcoMapWriteFunc write;
  gpointer           options;
  SendcoProgressFunc progress;
  gpointer           progress_data;
  GMainContext      *context;
  GTask             *task;          /* not a reference */
} Export;

typedef struct
{
  GTask  *task;
  double  fraction;
  char   *message;
} Progress;

static void
export_free (Export *export)
{
  g_free (export->database_path);
  g_free (export->out_path);
  g_main_context_unref (export->context);
  g_free (export);
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->task);
  g_free (progress->message);
  g_free (progress);
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *progress = data;
  Export *export = g_task_get_task_data (progress->task);

  /* Nothing more once the caller has its answer. */
  if (!g_task_get_completed (progress->task) && export->progress)
    export->progress (progress->fraction, progress->message, export->progress_data);
  return G_SOURCE_REMOVE;
}

/* Called in the thread: hands the news to the caller's main context. */
static void
forward_progress (double fraction, const char *message, gpointer data)
{
  Export *export = data;
  Progress *progress;
  GSource *source;

  if (export->progress == NULL)
    return;
  progress = g_new0 (Progress, 1);
  progress->task = g_object_ref (export->task);
  progress->fraction = fraction;
  progress->message = g_strdup (message);
  /* Always by an idle source: g_main_context_invoke() could run it here, in
   * this thread, whenever the caller's context happens to be free. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, progress, (GDestroyNotify) progress_free);
  g_source_set_static_name (source, "[sendco] provision map export progress");
  g_source_attach (source, export->context);
  g_source_unref (source);
}

/* Writing takes the last part of the bar, reading the school file the first. */
static void
forward_writing (double fraction, const char *message, gpointer data)
{
  forward_progress (0.3 + 0.7 * fraction, message, data);
}

/**
 * sendco_map_export_load:
 * @database_path: the school file, opened read-only through a connection of
 *   the calling thread's own
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error set
 */
SendcoProvisionMap *
sendco_map_export_load (const char *database_path, const SendcoMapFilter *filter,
                        GCancellable *cancellable, GError **error)
{
  g_autoptr (SendcoStore) store = NULL;

  store = sendco_store_open (database_path, SENDCO_STORE_OPEN_READ_ONLY, error);
  if (store == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return sendco_store_build_provision_map (store, filter, NULL, error);
}

static void
export_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr (SendcoProvisionMap) map = NULL;
  GError *error = NULL;

  forward_progress (0.05, _("Reading the school file…"), export);
  map = sendco_map_export_load (export->database_path, &export->filter, cancellable, &error);
  if (map == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  forward_progress (0.3, _("Laying out the provision map…"), export);

  if (!export->write (map, export->out_path, export->options, cancellable, forward_writing,
                      export, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * sendco_map_export_async:
 * @database_path: the school file; opened again, read-only, in the thread
 * @filter: what the map shows (copied)
 * @write: writes the file, in the thread
 * @options: passed to @write (e.g. the paper), not freed
 * @source_tag: the public function starting the export, for _finish
 * @progress: (nullable): told how far it has got, in this thread's main
 *   context, until @callback runs
 *
 * Builds the provision map and writes it in a thread.
 */
void
sendco_map_export_async (const char *database_path, const SendcoMapFilter *filter,
                         const char *out_path, SendcoMapWriteFunc write, gpointer options,
                         gpointer source_tag, GCancellable *cancellable,
                         SendcoProgressFunc progress, gpointer progress_data,
                         GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Export *export;

  g_return_if_fail (database_path != NULL && filter != NULL && out_path != NULL && write != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "sendco-provision-map-export");

  export = g_new0 (Export, 1);
  export->database_path = g_strdup (database_path);
  export->filter = *filter;
  export->out_path = g_strdup (out_path);
  export->write = write;
  export->options = options;
  export->progress = progress;
  export->progress_data = progress_data;
  export->context = g_main_context_ref_thread_default ();
  export->task = task;
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sendco_map_export_finish (GAsyncResult *result, gpointer source_tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
