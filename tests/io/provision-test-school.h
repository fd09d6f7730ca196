/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The school whose provision map the export tests read back, costed by hand
 * in tests/model/test-provision.c. */
#pragma once

#include "sendco-provision-map.h"
#include "sendco-store.h"

G_BEGIN_DECLS

/* Riverside Primary: Adams and Brown (Reception, SEN support, SLCN), Chen
 * (Year 3, EHC plan, ASD), Davies (Year 3, SPLD), Evans (Year 6, SEMH).
 * Jo Taylor (TA, £18.50 an hour) runs Talk Boost for Adams, Brown and Chen:
 * £1,232.25 this school year. Priya Shah (HLTA, £22.37) gives Davies (all
 * year) and Evans (from 4 January 2027) one-to-one reading: £726.96. Total
 * £1,959.21 against a budget of £50,000.00. */
#define PROVISION_TEST_TOTAL  195921
#define PROVISION_TEST_BUDGET 5000000

/* With @over_threshold, Chen also has a full-time one-to-one TA: 5 hours a
 * day, 5 days, 39 weeks, £18,037.50, so Chen's year is £18,448.25, above
 * £6,000, and the total £19,996.71. */
#define PROVISION_TEST_ONE_TO_ONE 1803750

typedef struct
{
  gint64 adams, brown, chen, davies, evans;
  gint64 ta, hlta;
  gint64 talk, reading;
} ProvisionTestIds;

/* Names the school Riverside Primary, then adds the rest. */
void                provision_test_school_fill (SendcoStore      *store,
                                                gboolean          over_threshold);
/* The pupils, staff, provisions, places and budget, in a school already
 * named; @ids (nullable) is told their ids. */
void                provision_test_school_add  (SendcoStore      *store,
                                                gboolean          over_threshold,
                                                ProvisionTestIds *ids);
gint64              provision_test_add_staff   (SendcoStore      *store,
                                                const char       *name,
                                                const char       *role,
                                                gint64            hourly_pence);
/* Starts 2026-09-01, runs the school year. */
gint64              provision_test_add_provision (SendcoStore    *store,
                                                const char       *name,
                                                const char       *area,
                                                int               wave,
                                                gint64            staff,
                                                int               group,
                                                int               sessions,
                                                int               minutes,
                                                gint64            resources_pence);
void                provision_test_enrol       (SendcoStore      *store,
                                                gint64            provision,
                                                gint64            pupil,
                                                const char       *start);
SendcoProvisionMap *provision_test_build_map   (SendcoStore  *store,
                                                SendcoPeriod  period);

G_END_DECLS
