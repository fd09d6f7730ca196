/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A snapshot of the costed provision map: plain structs, read from the store
 * once and costed by the rules, that the grid, the printout, the PDF and the
 * XLSX workbook are all made from. Drawing never queries the database. */
#pragma once

#include <glib.h>

#include "sendco-census.h"
#include "sendco-costing.h"

G_BEGIN_DECLS

/* Year groups from nursery (-1) to 14: index = year group + 1. */
#define SENDCO_MAP_N_YEARS 16
#define SENDCO_MAP_YEAR_INDEX(year) ((year) + 1)

typedef enum
{
  SENDCO_PERIOD_TERM,   /* this term */
  SENDCO_PERIOD_YEAR,   /* this school year */
  SENDCO_PERIOD_ANY,    /* every provision, costed for one year */
} SendcoPeriod;

typedef struct
{
  SendcoPeriod period;
  int          year_group;  /* SENDCO_MAP_ALL_YEARS for every year group */
  int          area;        /* a SendcoArea, or -1 for every area */
  int          wave;        /* 1 to 3, or 0 for every wave */
  gint64       pupil_id;    /* one pupil's provision, or 0 for everyone */
} SendcoMapFilter;

#define SENDCO_MAP_ALL_YEARS G_MININT

typedef struct
{
  gint64      id;
  char       *name;
  SendcoArea  area;
  int         wave;
  char       *staff_name;     /* "" when nobody is named */
  char       *staff_role;
  gint64      hourly_cost;
  int         group_size;
  int         sessions_per_week;
  int         minutes_per_session;
  int         weeks;          /* teaching weeks in the period */
  gint64      resources_per_year;
  SendcoCost  cost;           /* for the period */
  guint       n_pupils;       /* pupils shown (after the year filter) */
  gint64     *pupil_ids;
  gint64     *shares;         /* each pupil's share of cost.year */
  guint       pupils_by_year[SENDCO_MAP_N_YEARS];
  gint64      cost_by_year[SENDCO_MAP_N_YEARS];
  gint64      shown_cost;     /* the part of the cost the filters show */
} SendcoMapProvision;

typedef struct
{
  gint64    id;
  char     *name;             /* "Surname, Forename" */
  int       year_group;
  char     *sen_status;
  char     *primary_need;
  guint     n_provisions;
  gint64    total;            /* additional provision in the period */
  gint64    year_total;       /* in the school year: what the £6,000 is about */
  double    minutes_per_week; /* time in provision, all provisions */
  gboolean  over_threshold;   /* year_total above SENDCO_NOTIONAL_SEN_THRESHOLD */
} SendcoMapPupil;

/* One band of the grid: an area of need and a wave. */
typedef struct
{
  SendcoArea area;
  int        wave;
  guint      first;           /* into provisions */
  guint      n;
  guint      pupils;          /* different pupils in the band */
  gint64     cost;
  guint      pupils_by_year[SENDCO_MAP_N_YEARS];
  gint64     cost_by_year[SENDCO_MAP_N_YEARS];
} SendcoMapRow;

typedef struct
{
  char       *school_name;
  char       *period_label;   /* "School year 2026 to 2027" */
  char       *from;           /* the period, ISO */
  char       *to;
  char       *made_on;
  SendcoPeriod period;
  GPtrArray  *provisions;     /* SendcoMapProvision, by area, wave and name */
  GArray     *rows;           /* SendcoMapRow, in the same order */
  GPtrArray  *pupils;         /* SendcoMapPupil receiving anything, by name */
  int         years[SENDCO_MAP_N_YEARS]; /* the year groups shown, as columns */
  guint       n_years;
  guint       pupils_by_year[SENDCO_MAP_N_YEARS];
  gint64      cost_by_year[SENDCO_MAP_N_YEARS];
  gint64      by_area[SENDCO_N_AREAS];
  gint64      by_wave[3];
  guint       pupils_total;   /* different pupils receiving provision */
  gint64      total;
  gint64      budget;         /* the SENDCO's budget figure for the year, or 0 */
  guint       over_threshold; /* pupils above £6,000 */
} SendcoProvisionMap;

void                sendco_provision_map_free       (SendcoProvisionMap *map);
SendcoMapProvision *sendco_map_provision_new        (void);
void                sendco_map_provision_free       (SendcoMapProvision *provision);
void                sendco_map_pupil_free           (SendcoMapPupil     *pupil);
void                sendco_map_filter_init          (SendcoMapFilter    *filter);
void                sendco_period_dates             (SendcoPeriod        period,
                                                     const GDate        *today,
                                                     GDate              *from,
                                                     GDate              *to);
char               *sendco_period_label             (SendcoPeriod        period,
                                                     const GDate        *today);
const char         *sendco_wave_name                (int                 wave);
void                sendco_provision_map_finish     (SendcoProvisionMap *map,
                                                     const SendcoMapFilter *filter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoProvisionMap, sendco_provision_map_free)

G_END_DECLS
