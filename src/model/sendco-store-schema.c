/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The schema, one numbered migration per step. A step, once released, never
 * changes: later work adds a new step. Each runs in one transaction and ends
 * with PRAGMA user_version set to its number. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include "sendco-store-schema.h"

#define NEED_CODES "'SLCN','ASD','SPLD','MLD','SLD','PMLD','SEMH','HI','VI','MSI','PD','OTH','NSA'"
/* A real YYYY-MM-DD date. date() alone passes "2023-02-29" through unchanged;
 * a modifier makes SQLite normalise it (to 2023-03-01), so it no longer matches. */
#define REAL_DATE(col) "date(" col ", '+0 days') IS " col
#define IS_DATE(col) "(" col " IS NULL OR " REAL_DATE (col) ")"
#define NOW "(strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
#define WHO "(SELECT who FROM audit_context WHERE id = 1)"

#define PUPIL_JSON(R)                                                                      \
  "json_object('upn'," R ".upn,'legal_surname'," R ".legal_surname,'legal_forename'," R    \
  ".legal_forename,'preferred_surname'," R ".preferred_surname,'preferred_forename'," R    \
  ".preferred_forename,'date_of_birth'," R ".date_of_birth,'gender'," R ".gender,"         \
  "'year_group'," R ".year_group,'form'," R ".form,'lac'," R ".lac,'fsm'," R ".fsm,'eal'," \
  R ".eal,'monitoring'," R ".monitoring,'monitoring_since'," R ".monitoring_since,"        \
  "'monitoring_note'," R ".monitoring_note,'last_reviewed'," R ".last_reviewed,"           \
  "'archived_on'," R ".archived_on,'archive_reason'," R ".archive_reason)"

#define SEN_PERIOD_JSON(R)                                                                 \
  "json_object('pupil_id'," R ".pupil_id,'status'," R ".status,'primary_need'," R          \
  ".primary_need,'secondary_need'," R ".secondary_need,'start_date'," R ".start_date,"     \
  "'end_date'," R ".end_date,'reason'," R ".reason,'source'," R ".source)"

#define SCHOOL_JSON(R)                                                                     \
  "json_object('name'," R ".name,'local_authority'," R ".local_authority,'phase'," R       \
  ".phase,'is_demo'," R ".is_demo)"

