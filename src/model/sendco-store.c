/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore owns the one SQLite connection to a school's file: opening it
 * safely, migrations, transactions, the statement cache and the `changed`
 * signal. The queries for each area of the domain live in sendco-store-*.c. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sendco-dates.h"
#include "sendco-store-private.h"
#include "sendco-store-schema.h"

struct _SendcoStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  gboolean    read_only;
  int         schema_version;

  GHashTable *statements;   /* SQL text -> sqlite3_stmt */
  guint       depth;        /* transaction nesting: 0 outside */
  GHashTable *touched;      /* tables written in the open transaction */
  GPtrArray  *saved_touched; /* `touched` as it was when each open savepoint began */
};

G_DEFINE_FINAL_TYPE (SendcoStore, sendco_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sendco-store-error-quark, sendco_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define BUSY_TIMEOUT_MS 1500

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
set_error_from_code (GError **error, int rc, const char *detail)
{
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_LOCKED,
                   _("The school file is in use by another program. Close the other program "
                     "(or other Sendco window) and try again. Nothing was changed."));
      break;
    case SQLITE_READONLY:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY,
                   _("The school file is read-only, so Sendco cannot save to it. Check the "
                     "file's permissions, or copy it to a folder you can write to. "
                     "Nothing was changed."));
      break;
    case SQLITE_NOTADB:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_SENDCO,
                   _("This file is not a Sendco school file. Nothing was changed."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT,
                   _("The change was refused because it breaks a rule of the school file "
                     "(%s). Nothing was changed."), detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_FAILED,
                   _("The disk is full, so the change could not be saved. Free some space "
                     "and try again. Nothing was changed."));
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY,
                   _("The school file cannot be opened (%s). Check that the file and its "
                     "folder exist and that you may use them."), detail);
      break;
    default:
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_FAILED,
                   _("The school file could not be used: %s"), detail);
    }
}

/**
 * sendco_store_fail:
 *
 * Turns the connection's last error into a #GError. Always returns %FALSE so
 * callers can `return sendco_store_fail (self, rc, error);`.
 */
gboolean
sendco_store_fail (SendcoStore *self, int rc, GError **error)
{
  set_error_from_code (error, rc, sqlite3_errmsg (self->db));
  return FALSE;
}

sqlite3 *
sendco_store_get_db (SendcoStore *self)
{
  return self->db;
}

/**
 * sendco_store_prepare:
 *
 * Returns: (transfer none): a cached statement for @sql, reset, bindings
 *   cleared, ready to bind and step. Valid until the store is finalised.
 */
