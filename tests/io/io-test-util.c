/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the io tests. */
#define G_LOG_DOMAIN "sendco-io-test"

#include "config.h"

#include "io-test-util.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sendco-cli.h"
#include "sendco-dates.h"

char *
io_test_fixture (const char *sub, const char *name)
{
  const char *root = g_getenv ("SENDCO_FIXTURES");

  if (root != NULL)
    return g_build_filename (root, sub, name, NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "fixtures", sub, name, NULL);
}

char *
io_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sendco-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
io_test_remove_dir (const char *dir)
{
  g_autoptr (GDir) handle = NULL;
  const char *name;

  if (dir == NULL)
    return;
  handle = g_dir_open (dir, 0, NULL);
  while (handle && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        io_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

SendcoStore *
io_test_new_store (const char *dir, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SendcoStore *store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

gint64
io_test_query_int (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
io_test_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

gpointer
io_test_hold_write_lock (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

void
io_test_release_lock (gpointer lock)
{
  sqlite3_exec (lock, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (lock);
}

/* SENDCO_TODAY, as the test environment pins it. */
GDate *
io_test_today (void)
{
  GDate *today = g_date_new ();
  const char *pinned = g_getenv ("SENDCO_TODAY");

  g_assert_true (sendco_date_from_iso (pinned ? pinned : "2026-11-22", today));
  return today;
}

static char *
read_and_remove (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_unlink (path);
  return text;
}

/* Under GTest, g_debug() messages go to stdout as TAP comments ("# ..."); a
 * real run prints none. Drop them so the output is what a user would see. */
static char *
drop_test_comments (char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "# "))
        continue;
      g_string_append (kept, lines[i]);
      if (lines[i + 1])
        g_string_append_c (kept, '\n');
    }
  g_free (text);
  return g_string_free (kept, FALSE);
}

int
io_test_capture (IoTestFunc func, gpointer user_data, char **out, char **err)
{
  g_autofree char *out_path = NULL, *err_path = NULL;
  int out_fd, err_fd, saved_out, saved_err, status;

  fflush (stdout);
  fflush (stderr);
  out_fd = g_file_open_tmp ("sendco-out-XXXXXX", &out_path, NULL);
  err_fd = g_file_open_tmp ("sendco-err-XXXXXX", &err_path, NULL);
  g_assert_cmpint (out_fd, >=, 0);
  g_assert_cmpint (err_fd, >=, 0);

  saved_out = dup (STDOUT_FILENO);
  saved_err = dup (STDERR_FILENO);
  dup2 (out_fd, STDOUT_FILENO);
  dup2 (err_fd, STDERR_FILENO);
  close (out_fd);
  close (err_fd);

  status = func (user_data);

  fflush (stdout);
  fflush (stderr);
  dup2 (saved_out, STDOUT_FILENO);
  dup2 (saved_err, STDERR_FILENO);
  close (saved_out);
  close (saved_err);

  *out = drop_test_comments (read_and_remove (out_path));
  *err = read_and_remove (err_path);
  return status;
}

static guint
match_uint (const char *text, const char *pattern)
{
  g_autoptr (GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *number = NULL;

  g_assert_nonnull (regex);
  g_assert_true (g_regex_match (regex, text, 0, &match));
  number = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (number, NULL, 10);
}

/* The .expected.json files have one shape: read it with patterns rather
 * than bring in a JSON library for the tests alone. */
IoTestExpected *
io_test_expected_load (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr (GRegex) pair = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  IoTestExpected *expected = g_new0 (IoTestExpected, 1);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  expected->rows = match_uint (text, "\"rows\"\\s*:\\s*(\\d+)");
  expected->accepted = match_uint (text, "\"accepted\"\\s*:\\s*(\\d+)");
  expected->count_e = match_uint (text, "\"E\"\\s*:\\s*(\\d+)");
  expected->count_k = match_uint (text, "\"K\"\\s*:\\s*(\\d+)");
  expected->count_n = match_uint (text, "\"N\"\\s*:\\s*(\\d+)");

  expected->rejected_upns = g_ptr_array_new_with_free_func (g_free);
  expected->rejected_faults = g_ptr_array_new_with_free_func (g_free);
  pair = g_regex_new ("\"upn\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"fault\"\\s*:\\s*\"([^\"]*)\"",
                      0, 0, NULL);
  g_regex_match (pair, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (expected->rejected_upns, g_match_info_fetch (match, 1));
      g_ptr_array_add (expected->rejected_faults, g_match_info_fetch (match, 2));
      g_match_info_next (match, NULL);
    }

  return expected;
}

void
io_test_expected_free (IoTestExpected *expected)
{
  if (expected == NULL)
    return;
  g_ptr_array_unref (expected->rejected_upns);
  g_ptr_array_unref (expected->rejected_faults);
  g_free (expected);
}

/* Asserts that @dir holds nothing but the school file (and its WAL files)
 * and @expected, if not %NULL: an export left no temporary file behind. */
void
io_test_assert_only (const char *dir, const char *expected)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    {
      if (g_str_has_prefix (name, "school.sendco"))
        continue;
      if (expected && g_str_equal (name, expected))
        continue;
      g_error ("unexpected file %s in %s", name, dir);
    }
}

typedef struct
{
  int    argc;
  char **argv;
} CliArgs;

static int
call_cli (gpointer user_data)
{
  CliArgs *args = user_data;

  return sendco_cli_run (args->argc, args->argv);
}

/* Runs "sendco ARGS..." in this process, with stdout and stderr in @out and
 * @err (each nullable); returns the exit status. @args is NULL-terminated. */
int
io_test_run_cli_strv (const char *const *args, char **out, char **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *ignored_out = NULL, *ignored_err = NULL;
  CliArgs cli;

  g_ptr_array_add (argv, g_strdup ("sendco"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  cli.argc = (int) argv->len - 1;
  cli.argv = (char **) argv->pdata;
  g_assert_true (sendco_cli_is_headless (cli.argc, cli.argv));
  return io_test_capture (call_cli, &cli, out ? out : &ignored_out, err ? err : &ignored_err);
}

int
io_test_run_cli (char **out, char **err, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return io_test_run_cli_strv ((const char *const *) args->pdata, out, err);
}

void
io_test_assert_contains (const char *text, const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” is not in the text:\n%s", part, text ? text : "(null)");
}
