/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map as a PDF: the grid paginated on landscape A4 or A3 and
 * drawn page by page with cairo's PDF surface, by the same code that prints
 * it. The file is written to a private temporary file beside the target and
 * renamed into place only once it is whole; an error or a cancel removes
 * it. The export can run in a thread with its own read-only connection to
 * the school file, so the window carries on while it works. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-provision-pdf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sendco-map-export.h"
#include "sendco-provision-grid.h"
#include "sendco-render-style.h"
#include "sendco-store-provision.h"

typedef struct
{
  FILE *file;
  int   error;   /* errno of the first failed write, or 0 */
} Output;

static cairo_status_t
write_chunk (void *closure, const unsigned char *data, unsigned int length)
{
  Output *output = closure;

  if (output->error)
    return CAIRO_STATUS_WRITE_ERROR;
  if (fwrite (data, 1, length, output->file) != length)
    {
      output->error = errno ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
report (SendcoProgressFunc progress, gpointer data, double fraction, const char *message)
{
  if (progress)
    progress (CLAMP (fraction, 0.0, 1.0), message, data);
}

/**
 * sendco_provision_map_write_pdf:
 * @path: the PDF file to write (replaced if it exists)
 * @paper: A4 or A3, landscape
 * @cancellable: (nullable): checked between pages
 * @progress: (nullable): told after each page
 *
 * The file is private (mode 0600): it names children and their needs.
 *
 * Returns: %FALSE with @error set (in the %G_IO_ERROR domain, in plain words
 *   that name the folder) when the file could not be written or the export
 *   was cancelled; nothing is left behind then
 */
gboolean
sendco_provision_map_write_pdf (const SendcoProvisionMap *map, const char *path, SendcoPaper paper,
                                GCancellable *cancellable, SendcoProgressFunc progress,
                                gpointer progress_data, GError **error)
{
  g_autoptr (SendcoProvisionGrid) grid = NULL;
  g_autoptr (SendcoGridPages) pages = NULL;
  g_autofree char *dir = NULL, *base = NULL, *temp = NULL, *title = NULL;
  SendcoRenderStyle style;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Output output = { NULL, 0 };
  double width, height;
  gboolean cancelled = FALSE;
  guint n_pages;
  int fd;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!sendco_map_export_check_target (path, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR, 0600);
  if (fd < 0)
    return sendco_map_export_fail_errno (error, errno, path);
  output.file = fdopen (fd, "wb");
  if (output.file == NULL)
    {
      int saved = errno;

      close (fd);
      g_unlink (temp);
      return sendco_map_export_fail_errno (error, saved, path);
    }

  sendco_paper_size (paper, &width, &height);
  sendco_render_style_init_light (&style);
  grid = sendco_provision_grid_new (map);
  pages = sendco_provision_grid_paginate (grid, width, height);
  n_pages = sendco_grid_pages_get_n_pages (pages);

  surface = cairo_pdf_surface_create_for_stream (write_chunk, &output, width, height);
  /* Translators: the title of a provision map PDF; %s is the school's name */
  title = g_strdup_printf (_("Provision map: %s"), map->school_name ? map->school_name : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sendco");

  cr = cairo_create (surface);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *message = NULL;

      if (g_cancellable_is_cancelled (cancellable) || output.error)
        {
          cancelled = !output.error;
          break;
        }
      sendco_provision_grid_draw_page (cr, grid, pages, p, &style, width, height);
      cairo_show_page (cr);
      /* Translators: progress of a provision map export */
      message = g_strdup_printf (_("Drawing page %u of %u…"), p + 1, n_pages);
      report (progress, progress_data, (p + 1.0) / (n_pages + 1.0), message);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (cancelled)
    output.error = ECANCELED;   /* nothing more is written */
  else
    cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS && !cancelled)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!cancelled)
    {
      if (fflush (output.file) != 0 && output.error == 0)
        output.error = errno;
      if (output.error == 0 && fsync (fileno (output.file)) != 0)
        output.error = errno;
    }
  if (fclose (output.file) != 0 && output.error == 0)
    output.error = errno;

  if (cancelled || output.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temp);
      if (cancelled)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The provision map was not saved: the export was cancelled."));
          return FALSE;
        }
      if (output.error != 0)
        return sendco_map_export_fail_errno (error, output.error, path);
      return sendco_map_export_fail (error, G_IO_ERROR_FAILED, path,
                                     cairo_status_to_string (status));
    }

  /* A cancel now would still leave the old file untouched. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (temp);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The provision map was not saved: the export was cancelled."));
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      return sendco_map_export_fail_errno (error, saved, path);
    }
  report (progress, progress_data, 1.0, NULL);
  return TRUE;
}

/* In a thread */

