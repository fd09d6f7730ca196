/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: the school, pupils and their SEN history. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-store-private.h"

#define PUPIL_SELECT                                                                          \
  "SELECT p.id, p.upn, p.legal_surname, p.legal_forename, p.preferred_surname,"                \
  " p.preferred_forename, p.date_of_birth, p.gender, p.year_group, p.form, p.lac, p.fsm,"      \
  " p.eal, p.monitoring, p.monitoring_since, p.monitoring_note,"                               \
  " nullif (max (coalesce (p.last_reviewed, ''),"                                             \
  "   coalesce ((SELECT max (v.held_on) FROM plan_review v JOIN support_plan sp"                \
  "     ON sp.id = v.plan_id WHERE sp.pupil_id = p.id), ''),"                                   \
  "   coalesce ((SELECT max (a.meeting_held_on) FROM annual_review a JOIN ehc_plan e"           \
  "     ON e.id = a.plan_id WHERE e.pupil_id = p.id), '')), ''),"                               \
  " p.archived_on, p.archive_reason, s.status, s.primary_need, s.secondary_need,"              \
  " s.start_date,"                                                                             \
  " CASE WHEN s.status IN ('K','E') THEN"                                                      \
  "  (SELECT min (r.start_date) FROM sen_period r WHERE r.pupil_id = p.id"                     \
  "    AND r.status <> 'N' AND r.start_date >= coalesce ((SELECT max (n.end_date)"             \
  "      FROM sen_period n WHERE n.pupil_id = p.id AND n.status = 'N'"                         \
  "      AND n.end_date IS NOT NULL), '')) END,"                                               \
  " (SELECT count (*) FROM parent_meeting m WHERE m.pupil_id = p.id AND m.held_on >= ?9)"      \
  " FROM pupil p LEFT JOIN sen_period s ON s.pupil_id = p.id AND s.end_date IS NULL "

static gboolean
not_found (GError **error, gint64 id)
{
  g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
               _("No pupil with record number %" G_GINT64_FORMAT " is in this school file."), id);
  return FALSE;
}

/* PUPIL_SELECT counts parent meetings since the school year began: ?9. */
static void
bind_year_start (sqlite3_stmt *stmt)
{
  GDate today, start;
  g_autofree char *iso = NULL;

  sendco_today (&today);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_SEPTEMBER, (GDateYear) sendco_school_year_of (&today));
  iso = sendco_date_to_iso (&start);
  sendco_bind_text (stmt, 9, iso);
}

static void
fill_pupil (SendcoPupil *pupil, sqlite3_stmt *stmt)
{
  g_object_freeze_notify (G_OBJECT (pupil));

  sendco_pupil_set_id (pupil, sqlite3_column_int64 (stmt, 0));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, sendco_column_text (stmt, 1));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, sendco_column_text (stmt, 2));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, sendco_column_text (stmt, 3));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PREFERRED_SURNAME, sendco_column_text (stmt, 4));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME, sendco_column_text (stmt, 5));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, sendco_column_text (stmt, 6));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_GENDER, sendco_column_text (stmt, 7));
  sendco_pupil_set_year_group (pupil, sqlite3_column_int (stmt, 8));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_FORM, sendco_column_text (stmt, 9));
  sendco_pupil_set_lac (pupil, sqlite3_column_int (stmt, 10));
  sendco_pupil_set_fsm (pupil, sqlite3_column_int (stmt, 11));
  sendco_pupil_set_eal (pupil, sqlite3_column_int (stmt, 12));
  sendco_pupil_set_monitoring (pupil, sqlite3_column_int (stmt, 13));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_MONITORING_SINCE, sendco_column_text (stmt, 14));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_MONITORING_NOTE, sendco_column_text (stmt, 15));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LAST_REVIEWED, sendco_column_text (stmt, 16));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_ARCHIVED_ON, sendco_column_text (stmt, 17));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_ARCHIVE_REASON, sendco_column_text (stmt, 18));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS,
                         sqlite3_column_type (stmt, 19) == SQLITE_NULL
                           ? "N" : sendco_column_text (stmt, 19));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, sendco_column_text (stmt, 20));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SECONDARY_NEED, sendco_column_text (stmt, 21));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_SINCE, sendco_column_text (stmt, 22));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE, sendco_column_text (stmt, 23));
  sendco_pupil_set_parent_meetings (pupil, sqlite3_column_int (stmt, 24));

  g_object_thaw_notify (G_OBJECT (pupil));
}

