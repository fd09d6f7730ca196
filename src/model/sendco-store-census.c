/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoStore: the census check over the whole roll. The rules themselves
 * are sendco_census_check(); this gathers what they need for each pupil on
 * roll (their open SEN status and need, how many SEN statuses are open, and
 * whether a current EHC plan is recorded). */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include "sendco-store-census.h"
#include "sendco-store-private.h"

typedef struct
{
  guint    open_periods;
  gboolean has_ehc_plan;
} Facts;

void
sendco_census_issue_free (SendcoCensusIssue *issue)
{
  if (issue == NULL)
    return;
  g_clear_object (&issue->pupil);
  g_free (issue);
}

/* Pupil id -> Facts, for every pupil on roll. */
static GHashTable *
read_facts (SendcoStore *store, GError **error)
{
  g_autoptr (GHashTable) facts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sendco_store_prepare (store,
                               "SELECT p.id,"
                               " (SELECT count (*) FROM sen_period s"
                               "   WHERE s.pupil_id = p.id AND s.end_date IS NULL),"
                               " EXISTS (SELECT 1 FROM ehc_plan e"
                               "   WHERE e.pupil_id = p.id AND e.ceased_on IS NULL)"
                               " FROM pupil p WHERE p.archived_on IS NULL", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      Facts *f = g_new0 (Facts, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      f->open_periods = (guint) sqlite3_column_int (stmt, 1);
      f->has_ehc_plan = sqlite3_column_int (stmt, 2) != 0;
      g_hash_table_insert (facts, id, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sendco_store_fail (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&facts);
}

/**
 * sendco_store_census_issues:
 *
 * Every pupil on roll whose record breaks a census consistency rule
 * (DOMAIN.md): K or E with no primary need, NSA other than with K, E with no
 * EHC plan record, N with a need type, or not exactly one open SEN status.
 *
 * Returns: (transfer full) (element-type SendcoCensusIssue): in record
 *   order; empty when the register is ready for the census
 */
GPtrArray *
sendco_store_census_issues (SendcoStore *store, GError **error)
{
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GHashTable) facts = NULL;
  g_autoptr (GListStore) pupils = NULL;
  gint64 last_id = 0;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  facts = read_facts (store, error);
  if (facts == NULL)
    return NULL;
  pupils = sendco_store_list_pupils (store, FALSE, error);
  if (pupils == NULL)
    return NULL;

  issues = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_census_issue_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 id = sendco_pupil_get_id (pupil);
      const Facts *f = g_hash_table_lookup (facts, &id);
      SendcoCensusRecord record = { 0 };
      SendcoCensusProblems problems;
      SendcoCensusIssue *issue;

      /* Several open periods would list a pupil once for each. */
      if (f == NULL || id == last_id)
        continue;
      last_id = id;

      record.status = sendco_sen_status_from_code (sendco_pupil_get_sen_status (pupil));
      record.primary_need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
      record.secondary_need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);
      record.has_ehc_plan = f->has_ehc_plan;
      record.open_periods = f->open_periods;
      problems = sendco_census_check (&record);
      if (problems == SENDCO_CENSUS_OK)
        continue;

      issue = g_new0 (SendcoCensusIssue, 1);
      issue->pupil = g_steal_pointer (&pupil);
      issue->problems = problems;
      issue->open_periods = f->open_periods;
      issue->has_ehc_plan = f->has_ehc_plan;
      g_ptr_array_add (issues, issue);
    }

  return g_steal_pointer (&issues);
}
