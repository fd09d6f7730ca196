/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-csv.h"
#include "sendco-pupil.h"
#include "sendco-store.h"

G_BEGIN_DECLS

/* What Sendco reads from an MIS export, each matched to a column by header. */
typedef enum
{
  SENDCO_IMPORT_FIELD_UPN,
  SENDCO_IMPORT_FIELD_SURNAME,
  SENDCO_IMPORT_FIELD_FORENAME,
  SENDCO_IMPORT_FIELD_PREFERRED_SURNAME,
  SENDCO_IMPORT_FIELD_PREFERRED_FORENAME,
  SENDCO_IMPORT_FIELD_DATE_OF_BIRTH,
  SENDCO_IMPORT_FIELD_GENDER,
  SENDCO_IMPORT_FIELD_YEAR_GROUP,
  SENDCO_IMPORT_FIELD_FORM,
  SENDCO_IMPORT_FIELD_SEN_STATUS,
  SENDCO_IMPORT_FIELD_PRIMARY_NEED,
  SENDCO_IMPORT_FIELD_SECONDARY_NEED,
  SENDCO_IMPORT_FIELD_FSM,
  SENDCO_IMPORT_FIELD_EAL,
  SENDCO_IMPORT_FIELD_LAC,
  SENDCO_IMPORT_N_FIELDS,
} SendcoImportField;

/* For each field, the column it comes from, or -1. */
typedef struct
{
  int column[SENDCO_IMPORT_N_FIELDS];
} SendcoImportMapping;

typedef enum
{
  SENDCO_IMPORT_ROW_NEW,
  SENDCO_IMPORT_ROW_UPDATED,
  SENDCO_IMPORT_ROW_UNCHANGED,
  SENDCO_IMPORT_ROW_REJECTED,
} SendcoImportRowKind;

#define SENDCO_IMPORT_ERROR (sendco_import_error_quark ())

typedef enum
{
  SENDCO_IMPORT_ERROR_UNMAPPED,   /* a required field has no column */
  SENDCO_IMPORT_ERROR_FAILED,
} SendcoImportError;

GQuark      sendco_import_error_quark        (void);

const char *sendco_import_field_label        (SendcoImportField    field);
const char *sendco_import_field_key          (SendcoImportField    field);
gboolean    sendco_import_field_is_required  (SendcoImportField    field);
gboolean    sendco_import_field_from_key     (const char          *key,
                                              SendcoImportField   *field);

void        sendco_import_mapping_guess      (SendcoImportMapping *mapping,
                                              SendcoCsvTable      *table);
gboolean    sendco_import_mapping_check      (const SendcoImportMapping *mapping,
                                              SendcoCsvTable      *table,
                                              GError             **error);

/* One data row of the file and what the import will do with it. */
#define SENDCO_TYPE_IMPORT_ROW (sendco_import_row_get_type ())
G_DECLARE_FINAL_TYPE (SendcoImportRow, sendco_import_row, SENDCO, IMPORT_ROW, GObject)

SendcoImportRowKind sendco_import_row_get_kind        (SendcoImportRow *self);
guint               sendco_import_row_get_line        (SendcoImportRow *self);
const char         *sendco_import_row_get_upn         (SendcoImportRow *self);
/* The pupil as the file describes them (NULL when rejected). */
SendcoPupil        *sendco_import_row_get_pupil       (SendcoImportRow *self);
/* The pupil already in Sendco with this UPN, or 0. */
gint64              sendco_import_row_get_existing_id (SendcoImportRow *self);
/* For rejected rows: the column's header, and the reason in plain words,
 * e.g. "bad UPN check letter (should be K)". */
const char         *sendco_import_row_get_column      (SendcoImportRow *self);
const char         *sendco_import_row_get_reason      (SendcoImportRow *self);
/* For updated rows: what changes, e.g. "year group 5 → 6; form 5A → 6A". */
const char         *sendco_import_row_get_changes     (SendcoImportRow *self);
/* TRUE when the pupil had been archived and the file puts them back on roll. */
gboolean            sendco_import_row_get_rejoins     (SendcoImportRow *self);
/* SEN conflict: the file's SEN status or need differs from Sendco's. */
gboolean            sendco_import_row_has_sen_conflict (SendcoImportRow *self);
/* e.g. "file: K SPLD; Sendco: E ASD" */
const char         *sendco_import_row_get_sen_difference (SendcoImportRow *self);
gboolean            sendco_import_row_get_take_file_sen (SendcoImportRow *self);
void                sendco_import_row_set_take_file_sen (SendcoImportRow *self,
                                                         gboolean         take);

/* Everything an import will do, worked out before anything is written. */
#define SENDCO_TYPE_IMPORT_PLAN (sendco_import_plan_get_type ())
G_DECLARE_FINAL_TYPE (SendcoImportPlan, sendco_import_plan, SENDCO, IMPORT_PLAN, GObject)

SendcoImportPlan *sendco_import_plan_build       (SendcoStore          *store,
                                                  SendcoCsvTable       *table,
                                                  const SendcoImportMapping *mapping,
                                                  const char           *source_name,
                                                  const GDate          *today,
                                                  GError              **error);
/* All rows, in file order (a GListModel of SendcoImportRow). */
GListModel       *sendco_import_plan_get_rows    (SendcoImportPlan     *self);
/* Rows of one kind; or, with kind -1, the rows with a SEN conflict. */
GListModel       *sendco_import_plan_get_rows_of_kind (SendcoImportPlan *self,
                                                  int                   kind);
/* Pupils on roll in Sendco whom the file does not mention (SendcoPupil). */
GListModel       *sendco_import_plan_get_missing (SendcoImportPlan     *self);
guint             sendco_import_plan_count       (SendcoImportPlan     *self,
                                                  SendcoImportRowKind   kind);
guint             sendco_import_plan_count_conflicts (SendcoImportPlan *self);
void              sendco_import_plan_set_archive_missing (SendcoImportPlan *self,
                                                  gboolean              archive);
gboolean          sendco_import_plan_get_archive_missing (SendcoImportPlan *self);
/* Takes the file's SEN status for every conflict (TRUE) or keeps Sendco's. */
void              sendco_import_plan_set_take_all_file_sen (SendcoImportPlan *self,
                                                  gboolean              take);

typedef struct
{
  guint imported;
  guint updated;
  guint unchanged;
  guint rejected;
  guint archived;
  guint sen_changed;
} SendcoImportResult;

/* Writes the plan in one transaction: all of it, or on error none of it. */
gboolean          sendco_import_plan_apply       (SendcoImportPlan     *self,
                                                  SendcoStore          *store,
                                                  SendcoImportResult   *result,
                                                  GError              **error);
/* The counts apply would give, without writing: for --dry-run. */
void              sendco_import_plan_summarise   (SendcoImportPlan     *self,
                                                  SendcoImportResult   *result);

G_END_DECLS
