/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map workbook: written from a real school file (private, a
 * whole zip, nothing else left in the folder), replacing an old file; a
 * cancel, a missing folder, a folder that may not be written and a folder
 * given as the file leave nothing behind and say so in plain words; the
 * export in a thread with its own connection, reporting progress in the
 * main context. What is in the workbook is read back by openpyxl and
 * LibreOffice (check-provision-xlsx.py, check-provision-xlsx-calc.py),
 * which run this program with --write-sample to make it:
 *
 *   test-provision-xlsx --write-sample OUT.xlsx [--over-threshold]
 *                       [--period term|year|any] [--area KEY] [--async]
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io-test-util.h"
#include "provision-test-school.h"
#include "sendco-provision-xlsx.h"
#include "sendco-store-provision.h"

typedef struct
{
  char        *dir;
  SendcoStore *store;
  char        *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = io_test_make_dir ();
  f->store = io_test_new_store (f->dir, "school.sendco");
  f->path = g_strdup (sendco_store_get_path (f->store));
  if (data == NULL)
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

/* A whole zip: the local header at the start, the end record at the end. */
static void
assert_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 2000);
  g_assert_cmpmem (contents, 4, "PK\3\4", 4);
  g_assert_nonnull (g_strstr_len (contents + length - 22, 22, "PK\5\6"));
}

static void
test_write (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "map.xlsx", NULL);
  GStatBuf st;

  g_assert_cmpint (map->total, ==, PROVISION_TEST_TOTAL);
  g_assert_true (sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_zip (out);
  io_test_assert_only (f->dir, "map.xlsx");
}

static void
test_replaces (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_TERM);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "map.xlsx", NULL);

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_true (sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_zip (out);
  io_test_assert_only (f->dir, "map.xlsx");
}

/* A school with no provisions still makes a workbook that says so. */
static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoSchool) school = sendco_school_new ("Empty Primary", "", "primary");
  g_autoptr (SendcoProvisionMap) map = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "empty.xlsx", NULL);

  g_assert_true (sendco_store_set_school (f->store, school, &error));
  map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_assert_cmpuint (map->provisions->len, ==, 0);
  g_assert_cmpuint (map->n_years, ==, 0);
  g_assert_true (sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_zip (out);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint         cancel_at;
  double        last;
} CancelState;

static void
cancel_on_progress (double fraction, const char *message, gpointer data)
{
  CancelState *state = data;

  g_assert_cmpfloat (fraction, >=, state->last);
  state->last = fraction;
  if (++state->calls == state->cancel_at)
    g_cancellable_cancel (state->cancellable);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autofree char *out = g_build_filename (f->dir, "map.xlsx", NULL);
  g_autofree char *kept = NULL;

  /* Cancelled at each step in turn: after the first sheet, later, and
   * while the workbook is being saved. */
  for (guint at = 1; at <= 5; at++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GCancellable) cancellable = g_cancellable_new ();
      CancelState state = { cancellable, 0, at, 0 };

      g_assert_false (sendco_provision_map_write_xlsx (map, out, cancellable, cancel_on_progress,
                                                       &state, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpstr (error->message, ==,
                       "The provision map was not saved: the export was cancelled.");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      io_test_assert_only (f->dir, NULL);
    }

  /* An old file of that name is left as it was. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GCancellable) cancellable = g_cancellable_new ();
    CancelState state = { cancellable, 0, 5, 0 };

    g_assert_true (g_file_set_contents (out, "old", -1, NULL));
    g_assert_false (sendco_provision_map_write_xlsx (map, out, cancellable, cancel_on_progress,
                                                     &state, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_true (g_file_get_contents (out, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "old");
    io_test_assert_only (f->dir, "map.xlsx");
  }
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;
  g_autofree char *gone = g_build_filename (f->dir, "Governors", NULL);
  g_autofree char *out = g_build_filename (gone, "map.xlsx", NULL);
  g_autofree char *expected = g_strdup_printf ("The provision map could not be saved as “%s”: "
                                               "the folder “%s” does not exist.", out, gone);

  g_assert_false (sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
}

static void
test_folder_as_file (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvisionMap) map = provision_test_build_map (f->store, SENDCO_PERIOD_YEAR);
  g_autoptr (GError) error = NULL;

  g_assert_false (sendco_provision_map_write_xlsx (map, f->dir, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "that is a folder"));
  io_test_assert_only (f->dir, NULL);
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
  out = g_build_filename (folder, "provision-map.xlsx", NULL);

  g_assert_false (sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Sendco may not write in the folder"));
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
  GPtrArray *messages;
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
  if (message)
    g_ptr_array_add (state->messages, g_strdup (message));
}

static void
on_done (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *state = data;

  state->ok = sendco_provision_xlsx_export_finish (result, &state->error);
  state->done = TRUE;
  g_main_loop_quit (state->loop);
}

static void
async_state_init (AsyncState *state)
{
  state->loop = g_main_loop_new (NULL, FALSE);
  state->main_thread = g_thread_self ();
  state->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  state->messages = g_ptr_array_new_with_free_func (g_free);
  state->done = FALSE;
  state->ok = FALSE;
  state->error = NULL;
}

static void
async_state_clear (AsyncState *state)
{
  g_main_loop_unref (state->loop);
  g_array_unref (state->fractions);
  g_ptr_array_unref (state->messages);
  g_clear_error (&state->error);
}

static gboolean
has_message (GPtrArray *messages, const char *message)
{
  for (guint i = 0; i < messages->len; i++)
    if (g_str_equal (g_ptr_array_index (messages, i), message))
      return TRUE;
  return FALSE;
}

static void
test_async (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "map.xlsx", NULL);
  SendcoMapFilter filter;
  AsyncState state;

  async_state_init (&state);
  sendco_map_filter_init (&filter);
  /* The window's own connection stays open, as it does in the app. */
  sendco_provision_xlsx_export_async (f->path, &filter, out, NULL, on_progress, &state, on_done,
                                      &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.fractions->len, >=, 5);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);
  g_assert_true (has_message (state.messages, "Reading the school file…"));
  g_assert_true (has_message (state.messages, "Writing the pupils…"));
  g_assert_true (has_message (state.messages, "Saving the workbook…"));
  assert_zip (out);
  io_test_assert_only (f->dir, "map.xlsx");
  async_state_clear (&state);
}

