/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: staff, the provision library, who receives what, the budget
 * figure, and the costed provision map built from them. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-clock.h"
#include "sendco-costing.h"
#include "sendco-dates.h"
#include "sendco-store-private.h"
#include "sendco-store-provision.h"

static gboolean
not_found (GError **error, const char *what)
{
  g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
               _("That %s is not in this school file."), what);
  return FALSE;
}

/* Staff */

/**
 * sendco_store_list_staff:
 *
 * Returns: (transfer full) (element-type SendcoStaff): by name
 */
GPtrArray *
sendco_store_list_staff (SendcoStore *self, gboolean include_archived, GError **error)
{
  g_autoptr (GPtrArray) staff = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_staff_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, name, role, hourly_cost, hours_per_week, archived_on"
                               " FROM staff WHERE ?1 OR archived_on IS NULL"
                               " ORDER BY name COLLATE NOCASE, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoStaff *s = sendco_staff_new ();

      s->id = sqlite3_column_int64 (stmt, 0);
      g_free (s->name);
      s->name = g_strdup (sendco_column_text (stmt, 1));
      g_free (s->role);
      s->role = g_strdup (sendco_column_text (stmt, 2));
      s->hourly_cost = sqlite3_column_int64 (stmt, 3);
      s->hours_per_week = sqlite3_column_double (stmt, 4);
      g_free (s->archived_on);
      s->archived_on = g_strdup (sendco_column_text (stmt, 5));
      g_ptr_array_add (staff, s);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&staff);
}

/* Saves a new member of staff (id 0) or changes; every cost that depends on
 * their hourly rate follows, since costs are worked out when read. */
gboolean
sendco_store_save_staff (SendcoStore *self, SendcoStaff *staff, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (staff != NULL, FALSE);

  if (sendco_store_blank (staff->name))
    return sendco_store_invalid (error, _("Give the name of the member of staff."));
  if (!sendco_staff_role_is_valid (staff->role))
    return sendco_store_invalid (error, _("Choose the member of staff’s role."));
  if (staff->hourly_cost < 0 || staff->hourly_cost > 100000)
    return sendco_store_invalid (error, _("The hourly cost must be between £0 and £1,000."));
  if (staff->hours_per_week < 0 || staff->hours_per_week > 60)
    return sendco_store_invalid (error, _("Contracted hours must be between 0 and 60 a week."));

  if (!sendco_store_begin (self, error))
    return FALSE;
  if (staff->id == 0)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO staff (name, role, hourly_cost, hours_per_week)"
                                 " VALUES (?2, ?3, ?4, ?5)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE staff SET name = ?2, role = ?3, hourly_cost = ?4,"
                                 " hours_per_week = ?5 WHERE id = ?1"
                                 " AND (name, role, hourly_cost, hours_per_week) IS NOT (?2, ?3, ?4, ?5)",
                                 error);
  ok = stmt != NULL;
  if (ok)
    {
      g_autofree char *name = g_strstrip (g_strdup (staff->name));

      sqlite3_bind_int64 (stmt, 1, staff->id);
      sendco_bind_text (stmt, 2, name);
      sendco_bind_text (stmt, 3, staff->role);
      sqlite3_bind_int64 (stmt, 4, staff->hourly_cost);
      sqlite3_bind_double (stmt, 5, staff->hours_per_week);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok && staff->id == 0)
    staff->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
  if (ok)
    sendco_store_touch (self, "staff");
  return sendco_store_finish_write (self, ok, error);
}

static gboolean
set_archived (SendcoStore *self, const char *table, gint64 id, const char *date, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET archived_on = ?2 WHERE id = ?1"
                                          " AND archived_on IS NOT ?2", table);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (date && !sendco_store_check_date (date, FALSE, _("date"), error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;
  stmt = sendco_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sendco_bind_text_or_null (stmt, 2, date);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok)
    sendco_store_touch (self, table);
  return sendco_store_finish_write (self, ok, error);
}

