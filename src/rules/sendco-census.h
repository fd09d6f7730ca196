/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Census "SEN provision" codes. */
typedef enum
{
  SENDCO_SEN_N,
  SENDCO_SEN_K,
  SENDCO_SEN_E,
  SENDCO_SEN_INVALID = -1,
} SendcoSenStatus;

/* The four broad areas of need, and "other". */
typedef enum
{
  SENDCO_AREA_COMMUNICATION,
  SENDCO_AREA_COGNITION,
  SENDCO_AREA_SEMH,
  SENDCO_AREA_SENSORY_PHYSICAL,
  SENDCO_AREA_OTHER,
  SENDCO_N_AREAS,
} SendcoArea;

typedef struct
{
  const char *code;        /* census code, e.g. "SPLD" */
  SendcoArea  area;
  const char *name;        /* translatable, use _() on it */
} SendcoNeedType;

/* Lowest and highest year groups Sendco knows: nursery is -1, reception 0. */
#define SENDCO_YEAR_NURSERY   (-1)
#define SENDCO_YEAR_RECEPTION 0
#define SENDCO_YEAR_MAX       14

typedef enum
{
  SENDCO_CENSUS_OK                    = 0,
  SENDCO_CENSUS_NO_PRIMARY_NEED       = 1 << 0, /* K or E with no primary need */
  SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT   = 1 << 1, /* NSA with E */
  SENDCO_CENSUS_EHC_WITHOUT_PLAN      = 1 << 2, /* E with no EHC plan record */
  SENDCO_CENSUS_NEED_WITHOUT_SEN      = 1 << 3, /* N with a need type */
  SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD   = 1 << 4, /* zero or several open periods */
  SENDCO_CENSUS_SECONDARY_NO_PRIMARY  = 1 << 5, /* secondary need but no primary */
  SENDCO_CENSUS_SECONDARY_SAME        = 1 << 6, /* secondary need repeats primary */
  SENDCO_CENSUS_UNKNOWN_NEED          = 1 << 7, /* a need code the census lacks */
} SendcoCensusProblems;

typedef struct
{
  SendcoSenStatus status;
  const char     *primary_need;    /* NULL or "" for none */
  const char     *secondary_need;
  gboolean        has_ehc_plan;
  guint           open_periods;
} SendcoCensusRecord;

const char           *sendco_sen_status_code        (SendcoSenStatus status);
const char           *sendco_sen_status_name        (SendcoSenStatus status);
SendcoSenStatus       sendco_sen_status_from_code   (const char *code);
SendcoSenStatus       sendco_sen_status_parse       (const char *text);

const SendcoNeedType *sendco_need_types             (guint *n_types);
const SendcoNeedType *sendco_need_type_lookup       (const char *code);
gboolean              sendco_need_allowed           (SendcoSenStatus status,
                                                     const char     *code);
const char           *sendco_area_name              (SendcoArea area);
const char           *sendco_area_short_name        (SendcoArea area);
const char           *sendco_area_key               (SendcoArea area);
gboolean              sendco_area_from_key          (const char *key,
                                                     SendcoArea *area);

gboolean              sendco_year_group_parse       (const char *text,
                                                     int        *year_group);
char                 *sendco_year_group_label       (int year_group);
char                 *sendco_year_group_short_label (int year_group);

SendcoCensusProblems  sendco_census_check           (const SendcoCensusRecord *record);
GPtrArray            *sendco_census_problem_messages (SendcoCensusProblems problems);

GDate                *sendco_census_day             (int year,
                                                     int term);

G_END_DECLS
