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


/* Version 2: the graduated approach and EHC plans. */

#define AREA_KEYS "'communication','cognition','semh','sensory','other'"

#define AUDITED(tbl, JSON)                                                                  \
  "CREATE TRIGGER " tbl "_audit_insert AFTER INSERT ON " tbl " BEGIN"                        \
  "  INSERT INTO audit (who, tbl, row_id, action, after)"                                    \
  "  VALUES (" WHO ", '" tbl "', NEW.id, 'insert', " JSON ("NEW") ");"                       \
  " END;\n"                                                                                  \
  "CREATE TRIGGER " tbl "_audit_update AFTER UPDATE ON " tbl " BEGIN"                        \
  "  INSERT INTO audit (who, tbl, row_id, action, before, after)"                            \
  "  VALUES (" WHO ", '" tbl "', NEW.id, 'update', " JSON ("OLD") ", " JSON ("NEW") ");"     \
  " END;\n"                                                                                  \
  "CREATE TRIGGER " tbl "_audit_delete AFTER DELETE ON " tbl " BEGIN"                        \
  "  INSERT INTO audit (who, tbl, row_id, action, before)"                                   \
  "  VALUES (" WHO ", '" tbl "', OLD.id, 'delete', " JSON ("OLD") ");"                       \
  " END;\n"

#define SUPPORT_PLAN_JSON(R)                                                                \
  "json_object('pupil_id'," R ".pupil_id,'cycle'," R ".cycle,'start_date'," R              \
  ".start_date,'review_date'," R ".review_date,'reviewed'," R ".reviewed)"

#define PLAN_OUTCOME_JSON(R)                                                                \
  "json_object('plan_id'," R ".plan_id,'position'," R ".position,'area'," R ".area,"       \
  "'outcome'," R ".outcome,'success'," R ".success,'strategies'," R ".strategies,"         \
  "'provision'," R ".provision,'carried_from'," R ".carried_from)"

#define PLAN_REVIEW_JSON(R)                                                                 \
  "json_object('plan_id'," R ".plan_id,'held_on'," R ".held_on,'attendees'," R             \
  ".attendees,'pupil_views'," R ".pupil_views,'parent_views'," R ".parent_views,"          \
  "'next_steps'," R ".next_steps)"

#define OUTCOME_PROGRESS_JSON(R)                                                            \
  "json_object('review_id'," R ".review_id,'outcome_id'," R ".outcome_id,'progress'," R    \
  ".progress,'note'," R ".note)"

#define PASSPORT_JSON(R)                                                                    \
  "json_object('pupil_id'," R ".pupil_id,'about_me'," R ".about_me,'important'," R         \
  ".important,'admire'," R ".admire,'support'," R ".support,'strengths'," R ".strengths,"  \
  "'updated_on'," R ".updated_on)"

#define PARENT_MEETING_JSON(R)                                                              \
  "json_object('pupil_id'," R ".pupil_id,'held_on'," R ".held_on,'with_whom'," R           \
  ".with_whom,'notes'," R ".notes)"

#define EHC_REQUEST_JSON(R)                                                                 \
  "json_object('pupil_id'," R ".pupil_id,'received_on'," R ".received_on,'decision_on'," R \
  ".decision_on,'decision'," R ".decision,'advice_on'," R ".advice_on,'draft_sent_on'," R  \
  ".draft_sent_on,'final_plan_on'," R ".final_plan_on,'not_issuing_on'," R                 \
  ".not_issuing_on,'exception'," R ".exception,'exception_note'," R ".exception_note)"

#define EHC_PLAN_JSON(R)                                                                    \
  "json_object('pupil_id'," R ".pupil_id,'local_authority'," R ".local_authority,"         \
  "'caseworker'," R ".caseworker,'issued_on'," R ".issued_on,'last_review_on'," R          \
  ".last_review_on,'transfer'," R ".transfer,'transfer_year'," R ".transfer_year,"         \
  "'post16_move_on'," R ".post16_move_on,'ceased_on'," R ".ceased_on)"

#define ANNUAL_REVIEW_JSON(R)                                                               \
  "json_object('plan_id'," R ".plan_id,'meeting_on'," R ".meeting_on,"                     \
  "'views_gathered_on'," R ".views_gathered_on,'invitations_sent_on'," R                   \
  ".invitations_sent_on,'papers_circulated_on'," R ".papers_circulated_on,"                \
  "'meeting_held_on'," R ".meeting_held_on,'report_sent_on'," R ".report_sent_on,"         \
  "'la_decision_on'," R ".la_decision_on,'la_decision'," R ".la_decision,"                 \
  "'amendment_notice_on'," R ".amendment_notice_on,'amended_plan_on'," R                   \
  ".amended_plan_on)"