/* Retires a member of staff (@date) or brings them back (%NULL). */
gboolean
sendco_store_set_staff_archived (SendcoStore *self, gint64 staff_id, const char *date,
                                 GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  return set_archived (self, "staff", staff_id, date, error);
}

/* Provisions */

#define PROVISION_COLUMNS                                                                   \
  "id, name, area, wave, description, staff_id, group_size, sessions_per_week,"              \
  " minutes_per_session, start_date, end_date, weeks, resource_cost, measure_name,"          \
  " measure_unit, higher_is_better, archived_on"

static SendcoProvision *
read_provision (sqlite3_stmt *stmt)
{
  SendcoProvision *p = sendco_provision_new ();

#define TEXT(field, col) G_STMT_START { g_free (p->field); p->field = g_strdup (sendco_column_text (stmt, col)); } G_STMT_END
  p->id = sqlite3_column_int64 (stmt, 0);
  TEXT (name, 1);
  TEXT (area, 2);
  p->wave = sqlite3_column_int (stmt, 3);
  TEXT (description, 4);
  p->staff_id = sqlite3_column_int64 (stmt, 5);
  p->group_size = sqlite3_column_int (stmt, 6);
  p->sessions_per_week = sqlite3_column_int (stmt, 7);
  p->minutes_per_session = sqlite3_column_int (stmt, 8);
  TEXT (start_date, 9);
  TEXT (end_date, 10);
  p->weeks = sqlite3_column_int (stmt, 11);
  p->resources_per_year = sqlite3_column_int64 (stmt, 12);
  TEXT (measure_name, 13);
  TEXT (measure_unit, 14);
  p->higher_is_better = sqlite3_column_int (stmt, 15);
  TEXT (archived_on, 16);
#undef TEXT
  return p;
}

/**
 * sendco_store_list_provisions:
 *
 * Returns: (transfer full) (element-type SendcoProvision): the library, by
 *   area, wave and name
 */
