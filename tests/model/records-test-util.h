/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the tests of plans, EHC records and deadlines: a school file in a
 * private folder, pupils to hang records on, and raw SQL on the same
 * connection to see what was really written. */
#pragma once

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-store-private.h"
#include "sendco-upn.h"

typedef struct
{
  char        *dir;
  char        *path;
  SendcoStore *store;
} Fixture;

static inline void
fixture_set_up (Fixture *f, gconstpointer data)
{
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("sendco-test-records-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "school.sendco", NULL);
  f->store = sendco_store_open (f->path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static inline void
remove_dir (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (path);
}

static inline void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->store)
    g_assert_cmpint (sqlite3_get_autocommit (sendco_store_get_db (f->store)), ==, 1);
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A pupil at @status with @primary need (or none), on the register since
 * @since; the UPN is built from @serial. Returns the record number. */
static inline gint64
add_pupil_full (SendcoStore *store, guint serial, const char *surname, const char *forename,
                const char *status, const char *primary, const char *since,
                const char *last_reviewed)
{
  g_autofree char *upn = sendco_upn_build (931, 2102, 26, serial);
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();
  GError *error = NULL;

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, "2016-03-04");
  sendco_pupil_set_year_group (pupil, 5);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, status);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, primary);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LAST_REVIEWED, last_reviewed);
  g_assert_true (sendco_store_insert_pupil (store, pupil, since, "test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sendco_pupil_get_id (pupil), >, 0);
  return sendco_pupil_get_id (pupil);
}

static inline gint64
add_pupil (SendcoStore *store, guint serial, const char *surname, const char *status,
           const char *primary)
{
  return add_pupil_full (store, serial, surname, "Sam", status, primary, "2024-09-02", "");
}

static inline SendcoPupil *
get_pupil (SendcoStore *store, gint64 id)
{
  GError *error = NULL;
  SendcoPupil *pupil = sendco_store_get_pupil (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pupil);
  return pupil;
}

/* A pupil in the register list (not sendco_store_get_pupil): the two read
 * the same columns, and both should agree. */
static inline SendcoPupil *
listed_pupil (SendcoStore *store, gint64 id)
{
  GError *error = NULL;
  g_autoptr (GListStore) list = sendco_store_list_pupils (store, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (sendco_pupil_get_id (pupil) == id)
        return g_steal_pointer (&pupil);
    }
  g_assert_not_reached ();
}

static inline gint64
sql_int (SendcoStore *store, const char *sql)
{
  sqlite3 *db = sendco_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s: no row (%s)", sql, sqlite3_errmsg (db));
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline gint64 G_GNUC_PRINTF (2, 3)
sql_intf (SendcoStore *store, const char *format, ...)
{
  va_list args;
  g_autofree char *sql = NULL;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return sql_int (store, sql);
}

/* The first column of the first row as text, "(null)" for NULL (free it). */
static inline char * G_GNUC_PRINTF (2, 3)
sql_textf (SendcoStore *store, const char *format, ...)
{
  sqlite3 *db = sendco_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  va_list args;
  g_autofree char *sql = NULL;
  char *value;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s: no row (%s)", sql, sqlite3_errmsg (db));
  value = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL
                      ? "(null)" : (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Runs @sql on the store's connection expecting a refusal; returns the
 * message (free it). */
static inline char *
sql_refused (SendcoStore *store, const char *sql)
{
  char *message = NULL;
  char *copy;

  if (sqlite3_exec (sendco_store_get_db (store), sql, NULL, NULL, &message) == SQLITE_OK)
    g_error ("should have been refused: %s", sql);
  copy = g_strdup (message ? message : "");
  sqlite3_free (message);
  return copy;
}

/* Every row of a table, as a count. */
static inline gint64
count_rows (SendcoStore *store, const char *table)
{
  return sql_intf (store, "SELECT count (*) FROM %s", table);
}

static inline void
set_date (GDate *date, const char *iso)
{
  g_date_clear (date, 1);
  g_assert_true (sendco_date_from_iso (iso, date));
}

/* Asserts @error is an INVALID refusal whose message holds @words. */
static inline void
assert_says (const GError *error, const char *words)
{
  if (words && !strstr (error->message, words))
    g_error ("“%s” does not say “%s”", error->message, words);
}

#define assert_invalid(error, words)                                                     \
  G_STMT_START                                                                           \
  {                                                                                      \
    g_assert_error ((error), SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);             \
    assert_says ((error), (words));                                                      \
  }                                                                                      \
  G_STMT_END
