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

void                provision_test_school_fill (SendcoStore  *store,
                                                gboolean      over_threshold);
SendcoProvisionMap *provision_test_build_map   (SendcoStore  *store,
                                                SendcoPeriod  period);

G_END_DECLS
