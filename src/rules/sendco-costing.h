/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is integer pence throughout. */

/* A school year has 39 teaching weeks; a term is a third of it. */
#define SENDCO_TEACHING_WEEKS_PER_YEAR 39
#define SENDCO_TEACHING_WEEKS_PER_TERM 13

/* What a mainstream school meets from its notional SEN budget for one
 * pupil's additional provision before top-up funding: £6,000 a year. */
#define SENDCO_NOTIONAL_SEN_THRESHOLD 600000

typedef struct
{
  gint64 hourly_cost;          /* the staff member's rate, on-costs included, pence */
  int    minutes_per_session;
  int    sessions_per_week;
  int    group_size;           /* pupils in one group, 1 for one-to-one */
  int    pupils;               /* pupils receiving it; 0 means plan for one group */
  int    weeks;                /* teaching weeks it runs in the year, 0 to 39 */
  gint64 resources_per_year;   /* resources and licences, pence */
} SendcoCostInput;

typedef struct
{
  int    groups;               /* groups needed for the pupils */
  gint64 session;              /* staff cost of one session of one group */
  gint64 week;                 /* staff time for every group, plus resources spread over the year */
  gint64 term;
  gint64 year;
  gint64 per_pupil;            /* the year's cost shared equally, pence */
} SendcoCost;

gint64    sendco_divide_rounded      (gint64                 numerator,
                                      gint64                 denominator);
gint64    sendco_session_cost        (gint64                 hourly_cost,
                                      int                    minutes);
int       sendco_groups_needed       (int                    pupils,
                                      int                    group_size);
int       sendco_teaching_weeks      (const GDate           *start,
                                      const GDate           *end,
                                      const GDate           *from,
                                      const GDate           *to);
void      sendco_cost_compute        (const SendcoCostInput *input,
                                      SendcoCost            *cost);
gboolean  sendco_cost_share          (gint64                 total,
                                      const gint64          *weights,
                                      guint                  n,
                                      gint64                *shares);

char     *sendco_money_format        (gint64                 pence);
char     *sendco_money_format_whole  (gint64                 pence);
gboolean  sendco_money_parse         (const char            *text,
                                      gint64                *pence);

G_END_DECLS