static void
test_async_cancel_and_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "map.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nobody.sendco", NULL);
  g_autofree char *gone = g_build_filename (f->dir, "gone", "map.xlsx", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  SendcoMapFilter filter;
  AsyncState state;

  sendco_map_filter_init (&filter);

  /* Cancelled at once: an error saying so, and no file. */
  async_state_init (&state);
  sendco_provision_xlsx_export_async (f->path, &filter, out, cancellable, on_progress, &state,
                                      on_done, &state);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  io_test_assert_only (f->dir, NULL);
  async_state_clear (&state);

  /* A school file that is not there. */
  async_state_init (&state);
  sendco_provision_xlsx_export_async (missing, &filter, out, NULL, NULL, NULL, on_done, &state);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  io_test_assert_only (f->dir, NULL);
  async_state_clear (&state);

  /* A folder that is not there. */
  async_state_init (&state);
  sendco_provision_xlsx_export_async (f->path, &filter, gone, NULL, NULL, NULL, on_done, &state);
  g_main_loop_run (state.loop);
  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (state.error->message, "does not exist"));
  async_state_clear (&state);
}

/* --write-sample */

static gboolean
parse_period (const char *text, SendcoPeriod *period)
{
  if (text == NULL || g_str_equal (text, "year"))
    *period = SENDCO_PERIOD_YEAR;
  else if (g_str_equal (text, "term"))
    *period = SENDCO_PERIOD_TERM;
  else if (g_str_equal (text, "any"))
    *period = SENDCO_PERIOD_ANY;
  else
    return FALSE;
  return TRUE;
}

static void
on_sample_done (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *state = data;

  state->ok = sendco_provision_xlsx_export_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static int
write_sample (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *out = NULL;
  gboolean over = FALSE, in_thread = FALSE;
  const char *period_text = NULL, *area_text = NULL;
  SendcoMapFilter filter;
  SendcoArea area;
  gboolean ok;

  out = g_strdup (argv[2]);
  for (int i = 3; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--over-threshold"))
        over = TRUE;
      else if (g_str_equal (argv[i], "--async"))
        in_thread = TRUE;
      else if (g_str_equal (argv[i], "--period") && i + 1 < argc)
        period_text = argv[++i];
      else if (g_str_equal (argv[i], "--area") && i + 1 < argc)
        area_text = argv[++i];
      else
        {
          g_printerr ("unknown option %s\n", argv[i]);
          return 2;
        }
    }

  sendco_map_filter_init (&filter);
  if (!parse_period (period_text, &filter.period))
    return 2;
  if (area_text)
    {
      if (!sendco_area_from_key (area_text, &area))
        return 2;
      filter.area = (int) area;
    }

  store = io_test_new_store (dir, "school.sendco");
  provision_test_school_fill (store, over);

  if (in_thread)
    {
      AsyncState state;

      async_state_init (&state);
      sendco_provision_xlsx_export_async (sendco_store_get_path (store), &filter, out, NULL, NULL,
                                          NULL, on_sample_done, &state);
      g_main_loop_run (state.loop);
      ok = state.ok;
      if (!ok)
        g_printerr ("%s\n", state.error->message);
      async_state_clear (&state);
    }
  else
    {
      g_autoptr (SendcoProvisionMap) map = sendco_store_build_provision_map (store, &filter, NULL,
                                                                            &error);

      ok = map && sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error);
      if (!ok)
        g_printerr ("%s\n", error->message);
    }

  g_clear_object (&store);
  io_test_remove_dir (dir);
  return ok ? 0 : 1;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  if (argc >= 3 && g_str_equal (argv[1], "--write-sample"))
    return write_sample (argc, argv);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/io/provision-xlsx/write", test_write);
  ADD ("/io/provision-xlsx/replaces", test_replaces);
  g_test_add ("/io/provision-xlsx/empty", Fixture, "empty", fixture_set_up, test_empty,
              fixture_tear_down);
  ADD ("/io/provision-xlsx/cancel", test_cancel);
  ADD ("/io/provision-xlsx/missing-folder", test_missing_folder);
  ADD ("/io/provision-xlsx/folder-as-file", test_folder_as_file);
  ADD ("/io/provision-xlsx/unwritable-folder", test_unwritable_folder);
  ADD ("/io/provision-xlsx/async", test_async);
  ADD ("/io/provision-xlsx/async-cancel-and-errors", test_async_cancel_and_errors);
#undef ADD

  return g_test_run ();
}