sqlite3_stmt *
sendco_store_prepare (SendcoStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
sendco_store_exec (SendcoStore *self, const char *sql, GError **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      set_error_from_code (error, sqlite3_extended_errcode (self->db),
                           message ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sendco_store_step_done (SendcoStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return sendco_store_fail (self, rc, error);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
sendco_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

/* NULL and "" both store as SQL NULL: for optional dates and codes. */
void
sendco_bind_text_or_null (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* A column as text, "" for NULL. */
const char *
sendco_column_text (sqlite3_stmt *stmt, int index)
{
  const unsigned char *text = sqlite3_column_text (stmt, index);

  return text ? (const char *) text : "";
}

static GHashTable *
copy_table_set (GHashTable *set)
{
  GHashTable *copy = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy, key);
  return copy;
}

void
sendco_store_touch (SendcoStore *self, const char *table)
{
  g_hash_table_add (self->touched, (gpointer) g_intern_string (table));
}

/**
 * sendco_store_begin:
 *
 * Starts a write transaction, or a savepoint inside one, so that functions
 * that write can be composed: only the outermost commit makes it durable.
 */
gboolean
sendco_store_begin (SendcoStore *self, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      set_error_from_code (error, SQLITE_READONLY, "");
      return FALSE;
    }

  if (self->depth == 0)
    {
      sqlite3_stmt *who;

      if (!sendco_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      who = sendco_store_prepare (self, "UPDATE audit_context SET who = ?1 WHERE id = 1 AND who IS NOT ?1", error);
      if (who == NULL)
        {
          sendco_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      sendco_bind_text (who, 1, g_get_user_name ());
      if (!sendco_store_step_done (self, who, error))
        {
          sendco_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("SAVEPOINT sp%u", self->depth);

      if (!sendco_store_exec (self, sql, error))
        return FALSE;
      /* so that rolling back to the savepoint forgets the tables written since */
      g_ptr_array_add (self->saved_touched, copy_table_set (self->touched));
    }

  self->depth++;
  return TRUE;
}

static void
emit_changed (SendcoStore *self)
{
  GList *tables = g_hash_table_get_keys (self->touched);

  /* Interned strings: the list does not own them. */
  g_hash_table_steal_all (self->touched);
  for (GList *l = tables; l; l = l->next)
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (l->data), l->data);
  g_list_free (tables);
}

gboolean
sendco_store_commit (SendcoStore *self, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    {
      if (!sendco_store_exec (self, "COMMIT", error))
        {
          sendco_store_rollback (self);
          return FALSE;
        }
      self->depth = 0;
      emit_changed (self);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("RELEASE sp%u", self->depth - 1);

      if (!sendco_store_exec (self, sql, error))
        {
          sendco_store_rollback (self);
          return FALSE;
        }
      g_ptr_array_remove_index (self->saved_touched, self->saved_touched->len - 1);
      self->depth--;
    }

  return TRUE;
}

void
sendco_store_rollback (SendcoStore *self)
{
  g_return_if_fail (SENDCO_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      if (sqlite3_get_autocommit (self->db) == 0)
        sendco_store_exec (self, "ROLLBACK", NULL);
      g_hash_table_remove_all (self->touched);
    }
  else
    {
      g_autofree char *sql =
        g_strdup_printf ("ROLLBACK TO sp%u; RELEASE sp%u", self->depth - 1, self->depth - 1);

      sendco_store_exec (self, sql, NULL);
      g_hash_table_unref (self->touched);
      self->touched = g_ptr_array_steal_index (self->saved_touched,
                                               self->saved_touched->len - 1);
    }
  self->depth--;
}

/* Ends what sendco_store_begin() started: commits when @ok, else rolls back. */
gboolean
sendco_store_finish_write (SendcoStore *self, gboolean ok, GError **error)
{
  if (!ok)
    {
      sendco_store_rollback (self);
      return FALSE;
    }
  return sendco_store_commit (self, error);
}

static gboolean
query_int (SendcoStore *self, const char *sql, int *value, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return sendco_store_fail (self, rc, error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else
    {
      rc = sqlite3_errcode (self->db);
      sqlite3_finalize (stmt);
      return sendco_store_fail (self, rc, error);
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
migrate (SendcoStore *self, int from, int to, GError **error)
{
  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      g_debug ("Migrating %s to schema version %d", self->path, version);

      if (!sendco_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!sendco_store_exec (self, sendco_store_schema_migration (version), error)
          || !sendco_store_exec (self, set_version, error)
          || !sendco_store_exec (self, "COMMIT", error))
        {
          sendco_store_exec (self, "ROLLBACK", NULL);
          g_prefix_error (error, _("The school file could not be upgraded (step %d): "), version);
          return FALSE;
        }
      self->schema_version = version;
    }

  return TRUE;
}

/* Creates @path as an empty 0600 file in a folder made 0700 if it is new. */
static gboolean
create_private_file (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY,
                   _("The folder “%s” could not be made: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == EEXIST)
        return TRUE;
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY,
                   _("The school file “%s” could not be made: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static SendcoStore *
open_store (const char *path, SendcoStoreOpenFlags flags, int max_version, GError **error)
{
  g_autoptr (SendcoStore) self = NULL;
  gboolean exists;
  int open_flags, rc, app_id = 0, version = 0, n_tables = 0;
  g_autofree char *mode = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_SENDCO,
                   _("“%s” is a folder, not a Sendco school file."), path);
      return NULL;
    }
  if (exists)
    {
      GStatBuf st;

      /* SQLite reports a 1-byte file as empty (an old OS X workaround) and would
       * make a school file of it; no real SQLite file is under 512 bytes. */
      if (g_stat (path, &st) == 0 && st.st_size > 0 && st.st_size < 512)
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_SENDCO,
                       _("“%s” is not a Sendco school file. Nothing was changed."), path);
          return NULL;
        }
    }
  else
    {
      if (!(flags & SENDCO_STORE_OPEN_CREATE) || (flags & SENDCO_STORE_OPEN_READ_ONLY))
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                       _("There is no school file at “%s”."), path);
          return NULL;
        }
      if (!create_private_file (path, error))
        return NULL;
    }

  self = g_object_new (SENDCO_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  open_flags = (flags & SENDCO_STORE_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  rc = sqlite3_open_v2 (path, &self->db, open_flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_code (error, rc, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Read before writing anything: a file that is not ours, or from a newer
   * Sendco, must be left exactly as it is. */
  if (!query_int (self, "PRAGMA application_id", &app_id, error)
      || !query_int (self, "PRAGMA user_version", &version, error)
      || !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return NULL;

  if (app_id != SENDCO_APPLICATION_ID && (app_id != 0 || version != 0 || n_tables != 0))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_SENDCO,
                   _("“%s” is not a Sendco school file. Nothing was changed."), path);
      return NULL;
    }
  if (app_id == 0 && !(flags & SENDCO_STORE_OPEN_CREATE))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_SENDCO,
                   _("“%s” is empty: it is not a Sendco school file yet."), path);
      return NULL;
    }
  if (version > SENDCO_SCHEMA_VERSION)
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NEWER,
                   _("This school file was saved by a newer version of Sendco (file version %d; "
                     "this Sendco reads up to version %d). Update Sendco to open it. The file "
                     "has not been changed."), version, SENDCO_SCHEMA_VERSION);
      return NULL;
    }
  self->schema_version = version;

  self->read_only = (flags & SENDCO_STORE_OPEN_READ_ONLY) || sqlite3_db_readonly (self->db, "main");
  if (self->read_only)
    {
      if (!(flags & SENDCO_STORE_OPEN_READ_ONLY))
        {
          set_error_from_code (error, SQLITE_READONLY, "");
          return NULL;
        }
      if (version < max_version)
        {
          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_READ_ONLY,
                       _("This school file is from an older Sendco and must be upgraded before "
                         "it can be read, but it is read-only. Open it once where it can be "
                         "written."));
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  if (!sendco_store_exec (self, "PRAGMA journal_mode = WAL", error)
      || !sendco_store_exec (self, "PRAGMA foreign_keys = ON", error)
      || !sendco_store_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (!migrate (self, version, max_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sendco_store_open:
 * @path: the school file
 * @flags: %SENDCO_STORE_OPEN_CREATE to make it (0600, in a 0700 folder) when
 *   it does not exist; %SENDCO_STORE_OPEN_READ_ONLY to only read it
 *
 * Opens a school file, upgrading its schema. A file that is locked,
 * read-only, not a Sendco file or from a newer Sendco gives an error in plain
 * words and is left exactly as it was.
 */
SendcoStore *
sendco_store_open (const char *path, SendcoStoreOpenFlags flags, GError **error)
{
  return open_store (path, flags, SENDCO_SCHEMA_VERSION, error);
}

SendcoStore *
sendco_store_open_at_version (const char *path, int version, GError **error)
{
  g_return_val_if_fail (version >= 0 && version <= SENDCO_SCHEMA_VERSION, NULL);
  return open_store (path, SENDCO_STORE_OPEN_CREATE, version, error);
}

const char *
sendco_store_get_path (SendcoStore *self)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sendco_store_is_read_only (SendcoStore *self)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), TRUE);
  return self->read_only;
}

int
sendco_store_get_schema_version (SendcoStore *self)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), 0);
  return self->schema_version;
}

/* $XDG_DATA_HOME/sendco/school.sendco */
char *
sendco_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sendco", "school.sendco", NULL);
}

/* Sets a SENDCO_STORE_ERROR_INVALID @error with @message, already in the
 * user's words. Returns: %FALSE, to return straight away. */
gboolean
sendco_store_invalid (GError **error, const char *message)
{
  g_set_error_literal (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Whether @text is NULL, empty or only spaces. */
gboolean
sendco_store_blank (const char *text)
{
  for (; text && *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/**
 * sendco_store_check_date:
 * @optional: whether "" (or NULL) is acceptable
 * @what: what the date is, for the message: "date of birth"
 *
 * Returns: %TRUE when @iso is a real YYYY-MM-DD date, else sets @error to a
 *   plain message.
 */
gboolean
sendco_store_check_date (const char *iso, gboolean optional, const char *what, GError **error)
{
  GDate date;

  if (optional && (iso == NULL || iso[0] == '\0'))
    return TRUE;
  g_date_clear (&date, 1);
  if (sendco_date_from_iso (iso, &date))
    return TRUE;

  g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
               _("The %s “%s” is not a real date."), what, iso ? iso : "");
  return FALSE;
}

/* How many audit rows match; for tests and the record's history. */
guint
sendco_store_count_audit (SendcoStore *self, const char *table, gint64 row_id, const char *action)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (SENDCO_IS_STORE (self), 0);

  stmt = sendco_store_prepare (self,
                               "SELECT count(*) FROM audit WHERE tbl = ?1 AND row_id = ?2"
                               " AND (?3 IS NULL OR action = ?3)", NULL);
  if (stmt == NULL)
    return 0;
  sendco_bind_text (stmt, 1, table);
  sqlite3_bind_int64 (stmt, 2, row_id);
  sendco_bind_text_or_null (stmt, 3, action);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

static void
sendco_store_finalize (GObject *object)
{
  SendcoStore *self = SENDCO_STORE (object);

  if (self->depth > 0)
    g_warning ("SendcoStore finalised inside a transaction; it is rolled back");

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->saved_touched, g_ptr_array_unref);
  if (self->db)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (sendco_store_parent_class)->finalize (object);
}

static void
sendco_store_class_init (SendcoStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sendco_store_finalize;

  /**
   * SendcoStore::changed:
   * @table: the table written
   *
   * Emitted after a commit, once for each table the transaction wrote, with
   * the table's name as the detail: connect to `changed::pupil`.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
sendco_store_init (SendcoStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->touched = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->saved_touched = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
}