static const char migration_2[] =
  /* A support plan is one assess-plan-do-review cycle; one is open at a time. */
  "CREATE TABLE support_plan ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id),"
  "  cycle INTEGER NOT NULL CHECK (cycle >= 1),"
  "  start_date TEXT NOT NULL CHECK (" REAL_DATE ("start_date") "),"
  "  review_date TEXT NOT NULL CHECK (" REAL_DATE ("review_date") " AND review_date >= start_date),"
  "  reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0,1)),"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW ","
  "  UNIQUE (pupil_id, cycle)"
  ") STRICT;\n"
  "CREATE UNIQUE INDEX support_plan_one_open ON support_plan (pupil_id) WHERE reviewed = 0;\n"

  "CREATE TABLE plan_outcome ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES support_plan (id),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  area TEXT NOT NULL CHECK (area IN (" AREA_KEYS ")),"
  "  outcome TEXT NOT NULL CHECK (length(trim(outcome)) > 0),"
  "  success TEXT NOT NULL DEFAULT '',"
  "  strategies TEXT NOT NULL DEFAULT '',"
  "  provision TEXT NOT NULL DEFAULT '',"
  "  carried_from INTEGER REFERENCES plan_outcome (id)"
  ") STRICT;\n"
  "CREATE INDEX plan_outcome_by_plan ON plan_outcome (plan_id, position);\n"

  /* held_on is when the review happened; recorded_at when it was typed. */
  "CREATE TABLE plan_review ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL UNIQUE REFERENCES support_plan (id),"
  "  held_on TEXT NOT NULL CHECK (" REAL_DATE ("held_on") "),"
  "  attendees TEXT NOT NULL DEFAULT '',"
  "  pupil_views TEXT NOT NULL DEFAULT '',"
  "  parent_views TEXT NOT NULL DEFAULT '',"
  "  next_steps TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"

  "CREATE TABLE outcome_progress ("
  "  id INTEGER PRIMARY KEY,"
  "  review_id INTEGER NOT NULL REFERENCES plan_review (id),"
  "  outcome_id INTEGER NOT NULL REFERENCES plan_outcome (id),"
  "  progress TEXT NOT NULL CHECK (progress IN ('achieved','partly','not-yet')),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (review_id, outcome_id)"
  ") STRICT;\n"

  "CREATE TABLE pupil_passport ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL UNIQUE REFERENCES pupil (id),"
  "  about_me TEXT NOT NULL DEFAULT '',"
  "  important TEXT NOT NULL DEFAULT '',"
  "  admire TEXT NOT NULL DEFAULT '',"
  "  support TEXT NOT NULL DEFAULT '',"
  "  strengths TEXT NOT NULL DEFAULT '',"
  "  updated_on TEXT NOT NULL CHECK (" REAL_DATE ("updated_on") ")"
  ") STRICT;\n"

  "CREATE TABLE parent_meeting ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id),"
  "  held_on TEXT NOT NULL CHECK (" REAL_DATE ("held_on") "),"
  "  with_whom TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"
  "CREATE INDEX parent_meeting_by_pupil ON parent_meeting (pupil_id, held_on);\n"

  /* The steps of an EHC needs assessment, as they actually happened. */
  "CREATE TABLE ehc_request ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id),"
  "  received_on TEXT NOT NULL CHECK (" REAL_DATE ("received_on") "),"
  "  decision_on TEXT CHECK " IS_DATE ("decision_on") ","
  "  decision TEXT CHECK (decision IN ('assess','not-assess')),"
  "  advice_on TEXT CHECK " IS_DATE ("advice_on") ","
  "  draft_sent_on TEXT CHECK " IS_DATE ("draft_sent_on") ","
  "  final_plan_on TEXT CHECK " IS_DATE ("final_plan_on") ","
  "  not_issuing_on TEXT CHECK " IS_DATE ("not_issuing_on") ","
  "  exception TEXT CHECK (exception IN ('child-away','setting-closed','exceptional-circumstances')),"
  "  exception_note TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW ","
  "  CHECK ((decision IS NULL) = (decision_on IS NULL)),"
  "  CHECK (decision_on IS NULL OR decision_on >= received_on),"
  "  CHECK (final_plan_on IS NULL OR final_plan_on >= received_on),"
  "  CHECK (final_plan_on IS NULL OR not_issuing_on IS NULL)"
  ") STRICT;\n"
  "CREATE INDEX ehc_request_by_pupil ON ehc_request (pupil_id, received_on);\n"

  "CREATE TABLE ehc_plan ("
  "  id INTEGER PRIMARY KEY,"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id),"
  "  local_authority TEXT NOT NULL DEFAULT '',"
  "  caseworker TEXT NOT NULL DEFAULT '',"
  "  issued_on TEXT NOT NULL CHECK (" REAL_DATE ("issued_on") "),"
  "  last_review_on TEXT CHECK " IS_DATE ("last_review_on") ","
  "  transfer TEXT CHECK (transfer IN ('phase','post16','post16-move')),"
  "  transfer_year INTEGER CHECK (transfer_year IS NULL OR transfer_year BETWEEN 2000 AND 2100),"
  "  post16_move_on TEXT CHECK " IS_DATE ("post16_move_on") ","
  "  ceased_on TEXT CHECK " IS_DATE ("ceased_on") ","
  "  recorded_at TEXT NOT NULL DEFAULT " NOW ","
  "  CHECK (transfer IS NOT 'post16-move' OR post16_move_on IS NOT NULL),"
  "  CHECK (transfer NOT IN ('phase','post16') OR transfer_year IS NOT NULL)"
  ") STRICT;\n"
  "CREATE UNIQUE INDEX ehc_plan_one_current ON ehc_plan (pupil_id) WHERE ceased_on IS NULL;\n"

  /* meeting_on is the planned date; the *_on columns are when each step was done. */
  "CREATE TABLE annual_review ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES ehc_plan (id),"
  "  meeting_on TEXT NOT NULL CHECK (" REAL_DATE ("meeting_on") "),"
  "  views_gathered_on TEXT CHECK " IS_DATE ("views_gathered_on") ","
  "  invitations_sent_on TEXT CHECK " IS_DATE ("invitations_sent_on") ","
  "  papers_circulated_on TEXT CHECK " IS_DATE ("papers_circulated_on") ","
  "  meeting_held_on TEXT CHECK " IS_DATE ("meeting_held_on") ","
  "  report_sent_on TEXT CHECK " IS_DATE ("report_sent_on") ","
  "  la_decision_on TEXT CHECK " IS_DATE ("la_decision_on") ","
  "  la_decision TEXT CHECK (la_decision IN ('maintain','amend','cease')),"
  "  amendment_notice_on TEXT CHECK " IS_DATE ("amendment_notice_on") ","
  "  amended_plan_on TEXT CHECK " IS_DATE ("amended_plan_on") ","
  "  recorded_at TEXT NOT NULL DEFAULT " NOW ","
  "  CHECK ((la_decision IS NULL) = (la_decision_on IS NULL))"
  ") STRICT;\n"
  "CREATE INDEX annual_review_by_plan ON annual_review (plan_id, meeting_on);\n"

  AUDITED ("support_plan", SUPPORT_PLAN_JSON)
  AUDITED ("plan_outcome", PLAN_OUTCOME_JSON)
  AUDITED ("plan_review", PLAN_REVIEW_JSON)
  AUDITED ("outcome_progress", OUTCOME_PROGRESS_JSON)
  AUDITED ("pupil_passport", PASSPORT_JSON)
  AUDITED ("parent_meeting", PARENT_MEETING_JSON)
  AUDITED ("ehc_request", EHC_REQUEST_JSON)
  AUDITED ("ehc_plan", EHC_PLAN_JSON)
  AUDITED ("annual_review", ANNUAL_REVIEW_JSON)

  /* A review, once held, is history: it is not deleted. */
  "CREATE TRIGGER plan_review_never_deleted BEFORE DELETE ON plan_review"
  " BEGIN SELECT RAISE (ABORT, 'a held review is kept, never deleted'); END;\n"
  "CREATE TRIGGER support_plan_reviewed_kept BEFORE DELETE ON support_plan WHEN OLD.reviewed = 1"
  " BEGIN SELECT RAISE (ABORT, 'a reviewed support plan is kept, never deleted'); END;\n";

