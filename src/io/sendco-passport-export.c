/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pupil passport as a one-page A4 PDF, drawn by the same function that
 * prints it. The PDF is written to a private temporary file beside the
 * target and renamed into place only once it is whole. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-passport-export.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "sendco-export.h"
#include <glib/gstdio.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"

/**
 * sendco_passport_page_for_pupil:
 *
 * Returns: (transfer full) (nullable): the page to draw, or %NULL with
 *   @error set when the pupil or their passport cannot be read
 */
SendcoPassportPage *
sendco_passport_page_for_pupil (SendcoStore *store, gint64 pupil_id, GError **error)
{
  g_autoptr (SendcoPupil) pupil = NULL;
  g_autoptr (SendcoPassport) passport = NULL;
  g_autoptr (SendcoSchool) school = NULL;
  g_autoptr (SendcoPassportPage) page = NULL;
  g_autofree char *year = NULL;
  const char *form;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  pupil = sendco_store_get_pupil (store, pupil_id, error);
  if (pupil == NULL)
    return NULL;
  passport = sendco_store_get_passport (store, pupil_id, error);
  if (passport == NULL)
    return NULL;
  /* A school file always has its school; a missing one just leaves the foot blank. */
  school = sendco_store_get_school (store, NULL);

  page = sendco_passport_page_new ();
  g_free (page->name);
  page->name = sendco_pupil_dup_full_name (pupil);

  year = sendco_year_group_label (sendco_pupil_get_year_group (pupil));
  form = sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM);
  g_free (page->details);
  /* Translators: a pupil's year group and form, e.g. "Year 5 · 5A" */
  page->details = form[0] ? g_strdup_printf (_("%s · %s"), year, form) : g_strdup (year);

  g_free (page->sections[SENDCO_PASSPORT_ABOUT_ME]);
  page->sections[SENDCO_PASSPORT_ABOUT_ME] = g_strdup (passport->about_me);
  g_free (page->sections[SENDCO_PASSPORT_IMPORTANT]);
  page->sections[SENDCO_PASSPORT_IMPORTANT] = g_strdup (passport->important);
  g_free (page->sections[SENDCO_PASSPORT_ADMIRE]);
  page->sections[SENDCO_PASSPORT_ADMIRE] = g_strdup (passport->admire);
  g_free (page->sections[SENDCO_PASSPORT_SUPPORT]);
  page->sections[SENDCO_PASSPORT_SUPPORT] = g_strdup (passport->support);
  g_free (page->sections[SENDCO_PASSPORT_STRENGTHS]);
  page->sections[SENDCO_PASSPORT_STRENGTHS] = g_strdup (passport->strengths);

  g_free (page->school);
  page->school = g_strdup (school ? sendco_school_get_name (school) : "");

  g_free (page->date);
  if (passport->updated_on[0])
    {
      g_autofree char *updated = sendco_iso_to_uk (passport->updated_on);

      page->date = g_strdup_printf (_("Updated %s"), updated);
    }
  else
    {
      g_autofree char *today = sendco_today_iso ();
      g_autofree char *printed = sendco_iso_to_uk (today);

      page->date = g_strdup_printf (_("Printed %s"), printed);
    }

  return g_steal_pointer (&page);
}

/**
 * sendco_passport_file_name:
 *
 * Returns: (transfer full): a file name (no folder) to offer when saving
 */
char *
sendco_passport_file_name (const SendcoPassportPage *page)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (page != NULL, NULL);

  /* Translators: the file name offered for a pupil passport PDF; %s is the pupil's name */
  name = g_strdup_printf (_("Pupil passport - %s.pdf"), page->name[0] ? page->name : _("pupil"));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

typedef struct
{
  FILE *file;
  int   error;   /* errno of the first failed write, or 0 */
} Output;

static cairo_status_t
write_pdf (void *closure, const unsigned char *data, unsigned int length)
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

static gboolean
failed (const char *path, const char *reason, int code, GError **error)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, code,
               _("The pupil passport could not be saved as “%s”: %s"), shown, reason);
  return FALSE;
}

/**
 * sendco_passport_export_pdf:
 * @path: the PDF file to write (replaced if it exists)
 *
 * Writes @page as one A4 portrait page. The file is private (mode 0600):
 * it holds personal data about a child.
 */
gboolean
sendco_passport_export_pdf (const SendcoPassportPage *page, const char *path, GError **error)
{
  g_autofree char *dir = NULL, *base = NULL, *temp = NULL, *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Output output = { NULL, 0 };
  g_autofree char *problem = NULL;
  GFileError code;
  int fd;

  g_return_val_if_fail (page != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problem = sendco_export_target_problem (path, &code);
  if (problem)
    return failed (path, problem, code, error);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == EACCES || saved == EPERM || saved == EROFS)
        {
          g_autofree char *shown = g_filename_display_name (path);
          g_autofree char *shown_dir = g_filename_display_name (dir);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("The pupil passport could not be saved as “%s”: Sendco may not write in "
                         "the folder “%s”."), shown, shown_dir);
          return FALSE;
        }
      return failed (path, g_strerror (saved), g_file_error_from_errno (saved), error);
    }
  output.file = fdopen (fd, "wb");
  if (output.file == NULL)
    {
      int saved = errno;

      close (fd);
      g_unlink (temp);
      return failed (path, g_strerror (saved), g_file_error_from_errno (saved), error);
    }

  surface = cairo_pdf_surface_create_for_stream (write_pdf, &output, SENDCO_PASSPORT_A4_WIDTH,
                                                 SENDCO_PASSPORT_A4_HEIGHT);
  /* Translators: the title of a pupil passport PDF; %s is the pupil's name */
  title = g_strdup_printf (_("Pupil passport: %s"), page->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sendco");

  cr = cairo_create (surface);
  sendco_passport_draw (cr, page, SENDCO_PASSPORT_A4_WIDTH, SENDCO_PASSPORT_A4_HEIGHT);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (fflush (output.file) != 0 && output.error == 0)
    output.error = errno;
  if (output.error == 0 && fsync (fileno (output.file)) != 0)
    output.error = errno;
  if (fclose (output.file) != 0 && output.error == 0)
    output.error = errno;

  if (output.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temp);
      if (output.error != 0)
        return failed (path, g_strerror (output.error), g_file_error_from_errno (output.error), error);
      return failed (path, cairo_status_to_string (status), G_FILE_ERROR_FAILED, error);
    }

  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      return failed (path, g_strerror (saved), g_file_error_from_errno (saved), error);
    }
  return TRUE;
}
