/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the provision library's pages and dialogs share: the area of need's
 * colour dot, the words for a provision's schedule and dates, and its cost
 * this school year worked out the way the provision map works it out. */
#pragma once

#include <adwaita.h>

#include "sendco-census.h"
#include "sendco-costing.h"
#include "sendco-provision.h"
#include "sendco-window.h"

G_BEGIN_DECLS

typedef struct
{
  SendcoCost cost;        /* for the year below */
  int        weeks;       /* teaching weeks it runs in that year */
  gboolean   this_year;   /* the year is this school year (else a year from its start) */
  int        pupils;      /* places in that year, pupils on roll only */
} SendcoProvisionCosting;

GtkWidget    *sendco_area_dot_new          (void);
void          sendco_area_dot_set_area     (GtkWidget             *dot,
                                            SendcoArea             area);
SendcoArea    sendco_provision_area        (const SendcoProvision *provision);

char         *sendco_schedule_text         (int                    sessions,
                                            int                    minutes);
char         *sendco_duration_text         (double                 minutes);
char         *sendco_group_text            (int                    group_size);
char         *sendco_provision_runs_text   (const SendcoProvision *provision);
char         *sendco_place_dates_text      (const char            *start,
                                            const char            *end);
gboolean      sendco_place_is_current      (const char            *start,
                                            const char            *end,
                                            const char            *today);

void          sendco_provision_cost_year   (const SendcoProvision *provision,
                                            gint64                 hourly_cost,
                                            GPtrArray             *places,
                                            GHashTable            *on_roll,
                                            const GDate           *today,
                                            SendcoProvisionCosting *costing);

char         *sendco_money_problem         (const char            *text,
                                            const char            *what,
                                            const char            *example,
                                            gint64                *pence);

SendcoWindow *sendco_main_window_for       (GtkWidget             *widget);

G_END_DECLS