GPtrArray *
sendco_store_list_provisions (SendcoStore *self, gboolean include_archived, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_provision_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT " PROVISION_COLUMNS " FROM provision"
                               " WHERE ?1 OR archived_on IS NULL"
                               " ORDER BY area, wave, name COLLATE NOCASE, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_provision (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

SendcoProvision *
sendco_store_get_provision (SendcoStore *self, gint64 provision_id, GError **error)
{
  sqlite3_stmt *stmt;
  SendcoProvision *p = NULL;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self, "SELECT " PROVISION_COLUMNS " FROM provision WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, provision_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    p = read_provision (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    not_found (error, _("provision"));
  else if (rc != SQLITE_ROW)
    sendco_store_fail (self, rc, error);
  return p;
}

static gboolean
check_provision (SendcoProvision *p, GError **error)
{
  if (sendco_store_blank (p->name))
    return sendco_store_invalid (error, _("Give the provision a name."));
  if (!sendco_area_from_key (p->area, NULL))
    return sendco_store_invalid (error, _("Choose the area of need the provision serves."));
  if (p->wave < 1 || p->wave > 3)
    return sendco_store_invalid (error, _("Choose the wave: 1 universal, 2 targeted or 3 specialist."));
  if (p->group_size < 1 || p->group_size > 60)
    return sendco_store_invalid (error, _("The group size must be between 1 and 60 pupils."));
  if (p->sessions_per_week < 0 || p->sessions_per_week > 50)
    return sendco_store_invalid (error, _("Sessions a week must be between 0 and 50."));
  if (p->minutes_per_session < 0 || p->minutes_per_session > 600)
    return sendco_store_invalid (error, _("A session must last between 0 and 600 minutes."));
  if (p->weeks < 0 || p->weeks > 52)
    return sendco_store_invalid (error, _("The number of weeks must be between 1 and 52, or left blank."));
  if (p->resources_per_year < 0)
    return sendco_store_invalid (error, _("The resource cost cannot be negative."));
  if (!sendco_store_check_date (p->start_date, FALSE, _("start date"), error)
      || !sendco_store_check_date (p->end_date, TRUE, _("end date"), error))
    return FALSE;
  if (p->end_date[0] && strcmp (p->end_date, p->start_date) < 0)
    return sendco_store_invalid (error, _("The provision cannot end before it starts."));
  return TRUE;
}

gboolean
sendco_store_save_provision (SendcoStore *self, SendcoProvision *p, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (p != NULL, FALSE);

  if (!check_provision (p, error))
    return FALSE;
  if (!sendco_store_begin (self, error))
    return FALSE;

  if (p->id == 0)
    stmt = sendco_store_prepare (self,
                                 "INSERT INTO provision (name, area, wave, description, staff_id,"
                                 " group_size, sessions_per_week, minutes_per_session, start_date,"
                                 " end_date, weeks, resource_cost, measure_name, measure_unit,"
                                 " higher_is_better) VALUES (?2, ?3, ?4, ?5, nullif (?6, 0), ?7, ?8,"
                                 " ?9, ?10, ?11, nullif (?12, 0), ?13, ?14, ?15, ?16)", error);
  else
    stmt = sendco_store_prepare (self,
                                 "UPDATE provision SET name = ?2, area = ?3, wave = ?4,"
                                 " description = ?5, staff_id = nullif (?6, 0), group_size = ?7,"
                                 " sessions_per_week = ?8, minutes_per_session = ?9, start_date = ?10,"
                                 " end_date = ?11, weeks = nullif (?12, 0), resource_cost = ?13,"
                                 " measure_name = ?14, measure_unit = ?15, higher_is_better = ?16"
                                 " WHERE id = ?1 AND (name, area, wave, description, staff_id,"
                                 "  group_size, sessions_per_week, minutes_per_session, start_date,"
                                 "  end_date, weeks, resource_cost, measure_name, measure_unit,"
                                 "  higher_is_better) IS NOT (?2, ?3, ?4, ?5, nullif (?6, 0), ?7, ?8,"
                                 "  ?9, ?10, ?11, nullif (?12, 0), ?13, ?14, ?15, ?16)", error);
  ok = stmt != NULL;
  if (ok)
    {
      g_autofree char *name = g_strstrip (g_strdup (p->name));

      sqlite3_bind_int64 (stmt, 1, p->id);
      sendco_bind_text (stmt, 2, name);
      sendco_bind_text (stmt, 3, p->area);
      sqlite3_bind_int (stmt, 4, p->wave);
      sendco_bind_text (stmt, 5, p->description);
      sqlite3_bind_int64 (stmt, 6, p->staff_id);
      sqlite3_bind_int (stmt, 7, p->group_size);
      sqlite3_bind_int (stmt, 8, p->sessions_per_week);
      sqlite3_bind_int (stmt, 9, p->minutes_per_session);
      sendco_bind_text (stmt, 10, p->start_date);
      sendco_bind_text_or_null (stmt, 11, p->end_date);
      sqlite3_bind_int (stmt, 12, p->weeks);
      sqlite3_bind_int64 (stmt, 13, p->resources_per_year);
      sendco_bind_text (stmt, 14, p->measure_name);
      sendco_bind_text (stmt, 15, p->measure_unit);
      sqlite3_bind_int (stmt, 16, p->higher_is_better);
      ok = sendco_store_step_done (self, stmt, error);
      if (!ok && g_error_matches (*error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT))
        {
          g_clear_error (error);
          ok = sendco_store_invalid (error, _("That member of staff is not in this school file."));
        }
    }
  if (ok && p->id == 0)
    p->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
  if (ok)
    sendco_store_touch (self, "provision");
  return sendco_store_finish_write (self, ok, error);
}

/* Takes a provision out of the library (@date) or puts it back (%NULL). */
gboolean
sendco_store_set_provision_archived (SendcoStore *self, gint64 provision_id, const char *date,
                                     GError **error)
{
  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  return set_archived (self, "provision", provision_id, date, error);
}

/* Enrolments */

/**
 * sendco_store_list_enrolments:
 * @provision_id: one provision's pupils, or 0
 * @pupil_id: one pupil's provisions, or 0
 *
 * Returns: (transfer full) (element-type SendcoEnrolment): by start date
 */
GPtrArray *
sendco_store_list_enrolments (SendcoStore *self, gint64 provision_id, gint64 pupil_id,
                              GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_enrolment_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT id, provision_id, pupil_id, start_date, end_date"
                               " FROM provision_pupil WHERE (?1 = 0 OR provision_id = ?1)"
                               " AND (?2 = 0 OR pupil_id = ?2) ORDER BY start_date, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, provision_id);
  sqlite3_bind_int64 (stmt, 2, pupil_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoEnrolment *e = sendco_enrolment_new ();

      e->id = sqlite3_column_int64 (stmt, 0);
      e->provision_id = sqlite3_column_int64 (stmt, 1);
      e->pupil_id = sqlite3_column_int64 (stmt, 2);
      g_free (e->start_date);
      e->start_date = g_strdup (sendco_column_text (stmt, 3));
      g_free (e->end_date);
      e->end_date = g_strdup (sendco_column_text (stmt, 4));
      g_ptr_array_add (list, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * sendco_store_save_enrolment:
 *
 * Puts a pupil on a provision (id 0) or changes their dates; a pupil has at
 * most one place on a provision at a time.
 */
gboolean
sendco_store_save_enrolment (SendcoStore *self, SendcoEnrolment *e, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (e != NULL, FALSE);

  if (!sendco_store_check_date (e->start_date, FALSE, _("start date"), error)
      || !sendco_store_check_date (e->end_date, TRUE, _("end date"), error))
    return FALSE;
  if (e->end_date[0] && strcmp (e->end_date, e->start_date) < 0)
    return sendco_store_invalid (error, _("The pupil’s place cannot end before it starts."));

  if (!sendco_store_begin (self, error))
    return FALSE;

  /* Overlapping places of the same pupil on the same provision. */
  stmt = sendco_store_prepare (self,
                               "SELECT 1 FROM provision_pupil WHERE provision_id = ?1 AND pupil_id = ?2"
                               " AND id <> ?3 AND start_date <= coalesce (?5, '9999-12-31')"
                               " AND coalesce (end_date, '9999-12-31') >= ?4", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, e->provision_id);
      sqlite3_bind_int64 (stmt, 2, e->pupil_id);
      sqlite3_bind_int64 (stmt, 3, e->id);
      sendco_bind_text (stmt, 4, e->start_date);
      sendco_bind_text_or_null (stmt, 5, e->end_date);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        ok = sendco_store_invalid (error, _("The pupil already has a place on this provision for those dates."));
      else if (rc != SQLITE_DONE)
        ok = sendco_store_fail (self, rc, error);
    }

  if (ok)
    {
      if (e->id == 0)
        stmt = sendco_store_prepare (self,
                                     "INSERT INTO provision_pupil (provision_id, pupil_id, start_date,"
                                     " end_date) VALUES (?2, ?3, ?4, ?5)", error);
      else
        stmt = sendco_store_prepare (self,
                                     "UPDATE provision_pupil SET start_date = ?4, end_date = ?5"
                                     " WHERE id = ?1 AND provision_id = ?2 AND pupil_id = ?3"
                                     " AND (start_date, end_date) IS NOT (?4, ?5)", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, e->id);
      sqlite3_bind_int64 (stmt, 2, e->provision_id);
      sqlite3_bind_int64 (stmt, 3, e->pupil_id);
      sendco_bind_text (stmt, 4, e->start_date);
      sendco_bind_text_or_null (stmt, 5, e->end_date);
      ok = sendco_store_step_done (self, stmt, error);
      if (!ok && g_error_matches (*error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT))
        {
          g_clear_error (error);
          ok = sendco_store_invalid (error, _("That pupil or provision is not in this school file."));
        }
    }
  if (ok && e->id == 0)
    e->id = sqlite3_last_insert_rowid (sendco_store_get_db (self));
  if (ok)
    sendco_store_touch (self, "provision_pupil");
  return sendco_store_finish_write (self, ok, error);
}

/* Removes a place recorded by mistake (ending a place is an end date). */
gboolean
sendco_store_delete_enrolment (SendcoStore *self, gint64 enrolment_id, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (!sendco_store_begin (self, error))
    return FALSE;
  stmt = sendco_store_prepare (self, "DELETE FROM provision_pupil WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, enrolment_id);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (sendco_store_get_db (self)) == 0)
    ok = not_found (error, _("place on a provision"));
  if (ok)
    sendco_store_touch (self, "provision_pupil");
  return sendco_store_finish_write (self, ok, error);
}

/* Budget */

gint64
sendco_store_get_sen_budget (SendcoStore *self)
{
  sqlite3_stmt *stmt;
  gint64 budget = 0;

  g_return_val_if_fail (SENDCO_IS_STORE (self), 0);

  stmt = sendco_store_prepare (self, "SELECT sen_budget FROM school WHERE id = 1", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    budget = sqlite3_column_int64 (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return budget;
}

/* The SEN budget figure the provision map's cost is set against, pence. */
gboolean
sendco_store_set_sen_budget (SendcoStore *self, gint64 pence, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);

  if (pence < 0)
    return sendco_store_invalid (error, _("The budget cannot be negative."));
  if (!sendco_store_begin (self, error))
    return FALSE;
  stmt = sendco_store_prepare (self, "UPDATE school SET sen_budget = ?1 WHERE id = 1"
                                     " AND sen_budget IS NOT ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, pence);
      ok = sendco_store_step_done (self, stmt, error);
    }
  if (ok)
    sendco_store_touch (self, "school");
  return sendco_store_finish_write (self, ok, error);
}

/* The map */

static gboolean
from_iso (const char *iso, GDate *date)
{
  g_date_clear (date, 1);
  return iso && iso[0] && sendco_date_from_iso (iso, date);
}

typedef struct
{
  gint64 pupil_id;
  char  *start;
  char  *end;
} Place;

static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->start);
  g_free (place->end);
  g_free (place);
}

/* Teaching weeks of [start, end] in the period, no more than @cap (0: none). */
static int
weeks_in (const char *start, const char *end, const GDate *from, const GDate *to, int cap)
{
  GDate s, e;
  int weeks;

  if (!from_iso (start, &s))
    return 0;
  from_iso (end, &e);
  weeks = sendco_teaching_weeks (&s, g_date_valid (&e) ? &e : NULL, from, to);
  return cap > 0 ? MIN (weeks, cap) : weeks;
}

/* Costs every provision running in the period and shares each among its
 * pupils; fills @provisions and returns each pupil's total in @totals. */
static gboolean
cost_provisions (SendcoStore *self, SendcoPeriod period, const GDate *today,
                 GHashTable *pupils_on_roll, GPtrArray *provisions, GHashTable *totals,
                 GError **error)
{
  g_autoptr (GPtrArray) library = NULL;
  g_autoptr (GHashTable) places = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) staff = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) staff_list = NULL;
  GDate from, to;
  sqlite3_stmt *stmt;
  int rc;

  sendco_period_dates (period, today, &from, &to);

  staff_list = sendco_store_list_staff (self, TRUE, error);
  library = sendco_store_list_provisions (self, FALSE, error);
  if (staff_list == NULL || library == NULL)
    return FALSE;
  for (guint i = 0; i < staff_list->len; i++)
    {
      SendcoStaff *s = g_ptr_array_index (staff_list, i);

      g_hash_table_insert (staff, &s->id, s);
    }

  stmt = sendco_store_prepare (self, "SELECT provision_id, pupil_id, start_date, end_date"
                                     " FROM provision_pupil ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 provision_id = sqlite3_column_int64 (stmt, 0);
      GPtrArray *list = g_hash_table_lookup (places, &provision_id);
      Place *place = g_new0 (Place, 1);

      if (list == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = provision_id;
          list = g_ptr_array_new_with_free_func (place_free);
          g_hash_table_insert (places, key, list);
        }
      place->pupil_id = sqlite3_column_int64 (stmt, 1);
      place->start = g_strdup (sendco_column_text (stmt, 2));
      place->end = g_strdup (sendco_column_text (stmt, 3));
      g_ptr_array_add (list, place);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sendco_store_fail (self, rc, error);

  for (guint i = 0; i < library->len; i++)
    {
      SendcoProvision *p = g_ptr_array_index (library, i);
      GPtrArray *list = g_hash_table_lookup (places, &p->id);
      SendcoStaff *who = g_hash_table_lookup (staff, &p->staff_id);
      g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr (GArray) weights = g_array_new (FALSE, FALSE, sizeof (gint64));
      GDate pfrom = from, pto = to;
      SendcoMapProvision *mp;
      SendcoCostInput input = { 0 };
      SendcoArea area = SENDCO_AREA_OTHER;
      int weeks;

      if (period == SENDCO_PERIOD_ANY)
        {
          /* A year from its start: what it costs in a year it runs. */
          if (!from_iso (p->start_date, &pfrom))
            continue;
          pto = pfrom;
          g_date_add_years (&pto, 1);
          g_date_subtract_days (&pto, 1);
        }

      weeks = weeks_in (p->start_date, p->end_date, &pfrom, &pto, p->weeks);
      if (weeks == 0)
        continue;

      for (guint j = 0; list && j < list->len; j++)
        {
          Place *place = g_ptr_array_index (list, j);
          const char *start = strcmp (place->start, p->start_date) > 0 ? place->start : p->start_date;
          const char *end = place->end;
          gint64 weight;

          if (!g_hash_table_contains (pupils_on_roll, &place->pupil_id))
            continue;
          if (p->end_date[0] && (end[0] == '\0' || strcmp (p->end_date, end) < 0))
            end = p->end_date;
          weight = weeks_in (start, end, &pfrom, &pto, p->weeks);
          if (weight == 0)
            continue;
          g_array_append_val (ids, place->pupil_id);
          g_array_append_val (weights, weight);
        }
      if (ids->len == 0)
        continue;

      mp = sendco_map_provision_new ();
      mp->id = p->id;
      g_free (mp->name);
      mp->name = g_strdup (p->name);
      sendco_area_from_key (p->area, &area);
      mp->area = area;
      mp->wave = p->wave;
      if (who)
        {
          g_free (mp->staff_name);
          mp->staff_name = g_strdup (who->name);
          g_free (mp->staff_role);
          mp->staff_role = g_strdup (who->role);
          mp->hourly_cost = who->hourly_cost;
        }
      mp->group_size = p->group_size;
      mp->sessions_per_week = p->sessions_per_week;
      mp->minutes_per_session = p->minutes_per_session;
      mp->weeks = weeks;
      mp->resources_per_year = p->resources_per_year;

      input.hourly_cost = mp->hourly_cost;
      input.minutes_per_session = p->minutes_per_session;
      input.sessions_per_week = p->sessions_per_week;
      input.group_size = p->group_size;
      input.pupils = (int) ids->len;
      input.weeks = weeks;
      /* A term bears a third of the year's resources. */
      input.resources_per_year = period == SENDCO_PERIOD_TERM
                                   ? sendco_divide_rounded (p->resources_per_year, 3)
                                   : p->resources_per_year;
      sendco_cost_compute (&input, &mp->cost);

      mp->n_pupils = ids->len;
      mp->pupil_ids = g_memdup2 (ids->data, sizeof (gint64) * ids->len);
      mp->shares = g_new0 (gint64, ids->len);
      sendco_cost_share (mp->cost.year, (gint64 *) weights->data, ids->len, mp->shares);

      for (guint j = 0; totals && j < mp->n_pupils; j++)
        {
          gint64 *total = g_hash_table_lookup (totals, &mp->pupil_ids[j]);

          if (total == NULL)
            {
              gint64 *key = g_new (gint64, 1);

              *key = mp->pupil_ids[j];
              total = g_new0 (gint64, 1);
              g_hash_table_insert (totals, key, total);
            }
          *total += mp->shares[j];
        }

      if (provisions)
        g_ptr_array_add (provisions, mp);
      else
        sendco_map_provision_free (mp);
    }

  return TRUE;
}

/**
 * sendco_store_build_provision_map:
 * @filter: the period, and what to show
 * @today: (nullable): today, for the period (sendco_today() when %NULL)
 *
 * Reads staff, provisions and pupils' places once, costs every provision
 * running in the period by the rules, shares each cost among its pupils by
 * the weeks they attend, and totals it all.
 *
 * Returns: (transfer full): the snapshot the grid and exports are made from
 */
SendcoProvisionMap *
sendco_store_build_provision_map (SendcoStore *self, const SendcoMapFilter *filter,
                                  const GDate *today, GError **error)
{
  g_autoptr (SendcoProvisionMap) map = g_new0 (SendcoProvisionMap, 1);
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GHashTable) on_roll = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          g_object_unref);
  g_autoptr (GHashTable) year_totals = NULL;
  g_autoptr (GHashTable) period_totals = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                g_free, g_free);
  g_autoptr (SendcoSchool) school = NULL;
  GHashTableIter iter;
  gpointer key, value;
  GDate now, from, to;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  if (today && g_date_valid (today))
    now = *today;
  else
    sendco_today (&now);

  pupils = sendco_store_list_pupils (self, FALSE, error);
  if (pupils == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 *id = g_new (gint64, 1);

      *id = sendco_pupil_get_id (pupil);
      g_object_set_data_full (G_OBJECT (pupil), "map-id", id, g_free);
      g_hash_table_insert (on_roll, id, pupil);
    }

  school = sendco_store_get_school (self, NULL);
  map->school_name = g_strdup (school ? sendco_school_get_name (school) : "");
  map->period = filter->period;
  map->period_label = sendco_period_label (filter->period, &now);
  sendco_period_dates (filter->period, &now, &from, &to);
  map->from = sendco_date_to_iso (&from);
  map->to = sendco_date_to_iso (&to);
  map->made_on = sendco_date_to_iso (&now);
  map->budget = sendco_store_get_sen_budget (self);
  map->provisions = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_map_provision_free);
  map->rows = g_array_new (FALSE, FALSE, sizeof (SendcoMapRow));
  map->pupils = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_map_pupil_free);

  if (!cost_provisions (self, filter->period, &now, on_roll, map->provisions, period_totals, error))
    return NULL;
  /* The £6,000 is a year's figure, whatever the period shown. */
  if (filter->period == SENDCO_PERIOD_YEAR)
    year_totals = g_hash_table_ref (period_totals);
  else
    {
      year_totals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      if (!cost_provisions (self, SENDCO_PERIOD_YEAR, &now, on_roll, NULL, year_totals, error))
        return NULL;
    }

  g_hash_table_iter_init (&iter, period_totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SendcoPupil *pupil = g_hash_table_lookup (on_roll, key);
      gint64 *year_total = g_hash_table_lookup (year_totals, key);
      SendcoMapPupil *mp;

      if (pupil == NULL)
        continue;
      mp = g_new0 (SendcoMapPupil, 1);
      mp->id = sendco_pupil_get_id (pupil);
      mp->name = sendco_pupil_dup_display_name (pupil);
      mp->year_group = sendco_pupil_get_year_group (pupil);
      mp->sen_status = g_strdup (sendco_pupil_get_sen_status (pupil));
      mp->primary_need = g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED));
      mp->year_total = year_total ? *year_total : 0;
      g_ptr_array_add (map->pupils, mp);
    }

  sendco_provision_map_finish (map, filter);
  return g_steal_pointer (&map);
}
