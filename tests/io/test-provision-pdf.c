/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map PDF: written from a real school file, read back with
 * pdftotext (the school, a provision, the total a governor reads, the page
 * numbers) and pdfinfo (landscape A4 or A3); the export in a thread with
 * its own connection, reporting progress in the main context; a cancel, a
 * missing folder and a folder that may not be written leave nothing behind
 * and say so in plain words. */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io-test-util.h"
#include "provision-test-school.h"
#include "sendco-provision-pdf.h"
#include "sendco-store-provision.h"

typedef struct
{
  char        *dir;
  SendcoStore *store;
  char        *path;
} Fixture;

/* The school of the model tests, costed by hand there: Talk Boost
 * £1,232.25 and one-to-one reading £726.96 this school year. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = io_test_make_dir ();
  f->store = io_test_new_store (f->dir, "school.sendco");
  f->path = g_strdup (sendco_store_get_path (f->store));
  provision_test_school_fill (f->store, FALSE);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  io_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
run_tool (const char *tool, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (tool);
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  {
    const char *argv_text[] = { program, "-layout", path, "-", NULL };
    const char *argv_info[] = { program, path, NULL };
    const char *const *argv = g_str_equal (tool, "pdftotext") ? argv_text : argv_info;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &out, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_write (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL;
  GStatBuf st;

  g_assert_cmpint (map->total, ==, 123225 + 72696);
  g_assert_true (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A4, NULL, NULL, NULL,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  io_test_assert_only (f->dir, "map.pdf");

  text = run_tool ("pdftotext", out);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Riverside Primary"));
  g_assert_nonnull (strstr (text, "Provision map"));
  g_assert_nonnull (strstr (text, "School year 2026 to 2027"));
  g_assert_nonnull (strstr (text, "Made on 22/11/2026"));
  g_assert_nonnull (strstr (text, "Talk Boost"));
  g_assert_nonnull (strstr (text, "Reading one-to-one"));
  g_assert_nonnull (strstr (text, "Communication and interaction"));
  g_assert_nonnull (strstr (text, "Reception"));
  /* the grand total, and Talk Boost's band */
  g_assert_nonnull (strstr (text, "£1,959.21"));
  g_assert_nonnull (strstr (text, "£1,232.25"));
  g_assert_nonnull (strstr (text, "budget £50,000.00"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));

  info = run_tool ("pdfinfo", out);
  g_test_message ("%s", info);
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +841.89 x 595.276 pts \\(A4\\)$", info,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Title: +Provision map: Riverside Primary$", info,
                                       G_REGEX_MULTILINE, 0));
}

static void
test_write_a3_replaces (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *info = NULL;

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_true (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A3, NULL, NULL, NULL,
                                                 &error));
  g_assert_no_error (error);
  info = run_tool ("pdfinfo", out);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_true (g_regex_match_simple ("^Page size: +1190.55 x 841.89 pts \\(A3\\)$", info,
                                       G_REGEX_MULTILINE, 0));
  io_test_assert_only (f->dir, "map.pdf");
}

static void
cancel_on_progress (double fraction, const char *message, gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *out = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *kept = NULL;

  /* Cancelled while drawing: no file, no temporary file. */
  g_assert_false (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A4, cancellable,
                                                  cancel_on_progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  io_test_assert_only (f->dir, NULL);
  g_clear_error (&error);

  /* An old file of that name is left as it was. */
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_false (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A4, cancellable, NULL,
                                                  NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (out, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "old");
  io_test_assert_only (f->dir, "map.pdf");
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *gone = g_build_filename (f->dir, "Governors", NULL);
  g_autofree char *out = g_build_filename (gone, "map.pdf", NULL);

  g_assert_false (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A4, NULL, NULL, NULL,
                                                  &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "the folder"));
  g_assert_nonnull (strstr (error->message, gone));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_folder (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *locked = g_build_filename (f->dir, "Locked", NULL);
  g_autofree char *out = NULL;
  const char *folder;

  /* root may write anywhere it can reach: use sysfs, which refuses files. */
  if (geteuid () == 0)
    folder = "/sys";
  else
    {
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      folder = locked;
    }
  out = g_build_filename (folder, "provision-map.pdf", NULL);

  g_assert_false (sendco_provision_map_write_pdf (map, out, SENDCO_PAPER_A4, NULL, NULL, NULL,
                                                  &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "may not write in the folder"));
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (locked, 0700), ==, 0);
      g_rmdir (locked);
    }
}