/* School */

gboolean
sendco_store_has_school (SendcoStore *self)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  stmt = sendco_store_prepare (self, "SELECT 1 FROM school WHERE id = 1", NULL);
  if (stmt == NULL)
    return FALSE;
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

SendcoSchool *
sendco_store_get_school (SendcoStore *self, GError **error)
{
  sqlite3_stmt *stmt;
  SendcoSchool *school = NULL;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self, "SELECT name, local_authority, phase, is_demo FROM school"
                                     " WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      school = sendco_school_new (sendco_column_text (stmt, 0), sendco_column_text (stmt, 1),
                                  sendco_column_text (stmt, 2));
      sendco_school_set_is_demo (school, sqlite3_column_int (stmt, 3));
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NO_SCHOOL,
                 _("This school file has no school details yet."));
  else
    sendco_store_fail (self, rc, error);

  sqlite3_reset (stmt);
  return school;
}

gboolean
sendco_store_set_school (SendcoStore *self, SendcoSchool *school, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (SENDCO_IS_SCHOOL (school), FALSE);

  if (sendco_store_blank (sendco_school_get_name (school)))
    return sendco_store_invalid (error, _("The school needs a name."));

  if (!sendco_store_begin (self, error))
    return FALSE;

  stmt = sendco_store_prepare (self,
                               "INSERT INTO school (id, name, local_authority, phase, is_demo)"
                               " VALUES (1, ?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET"
                               " name = excluded.name, local_authority = excluded.local_authority,"
                               " phase = excluded.phase, is_demo = excluded.is_demo"
                               " WHERE (name, local_authority, phase, is_demo) IS NOT"
                               " (excluded.name, excluded.local_authority, excluded.phase,"
                               "  excluded.is_demo)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sendco_bind_text (stmt, 1, sendco_school_get_name (school));
      sendco_bind_text (stmt, 2, sendco_school_get_local_authority (school));
      sendco_bind_text (stmt, 3, sendco_school_get_phase (school));
      sqlite3_bind_int (stmt, 4, sendco_school_get_is_demo (school));
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok)
    sendco_store_touch (self, "school");

  return sendco_store_finish_write (self, ok, error);
}

/* Pupils */

/**
 * sendco_store_list_pupils:
 * @include_archived: also list pupils who have left
 *
 * Returns: (transfer full): a list of #SendcoPupil, in record order
 */
GListStore *
sendco_store_list_pupils (SendcoStore *self, gboolean include_archived, GError **error)
{
  g_autoptr (GListStore) list = NULL;
  g_autoptr (GPtrArray) items = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self, PUPIL_SELECT " WHERE ?1 OR p.archived_on IS NULL"
                                     " ORDER BY p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived);
  bind_year_start (stmt);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoPupil *pupil = sendco_pupil_new ();

      fill_pupil (pupil, stmt);
      g_ptr_array_add (items, pupil);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }

  list = g_list_store_new (SENDCO_TYPE_PUPIL);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return g_steal_pointer (&list);
}

static SendcoPupil *
get_pupil_where (SendcoStore *self, const char *sql, gint64 id, const char *upn, GError **error)
{
  sqlite3_stmt *stmt = sendco_store_prepare (self, sql, error);
  SendcoPupil *pupil = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (upn)
    sendco_bind_text (stmt, 1, upn);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  bind_year_start (stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      pupil = sendco_pupil_new ();
      fill_pupil (pupil, stmt);
    }
  else if (rc == SQLITE_DONE)
    {
      if (upn)
        g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                     _("No pupil with UPN %s is in this school file."), upn);
      else
        not_found (error, id);
    }
  else
    sendco_store_fail (self, rc, error);

  sqlite3_reset (stmt);
  return pupil;
}

SendcoPupil *
sendco_store_get_pupil (SendcoStore *self, gint64 id, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);
  return get_pupil_where (self, PUPIL_SELECT " WHERE p.id = ?1", id, NULL, error);
}