/* Version 3: the costed provision map. */

#define STAFF_JSON(R)                                                                       \
  "json_object('name'," R ".name,'role'," R ".role,'hourly_cost'," R ".hourly_cost,"       \
  "'hours_per_week'," R ".hours_per_week,'archived_on'," R ".archived_on)"

#define PROVISION_JSON(R)                                                                   \
  "json_object('name'," R ".name,'area'," R ".area,'wave'," R ".wave,'description'," R     \
  ".description,'staff_id'," R ".staff_id,'group_size'," R ".group_size,"                  \
  "'sessions_per_week'," R ".sessions_per_week,'minutes_per_session'," R                   \
  ".minutes_per_session,'start_date'," R ".start_date,'end_date'," R ".end_date,'weeks',"  \
  R ".weeks,'resource_cost'," R ".resource_cost,'measure_name'," R ".measure_name,"        \
  "'measure_unit'," R ".measure_unit,'higher_is_better'," R ".higher_is_better,"           \
  "'archived_on'," R ".archived_on)"

#define ENROLMENT_JSON(R)                                                                   \
  "json_object('provision_id'," R ".provision_id,'pupil_id'," R ".pupil_id,'start_date',"  \
  R ".start_date,'end_date'," R ".end_date)"

#define OUTCOME_PROVISION_JSON(R)                                                           \
  "json_object('outcome_id'," R ".outcome_id,'provision_id'," R ".provision_id)"