static const char migration_1[] =
  "PRAGMA application_id = 1397050948;\n" /* 0x53454E44, "SEND" */

  "CREATE TABLE school ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  local_authority TEXT NOT NULL DEFAULT '',"
  "  phase TEXT NOT NULL CHECK (phase IN ('primary','secondary','all-through')),"
  "  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),"
  "  created_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"

  /* Who is making the current change: set at the start of each write. */
  "CREATE TABLE audit_context ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  who TEXT NOT NULL DEFAULT ''"
  ") STRICT;\n"
  "INSERT INTO audit_context (id, who) VALUES (1, '');\n"

  "CREATE TABLE pupil ("
  "  id INTEGER PRIMARY KEY,"
  "  upn TEXT NOT NULL UNIQUE CHECK (length(upn) = 13 AND upn GLOB"
  "    '[A-HJ-NP-RT-Z][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9A-HJ-NP-RT-Z]'),"
  "  legal_surname TEXT NOT NULL CHECK (length(trim(legal_surname)) > 0),"
  "  legal_forename TEXT NOT NULL DEFAULT '',"
  "  preferred_surname TEXT NOT NULL DEFAULT '',"
  "  preferred_forename TEXT NOT NULL DEFAULT '',"
  "  date_of_birth TEXT NOT NULL CHECK (" REAL_DATE ("date_of_birth") "),"
  "  gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('','F','M','X')),"
  "  year_group INTEGER NOT NULL CHECK (year_group BETWEEN -1 AND 14),"
  "  form TEXT NOT NULL DEFAULT '',"
  "  lac INTEGER NOT NULL DEFAULT 0 CHECK (lac IN (0,1)),"
  "  fsm INTEGER NOT NULL DEFAULT 0 CHECK (fsm IN (0,1)),"
  "  eal INTEGER NOT NULL DEFAULT 0 CHECK (eal IN (0,1)),"
  "  monitoring INTEGER NOT NULL DEFAULT 0 CHECK (monitoring IN (0,1)),"
  "  monitoring_since TEXT CHECK " IS_DATE ("monitoring_since") ","
  "  monitoring_note TEXT NOT NULL DEFAULT '',"
  "  last_reviewed TEXT CHECK " IS_DATE ("last_reviewed") ","
  "  archived_on TEXT CHECK " IS_DATE ("archived_on") ","
  "  archive_reason TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL DEFAULT " NOW ","
  "  updated_at TEXT NOT NULL DEFAULT " NOW ","
  "  CHECK (archived_on IS NOT NULL OR archive_reason = '')"
  ") STRICT;\n"

  "CREATE TABLE sen_period ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id) ON DELETE RESTRICT,"
  "  status TEXT NOT NULL CHECK (status IN ('N','K','E')),"
  "  primary_need TEXT CHECK (primary_need IN (" NEED_CODES ")),"
  "  secondary_need TEXT CHECK (secondary_need IN (" NEED_CODES ")),"
  "  start_date TEXT NOT NULL CHECK (" REAL_DATE ("start_date") "),"
  "  end_date TEXT CHECK (end_date IS NULL OR (" REAL_DATE ("end_date") " AND end_date >= start_date)),"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT 'sendco' CHECK (source IN ('sendco','import','demo')),"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW ","
  "  CHECK (status <> 'N' OR (primary_need IS NULL AND secondary_need IS NULL)),"
  "  CHECK (status = 'K' OR (primary_need IS NOT 'NSA' AND secondary_need IS NOT 'NSA')),"
  "  CHECK (secondary_need IS NULL OR (primary_need IS NOT NULL AND secondary_need <> primary_need))"
  ") STRICT;\n"
  "CREATE UNIQUE INDEX sen_period_one_open ON sen_period (pupil_id) WHERE end_date IS NULL;\n"
  "CREATE INDEX sen_period_by_pupil ON sen_period (pupil_id, start_date);\n"

  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
  "  who TEXT NOT NULL DEFAULT '',"
  "  tbl TEXT NOT NULL,"
  "  row_id INTEGER NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('insert','update','archive','restore','delete')),"
  "  before TEXT,"
  "  after TEXT"
  ") STRICT;\n"
  "CREATE INDEX audit_by_row ON audit (tbl, row_id);\n"

  /* The trail is append-only, and pupils are archived, never deleted. */
  "CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit"
  " BEGIN SELECT RAISE (ABORT, 'the audit trail cannot be changed'); END;\n"
  "CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit"
  " BEGIN SELECT RAISE (ABORT, 'the audit trail cannot be changed'); END;\n"
  "CREATE TRIGGER pupil_never_deleted BEFORE DELETE ON pupil"
  " BEGIN SELECT RAISE (ABORT, 'pupils are archived, never deleted'); END;\n"

  "CREATE TRIGGER school_audit_insert AFTER INSERT ON school BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, after)"
  "  VALUES (" WHO ", 'school', NEW.id, 'insert', " SCHOOL_JSON ("NEW") ");"
  " END;\n"
  "CREATE TRIGGER school_audit_update AFTER UPDATE ON school BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, before, after)"
  "  VALUES (" WHO ", 'school', NEW.id, 'update', " SCHOOL_JSON ("OLD") ", " SCHOOL_JSON ("NEW") ");"
  " END;\n"

  "CREATE TRIGGER pupil_audit_insert AFTER INSERT ON pupil BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, after)"
  "  VALUES (" WHO ", 'pupil', NEW.id, 'insert', " PUPIL_JSON ("NEW") ");"
  " END;\n"
  "CREATE TRIGGER pupil_audit_update AFTER UPDATE ON pupil BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, before, after)"
  "  VALUES (" WHO ", 'pupil', NEW.id,"
  "    CASE WHEN OLD.archived_on IS NULL AND NEW.archived_on IS NOT NULL THEN 'archive'"
  "         WHEN OLD.archived_on IS NOT NULL AND NEW.archived_on IS NULL THEN 'restore'"
  "         ELSE 'update' END,"
  "    " PUPIL_JSON ("OLD") ", " PUPIL_JSON ("NEW") ");"
  " END;\n"

  "CREATE TRIGGER sen_period_audit_insert AFTER INSERT ON sen_period BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, after)"
  "  VALUES (" WHO ", 'sen_period', NEW.id, 'insert', " SEN_PERIOD_JSON ("NEW") ");"
  " END;\n"
  "CREATE TRIGGER sen_period_audit_update AFTER UPDATE ON sen_period BEGIN"
  "  INSERT INTO audit (who, tbl, row_id, action, before, after)"
  "  VALUES (" WHO ", 'sen_period', NEW.id, 'update', " SEN_PERIOD_JSON ("OLD") ", "
  SEN_PERIOD_JSON ("NEW") ");"
  " END;\n"
  "CREATE TRIGGER sen_period_never_deleted BEFORE DELETE ON sen_period"
  " BEGIN SELECT RAISE (ABORT, 'SEN history is kept, never deleted'); END;\n";

static const char *const migrations[] = {
  NULL, /* version 0: an empty file */
  migration_1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SENDCO_SCHEMA_VERSION + 1);

/* The SQL that takes a file from @version - 1 to @version. */
const char *
sendco_store_schema_migration (int version)
{
  g_return_val_if_fail (version >= 1 && version <= SENDCO_SCHEMA_VERSION, NULL);
  return migrations[version];
}