SendcoPupil *
sendco_store_find_pupil_by_upn (SendcoStore *self, const char *upn, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);
  g_return_val_if_fail (upn != NULL, NULL);
  return get_pupil_where (self, PUPIL_SELECT " WHERE p.upn = ?1", 0, upn, error);
}

static gboolean
check_sen (const char *status, const char *primary, const char *secondary, GError **error)
{
  SendcoSenStatus sen = sendco_sen_status_from_code (status);
  gboolean has_primary = primary && primary[0];
  gboolean has_secondary = secondary && secondary[0];

  if (sen == SENDCO_SEN_INVALID)
    return sendco_store_invalid (error, _("The SEN status must be N, K or E."));
  if (sen == SENDCO_SEN_N && (has_primary || has_secondary))
    return sendco_store_invalid (error, _("A pupil with no SEN has no need type."));
  if (has_primary && !sendco_need_allowed (sen, primary))
    return sendco_store_invalid (error, _("That primary need cannot go with this SEN status."));
  if (has_secondary && !sendco_need_allowed (sen, secondary))
    return sendco_store_invalid (error, _("That secondary need cannot go with this SEN status."));
  if (has_secondary && !has_primary)
    return sendco_store_invalid (error, _("Give a primary need before a secondary need."));
  if (has_secondary && g_ascii_strcasecmp (primary, secondary) == 0)
    return sendco_store_invalid (error, _("The secondary need must differ from the primary need."));
  return TRUE;
}

static gboolean
check_record (SendcoPupil *pupil, GError **error)
{
  if (!sendco_store_check_date (sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH), FALSE,
                   _("date of birth"), error)
      || !sendco_store_check_date (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED), TRUE,
                      _("last reviewed date"), error)
      || !sendco_store_check_date (sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_SINCE), TRUE,
                      _("monitoring start date"), error))
    return FALSE;

  return TRUE;
}

static gboolean
write_pupil_row (SendcoStore *self, SendcoPupil *pupil, gboolean insert, GError **error)
{
  GError *local_error = NULL;
  sqlite3_stmt *stmt;

  if (insert)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO pupil (upn, legal_surname, legal_forename,"
                                 " preferred_surname, preferred_forename, date_of_birth, gender,"
                                 " year_group, form, lac, fsm, eal, monitoring, monitoring_since,"
                                 " monitoring_note, last_reviewed)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                 " ?13, ?14, ?15, ?16)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE pupil SET upn = ?1, legal_surname = ?2,"
                                 " legal_forename = ?3, preferred_surname = ?4,"
                                 " preferred_forename = ?5, date_of_birth = ?6, gender = ?7,"
                                 " year_group = ?8, form = ?9, lac = ?10, fsm = ?11, eal = ?12,"
                                 " monitoring = ?13, monitoring_since = ?14,"
                                 " monitoring_note = ?15, last_reviewed = ?16,"
                                 " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                                 " WHERE id = ?17", error);
  if (stmt == NULL)
    return FALSE;

  sendco_bind_text (stmt, 1, sendco_pupil_get_text (pupil, SENDCO_PUPIL_UPN));
  sendco_bind_text (stmt, 2, sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME));
  sendco_bind_text (stmt, 3, sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME));
  sendco_bind_text (stmt, 4, sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_SURNAME));
  sendco_bind_text (stmt, 5, sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME));
  sendco_bind_text (stmt, 6, sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH));
  sendco_bind_text (stmt, 7, sendco_pupil_get_text (pupil, SENDCO_PUPIL_GENDER));
  sqlite3_bind_int (stmt, 8, sendco_pupil_get_year_group (pupil));
  sendco_bind_text (stmt, 9, sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM));
  sqlite3_bind_int (stmt, 10, sendco_pupil_get_lac (pupil));
  sqlite3_bind_int (stmt, 11, sendco_pupil_get_fsm (pupil));
  sqlite3_bind_int (stmt, 12, sendco_pupil_get_eal (pupil));
  sqlite3_bind_int (stmt, 13, sendco_pupil_get_monitoring (pupil));
  sendco_bind_text_or_null (stmt, 14, sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_SINCE));
  sendco_bind_text (stmt, 15, sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_NOTE));
  sendco_bind_text_or_null (stmt, 16, sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED));
  if (!insert)
    sqlite3_bind_int64 (stmt, 17, sendco_pupil_get_id (pupil));

  if (!sendco_store_step_done (self, stmt, &local_error))
    {
      /* @error may be NULL: look at our own copy */
      if (g_error_matches (local_error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT)
          && sqlite3_extended_errcode (sendco_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_clear_error (&local_error);
          g_set_error (&local_error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT,
                       _("Another pupil already has the UPN %s."),
                       sendco_pupil_get_upn (pupil));
        }
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!insert && sqlite3_changes (sendco_store_get_db (self)) == 0)
    return not_found (error, sendco_pupil_get_id (pupil));

  sendco_store_touch (self, "pupil");
  return TRUE;
}