static gboolean
write_pdf (const SendcoProvisionMap *map, const char *path, gpointer options,
           GCancellable *cancellable, SendcoProgressFunc progress, gpointer progress_data,
           GError **error)
{
  return sendco_provision_map_write_pdf (map, path, (SendcoPaper) GPOINTER_TO_INT (options),
                                         cancellable, progress, progress_data, error);
}

/**
 * sendco_provision_pdf_export_async:
 * @database_path: the school file; opened again, read-only, in the thread
 * @filter: what the map shows (copied)
 * @out_path: the PDF to write
 * @progress: (nullable): told how far it has got, in this thread's main
 *   context, until @callback runs
 *
 * Builds and writes the provision map PDF in a thread.
 */
void
sendco_provision_pdf_export_async (const char *database_path, const SendcoMapFilter *filter,
                                   const char *out_path, SendcoPaper paper,
                                   GCancellable *cancellable, SendcoProgressFunc progress,
                                   gpointer progress_data, GAsyncReadyCallback callback,
                                   gpointer user_data)
{
  sendco_map_export_async (database_path, filter, out_path, write_pdf, GINT_TO_POINTER (paper),
                           sendco_provision_pdf_export_async, cancellable, progress,
                           progress_data, callback, user_data);
}

gboolean
sendco_provision_pdf_export_finish (GAsyncResult *result, GError **error)
{
  return sendco_map_export_finish (result, sendco_provision_pdf_export_async, error);
}

typedef struct
{
  char           *database_path;
  SendcoMapFilter filter;
} Load;

static void
load_free (Load *load)
{
  g_free (load->database_path);
  g_free (load);
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  SendcoProvisionMap *map;

  map = sendco_map_export_load (load->database_path, &load->filter, cancellable, &error);
  if (map == NULL)
    g_task_return_error (task, error);
  else if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      sendco_provision_map_free (map);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, map, (GDestroyNotify) sendco_provision_map_free);
}

/**
 * sendco_provision_map_load_async:
 * @database_path: the school file, opened again read-only in the thread
 * @filter: what the map shows (copied)
 */
void
sendco_provision_map_load_async (const char *database_path, const SendcoMapFilter *filter,
                                 GCancellable *cancellable, GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Load *load;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (filter != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sendco_provision_map_load_async);
  g_task_set_name (task, "sendco-provision-map-load");
  load = g_new0 (Load, 1);
  load->database_path = g_strdup (database_path);
  load->filter = *filter;
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * sendco_provision_map_load_finish:
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error set
 */
SendcoProvisionMap *
sendco_provision_map_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sendco_provision_map_load_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sendco_provision_pdf_file_name:
 * @date: (nullable): ISO date, or %NULL for none
 * @extension: "pdf" or "xlsx"
 *
 * Returns: (transfer full): a file name to offer (no folder)
 */
char *
sendco_provision_pdf_file_name (const char *school_name, const char *date, const char *extension)
{
  GString *name = g_string_new (_("Provision map"));

  if (school_name && school_name[0])
    g_string_append_printf (name, " - %s", school_name);
  if (date && date[0])
    g_string_append_printf (name, " - %s", date);
  g_string_append_printf (name, ".%s", extension ? extension : "pdf");
  g_strdelimit (name->str, "/\\:*?\"<>|", '-');
  return g_string_free (name, FALSE);
}