static const char migration_3[] =
  /* The figure the SENDCO compares the provision map's cost against. */
  "ALTER TABLE school ADD COLUMN sen_budget INTEGER NOT NULL DEFAULT 0 CHECK (sen_budget >= 0);\n"

  "CREATE TABLE staff ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  role TEXT NOT NULL CHECK (role IN ('teacher','ta','hlta','sendco','external')),"
  "  hourly_cost INTEGER NOT NULL CHECK (hourly_cost >= 0),"
  "  hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week >= 0 AND hours_per_week <= 60),"
  "  archived_on TEXT CHECK " IS_DATE ("archived_on") ","
  "  recorded_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"

  "CREATE TABLE provision ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  area TEXT NOT NULL CHECK (area IN (" AREA_KEYS ")),"
  "  wave INTEGER NOT NULL CHECK (wave BETWEEN 1 AND 3),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  group_size INTEGER NOT NULL DEFAULT 1 CHECK (group_size BETWEEN 1 AND 60),"
  "  sessions_per_week INTEGER NOT NULL DEFAULT 1 CHECK (sessions_per_week BETWEEN 0 AND 50),"
  "  minutes_per_session INTEGER NOT NULL DEFAULT 30 CHECK (minutes_per_session BETWEEN 0 AND 600),"
  "  start_date TEXT NOT NULL CHECK (" REAL_DATE ("start_date") "),"
  "  end_date TEXT CHECK (end_date IS NULL OR (" REAL_DATE ("end_date") " AND end_date >= start_date)),"
  "  weeks INTEGER CHECK (weeks IS NULL OR weeks BETWEEN 1 AND 52),"
  "  resource_cost INTEGER NOT NULL DEFAULT 0 CHECK (resource_cost >= 0),"
  "  measure_name TEXT NOT NULL DEFAULT '',"
  "  measure_unit TEXT NOT NULL DEFAULT '',"
  "  higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0,1)),"
  "  archived_on TEXT CHECK " IS_DATE ("archived_on") ","
  "  recorded_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"

  "CREATE TABLE provision_pupil ("
  "  id INTEGER PRIMARY KEY,"
  "  provision_id INTEGER NOT NULL REFERENCES provision (id),"
  "  pupil_id INTEGER NOT NULL REFERENCES pupil (id),"
  "  start_date TEXT NOT NULL CHECK (" REAL_DATE ("start_date") "),"
  "  end_date TEXT CHECK (end_date IS NULL OR (" REAL_DATE ("end_date") " AND end_date >= start_date)),"
  "  recorded_at TEXT NOT NULL DEFAULT " NOW
  ") STRICT;\n"
  "CREATE INDEX provision_pupil_by_provision ON provision_pupil (provision_id);\n"
  "CREATE INDEX provision_pupil_by_pupil ON provision_pupil (pupil_id);\n"

  /* A support plan outcome served by provisions on the map. */
  "CREATE TABLE outcome_provision ("
  "  id INTEGER PRIMARY KEY,"
  "  outcome_id INTEGER NOT NULL REFERENCES plan_outcome (id) ON DELETE CASCADE,"
  "  provision_id INTEGER NOT NULL REFERENCES provision (id),"
  "  UNIQUE (outcome_id, provision_id)"
  ") STRICT;\n"

  AUDITED ("staff", STAFF_JSON)
  AUDITED ("provision", PROVISION_JSON)
  AUDITED ("provision_pupil", ENROLMENT_JSON)
  AUDITED ("outcome_provision", OUTCOME_PROVISION_JSON)

  /* Staff and provisions are retired (archived), never deleted: costs and
   * history refer to them. */
  "CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff"
  " BEGIN SELECT RAISE (ABORT, 'staff are archived, never deleted'); END;\n"
  "CREATE TRIGGER provision_never_deleted BEFORE DELETE ON provision"
  " BEGIN SELECT RAISE (ABORT, 'provisions are archived, never deleted'); END;\n";

static const char *const migrations[] = {
  NULL, /* version 0: an empty file */
  migration_1,
  migration_2,
  migration_3,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SENDCO_SCHEMA_VERSION + 1);

/* The SQL that takes a file from @version - 1 to @version. */
const char *
sendco_store_schema_migration (int version)
{
  g_return_val_if_fail (version >= 1 && version <= SENDCO_SCHEMA_VERSION, NULL);
  return migrations[version];
}