/* The census spelling of a need code ("spld" -> "SPLD"), which the schema
 * insists on; anything else is returned as it is, for the schema to refuse. */
static const char *
canonical_need (const char *code)
{
  const SendcoNeedType *type = sendco_need_type_lookup (code);

  return type ? type->code : code;
}

static gboolean
insert_period (SendcoStore *self, gint64 pupil_id, const char *status, const char *primary,
               const char *secondary, const char *start, const char *reason, const char *source,
               GError **error)
{
  sqlite3_stmt *stmt;

  stmt = sendco_store_prepare (self,
                               "INSERT INTO sen_period (pupil_id, status, primary_need,"
                               " secondary_need, start_date, reason, source)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  sendco_bind_text (stmt, 2, status);
  sendco_bind_text_or_null (stmt, 3, canonical_need (primary));
  sendco_bind_text_or_null (stmt, 4, canonical_need (secondary));
  sendco_bind_text (stmt, 5, start);
  sendco_bind_text (stmt, 6, reason);
  sendco_bind_text (stmt, 7, source);
  if (!sendco_store_step_done (self, stmt, error))
    return FALSE;

  sendco_store_touch (self, "sen_period");
  sendco_store_touch (self, "pupil");
  return TRUE;
}

/* The source recorded for SEN history written under @reason. */
static const char *
source_for_reason (const char *reason)
{
  if (reason && g_str_has_prefix (reason, "import:"))
    return "import";
  if (reason && g_str_has_prefix (reason, "demo:"))
    return "demo";
  return "sendco";
}

static const char *
strip_source (const char *reason)
{
  if (reason && (g_str_has_prefix (reason, "import:") || g_str_has_prefix (reason, "demo:")))
    return strchr (reason, ':') + 1;
  return reason ? reason : "";
}

/**
 * sendco_store_insert_pupil:
 * @pupil: the new pupil; its SEN status and needs open their first SEN period.
 *   On success its id is set.
 * @since: the date that first SEN period starts (YYYY-MM-DD)
 * @reason: why the period starts; "import:..." or "demo:..." marks its source
 */
gboolean
sendco_store_insert_pupil (SendcoStore *self, SendcoPupil *pupil, const char *since,
                           const char *reason, GError **error)
{
  const char *status;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), FALSE);

  status = sendco_pupil_get_sen_status (pupil);
  if (!check_record (pupil, error)
      || !sendco_store_check_date (since, FALSE, _("SEN status start date"), error)
      || !check_sen (status, sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED),
                     sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED), error))
    return FALSE;

  if (!sendco_store_begin (self, error))
    return FALSE;

  ok = write_pupil_row (self, pupil, TRUE, error);
  if (ok)
    {
      gint64 id = sqlite3_last_insert_rowid (sendco_store_get_db (self));

      ok = insert_period (self, id, status,
                          sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED),
                          sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED), since,
                          strip_source (reason), source_for_reason (reason), error);
      if (ok)
        {
          const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
          const char *secondary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);

          /* what sendco_store_get_pupil() would now give */
          g_object_freeze_notify (G_OBJECT (pupil));
          sendco_pupil_set_id (pupil, id);
          sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_SINCE, since);
          sendco_pupil_set_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE,
                                 g_str_equal (status, "N") ? "" : since);
          sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, canonical_need (primary));
          sendco_pupil_set_text (pupil, SENDCO_PUPIL_SECONDARY_NEED, canonical_need (secondary));
          g_object_thaw_notify (G_OBJECT (pupil));
        }
    }

  return sendco_store_finish_write (self, ok, error);
}

