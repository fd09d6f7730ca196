/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the io tests: fixtures, temporary folders, a fresh school file,
 * counts read straight from SQLite, and stdout/stderr capture. */
#pragma once

#include <glib.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* tests/fixtures/SUB/NAME */
char        *io_test_fixture       (const char  *sub,
                                    const char  *name);
/* A new folder under the system temporary folder; io_test_remove_dir() empties and removes it. */
char        *io_test_make_dir      (void);
void         io_test_remove_dir    (const char  *dir);
void         io_test_assert_only   (const char  *dir,
                                    const char  *expected);
/* A new school file in @dir. */
SendcoStore *io_test_new_store     (const char  *dir,
                                    const char  *name);
/* The first column of the first row of @sql on the file at @path, read
 * through a connection of its own. */
gint64       io_test_query_int     (const char  *path,
                                    const char  *sql);
void         io_test_exec          (const char  *path,
                                    const char  *sql);
GDate       *io_test_today         (void);
/* A second connection that holds the write lock (BEGIN IMMEDIATE) until released. */
gpointer     io_test_hold_write_lock (const char *path);
void         io_test_release_lock  (gpointer     lock);

/* Runs @func with stdout and stderr going to strings. */
typedef int (*IoTestFunc) (gpointer user_data);
int          io_test_capture       (IoTestFunc   func,
                                    gpointer     user_data,
                                    char       **out,
                                    char       **err);

/* Runs "sendco ARGS..." in this process; @out and @err are nullable. */
int          io_test_run_cli       (char       **out,
                                    char       **err,
                                    ...) G_GNUC_NULL_TERMINATED;
int          io_test_run_cli_strv  (const char *const *args,
                                    char       **out,
                                    char       **err);
/* Fails the test, showing @text, unless @text contains @part. */
void         io_test_assert_contains (const char *text,
                                      const char *part);

/* The expected results that come with a sample MIS export. */
typedef struct
{
  guint      rows;
  guint      accepted;
  GPtrArray *rejected_upns;    /* char * */
  GPtrArray *rejected_faults;  /* char * */
  guint      count_e;
  guint      count_k;
  guint      count_n;
} IoTestExpected;

IoTestExpected *io_test_expected_load (const char      *path);
void            io_test_expected_free (IoTestExpected  *expected);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IoTestExpected, io_test_expected_free)

G_END_DECLS
