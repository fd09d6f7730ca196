/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every export shares. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-export.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/**
 * sendco_export_target_problem:
 * @path: the file the user chose to save as
 * @code: (out): set to the #GFileError that fits the problem
 *
 * Checks, before anything is written, that @path's folder exists and may be
 * written and that @path is not a folder or a read-only file, so a message
 * can name what the user chose rather than the temporary file written
 * beside it.
 *
 * Returns: (transfer full) (nullable): %NULL when @path may be written, or
 *   why not, as the end of a sentence that begins “… could not be saved as
 *   “name”: ”
 */
char *
sendco_export_target_problem (const char *path, GFileError *code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shown_dir = g_filename_display_name (dir);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      *code = G_FILE_ERROR_ISDIR;
      return g_strdup (_("that is a folder. Choose a file name to save as."));
    }
  if (!g_file_test (dir, G_FILE_TEST_EXISTS))
    {
      *code = G_FILE_ERROR_NOENT;
      return g_strdup_printf (_("the folder “%s” does not exist."), shown_dir);
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      *code = G_FILE_ERROR_NOTDIR;
      return g_strdup_printf (_("“%s” is not a folder."), shown_dir);
    }
  if (g_access (dir, W_OK) != 0)
    {
      *code = g_file_error_from_errno (errno);
      return g_strdup_printf (_("Sendco may not write in the folder “%s”. Choose another "
                                "folder."), shown_dir);
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      *code = g_file_error_from_errno (errno);
      return g_strdup (_("that file is read-only. Choose another name."));
    }
  return NULL;
}
