/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sendco-census.h"
#include "sendco-store.h"

G_BEGIN_DECLS

/* One pupil on roll whose record breaks a census rule. */
typedef struct
{
  SendcoPupil          *pupil;
  SendcoCensusProblems  problems;
  guint                 open_periods;   /* open SEN periods: the census wants one */
  gboolean              has_ehc_plan;   /* a current (not ceased) EHC plan */
} SendcoCensusIssue;

void       sendco_census_issue_free   (SendcoCensusIssue  *issue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoCensusIssue, sendco_census_issue_free)

GPtrArray *sendco_store_census_issues (SendcoStore        *store,
                                       GError            **error);

G_END_DECLS
