/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: the provisions that serve each support plan outcome. An
 * outcome keeps its free-text provision too, for anything not in the
 * library; the links say which provisions on the map it relies on, so a
 * provision can show the outcomes (and pupils) it is there for. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sendco-store-outcome-links.h"
#include "sendco-store-private.h"

void
sendco_outcome_link_free (SendcoOutcomeLink *link)
{
  if (link == NULL)
    return;
  g_free (link->provision_name);
  g_free (link->provision_area);
  g_free (link->pupil_name);
  g_free (link->outcome);
  g_free (link);
}

/**
 * sendco_store_list_outcome_links:
 * @outcome_id: one outcome's provisions, or 0
 * @provision_id: the outcomes one provision serves, or 0
 * @pupil_id: one pupil's outcomes, or 0
 *
 * Returns: (transfer full) (element-type SendcoOutcomeLink): the links
 *   that match every filter given, by pupil, cycle (newest first), the
 *   outcome's place in its plan, and provision name
 */
GPtrArray *
sendco_store_list_outcome_links (SendcoStore *self, gint64 outcome_id, gint64 provision_id,
                                 gint64 pupil_id, GError **error)
{
  g_autoptr (GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_outcome_link_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  stmt = sendco_store_prepare (self,
                               "SELECT l.outcome_id, l.provision_id, v.name, v.area,"
                               " v.archived_on IS NOT NULL, s.id, s.cycle, s.reviewed, p.id,"
                               " coalesce (nullif (p.preferred_forename, ''), p.legal_forename)"
                               "  || ' ' || coalesce (nullif (p.preferred_surname, ''), p.legal_surname),"
                               " o.outcome"
                               " FROM outcome_provision l"
                               " JOIN provision v ON v.id = l.provision_id"
                               " JOIN plan_outcome o ON o.id = l.outcome_id"
                               " JOIN support_plan s ON s.id = o.plan_id"
                               " JOIN pupil p ON p.id = s.pupil_id"
                               " WHERE (?1 = 0 OR l.outcome_id = ?1) AND (?2 = 0 OR l.provision_id = ?2)"
                               " AND (?3 = 0 OR p.id = ?3)"
                               " ORDER BY p.legal_surname COLLATE NOCASE, p.legal_forename COLLATE NOCASE,"
                               " p.id, s.cycle DESC, o.position, o.id, v.name COLLATE NOCASE, v.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, outcome_id);
  sqlite3_bind_int64 (stmt, 2, provision_id);
  sqlite3_bind_int64 (stmt, 3, pupil_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SendcoOutcomeLink *link = g_new0 (SendcoOutcomeLink, 1);

      link->outcome_id = sqlite3_column_int64 (stmt, 0);
      link->provision_id = sqlite3_column_int64 (stmt, 1);
      link->provision_name = g_strdup (sendco_column_text (stmt, 2));
      link->provision_area = g_strdup (sendco_column_text (stmt, 3));
      link->provision_retired = sqlite3_column_int (stmt, 4);
      link->plan_id = sqlite3_column_int64 (stmt, 5);
      link->cycle = sqlite3_column_int (stmt, 6);
      link->plan_reviewed = sqlite3_column_int (stmt, 7);
      link->pupil_id = sqlite3_column_int64 (stmt, 8);
      link->pupil_name = g_strdup (sendco_column_text (stmt, 9));
      link->outcome = g_strdup (sendco_column_text (stmt, 10));
      g_ptr_array_add (links, link);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&links);
}

/**
 * sendco_store_list_outcome_provisions:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the provisions
 *   that serve the outcome, by provision name
 */
GArray *
sendco_store_list_outcome_provisions (SendcoStore *self, gint64 outcome_id, GError **error)
{
  g_autoptr (GPtrArray) links = NULL;
  GArray *ids;

  g_return_val_if_fail (SENDCO_IS_STORE (self), NULL);

  links = sendco_store_list_outcome_links (self, outcome_id, 0, 0, error);
  if (links == NULL)
    return NULL;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), links->len);
  for (guint i = 0; i < links->len; i++)
    g_array_append_val (ids, ((SendcoOutcomeLink *) g_ptr_array_index (links, i))->provision_id);
  return ids;
}

static gboolean
contains (const gint64 *ids, guint n, gint64 id)
{
  for (guint i = 0; i < n; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/**
 * sendco_store_set_outcome_provisions:
 * @provision_ids: (array length=n_provisions): every provision that is to
 *   serve the outcome (repeats count once)
 *
 * Makes the outcome's links exactly @provision_ids, in one transaction:
 * links not listed go, new ones are added, and those kept are left alone.
 */
gboolean
sendco_store_set_outcome_provisions (SendcoStore *self, gint64 outcome_id,
                                     const gint64 *provision_ids, guint n_provisions,
                                     GError **error)
{
  g_autoptr (GArray) current = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE, changed = FALSE;
  int rc;

  g_return_val_if_fail (SENDCO_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_provisions == 0 || provision_ids != NULL, FALSE);

  if (!sendco_store_begin (self, error))
    return FALSE;

  stmt = sendco_store_prepare (self, "SELECT 1 FROM plan_outcome WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, outcome_id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_NOT_FOUND,
                               _("That outcome is not in this school file: save the support plan first."));
          ok = FALSE;
        }
      else if (rc != SQLITE_ROW)
        ok = sendco_store_fail (self, rc, error);
    }

  if (ok)
    {
      current = sendco_store_list_outcome_provisions (self, outcome_id, error);
      ok = current != NULL;
    }

  for (guint i = 0; ok && i < current->len; i++)
    {
      gint64 id = g_array_index (current, gint64, i);

      if (contains (provision_ids, n_provisions, id))
        continue;
      stmt = sendco_store_prepare (self, "DELETE FROM outcome_provision"
                                         " WHERE outcome_id = ?1 AND provision_id = ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, outcome_id);
          sqlite3_bind_int64 (stmt, 2, id);
          ok = sendco_store_step_done (self, stmt, error);
          changed = TRUE;
        }
    }

  for (guint i = 0; ok && i < n_provisions; i++)
    {
      if (contains ((const gint64 *) current->data, current->len, provision_ids[i])
          || contains (provision_ids, i, provision_ids[i]))
        continue;
      stmt = sendco_store_prepare (self, "INSERT INTO outcome_provision (outcome_id, provision_id)"
                                         " VALUES (?1, ?2)", error);
      ok = stmt != NULL;
      if (ok)
        {
          GError *local_error = NULL;

          sqlite3_bind_int64 (stmt, 1, outcome_id);
          sqlite3_bind_int64 (stmt, 2, provision_ids[i]);
          ok = sendco_store_step_done (self, stmt, &local_error);
          if (!ok && g_error_matches (local_error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_CONSTRAINT))
            {
              g_clear_error (&local_error);
              g_set_error_literal (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                                   _("That provision is not in this school file."));
            }
          else if (!ok)
            g_propagate_error (error, local_error);
          changed = TRUE;
        }
    }

  if (ok && changed)
    sendco_store_touch (self, "outcome_provision");
  return sendco_store_finish_write (self, ok, error);
}