/**
 * sendco_store_update_pupil:
 *
 * Saves @pupil's identity, school details, flags, monitoring and last
 * reviewed date. Its SEN status is changed only through
 * sendco_store_change_sen_status(), and archiving only through
 * sendco_store_archive_pupil(), so that their history is kept.
 */
gboolean
sendco_store_update_pupil (SendcoStore *self, SendcoPupil *pupil, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), FALSE);

  if (!check_record (pupil, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  ok = write_pupil_row (self, pupil, FALSE, error);
  return sendco_store_finish_write (self, ok, error);
}

static gboolean
get_open_period (SendcoStore *self, gint64 pupil_id, gint64 *period_id, char **status,
                 char **primary, char **secondary, char **start, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sendco_store_prepare (self,
                               "SELECT id, status, primary_need, secondary_need, start_date"
                               " FROM sen_period WHERE pupil_id = ?1 AND end_date IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *period_id = sqlite3_column_int64 (stmt, 0);
      *status = g_strdup (sendco_column_text (stmt, 1));
      *primary = g_strdup (sendco_column_text (stmt, 2));
      *secondary = g_strdup (sendco_column_text (stmt, 3));
      *start = g_strdup (sendco_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    *period_id = 0;
  else if (rc != SQLITE_ROW)
    return sendco_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
pupil_exists (SendcoStore *self, gint64 pupil_id, GError **error)
{
  sqlite3_stmt *stmt = sendco_store_prepare (self, "SELECT 1 FROM pupil WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    return not_found (error, pupil_id);
  return sendco_store_fail (self, rc, error);
}

/**
 * sendco_store_change_sen_status:
 * @status: "N", "K" or "E"
 * @primary_need: (nullable): a census need code allowed with @status
 * @secondary_need: (nullable): another, different code
 * @effective: the date the change took effect (YYYY-MM-DD), not before the
 *   current status began
 * @reason: why, in the SENDCO's words; "import:..." marks a change made by
 *   an MIS import
 *
 * Closes the pupil's open SEN period on @effective and opens the new one,
 * so the whole history is kept and one period is open at a time.
 */
gboolean
sendco_store_change_sen_status (SendcoStore *self, gint64 pupil_id, const char *status,
                                const char *primary_need, const char *secondary_need,
                                const char *effective, const char *reason, GError **error)
{
  g_autofree char *old_status = NULL, *old_primary = NULL, *old_secondary = NULL;
  g_autofree char *old_start = NULL;
  gint64 period_id = 0;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (!sendco_store_check_date (effective, FALSE, _("date the change took effect"), error)
      || !check_sen (status, primary_need, secondary_need, error))
    return FALSE;
  primary_need = canonical_need (primary_need);
  secondary_need = canonical_need (secondary_need);

  if (!sendco_store_begin (self, error))
    return FALSE;

  ok = pupil_exists (self, pupil_id, error)
       && get_open_period (self, pupil_id, &period_id, &old_status, &old_primary, &old_secondary,
                           &old_start, error);

  if (ok && period_id != 0)
    {
      if (g_str_equal (old_status, status) && g_strcmp0 (old_primary, primary_need ? primary_need : "") == 0
          && g_strcmp0 (old_secondary, secondary_need ? secondary_need : "") == 0)
        ok = sendco_store_invalid (error, _("The pupil already has this SEN status and need."));
      else if (g_strcmp0 (effective, old_start) < 0)
        {
          g_autofree char *shown = sendco_iso_to_uk (old_start);

          g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                       _("The change cannot take effect before the current status began, "
                         "on %s."), shown);
          ok = FALSE;
        }
      else
        {
          sqlite3_stmt *close = sendco_store_prepare (self,
                                                      "UPDATE sen_period SET end_date = ?2"
                                                      " WHERE id = ?1", error);

          ok = close != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (close, 1, period_id);
              sendco_bind_text (close, 2, effective);
              ok = sendco_store_step_done (self, close, error);
            }
        }
    }

  if (ok)
    ok = insert_period (self, pupil_id, status, primary_need, secondary_need, effective,
                        strip_source (reason), source_for_reason (reason), error);

  return sendco_store_finish_write (self, ok, error);
}

/* Puts a pupil on or takes them off the monitoring list; the census code is untouched. */
gboolean
sendco_store_set_monitoring (SendcoStore *self, gint64 pupil_id, gboolean monitoring,
                             const char *since, const char *note, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (monitoring && !sendco_store_check_date (since, FALSE, _("monitoring start date"), error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  stmt = sendco_store_prepare (self,
                               "UPDATE pupil SET monitoring = ?2, monitoring_since = ?3,"
                               " monitoring_note = ?4,"
                               " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                               " WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, pupil_id);
      sqlite3_bind_int (stmt, 2, !!monitoring);
      sendco_bind_text_or_null (stmt, 3, monitoring ? since : NULL);
      sendco_bind_text (stmt, 4, monitoring ? note : "");
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (sendco_store_get_db (self)) == 0)
    ok = not_found (error, pupil_id);
  if (ok)
    sendco_store_touch (self, "pupil");

  return sendco_store_finish_write (self, ok, error);
}

static gboolean
set_archived (SendcoStore *self, gint64 pupil_id, const char *date, const char *reason,
              GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sendco_store_begin (self, error))
    return FALSE;

  stmt = sendco_store_prepare (self,
                               "UPDATE pupil SET archived_on = ?2, archive_reason = ?3,"
                               " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                               /* archive only a pupil on roll, restore only an archived one:
                                * archiving again must not rewrite the leaving date */
                               " WHERE id = ?1 AND (archived_on IS NULL) = (?2 IS NOT NULL)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, pupil_id);
      sendco_bind_text_or_null (stmt, 2, date);
      sendco_bind_text (stmt, 3, date ? reason : "");
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (sendco_store_get_db (self)) == 0)
    {
      ok = pupil_exists (self, pupil_id, error);
      if (ok)
        ok = sendco_store_invalid (error, date ? _("This pupil is already archived.")
                                  : _("This pupil is on roll already."));
    }
  if (ok)
    sendco_store_touch (self, "pupil");

  return sendco_store_finish_write (self, ok, error);
}

/**
 * sendco_store_archive_pupil:
 * @date: the date they left (YYYY-MM-DD)
 * @reason: why, e.g. "Moved to another school"
 *
 * Takes a pupil off roll. Nothing about them is erased: their record and
 * history stay, and sendco_store_restore_pupil() brings them back.
 */
gboolean
sendco_store_archive_pupil (SendcoStore *self, gint64 pupil_id, const char *date,
                            const char *reason, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (!sendco_store_check_date (date, FALSE, _("date the pupil left"), error))
    return FALSE;
  if (sendco_store_blank (reason))
    return sendco_store_invalid (error, _("Give the reason the pupil left."));

  return set_archived (self, pupil_id, date, reason, error);
}

gboolean
sendco_store_restore_pupil (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  return set_archived (self, pupil_id, NULL, NULL, error);
}

/**
 * sendco_store_sen_history:
 *
 * Returns: (transfer full) (element-type SendcoSenPeriod): every SEN period
 *   of the pupil, newest first
 */
GPtrArray *
sendco_store_sen_history (SendcoStore *self, gint64 pupil_id, GError **error)
{
  g_autoptr (GPtrArray) periods = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, status, primary_need, secondary_need, start_date,"
                               " end_date, reason, recorded_at, source FROM sen_period"
                               " WHERE pupil_id = ?1 ORDER BY start_date DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pupil_id);

  periods = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_sen_period_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoSenPeriod *period = g_new0 (SendcoSenPeriod, 1);

      period->id = sqlite3_column_int64 (stmt, 0);
      period->status = g_strdup (sendco_column_text (stmt, 1));
      period->primary_need = g_strdup (sendco_column_text (stmt, 2));
      period->secondary_need = g_strdup (sendco_column_text (stmt, 3));
      period->start_date = g_strdup (sendco_column_text (stmt, 4));
      period->end_date = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                           ? NULL : g_strdup (sendco_column_text (stmt, 5));
      period->reason = g_strdup (sendco_column_text (stmt, 6));
      period->recorded_at = g_strdup (sendco_column_text (stmt, 7));
      period->source = g_strdup (sendco_column_text (stmt, 8));
      g_ptr_array_add (periods, period);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&periods);
}