typedef struct
{
  GMainLoop *loop;
  GThread   *main_thread;
  GArray    *fractions;
  gboolean   done;
  gboolean   ok;
  GError    *error;
} AsyncState;

static void
on_progress (double fraction, const char *message, gpointer data)
{
  AsyncState *state = data;

  /* in the main context, never after the answer */
  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_false (state->done);
  g_array_append_val (state->fractions, fraction);
}

static void
on_done (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *state = data;

  state->ok = sendco_provision_pdf_export_finish (result, &state->error);
  state->done = TRUE;
  g_main_loop_quit (state->loop);
}

static void
async_state_init (AsyncState *state)
{
  state->loop = g_main_loop_new (NULL, FALSE);
  state->main_thread = g_thread_self ();
  state->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  state->done = FALSE;
  state->ok = FALSE;
  state->error = NULL;
}

static void
async_state_clear (AsyncState *state)
{
  g_main_loop_unref (state->loop);
  g_array_unref (state->fractions);
  g_clear_error (&state->error);
}

static void
test_async (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *text = NULL;
  SendcoMapFilter filter;
  AsyncState state;

  async_state_init (&state);
  sendco_map_filter_init (&filter);
  filter.area = SENDCO_AREA_COGNITION;
  /* The window's own connection stays open, as it does in the app. */
  sendco_provision_pdf_export_async (f->path, &filter, out, SENDCO_PAPER_A4, NULL, on_progress,
                                     &state, on_done, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.fractions->len, >=, 3);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);
  io_test_assert_only (f->dir, "map.pdf");

  text = run_tool ("pdftotext", out);
  if (text)
    {
      /* the filter held: cognition only */
      g_assert_nonnull (strstr (text, "Reading one-to-one"));
      g_assert_null (strstr (text, "Talk Boost"));
      g_assert_nonnull (strstr (text, "£726.96"));
    }
  async_state_clear (&state);
}

static void
test_async_cancel_and_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nobody.sendco", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  SendcoMapFilter filter;
  AsyncState state;

  sendco_map_filter_init (&filter);

  /* Cancelled at once: an error saying so, and no file. */
  async_state_init (&state);
  sendco_provision_pdf_export_async (f->path, &filter, out, SENDCO_PAPER_A4, cancellable,
                                     on_progress, &state, on_done, &state);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  io_test_assert_only (f->dir, NULL);
  async_state_clear (&state);

  /* A school file that is not there. */
  async_state_init (&state);
  sendco_provision_pdf_export_async (missing, &filter, out, SENDCO_PAPER_A4, NULL, NULL, NULL,
                                     on_done, &state);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
  io_test_assert_only (f->dir, NULL);
  async_state_clear (&state);
}

static void
test_file_name (void)
{
  g_autofree char *a = sendco_provision_pdf_file_name ("Riverside Primary", "2026-11-22", "pdf");
  g_autofree char *b = sendco_provision_pdf_file_name ("St Mary's C/E", NULL, "xlsx");

  g_assert_cmpstr (a, ==, "Provision map - Riverside Primary - 2026-11-22.pdf");
  g_assert_cmpstr (b, ==, "Provision map - St Mary's C-E.xlsx");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/io/provision-pdf/write", test_write);
  ADD ("/io/provision-pdf/a3-replaces", test_write_a3_replaces);
  ADD ("/io/provision-pdf/cancel", test_cancel);
  ADD ("/io/provision-pdf/missing-folder", test_missing_folder);
  ADD ("/io/provision-pdf/unwritable-folder", test_unwritable_folder);
  ADD ("/io/provision-pdf/async", test_async);
  ADD ("/io/provision-pdf/async-cancel-and-errors", test_async_cancel_and_errors);
#undef ADD
  g_test_add_func ("/io/provision-pdf/file-name", test_file_name);

  return g_test_run ();
}
